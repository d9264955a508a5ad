//! `kvd bench`: load generators for any etcd-API endpoint, after etcd's
//! `benchmark` tool, with the measurement and the report.
//!
//! A run connects, sets up what its workload needs (leases, watchers; not
//! measured), then runs the measured phase: `--clients` tasks send
//! requests over `--conns` connections until `--total` requests or
//! `--duration`, at most `--rate` per second. Each task records the
//! latency of every request in its own HDR histogram; the histograms are
//! merged into one `Summary` per kind of request (`stats`), and `report`
//! and `plot` render the result as a table, JSON or an SVG.

mod conn;
mod drive;
pub mod keys;
mod kv;
mod lease;
pub mod pace;
pub mod plot;
pub mod report;
pub mod stats;
mod watch;

use std::sync::Arc;
use std::time::Duration;

use thiserror::Error;

pub use conn::Dial;
use drive::{drive, Phase, Requester};
use keys::KeySpace;
use pace::Pacer;
pub use pace::{Limit, Progress};
use stats::{Recorder, Summary};

/// Why a run could not be made.
#[derive(Debug, Error)]
pub enum BenchError {
    /// The parameters do not make sense together.
    #[error("{0}")]
    Invalid(String),
    /// No connection could be made.
    #[error(transparent)]
    Connect(#[from] crate::client::ClientError),
    /// `--target-leader` found no leader.
    #[error("--target-leader: {0}")]
    NoLeader(String),
    /// Setting up the workload (leases, watchers) failed.
    #[error("{what}: {why}")]
    Setup {
        /// What was being set up.
        what: &'static str,
        /// Why it failed.
        why: String,
    },
    /// Writing the plot failed.
    #[error("drawing the plot: {0}")]
    Plot(String),
}

/// The reads of `range` and `txn-mixed`: one range request.
#[derive(Debug, Clone)]
pub struct Read {
    /// The key, or the start of the range.
    pub key: Vec<u8>,
    /// The end of the range (exclusive); empty for the key alone.
    pub range_end: Vec<u8>,
    /// Serializable (served by the member without consensus) rather than
    /// linearizable.
    pub serializable: bool,
    /// At most this many keys per answer; 0 for all.
    pub limit: i64,
    /// Ask for the count only.
    pub count_only: bool,
}

/// The writes of the put workloads.
#[derive(Debug, Clone)]
pub struct Write {
    /// The keys written.
    pub keys: KeySpace,
    /// Bytes per value.
    pub val_size: usize,
}

/// The watchers of the watch workloads.
#[derive(Debug, Clone)]
pub struct Watchers {
    /// The puts whose events the watchers receive.
    pub write: Write,
    /// Watch streams (each a gRPC stream over one of the connections).
    pub streams: usize,
    /// Watchers on each stream, all on the whole key space.
    pub per_stream: usize,
}

/// What a run does.
#[derive(Debug, Clone)]
pub enum Workload {
    /// Puts.
    Put(Write),
    /// Range requests.
    Range(Read),
    /// Transactions of `ops` puts each, on distinct keys.
    TxnPut {
        /// The puts.
        write: Write,
        /// Puts per transaction.
        ops: usize,
    },
    /// Transactions that read (a range) or write (a put): `rw_ratio`
    /// reads per write, chosen at random.
    TxnMixed {
        /// The writes.
        write: Write,
        /// The reads.
        read: Read,
        /// Reads per write.
        rw_ratio: f64,
    },
    /// Puts whose events go to many watchers: events/s delivered.
    Watch(Watchers),
    /// The same measurement with puts paced: how long an event takes
    /// to reach the watchers when the server is not saturated.
    WatchLatency(Watchers),
    /// Lease keep-alives, one lease per client, each on its own stream.
    LeaseKeepalive {
        /// The leases' TTL in seconds.
        ttl: i64,
    },
}

impl Workload {
    /// The workload's name, as the subcommand spells it.
    pub fn name(&self) -> &'static str {
        match self {
            Workload::Put(_) => "put",
            Workload::Range(_) => "range",
            Workload::TxnPut { .. } => "txn-put",
            Workload::TxnMixed { .. } => "txn-mixed",
            Workload::Watch(_) => "watch",
            Workload::WatchLatency(_) => "watch-latency",
            Workload::LeaseKeepalive { .. } => "lease-keepalive",
        }
    }

    /// The kinds of request it measures, one summary each.
    pub fn kinds(&self) -> &'static [&'static str] {
        match self {
            Workload::Put(_) => &["put"],
            Workload::Range(_) => &["range"],
            Workload::TxnPut { .. } => &["txn"],
            Workload::TxnMixed { .. } => &["read", "write"],
            Workload::Watch(_) | Workload::WatchLatency(_) => &["event", "put"],
            Workload::LeaseKeepalive { .. } => &["keepalive"],
        }
    }

    fn validate(&self) -> Result<(), BenchError> {
        let invalid = |m: &str| Err(BenchError::Invalid(m.to_string()));
        match self {
            Workload::TxnPut { write, ops } => {
                if *ops == 0 {
                    return invalid("--txn-ops must be at least 1");
                }
                if write.keys.size() < *ops as u64 {
                    return invalid(
                        "--key-space-size must be at least --txn-ops: a transaction cannot put one key twice",
                    );
                }
            }
            Workload::TxnMixed { rw_ratio, .. } if !(*rw_ratio >= 0.0 && rw_ratio.is_finite()) => {
                return invalid("--rw-ratio must be a number of at least 0");
            }
            Workload::Watch(w) | Workload::WatchLatency(w) => {
                if w.write.val_size < keys::STAMP_LEN {
                    return invalid(
                        "the watch workloads need --val-size of at least 8: a value carries the time of its put",
                    );
                }
                if w.streams == 0 || w.per_stream == 0 {
                    return invalid("--streams and --watchers-per-stream must be at least 1");
                }
            }
            Workload::LeaseKeepalive { ttl } if *ttl <= 0 => {
                return invalid("--ttl must be at least 1");
            }
            _ => {}
        }
        Ok(())
    }
}

/// How a run is made.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where to connect; its `timeout` also bounds each request.
    pub dial: Dial,
    /// Concurrent clients (tasks), sharing the connections round-robin.
    pub clients: usize,
    /// When the run ends.
    pub limit: Limit,
    /// At most this many requests per second over all clients (the
    /// puts, for the watch workloads); `None` for no limit.
    pub rate: Option<u32>,
}

/// What a run measured.
#[derive(Debug, Clone)]
pub struct Report {
    /// The workload's name.
    pub workload: String,
    /// Length of the measured phase.
    pub duration: Duration,
    /// One summary per kind of request.
    pub summaries: Vec<Summary>,
}

/// The measured phase's records, one per kind, and its length.
struct Measured {
    records: Vec<Recorder>,
    duration: Duration,
}

/// Runs `workload` and reports what it measured. `progress` counts
/// completed requests while it runs and can stop it early.
pub async fn run(
    opts: &Options,
    workload: &Workload,
    progress: &Progress,
) -> Result<Report, BenchError> {
    if opts.clients == 0 {
        return Err(BenchError::Invalid("--clients must be at least 1".into()));
    }
    if matches!(opts.limit, Limit::Total(0)) {
        return Err(BenchError::Invalid("--total must be at least 1".into()));
    }
    workload.validate()?;
    let conns = conn::connect(&opts.dial).await?;
    let kv = |i: usize| conns[i % conns.len()].kv();
    let clients = 0..opts.clients;
    let kinds = workload.kinds().len();
    let measured = match workload {
        Workload::Put(w) => {
            let r = clients.map(|i| kv::Put::new(kv(i), w, i)).collect();
            measure(r, kinds, opts, progress).await
        }
        Workload::Range(read) => {
            let r = clients.map(|i| kv::Range::new(kv(i), read)).collect();
            measure(r, kinds, opts, progress).await
        }
        Workload::TxnPut { write, ops } => {
            let r = clients
                .map(|i| kv::TxnPut::new(kv(i), write, *ops, i))
                .collect();
            measure(r, kinds, opts, progress).await
        }
        Workload::TxnMixed {
            write,
            read,
            rw_ratio,
        } => {
            let r = clients
                .map(|i| kv::TxnMixed::new(kv(i), write, read, *rw_ratio, i))
                .collect();
            measure(r, kinds, opts, progress).await
        }
        Workload::Watch(w) | Workload::WatchLatency(w) => {
            watch::run(&conns, w, opts, progress).await?
        }
        Workload::LeaseKeepalive { ttl } => lease::run(&conns, *ttl, opts, progress).await?,
    };
    let summaries = measured
        .records
        .iter()
        .zip(workload.kinds())
        .map(|(r, name)| r.summarize(name, measured.duration))
        .collect();
    Ok(Report {
        workload: workload.name().to_string(),
        duration: measured.duration,
        summaries,
    })
}

/// The measured phase of a workload that is its requesters' requests
/// alone, of `kinds` kinds.
async fn measure<R: Requester>(
    requesters: Vec<R>,
    kinds: usize,
    opts: &Options,
    progress: &Progress,
) -> Measured {
    let phase = Phase::start(opts.dial.timeout, progress.clone());
    let pacer = Arc::new(Pacer::new(opts.limit, opts.rate, progress.clone()));
    let records = drive(requesters, pacer, kinds, &phase).await;
    Measured {
        records,
        duration: phase.origin.elapsed(),
    }
}
