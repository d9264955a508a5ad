//! The Watch service: one bidirectional stream carries many watches. Each
//! watch runs as its own task (src/watch/); this module turns requests into
//! watches and deliveries into etcd's WatchResponse messages.

use std::collections::HashMap;
use std::pin::Pin;

use prost::Message as _;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_stream::{Stream, StreamExt};
use tonic::{Request, Response, Status, Streaming};

use super::status::RpcResult;
use super::Ctx;
use crate::proto::etcdserverpb::watch_create_request::FilterType;
use crate::proto::etcdserverpb::watch_request::RequestUnion;
use crate::proto::etcdserverpb::watch_server::Watch;
use crate::proto::etcdserverpb::*;
use crate::proto::mvccpb::Event;
use crate::store::RangeEnd;
use crate::watch::{run_watcher, Delivery, KeyRange, WatchSpec};

/// Responses queued per stream before watchers wait for the client.
const STREAM_BUFFER: usize = 64;

/// The `etcdserverpb.Watch` service.
pub struct WatchService {
    ctx: Ctx,
}

impl WatchService {
    /// The service over a member's context.
    pub fn new(ctx: Ctx) -> Self {
        WatchService { ctx }
    }
}

type ResponseStream = Pin<Box<dyn Stream<Item = Result<WatchResponse, Status>> + Send>>;

#[tonic::async_trait]
impl Watch for WatchService {
    type WatchStream = ResponseStream;

    async fn watch(&self, r: Request<Streaming<WatchRequest>>) -> RpcResult<Self::WatchStream> {
        let credentials = super::credentials(&r);
        let requests = r.into_inner();
        let (tx, rx) = mpsc::channel(STREAM_BUFFER);
        tokio::spawn(serve_stream(self.ctx.clone(), credentials, requests, tx));
        let out = tokio_stream::wrappers::ReceiverStream::new(rx).map(Ok);
        Ok(Response::new(Box::pin(out)))
    }
}

/// The watches of one stream.
struct Stream_ {
    ctx: Ctx,
    /// The stream's token and client certificate name: each watch is
    /// checked against them as auth stands when it is created.
    credentials: (Option<String>, Option<String>),
    out: mpsc::Sender<WatchResponse>,
    watches: HashMap<i64, JoinHandle<()>>,
    next_id: i64,
}

async fn serve_stream(
    ctx: Ctx,
    credentials: (Option<String>, Option<String>),
    mut requests: Streaming<WatchRequest>,
    out: mpsc::Sender<WatchResponse>,
) {
    let streams = &crate::metrics::metrics().watch_streams;
    streams.inc();
    let mut stream = Stream_ {
        ctx,
        credentials,
        out,
        watches: HashMap::new(),
        next_id: 0,
    };
    loop {
        let req = match requests.next().await {
            Some(Ok(req)) => req,
            // As etcd: a client that closes its side of the stream keeps
            // its watches until it goes (curl on the JSON gateway does so).
            None => {
                stream.out.closed().await;
                break;
            }
            Some(Err(_)) => break,
        };
        let ok = match req.request_union {
            Some(RequestUnion::CreateRequest(c)) => stream.create(c).await,
            Some(RequestUnion::CancelRequest(c)) => stream.cancel(c.watch_id).await,
            Some(RequestUnion::ProgressRequest(_)) => stream.progress().await,
            None => true,
        };
        if !ok {
            break;
        }
    }
    for (_, task) in stream.watches.drain() {
        task.abort();
    }
    streams.dec();
}

impl Stream_ {
    async fn send(&self, r: WatchResponse) -> bool {
        self.out.send(r).await.is_ok()
    }

    async fn create(&mut self, c: WatchCreateRequest) -> bool {
        let current = self.ctx.hub.published();
        let id = if c.watch_id != 0 {
            c.watch_id
        } else {
            while self.watches.contains_key(&self.next_id) {
                self.next_id += 1;
            }
            self.next_id
        };
        // As etcd: a range that ends at or before its start is refused
        // before the ID is looked at ("\0" alone means "from the key on").
        let empty_range = !c.range_end.is_empty() && c.range_end[..] != [0] && c.key >= c.range_end;
        let refused = if let Err(e) = self.permitted(&c) {
            // etcd words a refusal as Go's gRPC error string.
            let status = super::status::to_status(e);
            Some(format!(
                "rpc error: code = {:?} desc = {}",
                status.code(),
                status.message()
            ))
        } else if empty_range {
            Some("mvcc: watcher range is empty".into())
        } else if self.watches.contains_key(&id) {
            Some("mvcc: duplicate watch ID provided on the WatchStream".into())
        } else {
            None
        };
        if let Some(reason) = refused {
            return self
                .send(WatchResponse {
                    header: self.ctx.header_at(current),
                    watch_id: -1,
                    created: true,
                    canceled: true,
                    cancel_reason: reason,
                    ..Default::default()
                })
                .await;
        }
        // The smallest key is \0; a range end of \0 means "every key from".
        let start = if c.key.is_empty() {
            vec![0]
        } else {
            c.key.to_vec()
        };
        let spec = WatchSpec {
            range: KeyRange {
                start,
                end: RangeEnd::from_request(&c.range_end),
            },
            start_rev: if c.start_revision == 0 {
                current + 1
            } else {
                c.start_revision
            },
            prev_kv: c.prev_kv,
            no_put: c.filters.contains(&(FilterType::Noput as i32)),
            no_delete: c.filters.contains(&(FilterType::Nodelete as i32)),
            progress_every: c.progress_notify.then_some(self.ctx.progress_every),
        };
        let created = WatchResponse {
            header: self.ctx.header_at(current),
            watch_id: id,
            created: true,
            ..Default::default()
        };
        if !self.send(created).await {
            return false;
        }
        let (dtx, drx) = mpsc::channel(1);
        let watcher = run_watcher(spec, self.ctx.hub.clone(), self.ctx.store.clone(), dtx);
        let forward = forward(self.ctx.clone(), id, c.fragment, drx, self.out.clone());
        let task = tokio::spawn(async move {
            tokio::join!(watcher, forward);
        });
        self.watches.insert(id, task);
        true
    }

    /// Refuses a watch its caller may not read (checked once, when it is
    /// created, as etcd does).
    fn permitted(&self, c: &WatchCreateRequest) -> crate::error::Result<()> {
        let (token, cn) = &self.credentials;
        let caller = self.ctx.caller_from(token.as_deref(), cn.as_deref())?;
        let key = if c.key.is_empty() {
            &[0][..]
        } else {
            &c.key[..]
        };
        self.ctx.check(|view| {
            crate::auth::check(view, &caller, key, &c.range_end, crate::auth::Access::Read)
        })
    }

    async fn cancel(&mut self, id: i64) -> bool {
        let Some(task) = self.watches.remove(&id) else {
            return true;
        };
        task.abort();
        let r = WatchResponse {
            header: self.ctx.header_at(self.ctx.hub.published()),
            watch_id: id,
            canceled: true,
            ..Default::default()
        };
        self.send(r).await
    }

    async fn progress(&mut self) -> bool {
        // Not tied to one watch: etcd answers with watch ID -1.
        let r = WatchResponse {
            header: self.ctx.header_at(self.ctx.hub.published()),
            watch_id: -1,
            ..Default::default()
        };
        self.send(r).await
    }
}

/// Turns a watcher's deliveries into responses on the stream.
async fn forward(
    ctx: Ctx,
    id: i64,
    fragment: bool,
    mut deliveries: mpsc::Receiver<Delivery>,
    out: mpsc::Sender<WatchResponse>,
) {
    let header = |revision| ctx.header_at(revision);
    while let Some(d) = deliveries.recv().await {
        let responses = match d {
            Delivery::Events { revision, events } => {
                let limit = if fragment {
                    ctx.limits.max_request_bytes
                } else {
                    usize::MAX
                };
                fragments(events, limit)
                    .into_iter()
                    .map(|(events, more)| WatchResponse {
                        header: header(revision),
                        watch_id: id,
                        events,
                        fragment: more,
                        ..Default::default()
                    })
                    .collect()
            }
            Delivery::Progress { revision } => vec![WatchResponse {
                header: header(revision),
                watch_id: id,
                ..Default::default()
            }],
            // As etcd 3.4: no revision in the header and no reason (its
            // clients derive "required revision has been compacted" from
            // the compact revision).
            Delivery::Compacted { compact_revision } => vec![WatchResponse {
                header: header(0),
                watch_id: id,
                canceled: true,
                compact_revision,
                ..Default::default()
            }],
        };
        for r in responses {
            if out.send(r).await.is_err() {
                return;
            }
        }
    }
}

/// Splits events into pieces of at most `limit` encoded bytes (at least one
/// event each); every piece but the last is marked as a fragment.
fn fragments(events: Vec<Event>, limit: usize) -> Vec<(Vec<Event>, bool)> {
    let mut pieces: Vec<Vec<Event>> = vec![Vec::new()];
    let mut size = 0;
    for e in events {
        let len = e.encoded_len();
        let current = pieces.last_mut().expect("one piece");
        if !current.is_empty() && size + len > limit {
            pieces.push(Vec::new());
            size = 0;
        }
        size += len;
        pieces.last_mut().expect("one piece").push(e);
    }
    let n = pieces.len();
    pieces
        .into_iter()
        .enumerate()
        .map(|(i, p)| (p, i + 1 < n))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::mvccpb::KeyValue;

    #[test]
    fn large_batches_split_into_fragments() {
        let events: Vec<Event> = (0..10)
            .map(|i| Event {
                kv: Some(KeyValue {
                    key: format!("k{i}").into_bytes().into(),
                    value: vec![0u8; 100].into(),
                    ..Default::default()
                }),
                ..Default::default()
            })
            .collect();
        let pieces = fragments(events.clone(), 250);
        assert_eq!(pieces.len(), 5);
        assert!(pieces[..4].iter().all(|(_, more)| *more));
        assert!(!pieces[4].1);
        assert_eq!(fragments(events, usize::MAX).len(), 1);
    }
}
