//! The watch workloads: `--streams` watch streams of `--watchers-per-stream`
//! watchers each, all on the key space, then puts into it. Every put is
//! an event for every watcher. As in etcd's benchmark, the puts go over a
//! connection of their own, so they do not queue behind the events. Each put's value carries the time it was
//! sent, so each watcher's event has a latency: from the put to its
//! arrival. A watcher that has not received every event by the time the
//! puts are done and no event came for the request timeout counts the
//! missing ones as errors.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use tokio::sync::{mpsc, watch};

use super::drive::{answered, describe, drive, Phase, Requester};
use super::keys::{stamp_of, stamped_value, KeySpace, Rng};
use super::pace::{Pacer, Progress};
use super::stats::Recorder;
use super::{BenchError, Measured, Options, Watchers, Write};
use crate::client::{Client, Transport};
use crate::proto::etcdserverpb::kv_client::KvClient;
use crate::proto::etcdserverpb::watch_request::RequestUnion;
use crate::proto::etcdserverpb::{PutRequest, WatchCreateRequest, WatchRequest, WatchResponse};

/// Runs a watch workload over `conns`: opens the watchers, then runs the
/// puts as the measured phase and waits for their events. The records are
/// the events' and the puts'.
pub(super) async fn run(
    conns: &[Client],
    w: &Watchers,
    opts: &Options,
    progress: &Progress,
) -> Result<Measured, BenchError> {
    let timeout = opts.dial.timeout;
    let mut streams = Vec::with_capacity(w.streams);
    for s in 0..w.streams {
        let conn = &conns[s % conns.len()];
        streams.push(Stream::open(conn, &w.write.keys, w.per_stream, timeout).await?);
    }
    let put_conn = super::conn::connect(&super::Dial {
        conns: 1,
        ..opts.dial.clone()
    })
    .await?
    .remove(0);
    let phase = Phase::start(timeout, progress.clone());
    // The number of successful puts, once they are done: what each
    // watcher must have seen.
    let (puts_done, puts_known) = watch::channel(None);
    let receivers: Vec<_> = streams
        .into_iter()
        .map(|s| tokio::spawn(s.receive(phase.origin, puts_known.clone(), timeout)))
        .collect();
    let putters = (0..opts.clients)
        .map(|i| StampedPut::new(put_conn.kv(), &w.write, phase.origin, i))
        .collect();
    let pacer = Arc::new(Pacer::new(opts.limit, opts.rate, progress.clone()));
    let put = drive(putters, pacer, 1, &phase).await.remove(0);
    // Sent even if every receiver is gone; they may have ended on an error.
    let _ = puts_done.send(Some(put.successes()));
    let mut events = Recorder::new(phase.origin);
    for r in receivers {
        match r.await {
            Ok(record) => events.merge(&record),
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
    Ok(Measured {
        records: vec![events, put],
        duration: phase.origin.elapsed(),
    })
}

/// A put whose value says when it was sent.
struct StampedPut {
    kv: KvClient<Transport>,
    keys: KeySpace,
    val_size: usize,
    filler: Vec<u8>,
    origin: Instant,
    rng: Rng,
}

impl StampedPut {
    fn new(kv: KvClient<Transport>, w: &Write, origin: Instant, n: usize) -> StampedPut {
        let mut rng = Rng::seeded(n as u64);
        StampedPut {
            kv,
            keys: w.keys,
            val_size: w.val_size,
            filler: rng.bytes(w.val_size),
            origin,
            rng,
        }
    }
}

impl Requester for StampedPut {
    async fn send(&mut self, index: u64, _kind: usize) -> Result<(), String> {
        let key = self.keys.key(self.keys.pick(index, &mut self.rng));
        let nanos = u64::try_from(self.origin.elapsed().as_nanos()).unwrap_or(u64::MAX);
        let value = stamped_value(nanos, self.val_size, &self.filler);
        let put = PutRequest {
            key: key.into(),
            value: Bytes::from(value),
            ..Default::default()
        };
        answered(self.kv.put(put).await)
    }
}

/// One watch stream with its watchers created.
struct Stream {
    // Held so the stream stays open: the server ends it when the client's
    // side closes.
    _requests: mpsc::Sender<WatchRequest>,
    responses: tonic::Streaming<WatchResponse>,
    watchers: u64,
}

impl Stream {
    /// Opens a stream on `conn` with `watchers` watchers on all of `keys`,
    /// and waits until the server has created them all.
    async fn open(
        conn: &Client,
        keys: &KeySpace,
        watchers: usize,
        timeout: Duration,
    ) -> Result<Stream, BenchError> {
        let fail = |why: String| BenchError::Setup {
            what: "creating watchers",
            why,
        };
        let (key, range_end) = keys.range();
        let create = WatchRequest {
            request_union: Some(RequestUnion::CreateRequest(WatchCreateRequest {
                key: key.into(),
                range_end: range_end.into(),
                ..Default::default()
            })),
        };
        // Room for every create request, so they queue before the stream
        // is open.
        let (tx, rx) = mpsc::channel(watchers);
        for _ in 0..watchers {
            tx.try_send(create.clone())
                .map_err(|e| fail(format!("queueing a create request: {e}")))?;
        }
        let requests = tokio_stream::wrappers::ReceiverStream::new(rx);
        let mut responses = conn
            .watch()
            .watch(requests)
            .await
            .map_err(|s| fail(describe(&s)))?
            .into_inner();
        let mut created = 0;
        while created < watchers {
            let r = match tokio::time::timeout(timeout, responses.message()).await {
                Ok(Ok(Some(r))) => r,
                Ok(Ok(None)) => return Err(fail("the server closed the watch stream".into())),
                Ok(Err(s)) => return Err(fail(describe(&s))),
                Err(_) => return Err(fail(super::drive::TIMEOUT.into())),
            };
            if r.canceled {
                return Err(fail(format!("watch canceled: {}", r.cancel_reason)));
            }
            if r.created {
                created += 1;
            }
        }
        Ok(Stream {
            _requests: tx,
            responses,
            watchers: watchers as u64,
        })
    }

    /// Records the latency of each event until every watcher has the
    /// events of the puts counted in `puts`, or none came for `idle`.
    async fn receive(
        mut self,
        origin: Instant,
        mut puts: watch::Receiver<Option<u64>>,
        idle: Duration,
    ) -> Recorder {
        let mut record = Recorder::new(origin);
        let mut received = 0u64;
        let mut broken = None;
        loop {
            let expected = *puts.borrow_and_update();
            if expected.is_some_and(|p| received >= p * self.watchers) {
                break;
            }
            tokio::select! {
                message = self.responses.message() => match message {
                    Ok(Some(r)) => {
                        let now = Instant::now();
                        for event in r.events {
                            match event.kv.as_ref().and_then(|kv| stamp_of(&kv.value)) {
                                Some(nanos) => {
                                    record.ok(origin + Duration::from_nanos(nanos), now);
                                    received += 1;
                                }
                                None => record.errors("an event this run did not cause", 1),
                            }
                        }
                    }
                    Ok(None) => {
                        broken = Some("the server closed the watch stream".to_string());
                        break;
                    }
                    Err(s) => {
                        broken = Some(describe(&s));
                        break;
                    }
                },
                changed = puts.changed() => {
                    if changed.is_err() {
                        break;
                    }
                }
                // A new sleep each turn: it fires after `idle` without
                // events, once the puts are done.
                _ = tokio::time::sleep(idle), if expected.is_some() => break,
            }
        }
        // A broken stream may end before the puts do: wait to know how
        // many events it missed.
        let puts = puts
            .wait_for(Option::is_some)
            .await
            .map(|p| p.unwrap_or(0))
            .unwrap_or(0);
        let missing = (puts * self.watchers).saturating_sub(received);
        let why =
            broken.unwrap_or_else(|| format!("event not received within {idle:?} of the last one"));
        record.errors(&why, missing);
        record
    }
}
