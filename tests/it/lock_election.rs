//! Locks and elections: mutual exclusion under contention, crash of a
//! holder, a command stopped when its session is lost, interoperation with
//! an independent client (the `etcd-client` crate's Lock and Election
//! services and its own recipe), and election campaign, observe, proclaim,
//! resign and failover.

use crate::common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{kvd_bin, Reaped, Server};
use etcd_client::{GetOptions, LeaderKey, LockOptions, ProclaimOptions, ResignOptions};

fn kvd(server: &Server, args: &[&str]) -> Command {
    let mut c = Command::new(kvd_bin());
    c.args(args).env("KVD_ENDPOINTS", &server.endpoint);
    c
}

async fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn contenders_never_overlap_and_get_the_lock_in_request_order() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log");
    let script = format!(
        "echo \"start $ID $(date +%s%N)\" >> {0}; sleep 0.3; echo \"end $ID $(date +%s%N)\" >> {0}",
        log.display()
    );
    let mut children = Vec::new();
    for id in 0..5 {
        let child = kvd(&server, &["lock", "/contended", "--", "sh", "-c", &script])
            .env("ID", id.to_string())
            .spawn()
            .unwrap();
        children.push(Reaped(child));
        // Let each join the queue before the next.
        let want = id + 1;
        let mut queued = 0;
        let deadline = Instant::now() + Duration::from_secs(10);
        while queued < want.min(5) && Instant::now() < deadline {
            let r = c
                .get(
                    "/contended/",
                    Some(GetOptions::new().with_prefix().with_count_only()),
                )
                .await
                .unwrap();
            queued = r.count() as usize
                + std::fs::read_to_string(&log)
                    .unwrap_or_default()
                    .matches("end")
                    .count();
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    for child in children.iter_mut() {
        assert!(child.0.wait().unwrap().success());
    }
    let text = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<(&str, &str, u128)> = text
        .lines()
        .map(|l| {
            let p: Vec<&str> = l.split(' ').collect();
            (p[0], p[1], p[2].parse().unwrap())
        })
        .collect();
    assert_eq!(lines.len(), 10, "{text}");
    // Critical sections alternate start/end of the same holder, in order.
    for (i, pair) in lines.chunks(2).enumerate() {
        assert_eq!((pair[0].0, pair[1].0), ("start", "end"), "{text}");
        assert_eq!(pair[0].1, pair[1].1, "{text}");
        assert_eq!(
            pair[0].1,
            i.to_string(),
            "lock order follows request order: {text}"
        );
        assert!(pair[0].2 <= pair[1].2);
    }
    for w in lines.windows(2) {
        assert!(w[0].2 <= w[1].2, "sections overlap: {text}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_holder_passes_the_lock_on_after_its_ttl() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let mut holder = Reaped(
        kvd(&server, &["lock", "/crash", "--ttl", "2"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    wait_until_held(&mut c, "/crash/", 1).await;
    let waiter_out = tempfile::NamedTempFile::new().unwrap();
    let _waiter = Reaped(
        kvd(
            &server,
            &[
                "lock",
                "/crash",
                "--",
                "sh",
                "-c",
                &format!("date +%s%N > {}", waiter_out.path().display()),
            ],
        )
        .spawn()
        .unwrap(),
    );
    wait_until_held(&mut c, "/crash/", 2).await;
    // SAFETY: killing our own child.
    unsafe { libc::kill(holder.0.id() as i32, libc::SIGKILL) };
    let killed = Instant::now();
    let _ = holder.0.wait();
    wait_until("the waiter to get the lock", || {
        std::fs::read_to_string(waiter_out.path())
            .map(|s| !s.is_empty())
            .unwrap_or(false)
    })
    .await;
    let waited = killed.elapsed();
    assert!(
        waited >= Duration::from_millis(1000),
        "lock passed on before the TTL: {waited:?}"
    );
    assert!(
        waited < Duration::from_secs(8),
        "lock passed on too late: {waited:?}"
    );
}

async fn wait_until_held(c: &mut etcd_client::Client, prefix: &str, n: i64) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let r = c
            .get(
                prefix,
                Some(GetOptions::new().with_prefix().with_count_only()),
            )
            .await
            .unwrap();
        if r.count() >= n {
            return;
        }
        assert!(Instant::now() < deadline, "{prefix} never had {n} waiters");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_command_whose_session_expires_is_stopped() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let started = Instant::now();
    let mut holder = Reaped(
        kvd(&server, &["lock", "/lost", "--", "sleep", "60"])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    wait_until_held(&mut c, "/lost/", 1).await;
    // Another client revokes the holder's lease: the session is lost.
    let r = c
        .get("/lost/", Some(GetOptions::new().with_prefix()))
        .await
        .unwrap();
    c.lease_revoke(r.kvs()[0].lease()).await.unwrap();
    let status = holder.0.wait().unwrap();
    assert!(!status.success());
    let mut err = String::new();
    std::io::Read::read_to_string(holder.0.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert!(
        err.contains("lost (session expired); stopped sleep"),
        "{err}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "the command was not stopped"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kvd_lock_and_the_lock_service_exclude_each_other() {
    let server = Server::kvd();
    let mut c = server.client().await;
    // kvd lock holds the name...
    let _holder = Reaped(
        kvd(&server, &["lock", "/shared", "--", "sleep", "2"])
            .spawn()
            .unwrap(),
    );
    wait_until_held(&mut c, "/shared/", 1).await;
    let lease = c.lease_grant(30, None).await.unwrap().id();
    let start = Instant::now();
    // ...so the Lock service (etcd-client's lock API) waits for it.
    let held = c
        .lock("/shared", Some(LockOptions::new().with_lease(lease)))
        .await
        .unwrap();
    assert!(
        start.elapsed() >= Duration::from_millis(1000),
        "took the lock while kvd held it"
    );
    assert!(held.key().starts_with(b"/shared/"));
    // And now kvd lock must wait for the service's holder.
    let out = tempfile::NamedTempFile::new().unwrap();
    let _second = Reaped(
        kvd(
            &server,
            &[
                "lock",
                "/shared",
                "--",
                "sh",
                "-c",
                &format!("echo in > {}", out.path().display()),
            ],
        )
        .spawn()
        .unwrap(),
    );
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(
        std::fs::read_to_string(out.path()).unwrap(),
        "",
        "kvd lock ignored the holder"
    );
    c.unlock(held.key()).await.unwrap();
    wait_until("kvd lock to get the lock", || {
        std::fs::read_to_string(out.path()).unwrap_or_default() == "in\n"
    })
    .await;
}

#[tokio::test]
async fn election_campaign_observe_proclaim_resign() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let mut observer = c.observe("/election").await.unwrap();
    let lease = c.lease_grant(30, None).await.unwrap().id();
    let won = c.campaign("/election", "first", lease).await.unwrap();
    let leader: LeaderKey = won.leader().unwrap().clone();
    assert!(leader.key().starts_with(b"/election/"));
    let seen = observer.message().await.unwrap().unwrap();
    assert_eq!(seen.kv().unwrap().value(), b"first");
    c.proclaim(
        "second",
        Some(ProclaimOptions::new().with_leader(leader.clone())),
    )
    .await
    .unwrap();
    let seen = observer.message().await.unwrap().unwrap();
    assert_eq!(seen.kv().unwrap().value(), b"second");
    let now = c.leader("/election").await.unwrap();
    assert_eq!(now.kv().unwrap().value(), b"second");
    // A second candidate waits until the first resigns.
    let lease2 = c.lease_grant(30, None).await.unwrap().id();
    let mut c2 = server.client().await;
    let second = tokio::spawn(async move { c2.campaign("/election", "other", lease2).await });
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(!second.is_finished());
    c.resign(Some(ResignOptions::new().with_leader(leader.clone())))
        .await
        .unwrap();
    let won2 = second.await.unwrap().unwrap();
    assert_ne!(won2.leader().unwrap().key(), leader.key());
    let seen = observer.message().await.unwrap().unwrap();
    assert_eq!(seen.kv().unwrap().value(), b"other");
    // The resigned leader can no longer proclaim.
    let err = c
        .proclaim("late", Some(ProclaimOptions::new().with_leader(leader)))
        .await;
    match err {
        Err(etcd_client::Error::GRpcStatus(s)) => assert_eq!(s.message(), "election: not leader"),
        other => panic!("expected not leader, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn leadership_fails_over_when_the_leader_process_dies() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let mut first = Reaped(
        kvd(&server, &["elect", "/leader", "one", "--ttl", "2"])
            .stdout(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_until_held(&mut c, "/leader/", 1).await;
    let out = tempfile::NamedTempFile::new().unwrap();
    let script = format!("echo leading > {}; sleep 30", out.path().display());
    let _second = Reaped(
        kvd(
            &server,
            &["elect", "/leader", "two", "--", "sh", "-c", &script],
        )
        .stdout(Stdio::null())
        .spawn()
        .unwrap(),
    );
    wait_until_held(&mut c, "/leader/", 2).await;
    assert_eq!(
        c.leader("/leader").await.unwrap().kv().unwrap().value(),
        b"one"
    );
    assert_eq!(
        std::fs::read_to_string(out.path()).unwrap(),
        "",
        "ran without leading"
    );
    // SAFETY: killing our own child.
    unsafe { libc::kill(first.0.id() as i32, libc::SIGKILL) };
    let _ = first.0.wait();
    wait_until("the second candidate to lead", || {
        std::fs::read_to_string(out.path()).unwrap_or_default() == "leading\n"
    })
    .await;
    assert_eq!(
        c.leader("/leader").await.unwrap().kv().unwrap().value(),
        b"two"
    );
}

/// The lock recipe written independently with the `etcd-client` crate's KV
/// and watch calls (as a Go or Rust program using etcd would): join the
/// queue under a lease, then wait until no older waiter remains.
async fn independent_lock(c: &mut etcd_client::Client, name: &str, lease: i64) -> String {
    use etcd_client::{Compare, CompareOp, SortOrder, SortTarget, Txn, TxnOp, WatchOptions};
    let key = format!("{name}/{lease:x}");
    let txn = Txn::new()
        .when([Compare::create_revision(key.as_str(), CompareOp::Equal, 0)])
        .and_then([TxnOp::put(
            key.as_str(),
            "",
            Some(etcd_client::PutOptions::new().with_lease(lease)),
        )]);
    let my_rev = c.txn(txn).await.unwrap().header().unwrap().revision();
    loop {
        let older = c
            .get(
                format!("{name}/"),
                Some(
                    GetOptions::new()
                        .with_prefix()
                        .with_max_create_revision(my_rev - 1)
                        .with_sort(SortTarget::Create, SortOrder::Descend)
                        .with_limit(1),
                ),
            )
            .await
            .unwrap();
        let Some(kv) = older.kvs().first() else {
            return key;
        };
        let at = older.header().unwrap().revision();
        let mut w = c
            .watch(
                kv.key(),
                Some(WatchOptions::new().with_start_revision(at + 1)),
            )
            .await
            .unwrap();
        loop {
            let resp = w.message().await.unwrap().unwrap();
            if resp
                .events()
                .iter()
                .any(|e| e.event_type() == etcd_client::EventType::Delete)
            {
                break;
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_independent_recipe_and_kvd_lock_exclude_each_other() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let lease = c.lease_grant(30, None).await.unwrap().id();
    let key = independent_lock(&mut c, "/indep", lease).await;
    let out = tempfile::NamedTempFile::new().unwrap();
    let _kvd_lock = Reaped(
        kvd(
            &server,
            &[
                "lock",
                "/indep",
                "--",
                "sh",
                "-c",
                &format!("echo in > {}", out.path().display()),
            ],
        )
        .spawn()
        .unwrap(),
    );
    wait_until_held(&mut c, "/indep/", 2).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        std::fs::read_to_string(out.path()).unwrap(),
        "",
        "kvd lock ignored the holder"
    );
    c.delete(key, None).await.unwrap();
    wait_until("kvd lock to get the lock", || {
        std::fs::read_to_string(out.path()).unwrap_or_default() == "in\n"
    })
    .await;
    // And the other way round: kvd holds, the independent recipe waits.
    let _holder = Reaped(
        kvd(&server, &["lock", "/indep2", "--", "sleep", "1"])
            .spawn()
            .unwrap(),
    );
    wait_until_held(&mut c, "/indep2/", 1).await;
    let start = Instant::now();
    let lease2 = c.lease_grant(30, None).await.unwrap().id();
    independent_lock(&mut c, "/indep2", lease2).await;
    assert!(
        start.elapsed() >= Duration::from_millis(500),
        "took the lock while kvd held it"
    );
}
