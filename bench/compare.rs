//! bench/compare: kvd against etcd 3.4 (Debian's etcd-server) on this
//! machine, with the same load, in the same run. For each of a 3-member and
//! a 1-member cluster on loopback, it starts etcd, runs the workloads with
//! `kvd bench`, stops it, then does the same with kvd (fresh data
//! directories in a temporary directory each time), and prints each figure
//! with the kvd/etcd ratio and the target it is held to.
//!
//! `cargo bench --bench compare`. Settings from the environment:
//! `COMPARE_SCALE` (default 1.0) multiplies every request count (0.05 makes
//! a quick smoke run), `COMPARE_SIZES` (default `3,1`) the cluster sizes.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use comfy_table::{presets::ASCII_MARKDOWN, Table};
use serde_json::Value;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum System {
    Etcd,
    Kvd,
}

impl System {
    fn name(self) -> &'static str {
        match self {
            System::Etcd => "etcd",
            System::Kvd => "kvd",
        }
    }
}

/// A cluster on loopback; its members are killed when it is dropped.
struct Cluster {
    members: Vec<Child>,
    endpoints: Vec<String>,
    _dir: tempfile::TempDir,
}

fn etcd_binary() -> PathBuf {
    for dir in std::env::var("PATH").unwrap_or_default().split(':') {
        let p = Path::new(dir).join("etcd");
        if p.is_file() {
            return p;
        }
    }
    eprintln!("bench/compare needs etcd 3.4: apt-get install etcd-server");
    std::process::exit(2);
}

impl Cluster {
    fn start(system: System, size: usize) -> Cluster {
        let dir = tempfile::tempdir().expect("tempdir");
        let ports: Vec<(u16, u16)> = (0..size)
            .map(|_| (common::free_port(), common::free_port()))
            .collect();
        let initial = ports
            .iter()
            .enumerate()
            .map(|(i, (_, p))| format!("m{i}=http://127.0.0.1:{p}"))
            .collect::<Vec<_>>()
            .join(",");
        let mut members = Vec::new();
        for (i, (client, peer)) in ports.iter().enumerate() {
            let client_url = format!("http://127.0.0.1:{client}");
            let peer_url = format!("http://127.0.0.1:{peer}");
            let mut cmd = match system {
                System::Etcd => Command::new(etcd_binary()),
                System::Kvd => {
                    let mut c = Command::new(env!("CARGO_BIN_EXE_kvd"));
                    c.arg("serve");
                    c
                }
            };
            cmd.args(["--name", &format!("m{i}")])
                .arg("--data-dir")
                .arg(dir.path().join(format!("m{i}")))
                .args(["--listen-client-urls", &client_url])
                .args(["--advertise-client-urls", &client_url])
                .args(["--listen-peer-urls", &peer_url])
                .args(["--initial-advertise-peer-urls", &peer_url])
                .args(["--initial-cluster", &initial])
                .args(["--initial-cluster-token", "compare"])
                .env("KVD_LOG", "warn")
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null());
            members.push(cmd.spawn().expect("start member"));
        }
        let cluster = Cluster {
            members,
            endpoints: ports
                .iter()
                .map(|(c, _)| format!("127.0.0.1:{c}"))
                .collect(),
            _dir: dir,
        };
        cluster.wait_healthy();
        cluster
    }

    fn wait_healthy(&self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let ok = Command::new(env!("CARGO_BIN_EXE_kvd"))
                .args(["--endpoints", &self.endpoints.join(",")])
                .args(["endpoint", "health"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .map(|s| s.success())
                .unwrap_or(false);
            if ok {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the cluster never became healthy"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// The highest peak resident memory of any member, in bytes.
    fn peak_rss(&self) -> u64 {
        self.members
            .iter()
            .filter_map(|m| std::fs::read_to_string(format!("/proc/{}/status", m.id())).ok())
            .filter_map(|status| {
                status
                    .lines()
                    .find(|l| l.starts_with("VmHWM:"))
                    .and_then(|l| l.split_whitespace().nth(1))
                    .and_then(|kb| kb.parse::<u64>().ok())
            })
            .max()
            .unwrap_or(0)
            * 1024
    }

    /// CPU time (user + system) all members have used so far, in seconds.
    fn cpu_seconds(&self) -> f64 {
        // SAFETY: sysconf has no preconditions.
        let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
        self.members
            .iter()
            .filter_map(|m| std::fs::read_to_string(format!("/proc/{}/stat", m.id())).ok())
            .map(|stat| {
                // Fields after the command name, which is in parentheses.
                let rest = stat.rsplit(')').next().unwrap_or("");
                let fields: Vec<&str> = rest.split_whitespace().collect();
                let field = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok());
                // utime and stime are fields 14 and 15 of the whole line.
                field(11).unwrap_or(0.0) + field(12).unwrap_or(0.0)
            })
            .sum::<f64>()
            / ticks
    }

    /// Runs `kvd bench ARGS --json` against every member.
    fn bench(&self, args: &str) -> Value {
        let out = Command::new(env!("CARGO_BIN_EXE_kvd"))
            .args(["--endpoints", &self.endpoints.join(",")])
            .arg("bench")
            .args(args.split_whitespace())
            .arg("--json")
            .stderr(Stdio::inherit())
            .output()
            .expect("run kvd bench");
        assert!(out.status.success(), "kvd bench {args} failed");
        serde_json::from_slice(&out.stdout).expect("kvd bench --json output")
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for m in &mut self.members {
            let _ = m.kill();
            let _ = m.wait();
        }
    }
}

fn scaled(n: u64) -> u64 {
    let scale: f64 = std::env::var("COMPARE_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    ((n as f64 * scale) as u64).max(10)
}

/// requests/s and p50 (µs) of a run's first summary.
fn figures(v: &Value) -> (f64, f64) {
    let s = &v["summaries"][0];
    let errors = s["errors"].as_u64().unwrap_or(0);
    if errors > 0 {
        eprintln!("  ({errors} errors: {})", s["error_messages"]);
    }
    (
        s["requests_per_s"].as_f64().unwrap_or(0.0),
        s["latency_us"]["p50"].as_f64().unwrap_or(0.0),
    )
}

/// One system's figures on one cluster, by name.
type Figures = BTreeMap<&'static str, f64>;

/// The key space the range workloads read: 100 keys of config-sized
/// values, which the history phase then rewrites 3,000 times each.
const HOT_KEYS: &str = "--key-size 8 --val-size 256 --key-space-size 100 --sequential-keys";

fn measure(system: System, size: usize) -> Figures {
    eprintln!("{} x{size}: starting", system.name());
    let cluster = Cluster::start(system, size);
    let mut f = Figures::new();
    let run = |what: &str, args: String| {
        eprintln!("{} x{size}: {what}", system.name());
        cluster.bench(&args)
    };
    let puts = scaled(100_000);
    let cpu_before = cluster.cpu_seconds();
    let v = run(
        "put, 256 clients",
        format!(
            "put --clients 256 --conns 32 --total {puts} --key-size 8 --val-size 256 --key-space-size 100000"
        ),
    );
    f.insert("put/s, 256 clients", figures(&v).0);
    f.insert(
        "server CPU µs per put (all members)",
        (cluster.cpu_seconds() - cpu_before) * 1e6 / puts.max(1) as f64,
    );
    let v = run(
        "put, 1 client",
        format!(
            "put --clients 1 --conns 1 --total {} --key-size 8 --val-size 256 --key-space-size 100000",
            scaled(3_000)
        ),
    );
    f.insert("put p50 µs, 1 client", figures(&v).1);
    f.insert(
        "peak RSS MiB after puts",
        cluster.peak_rss() as f64 / 1048576.0,
    );
    run(
        "100 hot keys",
        format!("put --clients 4 --total 100 {HOT_KEYS}"),
    );
    let range = format!(
        "range 00000000 00000100 --consistency l --clients 64 --conns 16 --total {}",
        scaled(50_000)
    );
    let v = run("range of 100 keys, 64 clients (fresh)", range.clone());
    f.insert("range/s, 64 clients", figures(&v).0);
    run(
        "300,000 puts of history on the hot keys",
        format!(
            "put --clients 256 --conns 32 --total {} {HOT_KEYS}",
            scaled(300_000)
        ),
    );
    let v = run("range of 100 keys, 64 clients (after history)", range);
    f.insert("range/s after history", figures(&v).0);
    let fresh = f["range/s, 64 clients"];
    f.insert(
        "range after/fresh",
        if fresh > 0.0 {
            f["range/s after history"] / fresh
        } else {
            0.0
        },
    );
    f
}

/// What each figure is held to: (kvd/etcd ratio, whether higher is better).
fn target(name: &str) -> Option<(f64, bool)> {
    match name {
        "put/s, 256 clients" => Some((2.0, true)),
        "put p50 µs, 1 client" => Some((0.6, false)),
        "range/s, 64 clients" => Some((2.0, true)),
        "peak RSS MiB after puts" => Some((0.5, false)),
        _ => None,
    }
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else is taken.
    let sizes: Vec<usize> = std::env::var("COMPARE_SIZES")
        .unwrap_or_else(|_| "3,1".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let mut table = Table::new();
    table.load_preset(ASCII_MARKDOWN);
    table.set_header([
        "members", "figure", "etcd", "kvd", "kvd/etcd", "target", "met",
    ]);
    for size in sizes {
        let etcd = measure(System::Etcd, size);
        let kvd = measure(System::Kvd, size);
        for (name, e) in &etcd {
            let k = kvd[name];
            let ratio = if *e > 0.0 { k / e } else { 0.0 };
            let (target_text, met) = match (target(name), *name) {
                (Some((t, true)), _) => (format!(">= {t}x"), (ratio >= t).to_string()),
                (Some((t, false)), _) => (format!("<= {t}x"), (ratio <= t).to_string()),
                (None, "range after/fresh") => ("kvd >= 0.9".to_string(), (k >= 0.9).to_string()),
                (None, _) => (String::new(), String::new()),
            };
            table.add_row([
                size.to_string(),
                name.to_string(),
                format!("{e:.2}"),
                format!("{k:.2}"),
                format!("{ratio:.2}"),
                target_text,
                met,
            ]);
        }
    }
    println!("{table}");
}
