//! Migration from etcd: a snapshot saved by Debian's `etcdctl snapshot
//! save` from Debian's etcd 3.4 is restored by `kvd snapshot restore`, and
//! the kvd member started on it answers etcdctl as etcd did: every key and
//! old revision above the compaction, the compaction itself, the revision,
//! leases and their keys, users, roles and passwords. `snapshot status`
//! prints what etcdctl prints of the file. Damaged files are refused and
//! leave no directory behind.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::{debian_tool, free_port, kvd_bin, run, Server};

const ROOT: &str = "root:rootpw";

/// Debian's etcdctl against `endpoint`, as root when `auth`.
fn etcdctl(endpoint: &str, auth: bool, args: &[&str]) -> (String, String, i32) {
    let mut cmd = Command::new(debian_tool("etcdctl", "etcd-client"));
    cmd.env("ETCDCTL_API", "3").args(["--endpoints", endpoint]);
    if auth {
        cmd.args(["--user", ROOT]);
    }
    run(cmd.args(args))
}

/// etcdctl that must succeed; its stdout.
fn ok(endpoint: &str, auth: bool, args: &[&str]) -> String {
    let (out, err, code) = etcdctl(endpoint, auth, args);
    assert_eq!(code, 0, "etcdctl {args:?}: {out}{err}");
    out
}

/// The keyspace's revision, from `endpoint status`.
fn revision(endpoint: &str, auth: bool) -> i64 {
    let out = ok(endpoint, auth, &["endpoint", "status", "-w", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v[0]["Status"]["header"]["revision"].as_i64().unwrap()
}

/// JSON output without what differs between clusters by nature (IDs,
/// term), so the rest can be compared.
fn masked(json: &str) -> serde_json::Value {
    let mut v: serde_json::Value =
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"));
    if let Some(h) = v.get_mut("header").and_then(|h| h.as_object_mut()) {
        for field in ["cluster_id", "member_id", "raft_term"] {
            h.remove(field);
        }
    }
    v
}

/// The last line of a failed command's stderr (etcdctl logs its retries
/// before the error) and its exit code.
fn failure(r: (String, String, i32)) -> (String, i32) {
    let (_, err, code) = r;
    (err.lines().last().unwrap_or("").to_string(), code)
}

/// What is compared between etcd and kvd: each command line and what
/// etcdctl printed (JSON masked; remaining TTLs masked).
fn observe(endpoint: &str, compacted: i64, first: i64, last: i64, lease: &str) -> Vec<String> {
    let remaining = regex::Regex::new(r"remaining\(\d+s\)").unwrap();
    let attached = regex::Regex::new(r"attached keys\(\[([^\]]*)\]\)").unwrap();
    let mut seen = Vec::new();
    let mut show = |args: Vec<String>| {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let (out, err, code) = etcdctl(endpoint, true, &a);
        let shown = if code != 0 {
            let (line, code) = failure((out, err, code));
            format!("exit {code}: {line}")
        } else if a.contains(&"json") {
            masked(&out).to_string()
        } else {
            let out = remaining.replace_all(&out, "remaining(N)");
            // etcd lists a lease's keys in its map's (random) order.
            attached
                .replace_all(&out, |c: &regex::Captures<'_>| {
                    let mut keys: Vec<&str> = c[1].split(' ').collect();
                    keys.sort_unstable();
                    format!("attached keys([{}])", keys.join(" "))
                })
                .into_owned()
        };
        seen.push(format!("$ etcdctl {}\n{shown}", a.join(" ")));
    };
    let s = |a: &[&str]| a.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    show(s(&["get", "--prefix", "", "-w", "json"]));
    for rev in first..=last {
        show(s(&[
            "get",
            "--prefix",
            "/",
            "--rev",
            &rev.to_string(),
            "-w",
            "json",
        ]));
    }
    show(s(&["get", "/a", "--rev", &(compacted - 1).to_string()]));
    show(s(&["get", "/bulk/0003", "-w", "json"]));
    show(s(&["lease", "list"]));
    show(s(&["lease", "timetolive", lease, "--keys"]));
    show(s(&["user", "list"]));
    show(s(&["user", "get", "alice"]));
    show(s(&["role", "list"]));
    show(s(&["role", "get", "reader"]));
    seen
}

/// Waits until `endpoint` (kvd on a restored directory) serves a
/// linearizable read as root.
fn wait_serving(endpoint: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (out, err, code) = etcdctl(endpoint, true, &["get", "/a"]);
        if code == 0 {
            return;
        }
        assert!(Instant::now() < deadline, "{endpoint}: {out}{err}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// `kvd snapshot restore FILE --data-dir DIR` into a one-member cluster;
/// (stdout, stderr, code).
fn restore(file: &Path, dir: &Path, extra: &[&str]) -> (String, String, i32) {
    let peer = format!("http://127.0.0.1:{}", free_port());
    run(Command::new(kvd_bin())
        .args(["snapshot", "restore"])
        .arg(file)
        .arg("--data-dir")
        .arg(dir)
        .args(["--initial-cluster", &format!("default={peer}")])
        .args(["--initial-advertise-peer-urls", &peer])
        .args(extra))
}

/// `snapshot status -w json` of `file` by `program`.
fn status(program: &Path, file: &Path) -> serde_json::Value {
    let (out, err, code) = run(Command::new(program)
        .env("ETCDCTL_API", "3")
        .args(["snapshot", "status", "-w", "json"])
        .arg(file));
    assert_eq!(code, 0, "{out}{err}");
    serde_json::from_str(&out).unwrap()
}

#[tokio::test]
async fn an_etcd_snapshot_restores_into_kvd_with_history_compaction_leases_and_auth() {
    let etcd = Server::etcd();
    let e = etcd.endpoint.clone();
    // Enough keys for branch pages, values long enough for overflow pages,
    // and history: what a real etcd's key bucket holds.
    let mut c = etcd.client().await;
    for i in 0..400 {
        c.put(format!("/bulk/{i:04}"), "v".repeat(200 + i), None)
            .await
            .unwrap();
    }
    for i in 0..50 {
        c.put(format!("/bulk/{i:04}"), format!("again {i}"), None)
            .await
            .unwrap();
    }
    c.put("/big", vec![b'x'; 20_000], None).await.unwrap();
    ok(&e, false, &["put", "/a", "1"]);
    ok(&e, false, &["put", "/b", "2"]);
    ok(&e, false, &["put", "/a", "2"]);
    let compacted = revision(&e, false);
    ok(&e, false, &["del", "/b"]);
    ok(&e, false, &["put", "/c", "3"]);
    ok(&e, false, &["compact", &compacted.to_string()]);
    let grant = ok(&e, false, &["lease", "grant", "600"]);
    let lease = grant.split_whitespace().nth(1).unwrap().to_string();
    ok(&e, false, &["put", "/leased/1", "x", "--lease", &lease]);
    ok(&e, false, &["put", "/leased/2", "y", "--lease", &lease]);
    let grant = ok(&e, false, &["lease", "grant", "300"]);
    let revoked = grant.split_whitespace().nth(1).unwrap().to_string();
    ok(&e, false, &["put", "/gone", "z", "--lease", &revoked]);
    ok(&e, false, &["lease", "revoke", &revoked]);
    ok(&e, false, &["put", "/a", "3"]);
    ok(&e, false, &["user", "add", ROOT]);
    ok(&e, false, &["user", "grant-role", "root", "root"]);
    ok(&e, false, &["role", "add", "reader"]);
    ok(
        &e,
        false,
        &["role", "grant-permission", "reader", "read", "/a"],
    );
    ok(&e, false, &["user", "add", "alice:alicepw"]);
    ok(&e, false, &["user", "grant-role", "alice", "reader"]);
    ok(&e, false, &["auth", "enable"]);
    let last = revision(&e, true);
    let want = observe(&e, compacted, compacted, last, &lease);
    let anonymous = failure(etcdctl(&e, false, &["get", "/a"]));

    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("etcd.db");
    ok(&e, true, &["snapshot", "save", file.to_str().unwrap()]);
    drop(c);
    drop(etcd);

    // snapshot status: etcdctl's figures, hash included.
    let theirs = status(&debian_tool("etcdctl", "etcd-client"), &file);
    let ours = status(&kvd_bin(), &file);
    assert_eq!(ours, theirs);
    assert_eq!(ours["revision"].as_i64(), Some(last));

    let dir: PathBuf = tmp.path().join("restored");
    let (out, err, code) = restore(&file, &dir, &[]);
    assert_eq!(code, 0, "{out}{err}");
    let kvd = Server::kvd_at(dir, &[]);
    let k = kvd.endpoint.clone();
    wait_serving(&k);
    let got = observe(&k, compacted, compacted, last, &lease);
    for (w, g) in want.iter().zip(&got) {
        assert_eq!(g, w);
    }
    assert_eq!(got.len(), want.len());
    assert!(
        want.iter()
            .any(|o| o.contains("required revision has been compacted")),
        "{want:?}"
    );
    assert_eq!(revision(&k, true), last);
    // Auth came on: no user, no read, as on etcd.
    assert_eq!(failure(etcdctl(&k, false, &["get", "/a"])), anonymous);
    assert_eq!(anonymous.1, 1, "{anonymous:?}");

    // Passwords came as etcd's bcrypt hashes and still authenticate.
    let alice = |password: &str| {
        let mut cmd = Command::new(debian_tool("etcdctl", "etcd-client"));
        cmd.env("ETCDCTL_API", "3").args([
            "--endpoints",
            &k,
            "--user",
            &format!("alice:{password}"),
        ]);
        run(cmd.args(["get", "/a", "--print-value-only"]))
    };
    let (out, err, code) = alice("alicepw");
    assert_eq!((out.as_str(), code), ("3\n", 0), "{err}");
    let (_, err, code) = alice("wrong");
    assert_ne!(code, 0);
    assert!(err.contains("authentication failed"), "{err}");
    // The member writes on from etcd's revision.
    ok(&k, true, &["put", "/after", "x"]);
    assert_eq!(revision(&k, true), last + 1);
}

/// A snapshot of a small etcd keyspace (`/k/00`..`/k/19`, one
/// overwritten, one deleted), in `dir`; and its revision.
fn small_snapshot(dir: &Path) -> (PathBuf, i64) {
    let etcd = Server::etcd();
    for i in 0..20 {
        ok(&etcd.endpoint, false, &["put", &format!("/k/{i:02}"), "v"]);
    }
    ok(&etcd.endpoint, false, &["put", "/k/03", "again"]);
    ok(&etcd.endpoint, false, &["del", "/k/07"]);
    let file = dir.join("etcd.db");
    ok(
        &etcd.endpoint,
        false,
        &["snapshot", "save", file.to_str().unwrap()],
    );
    (file, revision(&etcd.endpoint, false))
}

#[tokio::test]
async fn three_kvd_members_restored_from_one_etcd_snapshot_form_a_cluster_with_its_keys() {
    let tmp = tempfile::tempdir().unwrap();
    let (file, rev) = small_snapshot(tmp.path());
    let (clients, _servers) = crate::snapshot::restored_cluster(&file, tmp.path());
    let mut hashes = Vec::new();
    for endpoint in &clients {
        let mut m = crate::snapshot::writable(endpoint).await;
        let opts = etcd_client::GetOptions::new()
            .with_prefix()
            .with_revision(rev);
        let got = m.get("/k/", Some(opts)).await.unwrap();
        let keys: Vec<(String, String, i64)> = got
            .kvs()
            .iter()
            .map(|kv| {
                let key = kv.key_str().unwrap().to_string();
                (key, kv.value_str().unwrap().to_string(), kv.version())
            })
            .collect();
        assert_eq!(keys.len(), 19, "{endpoint}: {keys:?}");
        assert_eq!(keys[3], ("/k/03".into(), "again".into(), 2), "{endpoint}");
        assert!(!keys.iter().any(|k| k.0 == "/k/07"), "{endpoint}");
        hashes.push(m.hash_kv(rev).await.unwrap().hash());
    }
    assert!(hashes.windows(2).all(|w| w[0] == w[1]), "{hashes:?}");
}

/// Directories restores left beside their target.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("restoring") || n == "target")
        .collect()
}

#[test]
fn damaged_etcd_snapshots_are_refused_and_leave_nothing_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let (file, _) = small_snapshot(tmp.path());
    let bytes = std::fs::read(&file).unwrap();
    let target = tmp.path().join("target");
    let refused = |bytes: &[u8], extra: &[&str], want: &str| {
        let damaged = tmp.path().join("damaged.db");
        std::fs::write(&damaged, bytes).unwrap();
        let (out, err, code) = restore(&damaged, &target, extra);
        assert_eq!(code, 1, "{out}{err}");
        assert!(err.contains(want), "wanted {want:?} in: {err}");
        assert_eq!(leftovers(tmp.path()), Vec::<String>::new());
    };
    // Cut short: no digest where etcd puts it; unchecked, the pages are
    // missing.
    let cut = &bytes[..bytes.len() - 1000];
    refused(cut, &[], "has no SHA-256 at its end");
    refused(cut, &["--skip-hash-check"], "cut short");
    // One byte flipped in the middle: the digest tells.
    let mut flipped = bytes.clone();
    let middle = bytes.len() / 2;
    flipped[middle] ^= 0x40;
    refused(&flipped, &[], "its SHA-256 does not match");
    // Unchecked, the flip must land where bbolt's structure shows it:
    // the flags of the root bucket's page, read from meta page 0.
    let page_size = u32::from_le_bytes(bytes[24..28].try_into().unwrap()) as usize;
    let root = u64::from_le_bytes(bytes[32..40].try_into().unwrap()) as usize;
    let mut flipped = bytes.clone();
    flipped[root * page_size + 8] ^= 0x40;
    refused(
        &flipped,
        &["--skip-hash-check"],
        &format!("the bbolt database is damaged: page {root}"),
    );
    // Both meta pages damaged: nothing to read at all.
    let mut flipped = bytes.clone();
    flipped[16 + 30] ^= 1;
    flipped[page_size + 16 + 30] ^= 1;
    refused(&flipped, &["--skip-hash-check"], "checksum does not match");
    // And the whole file restores (the target never existed before).
    let (out, err, code) = restore(&file, &target, &[]);
    assert_eq!(code, 0, "{out}{err}");
}
