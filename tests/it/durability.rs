//! Durability and safety of the data directory: kill -9 in the middle of
//! writes loses no acknowledged write; a directory that is not kvd's, is
//! damaged, or is in use is refused and left untouched.

use crate::common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{free_port, kvd_bin, run, Cluster, Server};

/// Acknowledged writes: key -> (value, revision).
type Acked = Arc<Mutex<BTreeMap<String, (String, i64)>>>;

async fn write_until_failure(endpoint: String, writer: usize, acked: Acked) {
    let Ok(mut c) = etcd_client::Client::connect([endpoint], None).await else {
        return;
    };
    for i in 0.. {
        let key = format!("w{writer}/{i:06}");
        let value = format!("value-{writer}-{i}");
        match c.put(key.clone(), value.clone(), None).await {
            Ok(r) => {
                let rev = r.header().map(|h| h.revision()).unwrap_or(0);
                acked.lock().unwrap().insert(key, (value, rev));
            }
            Err(_) => return,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_during_writes_loses_no_acknowledged_write() {
    let mut server = Server::kvd();
    let acked: Acked = Arc::default();
    for round in 0..3 {
        server.client().await;
        let writers: Vec<_> = (0..4)
            .map(|w| {
                tokio::spawn(write_until_failure(
                    server.endpoint.clone(),
                    round * 10 + w,
                    acked.clone(),
                ))
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(700)).await;
        server.kill();
        for w in writers {
            let _ = w.await;
        }
        server.restart(&[]);
        let mut c = server.client().await;
        let acked_now = acked.lock().unwrap().clone();
        assert!(
            acked_now.len() > 10,
            "round {round}: too few writes to test ({})",
            acked_now.len()
        );
        let max_rev = acked_now.values().map(|(_, r)| *r).max().unwrap_or(0);
        for (key, (value, rev)) in &acked_now {
            let r = c.get(key.as_str(), None).await.expect("get after restart");
            let kv = r
                .kvs()
                .first()
                .unwrap_or_else(|| panic!("round {round}: acknowledged {key} lost"));
            assert_eq!(kv.value_str().unwrap(), value, "{key}");
            assert_eq!(kv.mod_revision(), *rev, "{key}");
        }
        // Revisions continue after the last acknowledged one.
        let r = c.put("after-restart", "x", None).await.unwrap();
        assert!(r.header().unwrap().revision() > max_rev);
    }
}

/// Kills a member at each crash point of the write path — after its log
/// is synced but before the entries are applied, after the apply commit,
/// and after a trim is recorded but before old log segments are deleted —
/// while the cluster takes writes. Restarted, it replays what it lacks and
/// holds the same keyspace as the others.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_killed_at_each_write_path_crash_point_rejoins_with_the_same_keyspace() {
    const SHORT_LOG: &[&str] = &["--snapshot-count", "20"];
    let mut cluster = Cluster::start_with(3, SHORT_LOG);
    let mut c = cluster.members[0].client().await;
    let points = [
        ("after-log-sync", "40"),
        ("after-apply-commit", "40"),
        ("before-log-purge", "1"),
    ];
    for (n, (point, after)) in points.iter().enumerate() {
        let victim = &mut cluster.members[2];
        victim.restart_with_env(
            SHORT_LOG,
            &[("KVD_FAILPOINT", point), ("KVD_FAILPOINT_AFTER", after)],
        );
        let mut written = 0;
        while victim.wait_exit(Duration::from_millis(1)).is_none() {
            // The victim may lead when it dies: writes wait for a new leader.
            if c.put(format!("/crash/{n}/{written:05}"), "v", None)
                .await
                .is_err()
            {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            written += 1;
            assert!(
                written < 5000,
                "{point} never reached; log:\n{}",
                victim.log()
            );
        }
        assert!(
            victim.log().contains(&format!("failpoint {point} reached")),
            "the member died elsewhere; log:\n{}",
            victim.log()
        );
        victim.restart(SHORT_LOG);
        let rev = loop {
            match c.put("/crash/after", *point, None).await {
                Ok(r) => break r.header().unwrap().revision(),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        let mut hashes = Vec::new();
        for m in &cluster.members {
            let mut mc = m.client().await;
            let deadline = std::time::Instant::now() + Duration::from_secs(30);
            loop {
                let serializable = etcd_client::GetOptions::new().with_serializable();
                let seen = mc.get("/crash/after", Some(serializable)).await;
                if seen.is_ok_and(|r| r.header().unwrap().revision() >= rev) {
                    break;
                }
                assert!(
                    std::time::Instant::now() < deadline,
                    "{point}: a member never caught up; log:\n{}",
                    m.log()
                );
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            hashes.push(mc.hash_kv(rev).await.expect("hashkv").hash());
        }
        assert!(
            hashes.windows(2).all(|w| w[0] == w[1]),
            "{point}: members diverge: {hashes:?}"
        );
    }
}

fn serve_in(dir: &Path) -> (String, String, i32) {
    let client = format!("http://127.0.0.1:{}", free_port());
    let peer = format!("http://127.0.0.1:{}", free_port());
    let mut cmd = Command::new(kvd_bin());
    cmd.arg("serve")
        .arg("--data-dir")
        .arg(dir)
        .args([
            "--listen-client-urls",
            &client,
            "--advertise-client-urls",
            &client,
        ])
        .args([
            "--initial-advertise-peer-urls",
            &peer,
            "--listen-peer-urls",
            &peer,
        ]);
    let child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    // A refused directory makes kvd exit at once; one it accepts keeps it
    // serving, so give up waiting after a while.
    let pid = child.id();
    let killer = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(10));
        unsafe { libc::kill(pid as i32, libc::SIGKILL) };
    });
    let out = child.wait_with_output().expect("wait");
    drop(killer);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn refuses_a_directory_that_is_not_kvds() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("notes.txt"), "precious").unwrap();
    let (_, err, code) = serve_in(tmp.path());
    assert_eq!(code, 1, "{err}");
    assert!(err.contains(&tmp.path().display().to_string()), "{err}");
    assert!(err.contains("not a kvd data directory"), "{err}");
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("notes.txt")).unwrap(),
        "precious"
    );
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        1,
        "nothing may be added"
    );
}

#[test]
fn refuses_an_etcd_data_directory() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("member/snap")).unwrap();
    std::fs::write(tmp.path().join("member/snap/db"), "bolt").unwrap();
    let (_, err, code) = serve_in(tmp.path());
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("looks like an etcd data directory"), "{err}");
}

fn stopped_store_with_data() -> (Server, std::path::PathBuf) {
    let server = Server::kvd();
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let mut c = server.client().await;
        c.put("k", "v", None).await.unwrap();
    });
    let dir = server.data_dir.clone();
    (server, dir)
}

#[test]
fn refuses_a_damaged_database_and_leaves_it_alone() {
    let (mut server, dir) = stopped_store_with_data();
    server.kill();
    let db = dir.join("db/data.mdb");
    let mut bytes = std::fs::read(&db).unwrap();
    for b in bytes.iter_mut().take(8192) {
        *b = 0xAB;
    }
    std::fs::write(&db, &bytes).unwrap();
    let (_, err, code) = serve_in(&dir);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("damaged"), "{err}");
    assert!(err.contains(&dir.display().to_string()), "{err}");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        bytes,
        "the damaged file must not be rewritten"
    );
}

#[test]
fn refuses_a_truncated_database() {
    let (mut server, dir) = stopped_store_with_data();
    server.kill();
    let db = dir.join("db/data.mdb");
    let len = std::fs::metadata(&db).unwrap().len();
    let f = std::fs::OpenOptions::new().write(true).open(&db).unwrap();
    f.set_len(len / 2).unwrap();
    drop(f);
    let (_, err, code) = serve_in(&dir);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("damaged"), "{err}");
}

#[test]
fn refuses_a_directory_in_use() {
    let (server, dir) = stopped_store_with_data();
    let (_, err, code) = serve_in(&dir);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("in use by another kvd process"), "{err}");
    drop(server);
}

#[test]
fn bad_flags_and_urls_are_explained_before_anything_is_written() {
    let cwd = tempfile::tempdir().unwrap();
    let (_, err, code) = run(Command::new(kvd_bin()).current_dir(cwd.path()).args([
        "serve",
        "--listen-client-urls",
        "127.0.0.1:2379",
    ]));
    assert_eq!(code, 1);
    assert!(
        err.contains("expected a URL like http://127.0.0.1:2379"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_dir(cwd.path()).unwrap().count(),
        0,
        "no data directory may be created"
    );
    let (_, err, code) = run(Command::new(kvd_bin()).args(["serve", "--no-such-flag"]));
    assert_eq!(code, 2);
    assert!(err.contains("--no-such-flag"), "{err}");
}

#[test]
fn a_first_start_that_died_midway_is_started_afresh() {
    // What a member killed while creating its directory leaves: the marker
    // still says so, and part of a database.
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(data.join("db")).unwrap();
    std::fs::write(
        data.join("KVD_DATA"),
        "kvd data directory, format 1\ninitialising\n",
    )
    .unwrap();
    std::fs::write(data.join("db/data.mdb"), vec![0u8; 8192]).unwrap();
    std::fs::write(data.join("LOCK"), b"").unwrap();
    let (_, err, code) = common::run(
        Command::new(common::kvd_bin())
            .args(["check", "data"])
            .arg(&data),
    );
    assert_eq!(code, 1);
    assert!(err.contains("initialisation was interrupted"), "{err}");
    let kvd = Server::kvd_at(data.clone(), &[]);
    assert!(kvd.log().contains("starting it afresh"), "{}", kvd.log());
    let (out, err, code) = common::run(Command::new(common::kvd_bin()).args([
        "--endpoints",
        &kvd.endpoint,
        "put",
        "a",
        "b",
    ]));
    assert_eq!((out.as_str(), code), ("OK\n", 0), "{err}");
    let marker = std::fs::read_to_string(data.join("KVD_DATA")).unwrap();
    assert_eq!(marker, "kvd data directory, format 1\n");
}
