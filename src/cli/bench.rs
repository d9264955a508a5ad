//! `kvd bench WORKLOAD`: benchmark any etcd-API endpoint, after etcd's
//! `benchmark` tool and with its flag names. The work is in
//! `crate::bench`; this file turns flags into a run, shows a progress bar
//! on stderr while it runs and prints the report.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use super::{emit, exit, parse_duration, shutdown_signal, CliError, GlobalArgs};
use crate::bench::keys::KeySpace;
use crate::bench::{
    self, plot, report, BenchError, Dial, Limit, Options, Progress, Read, Watchers, Workload, Write,
};

/// Flags of `bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// The workload.
    #[command(subcommand)]
    pub workload: BenchCommand,
}

/// The workloads.
#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Benchmark put.
    Put(PutArgs),
    /// Benchmark range: KEY, or the range [KEY, END).
    Range(RangeArgs),
    /// Benchmark transactions of puts.
    TxnPut(TxnPutArgs),
    /// Benchmark transactions that read the range [KEY, END) or put one key.
    TxnMixed(TxnMixedArgs),
    /// Benchmark watch: events per second delivered to many watchers.
    Watch(WatchArgs),
    /// Benchmark watch latency: how long a put takes to reach the watchers
    /// (puts paced at --rate, 100/s unless given).
    WatchLatency(WatchArgs),
    /// Benchmark lease keep-alive: one lease and keep-alive stream per client.
    LeaseKeepalive(LeaseArgs),
}

/// Flags every workload takes.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Run")]
pub struct RunArgs {
    /// Concurrent clients.
    #[arg(long, default_value_t = 1)]
    pub clients: usize,
    /// gRPC connections, shared by the clients in turn.
    #[arg(long, default_value_t = 1)]
    pub conns: usize,
    /// Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads].
    #[arg(long, conflicts_with = "duration")]
    pub total: Option<u64>,
    /// Send requests for this long instead of --total requests (e.g. 30s, 1m).
    #[arg(long, value_parser = parse_duration)]
    pub duration: Option<Duration>,
    /// At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency].
    #[arg(long)]
    pub rate: Option<u32>,
    /// Send every request to the leader (found with a status request to each endpoint).
    #[arg(long)]
    pub target_leader: bool,
    /// Print the report as one JSON object (and no progress bar).
    #[arg(long)]
    pub json: bool,
    /// Draw the latency histogram and throughput over time into this SVG file.
    #[arg(long, value_name = "FILE.svg")]
    pub plot: Option<PathBuf>,
}

/// Flags of the workloads that write keys.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Keys")]
pub struct KeyArgs {
    /// Bytes per key.
    #[arg(long, default_value_t = 8)]
    pub key_size: usize,
    /// Bytes per value.
    #[arg(long, default_value_t = 8)]
    pub val_size: usize,
    /// Number of distinct keys written.
    #[arg(long, default_value_t = 1)]
    pub key_space_size: u64,
    /// Write the keys in order rather than at random.
    #[arg(long)]
    pub sequential_keys: bool,
}

impl KeyArgs {
    fn write(&self) -> Result<Write, BenchError> {
        Ok(Write {
            keys: KeySpace::new(self.key_size, self.key_space_size, self.sequential_keys)?,
            val_size: self.val_size,
        })
    }
}

/// Flags of the workloads that read a range.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Range")]
pub struct ReadArgs {
    /// The key, or the start of the range.
    #[arg(help_heading = None::<&str>)]
    pub key: String,
    /// The end of the range (exclusive).
    #[arg(help_heading = None::<&str>)]
    pub end: Option<String>,
    /// Linearizable(l) or Serializable(s).
    #[arg(long, default_value = "l", value_parser = ["l", "s"])]
    pub consistency: String,
    /// Maximum number of keys per answer; 0 for all.
    #[arg(long, default_value_t = 0)]
    pub limit: i64,
    /// Ask for the count of keys only.
    #[arg(long)]
    pub count_only: bool,
}

impl ReadArgs {
    fn read(&self) -> Read {
        Read {
            key: self.key.clone().into_bytes(),
            range_end: self.end.clone().unwrap_or_default().into_bytes(),
            serializable: self.consistency == "s",
            limit: self.limit,
            count_only: self.count_only,
        }
    }
}

/// Flags of `bench put`.
#[derive(Debug, Clone, Args)]
pub struct PutArgs {
    #[command(flatten)]
    keys: KeyArgs,
    #[command(flatten)]
    run: RunArgs,
}

/// Flags of `bench range`.
#[derive(Debug, Clone, Args)]
pub struct RangeArgs {
    #[command(flatten)]
    read: ReadArgs,
    #[command(flatten)]
    run: RunArgs,
}

/// Flags of `bench txn-put`.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Workload")]
pub struct TxnPutArgs {
    /// Puts per transaction.
    #[arg(long, default_value_t = 1)]
    txn_ops: usize,
    #[command(flatten)]
    keys: KeyArgs,
    #[command(flatten)]
    run: RunArgs,
}

/// Flags of `bench txn-mixed`.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Workload")]
pub struct TxnMixedArgs {
    /// Reads per write.
    #[arg(long, default_value_t = 1.0)]
    rw_ratio: f64,
    #[command(flatten)]
    read: ReadArgs,
    #[command(flatten)]
    keys: KeyArgs,
    #[command(flatten)]
    run: RunArgs,
}

/// Flags of `bench watch` and `bench watch-latency`.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Workload")]
pub struct WatchArgs {
    /// Watch streams, spread over the connections.
    #[arg(long, default_value_t = 10)]
    streams: usize,
    /// Watchers on each stream, each on the whole key space.
    #[arg(long, default_value_t = 10, alias = "watch-per-stream")]
    watchers_per_stream: usize,
    #[command(flatten)]
    keys: KeyArgs,
    #[command(flatten)]
    run: RunArgs,
}

impl WatchArgs {
    fn watchers(&self) -> Result<Watchers, BenchError> {
        Ok(Watchers {
            write: self.keys.write()?,
            streams: self.streams,
            per_stream: self.watchers_per_stream,
        })
    }
}

/// Flags of `bench lease-keepalive`.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Workload")]
pub struct LeaseArgs {
    /// TTL of the leases, in seconds.
    #[arg(long, default_value_t = 100)]
    ttl: i64,
    #[command(flatten)]
    run: RunArgs,
}

/// The workload, its run flags, and its defaults for --total and --rate.
fn plan(c: BenchCommand) -> Result<(Workload, RunArgs, u64, u32), BenchError> {
    Ok(match c {
        BenchCommand::Put(a) => (Workload::Put(a.keys.write()?), a.run, 10_000, 0),
        BenchCommand::Range(a) => (Workload::Range(a.read.read()), a.run, 10_000, 0),
        BenchCommand::TxnPut(a) => {
            let w = Workload::TxnPut {
                write: a.keys.write()?,
                ops: a.txn_ops,
            };
            (w, a.run, 10_000, 0)
        }
        BenchCommand::TxnMixed(a) => {
            let w = Workload::TxnMixed {
                write: a.keys.write()?,
                read: a.read.read(),
                rw_ratio: a.rw_ratio,
            };
            (w, a.run, 10_000, 0)
        }
        BenchCommand::Watch(a) => (Workload::Watch(a.watchers()?), a.run, 1_000, 0),
        BenchCommand::WatchLatency(a) => (Workload::WatchLatency(a.watchers()?), a.run, 1_000, 100),
        BenchCommand::LeaseKeepalive(a) => {
            (Workload::LeaseKeepalive { ttl: a.ttl }, a.run, 10_000, 0)
        }
    })
}

fn failed(e: BenchError) -> CliError {
    let code = match e {
        BenchError::Invalid(_) => exit::BAD_ARGS,
        _ => exit::ERROR,
    };
    CliError::new(code, e.to_string())
}

/// `bench`.
pub async fn bench(g: &GlobalArgs, a: BenchArgs) -> Result<(), CliError> {
    let (workload, run, default_total, default_rate) = plan(a.workload).map_err(failed)?;
    let limit = match run.duration {
        Some(d) => Limit::Duration(d),
        None => Limit::Total(run.total.unwrap_or(default_total)),
    };
    let opts = Options {
        dial: Dial {
            endpoints: g.endpoints.clone(),
            conns: run.conns,
            target_leader: run.target_leader,
            dial_timeout: g.dial_timeout,
            timeout: g.command_timeout,
        },
        clients: run.clients,
        limit,
        rate: Some(run.rate.unwrap_or(default_rate)).filter(|r| *r > 0),
    };
    let progress = Progress::new();
    let bar = progress_bar(limit, run.json);
    let shown = tokio::spawn(show_progress(bar.clone(), progress.clone()));
    // Ctrl-C ends the run early; the report covers what was done.
    let stopper = {
        let progress = progress.clone();
        tokio::spawn(async move {
            shutdown_signal().await;
            progress.stop();
        })
    };
    let result = bench::run(&opts, &workload, &progress).await;
    shown.abort();
    stopper.abort();
    bar.finish_and_clear();
    let report = result.map_err(failed)?;
    if let Some(path) = &run.plot {
        let svg = plot::svg(&report).map_err(failed)?;
        std::fs::write(path, svg)
            .map_err(|e| CliError::new(exit::ERROR, format!("writing {}: {e}", path.display())))?;
    }
    if run.json {
        emit(report::json(&report).as_bytes())
    } else {
        emit(report::table(&report).as_bytes())
    }
}

/// A bar towards --total, or a spinner for --duration; hidden for --json
/// and when stderr is not a terminal.
fn progress_bar(limit: Limit, json: bool) -> ProgressBar {
    if json || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    match limit {
        Limit::Total(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} requests, {per_sec}, eta {eta}")
                .expect("a valid template"),
        ),
        Limit::Duration(_) => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {elapsed} {pos} requests, {per_sec}")
                .expect("a valid template"),
        ),
    }
}

/// Copies the run's count to the bar until aborted.
async fn show_progress(bar: ProgressBar, progress: Progress) {
    loop {
        bar.set_position(progress.done());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
