//! Linearizable reads through Raft's ReadIndex. Reads that arrive together
//! share one ReadIndex round; a round that gets no answer (no leader yet,
//! or a leader that has not committed in its term, which raft-rs answers by
//! silence) is issued again.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use tokio::sync::oneshot;

use crate::error::{Error, Result};

type Reply = oneshot::Sender<Result<u64>>;

/// Read requests waiting for a read index.
#[derive(Default)]
pub struct Reads {
    waiting: Vec<(Reply, Instant)>,
    in_flight: HashMap<u64, (Vec<(Reply, Instant)>, Instant)>,
    next_ctx: u64,
}

impl Reads {
    /// Queues a read.
    pub fn push(&mut self, reply: Reply) {
        self.waiting.push((reply, Instant::now()));
    }

    /// Starts a round for every queued read; returns its context, if any.
    pub fn start_round(&mut self) -> Option<Vec<u8>> {
        self.waiting.retain(|(r, _)| !r.is_closed());
        if self.waiting.is_empty() {
            return None;
        }
        self.next_ctx += 1;
        let batch = std::mem::take(&mut self.waiting);
        self.in_flight
            .insert(self.next_ctx, (batch, Instant::now()));
        Some(self.next_ctx.to_be_bytes().to_vec())
    }

    /// Answers the round with context `ctx`: its reads may proceed once the
    /// state machine has applied `index`.
    pub fn resolve(&mut self, ctx: &[u8], index: u64) {
        let Ok(ctx) = <[u8; 8]>::try_from(ctx) else {
            return;
        };
        if let Some((batch, _)) = self.in_flight.remove(&u64::from_be_bytes(ctx)) {
            for (reply, _) in batch {
                let _ = reply.send(Ok(index));
            }
        }
    }

    /// Requeues rounds unanswered for `retry`, and fails reads older than
    /// `give_up` with `err`.
    pub fn expire(&mut self, retry: Duration, give_up: Duration, err: Error) {
        let now = Instant::now();
        let stale: Vec<u64> = self
            .in_flight
            .iter()
            .filter(|(_, (_, at))| now.duration_since(*at) >= retry)
            .map(|(ctx, _)| *ctx)
            .collect();
        for ctx in stale {
            if let Some((batch, _)) = self.in_flight.remove(&ctx) {
                self.waiting.extend(batch);
            }
        }
        let (old, young): (Vec<_>, Vec<_>) = std::mem::take(&mut self.waiting)
            .into_iter()
            .partition(|(_, at)| now.duration_since(*at) >= give_up);
        self.waiting = young;
        for (reply, _) in old {
            let _ = reply.send(Err(err.clone()));
        }
    }

    /// Whether any read is queued and not yet in a round.
    pub fn has_waiting(&self) -> bool {
        !self.waiting.is_empty()
    }
}
