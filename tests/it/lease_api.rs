//! Leases driven by an independent client, the `etcd-client` crate: grant,
//! attach, expire, keep alive, revoke, time-to-live, list, errors, and
//! lease state across a restart.

use crate::common;

use std::time::{Duration, Instant};

use common::Server;
use etcd_client::{LeaseGrantOptions, LeaseTimeToLiveOptions, PutOptions};
use tonic::Code;

fn status_of<T: std::fmt::Debug>(r: Result<T, etcd_client::Error>) -> (Code, String) {
    match r {
        Err(etcd_client::Error::GRpcStatus(s)) => (s.code(), s.message().to_string()),
        other => panic!("expected a gRPC error, got {other:?}"),
    }
}

#[tokio::test]
async fn keys_go_when_their_lease_expires() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let lease = c.lease_grant(2, None).await.unwrap();
    assert_eq!(lease.ttl(), 2);
    c.put(
        "/services/api/1",
        "10.0.0.1",
        Some(PutOptions::new().with_lease(lease.id())),
    )
    .await
    .unwrap();
    c.put(
        "/services/api/2",
        "10.0.0.2",
        Some(PutOptions::new().with_lease(lease.id())),
    )
    .await
    .unwrap();
    let before = c.get("/services/api/1", None).await.unwrap();
    assert_eq!(before.kvs()[0].lease(), lease.id());
    let rev = before.header().unwrap().revision();
    let granted = Instant::now();
    // Gone after the TTL: not before it, and not long after.
    loop {
        let r = c
            .get(
                "/services/",
                Some(etcd_client::GetOptions::new().with_prefix()),
            )
            .await
            .unwrap();
        if r.count() == 0 {
            break;
        }
        assert!(
            granted.elapsed() < Duration::from_secs(6),
            "keys outlived their lease"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        granted.elapsed() >= Duration::from_millis(1900),
        "expired early: {:?}",
        granted.elapsed()
    );
    // Both keys went at one revision.
    let now = c.get("x", None).await.unwrap().header().unwrap().revision();
    assert_eq!(now, rev + 1);
    let ttl = c.lease_time_to_live(lease.id(), None).await.unwrap();
    assert_eq!(ttl.ttl(), -1);
}

#[tokio::test]
async fn keep_alive_keeps_keys_past_several_ttls() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let lease = c.lease_grant(2, None).await.unwrap();
    c.put(
        "alive",
        "yes",
        Some(PutOptions::new().with_lease(lease.id())),
    )
    .await
    .unwrap();
    let (mut keeper, mut stream) = c.lease_keep_alive(lease.id()).await.unwrap();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        keeper.keep_alive().await.unwrap();
        let resp = stream.message().await.unwrap().unwrap();
        assert_eq!((resp.id(), resp.ttl()), (lease.id(), 2));
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    assert_eq!(c.get("alive", None).await.unwrap().count(), 1);
    let ttl = c
        .lease_time_to_live(lease.id(), Some(LeaseTimeToLiveOptions::new().with_keys()))
        .await
        .unwrap();
    assert_eq!(ttl.granted_ttl(), 2);
    assert!(ttl.ttl() >= 1, "{}", ttl.ttl());
    assert_eq!(ttl.keys(), [b"alive".to_vec()]);
}

#[tokio::test]
async fn revoke_list_and_client_chosen_ids() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let a = c
        .lease_grant(60, Some(LeaseGrantOptions::new().with_id(0x1234)))
        .await
        .unwrap();
    assert_eq!(a.id(), 0x1234);
    let b = c.lease_grant(60, None).await.unwrap();
    assert!(b.id() > 0);
    let mut ids: Vec<i64> = c
        .leases()
        .await
        .unwrap()
        .leases()
        .iter()
        .map(|l| l.id())
        .collect();
    ids.sort_unstable();
    let mut want = vec![a.id(), b.id()];
    want.sort_unstable();
    assert_eq!(ids, want);
    c.put("k1", "v", Some(PutOptions::new().with_lease(a.id())))
        .await
        .unwrap();
    c.put("k2", "v", Some(PutOptions::new().with_lease(a.id())))
        .await
        .unwrap();
    // Re-putting a key without the lease detaches it.
    c.put("k2", "v", None).await.unwrap();
    let r = c.lease_revoke(a.id()).await.unwrap();
    let rev = r.header().unwrap().revision();
    assert_eq!(c.get("k1", None).await.unwrap().count(), 0);
    assert_eq!(c.get("k2", None).await.unwrap().count(), 1);
    assert_eq!(
        c.get(
            "k1",
            Some(etcd_client::GetOptions::new().with_revision(rev - 1))
        )
        .await
        .unwrap()
        .count(),
        1
    );
    assert_eq!(c.leases().await.unwrap().leases().len(), 1);
    // The minimum TTL is etcd's.
    let short = c.lease_grant(1, None).await.unwrap();
    assert_eq!(short.ttl(), 2);
}

#[tokio::test]
async fn lease_errors_are_etcds() {
    let server = Server::kvd();
    let mut c = server.client().await;
    c.lease_grant(60, Some(LeaseGrantOptions::new().with_id(7)))
        .await
        .unwrap();
    assert_eq!(
        status_of(
            c.lease_grant(60, Some(LeaseGrantOptions::new().with_id(7)))
                .await
        ),
        (
            Code::FailedPrecondition,
            "etcdserver: lease already exists".into()
        )
    );
    assert_eq!(
        status_of(c.lease_grant(9_000_000_001, None).await),
        (Code::OutOfRange, "etcdserver: too large lease TTL".into())
    );
    assert_eq!(
        status_of(c.lease_revoke(99).await),
        (
            Code::NotFound,
            "etcdserver: requested lease not found".into()
        )
    );
    assert_eq!(
        status_of(
            c.put("k", "v", Some(PutOptions::new().with_lease(99)))
                .await
        ),
        (
            Code::NotFound,
            "etcdserver: requested lease not found".into()
        )
    );
    // The server answers a keep-alive of an unknown lease with TTL 0, which
    // the client reports as "lease not found".
    match c.lease_keep_alive(99).await {
        Err(etcd_client::Error::LeaseKeepAliveError(m)) => assert_eq!(m, "lease not found"),
        other => panic!("expected lease not found, got {other:?}"),
    }
}

#[tokio::test]
async fn leases_survive_a_restart_with_their_remaining_ttl() {
    let mut server = Server::kvd();
    let mut c = server.client().await;
    let long = c.lease_grant(60, None).await.unwrap();
    let short = c.lease_grant(4, None).await.unwrap();
    c.put("long", "v", Some(PutOptions::new().with_lease(long.id())))
        .await
        .unwrap();
    c.put("short", "v", Some(PutOptions::new().with_lease(short.id())))
        .await
        .unwrap();
    // Let the lessor save its deadlines, then crash.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.kill();
    server.restart(&[]);
    let mut c = server.client().await;
    let ttl = c.lease_time_to_live(long.id(), None).await.unwrap();
    assert_eq!(ttl.granted_ttl(), 60);
    assert!(
        (55..=60).contains(&ttl.ttl()),
        "remaining TTL after restart: {}",
        ttl.ttl()
    );
    let ttl = c.lease_time_to_live(short.id(), None).await.unwrap();
    assert!(
        ttl.ttl() <= 4,
        "the short lease was not renewed by the restart: {}",
        ttl.ttl()
    );
    // The short lease still expires, and takes its key with it.
    let deadline = Instant::now() + Duration::from_secs(8);
    while c.get("short", None).await.unwrap().count() == 1 {
        assert!(
            Instant::now() < deadline,
            "short lease never expired after restart"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(c.get("long", None).await.unwrap().count(), 1);
}

/// Service registration, end to end: `/services/api/1` on a 5 s lease kept
/// alive by `kvd lease keep-alive`, seen by a prefix watcher, gone within
/// the TTL once the keep-alive stops.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_registered_service_disappears_within_its_ttl_after_keep_alive_stops() {
    use etcd_client::{EventType, WatchOptions};
    let server = Server::kvd();
    let mut c = server.client().await;
    let mut watch = c
        .watch("/services/", Some(WatchOptions::new().with_prefix()))
        .await
        .unwrap();
    watch.message().await.unwrap(); // created
    let lease = c.lease_grant(5, None).await.unwrap().id();
    c.put(
        "/services/api/1",
        "10.0.0.1:8080",
        Some(PutOptions::new().with_lease(lease)),
    )
    .await
    .unwrap();
    let mut keeper = std::process::Command::new(env!("CARGO_BIN_EXE_kvd"))
        .args(["lease", "keep-alive", &format!("{lease:x}")])
        .env("KVD_ENDPOINTS", &server.endpoint)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let seen = watch.message().await.unwrap().unwrap();
    assert_eq!(seen.events()[0].event_type(), EventType::Put);
    // Alive past its TTL while kept alive.
    tokio::time::sleep(Duration::from_secs(6)).await;
    assert_eq!(c.get("/services/api/1", None).await.unwrap().count(), 1);
    let _ = keeper.kill();
    let _ = keeper.wait();
    let stopped = Instant::now();
    let gone = tokio::time::timeout(Duration::from_secs(10), watch.message())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(gone.events()[0].event_type(), EventType::Delete);
    // The last renewal was at most a third of the TTL before the stop.
    assert!(
        stopped.elapsed() <= Duration::from_millis(5500),
        "{:?}",
        stopped.elapsed()
    );
    assert_eq!(c.get("/services/api/1", None).await.unwrap().count(), 0);
}
