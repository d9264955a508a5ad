//! What `check perf` and `check datascale` share, as etcdctl 3.4 does
//! them: the `--load` names, refusing a prefix that has keys, many
//! connections putting keys under the prefix, the statistics the verdicts
//! are made from, and what follows a run (deleting the keys,
//! `--auto-compact`, `--auto-defrag`). Output and exit codes are
//! etcdctl's.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::AfterRun;
use crate::bench::keys::Rng;
use crate::bench::pace::{Pacer, Progress};
use crate::cli::{emit, exit, CliError, GlobalArgs};
use crate::client::{Client, ClientError};
use crate::gofmt;
use crate::proto::etcdserverpb::{
    CompactionRequest, DefragmentRequest, DeleteRangeRequest, PutRequest, RangeRequest,
};
use crate::store::keys::prefix_end;

/// How long compacting or defragmenting may take (etcdctl's 30 s).
const AFTER_RUN_TIMEOUT: Duration = Duration::from_secs(30);

/// etcdctl's workload models, smallest to largest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Load {
    /// `s`, `small`.
    Small,
    /// `m`, `medium`.
    Medium,
    /// `l`, `large`.
    Large,
    /// `xl`, `xLarge`.
    XLarge,
}

impl Load {
    /// The model `--load` names; etcdctl's error (exit 4) for any other
    /// name.
    pub fn parse(name: &str) -> Result<Load, CliError> {
        match name {
            "s" | "small" => Ok(Load::Small),
            "m" | "medium" => Ok(Load::Medium),
            "l" | "large" => Ok(Load::Large),
            "xl" | "xLarge" => Ok(Load::XLarge),
            _ => Err(CliError::new(
                exit::BAD_FEATURE,
                format!("unknown load option {name}"),
            )),
        }
    }
}

/// What a run writes: keys of the prefix and `key_size` more bytes, values
/// of `value_size` zero bytes.
#[derive(Debug, Clone)]
pub struct Writes {
    prefix: Vec<u8>,
    key_size: usize,
    value: Bytes,
}

impl Writes {
    /// Keys under `prefix`, `key_size` bytes after it; values of
    /// `value_size` bytes.
    pub fn new(prefix: &str, key_size: usize, value_size: usize) -> Writes {
        Writes {
            prefix: prefix.as_bytes().to_vec(),
            key_size,
            value: Bytes::from(vec![0; value_size]),
        }
    }

    /// A put of a new random key. Its bytes after the prefix are 8 random
    /// ones, then zeros: the same shape as etcdctl's (a random varint in
    /// zeroed bytes), and as unlikely to repeat.
    fn put(&self, rng: &mut Rng) -> PutRequest {
        let random = rng.next_u64().to_le_bytes();
        let mut key = self.prefix.clone();
        key.extend_from_slice(&random[..self.key_size.min(random.len())]);
        key.resize(self.prefix.len() + self.key_size, 0);
        PutRequest {
            key: key.into(),
            value: self.value.clone(),
            ..Default::default()
        }
    }
}

/// `n` connections, each made as any command makes its one (TLS, --user):
/// etcdctl gives each of a model's clients a connection of its own.
pub async fn connect(g: &GlobalArgs, n: usize) -> Result<Vec<Client>, CliError> {
    let mut clients = Vec::with_capacity(n);
    for _ in 0..n {
        clients.push(g.connect().await?);
    }
    Ok(clients)
}

/// The key and range end of every key under `prefix`, as Go's client
/// makes them (an empty prefix is every key).
fn prefix_range(prefix: &str) -> (Bytes, Bytes) {
    if prefix.is_empty() {
        return (Bytes::from_static(b"\0"), Bytes::from_static(b"\0"));
    }
    let key = prefix.as_bytes();
    (Bytes::copy_from_slice(key), Bytes::from(prefix_end(key)))
}

/// Refuses to run over existing keys, as etcdctl does (exit 3), so that a
/// run's clean-up deletes nothing it did not write.
pub async fn refuse_existing_keys(client: &Client, prefix: &str) -> Result<(), CliError> {
    let (key, range_end) = prefix_range(prefix);
    let req = RangeRequest {
        key,
        range_end,
        limit: 1,
        ..Default::default()
    };
    let resp = client
        .call_read(|| {
            let (mut kv, r) = (client.kv(), client.request(req.clone()));
            async move { kv.range(r).await }
        })
        .await?;
    if resp.kvs.is_empty() {
        return Ok(());
    }
    Err(CliError::new(
        exit::INVALID_INPUT,
        format!(
            "prefix {} has keys. Delete with etcdctl del --prefix {prefix} first",
            gofmt::quote(prefix.as_bytes())
        ),
    ))
}

/// The latencies and errors of one writer, or of a whole run.
#[derive(Debug, Default)]
struct Tally {
    /// Seconds each successful put took.
    latencies: Vec<f64>,
    /// Failed puts by error message.
    errors: BTreeMap<String, u64>,
}

impl Tally {
    fn record(&mut self, took: Duration, error: Option<ClientError>) {
        match error {
            None => self.latencies.push(took.as_secs_f64()),
            Some(e) => *self.errors.entry(e.to_string()).or_default() += 1,
        }
    }

    fn merge(&mut self, other: Tally) {
        self.latencies.extend(other.latencies);
        for (error, n) in other.errors {
            *self.errors.entry(error).or_default() += n;
        }
    }
}

/// A run's figures, computed as etcd's `report` package computes them
/// (the verdicts compare them with fixed limits).
#[derive(Debug)]
pub struct Stats {
    /// Successful puts per second of the run.
    pub rps: f64,
    /// The slowest successful put, in seconds.
    pub slowest: f64,
    /// The population standard deviation of the successful puts'
    /// latencies, in seconds; NaN when none succeeded, as etcdctl's.
    pub stddev: f64,
    /// Failed puts by error message.
    pub errors: BTreeMap<String, u64>,
}

impl Stats {
    fn of(tally: Tally, run: Duration) -> Stats {
        let n = tally.latencies.len() as f64;
        let mean = tally.latencies.iter().sum::<f64>() / n;
        let squares: f64 = tally.latencies.iter().map(|l| (l - mean).powi(2)).sum();
        Stats {
            rps: n / run.as_secs_f64(),
            slowest: tally.latencies.iter().copied().fold(0.0, f64::max),
            stddev: (squares / n).sqrt(),
            errors: tally.errors,
        }
    }

    /// etcdctl's lines for failed puts: `FAIL: too many errors`, then one
    /// per error; nothing when every put succeeded.
    pub fn error_lines(&self) -> String {
        if self.errors.is_empty() {
            return String::new();
        }
        let mut out = String::from("FAIL: too many errors\n");
        for (error, n) in &self.errors {
            out.push_str(&format!("FAIL: ERROR({error}) -> {n}\n"));
        }
        out
    }
}

/// Puts from every client, each waiting for its answer before the next,
/// until `pacer` ends the run; each put is counted in `progress`.
pub async fn put_all(
    clients: &[Client],
    writes: &Writes,
    pacer: Pacer,
    progress: &Progress,
) -> Result<Stats, CliError> {
    let pacer = Arc::new(pacer);
    let started = Instant::now();
    let writers: Vec<_> = clients
        .iter()
        .zip(0u64..)
        .map(|(client, n)| {
            let writer = write_until_done(
                client.clone(),
                writes.clone(),
                pacer.clone(),
                progress.clone(),
                Rng::seeded(n),
            );
            tokio::spawn(writer)
        })
        .collect();
    let mut tally = Tally::default();
    for writer in writers {
        let done = writer
            .await
            .map_err(|e| CliError::new(exit::ERROR, format!("a writer failed: {e}")))?;
        tally.merge(done);
    }
    Ok(Stats::of(tally, started.elapsed()))
}

async fn write_until_done(
    client: Client,
    writes: Writes,
    pacer: Arc<Pacer>,
    progress: Progress,
    mut rng: Rng,
) -> Tally {
    let mut tally = Tally::default();
    while pacer.next().await.is_some() {
        let put = writes.put(&mut rng);
        let started = Instant::now();
        let answer = client
            .call_write(|| {
                let (mut kv, r) = (client.kv(), client.request(put.clone()));
                async move { kv.put(r).await }
            })
            .await;
        tally.record(started.elapsed(), answer.err());
        progress.add(1);
    }
    tally
}

/// A bar on stdout, where etcdctl draws its own, in etcdctl's `Bom !`
/// format (`B`, `o`s, `m`, spaces, `!`), towards `len`. Hidden when stdout
/// is not a terminal: etcdctl's carriage-return lines are of no use in a
/// file.
pub fn progress_bar(len: u64) -> ProgressBar {
    let style = ProgressStyle::with_template(" {pos} / {len} B{wide_bar}! {percent}% {eta}")
        .expect("a valid template")
        .progress_chars("om ");
    ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stdout()).with_style(style)
}

/// Runs a call, giving up after `limit` if there is one.
async fn within<T>(
    limit: Option<Duration>,
    call: impl Future<Output = Result<tonic::Response<T>, tonic::Status>>,
) -> Result<T, ClientError> {
    let answer = match limit {
        Some(limit) => tokio::time::timeout(limit, call)
            .await
            .map_err(|_| ClientError::Timeout)?,
        None => call.await,
    };
    Ok(answer?.into_inner())
}

/// Deletes every key under `prefix`, giving up after `limit` if there is
/// one (etcdctl: 30 s for perf, none for datascale); the revision of the
/// delete.
pub async fn delete_prefix(
    client: &Client,
    prefix: &str,
    limit: Option<Duration>,
) -> Result<i64, CliError> {
    let (key, range_end) = prefix_range(prefix);
    let req = DeleteRangeRequest {
        key,
        range_end,
        ..Default::default()
    };
    let resp = within(limit, client.kv().delete_range(req)).await?;
    Ok(resp.header.map_or(0, |h| h.revision))
}

/// `--auto-compact` and `--auto-defrag`, once the run's keys were deleted
/// at `revision`.
pub async fn after_run(
    g: &GlobalArgs,
    client: &Client,
    after: &AfterRun,
    revision: i64,
) -> Result<(), CliError> {
    if after.auto_compact {
        compact(client, revision).await?;
    }
    if after.auto_defrag {
        for endpoint in &g.endpoints {
            defragment(g, endpoint).await?;
        }
    }
    Ok(())
}

/// A physical compaction at `revision`, between etcdctl's two lines.
async fn compact(client: &Client, revision: i64) -> Result<(), CliError> {
    emit(format!("Compacting with revision {revision}\n").as_bytes())?;
    let req = CompactionRequest {
        revision,
        physical: true,
    };
    within(Some(AFTER_RUN_TIMEOUT), client.kv().compact(req)).await?;
    emit(format!("Compacted with revision {revision}\n").as_bytes())
}

/// Defragments the member at `endpoint`.
async fn defragment(g: &GlobalArgs, endpoint: &str) -> Result<(), CliError> {
    let shown = gofmt::quote(endpoint.as_bytes());
    emit(format!("Defragmenting {shown}\n").as_bytes())?;
    // The request goes to this member alone, as etcdctl sends it.
    let mut one = g.clone();
    one.endpoints = vec![endpoint.to_string()];
    let client = one.connect().await?;
    let answer = within(
        Some(AFTER_RUN_TIMEOUT),
        client.maintenance().defragment(DefragmentRequest {}),
    )
    .await;
    match answer {
        Ok(_) => emit(format!("Defragmented {shown}\n").as_bytes()),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_take_etcdctls_names() {
        for (name, load) in [
            ("s", Load::Small),
            ("small", Load::Small),
            ("m", Load::Medium),
            ("medium", Load::Medium),
            ("l", Load::Large),
            ("large", Load::Large),
            ("xl", Load::XLarge),
            ("xLarge", Load::XLarge),
        ] {
            assert_eq!(Load::parse(name).ok(), Some(load));
        }
        let e = Load::parse("xlarge").expect_err("not a load");
        assert_eq!(
            (e.code, e.message.as_str()),
            (4, "unknown load option xlarge")
        );
    }

    #[test]
    fn keys_are_the_prefix_and_key_size_bytes() {
        let writes = Writes::new("/p/", 256, 1024);
        let mut rng = Rng::seeded(1);
        let (a, b) = (writes.put(&mut rng), writes.put(&mut rng));
        assert_eq!(a.key.len(), 3 + 256);
        assert!(a.key.starts_with(b"/p/"));
        assert_ne!(a.key, b.key);
        assert_eq!(a.value.len(), 1024);
        let short = Writes::new("", 4, 0).put(&mut rng);
        assert_eq!((short.key.len(), short.value.len()), (4, 0));
    }

    #[test]
    fn stats_are_etcds_reports() {
        let mut tally = Tally::default();
        for ms in [100, 200, 300] {
            tally.record(Duration::from_millis(ms), None);
        }
        tally.record(Duration::ZERO, Some(ClientError::Timeout));
        let stats = Stats::of(tally, Duration::from_secs(2));
        assert_eq!(stats.rps, 1.5);
        assert!((stats.slowest - 0.3).abs() < 1e-12);
        // Population deviation: sqrt(((-0.1)^2 + 0 + 0.1^2) / 3).
        assert!((stats.stddev - (0.02f64 / 3.0).sqrt()).abs() < 1e-12);
        assert_eq!(
            stats.error_lines(),
            "FAIL: too many errors\nFAIL: ERROR(context deadline exceeded) -> 1\n"
        );
        let none = Stats::of(Tally::default(), Duration::from_secs(1));
        assert!(none.stddev.is_nan());
        assert_eq!(none.error_lines(), "");
    }

    #[test]
    fn an_empty_prefix_is_every_key() {
        assert_eq!(
            prefix_range(""),
            (Bytes::from_static(b"\0"), Bytes::from_static(b"\0"))
        );
        assert_eq!(
            prefix_range("/a/"),
            (Bytes::from_static(b"/a/"), Bytes::from_static(b"/a0"))
        );
    }
}
