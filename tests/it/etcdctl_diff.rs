//! Differential test: the same etcdctl 3.4 command lines (Debian's
//! etcdctl) run against kvd and against a real etcd 3.4 (Debian's
//! etcd-server) must print the same thing. Only what cannot be equal is
//! masked: cluster and member IDs, the raft term, client-side log noise
//! (timestamps, connection IDs, addresses), and in `endpoint status` the
//! storage engine's own figures (version, database sizes, raft indexes).

use crate::common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{debian_tool, Server};

/// One etcdctl invocation: arguments and what goes to its stdin.
struct Step {
    args: &'static str,
    stdin: &'static str,
}

const fn step(args: &'static str) -> Step {
    Step { args, stdin: "" }
}

const fn with_stdin(args: &'static str, stdin: &'static str) -> Step {
    Step { args, stdin }
}

const SCRIPT: &[Step] = &[
    step("put foo bar"),
    step("put foo bar2 --prev-kv"),
    step("put foo bar3 --prev-kv -w json"),
    with_stdin("put fromstdin", "value from stdin"),
    step("put /app/a 1"),
    step("put /app/b 2"),
    step("put /app/b 3"),
    step("put /app/c 4"),
    step("put zz 5"),
    step("get foo"),
    step("get foo -w json"),
    step("get foo -w fields"),
    step("get /app/a /app/c"),
    step("get /app --prefix"),
    step("get /app --prefix -w json"),
    step("get /app --prefix --limit 2"),
    step("get /app --prefix --limit 2 -w json"),
    step("get /app/b --from-key"),
    step("get /app --prefix --keys-only"),
    step("get /app --prefix --print-value-only"),
    step("get /app --prefix --count-only -w json"),
    step("get /app --prefix --sort-by=VERSION --order=DESCEND"),
    step("get /app --prefix --sort-by=MODIFY --order=DESCEND -w json"),
    step("get /app --prefix --sort-by=CREATE"),
    step("get /app --prefix --sort-by=VALUE --order=DESCEND --limit=2"),
    step("get /app --prefix --order=DESCEND"),
    step("get /app --prefix --consistency=s"),
    step("get /app --prefix --hex"),
    step("get foo --rev=2"),
    step("get foo --rev=3 -w json"),
    step("get foo --rev=1000"),
    step("get missing"),
    step("get missing -w json"),
    step("get"),
    step("put onlykey"),
    step("put k v --ignore-value"),
    step("put k --ignore-lease"),
    step("del missing"),
    step("del /app/a --prev-kv"),
    step("del /app/a --prev-kv -w json"),
    step("del /app --prefix -w json"),
    step("del zz --from-key"),
    with_stdin(
        "txn",
        "value(\"foo\") = \"bar3\"\n\nput t1 x\nget foo\n\nput t2 y\n\n",
    ),
    with_stdin(
        "txn -w json",
        "mod(\"foo\") > \"1\"\nversion(\"foo\") = \"3\"\n\nget foo\ndel t1\n\nput t3 z\n\n",
    ),
    with_stdin(
        "txn -w fields",
        "create(\"nothing\") > \"0\"\n\nget foo\n\nput t4 w\nget t4\n\n",
    ),
    with_stdin(
        "txn --interactive",
        "value(\"foo\") != \"x\"\n\nput t5 i\n\nput t6 i\n\n",
    ),
    with_stdin("txn", "\nput dup 1\nput dup 2\n\n\n"),
    with_stdin("txn", "bogus compare\n\n\n\n"),
    step("compaction 5"),
    step("compaction 5"),
    step("compaction 2"),
    step("compaction 100000"),
    step("compaction 8 --physical"),
    step("defrag"),
    step("defrag --cluster"),
    step("get foo --rev=4"),
    step("get foo --rev=8 -w json"),
    step("endpoint status"),
    step("endpoint status -w json"),
    step("endpoint health"),
    step("lock"),
    step("lock /dl echo hello"),
    step("lock /dl -- sh -c exit~3"),
    step("elect"),
    step("elect a b c"),
    step("elect -l a b"),
    step("elect onlyname"),
    step("get --from-key '' -w json"),
];

/// Runs etcdctl against `endpoint`, returning what a user sees.
fn etcdctl(endpoint: &str, s: &Step) -> String {
    let mut args: Vec<String> = vec![format!("--endpoints={endpoint}")];
    for a in s.args.split(' ') {
        args.push(if a == "''" {
            String::new()
        } else {
            a.to_string()
        });
    }
    let mut child = Command::new(debian_tool("etcdctl", "etcd-client"))
        .args(&args)
        .env("ETCDCTL_API", "3")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run etcdctl");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(s.stdin.as_bytes()).expect("write stdin");
    drop(stdin);
    let out = child.wait_with_output().expect("etcdctl output");
    format!(
        "$ etcdctl {}\n{}{}[exit {}]\n",
        s.args,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        out.status.code().unwrap_or(-1)
    )
}

/// Masks what differs by nature between two servers.
struct Mask {
    endpoint: String,
    cluster_id: u64,
    member_id: u64,
}

impl Mask {
    fn apply(&self, text: &str) -> String {
        let mut t = text.replace(&self.endpoint, "ENDPOINT");
        for (id, name) in [
            (self.cluster_id, "CLUSTER_ID"),
            (self.member_id, "MEMBER_ID"),
        ] {
            t = t.replace(&id.to_string(), name);
            t = t.replace(&format!("{id:x}"), name);
        }
        t.lines().map(mask_line).collect::<Vec<_>>().join("\n")
    }
}

fn mask_line(line: &str) -> String {
    let mut l = line.to_string();
    for (from, to) in [
        (r#""raft_term":\d+"#, r#""raft_term":T"#),
        (r#""RaftTerm" : \d+"#, r#""RaftTerm" : T"#),
        (r#""ts":"[^"]*""#, r#""ts":TS"#),
        (r"client-[0-9a-f-]+", "client-ID"),
        (r#""version":"[^"]*""#, r#""version":V"#),
        (
            r#""(dbSize|dbSizeInUse|raftIndex|raftAppliedIndex|raftTerm)":\d+"#,
            r#""$1":N"#,
        ),
        (r"took = [0-9.]+[µmn]?s", "took = D"),
    ] {
        l = regex_replace(&l, from, to);
    }
    if l.starts_with("ENDPOINT, MEMBER_ID,") {
        // endpoint status (simple): version, db size and raft figures.
        let cols: Vec<&str> = l.split(", ").collect();
        if cols.len() >= 9 {
            l = format!(
                "ENDPOINT, MEMBER_ID, V, SIZE, {}, {}, T, N, N, {}",
                cols[4],
                cols[5],
                cols[9..].join(", ")
            );
        }
    }
    l
}

/// A tiny regex replacement via the regex-free route would be unreadable;
/// the test uses the `regex` crate etcdctl output masks need.
fn regex_replace(text: &str, pattern: &str, with: &str) -> String {
    regex::Regex::new(pattern)
        .expect("valid pattern")
        .replace_all(text, with)
        .into_owned()
}

async fn mask_for(server: &Server) -> Mask {
    let mut c = server.client().await;
    let s = c.status().await.expect("status");
    let h = s.header().expect("header");
    Mask {
        endpoint: server.endpoint.clone(),
        cluster_id: h.cluster_id(),
        member_id: h.member_id(),
    }
}

#[tokio::test]
async fn etcdctl_sees_no_difference_between_kvd_and_etcd() {
    let etcd = Server::etcd();
    let kvd = Server::kvd();
    let (etcd_mask, kvd_mask) = (mask_for(&etcd).await, mask_for(&kvd).await);
    let mut differences = Vec::new();
    let mut transcript = String::new();
    for s in SCRIPT {
        let want = etcd_mask.apply(&etcdctl(&etcd.endpoint, s));
        let got = kvd_mask.apply(&etcdctl(&kvd.endpoint, s));
        transcript.push_str(&got);
        transcript.push('\n');
        if want != got {
            differences.push(format!("--- etcd\n{want}\n--- kvd\n{got}\n"));
        }
    }
    // For a person checking what was compared: KVD_DIFF_TRANSCRIPT=FILE.
    if let Ok(path) = std::env::var("KVD_DIFF_TRANSCRIPT") {
        std::fs::write(path, &transcript).expect("write transcript");
    }
    assert!(
        differences.is_empty(),
        "{} of {} steps differ:\n{}",
        differences.len(),
        SCRIPT.len(),
        differences.join("\n")
    );
}

/// Runs `script` with Debian's etcdctl against etcd and against kvd and
/// fails on any difference after masking.
async fn same_on_both(
    what: &str,
    script: fn(&std::path::Path, &str, &str) -> Vec<String>,
    seen: &str,
) {
    let etcd = Server::etcd();
    let kvd = Server::kvd();
    let (etcd_mask, kvd_mask) = (mask_for(&etcd).await, mask_for(&kvd).await);
    let etcdctl = debian_tool("etcdctl", "etcd-client");
    let want = script(&etcdctl, "etcdctl", &etcd.endpoint);
    let got = script(&etcdctl, "etcdctl", &kvd.endpoint);
    let differences: Vec<String> = want
        .iter()
        .zip(&got)
        .map(|(w, g)| (etcd_mask.apply(w), kvd_mask.apply(g)))
        .filter(|(w, g)| w != g)
        .map(|(w, g)| format!("--- etcd\n{w}\n--- kvd\n{g}\n"))
        .collect();
    assert!(
        differences.is_empty(),
        "{what} output differs:\n{}",
        differences.join("\n")
    );
    assert!(
        want.iter().any(|t| t.contains(seen)),
        "the {what} script did real work: {want:?}"
    );
}

#[tokio::test]
async fn etcdctl_lease_commands_match_etcd() {
    same_on_both("lease", common::lease_transcripts, "granted with TTL").await;
}

#[tokio::test]
async fn etcdctl_watch_matches_etcd() {
    same_on_both("watch", common::watch_transcripts, "PUT").await;
}

#[tokio::test]
async fn etcdctl_auth_commands_match_etcd() {
    same_on_both("auth", common::auth_transcripts, "Authentication Enabled").await;
}

#[tokio::test]
async fn etcdctl_member_commands_match_etcd() {
    let etcd = Server::etcd();
    let kvd = Server::kvd();
    let etcdctl = debian_tool("etcdctl", "etcd-client");
    let (etcd_mask, kvd_mask) = (mask_for(&etcd).await, mask_for(&kvd).await);
    let want: Vec<String> = common::member_transcripts(&etcdctl, &etcd)
        .await
        .iter()
        .map(|t| common::without_id_order(&etcd_mask.apply(t)))
        .collect();
    let got: Vec<String> = common::member_transcripts(&etcdctl, &kvd)
        .await
        .iter()
        .map(|t| common::without_id_order(&kvd_mask.apply(t)))
        .collect();
    let differences: Vec<String> = want
        .iter()
        .zip(&got)
        .filter(|(w, g)| w != g)
        .map(|(w, g)| format!("--- etcd\n{w}\n--- kvd\n{g}\n"))
        .collect();
    assert!(
        differences.is_empty(),
        "{} of {} member steps differ:\n{}",
        differences.len(),
        common::MEMBER_STEPS.len(),
        differences.join("\n")
    );
    assert!(want.iter().any(|t| t.contains("added to cluster")));
}
