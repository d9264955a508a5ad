//! `check datascale`, as etcdctl 3.4 runs it: the load model's clients put
//! its number of keys (512-byte keys, 512-byte values) under the prefix as
//! fast as they can, and the check reports how much the first endpoint's
//! resident memory (`process_resident_memory_bytes` on its /metrics)
//! grew meanwhile; then the keys are deleted. Any failed put fails it.

use std::time::Duration;

use bytes::Bytes;
use clap::Args;
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use indicatif::ProgressBar;

use super::writes::{self, Load, Writes};
use super::AfterRun;
use crate::bench::pace::{Limit, Pacer, Progress};
use crate::cli::{emit, exit, CliError, GlobalArgs};
use crate::gofmt;

/// Bytes after the prefix in each key.
const KEY_SIZE: usize = 512;
/// Bytes in each value.
const VALUE_SIZE: usize = 512;
/// The metric read before and after the puts.
const RESIDENT_MEMORY: &str = "process_resident_memory_bytes";

/// Flags of `check datascale`.
#[derive(Debug, Args)]
pub struct DatascaleArgs {
    /// The datascale check's workload model. Accepted workloads: s(small),
    /// m(medium), l(large), xl(xLarge)
    #[arg(long, default_value = "s")]
    pub load: String,
    /// The prefix for writing the datascale check's keys.
    #[arg(long, default_value = "/etcdctl-check-datascale/")]
    pub prefix: String,
    #[command(flatten)]
    pub after: AfterRun,
}

/// A model's number of puts and clients.
fn model(load: Load) -> (u64, usize) {
    match load {
        Load::Small => (10_000, 50),
        Load::Medium => (100_000, 200),
        Load::Large => (1_000_000, 500),
        // Three versions of a million keys: etcd's upper bound.
        Load::XLarge => (3_000_000, 1_000),
    }
}

/// `check datascale`.
pub async fn datascale(g: &GlobalArgs, a: DatascaleArgs) -> Result<(), CliError> {
    let (puts, clients) = model(Load::parse(&a.load)?);
    let clients = writes::connect(g, clients).await?;
    writes::refuse_existing_keys(&clients[0], &a.prefix).await?;
    // Connecting succeeded, so there is a first endpoint.
    let endpoint = g.endpoints.first().map_or("", String::as_str);
    let metrics = metrics_url(g, endpoint);

    let before = match resident_memory(&metrics, g.command_timeout).await {
        Ok(bytes) => bytes,
        Err(why) => return fail_to_read(&why, "before"),
    };
    emit(
        format!(
            "Start data scale check for work load [{puts} key-value pairs, {} bytes per key-value, {} concurrent clients].\n",
            KEY_SIZE + VALUE_SIZE,
            clients.len()
        )
        .as_bytes(),
    )?;
    let bar = writes::progress_bar(puts);
    let progress = Progress::new();
    let showing = tokio::spawn(show_puts(bar.clone(), progress.clone()));
    let pacer = Pacer::new(Limit::Total(puts), None, progress.clone());
    let writes = Writes::new(&a.prefix, KEY_SIZE, VALUE_SIZE);
    let stats = writes::put_all(&clients, &writes, pacer, &progress).await;
    showing.abort();
    bar.finish();
    let stats = stats?;
    let after = match resident_memory(&metrics, g.command_timeout).await {
        Ok(bytes) => bytes,
        Err(why) => return fail_to_read(&why, "after"),
    };

    let revision = writes::delete_prefix(&clients[0], &a.prefix, None).await?;
    writes::after_run(g, &clients[0], &a.after, revision).await?;
    if !stats.errors.is_empty() {
        emit(stats.error_lines().as_bytes())?;
        return Err(CliError::new(exit::ERROR, ""));
    }
    let used = (after - before) / (1024.0 * 1024.0);
    emit(format!("PASS: Approximate system memory used : {used:.2} MB.\n").as_bytes())
}

/// Copies the count of puts to the bar until aborted.
async fn show_puts(bar: ProgressBar, progress: Progress) {
    loop {
        bar.set_position(progress.done());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// etcdctl's lines when the memory could not be read (`when`: before or
/// after the puts), and its exit code.
fn fail_to_read(why: &str, when: &str) -> Result<(), CliError> {
    emit(
        format!("{why}\nFAIL: Could not read {RESIDENT_MEMORY} {when} the put operations.\n")
            .as_bytes(),
    )?;
    Err(CliError::new(exit::ERROR, ""))
}

/// Where an endpoint's metrics are: etcdctl 3.4 puts `http://` before an
/// endpoint that does not start with it. An endpoint that kvd dials with
/// TLS is given as is, and `resident_memory` declines it.
fn metrics_url(g: &GlobalArgs, endpoint: &str) -> String {
    let tls = g.tls().ok().flatten().is_some();
    let url = crate::client::endpoint_url(endpoint, tls);
    format!("{url}/metrics")
}

/// The resident memory /metrics at `url` reports; when it cannot be read,
/// the line etcdctl prints about it. Plain HTTP only, as etcdctl 3.4.
async fn resident_memory(url: &str, timeout: Duration) -> Result<f64, String> {
    if url.starts_with("https://") {
        return Err(format!(
            "fetch error: Get {}: reading /metrics over https is not supported; list an http endpoint first",
            gofmt::quote(url.as_bytes())
        ));
    }
    let body = tokio::time::timeout(timeout, get(url))
        .await
        .unwrap_or_else(|_| {
            Err(format!(
                "fetch error: Get {}: no answer within {}",
                gofmt::quote(url.as_bytes()),
                gofmt::duration(timeout)
            ))
        })?;
    let text = String::from_utf8_lossy(&body);
    // The first line that starts with the name: the sample (the # HELP
    // and # TYPE lines start with '#').
    let value = text
        .lines()
        .find_map(|line| line.strip_prefix(RESIDENT_MEMORY))
        .map(str::trim)
        .ok_or_else(|| format!("could not find: {RESIDENT_MEMORY}"))?;
    value
        .parse::<f64>()
        .map_err(|e| format!("parse error: {e}"))
}

/// The body of a GET of `url` (http only), whatever the status, as Go's
/// `http.Get` gives it; a failure in etcdctl's words.
async fn get(url: &str) -> Result<Bytes, String> {
    let quoted = gofmt::quote(url.as_bytes());
    let uri: hyper::Uri = url
        .parse()
        .map_err(|e| format!("fetch error: parse {quoted}: {e}"))?;
    let client: Client<HttpConnector, Empty<Bytes>> =
        Client::builder(TokioExecutor::new()).build_http();
    let response = client
        .get(uri)
        .await
        .map_err(|e| format!("fetch error: Get {quoted}: {}", crate::tls::error_chain(&e)))?;
    let body = response
        .into_body()
        .collect()
        .await
        .map_err(|e| format!("fetch error: reading {url}: {e}"))?;
    Ok(body.to_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_models_are_etcdctls() {
        assert_eq!(model(Load::Small), (10_000, 50));
        assert_eq!(model(Load::Medium), (100_000, 200));
        assert_eq!(model(Load::Large), (1_000_000, 500));
        assert_eq!(model(Load::XLarge), (3_000_000, 1_000));
    }

    #[tokio::test]
    async fn https_endpoints_are_declined() {
        let why = resident_memory("https://127.0.0.1:2379/metrics", Duration::from_secs(1))
            .await
            .expect_err("https");
        assert!(why.starts_with("fetch error: Get \"https://127.0.0.1:2379/metrics\": "));
    }

    #[tokio::test]
    async fn a_silent_endpoint_is_a_fetch_error() {
        // Bound but never accepting: the connection is made, no answer comes.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("address").port();
        let url = format!("http://127.0.0.1:{port}/metrics");
        let why = resident_memory(&url, Duration::from_millis(200))
            .await
            .expect_err("no answer");
        assert_eq!(
            why,
            format!("fetch error: Get \"{url}\": no answer within 200ms")
        );
        drop(listener);
    }
}
