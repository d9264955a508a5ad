//! `check perf` and `check datascale` against a kvd: the verdict lines,
//! exit codes and clean-up; their errors, byte for byte against Debian's
//! etcdctl 3.4; and that the `etcdctl` link offers exactly etcdctl's checks.
//! `check perf` always runs for 60 s (etcdctl has no shorter model), so its
//! test runs only with KVD_LONG=1.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{debian_tool, kvd_bin, run, transcript, Server};

/// Runs kvd with these arguments against `endpoint`: (stdout, stderr, exit code).
fn kvd(endpoint: &str, args: &[&str]) -> (String, String, i32) {
    run(Command::new(kvd_bin())
        .args(["--endpoints", endpoint])
        .args(args))
}

fn etcdctl_link(dir: &Path) -> PathBuf {
    let link = dir.join("etcdctl");
    std::os::unix::fs::symlink(kvd_bin(), &link).expect("make link");
    link
}

/// The keys under `prefix`, one per line.
fn keys_under(endpoint: &str, prefix: &str) -> String {
    let (out, err, code) = kvd(endpoint, &["get", prefix, "--prefix", "--keys-only"]);
    assert_eq!(code, 0, "{err}");
    out
}

/// The megabytes in a datascale PASS line; fails the test on any other
/// line.
fn megabytes_in(line: &str) -> f64 {
    let number = line
        .strip_prefix("PASS: Approximate system memory used : ")
        .and_then(|rest| rest.strip_suffix(" MB."))
        .unwrap_or_else(|| panic!("not a PASS line: {line:?}"));
    let (_, decimals) = number.split_once('.').expect("a decimal point");
    assert_eq!(decimals.len(), 2, "{line}");
    number.parse().expect("a number")
}

const START_SMALL: &str = "Start data scale check for work load [10000 key-value pairs, 1024 bytes per key-value, 50 concurrent clients].";

#[test]
fn datascale_passes_and_deletes_its_keys() {
    let server = Server::kvd();
    let (out, err, code) = kvd(&server.endpoint, &["check", "datascale", "--load", "s"]);
    assert_eq!(code, 0, "{out}{err}");
    // No bar: stdout is not a terminal.
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert_eq!(lines[0], START_SMALL);
    megabytes_in(lines[1]);
    assert_eq!(
        keys_under(&server.endpoint, "/etcdctl-check-datascale/"),
        ""
    );
}

#[test]
fn datascale_compacts_and_defragments_as_etcdctl() {
    let server = Server::kvd();
    let ep = server.endpoint.as_str();
    let args = [
        "check",
        "datascale",
        "--prefix",
        "/mine/",
        "--auto-compact",
        "--auto-defrag",
    ];
    let (out, err, code) = kvd(ep, &args);
    assert_eq!(code, 0, "{out}{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 6, "{out}");
    assert_eq!(lines[0], START_SMALL);
    let revision = lines[1]
        .strip_prefix("Compacting with revision ")
        .expect("compacting");
    assert_eq!(lines[2], format!("Compacted with revision {revision}"));
    assert_eq!(lines[3], format!("Defragmenting \"{ep}\""));
    assert_eq!(lines[4], format!("Defragmented \"{ep}\""));
    megabytes_in(lines[5]);
    assert_eq!(err, "");
    assert_eq!(keys_under(ep, "/mine/"), "");
    // The history before the delete is gone.
    let (_, err, code) = kvd(ep, &["get", "/mine/", "--rev", "2"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("required revision has been compacted"),
        "{err}"
    );
}

/// The errors before a run, through Debian's etcdctl, the `etcdctl` link
/// and `kvd`: the same stdout, stderr and exit code (4 for an unknown
/// load, 3 for a prefix that has keys).
#[test]
fn errors_before_a_run_are_etcdctls() {
    let server = Server::kvd();
    let ep = server.endpoint.as_str();
    for key in [
        "/etcdctl-check-perf/x",
        "/etcdctl-check-datascale/x",
        "/p\"q/x",
    ] {
        let (_, err, code) = kvd(ep, &["put", key, "1"]);
        assert_eq!(code, 0, "{err}");
    }
    let script = [
        "check perf --load z",
        "check datascale --load huge",
        "check perf --load=xlarge --prefix /nothing/",
        "check perf",
        "check datascale",
        "check datascale --prefix /p\"q/",
    ];
    let tmp = tempfile::tempdir().expect("tempdir");
    let link = etcdctl_link(tmp.path());
    let etcdctl = debian_tool("etcdctl", "etcd-client");
    for args in script {
        let want = transcript(&etcdctl, "etcdctl", ep, args, "");
        assert_eq!(transcript(&link, "etcdctl", ep, args, ""), want);
        assert_eq!(transcript(&kvd_bin(), "etcdctl", ep, args, ""), want);
    }
}

/// Whether a help text lists the subcommand `name`.
fn lists(help: &str, name: &str) -> bool {
    help.lines()
        .any(|line| line.split_whitespace().next() == Some(name))
}

/// `check` under the `etcdctl` link has etcdctl's two checks and not
/// kvd's `data`; under `kvd` it has all three.
#[test]
fn the_etcdctl_link_offers_etcdctls_checks() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let link = etcdctl_link(tmp.path());
    let etcdctl = |args: &[&str]| run(Command::new(&link).env("ETCDCTL_API", "3").args(args));
    let (help, err, code) = etcdctl(&["check", "--help"]);
    assert_eq!(code, 0, "{err}");
    assert!(lists(&help, "perf") && lists(&help, "datascale"), "{help}");
    assert!(!lists(&help, "data"), "{help}");
    let (_, err, code) = etcdctl(&["check", "data", "/nonexistent"]);
    assert_ne!(code, 0);
    assert!(err.contains("'data'"), "{err}");
    for command in ["perf", "datascale"] {
        let (help, err, code) = etcdctl(&["check", command, "--help"]);
        assert_eq!(code, 0, "{err}");
        for flag in ["--load", "--prefix", "--auto-compact", "--auto-defrag"] {
            assert!(help.contains(flag), "{command}: {help}");
        }
    }

    let (help, err, code) = run(Command::new(kvd_bin()).args(["check", "--help"]));
    assert_eq!(code, 0, "{err}");
    for check in ["perf", "datascale", "data"] {
        assert!(lists(&help, check), "{help}");
    }
}

/// A datascale run through the link passes as through `kvd`.
#[test]
fn the_etcdctl_link_runs_datascale() {
    let server = Server::kvd();
    let tmp = tempfile::tempdir().expect("tempdir");
    let link = etcdctl_link(tmp.path());
    let (out, err, code) = run(Command::new(&link).env("ETCDCTL_API", "3").args([
        "--endpoints",
        &server.endpoint,
        "check",
        "datascale",
    ]));
    assert_eq!(code, 0, "{out}{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert_eq!(lines[0], START_SMALL);
    megabytes_in(lines[1]);
}

/// `check perf`: 60 s at 150 puts/s from 50 clients, then the verdict.
/// Runs only with KVD_LONG=1.
#[test]
fn perf_passes_on_an_idle_member() {
    if std::env::var("KVD_LONG").as_deref() != Ok("1") {
        eprintln!("skipped: check perf takes 60 s; set KVD_LONG=1 to run it");
        return;
    }
    let server = Server::kvd();
    let (out, err, code) = kvd(&server.endpoint, &["check", "perf"]);
    assert_eq!(code, 0, "{out}{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    let rate: u32 = lines[0]
        .strip_prefix("PASS: Throughput is ")
        .and_then(|r| r.strip_suffix(" writes/s"))
        .and_then(|r| r.parse().ok())
        .unwrap_or_else(|| panic!("{out}"));
    assert!((136..=151).contains(&rate), "{out}");
    assert!(lines[1].starts_with("PASS: Slowest request took "), "{out}");
    assert!(lines[2].starts_with("PASS: Stddev is "), "{out}");
    assert_eq!(lines[3], "PASS");
    assert_eq!(keys_under(&server.endpoint, "/etcdctl-check-perf/"), "");
}
