//! Every example under examples/ runs against a live kvd and prints exactly
//! what its README's "Expected output" says. Each gets a fresh server, and
//! `kvd` on its PATH is this build.

use crate::common;

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{kvd_bin, Server};

/// The examples, one folder each; a folder missing here fails
/// `every_example_is_tested`.
const EXAMPLES: &[&str] = &[
    "config-centre",
    "service-discovery",
    "pub-sub",
    "lock-fencing",
    "election-failover",
    "queue-workers",
    "heartbeat",
];

/// How long one example may run.
const LIMIT: Duration = Duration::from_secs(120);

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// The fenced block after the README's "## Expected output" heading.
fn expected_output(readme: &str) -> String {
    let (_, after) = readme
        .split_once("## Expected output")
        .expect("the README has an \"## Expected output\" section");
    let (_, block) = after
        .split_once("```text\n")
        .expect("a ```text block follows");
    let (body, _) = block.split_once("```").expect("the block is closed");
    body.to_string()
}

/// Runs `examples/NAME/run.sh` against `server`: (stdout, stderr, exit
/// code). Killed after `LIMIT`.
fn run_example(name: &str, server: &Server) -> (String, String, i32) {
    let bin = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(kvd_bin(), bin.path().join("kvd")).unwrap();
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut child = Command::new("bash")
        .arg("run.sh")
        .current_dir(examples_dir().join(name))
        .env("PATH", path)
        .env("KVD_ENDPOINTS", &server.endpoint)
        .env_remove("KVD_WRITE_OUT")
        .env_remove("KVD_HEX")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run bash");
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let deadline = Instant::now() + LIMIT;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            break child.wait().unwrap();
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    (
        out.join().unwrap(),
        err.join().unwrap(),
        status.code().unwrap_or(-1),
    )
}

async fn check(name: &str) {
    let server = Server::kvd();
    server.client().await;
    let readme = std::fs::read_to_string(examples_dir().join(name).join("README.md")).unwrap();
    let (out, err, code) = run_example(name, &server);
    assert_eq!(
        (code, out.as_str()),
        (0, expected_output(&readme).as_str()),
        "examples/{name}/run.sh printed something else; its stderr:\n{err}"
    );
}

#[tokio::test]
async fn config_centre() {
    check("config-centre").await;
}

#[tokio::test]
async fn service_discovery() {
    check("service-discovery").await;
}

#[tokio::test]
async fn pub_sub() {
    check("pub-sub").await;
}

#[tokio::test]
async fn lock_fencing() {
    check("lock-fencing").await;
}

#[tokio::test]
async fn election_failover() {
    check("election-failover").await;
}

#[tokio::test]
async fn queue_workers() {
    check("queue-workers").await;
}

#[tokio::test]
async fn heartbeat() {
    check("heartbeat").await;
}

#[test]
fn every_example_is_tested() {
    let mut found: Vec<String> = std::fs::read_dir(examples_dir())
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    let mut tested: Vec<String> = EXAMPLES.iter().map(|s| s.to_string()).collect();
    tested.sort();
    assert_eq!(found, tested);
    for name in EXAMPLES {
        let dir = examples_dir().join(name);
        assert!(dir.join("run.sh").exists(), "{name} has no run.sh");
        let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
        assert!(!expected_output(&readme).is_empty(), "{name}");
    }
}
