//! Membership changes and Raft snapshots on loopback clusters: a learner
//! joins (by snapshot, the log having been compacted), is promoted and
//! serves; a member is removed and stops; a member far behind catches up by
//! snapshot. The clusters keep a short log (`--snapshot-count 20`) so that
//! a few hundred writes are enough to need a snapshot.

use crate::common;

use std::time::{Duration, Instant};

use common::{Cluster, Server};
use etcd_client::{Client, GetOptions, MemberAddOptions};

const SHORT_LOG: &[&str] = &["--snapshot-count", "20"];

/// The keyspace hash of every client's member at one revision.
async fn hashes(clients: &mut [Client], rev: i64) -> Vec<u32> {
    let mut out = Vec::new();
    for c in clients.iter_mut() {
        out.push(c.hash_kv(rev).await.expect("hashkv").hash());
    }
    out
}

/// Waits until `client`'s member holds `n` keys under `prefix`, read
/// locally (serializable), as a member catching up does.
async fn wait_for_keys(client: &mut Client, prefix: &str, n: i64, log: impl Fn() -> String) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let opts = GetOptions::new()
            .with_prefix()
            .with_count_only()
            .with_serializable();
        if let Ok(r) = client.get(prefix, Some(opts)).await {
            if r.count() == n {
                return;
            }
        }
        assert!(
            Instant::now() < deadline,
            "the member never held {n} keys; log:\n{}",
            log()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn put_many(client: &mut Client, prefix: &str, n: usize) {
    for i in 0..n {
        client
            .put(format!("{prefix}{i:04}"), "v", None)
            .await
            .expect("put");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_learner_joins_by_snapshot_is_promoted_and_a_member_is_removed() {
    let cluster = Cluster::start_with(3, SHORT_LOG);
    let mut c = cluster.members[0].client().await;
    put_many(&mut c, "/k/", 200).await;
    cluster.wait_until_reconfigurable();

    // Add a learner and start it: the leader's log no longer reaches back
    // to the start, so the learner must be sent a snapshot.
    let peer_port = common::free_port();
    let peer_url = format!("http://127.0.0.1:{peer_port}");
    let added = c
        .member_add(
            [peer_url.as_str()],
            Some(MemberAddOptions::new().with_is_learner()),
        )
        .await
        .expect("member add");
    let learner_id = added.member().expect("member").id();
    assert!(added.member().unwrap().is_learner());
    let initial = format!("{},m3={peer_url}", cluster.initial_cluster());
    let learner = Server::kvd_joining("m3", &initial, peer_port, SHORT_LOG);
    let mut l = learner.client().await;
    wait_for_keys(&mut l, "/k/", 200, || learner.log()).await;
    assert!(
        learner.log().contains("installing a snapshot"),
        "the learner caught up without a snapshot; log:\n{}",
        learner.log()
    );

    // Promote it once it is in sync (etcd's rule), through a follower.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        match c.member_promote(learner_id).await {
            Ok(_) => break,
            Err(e) => {
                assert!(
                    e.to_string().contains("in sync with leader"),
                    "unexpected promote error: {e}"
                );
                assert!(Instant::now() < deadline, "the learner never caught up");
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
    let members = c.member_list().await.unwrap();
    assert_eq!(members.members().len(), 4);
    assert!(members.members().iter().all(|m| !m.is_learner()));

    // The new member serves writes and linearizable reads.
    l.put("/k/from-new", "v", None)
        .await
        .expect("put via new member");
    assert_eq!(c.get("/k/from-new", None).await.unwrap().count(), 1);
    let rev = c
        .get("/k/from-new", None)
        .await
        .unwrap()
        .header()
        .unwrap()
        .revision();
    let mut clients = vec![c.clone(), l.clone()];
    for m in &cluster.members[1..] {
        clients.push(m.client().await);
    }
    let hs = hashes(&mut clients, rev).await;
    assert!(
        hs.windows(2).all(|w| w[0] == w[1]),
        "members diverge: {hs:?}"
    );

    // Remove the leader (the hardest case): it hands leadership on and
    // stops by itself; the rest serve.
    let mut cluster = cluster;
    let leader = c.status().await.unwrap().leader();
    let mut gone = 2;
    for (i, m) in cluster.members.iter().enumerate() {
        let mut mc = m.client().await;
        if mc.status().await.unwrap().header().unwrap().member_id() == leader {
            gone = i;
        }
    }
    let gone_id = {
        let mut g = cluster.members[gone].client().await;
        g.status().await.unwrap().header().unwrap().member_id()
    };
    let mut c = cluster.members[(gone + 1) % 3].client().await;
    c.member_remove(gone_id).await.expect("member remove");
    let exit = cluster.members[gone].wait_exit(Duration::from_secs(15));
    assert!(
        exit.is_some_and(|code| code != 0),
        "the removed member did not stop (exit {exit:?}); log:\n{}",
        cluster.members[gone].log()
    );
    let members = c.member_list().await.unwrap();
    assert_eq!(members.members().len(), 3);
    assert!(members.members().iter().all(|m| m.id() != gone_id));
    // A put that reaches a member while the leadership handover settles
    // may be answered "leader changed", as etcd answers it; clients retry
    // (the put is idempotent).
    let mut tries = 0;
    while let Err(e) = c.put("/k/after-remove", "v", None).await {
        tries += 1;
        assert!(
            tries < 5 && e.to_string().contains("leader changed"),
            "put after remove: {e}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(l.get("/k/after-remove", None).await.unwrap().count(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_far_behind_catches_up_by_snapshot() {
    let mut cluster = Cluster::start_with(3, SHORT_LOG);
    let mut c = cluster.members[0].client().await;
    for m in &cluster.members {
        m.client().await;
    }
    // Stop a member that is neither the one written through nor the
    // leader (a leader's death may fail writes in flight with "leader
    // changed", which is the election tests' business), then write far
    // past what the others keep in their logs.
    let leader = c.status().await.expect("status").leader();
    let mut behind = 2;
    for i in [1, 2] {
        let mut m = cluster.members[i].client().await;
        let id = m
            .status()
            .await
            .expect("status")
            .header()
            .unwrap()
            .member_id();
        if id != leader {
            behind = i;
        }
    }
    cluster.members[behind].kill();
    put_many(&mut c, "/far/", 300).await;
    let lease = c.lease_grant(600, None).await.expect("lease");
    c.put(
        "/far/leased",
        "v",
        Some(etcd_client::PutOptions::new().with_lease(lease.id())),
    )
    .await
    .unwrap();
    cluster.members[behind].restart(SHORT_LOG);
    let member = &cluster.members[behind];
    let mut b = member.client().await;
    wait_for_keys(&mut b, "/far/", 301, || member.log()).await;
    assert!(
        member.log().contains("installing a snapshot"),
        "no snapshot was installed; log:\n{}",
        member.log()
    );
    // It has the leases too, and answers linearizable reads.
    let leases = b.leases().await.expect("leases");
    assert!(leases.leases().iter().any(|l| l.id() == lease.id()));
    let rev = b
        .get("/far/leased", None)
        .await
        .unwrap()
        .header()
        .unwrap()
        .revision();
    let mut clients = vec![c, b];
    clients.push(cluster.members[3 - behind].client().await);
    let hs = hashes(&mut clients, rev).await;
    assert!(
        hs.windows(2).all(|w| w[0] == w[1]),
        "members diverge: {hs:?}"
    );
}

/// Debian's etcdctl, run against `endpoints`: (stdout, stderr, exit code).
fn etcdctl(endpoints: &str, args: &[&str]) -> (String, String, i32) {
    common::run(
        std::process::Command::new(common::debian_tool("etcdctl", "etcd-client"))
            .env("ETCDCTL_API", "3")
            .arg(format!("--endpoints={endpoints}"))
            .args(args),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn etcdctl_manages_and_checks_a_kvd_cluster() {
    let cluster = Cluster::start(3);
    cluster.wait_until_reconfigurable();
    for m in &cluster.members {
        m.client().await;
    }
    let all = cluster.endpoints().join(",");
    let (out, err, code) = etcdctl(&all, &["member", "list"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(out.lines().all(|l| l.contains(", started, m")), "{out}");

    // Per-endpoint calls, with endpoints as host:port, as URLs (etcdctl
    // then sends the URL as the HTTP/2 authority) and from the member list.
    let urls: Vec<String> = cluster
        .endpoints()
        .iter()
        .map(|e| format!("http://{e}"))
        .collect();
    let urls = urls.join(",");
    for (endpoints, extra) in [(&all, None), (&urls, None), (&all, Some("--cluster"))] {
        let mut args = vec!["endpoint", "status"];
        args.extend(extra);
        let (out, err, code) = etcdctl(endpoints, &args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert_eq!(out.lines().count(), 3, "{out}");
        let leaders = out.lines().filter(|l| l.contains(", true, false,")).count();
        assert_eq!(leaders, 1, "exactly one leader: {out}");
        let mut args = vec!["endpoint", "hashkv"];
        args.extend(extra);
        let (out, err, code) = etcdctl(endpoints, &args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert_eq!(out.lines().count(), 3, "{out}");
    }

    let (out, err, code) = etcdctl(
        &cluster.members[1].endpoint,
        &["endpoint", "health", "--cluster"],
    );
    assert_eq!(code, 0, "{err}");
    // etcdctl 3.4 prints health to stderr.
    assert_eq!(err.matches("is healthy").count(), 3, "{out}\n{err}");

    let (out, err, code) = etcdctl(
        &cluster.members[2].endpoint,
        &[
            "member",
            "add",
            "n4",
            "--peer-urls=http://127.0.0.1:1",
            "--learner",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("ETCD_INITIAL_CLUSTER_STATE=\"existing\""),
        "{out}"
    );
    let id = out
        .split_whitespace()
        .nth(1)
        .expect("Member <id> added")
        .to_string();
    let (out, _, _) = etcdctl(&all, &["member", "list"]);
    assert!(
        out.contains(&format!("{id}, unstarted, , http://127.0.0.1:1, , true")),
        "{out}"
    );
    let (out, err, code) = etcdctl(&cluster.members[0].endpoint, &["member", "remove", &id]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&format!("{id} removed from cluster")), "{out}");
    let (out, _, _) = etcdctl(&all, &["member", "list"]);
    assert_eq!(out.lines().count(), 3, "{out}");
}
