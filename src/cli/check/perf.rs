//! `check perf`, as etcdctl 3.4 runs it: for 60 s, the load model's
//! clients put keys of 256 bytes and values of 1 KiB under the prefix,
//! paced at the model's rate; then the keys are deleted and the run is
//! judged on errors, throughput (above 90% of the rate), the slowest put
//! (at most 0.5 s) and the latencies' deviation (at most 0.1 s).

use std::time::Duration;

use clap::Args;
use indicatif::ProgressBar;

use super::writes::{self, Load, Stats, Writes};
use super::AfterRun;
use crate::bench::pace::{Limit, Pacer, Progress};
use crate::cli::{emit, exit, CliError, GlobalArgs};

/// How long every model's run lasts.
const RUN_SECONDS: u64 = 60;
/// How long deleting the run's keys may take (etcdctl's limit).
const DELETE_TIMEOUT: Duration = Duration::from_secs(30);
/// Bytes after the prefix in each key.
const KEY_SIZE: usize = 256;
/// Bytes in each value.
const VALUE_SIZE: usize = 1024;

/// Flags of `check perf`.
#[derive(Debug, Args)]
pub struct PerfArgs {
    /// The performance check's workload model. Accepted workloads:
    /// s(small), m(medium), l(large), xl(xLarge)
    #[arg(long, default_value = "s")]
    pub load: String,
    /// The prefix for writing the performance check's keys.
    #[arg(long, default_value = "/etcdctl-check-perf/")]
    pub prefix: String,
    #[command(flatten)]
    pub after: AfterRun,
}

/// A model's puts per second (all clients together) and clients.
fn model(load: Load) -> (u32, usize) {
    match load {
        Load::Small => (150, 50),
        Load::Medium => (1_000, 200),
        Load::Large => (8_000, 500),
        Load::XLarge => (15_000, 1_000),
    }
}

/// `check perf`.
pub async fn perf(g: &GlobalArgs, a: PerfArgs) -> Result<(), CliError> {
    let (rate, clients) = model(Load::parse(&a.load)?);
    let clients = writes::connect(g, clients).await?;
    writes::refuse_existing_keys(&clients[0], &a.prefix).await?;

    let bar = writes::progress_bar(RUN_SECONDS);
    let ticking = tokio::spawn(count_seconds(bar.clone()));
    let run = Limit::Duration(Duration::from_secs(RUN_SECONDS));
    let progress = Progress::new();
    let pacer = Pacer::new(run, Some(rate), progress.clone());
    let writes = Writes::new(&a.prefix, KEY_SIZE, VALUE_SIZE);
    let stats = writes::put_all(&clients, &writes, pacer, &progress).await;
    ticking.abort();
    bar.finish();
    let stats = stats?;

    let revision = writes::delete_prefix(&clients[0], &a.prefix, Some(DELETE_TIMEOUT)).await?;
    writes::after_run(g, &clients[0], &a.after, revision).await?;
    let (report, passed) = verdict(&stats, rate);
    emit(report.as_bytes())?;
    if passed {
        Ok(())
    } else {
        // The lines said why; etcdctl adds nothing.
        Err(CliError::new(exit::ERROR, ""))
    }
}

/// Moves the bar on once a second: it shows the run's time, not its puts.
async fn count_seconds(bar: ProgressBar) {
    for _ in 0..RUN_SECONDS {
        tokio::time::sleep(Duration::from_secs(1)).await;
        bar.inc(1);
    }
}

/// etcdctl's lines for a run paced at `rate`, and whether it passed.
fn verdict(stats: &Stats, rate: u32) -> (String, bool) {
    let mut out = stats.error_lines();
    let mut passed = stats.errors.is_empty();
    // etcdctl rounds the rate it prints up: the integer part, plus one.
    let shown_rate = stats.rps as i64 + 1;
    if stats.rps / f64::from(rate) <= 0.9 {
        out.push_str(&format!(
            "FAIL: Throughput too low: {shown_rate} writes/s\n"
        ));
        passed = false;
    } else {
        out.push_str(&format!("PASS: Throughput is {shown_rate} writes/s\n"));
    }
    if stats.slowest > 0.5 {
        out.push_str(&format!(
            "Slowest request took too long: {:.6}s\n",
            stats.slowest
        ));
        passed = false;
    } else {
        out.push_str(&format!(
            "PASS: Slowest request took {:.6}s\n",
            stats.slowest
        ));
    }
    if stats.stddev > 0.1 {
        out.push_str(&format!("Stddev too high: {:.6}s\n", stats.stddev));
        passed = false;
    } else {
        out.push_str(&format!("PASS: Stddev is {:.6}s\n", stats.stddev));
    }
    out.push_str(if passed { "PASS\n" } else { "FAIL\n" });
    (out, passed)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn stats(rps: f64, slowest: f64, stddev: f64, errors: &[(&str, u64)]) -> Stats {
        Stats {
            rps,
            slowest,
            stddev,
            errors: errors
                .iter()
                .map(|(e, n)| (e.to_string(), *n))
                .collect::<BTreeMap<_, _>>(),
        }
    }

    #[test]
    fn a_good_run_passes_with_etcdctls_lines() {
        // etcdctl 3.4.23 against etcd 3.4.23 on loopback printed these.
        let (out, passed) = verdict(&stats(150.9, 0.166983, 0.005952, &[]), 150);
        assert_eq!(
            out,
            "PASS: Throughput is 151 writes/s\nPASS: Slowest request took 0.166983s\nPASS: Stddev is 0.005952s\nPASS\n"
        );
        assert!(passed);
    }

    #[test]
    fn each_limit_fails_the_run() {
        let (out, passed) = verdict(&stats(135.0, 0.6, 0.2, &[("boom", 2)]), 150);
        assert_eq!(
            out,
            "FAIL: too many errors\nFAIL: ERROR(boom) -> 2\nFAIL: Throughput too low: 136 writes/s\nSlowest request took too long: 0.600000s\nStddev too high: 0.200000s\nFAIL\n"
        );
        assert!(!passed);
        // Errors alone fail a run that is otherwise good.
        assert!(!verdict(&stats(150.0, 0.1, 0.01, &[("boom", 1)]), 150).1);
    }

    #[test]
    fn the_models_are_etcdctls() {
        assert_eq!(model(Load::Small), (150, 50));
        assert_eq!(model(Load::Medium), (1_000, 200));
        assert_eq!(model(Load::Large), (8_000, 500));
        assert_eq!(model(Load::XLarge), (15_000, 1_000));
    }
}
