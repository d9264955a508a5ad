//! Chaos: a 3-member cluster under a steady write load while its members
//! are killed with SIGKILL and restarted one after another (the leader
//! among them). Afterwards every acknowledged write must be on every
//! member, and the members' keyspace hashes must agree. The log is kept
//! short so that restarted members also catch up by snapshot.
//!
//! `KVD_CHAOS_ROUNDS` sets the number of kills: 3 by default, the short
//! form CI runs; a soak run sets, say, 100.

mod common;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::Cluster;
use etcd_client::GetOptions;
use kvd::proto::etcdserverpb::PutRequest;

const SHORT_LOG: &[&str] = &["--snapshot-count", "10"];

fn rounds() -> usize {
    std::env::var("KVD_CHAOS_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
}

/// Writes `/chaos/N` = `vN` for N = 0, 1, ... until `stop`, through the
/// balancing client; returns the writes that were acknowledged.
async fn write_until(
    endpoints: Vec<String>,
    stop: Arc<AtomicBool>,
    acked: Arc<Mutex<Vec<u64>>>,
) -> u64 {
    let client =
        kvd::client::Client::connect(&endpoints, Duration::from_secs(2), Duration::from_secs(5))
            .await
            .expect("connect");
    let mut n = 0u64;
    while !stop.load(Ordering::Relaxed) {
        let put = PutRequest {
            key: format!("/chaos/{n:08}").into_bytes().into(),
            value: format!("v{n}").into_bytes().into(),
            ..Default::default()
        };
        let result = client
            .call_write(|| {
                let (mut kv, r) = (client.kv(), client.request(put.clone()));
                async move { kv.put(r).await }
            })
            .await;
        if result.is_ok() {
            acked.lock().unwrap().push(n);
        }
        n += 1;
    }
    n
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_members_killed_one_after_another() {
    let mut cluster = Cluster::start_with(3, SHORT_LOG);
    for m in &cluster.members {
        m.client().await;
    }
    let stop = Arc::new(AtomicBool::new(false));
    let acked = Arc::new(Mutex::new(Vec::new()));
    let writer = tokio::spawn(write_until(
        cluster.endpoints(),
        stop.clone(),
        acked.clone(),
    ));
    for round in 0..rounds() {
        tokio::time::sleep(Duration::from_millis(700)).await;
        let victim = round % 3;
        cluster.members[victim].kill();
        tokio::time::sleep(Duration::from_millis(800)).await;
        cluster.members[victim].restart(SHORT_LOG);
        cluster.members[victim].client().await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, Ordering::Relaxed);
    let attempted = writer.await.expect("writer");
    let acked = acked.lock().unwrap().clone();
    assert!(
        acked.len() > 50,
        "too few writes were acknowledged to mean anything: {} of {attempted}",
        acked.len()
    );

    let mut hashes = Vec::new();
    let mut revision = 0;
    for (i, m) in cluster.members.iter().enumerate() {
        let mut c = m.client().await;
        // A linearizable read first: the member has caught up after it.
        let r = c
            .get("/chaos/", Some(GetOptions::new().with_prefix()))
            .await;
        let r = r.unwrap_or_else(|e| panic!("member {i}: {e}\n{}", m.log()));
        revision = revision.max(r.header().unwrap().revision());
        let stored: HashMap<String, String> = r
            .kvs()
            .iter()
            .map(|kv| {
                (
                    kv.key_str().unwrap().to_string(),
                    kv.value_str().unwrap().to_string(),
                )
            })
            .collect();
        for n in &acked {
            let key = format!("/chaos/{n:08}");
            assert_eq!(
                stored.get(&key).map(String::as_str),
                Some(format!("v{n}").as_str()),
                "member {i} lost acknowledged write {key}"
            );
        }
    }
    for m in &cluster.members {
        let mut c = m.client().await;
        hashes.push(c.hash_kv(revision).await.expect("hashkv").hash());
    }
    assert!(
        hashes.windows(2).all(|w| w[0] == w[1]),
        "members diverge: {hashes:?}"
    );
    let snapshots = cluster
        .members
        .iter()
        .filter(|m| m.log().contains("installing a snapshot"))
        .count();
    eprintln!(
        "{} of {attempted} writes acknowledged over {} kills; {snapshots} members caught up by snapshot",
        acked.len(),
        rounds()
    );
}
