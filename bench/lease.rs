//! Lease benchmark: keep-alives per second, and a mass expiry — the time
//! for N leases (each with a key) to expire, and put latency meanwhile
//! against put latency before.
//!
//! `cargo bench --bench lease` (settings: KEEPALIVE_STREAMS,
//! KEEPALIVE_SECONDS, LEASES).

#[path = "common.rs"]
mod common;

use std::time::{Duration, Instant};

use etcd_client::{GetOptions, PutOptions};

async fn put_latencies(c: &mut etcd_client::Client, n: usize) -> Vec<Duration> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let start = Instant::now();
        c.put(format!("/probe/{i}"), "x", None).await.unwrap();
        out.push(start.elapsed());
    }
    out.sort();
    out
}

#[tokio::main]
async fn main() {
    let streams = common::setting("KEEPALIVE_STREAMS", 64);
    let seconds = common::setting("KEEPALIVE_SECONDS", 5);
    let leases = common::setting("LEASES", 100_000);
    let server = common::Bench::start(&[]).await;

    // Keep-alives: each stream renews as fast as answers come back.
    let mut tasks = Vec::new();
    for _ in 0..streams {
        let mut c = server.client().await;
        let lease = c.lease_grant(60, None).await.unwrap().id();
        tasks.push(tokio::spawn(async move {
            let (mut keeper, mut stream) = c.lease_keep_alive(lease).await.unwrap();
            let deadline = Instant::now() + Duration::from_secs(seconds as u64);
            let mut n = 0u64;
            while Instant::now() < deadline {
                keeper.keep_alive().await.unwrap();
                stream.message().await.unwrap();
                n += 1;
            }
            n
        }));
    }
    let mut total = 0;
    for t in tasks {
        total += t.await.unwrap();
    }
    println!("keep-alives: {streams} streams for {seconds}s");
    println!("  keep-alives/s: {:.0}", total as f64 / seconds as f64);

    // Mass expiry: grant many short leases with a key each, then measure.
    let mut probe = server.client().await;
    let baseline = put_latencies(&mut probe, 200).await;
    let granting = Instant::now();
    let mut grants = Vec::new();
    let workers = 64;
    for w in 0..workers {
        let mut c = server.client().await;
        grants.push(tokio::spawn(async move {
            for i in (w..leases).step_by(workers) {
                let id = c.lease_grant(5, None).await.unwrap().id();
                c.put(
                    format!("/leased/{i}"),
                    "v",
                    Some(PutOptions::new().with_lease(id)),
                )
                .await
                .unwrap();
            }
        }));
    }
    for g in grants {
        g.await.unwrap();
    }
    let granted_in = granting.elapsed();
    let expiry_start = Instant::now();
    let mut during = Vec::new();
    loop {
        during.extend(put_latencies(&mut probe, 20).await);
        let left = probe
            .get(
                "/leased/",
                Some(GetOptions::new().with_prefix().with_count_only()),
            )
            .await
            .unwrap()
            .count();
        if left == 0 {
            break;
        }
        assert!(
            expiry_start.elapsed() < Duration::from_secs(600),
            "expiry stalled"
        );
    }
    during.sort();
    println!(
        "mass expiry: {leases} leases with a key each (granted in {:.1}s)",
        granted_in.as_secs_f64()
    );
    println!(
        "  all expired after:  {:.1}s",
        expiry_start.elapsed().as_secs_f64()
    );
    for (name, l) in [("before", &baseline), ("during", &during)] {
        println!(
            "  put latency {name}: p50 {:.2}ms  p99 {:.2}ms  max {:.2}ms",
            common::percentile(l, 50.0).as_secs_f64() * 1e3,
            common::percentile(l, 99.0).as_secs_f64() * 1e3,
            l.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
        );
    }
}
