//! `kvd bench`: a short run of each workload against a test server. The
//! counts must add up (every request made, none failed, the keys written);
//! times are never asserted: they are what a benchmark measures, not
//! whether it works.

use crate::common;

use std::process::Command;

use common::{kvd_bin, run, Server};
use etcd_client::GetOptions;
use serde_json::Value;

/// Runs `kvd bench ARGS --json` against `server`; its report.
fn bench(server: &Server, args: &[&str]) -> Value {
    let (out, err, code) = run(Command::new(kvd_bin()).arg("bench").args(args).args([
        "--endpoints",
        &server.endpoint,
        "--json",
    ]));
    assert_eq!(code, 0, "kvd bench {args:?} failed: {err}");
    // No progress bar: stderr is not a terminal, and --json hides it.
    assert_eq!(err, "", "kvd bench {args:?} wrote to stderr");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

/// The summary called `name` in `report`.
fn summary<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["summaries"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["name"] == name))
        .unwrap_or_else(|| panic!("no summary {name} in {report}"))
}

/// `s` counts `requests` requests, all successful, each in the throughput
/// series and the latency figures.
fn all_ok(s: &Value, requests: u64) {
    assert_eq!(s["requests"], requests, "{s}");
    assert_eq!(s["errors"], 0, "{s}");
    assert_eq!(s["error_messages"], serde_json::json!({}), "{s}");
    let per_second: u64 = s["throughput_per_s"]
        .as_array()
        .expect("a throughput series")
        .iter()
        .map(|n| n.as_u64().expect("a count"))
        .sum();
    assert_eq!(per_second, requests, "{s}");
    let l = &s["latency_us"];
    for p in ["min", "p50", "p90", "p99", "p99_9", "max"] {
        assert!(l[p].is_u64(), "{p} in {s}");
    }
    assert!(l["min"].as_u64() <= l["p50"].as_u64() && l["p50"].as_u64() <= l["max"].as_u64());
}

/// Keys from `first` to `last`, inclusive, on `server`.
async fn count_keys(server: &Server, first: &str, last: &str) -> i64 {
    let mut c = server.client().await;
    let end = format!("{last}\0");
    let r = c
        .get(
            first,
            Some(GetOptions::new().with_range(end).with_count_only()),
        )
        .await
        .expect("count keys");
    r.count()
}

#[tokio::test]
async fn put_writes_every_key_of_the_space() {
    let server = Server::kvd();
    server.client().await;
    let report = bench(
        &server,
        &[
            "put",
            "--total",
            "200",
            "--clients",
            "4",
            "--conns",
            "2",
            "--key-space-size",
            "50",
            "--sequential-keys",
            "--val-size",
            "16",
        ],
    );
    assert_eq!(report["workload"], "put");
    all_ok(summary(&report, "put"), 200);
    assert_eq!(count_keys(&server, "00000000", "00000049").await, 50);
}

#[tokio::test]
async fn range_both_consistencies() {
    let server = Server::kvd();
    server.client().await.put("foo", "bar", None).await.unwrap();
    for consistency in ["l", "s"] {
        let report = bench(
            &server,
            &[
                "range",
                "foo",
                "--consistency",
                consistency,
                "--total",
                "200",
                "--clients",
                "2",
            ],
        );
        assert_eq!(report["workload"], "range");
        all_ok(summary(&report, "range"), 200);
    }
}

#[tokio::test]
async fn txn_put_puts_several_keys_per_transaction() {
    let server = Server::kvd();
    server.client().await;
    let report = bench(
        &server,
        &[
            "txn-put",
            "--total",
            "100",
            "--txn-ops",
            "3",
            "--key-space-size",
            "30",
            "--sequential-keys",
        ],
    );
    all_ok(summary(&report, "txn"), 100);
    assert_eq!(count_keys(&server, "00000000", "00000029").await, 30);
}

#[tokio::test]
async fn txn_mixed_splits_reads_and_writes() {
    let server = Server::kvd();
    server.client().await;
    let report = bench(
        &server,
        &[
            "txn-mixed",
            "0",
            "1",
            "--total",
            "200",
            "--clients",
            "2",
            "--key-space-size",
            "10",
            "--rw-ratio",
            "1",
            "--consistency",
            "s",
        ],
    );
    let (read, write) = (summary(&report, "read"), summary(&report, "write"));
    let reads = read["requests"].as_u64().unwrap();
    let writes = write["requests"].as_u64().unwrap();
    assert_eq!(reads + writes, 200);
    all_ok(read, reads);
    all_ok(write, writes);
}

#[tokio::test]
async fn watch_delivers_every_put_to_every_watcher() {
    let server = Server::kvd();
    server.client().await;
    let report = bench(
        &server,
        &[
            "watch",
            "--total",
            "50",
            "--clients",
            "2",
            "--streams",
            "2",
            "--watchers-per-stream",
            "3",
            "--key-space-size",
            "5",
        ],
    );
    all_ok(summary(&report, "put"), 50);
    all_ok(summary(&report, "event"), 50 * 2 * 3);
}

#[tokio::test]
async fn watch_latency_delivers_every_paced_put() {
    let server = Server::kvd();
    server.client().await;
    let report = bench(
        &server,
        &[
            "watch-latency",
            "--total",
            "20",
            "--rate",
            "200",
            "--streams",
            "2",
            "--watchers-per-stream",
            "2",
            "--conns",
            "2",
        ],
    );
    assert_eq!(report["workload"], "watch-latency");
    all_ok(summary(&report, "put"), 20);
    all_ok(summary(&report, "event"), 20 * 2 * 2);
}

#[tokio::test]
async fn lease_keepalive_renews_and_revokes_its_leases() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let report = bench(
        &server,
        &["lease-keepalive", "--total", "200", "--clients", "3"],
    );
    all_ok(summary(&report, "keepalive"), 200);
    let leases = c.leases().await.unwrap();
    assert!(leases.leases().is_empty(), "leases left: {leases:?}");
}

#[tokio::test]
async fn a_duration_ends_the_run() {
    let server = Server::kvd();
    server.client().await;
    let report = bench(&server, &["put", "--duration", "300ms", "--rate", "100"]);
    let put = summary(&report, "put");
    let n = put["requests"].as_u64().unwrap();
    assert!(n > 0, "{report}");
    all_ok(put, n);
}

#[tokio::test]
async fn target_leader_skips_an_endpoint_that_is_not_there() {
    let server = Server::kvd();
    server.client().await;
    let endpoints = format!("127.0.0.1:1,{}", server.endpoint);
    let (out, err, code) = run(Command::new(kvd_bin()).args([
        "bench",
        "put",
        "--total",
        "20",
        "--target-leader",
        "--json",
        "--endpoints",
        &endpoints,
    ]));
    assert_eq!(code, 0, "{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    all_ok(summary(&report, "put"), 20);
}

#[tokio::test]
async fn the_table_and_the_plot() {
    let server = Server::kvd();
    server.client().await;
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("put.svg");
    let (out, err, code) = run(Command::new(kvd_bin()).args([
        "bench",
        "put",
        "--total",
        "50",
        "--endpoints",
        &server.endpoint,
        "--plot",
        svg.to_str().unwrap(),
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("put: "), "{out}");
    for row in ["requests", "errors", "requests/s", "latency avg", "p99.9"] {
        assert!(out.contains(&format!("| {row} ")), "no {row} row in\n{out}");
    }
    let svg = std::fs::read_to_string(svg).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("put: latency"));
}

#[test]
fn bad_parameters_are_refused_before_connecting() {
    // Nothing listens on port 1: the run must fail on its flags first.
    let (_, err, code) = run(Command::new(kvd_bin()).args([
        "bench",
        "put",
        "--key-size",
        "2",
        "--key-space-size",
        "1000",
        "--endpoints",
        "127.0.0.1:1",
    ]));
    assert_eq!(code, 128, "{err}");
    assert!(err.contains("--key-size 2 is too short"), "{err}");
    let (_, err, code) = run(Command::new(kvd_bin()).args([
        "bench",
        "watch",
        "--val-size",
        "4",
        "--endpoints",
        "127.0.0.1:1",
    ]));
    assert_eq!(code, 128, "{err}");
    assert!(err.contains("--val-size of at least 8"), "{err}");
}
