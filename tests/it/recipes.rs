//! kvd's own client commands beyond etcdctl's: service registration and
//! discovery (an instance appears, is watched, and goes within its TTL
//! after `kill -9` of its registrar; it comes back after a server restart
//! or a lost lease; `--pick` spreads evenly), queues (N producers and M
//! consumers, every item popped exactly once and FIFO per producer;
//! interoperation with a queue driven through the `etcd-client` crate in
//! the Go recipe's layout), `put --ttl`, `get --wait`, `--from-file` and
//! `--raw`, barriers; and none of it under the `etcdctl` link.

use crate::common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{kvd_bin, Reaped, Server};
use etcd_client::{Compare, CompareOp, GetOptions, SortOrder, SortTarget, Txn, TxnOp};

fn kvd(server: &Server, args: &[&str]) -> Command {
    let mut c = Command::new(kvd_bin());
    c.args(args)
        .env("KVD_ENDPOINTS", &server.endpoint)
        .env_remove("KVD_WRITE_OUT")
        .stdin(Stdio::null());
    c
}

/// Runs kvd to the end: (stdout, stderr, exit code).
fn run(server: &Server, args: &[&str]) -> (String, String, i32) {
    common::run(&mut kvd(server, args))
}

/// Stdout of a kvd command that must succeed.
fn ok(server: &Server, args: &[&str]) -> String {
    let (out, err, code) = run(server, args);
    assert_eq!(code, 0, "kvd {args:?} failed: {err}");
    out
}

/// A long-running kvd, killed with SIGKILL when dropped.
fn start(server: &Server, args: &[&str]) -> Reaped {
    Reaped(
        kvd(server, args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start kvd"),
    )
}

/// A long-running kvd whose stdout lines arrive on the receiver.
fn start_reading(server: &Server, args: &[&str]) -> (Reaped, mpsc::Receiver<String>) {
    let mut child = kvd(server, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start kvd");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (Reaped(child), rx)
}

fn wait_until(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn next_line(rx: &mpsc::Receiver<String>, limit: Duration) -> String {
    rx.recv_timeout(limit)
        .unwrap_or_else(|_| panic!("no line within {limit:?}"))
}

/// The lease a key is attached to, from `get -w json`.
fn lease_of(server: &Server, key: &str) -> i64 {
    let out = ok(server, &["get", key, "-w", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    v["kvs"][0]["lease"].as_i64().unwrap_or(0)
}

/// Waits for a child started with piped stdout: its status and output.
fn finish(child: &mut Reaped) -> (std::process::ExitStatus, String) {
    use std::io::Read as _;
    let mut out = String::new();
    if let Some(mut stdout) = child.0.stdout.take() {
        stdout.read_to_string(&mut out).unwrap();
    }
    (child.0.wait().unwrap(), out)
}

fn signal(child: &Reaped, sig: i32) {
    // SAFETY: signalling our own child process.
    unsafe { libc::kill(child.0.id() as i32, sig) };
}

// --- register / discover --------------------------------------------------------

#[tokio::test]
async fn an_instance_appears_is_watched_and_goes_within_its_ttl_after_kill_9() {
    let server = Server::kvd();
    server.client().await;
    let (_watcher, events) = start_reading(&server, &["discover", "web", "--watch"]);
    let registrar = start(
        &server,
        &["register", "web", "127.0.0.1:9001", "--ttl", "2"],
    );
    wait_until("the instance", Duration::from_secs(10), || {
        ok(&server, &["discover", "web"]) == "127.0.0.1:9001\n"
    });
    assert_eq!(
        next_line(&events, Duration::from_secs(5)),
        "join 127.0.0.1:9001 127.0.0.1:9001"
    );
    let value = ok(
        &server,
        &["get", "/services/web/127.0.0.1:9001", "--print-value-only"],
    );
    assert_eq!(value, "{\"addr\":\"127.0.0.1:9001\",\"meta\":{}}\n");
    drop(registrar); // SIGKILL: no deregistration, the lease must expire.
                     // TTL 2 s: gone well within 10 s even on a loaded machine.
    wait_until("the instance to go", Duration::from_secs(10), || {
        ok(&server, &["discover", "web"]).is_empty()
    });
    assert_eq!(
        next_line(&events, Duration::from_secs(5)),
        "leave 127.0.0.1:9001 127.0.0.1:9001"
    );
}

#[tokio::test]
async fn a_signal_deregisters_at_once_and_meta_is_listed() {
    let server = Server::kvd();
    server.client().await;
    let registrar = start(
        &server,
        &[
            "register",
            "api",
            "10.0.0.7:80",
            "--id",
            "api-1",
            "--ttl",
            "60",
            "--meta",
            "zone=a",
            "--meta",
            "v=2",
        ],
    );
    wait_until("the instance", Duration::from_secs(10), || {
        ok(&server, &["discover", "api"]) == "10.0.0.7:80\n"
    });
    let json = ok(&server, &["discover", "api", "-w", "json"]);
    assert_eq!(
        json,
        "{\"service\":\"api\",\"instances\":[{\"id\":\"api-1\",\"addr\":\"10.0.0.7:80\",\"meta\":{\"v\":\"2\",\"zone\":\"a\"}}]}\n"
    );
    let table = ok(&server, &["discover", "api", "-w", "table"]);
    assert!(
        table.contains("| api-1 | 10.0.0.7:80 | v=2,zone=a |"),
        "{table}"
    );
    signal(&registrar, libc::SIGTERM);
    let mut child = registrar;
    let status = child.0.wait().unwrap();
    assert!(status.success(), "{status:?}");
    // Revoked on the way out: not a TTL (60 s) later.
    assert_eq!(ok(&server, &["discover", "api"]), "");
}

#[tokio::test]
async fn registration_comes_back_after_a_lost_lease_and_a_server_restart() {
    let mut server = Server::kvd();
    server.client().await;
    let key = "/services/db/127.0.0.1:5432";
    let _registrar = start(&server, &["register", "db", "127.0.0.1:5432", "--ttl", "2"]);
    wait_until("the instance", Duration::from_secs(10), || {
        lease_of(&server, key) != 0
    });
    let first = lease_of(&server, key);

    // The lease revoked behind the registrar's back: it registers again.
    ok(&server, &["lease", "revoke", &format!("{first:x}")]);
    wait_until("a new lease", Duration::from_secs(10), || {
        let l = lease_of(&server, key);
        l != 0 && l != first
    });
    let second = lease_of(&server, key);

    // The server down for longer than the TTL: the lease is gone when it
    // comes back, and the registrar registers again.
    server.kill();
    std::thread::sleep(Duration::from_secs(4));
    server.restart(&[]);
    server.client().await;
    wait_until(
        "registration after the restart",
        Duration::from_secs(20),
        || {
            let l = lease_of(&server, key);
            l != 0 && l != second
        },
    );
    assert_eq!(ok(&server, &["discover", "db"]), "127.0.0.1:5432\n");
}

#[tokio::test]
async fn pick_spreads_round_robin_over_instances_for_every_caller() {
    let server = Server::kvd();
    server.client().await;
    let addrs = ["127.0.0.1:9101", "127.0.0.1:9102", "127.0.0.1:9103"];
    let _registrars: Vec<Reaped> = addrs
        .iter()
        .map(|&a| start(&server, &["register", "rr", a, "--ttl", "10"]))
        .collect();
    wait_until("three instances", Duration::from_secs(10), || {
        ok(&server, &["discover", "rr"]).lines().count() == 3
    });
    // One caller after another: each instance in turn.
    let turns: Vec<String> = (0..3)
        .map(|_| ok(&server, &["discover", "rr", "--pick"]))
        .collect();
    let mut distinct = turns.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 3, "{turns:?}");
    // Callers at once: every turn is taken once, so the spread is exact.
    let picks: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..3)
            .map(|_| {
                s.spawn(|| {
                    (0..4)
                        .map(|_| ok(&server, &["discover", "rr", "--pick"]))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for p in picks {
        *counts.entry(p.trim().to_string()).or_default() += 1;
    }
    assert_eq!(
        counts.values().copied().collect::<Vec<_>>(),
        vec![4, 4, 4],
        "{counts:?}"
    );
    let (_, err, code) = run(&server, &["discover", "nobody", "--pick"]);
    assert_eq!((code, err.as_str()), (1, "Error: no instances of nobody\n"));
}

#[tokio::test]
async fn a_command_runs_registered_and_its_status_is_kvds() {
    let server = Server::kvd();
    server.client().await;
    let child = kvd(
        &server,
        &[
            "register",
            "job",
            "127.0.0.1:9301",
            "--ttl",
            "10",
            "--",
            "sh",
            "-c",
            "echo \"$KVD_SERVICE_KEY\"; sleep 2; exit 3",
        ],
    )
    .stdout(Stdio::piped())
    .stderr(Stdio::null())
    .spawn()
    .unwrap();
    wait_until("the instance", Duration::from_secs(10), || {
        ok(&server, &["discover", "job"]) == "127.0.0.1:9301\n"
    });
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "/services/job/127.0.0.1:9301\n"
    );
    assert_eq!(ok(&server, &["discover", "job"]), "");
}

// --- queues ---------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn producers_and_consumers_see_every_item_once_in_order_per_producer() {
    let server = Server::kvd();
    server.client().await;
    const PRODUCERS: usize = 3;
    const CONSUMERS: usize = 3;
    const ITEMS: usize = 15;
    let server = &server;
    let consumed: Vec<Vec<String>> = std::thread::scope(|s| {
        let consumers: Vec<_> = (0..CONSUMERS)
            .map(|_| {
                s.spawn(|| {
                    let mut got = Vec::new();
                    loop {
                        let (out, err, code) =
                            run(server, &["queue", "pop", "jobs", "--timeout", "3s"]);
                        if code != 0 {
                            assert!(err.contains("no item in queue jobs within 3s"), "{err}");
                            return got;
                        }
                        got.push(out.trim_end().to_string());
                    }
                })
            })
            .collect();
        let producers: Vec<_> = (0..PRODUCERS)
            .map(|p| {
                let values: Vec<String> = (0..ITEMS).map(|i| format!("p{p}-{i:02}")).collect();
                s.spawn(move || {
                    let mut args = vec!["queue", "push", "jobs"];
                    args.extend(values.iter().map(String::as_str));
                    ok(server, &args);
                })
            })
            .collect();
        for p in producers {
            p.join().unwrap();
        }
        consumers.into_iter().map(|c| c.join().unwrap()).collect()
    });
    let mut all: Vec<String> = consumed.iter().flatten().cloned().collect();
    all.sort();
    let mut want: Vec<String> = (0..PRODUCERS)
        .flat_map(|p| (0..ITEMS).map(move |i| format!("p{p}-{i:02}")))
        .collect();
    want.sort();
    assert_eq!(all, want, "every item exactly once");
    // Each consumer sees each producer's items in the order pushed.
    for got in &consumed {
        for p in 0..PRODUCERS {
            let mine: Vec<&String> = got
                .iter()
                .filter(|v| v.starts_with(&format!("p{p}-")))
                .collect();
            let mut sorted = mine.clone();
            sorted.sort();
            assert_eq!(mine, sorted, "FIFO per producer");
        }
    }
    assert_eq!(ok(server, &["queue", "len", "jobs"]), "0\n");
}

/// Go's `recipe.Queue.Enqueue`: `NAME/<unix-nanoseconds>`, created only if
/// the key's version is 0.
async fn go_enqueue(c: &mut etcd_client::Client, name: &str, value: &str) {
    loop {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let key = format!("{name}/{nanos}");
        let txn = Txn::new()
            .when([Compare::version(key.as_str(), CompareOp::Equal, 0)])
            .and_then([TxnOp::put(key.as_str(), value, None)]);
        if c.txn(txn).await.unwrap().succeeded() {
            return;
        }
    }
}

/// Go's `recipe.Queue.Dequeue` without waiting: the key with the lowest
/// mod revision, deleted only if its mod revision is still the one read.
async fn go_dequeue(c: &mut etcd_client::Client, name: &str) -> Option<String> {
    loop {
        let opts = GetOptions::new()
            .with_prefix()
            .with_sort(SortTarget::Mod, SortOrder::Ascend)
            .with_limit(1);
        let resp = c.get(name, Some(opts)).await.unwrap();
        let kv = resp.kvs().first()?;
        let txn = Txn::new()
            .when([Compare::mod_revision(
                kv.key(),
                CompareOp::Equal,
                kv.mod_revision(),
            )])
            .and_then([TxnOp::delete(kv.key(), None)]);
        if c.txn(txn).await.unwrap().succeeded() {
            return Some(kv.value_str().unwrap().to_string());
        }
    }
}

/// Go's `recipe.PriorityQueue.Enqueue` (`newSequentialKV` under
/// `NAME/<%05d priority>`, with the `__` bookkeeping key).
async fn go_enqueue_priority(c: &mut etcd_client::Client, name: &str, value: &str, pr: u16) {
    let prefix = format!("{name}/{pr:05}");
    let base = format!("__{prefix}");
    loop {
        let opts = GetOptions::new()
            .with_prefix()
            .with_sort(SortTarget::Key, SortOrder::Descend)
            .with_limit(1);
        let resp = c.get(prefix.as_str(), Some(opts)).await.unwrap();
        let next = match resp.kvs().first() {
            Some(kv) => {
                let key = kv.key_str().unwrap();
                key.rsplit('/').next().unwrap().parse::<u64>().unwrap() + 1
            }
            None => 0,
        };
        let key = format!("{prefix}/{next:016}");
        let rev = resp.header().unwrap().revision();
        let txn = Txn::new()
            .when([Compare::mod_revision(
                base.as_str(),
                CompareOp::Less,
                rev + 1,
            )])
            .and_then([
                TxnOp::put(base.as_str(), "", None),
                TxnOp::put(key.as_str(), value, None),
            ]);
        if c.txn(txn).await.unwrap().succeeded() {
            return;
        }
    }
}

#[tokio::test]
async fn a_queue_is_shared_with_a_client_using_the_go_recipe_layout() {
    let server = Server::kvd();
    let mut c = server.client().await;
    go_enqueue(&mut c, "shared", "go-1").await;
    go_enqueue(&mut c, "shared", "go-2").await;
    ok(&server, &["queue", "push", "shared", "kvd-3"]);
    go_enqueue(&mut c, "shared", "go-4").await;
    // kvd's items are in the recipe's layout.
    let keys = c
        .get(
            "shared/",
            Some(GetOptions::new().with_prefix().with_keys_only()),
        )
        .await
        .unwrap();
    let layout = regex::Regex::new(r"^shared/\d{19}$").unwrap();
    for kv in keys.kvs() {
        assert!(layout.is_match(kv.key_str().unwrap()), "{:?}", kv.key_str());
    }
    assert_eq!(ok(&server, &["queue", "len", "shared"]), "4\n");
    assert_eq!(ok(&server, &["queue", "peek", "shared"]), "go-1\n");
    assert_eq!(ok(&server, &["queue", "pop", "shared"]), "go-1\n");
    assert_eq!(go_dequeue(&mut c, "shared").await.as_deref(), Some("go-2"));
    assert_eq!(ok(&server, &["queue", "pop", "shared"]), "kvd-3\n");
    assert_eq!(go_dequeue(&mut c, "shared").await.as_deref(), Some("go-4"));
    let (_, err, code) = run(&server, &["queue", "pop", "shared"]);
    assert_eq!((code, err.as_str()), (1, "Error: queue shared is empty\n"));
    // And the other way: kvd pushes, the Go-layout client takes.
    ok(&server, &["queue", "push", "shared", "a", "b"]);
    assert_eq!(go_dequeue(&mut c, "shared").await.as_deref(), Some("a"));
    assert_eq!(go_dequeue(&mut c, "shared").await.as_deref(), Some("b"));
}

#[tokio::test]
async fn a_priority_queue_is_shared_with_a_client_using_the_go_recipe_layout() {
    let server = Server::kvd();
    let mut c = server.client().await;
    go_enqueue_priority(&mut c, "pq", "low", 5).await;
    go_enqueue_priority(&mut c, "pq", "high", 1).await;
    ok(&server, &["pqueue", "push", "pq", "3", "mid"]);
    ok(&server, &["pqueue", "push", "pq", "1", "high-2"]);
    let keys = c
        .get(
            "pq/",
            Some(GetOptions::new().with_prefix().with_keys_only()),
        )
        .await
        .unwrap();
    let names: Vec<&str> = keys.kvs().iter().map(|kv| kv.key_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "pq/00001/0000000000000000",
            "pq/00001/0000000000000001",
            "pq/00003/0000000000000000",
            "pq/00005/0000000000000000",
        ]
    );
    let base = c.get("__pq/00001", None).await.unwrap();
    assert_eq!(base.kvs().len(), 1, "the recipe's bookkeeping key");
    assert_eq!(ok(&server, &["pqueue", "len", "pq"]), "4\n");
    for want in ["high\n", "high-2\n", "mid\n", "low\n"] {
        assert_eq!(ok(&server, &["pqueue", "pop", "pq"]), want);
    }
}

#[tokio::test]
async fn pop_waits_for_an_item_and_takes_values_from_stdin() {
    let server = Server::kvd();
    server.client().await;
    let mut waiting = kvd(&server, &["queue", "pop", "later", "--wait"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    assert!(waiting.try_wait().unwrap().is_none(), "pop --wait waits");
    let mut push = kvd(&server, &["queue", "push", "later"])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    push.stdin
        .take()
        .unwrap()
        .write_all(b"from stdin\nline two")
        .unwrap();
    assert!(push.wait().unwrap().success());
    let out = waiting.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, b"from stdin\nline two\n");
}

// --- put --ttl, get --wait, --from-file, --raw -------------------------------------

#[tokio::test]
async fn put_with_a_ttl_expires_and_prints_its_lease_as_json() {
    let server = Server::kvd();
    server.client().await;
    let out = ok(
        &server,
        &["put", "session", "v", "--ttl", "2s", "-w", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let lease = v["lease"].as_i64().unwrap();
    assert!(lease != 0, "{out}");
    assert_eq!(v["ttl"].as_i64(), Some(2), "{out}");
    assert!(v["header"]["revision"].as_i64().is_some(), "{out}");
    assert_eq!(lease_of(&server, "session"), lease);
    assert_eq!(ok(&server, &["put", "plain", "v", "--ttl", "3"]), "OK\n");
    wait_until("the key to expire", Duration::from_secs(10), || {
        ok(&server, &["get", "session"]).is_empty()
    });
    let (_, err, code) = run(&server, &["put", "k", "v", "--ttl", "5", "--lease", "1f"]);
    assert_eq!(code, 128, "{err}");
    let (_, err, code) = run(&server, &["put", "k", "v", "--ttl", "0"]);
    assert_ne!(code, 0, "{err}");
}

#[tokio::test]
async fn get_wait_returns_at_once_or_wakes_on_a_later_put() {
    let server = Server::kvd();
    server.client().await;
    ok(&server, &["put", "present", "v0"]);
    // Present already: answered without waiting for a put (none comes;
    // the timeout only keeps a wrong wait from hanging the test).
    let got = ok(&server, &["get", "present", "--wait", "--timeout", "30s"]);
    assert_eq!(got, "present\nv0\n");

    let mut waiting = kvd(&server, &["get", "later", "--wait", "--print-value-only"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut prefixed = kvd(&server, &["get", "/cfg/", "--prefix", "--wait=true"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    assert!(waiting.try_wait().unwrap().is_none(), "get --wait waits");
    assert!(
        prefixed.try_wait().unwrap().is_none(),
        "get --prefix --wait waits"
    );
    ok(&server, &["put", "later", "v1"]);
    ok(&server, &["put", "/cfg/a", "x"]);
    let out = waiting.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, b"v1\n");
    let out = prefixed.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "/cfg/a\nx\n");

    let started = Instant::now();
    let (out, err, code) = run(&server, &["get", "never", "--timeout", "1s"]);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("", "Error: no key matched \"never\" within 1s\n", 1)
    );
    assert!(started.elapsed() >= Duration::from_secs(1));
    let (_, _, code) = run(&server, &["get", "later", "--wait", "--rev", "2"]);
    assert_eq!(code, 128);
}

#[tokio::test]
async fn a_file_goes_in_and_comes_out_byte_for_byte() {
    let server = Server::kvd();
    server.client().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("blob");
    let bytes: Vec<u8> = vec![0, 1, 2, 0xff, 0xfe, b'\n', b'x', b'\n'];
    std::fs::write(&file, &bytes).unwrap();
    let path = file.to_str().unwrap();
    assert_eq!(ok(&server, &["put", "blob", "--from-file", path]), "OK\n");
    let raw = kvd(&server, &["get", "blob", "--raw"]).output().unwrap();
    assert!(raw.status.success());
    assert_eq!(raw.stdout, bytes);
    let lines = kvd(&server, &["get", "blob", "--print-value-only"])
        .output()
        .unwrap();
    let mut with_newline = bytes.clone();
    with_newline.push(b'\n');
    assert_eq!(
        lines.stdout, with_newline,
        "etcdctl's line: the bytes, then \\n"
    );
    let (_, _, code) = run(&server, &["put", "blob", "v", "--from-file", path]);
    assert_eq!(code, 128, "a value and a file");
    let (_, _, code) = run(&server, &["get", "blob", "--raw", "-w", "json"]);
    assert_eq!(code, 128);
}

// --- barriers -------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_double_barrier_lets_everyone_through_together() {
    let server = Server::kvd();
    server.client().await;
    let enter = |n: &str| {
        kvd(
            &server,
            &[
                "barrier",
                "enter",
                "/rendezvous",
                "--count",
                "3",
                "--",
                "sh",
                "-c",
                &format!("echo in {n}"),
            ],
        )
        .stdout(Stdio::piped())
        .spawn()
        .unwrap()
    };
    let mut first = Reaped(enter("a"));
    let mut second = Reaped(enter("b"));
    std::thread::sleep(Duration::from_millis(1000));
    assert!(first.0.try_wait().unwrap().is_none(), "waits for the count");
    assert!(
        second.0.try_wait().unwrap().is_none(),
        "waits for the count"
    );
    let third = enter("c").wait_with_output().unwrap();
    assert!(third.status.success());
    assert_eq!(String::from_utf8_lossy(&third.stdout), "in c\n");
    for (child, n) in [(&mut first, "a"), (&mut second, "b")] {
        let (status, out) = finish(child);
        assert!(status.success());
        assert_eq!(out, format!("in {n}\n"));
    }
    assert_eq!(
        ok(&server, &["get", "/rendezvous", "--prefix", "--keys-only"]),
        ""
    );
}

#[tokio::test]
async fn a_barrier_holds_waiters_until_released() {
    let server = Server::kvd();
    server.client().await;
    assert_eq!(
        ok(&server, &["barrier", "wait", "/gate"]),
        "",
        "not held: at once"
    );
    ok(&server, &["barrier", "hold", "/gate"]);
    let (_, err, code) = run(&server, &["barrier", "hold", "/gate"]);
    assert_eq!((code, err.as_str()), (1, "Error: key already exists\n"));
    let mut waiter = Reaped(kvd(&server, &["barrier", "wait", "/gate"]).spawn().unwrap());
    std::thread::sleep(Duration::from_millis(700));
    assert!(waiter.0.try_wait().unwrap().is_none(), "held: waits");
    let (_, err, code) = run(&server, &["barrier", "wait", "/gate", "--timeout", "1s"]);
    assert_eq!(
        (code, err.as_str()),
        (1, "Error: barrier /gate not released within 1s\n")
    );
    ok(&server, &["barrier", "release", "/gate"]);
    let status = waiter.0.wait().unwrap();
    assert!(status.success());
}

// --- not under the etcdctl link ---------------------------------------------------

#[tokio::test]
async fn the_etcdctl_link_offers_only_etcdctls_commands_and_flags() {
    let server = Server::kvd();
    server.client().await;
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("etcdctl");
    std::os::unix::fs::symlink(kvd_bin(), &link).unwrap();
    let etcdctl = |args: &[&str]| {
        common::run(
            Command::new(&link)
                .args(args)
                .env("ETCDCTL_ENDPOINTS", &server.endpoint)
                .env("KVD_ENDPOINTS", &server.endpoint),
        )
    };
    for args in [
        &["register", "web", "127.0.0.1:1"][..],
        &["discover", "web"],
        &["queue", "len", "q"],
        &["pqueue", "len", "q"],
        &["barrier", "wait", "b"],
        &["put", "k", "v", "--ttl", "5"],
        &["put", "k", "--from-file", "/dev/null"],
        &["get", "k", "--wait"],
        &["get", "k", "--timeout", "1s"],
        &["get", "k", "--raw"],
    ] {
        let (_, err, code) = etcdctl(args);
        assert_ne!(code, 0, "etcdctl {args:?} was accepted");
        assert!(
            err.contains("unrecognized subcommand") || err.contains("unexpected argument"),
            "etcdctl {args:?}: {err}"
        );
    }
    let (out, err, code) = etcdctl(&["put", "k", "v"]);
    assert_eq!((code, out.as_str()), (0, "OK\n"), "{err}");
    assert_eq!(ok(&server, &["put", "k2", "v", "--ttl", "5"]), "OK\n");
}
