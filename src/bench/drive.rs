//! The client loop every workload shares: each of `--clients` tasks takes
//! the next request number from the pacer, sends one request, waits for
//! its answer and records the outcome, until the run is over.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::pace::{Pacer, Progress};
use super::stats::Recorder;

/// One client of a workload.
pub trait Requester: Send + 'static {
    /// Which of the workload's kinds of request number `index` is (an
    /// index into the kinds `drive` records); most workloads have one.
    fn kind(&mut self, _index: u64) -> usize {
        0
    }

    /// Sends request number `index`, of `kind`, and waits for its answer;
    /// the error says why it failed.
    fn send(&mut self, index: u64, kind: usize) -> impl Future<Output = Result<(), String>> + Send;
}

/// The shared settings of a measured phase.
#[derive(Debug, Clone)]
pub struct Phase {
    /// When the measured phase started: throughput is counted from here.
    pub origin: Instant,
    /// A request unanswered for this long counts as failed.
    pub timeout: Duration,
    /// Counts completed requests for the caller.
    pub progress: Progress,
}

impl Phase {
    /// A measured phase starting now.
    pub fn start(timeout: Duration, progress: Progress) -> Phase {
        Phase {
            origin: Instant::now(),
            timeout,
            progress,
        }
    }
}

/// Runs one task per requester until `pacer` ends the run; returns one
/// merged record per kind of request, in the order of `kinds`.
pub async fn drive<R: Requester>(
    requesters: Vec<R>,
    pacer: Arc<Pacer>,
    kinds: usize,
    phase: &Phase,
) -> Vec<Recorder> {
    let mut tasks = Vec::new();
    for mut requester in requesters {
        let pacer = pacer.clone();
        let phase = phase.clone();
        tasks.push(tokio::spawn(async move {
            let mut records = vec![Recorder::new(phase.origin); kinds];
            while let Some(index) = pacer.next().await {
                let kind = requester.kind(index);
                let start = Instant::now();
                let sent = tokio::time::timeout(phase.timeout, requester.send(index, kind)).await;
                let end = Instant::now();
                match sent {
                    Ok(Ok(())) => records[kind].ok(start, end),
                    Ok(Err(e)) => records[kind].errors(&e, 1),
                    Err(_) => records[kind].errors(TIMEOUT, 1),
                }
                phase.progress.add(1);
            }
            records
        }));
    }
    let mut merged = vec![Recorder::new(phase.origin); kinds];
    for task in tasks {
        match task.await {
            Ok(records) => {
                for (m, r) in merged.iter_mut().zip(&records) {
                    m.merge(r);
                }
            }
            // A client task panicked: a bug, not a measurement.
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
    merged
}

/// The error a request that got no answer in time counts as (etcd
/// clients' wording).
pub const TIMEOUT: &str = "context deadline exceeded";

/// A gRPC error as a benchmark reports it: etcd's message, or the status
/// code when there is none.
pub fn describe(s: &tonic::Status) -> String {
    if s.message().is_empty() {
        format!("{:?}", s.code())
    } else {
        s.message().to_string()
    }
}

/// A unary call's answer as `send` returns it.
pub fn answered<T>(result: Result<tonic::Response<T>, tonic::Status>) -> Result<(), String> {
    result.map(|_| ()).map_err(|s| describe(&s))
}
