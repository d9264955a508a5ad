//! The v3 JSON gateway and the probes over HTTP, with curl as the client.
//!
//! Differential: the same requests (every path etcd 3.4's gateway serves,
//! and bad ones) go to kvd and to a real etcd 3.4 (Debian's etcd-server);
//! status and body must be equal once what differs by nature is masked:
//! IDs, terms, tokens, remaining TTLs, the storage engine's figures, and
//! the wording of JSON parse errors (Go's decoder and serde word them
//! differently; the status and code must still match).

use crate::common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{replace_all, Server};

/// One HTTP request and how to compare its answer.
struct Req {
    method: &'static str,
    path: &'static str,
    /// The body; `{lease}`, `{member}`, `{token}`, `{learner}` are replaced
    /// with what earlier answers gave.
    body: &'static str,
    /// Send the token from /v3/auth/authenticate.
    with_token: bool,
    /// Compare the status and `code` only (the error's wording is Go's).
    wording_differs: bool,
}

const fn post(path: &'static str, body: &'static str) -> Req {
    Req {
        method: "POST",
        path,
        body,
        with_token: false,
        wording_differs: false,
    }
}

const fn bad(path: &'static str, body: &'static str) -> Req {
    Req {
        wording_differs: true,
        ..post(path, body)
    }
}

const fn authed(path: &'static str, body: &'static str) -> Req {
    Req {
        with_token: true,
        ..post(path, body)
    }
}

const fn get(path: &'static str) -> Req {
    Req {
        method: "GET",
        ..post(path, "")
    }
}

// Keys: foo=Zm9v bar=YmFy /app/=L2FwcC8= /app0=L2FwcDA= /app/a=L2FwcC9h
// /app/b=L2FwcC9i; l=bA== e=ZQ==.
const SCRIPT: &[Req] = &[
    post("/v3/kv/put", r#"{"key":"Zm9v","value":"YmFy"}"#),
    post(
        "/v3/kv/put",
        r#"{"key":"Zm9v","value":"YmF6","prev_kv":true}"#,
    ),
    post("/v3/kv/put", r#"{"key":"L2FwcC9h","value":"MQ=="}"#),
    post("/v3/kv/put", r#"{"key":"L2FwcC9i","value":"Mg=="}"#),
    post("/v3/kv/range", r#"{"key":"Zm9v"}"#),
    post("/v3beta/kv/range", r#"{"key":"Zm9v"}"#),
    post(
        "/v3/kv/range",
        r#"{"key":"L2FwcC8=","range_end":"L2FwcDA="}"#,
    ),
    post(
        "/v3/kv/range",
        r#"{"key":"L2FwcC8=","range_end":"L2FwcDA=","limit":"1","sort_order":"DESCEND","sort_target":"KEY"}"#,
    ),
    post(
        "/v3/kv/range",
        r#"{"key":"L2FwcC8=","range_end":"L2FwcDA=","count_only":true}"#,
    ),
    post(
        "/v3/kv/range",
        r#"{"key":"L2FwcC8=","range_end":"L2FwcDA=","keysOnly":true}"#,
    ),
    post("/v3/kv/range", r#"{"key":"Zm9v","revision":"2"}"#),
    post("/v3/kv/range", r#"{"key":"Zm9v","revision":100}"#),
    post("/v3/kv/range", r#"{"key":"bm9uZQ=="}"#),
    post(
        "/v3/kv/txn",
        r#"{"compare":[{"key":"Zm9v","result":"EQUAL","target":"VALUE","value":"YmF6"}],"success":[{"request_put":{"key":"Zm9v","value":"cXV4"}}],"failure":[{"request_range":{"key":"Zm9v"}}]}"#,
    ),
    post(
        "/v3/kv/txn",
        r#"{"compare":[{"key":"Zm9v","result":"LESS","target":"MOD","mod_revision":"2"}],"success":[{"request_delete_range":{"key":"Zm9v"}}],"failure":[{"request_range":{"key":"Zm9v"}}]}"#,
    ),
    post("/v3/kv/deleterange", r#"{"key":"L2FwcC9h","prev_kv":true}"#),
    post("/v3/kv/compaction", r#"{"revision":"3","physical":true}"#),
    post("/v3/kv/range", r#"{"key":"Zm9v","revision":"2"}"#),
    post("/v3/kv/put", r#"{"key":"","value":"YmFy"}"#),
    post("/v3/kv/range", r#"{}"#),
    post("/v3/kv/range", ""),
    // Leases.
    post("/v3/lease/grant", r#"{"TTL":60}"#),
    post(
        "/v3/kv/put",
        r#"{"key":"bA==","value":"dg==","lease":"{lease}"}"#,
    ),
    post("/v3/lease/timetolive", r#"{"ID":"{lease}","keys":true}"#),
    post("/v3/kv/lease/timetolive", r#"{"ID":"{lease}"}"#),
    post("/v3/lease/leases", r#"{}"#),
    post("/v3/kv/lease/leases", r#"{}"#),
    post("/v3/lease/keepalive", r#"{"ID":"{lease}"}"#),
    post("/v3/lease/revoke", r#"{"ID":"{lease}"}"#),
    post("/v3/lease/revoke", r#"{"ID":"{lease}"}"#),
    post("/v3/kv/lease/revoke", r#"{"ID":"1"}"#),
    post("/v3/lease/timetolive", r#"{"ID":"1"}"#),
    post("/v3/lease/keepalive", r#"{"ID":"1"}"#),
    post("/v3/kv/range", r#"{"key":"bA=="}"#),
    // Watch: history replay, then the stream ends with curl's time limit.
    post(
        "/v3/watch",
        r#"{"create_request":{"key":"L2FwcC8=","range_end":"L2FwcDA=","start_revision":"4"}}"#,
    ),
    post(
        "/v3/watch",
        r#"{"create_request":{"key":"Zm9v","start_revision":"2"}}"#,
    ),
    // Cluster.
    post("/v3/cluster/member/list", r#"{}"#),
    post("/v3/cluster/member/promote", r#"{"ID":"{member}"}"#),
    post(
        "/v3/cluster/member/update",
        r#"{"ID":"1","peerURLs":["http://127.0.0.1:9"]}"#,
    ),
    post("/v3/cluster/member/remove", r#"{"ID":"1"}"#),
    post(
        "/v3/cluster/member/add",
        r#"{"peerURLs":["http://127.0.0.1:9"],"isLearner":true}"#,
    ),
    post("/v3/cluster/member/list", r#"{}"#),
    post("/v3/cluster/member/promote", r#"{"ID":"{learner}"}"#),
    post("/v3/cluster/member/remove", r#"{"ID":"{learner}"}"#),
    // Maintenance.
    post("/v3/maintenance/status", r#"{}"#),
    post("/v3/maintenance/defragment", r#"{}"#),
    post("/v3beta/maintenance/defragment", r#"{}"#),
    post("/v3/maintenance/alarm", r#"{"action":"GET"}"#),
    post(
        "/v3/maintenance/alarm",
        r#"{"action":"DEACTIVATE","memberID":"{member}","alarm":"NOSPACE"}"#,
    ),
    post("/v3/maintenance/transfer-leadership", r#"{"targetID":"1"}"#),
    // Lock and election.
    post("/v3/lease/grant", r#"{"TTL":60}"#),
    post("/v3/lock/lock", r#"{"name":"bA==","lease":"{lease}"}"#),
    post(
        "/v3/election/campaign",
        r#"{"name":"ZQ==","lease":"{lease}","value":"YQ=="}"#,
    ),
    post("/v3/election/leader", r#"{"name":"ZQ=="}"#),
    post("/v3/election/leader", r#"{"name":"bm9uZQ=="}"#),
    post("/v3/lease/revoke", r#"{"ID":"{lease}"}"#),
    post("/v3/lock/unlock", r#"{"key":"bm9uZQ=="}"#),
    // Auth.
    post("/v3/auth/user/add", r#"{"name":"root","password":"pw"}"#),
    post("/v3/auth/user/add", r#"{"name":"root","password":"pw"}"#),
    post("/v3/auth/role/add", r#"{"name":"root"}"#),
    post("/v3/auth/user/grant", r#"{"user":"root","role":"root"}"#),
    post("/v3/auth/user/add", r#"{"name":"u","password":"upw"}"#),
    post("/v3/auth/role/add", r#"{"name":"r"}"#),
    post(
        "/v3/auth/role/grant",
        r#"{"name":"r","perm":{"permType":"READ","key":"L2FwcC8=","range_end":"L2FwcDA="}}"#,
    ),
    post("/v3/auth/user/grant", r#"{"user":"u","role":"r"}"#),
    post("/v3/auth/user/get", r#"{"name":"u"}"#),
    post("/v3/auth/user/list", r#"{}"#),
    post("/v3/auth/role/get", r#"{"role":"r"}"#),
    post("/v3/auth/role/list", r#"{}"#),
    post("/v3/auth/enable", r#"{}"#),
    post("/v3/kv/range", r#"{"key":"Zm9v"}"#),
    post(
        "/v3/auth/authenticate",
        r#"{"name":"root","password":"nope"}"#,
    ),
    post(
        "/v3/auth/authenticate",
        r#"{"name":"root","password":"pw"}"#,
    ),
    authed("/v3/kv/range", r#"{"key":"L2FwcC9i"}"#),
    authed(
        "/v3/auth/user/changepw",
        r#"{"name":"u","password":"upw2"}"#,
    ),
    authed("/v3/auth/user/revoke", r#"{"name":"u","role":"r"}"#),
    authed(
        "/v3/auth/role/revoke",
        r#"{"role":"r","key":"L2FwcC8=","range_end":"L2FwcDA="}"#,
    ),
    authed("/v3/auth/role/delete", r#"{"role":"r"}"#),
    authed("/v3/auth/user/delete", r#"{"name":"u"}"#),
    authed("/v3/auth/disable", r#"{}"#),
    post("/v3/kv/range", r#"{"key":"Zm9v"}"#),
    // Bad requests.
    bad("/v3/kv/range", r#"{"key":"Zm9"#),
    bad("/v3/kv/range", r#"{"key":5}"#),
    bad("/v3/kv/range", r#"{"key":"!!!"}"#),
    bad("/v3/kv/range", r#"[1,2]"#),
    bad("/v3/kv/put", r#"{"key":"YQ==","lease":"x"}"#),
    post("/v3/kv/range", r#"{"key":"Zm9v","unknown_field":1}"#),
    post("/v3/kv/nothing", r#"{}"#),
    get("/v3/kv/range"),
    get("/nothing"),
    get("/health"),
    get("/version"),
];

/// Waits (up to 20 s) until `server` says it is healthy: it has a leader
/// and serves linearizable reads.
fn wait_healthy(server: &Server) {
    let base = format!("http://{}", server.endpoint);
    let deadline = Instant::now() + Duration::from_secs(20);
    while curl("GET", &base, "/health", "", None, false).0 != 200 {
        assert!(
            Instant::now() < deadline,
            "{} never became healthy",
            server.endpoint
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// What a server answered to each request, as one transcript.
fn transcript(server: &Server) -> String {
    let base = format!("http://{}", server.endpoint);
    let mut vars: Vec<(&str, String)> = vec![("{member}", member_id(&base))];
    let mut out = String::new();
    for req in SCRIPT {
        let mut body = req.body.to_string();
        for (name, value) in &vars {
            body = body.replace(name, value);
        }
        let token = vars
            .iter()
            .find(|(n, _)| *n == "{token}")
            .map(|(_, t)| t.clone())
            .filter(|_| req.with_token);
        let streams = req.path.ends_with("/watch") || req.path.ends_with("/keepalive");
        let (status, answer) = curl(
            req.method,
            &base,
            req.path,
            &body,
            token.as_deref(),
            streams,
        );
        if let Some(id) = field(&answer, "ID").filter(|_| req.path.ends_with("/lease/grant")) {
            set(&mut vars, "{lease}", id);
        }
        if let Some(t) = field(&answer, "token") {
            set(&mut vars, "{token}", t);
        }
        if req.path.ends_with("/member/add") {
            if let Some(id) = field(&answer, "ID") {
                set(&mut vars, "{learner}", id);
            }
        }
        let mut answer = members_in_order(&mask(&answer));
        if req.wording_differs {
            answer = replace_all(&answer, &[(r#""(error|message)":"[^"]*""#, r#""$1":"…""#)]);
        }
        out.push_str(&format!(
            "{} {} {}\n=> {status}\n{answer}\n\n",
            req.method, req.path, req.body
        ));
    }
    out
}

/// Members are listed by ID, and new members' IDs are random: compare
/// them in a fixed order.
fn members_in_order(answer: &str) -> String {
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(answer) else {
        return answer.to_string();
    };
    let Some(members) = value.get_mut("members").and_then(|m| m.as_array_mut()) else {
        return answer.to_string();
    };
    members.sort_by_key(|m| m.to_string());
    value.to_string()
}

fn set(vars: &mut Vec<(&'static str, String)>, name: &'static str, value: String) {
    vars.retain(|(n, _)| *n != name);
    vars.push((name, value));
}

/// The first `"name":"value"` string field in `json`.
fn field(json: &str, name: &str) -> Option<String> {
    let re = regex::Regex::new(&format!(r#""{name}":"([^"]*)""#)).expect("pattern");
    re.captures(json).map(|c| c[1].to_string())
}

fn member_id(base: &str) -> String {
    let (_, list) = curl("POST", base, "/v3/cluster/member/list", "{}", None, false);
    field(&list, "ID").expect("a member ID")
}

/// What differs between two servers by nature.
fn mask(answer: &str) -> String {
    replace_all(
        answer,
        &[
            (
                r#""(cluster_id|member_id|raft_term|leader|memberID)":"\d+""#,
                r#""$1":"N""#,
            ),
            (r#""ID":"\d+""#, r#""ID":"N""#),
            (r#""token":"[^"]*""#, r#""token":"T""#),
            (r#""TTL":"[1-9]\d*""#, r#""TTL":"TTL""#),
            (
                r#""(dbSize|dbSizeInUse|raftIndex|raftAppliedIndex)":"\d+""#,
                r#""$1":"N""#,
            ),
            (r#","dbSizeQuota":"\d+""#, ""),
            (r#""version":"3\.4\.\d+""#, r#""version":"3.4""#),
            (
                r#""peerURLs":\["http://127\.0\.0\.1:\d+"\]"#,
                r#""peerURLs":["PEER"]"#,
            ),
            (
                r#""clientURLs":\["http://127\.0\.0\.1:\d+"\]"#,
                r#""clientURLs":["CLIENT"]"#,
            ),
            // Lock and election keys end in the lease ID, in hex (base64 here).
            (r#""key":"(bC8|ZS8)[^"]*""#, r#""key":"$1/LEASE""#),
            (r#""lease":"\d+""#, r#""lease":"N""#),
            (
                r#""etcdserver":"3\.4\.\d+","etcdcluster":"3\.4\.\d+""#,
                r#""etcdserver":"3.4","etcdcluster":"3.4""#,
            ),
        ],
    )
}

/// Runs curl with a body too long for its command line.
fn curl_file(method: &str, base: &str, path: &str, body: &str) -> (u16, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("body.json");
    std::fs::write(&file, body).expect("write");
    let out = Command::new("curl")
        .args(["-s", "-X", method, "-w", "\n%{http_code}", "--data-binary"])
        .arg(format!("@{}", file.display()))
        .arg(format!("{base}{path}"))
        .output()
        .expect("curl runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, status) = text.rsplit_once('\n').unwrap_or(("", &text));
    (status.trim().parse().unwrap_or(0), body.to_string())
}

/// Runs curl: the status and the body (a stream for at most 1.5 s).
fn curl(
    method: &str,
    base: &str,
    path: &str,
    body: &str,
    token: Option<&str>,
    stream: bool,
) -> (u16, String) {
    let mut cmd = Command::new("curl");
    cmd.args(["-s", "-N", "-X", method, "-w", "\n%{http_code}"]);
    cmd.args(["--max-time", if stream { "1.5" } else { "10" }]);
    if method == "POST" {
        cmd.args(["--data-binary", body]);
    }
    if let Some(token) = token {
        cmd.args(["-H", &format!("Authorization: {token}")]);
    }
    let out = cmd
        .arg(format!("{base}{path}"))
        .output()
        .expect("curl runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, status) = text.rsplit_once('\n').unwrap_or(("", &text));
    (status.trim().parse().unwrap_or(0), body.to_string())
}

#[test]
fn every_gateway_path_answers_as_etcd_does() {
    let etcd = Server::etcd();
    let kvd = Server::kvd();
    let mut theirs = transcript(&etcd);
    let mut ours = transcript(&kvd);
    // Oversized requests: over the request limit, and over gRPC's.
    for size in [1600 * 1024, 3000 * 1024] {
        let value = base64_encode(&"x".repeat(size));
        let body = format!(r#"{{"key":"YQ==","value":"{value}"}}"#);
        for (server, out) in [(&etcd, &mut theirs), (&kvd, &mut ours)] {
            let base = format!("http://{}", server.endpoint);
            let (status, answer) = curl_file("POST", &base, "/v3/kv/put", &body);
            out.push_str(&format!("PUT of {size} bytes\n=> {status}\n{answer}\n\n"));
        }
    }
    if theirs != ours {
        let diff = similar_lines(&theirs, &ours);
        panic!("kvd's gateway differs from etcd 3.4's:\n{diff}");
    }
}

/// The lines that differ, etcd's first (-) and kvd's (+).
fn similar_lines(theirs: &str, ours: &str) -> String {
    let mut out = String::new();
    for (a, b) in theirs.split("\n\n").zip(ours.split("\n\n")) {
        if a != b {
            out.push_str(&format!("- {a}\n+ {b}\n\n"));
        }
    }
    out
}

#[test]
fn a_gateway_watch_sees_a_put_made_while_it_streams() {
    let kvd = Server::kvd();
    let base = format!("http://{}", kvd.endpoint);
    let mut watch = common::Reaped(
        Command::new("curl")
            .args(["-s", "-N", "--max-time", "20", "-X", "POST"])
            .args(["--data-binary", r#"{"create_request":{"key":"bGl2ZQ=="}}"#])
            .arg(format!("{base}/v3/watch"))
            .stdout(Stdio::piped())
            .spawn()
            .expect("curl runs"),
    );
    let mut lines = BufReader::new(watch.0.stdout.take().expect("stdout")).lines();
    let created = lines.next().expect("a line").expect("text");
    assert!(created.contains(r#""created":true"#), "{created}");
    let (status, _) = curl(
        "POST",
        &base,
        "/v3/kv/put",
        r#"{"key":"bGl2ZQ==","value":"bm93"}"#,
        None,
        false,
    );
    assert_eq!(status, 200);
    let event = lines.next().expect("a line").expect("text");
    assert!(
        event.contains(r#""events":[{"kv":{"key":"bGl2ZQ==""#)
            && event.contains(r#""value":"bm93""#),
        "{event}"
    );
}

#[test]
fn the_gateway_snapshot_streams_a_backup_that_restores() {
    let kvd = Server::kvd();
    let base = format!("http://{}", kvd.endpoint);
    curl(
        "POST",
        &base,
        "/v3/kv/put",
        r#"{"key":"YQ==","value":"Yg=="}"#,
        None,
        false,
    );
    let (status, body) = curl("POST", &base, "/v3/maintenance/snapshot", "{}", None, false);
    assert_eq!(status, 200);
    let mut backup = Vec::new();
    for line in body.lines() {
        let blob = field(line, "blob").expect("each line has a blob");
        backup.extend(base64_decode(&blob));
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("backup.db");
    std::fs::write(&file, &backup).expect("write");
    let status = Command::new(common::kvd_bin())
        .args(["snapshot", "status"])
        .arg(&file)
        .output()
        .expect("kvd runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
}

fn base64_decode(text: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .expect("base64")
}

#[test]
fn metrics_parse_as_prometheus_text_and_move_under_load() {
    let kvd = Server::kvd();
    let base = format!("http://{}", kvd.endpoint);
    let before = scrape(&base);
    for i in 0..20 {
        let body = format!(
            r#"{{"key":"bTE=","value":"{}"}}"#,
            base64_encode(&i.to_string())
        );
        curl("POST", &base, "/v3/kv/put", &body, None, false);
    }
    let after = scrape(&base);
    assert_eq!(after.value("etcd_server_has_leader", ""), Some(1.0));
    let handled =
        r#"grpc_code="OK",grpc_method="Put",grpc_service="etcdserverpb.KV",grpc_type="unary""#;
    assert_eq!(
        after
            .value("grpc_server_handled_total", handled)
            .unwrap_or(0.0)
            - before
                .value("grpc_server_handled_total", handled)
                .unwrap_or(0.0),
        20.0
    );
    for grows in [
        "etcd_disk_wal_fsync_duration_seconds_count",
        "etcd_disk_backend_commit_duration_seconds_count",
        "etcd_debugging_mvcc_current_revision",
        "etcd_server_proposals_committed_total",
    ] {
        let (b, a) = (before.value(grows, ""), after.value(grows, ""));
        assert!(a > b, "{grows}: {b:?} -> {a:?}");
    }
    assert!(
        after
            .value("process_resident_memory_bytes", "")
            .unwrap_or(0.0)
            > 0.0
    );
    assert!(
        after
            .value("etcd_mvcc_db_total_size_in_bytes", "")
            .unwrap_or(0.0)
            > 0.0
    );
}

fn base64_encode(text: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(text)
}

/// A scrape, parsed as Prometheus's text format: every line is a comment
/// or `name{labels} value`.
struct Scrape(Vec<(String, String, f64)>);

impl Scrape {
    fn value(&self, name: &str, labels: &str) -> Option<f64> {
        self.0
            .iter()
            .find(|(n, l, _)| n == name && l == labels)
            .map(|(_, _, v)| *v)
    }
}

fn scrape(base: &str) -> Scrape {
    let out = Command::new("curl")
        .args(["-s", "-i"])
        .arg(format!("{base}/metrics"))
        .output()
        .expect("curl runs");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let (head, body) = text.split_once("\r\n\r\n").expect("headers");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(
        head.to_lowercase()
            .contains("content-type: text/plain; version=0.0.4"),
        "{head}"
    );
    let sample =
        regex::Regex::new(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$").expect("pattern");
    let mut samples = Vec::new();
    for line in body
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let c = sample
            .captures(line)
            .unwrap_or_else(|| panic!("not Prometheus text: {line}"));
        let value: f64 = c[4]
            .parse()
            .unwrap_or_else(|_| panic!("not a number: {line}"));
        let labels = c.get(3).map(|m| m.as_str().to_string()).unwrap_or_default();
        samples.push((c[1].to_string(), labels, value));
    }
    Scrape(samples)
}

#[test]
fn http1_health_and_an_http10_request_get_answers_at_once() {
    use std::io::{Read, Write};
    let kvd = Server::kvd();
    wait_healthy(&kvd);
    let started = Instant::now();
    let mut conn = std::net::TcpStream::connect(&kvd.endpoint).expect("connect");
    conn.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    conn.write_all(b"GET /health HTTP/1.0\r\n\r\n")
        .expect("write");
    let mut answer = String::new();
    conn.read_to_string(&mut answer).expect("read");
    assert!(answer.starts_with("HTTP/1.0 200"), "{answer}");
    assert!(answer.ends_with(r#"{"health":"true"}"#), "{answer}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn grpc_and_http_share_the_client_port() {
    let kvd = Server::kvd();
    let base = format!("http://{}", kvd.endpoint);
    let etcdctl = common::debian_tool("etcdctl", "etcd-client");
    let put = Command::new(&etcdctl)
        .env("ETCDCTL_API", "3")
        .args(["--endpoints", &kvd.endpoint, "put", "shared", "port"])
        .output()
        .expect("etcdctl runs");
    assert!(put.status.success());
    let (status, body) = curl(
        "POST",
        &base,
        "/v3/kv/range",
        r#"{"key":"c2hhcmVk"}"#,
        None,
        false,
    );
    assert_eq!(status, 200);
    assert!(body.contains(r#""value":"cG9ydA==""#), "{body}");
    // Cleartext HTTP/2 JSON, as etcd's cmux also takes.
    let h2c = Command::new("curl")
        .args([
            "-s",
            "--http2-prior-knowledge",
            "-X",
            "POST",
            "--data-binary",
        ])
        .arg(r#"{"key":"c2hhcmVk"}"#)
        .arg(format!("{base}/v3/kv/range"))
        .output()
        .expect("curl runs");
    let text = String::from_utf8_lossy(&h2c.stdout);
    assert!(text.contains(r#""value":"cG9ydA==""#), "{text}");
}

#[test]
fn a_metrics_url_serves_metrics_and_health_only() {
    let port = common::free_port();
    let url = format!("http://127.0.0.1:{port}");
    let _kvd = Server::kvd_with(&["--listen-metrics-urls", &url, "--metrics", "extensive"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    let health = loop {
        let (status, body) = curl("GET", &url, "/health", "", None, false);
        if status == 200 || Instant::now() > deadline {
            break body;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(health, r#"{"health":"true"}"#);
    let (status, _) = curl(
        "POST",
        &url,
        "/v3/kv/range",
        r#"{"key":"YQ=="}"#,
        None,
        false,
    );
    assert_eq!(status, 404);
    let metrics = scrape(&url);
    assert!(metrics.value("etcd_server_has_leader", "").is_some());
}

#[test]
fn etcdctl_check_datascale_passes() {
    let kvd = Server::kvd();
    let etcdctl = common::debian_tool("etcdctl", "etcd-client");
    let out = Command::new(etcdctl)
        .env("ETCDCTL_API", "3")
        .args(["--endpoints", &kvd.endpoint, "check", "datascale"])
        .output()
        .expect("etcdctl runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("PASS: Approximate system memory used"),
        "{text}"
    );
}

/// The `console` block under the README's HTTP heading: each `$ ` line is
/// run (against a fresh server, for the README's 127.0.0.1:2379) and must
/// print the lines after it.
#[test]
fn the_readmes_curl_examples_print_what_it_shows() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let (_, section) = readme
        .split_once("### HTTP: curl")
        .expect("the README's HTTP section");
    let (_, block) = section.split_once("```console\n").expect("a console block");
    let (block, _) = block.split_once("```").expect("the block ends");
    let kvd = Server::kvd_with(&["--enable-v2"]);
    wait_healthy(&kvd);
    let mut steps: Vec<(String, String)> = Vec::new();
    for line in block.lines() {
        match line.strip_prefix("$ ") {
            Some(command) => steps.push((command.to_string(), String::new())),
            None => {
                let (_, expected) = steps.last_mut().expect("a command first");
                expected.push_str(line);
                expected.push('\n');
            }
        }
    }
    assert!(steps.len() >= 5, "{block}");
    for (command, expected) in steps {
        let command = command.replace("127.0.0.1:2379", &kvd.endpoint);
        let out = Command::new("bash")
            .args(["-c", &command])
            .output()
            .expect("bash runs");
        let printed = String::from_utf8_lossy(&out.stdout);
        let printed = if printed.ends_with('\n') {
            printed.into_owned()
        } else {
            format!("{printed}\n")
        };
        assert_eq!(printed, expected, "{command}");
    }
}

#[test]
fn members_that_applied_the_same_writes_have_the_same_backend_hash() {
    let cluster = common::Cluster::start(3);
    let endpoints = cluster.endpoints();
    let base = |i: usize| format!("http://{}", endpoints[i]);
    for i in 0..10 {
        let body = format!(
            r#"{{"key":"{}","value":"dg=="}}"#,
            base64_encode(&format!("h{i}"))
        );
        let (status, _) = curl("POST", &base(0), "/v3/kv/put", &body, None, false);
        assert_eq!(status, 200);
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    let hash_field = regex::Regex::new(r#""hash":(\d+)"#).expect("pattern");
    loop {
        let hashes: Vec<String> = (0..3)
            .map(|i| {
                let (status, body) =
                    curl("POST", &base(i), "/v3/maintenance/hash", "{}", None, false);
                assert_eq!(status, 200, "{body}");
                let revision = field(&body, "revision").unwrap_or_default();
                let hash = hash_field
                    .captures(&body)
                    .map(|c| c[1].to_string())
                    .expect("a hash");
                format!("{revision}/{hash}")
            })
            .collect();
        if hashes.iter().all(|h| *h == hashes[0]) && hashes[0].starts_with("11/") {
            break;
        }
        assert!(Instant::now() < deadline, "hashes differ: {hashes:?}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn pipelined_http1_requests_are_answered_in_order() {
    use std::io::{Read, Write};
    let kvd = Server::kvd();
    let mut conn = std::net::TcpStream::connect(&kvd.endpoint).expect("connect");
    conn.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let put = r#"{"key":"cA==","value":"MQ=="}"#;
    let range = r#"{"key":"cA=="}"#;
    let requests = format!(
        "POST /v3/kv/put HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n{put}\
         GET /version HTTP/1.1\r\nHost: x\r\n\r\n\
         POST /v3/kv/range HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{range}",
        put.len(),
        range.len()
    );
    conn.write_all(requests.as_bytes()).expect("write");
    let mut answers = String::new();
    conn.read_to_string(&mut answers).expect("read");
    assert_eq!(answers.matches("HTTP/1.1 200 OK").count(), 3, "{answers}");
    let (first, rest) = answers
        .split_once(r#""etcdserver""#)
        .expect("the version second");
    assert!(first.contains(r#""revision":"2""#), "{answers}");
    assert!(rest.contains(r#""value":"MQ==""#), "{answers}");
}

#[test]
fn a_client_that_never_finishes_its_body_is_answered_and_let_go() {
    use std::io::{Read, Write};
    let kvd = Server::kvd();
    let mut conn = std::net::TcpStream::connect(&kvd.endpoint).expect("connect");
    conn.set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    conn.write_all(b"POST /v3/kv/range HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"key\"")
        .expect("write");
    let mut answer = String::new();
    let _ = conn.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains(r#""code":1"#), "{answer}");
}

#[tokio::test]
async fn grpc_health_says_serving() {
    use tonic_health::pb::health_check_response::ServingStatus;
    use tonic_health::pb::health_client::HealthClient;
    use tonic_health::pb::HealthCheckRequest;
    let kvd = Server::kvd();
    let channel = tonic::transport::Endpoint::from_shared(format!("http://{}", kvd.endpoint))
        .expect("endpoint")
        .connect()
        .await
        .expect("connect");
    let mut health = HealthClient::new(channel);
    let answer = health
        .check(HealthCheckRequest {
            service: String::new(),
        })
        .await
        .expect("check")
        .into_inner();
    assert_eq!(answer.status, ServingStatus::Serving as i32);
}
