//! Multi-member clusters on loopback: every member serves every request,
//! members agree, and the cluster survives the loss of its leader.

use crate::common;

use std::time::{Duration, Instant};

use common::Cluster;
use etcd_client::Client;

async fn leader_index(c: &Cluster) -> usize {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        for (i, m) in c.members.iter().enumerate() {
            if let Ok(mut cl) = Client::connect([m.endpoint.as_str()], None).await {
                if let Ok(s) = cl.status().await {
                    if s.leader() != 0
                        && s.leader() == s.header().map(|h| h.member_id()).unwrap_or(0)
                    {
                        return i;
                    }
                }
            }
        }
        assert!(Instant::now() < deadline, "no leader");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writes_through_any_member_are_read_linearizably_from_every_member() {
    let cluster = Cluster::start(3);
    let mut clients = Vec::new();
    for m in &cluster.members {
        clients.push(m.client().await);
    }
    for round in 0..3 {
        for writer in 0..3 {
            let key = format!("k{round}-{writer}");
            clients[writer].put(key.as_str(), "v", None).await.unwrap();
            // Linearizable reads on every other member see it at once.
            for (reader, client) in clients.iter_mut().enumerate() {
                let r = client.get(key.as_str(), None).await.unwrap();
                assert_eq!(
                    r.count(),
                    1,
                    "member {reader} missed a write made on {writer}"
                );
            }
        }
    }
    let members = clients[0].member_list().await.unwrap();
    assert_eq!(members.members().len(), 3);
    let mut hashes = Vec::new();
    for c in clients.iter_mut() {
        let rev = c
            .get("k0-0", None)
            .await
            .unwrap()
            .header()
            .unwrap()
            .revision();
        hashes.push(c.hash_kv(rev).await.unwrap().hash());
    }
    assert!(
        hashes.windows(2).all(|w| w[0] == w[1]),
        "members diverge: {hashes:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killing_the_leader_elects_another_and_loses_no_acknowledged_write() {
    let mut cluster = Cluster::start(3);
    for m in &cluster.members {
        m.client().await;
    }
    let old = leader_index(&cluster).await;
    let survivor = (old + 1) % 3;
    let mut c = cluster.members[survivor].client().await;
    let mut acked = Vec::new();
    for i in 0..20 {
        c.put(format!("before{i}"), "v", None).await.unwrap();
        acked.push(format!("before{i}"));
    }
    cluster.members[old].kill();
    let killed = Instant::now();
    let new = loop {
        let i = leader_index(&cluster).await;
        if i != old {
            break i;
        }
    };
    let elected_in = killed.elapsed();
    assert!(
        elected_in < Duration::from_secs(10),
        "election took {elected_in:?}"
    );
    assert_ne!(new, old);
    for i in 0..20 {
        c.put(format!("after{i}"), "v", None).await.unwrap();
        acked.push(format!("after{i}"));
    }
    // The old leader comes back and catches up.
    cluster.members[old].restart(&[]);
    let mut back = cluster.members[old].client().await;
    for key in &acked {
        assert_eq!(
            back.get(key.as_str(), None).await.unwrap().count(),
            1,
            "{key} lost"
        );
        assert_eq!(
            c.get(key.as_str(), None).await.unwrap().count(),
            1,
            "{key} lost"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn leases_and_watches_work_through_followers() {
    let cluster = Cluster::start(3);
    for m in &cluster.members {
        m.client().await;
    }
    let leader = leader_index(&cluster).await;
    let follower = (leader + 1) % 3;
    let other = (leader + 2) % 3;
    let mut f = cluster.members[follower].client().await;
    let mut o = cluster.members[other].client().await;
    let mut watch = o
        .watch(
            "/svc/",
            Some(etcd_client::WatchOptions::new().with_prefix()),
        )
        .await
        .unwrap();
    watch.message().await.unwrap(); // created
    let lease = f.lease_grant(2, None).await.unwrap().id();
    f.put(
        "/svc/a",
        "x",
        Some(etcd_client::PutOptions::new().with_lease(lease)),
    )
    .await
    .unwrap();
    let (mut keeper, mut stream) = f.lease_keep_alive(lease).await.unwrap();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(4) {
        keeper.keep_alive().await.unwrap();
        assert_eq!(stream.message().await.unwrap().unwrap().ttl(), 2);
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let ttl = f.lease_time_to_live(lease, None).await.unwrap();
    assert!(ttl.ttl() >= 1, "{}", ttl.ttl());
    drop(keeper);
    // The watcher on the third member sees the put, then the expiry.
    let put = watch.message().await.unwrap().unwrap();
    assert_eq!(put.events()[0].event_type(), etcd_client::EventType::Put);
    let gone = tokio::time::timeout(Duration::from_secs(10), watch.message())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(
        gone.events()[0].event_type(),
        etcd_client::EventType::Delete
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn leadership_moves_where_asked() {
    let cluster = Cluster::start(3);
    for m in &cluster.members {
        m.client().await;
    }
    let leader = leader_index(&cluster).await;
    let target = (leader + 1) % 3;
    let mut t = cluster.members[target].client().await;
    let target_id = t.status().await.unwrap().header().unwrap().member_id();
    let endpoints = cluster.endpoints().join(",");
    let out = std::process::Command::new(common::kvd_bin())
        .args([
            "move-leader",
            &format!("{target_id:x}"),
            "--endpoints",
            &endpoints,
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.starts_with("Leadership transferred from "), "{text}");
    assert!(text.ends_with(&format!(" to {target_id:x}\n")), "{text}");
    assert_eq!(leader_index(&cluster).await, target);
    // --cluster finds every member from one endpoint, the new leader among them.
    let out = std::process::Command::new(common::kvd_bin())
        .args([
            "endpoint",
            "status",
            "--cluster",
            "--endpoints",
            &cluster.members[0].endpoint,
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), 3, "{text}");
    let leading: Vec<&str> = text
        .lines()
        .filter(|l| l.contains(", true, false,"))
        .collect();
    assert_eq!(leading.len(), 1, "{text}");
    assert!(leading[0].contains(&format!("{target_id:x}")), "{text}");
    // Asking a follower is refused with etcd's error.
    let follower = (target + 1) % 3;
    let mut f = cluster.members[follower].client().await;
    match f.move_leader(target_id).await {
        Err(etcd_client::Error::GRpcStatus(s)) => assert_eq!(s.message(), "etcdserver: not leader"),
        other => panic!("expected not leader, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cluster_up_starts_a_working_cluster_that_survives_a_member_and_stops_on_a_signal() {
    let dir = tempfile::tempdir().unwrap();
    let (mut up, base) = cluster_up(3, dir.path());
    let endpoints: Vec<String> = (0..3)
        .map(|i| format!("127.0.0.1:{}", base + 2 * i))
        .collect();
    // Wait until every member answers and one leads.
    let deadline = Instant::now() + Duration::from_secs(30);
    for ep in &endpoints {
        loop {
            if let Ok(mut one) = Client::connect([ep.as_str()], None).await {
                if one.status().await.map(|s| s.leader() != 0).unwrap_or(false) {
                    break;
                }
            }
            assert!(
                Instant::now() < deadline,
                "the cluster never came up: {}",
                std::fs::read_to_string(dir.path().join("n1.log")).unwrap_or_default()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    let mut c = Client::connect(endpoints.clone(), None).await.unwrap();
    c.put("up", "yes", None).await.unwrap();
    assert_eq!(c.member_list().await.unwrap().members().len(), 3);
    // Lose any one member (here the last): the other two still serve.
    let pids = std::process::Command::new("pgrep")
        .args(["-f", &format!("listen-client-urls http://{}", endpoints[2])])
        .output()
        .unwrap();
    let pid: i32 = String::from_utf8_lossy(&pids.stdout)
        .lines()
        .next()
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    // SAFETY: signalling a member process this test started.
    unsafe { libc::kill(pid, libc::SIGKILL) };
    let mut survivor = Client::connect([endpoints[0].as_str()], None)
        .await
        .unwrap();
    // If the lost member led, a request in flight may fail with "leader
    // changed" while the others elect a new leader; a client retries.
    let deadline = Instant::now() + Duration::from_secs(15);
    while let Err(e) = survivor.put("after", "loss", None).await {
        assert!(Instant::now() < deadline, "the survivors never served: {e}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(survivor.get("up", None).await.unwrap().count(), 1);
    // SIGTERM stops the rest, and `cluster up` with them.
    unsafe { libc::kill(up.0.id() as i32, libc::SIGTERM) };
    let status = up.0.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let mut out = String::new();
    std::io::Read::read_to_string(up.0.stdout.as_mut().unwrap(), &mut out).unwrap();
    assert!(
        out.contains(&format!("endpoints: http://{}", endpoints[0])),
        "{out}"
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        std::net::TcpStream::connect(&endpoints[0]).is_err(),
        "a member outlived cluster up"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_partitioned_minority_refuses_linearizable_reads_and_catches_up_without_disruption() {
    let (cluster, proxies) = Cluster::start_behind_proxies(3).await;
    for m in &cluster.members {
        m.client().await;
    }
    let leader = leader_index(&cluster).await;
    let cut = (leader + 1) % 3;
    let other = (leader + 2) % 3;
    let mut l = cluster.members[leader].client().await;
    let term_before = l.status().await.unwrap().raft_term();
    l.put("before", "1", None).await.unwrap();
    let mut c = cluster.members[cut].client().await;
    proxies[cut].block();
    // The majority keeps serving.
    let mut o = cluster.members[other].client().await;
    for i in 0..10 {
        o.put(format!("during{i}"), "x", None).await.unwrap();
    }
    // The cut member cannot confirm it is up to date: no linearizable read.
    let read = tokio::time::timeout(Duration::from_secs(15), c.get("during9", None)).await;
    if let Ok(Ok(r)) = read {
        panic!("a cut-off member served a linearizable read: {r:?}");
    }
    // A serializable read is local and stale, as etcd's.
    let stale = c
        .get(
            "during9",
            Some(etcd_client::GetOptions::new().with_serializable()),
        )
        .await
        .unwrap();
    assert_eq!(stale.count(), 0);
    proxies[cut].heal();
    // It catches up, and nothing was disrupted: same leader, same term.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(r) = c.get("during9", None).await {
            if r.count() == 1 {
                break;
            }
        }
        assert!(
            Instant::now() < deadline,
            "the healed member never caught up"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(leader_index(&cluster).await, leader);
    assert_eq!(l.status().await.unwrap().raft_term(), term_before);
    let rev = l
        .get("during9", None)
        .await
        .unwrap()
        .header()
        .unwrap()
        .revision();
    let mut hashes = Vec::new();
    for m in &cluster.members {
        let mut cl = m.client().await;
        hashes.push(cl.hash_kv(rev).await.unwrap().hash());
    }
    assert!(
        hashes.windows(2).all(|w| w[0] == w[1]),
        "members diverge: {hashes:?}"
    );
}

/// A member that has just installed a snapshot and applied nothing since
/// must survive its own election timeout. Raft was not told the state
/// machine had reached the snapshot, so campaigning looked for entries
/// before it, gone with the reset log, and panicked (found by tests/chaos).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_that_just_installed_a_snapshot_can_campaign() {
    let (mut cluster, proxies) =
        Cluster::start_behind_proxies_with(3, &["--snapshot-count", "10"]).await;
    for m in &cluster.members {
        m.client().await;
    }
    let leader = leader_index(&cluster).await;
    let cut = (leader + 1) % 3;
    proxies[cut].block();
    let mut l = cluster.members[leader].client().await;
    for i in 0..200 {
        l.put(format!("k{i}"), "v", None).await.unwrap();
    }
    // Healed, it is far behind a trimmed log: the leader sends a snapshot.
    proxies[cut].heal();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !cluster.members[cut].log().contains("installing a snapshot") {
        assert!(Instant::now() < deadline, "no snapshot was sent");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    // Nothing more is written; cut off again, it times out and campaigns.
    proxies[cut].block();
    tokio::time::sleep(Duration::from_secs(5)).await;
    let m = &mut cluster.members[cut];
    assert_eq!(m.wait_exit(Duration::from_millis(100)), None, "{}", m.log());
    assert!(m.log().contains("became pre-candidate"), "{}", m.log());
    proxies[cut].heal();
    let mut c = cluster.members[cut].client().await;
    let r = c.get("k199", None).await.unwrap();
    assert_eq!(r.count(), 1);
}

/// Runs `kvd cluster up` with `size` members in `dir` on free ports;
/// returns it (stdout piped) and its base port.
fn cluster_up(size: u16, dir: &std::path::Path) -> (common::Reaped, u16) {
    let base = common::free_port_run(2 * size);
    let child = std::process::Command::new(common::kvd_bin())
        .args([
            "cluster",
            "up",
            "--size",
            &size.to_string(),
            "--base-port",
            &base.to_string(),
        ])
        .arg("--dir")
        .arg(dir)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    (common::Reaped(child), base)
}

#[tokio::test]
async fn cluster_up_members_die_with_it_even_when_it_is_killed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut up, base) = cluster_up(1, dir.path());
    let endpoint = format!("127.0.0.1:{base}");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(&endpoint).is_err() {
        assert!(Instant::now() < deadline, "the member never listened");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // SAFETY: killing our own child.
    unsafe { libc::kill(up.0.id() as i32, libc::SIGKILL) };
    let _ = up.0.wait();
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(&endpoint).is_ok() {
        assert!(
            Instant::now() < deadline,
            "a member outlived a killed cluster up"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_client_balances_across_members_and_fails_over_when_one_dies() {
    use kvd::proto::etcdserverpb::{PutRequest, RangeRequest};
    let mut cluster = Cluster::start(3);
    for m in &cluster.members {
        m.client().await;
    }
    let endpoints = cluster.endpoints();
    let client =
        kvd::client::Client::connect(&endpoints, Duration::from_secs(2), Duration::from_secs(10))
            .await
            .expect("connect");
    let read = || {
        let (mut kv, r) = (
            client.kv(),
            client.request(RangeRequest {
                key: b"k".to_vec().into(),
                serializable: true,
                ..Default::default()
            }),
        );
        async move { kv.range(r).await }
    };
    let mut served_by = std::collections::HashSet::new();
    for _ in 0..60 {
        let r = client.call_read(read).await.expect("read");
        served_by.insert(r.header.expect("header").member_id);
    }
    assert!(
        served_by.len() > 1,
        "every request went to one member: {served_by:?}"
    );

    // A follower dies (a leader's death is the election tests' business:
    // writes in flight then may fail with "leader changed", as with etcd).
    let leader = leader_index(&cluster).await;
    cluster.members[(leader + 1) % 3].kill();
    for i in 0..30 {
        client
            .call_read(read)
            .await
            .unwrap_or_else(|e| panic!("read {i} after a member died: {e}"));
    }
    let put = PutRequest {
        key: b"k".to_vec().into(),
        value: b"v".to_vec().into(),
        ..Default::default()
    };
    for i in 0..10 {
        client
            .call_write(|| {
                let (mut kv, r) = (client.kv(), client.request(put.clone()));
                async move { kv.put(r).await }
            })
            .await
            .unwrap_or_else(|e| panic!("write {i} after a member died: {e}"));
    }
}

#[tokio::test]
async fn force_new_cluster_recovers_a_lost_majority_keeping_the_data() {
    let mut cluster = common::Cluster::start(3);
    let mut c = cluster.members[0].client().await;
    for i in 0..50 {
        c.put(format!("/k/{i:02}"), format!("v{i}"), None)
            .await
            .unwrap();
    }
    let before = c
        .get("/k/", Some(etcd_client::GetOptions::new().with_prefix()))
        .await
        .unwrap()
        .count();
    // Two of three members are lost for good.
    cluster.members[1].kill();
    cluster.members[2].kill();
    cluster.members[0].restart(&["--name", "m0", "--force-new-cluster"]);
    let survivor = &cluster.members[0];
    let mut c = survivor.client().await;
    let got = c
        .get("/k/", Some(etcd_client::GetOptions::new().with_prefix()))
        .await
        .unwrap();
    assert_eq!(got.count(), before, "the data is kept");
    c.put("/after", "recovery", None).await.unwrap();
    let members = c.member_list().await.unwrap();
    assert_eq!(members.members().len(), 1, "{:?}", members.members());
    assert!(survivor
        .log()
        .contains("--force-new-cluster: this member becomes the only one"));
    // Restarting with the flag still set changes nothing more.
    cluster.members[0].restart(&["--name", "m0", "--force-new-cluster"]);
    let mut c = cluster.members[0].client().await;
    assert_eq!(c.get("/after", None).await.unwrap().count(), 1);
    // The cluster grows again the usual way.
    let peer_port = common::free_port();
    let peer_url = format!("http://127.0.0.1:{peer_port}");
    c.member_add([peer_url.as_str()], None).await.unwrap();
    let initial = format!("m0={},m3={peer_url}", cluster.members[0].peer_url());
    let joined = common::Server::kvd_joining("m3", &initial, peer_port, &[]);
    let mut j = etcd_client::Client::connect([joined.endpoint.as_str()], None)
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        if let Ok(r) = j.get("/after", None).await {
            if r.count() == 1 {
                break;
            }
        }
        assert!(std::time::Instant::now() < deadline, "{}", joined.log());
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    j.put("/grown", "yes", None).await.unwrap();
}

#[tokio::test]
async fn a_member_whose_hash_differs_from_the_majority_is_raised_corrupt() {
    let check = ["--experimental-corrupt-check-time", "1s"];
    let mut cluster = common::Cluster::start_with(3, &check);
    let mut c = cluster.members[0].client().await;
    c.put("k", "v", None).await.unwrap();
    // m2's data "goes bad": the hash it gives its peers is off.
    let flags = ["--name", "m2", "--experimental-corrupt-check-time", "1s"];
    cluster.members[2].restart_with_env(&flags, &[("KVD_PLANTED_BUG", "wrong-hash")]);
    let mut bad = cluster.members[2].client().await;
    let bad_id = bad.status().await.unwrap().header().unwrap().member_id();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let alarms = c
            .alarm(
                etcd_client::AlarmAction::Get,
                etcd_client::AlarmType::None,
                None,
            )
            .await
            .unwrap();
        let corrupt: Vec<u64> = alarms
            .alarms()
            .iter()
            .filter(|a| a.alarm() == etcd_client::AlarmType::Corrupt)
            .map(|a| a.member_id())
            .collect();
        if !corrupt.is_empty() {
            assert_eq!(corrupt, [bad_id], "only the member off the majority");
            break;
        }
        assert!(Instant::now() < deadline, "CORRUPT never raised");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // As etcd: writes are refused while CORRUPT stands, reads are served,
    // and disarming lets writes through again (the bad member stopped
    // first, or the next check would raise it again).
    let refused = c.put("k", "w", None).await.unwrap_err();
    assert!(
        refused.to_string().contains("etcdserver: corrupt cluster"),
        "{refused}"
    );
    assert_eq!(c.get("k", None).await.unwrap().kvs()[0].value(), b"v");
    cluster.members[2].kill();
    // m2 may have led: the disarm and the write go through once a leader
    // is elected again.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let mut corrupt = etcd_client::AlarmOptions::new();
        corrupt.with_member(bad_id);
        let disarm = c
            .alarm(
                etcd_client::AlarmAction::Deactivate,
                etcd_client::AlarmType::Corrupt,
                Some(corrupt),
            )
            .await;
        match disarm {
            Ok(_) => break,
            Err(e) => assert!(Instant::now() < deadline, "{e}"),
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    while let Err(e) = c.put("k", "w", None).await {
        assert!(!e.to_string().contains("corrupt"), "{e}");
        assert!(Instant::now() < deadline, "{e}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn a_member_whose_hash_differs_from_a_peers_refuses_to_start_with_the_initial_check() {
    let mut cluster = common::Cluster::start_with(3, &[]);
    let mut c = cluster.members[0].client().await;
    for i in 0..10 {
        c.put(format!("k{i}"), "v", None).await.unwrap();
    }
    let initial = cluster.initial_cluster();
    // m2's data "goes bad": the hash it gives its peers is off.
    cluster.members[2].restart_with_env(&["--name", "m2"], &[("KVD_PLANTED_BUG", "wrong-hash")]);
    cluster.members[2].client().await;
    // m1, started again with the check, finds it and refuses to serve.
    cluster.members[1].kill();
    let m1 = &cluster.members[1];
    let client_url = format!("http://{}", m1.endpoint);
    let mut start = std::process::Command::new(common::kvd_bin());
    start
        .arg("serve")
        .args(["--name", "m1", "--initial-cluster", &initial])
        .arg("--data-dir")
        .arg(&m1.data_dir)
        .args(["--listen-client-urls", &client_url])
        .args(["--advertise-client-urls", &client_url])
        .args(["--listen-peer-urls", &m1.peer_url()])
        .args(["--initial-advertise-peer-urls", &m1.peer_url()])
        .arg("--experimental-initial-corrupt-check")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    let mut child = start.spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("kvd kept running despite a peer with another hash");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(!status.success());
    assert!(
        stderr.contains("found data inconsistency with peers"),
        "{stderr}"
    );
    assert!(
        std::net::TcpStream::connect(&m1.endpoint).is_err(),
        "no client was served"
    );
    // With m2 well again, the same start passes the check and serves.
    cluster.members[2].restart(&["--name", "m2"]);
    cluster.members[1].restart(&["--name", "m1", "--experimental-initial-corrupt-check"]);
    let mut m1 = cluster.members[1].client().await;
    let got = m1.get("k9", None).await.unwrap();
    assert_eq!(got.kvs()[0].value(), b"v");
    assert!(
        cluster.members[1]
            .log()
            .contains("initial corruption check passed"),
        "{}",
        cluster.members[1].log()
    );
}
