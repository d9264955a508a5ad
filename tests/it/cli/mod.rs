//! Snapshot tests of the CLI: each session runs `kvd` command lines against
//! a fresh kvd on free loopback ports and compares everything a user sees
//! (stdout, stderr, exit code) with the snapshot in tests/it/cli/snapshots.
//! Only what differs from run to run is masked: member and cluster IDs,
//! ports, timings and the database size.
//!
//! In a command line, words are split on spaces, `''` is an empty argument
//! and `~` stands for a space inside one argument.

use crate::common;

use common::{kvd_bin, transcript, Server};

/// IDs, timings and sizes masked; tables compared by shape.
struct Masks(common::IdMasks);

impl Masks {
    async fn of(server: &Server) -> Masks {
        Masks(common::IdMasks::of(server).await)
    }

    fn apply(&self, text: &str) -> String {
        let t = common::replace_all(
            &self.0.apply(text),
            &[
                (r"took = [0-9.]+[µmn]?s", "took = DURATION"),
                (r#""took":"[0-9.]+[µmn]?s""#, r#""took":"DURATION""#),
                (r#""Took" : [0-9.]+[µmn]?s"#, r#""Took" : DURATION"#),
                (r"\d+ kB", "SIZE"),
                (r#""(dbSize|dbSizeInUse)":\d+"#, r#""$1":SIZE"#),
                (r#""DBSize" : \d+"#, r#""DBSize" : SIZE"#),
                (r"\| [0-9.]+[µmn]?s ", "| DURATION "),
            ],
        );
        t.lines().map(table_shape).collect::<Vec<_>>().join("\n") + "\n"
    }
}

/// A table line with its padding collapsed: column widths follow the
/// masked contents, so only the table's shape is compared.
fn table_shape(line: &str) -> String {
    if !(line.starts_with('+') || line.starts_with('|')) {
        return line.to_string();
    }
    let mut out = String::new();
    for c in line.chars() {
        let repeat = matches!(c, '-' | '=' | ' ') && out.ends_with(c);
        if !repeat {
            out.push(c);
        }
    }
    out
}

/// Runs a session of (command line, stdin) steps on a fresh server.
async fn session(steps: &[(&str, &str)]) -> String {
    let server = Server::kvd();
    let masks = Masks::of(&server).await;
    let mut out = String::new();
    for (args, stdin) in steps {
        let t = transcript(&kvd_bin(), "kvd", &server.endpoint, args, stdin);
        out.push_str(&masks.apply(&t));
        out.push('\n');
    }
    out
}

#[tokio::test]
async fn put_and_get() {
    let t = session(&[
        ("put foo bar", ""),
        ("put foo bar2 --prev-kv", ""),
        ("put foo bar3 --prev-kv -w json", ""),
        ("put foo bar4 --prev-kv -w fields", ""),
        ("put stdin", "from stdin"),
        ("put", ""),
        ("put k v --ignore-value", ""),
        ("put missing --ignore-value", ""),
        ("put k v --lease=zz", ""),
        ("put k v --lease=1f", ""),
        ("put /app/a 1", ""),
        ("put /app/b 2", ""),
        ("put /app/c 3", ""),
        ("get foo", ""),
        ("get foo -w json", ""),
        ("get foo -w fields", ""),
        ("get foo -w table", ""),
        ("get /app --prefix", ""),
        ("get /app/a /app/c", ""),
        ("get /app/b --from-key", ""),
        ("get /app --prefix --limit=2 -w json", ""),
        ("get /app --prefix --keys-only", ""),
        ("get /app --prefix --print-value-only", ""),
        ("get /app --prefix --print-value-only -w json", ""),
        ("get /app --prefix --count-only -w fields", ""),
        ("get /app --prefix --sort-by=MODIFY --order=DESCEND", ""),
        ("get /app --prefix --sort-by=bogus", ""),
        ("get /app --prefix --consistency=x", ""),
        ("get /app --prefix --consistency=s --hex", ""),
        ("get foo --rev=2", ""),
        ("get foo --rev=99", ""),
        ("get /app --prefix /b", ""),
        ("get", ""),
        ("get foo --bogus", ""),
    ])
    .await;
    insta::assert_snapshot!(t);
}

#[tokio::test]
async fn del_and_compaction() {
    let t = session(&[
        ("put a 1", ""),
        ("put b 2", ""),
        ("put c 3", ""),
        ("put d 4", ""),
        ("del a", ""),
        ("del missing", ""),
        ("del b --prev-kv", ""),
        ("del c d --prev-kv -w json", ""),
        ("put e 5", ""),
        ("del '' --from-key -w fields", ""),
        ("del", ""),
        ("del a b --prefix", ""),
        ("compaction 3", ""),
        ("compaction 3", ""),
        ("compaction 100", ""),
        ("compaction x", ""),
        ("compaction", ""),
        ("compaction 6 --physical", ""),
        ("get a --rev=2", ""),
    ])
    .await;
    insta::assert_snapshot!(t);
}

#[tokio::test]
async fn txn() {
    let t = session(&[
        ("put k v", ""),
        (
            "txn",
            "value(\"k\") = \"v\"\n\nput a 1\nget k\n\nput b 2\n\n",
        ),
        ("txn -w json", "mod(\"k\") > \"1\"\n\nget k\ndel a\n\n\n"),
        (
            "txn -w fields",
            "create(\"nothing\") > \"0\"\n\n\nput c 3\nget c\n\n",
        ),
        (
            "txn --interactive",
            "version(\"k\") = \"1\"\n\nput d 4\n\n\n",
        ),
        ("txn", "\nput x 1\nput x 2\n\n\n"),
        ("txn", "bogus\n\n\n\n"),
        ("txn", "value(\"k\") = \"v\"\n"),
        ("txn", "\nfrob x\n\n\n"),
        ("txn extra", ""),
    ])
    .await;
    insta::assert_snapshot!(t);
}

#[tokio::test]
async fn endpoints_members_and_version() {
    let t = session(&[
        ("endpoint status", ""),
        ("endpoint status -w json", ""),
        ("endpoint status -w fields", ""),
        ("endpoint status -w table", ""),
        ("endpoint status -w protobuf", ""),
        ("endpoint health", ""),
        ("endpoint health -w json", ""),
        ("endpoint health -w fields", ""),
        ("endpoint health -w table", ""),
        ("member list", ""),
        ("member list -w json", ""),
        ("member list -w table", ""),
        ("put k v", ""),
        ("endpoint hashkv", ""),
        ("endpoint hashkv -w json", ""),
        ("endpoint hashkv -w table", ""),
        ("endpoint hashkv --rev=9", ""),
        ("version", ""),
    ])
    .await;
    insta::assert_snapshot!(t);
}

#[test]
fn errors_people_see() {
    let dead = format!("127.0.0.1:{}", common::free_port());
    let mut t = String::new();
    for (args, endpoint) in [
        ("get foo", dead.as_str()),
        ("endpoint health", dead.as_str()),
        ("endpoint status", dead.as_str()),
        ("gett foo", ""),
        ("get foo --limit=x", ""),
        ("get foo -w yaml", ""),
        ("put k v --dial-timeout=abc", ""),
    ] {
        let out = transcript(&kvd_bin(), "kvd", endpoint, args, "");
        t.push_str(&out.replace(&dead, "DEAD_ENDPOINT"));
        t.push('\n');
    }
    insta::assert_snapshot!(t);
}

#[tokio::test]
async fn etcdctl_environment_is_honoured() {
    let server = Server::kvd();
    server.client().await;
    let run = |envs: &[(&str, &str)]| {
        let mut cmd = std::process::Command::new(kvd_bin());
        cmd.args(["put", "k", "v"])
            .env_remove("KVD_ENDPOINTS")
            .env_remove("KVD_WRITE_OUT");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        common::run(&mut cmd)
    };
    let (out, err, code) = run(&[
        ("ETCDCTL_ENDPOINTS", &server.endpoint),
        ("ETCDCTL_WRITE_OUT", "json"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("{\"header\":"), "{out}");
    // kvd's own variable wins over etcdctl's.
    let (out, _, code) = run(&[
        ("KVD_ENDPOINTS", &server.endpoint),
        ("ETCDCTL_ENDPOINTS", "127.0.0.1:1"),
        ("KVD_WRITE_OUT", "simple"),
        ("ETCDCTL_WRITE_OUT", "json"),
    ]);
    assert_eq!((code, out.as_str()), (0, "OK\n"));
}

#[tokio::test]
async fn leases() {
    let server = Server::kvd();
    let masks = Masks::of(&server).await;
    let t: String = common::lease_transcripts(&kvd_bin(), "kvd", &server.endpoint)
        .iter()
        .map(|t| masks.apply(t) + "\n")
        .collect();
    insta::assert_snapshot!(t);
}

#[tokio::test]
async fn keep_alive_runs_until_the_lease_is_revoked() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let lease = c.lease_grant(3, None).await.unwrap();
    let child = std::process::Command::new(kvd_bin())
        .args(["lease", "keep-alive", &format!("{:x}", lease.id())])
        .env("KVD_ENDPOINTS", &server.endpoint)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Renewals every TTL/3 keep the lease alive past its TTL.
    tokio::time::sleep(std::time::Duration::from_millis(3500)).await;
    assert!(c.lease_time_to_live(lease.id(), None).await.unwrap().ttl() > 0);
    c.lease_revoke(lease.id()).await.unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let hex = format!("{:016x}", lease.id());
    let renewals = text.matches("keepalived with TTL(3)").count();
    assert!(renewals >= 2, "{text}");
    assert!(
        text.ends_with(&format!("lease {hex} expired or revoked.\n")),
        "{text}"
    );
    assert!(out.status.success());
}

#[tokio::test]
async fn watch() {
    let server = Server::kvd();
    let masks = Masks::of(&server).await;
    let t: String = common::watch_transcripts(&kvd_bin(), "kvd", &server.endpoint)
        .iter()
        .map(|t| masks.apply(t) + "\n")
        .collect();
    insta::assert_snapshot!(t);
}

/// The config-centre pattern: `kvd watch --prefix /app/config -- reload.sh`
/// runs the command once per change, in order, even across a restart of
/// the server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_runs_a_command_per_change_across_a_server_restart() {
    let mut server = Server::kvd();
    let mut c = server.client().await;
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("reloads");
    let script = format!(
        "echo \"$ETCD_WATCH_REVISION $ETCD_WATCH_EVENT_TYPE $ETCD_WATCH_KEY $ETCD_WATCH_VALUE\" >> {}",
        log.display()
    );
    let watcher = std::process::Command::new(kvd_bin())
        .args([
            "watch",
            "--prefix",
            "/app/config",
            "--",
            "sh",
            "-c",
            &script,
        ])
        .env("KVD_ENDPOINTS", &server.endpoint)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let _watcher = common::Reaped(watcher);
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let mut want = Vec::new();
    for i in 0..10 {
        let r = c
            .put(format!("/app/config/k{}", i % 3), format!("v{i}"), None)
            .await
            .unwrap();
        want.push(format!(
            "{} \"PUT\" \"/app/config/k{}\" \"v{i}\"",
            r.header().unwrap().revision(),
            i % 3
        ));
    }
    server.kill();
    server.restart(&[]);
    let mut c = server.client().await;
    for i in 10..15 {
        let r = c
            .put(format!("/app/config/k{}", i % 3), format!("v{i}"), None)
            .await
            .unwrap();
        want.push(format!(
            "{} \"PUT\" \"/app/config/k{}\" \"v{i}\"",
            r.header().unwrap().revision(),
            i % 3
        ));
    }
    let r = c.delete("/app/config/k0", None).await.unwrap();
    want.push(format!(
        "{} \"DELETE\" \"/app/config/k0\" \"\"",
        r.header().unwrap().revision()
    ));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        let got = std::fs::read_to_string(&log).unwrap_or_default();
        let lines: Vec<String> = got.lines().map(String::from).collect();
        if lines.len() >= want.len() || std::time::Instant::now() > deadline {
            // ETCD_WATCH_REVISION is the response's revision (as etcdctl's):
            // after the reconnect one response carries the missed changes,
            // so it is at least each event's own revision.
            let split = |l: &String| -> (i64, String) {
                let (rev, rest) = l.split_once(' ').unwrap();
                (rev.parse().unwrap(), rest.to_string())
            };
            let (got_revs, got_rest): (Vec<i64>, Vec<String>) = lines.iter().map(split).unzip();
            let (want_revs, want_rest): (Vec<i64>, Vec<String>) = want.iter().map(split).unzip();
            assert_eq!(got_rest, want_rest, "every change once, in order");
            assert!(
                got_revs.iter().zip(&want_revs).all(|(g, w)| g >= w),
                "{got_revs:?}"
            );
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn lock_and_elect() {
    let server = Server::kvd();
    let masks = Masks::of(&server).await;
    let mut t = String::new();
    for args in [
        "lock",
        "lock /dl echo hello",
        "lock /dl -- sh -c echo~$ETCD_LOCK_KEY~$ETCD_LOCK_REV",
        "lock /dl -- sh -c exit~3",
        "elect",
        "elect a b c",
        "elect -l a b",
        "elect onlyname",
    ] {
        let out = common::transcript(&kvd_bin(), "kvd", &server.endpoint, args, "");
        let out = common::replace_all(&masks.apply(&out), &[(r"/[0-9a-f]{10,16}\b", "/LEASE")]);
        t.push_str(&out);
        t.push('\n');
    }
    insta::assert_snapshot!(t);
}
