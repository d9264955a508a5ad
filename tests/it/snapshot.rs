//! Backups: `kvd snapshot save` (and Debian's `etcdctl snapshot save`)
//! while writes go on, `snapshot status`, and `snapshot restore` into a
//! new member, and into a new 3-member cluster, that serve exactly the
//! keys at the snapshot's revision; damaged files refused.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{debian_tool, free_port, kvd_bin, run, Reaped, Server};
use etcd_client::GetOptions;

fn kvd(endpoint: &str, args: &[&str]) -> (String, String, i32) {
    run(Command::new(kvd_bin())
        .args(["--endpoints", endpoint])
        .args(args))
}

/// Every key and value under `/` at `revision` (0: now).
async fn keyspace(c: &mut etcd_client::Client, revision: i64) -> Vec<(Vec<u8>, Vec<u8>)> {
    let opts = GetOptions::new().with_prefix().with_revision(revision);
    c.get("/", Some(opts))
        .await
        .unwrap()
        .kvs()
        .iter()
        .map(|kv| (kv.key().to_vec(), kv.value().to_vec()))
        .collect()
}

/// The revision a backup holds, from `snapshot status -w json`.
fn revision_of(file: &Path) -> i64 {
    let (out, err, code) = run(Command::new(kvd_bin())
        .args(["snapshot", "status", "-w", "json"])
        .arg(file));
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["revision"].as_i64().unwrap()
}

#[tokio::test]
async fn a_backup_taken_under_writes_restores_the_keys_at_its_revision() {
    let server = Server::kvd();
    let mut c = server.client().await;
    for i in 0..200 {
        c.put(format!("/k/{i:04}"), format!("v{i}"), None)
            .await
            .unwrap();
    }
    // Writes go on while the backups are taken.
    let writer = {
        let mut c = c.clone();
        tokio::spawn(async move {
            for i in 0.. {
                if c.put(format!("/w/{i:06}"), "x", None).await.is_err() {
                    return;
                }
            }
        })
    };
    let tmp = tempfile::tempdir().unwrap();
    let ours = tmp.path().join("kvd.db");
    let (out, err, code) = kvd(
        &server.endpoint,
        &["snapshot", "save", ours.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("Snapshot saved at {}\n", ours.display()));
    assert!(!tmp.path().join("kvd.db.part").exists());
    // Debian's etcdctl saves the same stream.
    let theirs = tmp.path().join("etcdctl.db");
    let (out, err, code) = run(Command::new(debian_tool("etcdctl", "etcd-client"))
        .env("ETCDCTL_API", "3")
        .args(["--endpoints", &server.endpoint, "snapshot", "save"])
        .arg(&theirs));
    assert_eq!(code, 0, "{out}{err}");
    writer.abort();
    let revision = revision_of(&theirs);
    assert!(revision > 200, "{revision}");
    let (out, err, code) = run(Command::new(kvd_bin())
        .args(["snapshot", "status"])
        .arg(&ours));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.split(", ").count(),
        4,
        "hash, revision, keys, size: {out}"
    );

    let dir = tmp.path().join("restored");
    let peer = format!("http://127.0.0.1:{}", free_port());
    restore(&theirs, &dir, "default", &format!("default={peer}"), &peer);
    let restored = Server::kvd_at(dir, &[]);
    let mut r = writable(&restored.endpoint).await;
    assert_eq!(keyspace(&mut r, 0).await, keyspace(&mut c, revision).await);
    let status = r.status().await.unwrap();
    assert_ne!(
        status.header().unwrap().cluster_id(),
        c.status().await.unwrap().header().unwrap().cluster_id(),
        "a new cluster"
    );
}

/// A client of `endpoint` once it takes a write (restored members skip
/// the start-up entries a new member makes, so `Server::client`'s
/// readiness test does not fit them).
pub(crate) async fn writable(endpoint: &str) -> etcd_client::Client {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let attempt = async {
            let mut m = etcd_client::Client::connect([endpoint], None).await?;
            m.put("/ready", "yes", None).await?;
            m.delete("/ready", None).await?;
            Ok::<_, etcd_client::Error>(m)
        };
        match attempt.await {
            Ok(m) => return m,
            Err(e) => assert!(Instant::now() < deadline, "{endpoint}: {e}"),
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// `kvd snapshot restore` of `file` into `data`, as member `name` of
/// `initial` advertising `peer`.
fn restore(file: &Path, data: &Path, name: &str, initial: &str, peer: &str) {
    let (_, err, code) = run(Command::new(kvd_bin())
        .args(["snapshot", "restore"])
        .arg(file)
        .arg("--data-dir")
        .arg(data)
        .args(["--name", name, "--initial-cluster", initial])
        .args(["--initial-advertise-peer-urls", peer]));
    assert_eq!(code, 0, "{err}");
}

/// Restores `file` into three members' directories and starts them.
pub(crate) fn restored_cluster(file: &Path, dir: &Path) -> (Vec<String>, Vec<Reaped>) {
    let peers: Vec<String> = (0..3)
        .map(|_| format!("http://127.0.0.1:{}", free_port()))
        .collect();
    let clients: Vec<String> = (0..3)
        .map(|_| format!("http://127.0.0.1:{}", free_port()))
        .collect();
    let initial = (0..3)
        .map(|i| format!("m{i}={}", peers[i]))
        .collect::<Vec<_>>()
        .join(",");
    let mut servers = Vec::new();
    for i in 0..3 {
        let data: PathBuf = dir.join(format!("m{i}"));
        restore(file, &data, &format!("m{i}"), &initial, &peers[i]);
        let log = std::fs::File::create(dir.join(format!("m{i}.log"))).unwrap();
        servers.push(Reaped(
            Command::new(kvd_bin())
                .args(["serve", "--name", &format!("m{i}"), "--data-dir"])
                .arg(&data)
                .args(["--listen-client-urls", &clients[i]])
                .args(["--advertise-client-urls", &clients[i]])
                .args(["--listen-peer-urls", &peers[i]])
                .args(["--initial-advertise-peer-urls", &peers[i]])
                .args(["--initial-cluster", &initial])
                .stdin(Stdio::null())
                .stdout(log.try_clone().unwrap())
                .stderr(log)
                .spawn()
                .unwrap(),
        ));
    }
    (clients, servers)
}

#[tokio::test]
async fn three_members_restored_from_one_backup_form_a_cluster_with_its_keys() {
    let server = Server::kvd();
    let mut c = server.client().await;
    for i in 0..50 {
        c.put(format!("/k/{i:02}"), format!("v{i}"), None)
            .await
            .unwrap();
    }
    let lease = c.lease_grant(600, None).await.unwrap().id();
    c.put(
        "/leased",
        "x",
        Some(etcd_client::PutOptions::new().with_lease(lease)),
    )
    .await
    .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("backup.db");
    let (_, err, code) = kvd(
        &server.endpoint,
        &["snapshot", "save", file.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let want = keyspace(&mut c, 0).await;
    drop(server);
    let (clients, _servers) = restored_cluster(&file, tmp.path());
    for endpoint in &clients {
        let mut m = writable(endpoint).await;
        assert_eq!(keyspace(&mut m, 0).await, want, "{endpoint}");
    }
    let mut m = etcd_client::Client::connect([clients[0].as_str()], None)
        .await
        .unwrap();
    let ttl = m.lease_time_to_live(lease, None).await.unwrap();
    assert!(ttl.ttl() > 0, "the lease came along: {ttl:?}");
}

#[tokio::test]
async fn damaged_or_foreign_backups_are_refused_with_the_reason() {
    let server = Server::kvd();
    let mut c = server.client().await;
    c.put("/k", "v", None).await.unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("backup.db");
    let (_, err, code) = kvd(
        &server.endpoint,
        &["snapshot", "save", file.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&file).unwrap();
    std::fs::write(&file, &bytes[..bytes.len() - 10]).unwrap();
    let dir = tmp.path().join("never");
    let (_, err, code) = run(Command::new(kvd_bin())
        .args(["snapshot", "restore"])
        .arg(&file)
        .arg("--data-dir")
        .arg(&dir));
    assert_eq!(code, 1);
    assert!(err.contains("its SHA-256 does not match"), "{err}");
    assert!(!dir.exists());
    std::fs::write(&file, b"just some text that is long enough to be read").unwrap();
    let (_, err, code) = run(Command::new(kvd_bin())
        .args(["snapshot", "status"])
        .arg(&file));
    assert_eq!(code, 1);
    assert!(err.contains("is not a kvd or etcd v3 snapshot"), "{err}");
    // Two endpoints: a snapshot comes from one member, as etcdctl says.
    let two = format!("{},{}", server.endpoint, server.endpoint);
    let (_, err, code) = kvd(&two, &["snapshot", "save", file.to_str().unwrap()]);
    assert_ne!(code, 0);
    assert!(
        err.contains("snapshot must be requested to one selected node"),
        "{err}"
    );
}
