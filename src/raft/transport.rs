//! How Raft messages travel between members. The driver hands messages to
//! the transport and never waits: each peer has two bounded queues — bulk
//! (log appends) and control (heartbeats, votes, responses) — each streamed
//! to the peer over gRPC by its own task, reconnecting with backoff, so a
//! heartbeat never waits behind a large append. A message that cannot be
//! queued is dropped; Raft sends again. A snapshot goes on a stream of its
//! own, read from a consistent LMDB view in chunks, and its outcome is
//! reported back to Raft.

use std::collections::HashMap;
use std::sync::mpsc as std_mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use protobuf::Message as _;
use raft::prelude::{Message, MessageType};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

use super::Command;
use crate::proto::kvdpeer::peer_client::PeerClient;
use crate::proto::kvdpeer::{RaftBatch, SnapshotChunk};
use crate::store::Store;

/// Messages queued per peer before new ones are dropped.
const PEER_QUEUE: usize = 4096;
/// Messages sent to a peer in one batch at most.
const BATCH: usize = 256;
/// Bytes after which a batch is sent without waiting for more messages:
/// with one message past it, a batch stays within `peer_message_limit`.
const BATCH_BYTES: usize = 8 << 20;

/// The largest peer message (a batch, a snapshot chunk) a member accepts:
/// a full batch plus one more append, whose single entry may be as large as
/// a request.
pub fn peer_message_limit(max_request_bytes: usize) -> usize {
    BATCH_BYTES + (2 << 20) + 2 * max_request_bytes
}
/// Chunks of a snapshot read ahead of the network.
const SNAPSHOT_READ_AHEAD: usize = 4;

/// Since when this member has had a working stream to each peer: what
/// etcd calls a peer's "active since", for the strict reconfiguration
/// check. A peer whose stream broke (it died, or left) is not in it.
#[derive(Clone, Default)]
pub struct Connectivity(Arc<Mutex<HashMap<u64, Instant>>>);

impl Connectivity {
    fn connected(&self, id: u64) {
        self.lock().entry(id).or_insert_with(Instant::now);
    }

    fn disconnected(&self, id: u64) {
        self.lock().remove(&id);
    }

    /// Each connected peer and since when.
    pub fn since(&self) -> HashMap<u64, Instant> {
        self.lock().clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Instant>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// One peer's queues and where it listens.
struct PeerQueues {
    url: String,
    bulk: mpsc::Sender<Message>,
    control: mpsc::Sender<Message>,
}

/// How to reach one peer: its URL, and TLS for an https one.
#[derive(Clone)]
struct Dial {
    url: String,
    tls: Option<crate::tls::ClientTls>,
}

impl Dial {
    async fn connect(&self) -> Result<PeerClient<tonic::transport::Channel>, String> {
        let channel = crate::tls::connect(&self.url, self.tls.as_ref(), None).await?;
        Ok(PeerClient::new(channel))
    }
}

/// Streams messages to peers over gRPC.
pub struct PeerTransport {
    from: u64,
    tls: Option<crate::tls::ClientTls>,
    store: Store,
    runtime: tokio::runtime::Handle,
    /// Where snapshot outcomes are reported.
    commands: std_mpsc::SyncSender<Command>,
    peers: HashMap<u64, PeerQueues>,
    connectivity: Connectivity,
}

/// Whether a message is bulk (may be large) rather than control.
fn is_bulk(m: &Message) -> bool {
    m.get_msg_type() == MessageType::MsgAppend
}

impl PeerTransport {
    /// A transport from member `from`, with no peers yet, its tasks spawned
    /// on `runtime`; snapshots are read from `store`.
    pub(super) fn new(
        from: u64,
        store: Store,
        runtime: tokio::runtime::Handle,
        commands: std_mpsc::SyncSender<Command>,
        connectivity: Connectivity,
        tls: Option<crate::tls::ClientTls>,
    ) -> Self {
        PeerTransport {
            from,
            tls,
            store,
            runtime,
            commands,
            peers: HashMap::new(),
            connectivity,
        }
    }

    /// Makes `peers` (member ID -> peer URL) the members messages go to:
    /// new ones get streams, removed ones lose theirs, moved ones restart.
    pub(super) fn set_peers(&mut self, peers: HashMap<u64, String>) {
        self.peers
            .retain(|id, q| peers.get(id).is_some_and(|url| *url == q.url));
        for (id, url) in peers {
            if self.peers.contains_key(&id) {
                continue;
            }
            let (bulk, bulk_rx) = mpsc::channel(PEER_QUEUE);
            let (control, control_rx) = mpsc::channel(PEER_QUEUE);
            let stream = |queue, connectivity| {
                let dial = Dial {
                    url: url.clone(),
                    tls: self.tls.clone(),
                };
                stream_to_peer(self.from, id, dial, queue, connectivity)
            };
            self.runtime.spawn(stream(bulk_rx, None));
            // Heartbeats keep the control stream up: it tells connectivity.
            self.runtime
                .spawn(stream(control_rx, Some(self.connectivity.clone())));
            self.peers.insert(id, PeerQueues { url, bulk, control });
        }
    }

    /// Queues `msgs` for delivery to their `to` members.
    pub(super) fn send(&mut self, msgs: Vec<Message>) {
        for m in msgs {
            let Some(peer) = self.peers.get(&m.to) else {
                tracing::debug!(to = m.to, "message to an unknown member dropped");
                continue;
            };
            if m.get_msg_type() == MessageType::MsgSnapshot {
                let dial = Dial {
                    url: peer.url.clone(),
                    tls: self.tls.clone(),
                };
                self.runtime.spawn(send_snapshot(
                    self.store.clone(),
                    dial,
                    m,
                    self.commands.clone(),
                ));
                continue;
            }
            let q = if is_bulk(&m) {
                &peer.bulk
            } else {
                &peer.control
            };
            if q.try_send(m).is_err() {
                tracing::debug!("queue to a peer is full; message dropped");
            }
        }
    }
}

/// Connects to one peer and streams its queue to it, reconnecting with
/// backoff until the queue is closed (the peer left the cluster); keeps
/// `connectivity`, if given, up to date for this peer.
async fn stream_to_peer(
    from: u64,
    to: u64,
    dial: Dial,
    queue: mpsc::Receiver<Message>,
    connectivity: Option<Connectivity>,
) {
    stream_while_open(from, to, dial, queue, connectivity.as_ref()).await;
    if let Some(c) = connectivity {
        c.disconnected(to);
    }
}

async fn stream_while_open(
    from: u64,
    to: u64,
    dial: Dial,
    mut queue: mpsc::Receiver<Message>,
    connectivity: Option<&Connectivity>,
) {
    let mut backoff = Duration::from_millis(50);
    loop {
        let url = &dial.url;
        let client = match dial.connect().await {
            Ok(c) => c.max_encoding_message_size(usize::MAX),
            Err(e) => {
                tracing::debug!("peer {to:x} at {url}: {e}");
                // Drop what queued up meanwhile; Raft will send anew.
                loop {
                    match queue.try_recv() {
                        Ok(_) => {}
                        Err(mpsc::error::TryRecvError::Empty) => break,
                        Err(mpsc::error::TryRecvError::Disconnected) => return,
                    }
                }
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(1));
                continue;
            }
        };
        backoff = Duration::from_millis(50);
        let (tx, rx) = mpsc::channel::<RaftBatch>(16);
        let mut client = client;
        let mut call = tokio::spawn(async move { client.send(ReceiverStream::new(rx)).await });
        if let Some(c) = connectivity {
            c.connected(to);
        }
        let mut ended = false;
        loop {
            let first = tokio::select! {
                m = queue.recv() => match m {
                    Some(m) => m,
                    None => return,
                },
                _ = &mut call => {
                    ended = true;
                    break;
                }
            };
            let mut messages = Vec::new();
            let mut bytes = 0;
            let mut next = Some(first);
            while let Some(m) = next.take() {
                match m.write_to_bytes() {
                    Ok(b) => {
                        bytes += b.len();
                        messages.push(b.into());
                    }
                    Err(e) => tracing::error!("encoding a raft message: {e}"),
                }
                if messages.len() < BATCH && bytes < BATCH_BYTES {
                    next = queue.try_recv().ok();
                }
            }
            if tx.send(RaftBatch { from, messages }).await.is_err() {
                break;
            }
        }
        if let Some(c) = connectivity {
            c.disconnected(to);
        }
        if !ended {
            let _ = call.await;
        }
        tokio::time::sleep(backoff).await;
    }
}

/// Sends a snapshot and tells Raft whether it arrived.
async fn send_snapshot(
    store: Store,
    dial: Dial,
    msg: Message,
    commands: std_mpsc::SyncSender<Command>,
) {
    let to = msg.to;
    let url = &dial.url;
    let ok = match stream_snapshot(store, &dial, msg).await {
        Ok(()) => {
            tracing::info!("sent a snapshot to member {to:x}");
            true
        }
        Err(e) => {
            tracing::warn!("sending a snapshot to member {to:x} at {url}: {e}");
            false
        }
    };
    // Raft waits for this report before it sends that member anything
    // else, so it must not be dropped while the driver's queue is full.
    let mut report = Command::SnapshotSent { to, ok };
    loop {
        match commands.try_send(report) {
            Err(std_mpsc::TrySendError::Full(back)) => report = back,
            _ => return,
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Streams the state machine as it is now. The message's metadata is
/// replaced by that of the view actually read, which is at or past the
/// index Raft asked for, so records and metadata always agree.
async fn stream_snapshot(store: Store, dial: &Dial, mut msg: Message) -> Result<(), String> {
    let (tx, rx) = mpsc::channel::<SnapshotChunk>(SNAPSHOT_READ_AHEAD);
    let reader = tokio::task::spawn_blocking(move || -> Result<(), String> {
        let txn = store.read().map_err(|e| e.to_string())?;
        let view = txn.view();
        let md = view.snapshot_metadata().map_err(|e| e.to_string())?;
        msg.mut_snapshot().set_metadata(md);
        let first = SnapshotChunk {
            message: msg.write_to_bytes().map_err(|e| e.to_string())?.into(),
            ..Default::default()
        };
        if tx.blocking_send(first).is_err() {
            return Ok(());
        }
        view.snapshot_records(|records| {
            tx.blocking_send(SnapshotChunk {
                records,
                ..Default::default()
            })
            .is_ok()
        })
        .map_err(|e| e.to_string())?;
        let _ = tx.blocking_send(SnapshotChunk {
            last: true,
            ..Default::default()
        });
        Ok(())
    });
    let mut client = dial.connect().await?.max_encoding_message_size(usize::MAX);
    client
        .snapshot(ReceiverStream::new(rx))
        .await
        .map_err(|s| s.message().to_string())?;
    reader.await.map_err(|e| e.to_string())?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_are_bulk_and_heartbeats_are_not() {
        let mut m = Message::default();
        m.set_msg_type(MessageType::MsgAppend);
        assert!(is_bulk(&m));
        m.set_msg_type(MessageType::MsgHeartbeat);
        assert!(!is_bulk(&m));
        m.set_msg_type(MessageType::MsgRequestVote);
        assert!(!is_bulk(&m));
    }
}
