//! The v2 HTTP API with curl: the same requests against a real etcd 3.4
//! started with --enable-v2 (Debian's etcd-server) and kvd with
//! --enable-v2 give the same statuses, v2 headers and bodies, once what
//! differs by nature is masked: indexes (etcd's v2 store counts its own,
//! kvd's are v3 revisions), expiration times, IDs and URLs.

use crate::common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use common::{replace_all, Server};

/// curl arguments after the method and before the URL, and the path.
struct Req {
    method: &'static str,
    path: &'static str,
    form: &'static [&'static str],
}

const fn req(method: &'static str, path: &'static str, form: &'static [&'static str]) -> Req {
    Req { method, path, form }
}

const SCRIPT: &[Req] = &[
    req("PUT", "/v2/keys/test", &["value=asdf"]),
    req("GET", "/v2/keys/test", &[]),
    req("GET", "/v2/keys/test?wait=true&waitIndex=1", &[]),
    req("PUT", "/v2/keys/test", &["value=x"]),
    req("PUT", "/v2/keys/dir/a/b", &["value=1", "ttl=100"]),
    req("GET", "/v2/keys/dir?recursive=true", &[]),
    req("GET", "/v2/keys/dir", &[]),
    req("GET", "/v2/keys/dir/a/b", &[]),
    req("GET", "/v2/keys/nope", &[]),
    req("PUT", "/v2/keys/test?prevExist=false", &["value=y"]),
    req("PUT", "/v2/keys/new?prevExist=false", &["value=y"]),
    req("PUT", "/v2/keys/missing?prevExist=true", &["value=y"]),
    req("PUT", "/v2/keys/test?prevExist=true", &["value=upd"]),
    req("PUT", "/v2/keys/test?prevValue=zz", &["value=y"]),
    req("PUT", "/v2/keys/test", &["value=cas", "prevValue=upd"]),
    req("PUT", "/v2/keys/test?prevIndex=1", &["value=y"]),
    req("PUT", "/v2/keys/test?prevValue=", &["value=y"]),
    req("POST", "/v2/keys/queue", &["value=job1"]),
    req("POST", "/v2/keys/queue", &["value=job2"]),
    req("GET", "/v2/keys/queue?sorted=true", &[]),
    req("DELETE", "/v2/keys/dir", &[]),
    req("DELETE", "/v2/keys/dir?dir=true", &[]),
    req("DELETE", "/v2/keys/dir?recursive=true", &[]),
    req("GET", "/v2/keys/dir/a/b", &[]),
    req("PUT", "/v2/keys/test/sub", &["value=1"]),
    req("PUT", "/v2/keys/d2?dir=true", &[]),
    req("PUT", "/v2/keys/d2?dir=true", &[]),
    req("PUT", "/v2/keys/d2", &["value=1"]),
    req("PUT", "/v2/keys/d2?prevExist=true&dir=true", &[]),
    req("GET", "/v2/keys/d2", &[]),
    req("DELETE", "/v2/keys/d2?dir=true", &[]),
    req("PUT", "/v2/keys/hidden/_h", &["value=1"]),
    req("GET", "/v2/keys/hidden", &[]),
    req("GET", "/v2/keys/hidden/_h", &[]),
    req("DELETE", "/v2/keys/test?prevValue=nope", &[]),
    req("DELETE", "/v2/keys/test?prevValue=cas", &[]),
    req("PUT", "/v2/keys/a", &[]),
    req("PUT", "/v2/keys/a?ttl=abc", &["value=1"]),
    req("PUT", "/v2/keys/a?prevExist=maybe", &["value=1"]),
    req("GET", "/v2/keys/a?recursive=maybe", &[]),
    req("PUT", "/v2/keys/a/../b/./c//", &["value=clean"]),
    req("GET", "/v2/keys/b/c", &[]),
    req("GET", "/v2/keys//b/c", &[]),
    req("DELETE", "/v2/keys/new", &[]),
    req("GET", "/v2/keys/?recursive=true&sorted=true", &[]),
    // Unsorted listings are in etcd's map order.
    req("GET", "/v2/keys?sorted=true", &[]),
    req("GET", "/v2/members", &[]),
];

/// What a server answered to the script.
fn transcript(server: &Server) -> String {
    let base = format!("http://{}", server.endpoint);
    let mut out = String::new();
    for r in SCRIPT {
        let mut cmd = Command::new("curl");
        cmd.args(["-s", "-i", "--max-time", "10", "-X", r.method]);
        for field in r.form {
            cmd.args(["--data-urlencode", field]);
        }
        let answer = cmd
            .arg(format!("{base}{}", r.path))
            .output()
            .expect("curl runs");
        let text = String::from_utf8_lossy(&answer.stdout).into_owned();
        out.push_str(&format!(
            "{} {} {:?}\n{}\n\n",
            r.method,
            r.path,
            r.form,
            masked(&text)
        ));
    }
    out
}

/// The status line, the v2 headers (names only: their values are
/// indexes) and the body, with indexes, times, IDs and URLs masked.
fn masked(response: &str) -> String {
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((response, ""));
    let mut lines = head.lines();
    let status = lines.next().unwrap_or_default().to_string();
    let mut v2_headers: Vec<String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(name, _)| name.to_lowercase())
        .filter(|name| name.starts_with("x-etcd") || name.starts_with("x-raft"))
        .collect();
    v2_headers.sort();
    let body = replace_all(
        body,
        &[
            (r#""(modifiedIndex|createdIndex|index)":\d+"#, r#""$1":N"#),
            (r#""expiration":"[^"]*""#, r#""expiration":"T""#),
            (r#""ttl":\d+"#, r#""ttl":TTL"#),
            (r"/queue/\d{20}", "/queue/N"),
            (r#"\[\d+ != \d+\]"#, "[N != N]"),
            (r#""id":"[0-9a-f]+""#, r#""id":"ID""#),
            (r#""(peerURLs|clientURLs)":\["[^"]*"\]"#, r#""$1":["URL"]"#),
            (r#""name":"[^"]*""#, r#""name":"NAME""#),
        ],
    );
    format!("{status}\n{}\n{body}", v2_headers.join(" "))
}

#[test]
fn v2_requests_answer_as_etcd_does() {
    let etcd = Server::etcd_with(&["--enable-v2"]);
    let kvd = Server::kvd_with(&["--enable-v2"]);
    let theirs = transcript(&etcd);
    let ours = transcript(&kvd);
    if let Ok(dir) = std::env::var("KVD_TRANSCRIPTS") {
        let _ = std::fs::write(format!("{dir}/v2-etcd.txt"), &theirs);
        let _ = std::fs::write(format!("{dir}/v2-kvd.txt"), &ours);
    }
    let mut differences = String::new();
    for (a, b) in theirs.split("\n\n").zip(ours.split("\n\n")) {
        if a != b {
            differences.push_str(&format!("- {a}\n+ {b}\n\n"));
        }
    }
    assert!(
        differences.is_empty(),
        "kvd's v2 API differs from etcd 3.4's:\n{differences}"
    );
}

#[test]
fn a_long_poll_wakes_on_the_change() {
    let kvd = Server::kvd_with(&["--enable-v2"]);
    let base = format!("http://{}", kvd.endpoint);
    let mut wait = common::Reaped(
        Command::new("curl")
            .args(["-s", "--max-time", "20"])
            .arg(format!("{base}/v2/keys/jobs?wait=true&recursive=true"))
            .stdout(Stdio::piped())
            .spawn()
            .expect("curl runs"),
    );
    // The watch starts from the next index: give it a moment to start.
    std::thread::sleep(std::time::Duration::from_millis(500));
    let put = Command::new("curl")
        .args(["-s", "-X", "PUT", "--data-urlencode", "value=run"])
        .arg(format!("{base}/v2/keys/jobs/1"))
        .output()
        .expect("curl runs");
    assert!(put.status.success());
    let mut line = String::new();
    BufReader::new(wait.0.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("read");
    assert!(
        line.starts_with(r#"{"action":"set","node":{"key":"/jobs/1","value":"run""#),
        "{line}"
    );
}

#[test]
fn without_enable_v2_there_is_no_v2() {
    let kvd = Server::kvd();
    let out = Command::new("curl")
        .args(["-s", "-o", "/dev/null", "-w", "%{http_code}"])
        .arg(format!("http://{}/v2/keys/x", kvd.endpoint))
        .output()
        .expect("curl runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "404");
}
