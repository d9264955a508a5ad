//! Test servers: kvd (this crate's binary) and, for differential tests,
//! Debian's etcd. Each runs on free loopback ports in a temporary
//! directory and is killed when the test that started it ends, even if the
//! test process dies (the kernel's parent-death signal).

#![allow(dead_code)]

use std::fs::OpenOptions;
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A loopback TCP port no other test takes. Test binaries run at once, and
/// a port merely found free (bound, then released) may be taken before the
/// server binds it: by another test, or by the kernel for an outgoing
/// connection. So ports come from outside the kernel's ephemeral range, and
/// each is claimed by a file in `$TMPDIR/kvd-test-ports` holding the
/// claimer's PID (a dead claimer's port is taken over).
pub fn free_port() -> u16 {
    free_port_run(1)
}

/// The first of `n` consecutive ports, each claimed as by `free_port`.
pub fn free_port_run(n: u16) -> u16 {
    // Where this process looks next; processes start at different places.
    static NEXT: Mutex<Option<u32>> = Mutex::new(None);
    let (first, len) = test_port_range();
    let dir = std::env::temp_dir().join("kvd-test-ports");
    std::fs::create_dir_all(&dir).expect("port claim directory");
    let pid = std::process::id();
    let mut next = NEXT.lock().unwrap_or_else(|e| e.into_inner());
    let mut at = next.unwrap_or((u64::from(pid) * 2_654_435_761 % u64::from(len)) as u32);
    for _ in 0..len {
        if at + u32::from(n) > len {
            at = 0;
        }
        match (0..u32::from(n)).find(|i| !claim_port(&dir, first + at + i, pid)) {
            None => {
                *next = Some(at + u32::from(n));
                return (first + at) as u16;
            }
            Some(i) => at += i + 1,
        }
    }
    panic!("no {n} free test ports in {first}..{}", first + len);
}

/// The first port and the number of ports tests may claim: the larger gap
/// below (from 15000) or above the kernel's ephemeral range; with no gap,
/// every port from 15000.
fn test_port_range() -> (u32, u32) {
    let (low, high) = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
        .ok()
        .and_then(|s| {
            let mut w = s.split_whitespace().map(|w| w.parse::<u32>().ok());
            Some((w.next()??, w.next()??))
        })
        .unwrap_or((32768, 60999));
    let (below, above) = (low.saturating_sub(15000), 65535u32.saturating_sub(high));
    match below.max(above) {
        0 => (15000, 65536 - 15000),
        _ if below >= above => (15000, below),
        _ => (high + 1, above),
    }
}

/// Claims `port` for process `pid`: true if its claim file was created (or
/// taken over from a dead claimer) and the port can be bound now.
fn claim_port(dir: &Path, port: u32, pid: u32) -> bool {
    use std::io::Write as _;
    let path = dir.join(port.to_string());
    let create = |p: &Path| OpenOptions::new().write(true).create_new(true).open(p);
    let mut file = match create(&path) {
        Ok(file) => file,
        Err(_) => {
            let owner = std::fs::read_to_string(&path).unwrap_or_default();
            let Ok(owner) = owner.trim().parse::<u32>() else {
                return false; // being written, or not ours to judge
            };
            if Path::new("/proc").join(owner.to_string()).exists() {
                return false;
            }
            // Only the process that creates `PORT.OWNER` may remove the
            // dead owner's claim, so two cannot both take it over.
            let guard = dir.join(format!("{port}.{owner}"));
            if create(&guard).is_err() {
                return false;
            }
            let unchanged =
                std::fs::read_to_string(&path).is_ok_and(|s| s.trim().parse() == Ok(owner));
            let taken = unchanged && std::fs::remove_file(&path).is_ok();
            let file = if taken { create(&path).ok() } else { None };
            let _ = std::fs::remove_file(&guard);
            match file {
                Some(file) => file,
                None => return false,
            }
        }
    };
    let _ = write!(file, "{pid}");
    TcpListener::bind(("127.0.0.1", port as u16)).is_ok()
}

/// The kvd binary under test.
pub fn kvd_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_kvd"))
}

/// A path to a program from Debian's etcd packages, or a failure that says
/// which package to install.
pub fn debian_tool(name: &str, package: &str) -> PathBuf {
    for dir in ["/usr/bin", "/usr/local/bin"] {
        let p = Path::new(dir).join(name);
        if p.exists() {
            return p;
        }
    }
    panic!("{name} is needed by this test: apt-get install -y {package}");
}

/// Which server a `Server` runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Kvd,
    Etcd,
}

/// A running server.
pub struct Server {
    child: Option<Child>,
    kind: Kind,
    /// Its data directory.
    pub data_dir: PathBuf,
    /// `127.0.0.1:PORT` of its client URL.
    pub endpoint: String,
    peer_port: u16,
    _tmp: Option<tempfile::TempDir>,
    log: PathBuf,
}

impl Server {
    /// Starts kvd with a new data directory.
    pub fn kvd() -> Server {
        Self::kvd_with(&[])
    }

    /// Starts kvd with a new data directory and extra flags.
    pub fn kvd_with(extra: &[&str]) -> Server {
        let tmp = tempfile::tempdir().expect("tempdir");
        let data_dir = tmp.path().join("data");
        let mut s = Self::spawn(Kind::Kvd, data_dir, free_port(), free_port(), extra);
        s._tmp = Some(tmp);
        s
    }

    /// Starts kvd on `data_dir` (its log goes beside it).
    pub fn kvd_at(data_dir: PathBuf, extra: &[&str]) -> Server {
        Self::spawn(Kind::Kvd, data_dir, free_port(), free_port(), extra)
    }

    /// Starts kvd with a new data directory, advertising this peer port:
    /// servers started one after another with the same peer port have the
    /// same member and cluster IDs.
    pub fn kvd_with_peer_port(peer_port: u16) -> Server {
        let tmp = tempfile::tempdir().expect("tempdir");
        let data_dir = tmp.path().join("data");
        let mut s = Self::spawn(Kind::Kvd, data_dir, free_port(), peer_port, &[]);
        s._tmp = Some(tmp);
        s
    }

    /// Starts kvd as a new member joining a running cluster
    /// (`--initial-cluster-state existing`), after `member add`.
    pub fn kvd_joining(
        name: &str,
        initial_cluster: &str,
        peer_port: u16,
        extra: &[&str],
    ) -> Server {
        let tmp = tempfile::tempdir().expect("tempdir");
        let data_dir = tmp.path().join(name);
        let mut args = vec![
            "--name",
            name,
            "--initial-cluster",
            initial_cluster,
            "--initial-cluster-state",
            "existing",
        ];
        args.extend_from_slice(extra);
        let mut s = Self::spawn(Kind::Kvd, data_dir, free_port(), peer_port, &args);
        s._tmp = Some(tmp);
        s
    }

    /// Its advertised peer URL.
    pub fn peer_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.peer_port)
    }

    /// Waits up to `timeout` for the server to exit by itself; its exit
    /// code, or `None` if it still runs.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<i32> {
        let deadline = Instant::now() + timeout;
        let child = self.child.as_mut()?;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = child.try_wait() {
                return Some(status.code().unwrap_or(-1));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }

    /// Starts a real etcd with a new data directory.
    pub fn etcd() -> Server {
        Self::etcd_with(&[])
    }

    /// Starts a real etcd with a new data directory and extra flags.
    pub fn etcd_with(extra: &[&str]) -> Server {
        let tmp = tempfile::tempdir().expect("tempdir");
        let data_dir = tmp.path().join("data");
        let mut s = Self::spawn(Kind::Etcd, data_dir, free_port(), free_port(), extra);
        s._tmp = Some(tmp);
        s
    }

    /// Starts the same kind of server again on the same directory and ports
    /// (after `kill`).
    pub fn restart(&mut self, extra: &[&str]) {
        self.restart_with_env(extra, &[]);
    }

    /// `restart` with extra environment variables (failpoints).
    pub fn restart_with_env(&mut self, extra: &[&str], env: &[(&str, &str)]) {
        self.kill();
        let port: u16 = self
            .endpoint
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        let mut fresh = Self::spawn_with_env(
            self.kind,
            self.data_dir.clone(),
            port,
            self.peer_port,
            extra,
            env,
        );
        self.log = fresh.log.clone();
        self.child = fresh.child.take();
    }

    fn spawn(kind: Kind, data_dir: PathBuf, port: u16, peer_port: u16, extra: &[&str]) -> Server {
        Self::spawn_with_env(kind, data_dir, port, peer_port, extra, &[])
    }

    fn spawn_with_env(
        kind: Kind,
        data_dir: PathBuf,
        port: u16,
        peer_port: u16,
        extra: &[&str],
        env: &[(&str, &str)],
    ) -> Server {
        let client = format!("http://127.0.0.1:{port}");
        let peer = format!("http://127.0.0.1:{peer_port}");
        let program = match kind {
            Kind::Kvd => kvd_bin(),
            Kind::Etcd => debian_tool("etcd", "etcd-server"),
        };
        let log = data_dir.with_extension(format!("{port}.log"));
        std::fs::create_dir_all(data_dir.parent().unwrap_or(Path::new("."))).ok();
        let log_file = std::fs::File::create(&log).expect("log file");
        let mut cmd = Command::new(program);
        if kind == Kind::Kvd {
            cmd.arg("serve");
        }
        cmd.arg("--data-dir")
            .arg(&data_dir)
            .args(["--listen-client-urls", &client])
            .args(["--advertise-client-urls", &client])
            .args(["--listen-peer-urls", &peer])
            .args(if extra.contains(&"--initial-advertise-peer-urls") {
                vec![]
            } else {
                vec!["--initial-advertise-peer-urls".to_string(), peer.clone()]
            })
            .args(if extra.contains(&"--initial-cluster") {
                vec![]
            } else {
                vec!["--initial-cluster".to_string(), format!("default={peer}")]
            })
            .args(extra)
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().expect("log"))
            .stderr(log_file);
        // SAFETY: prctl is async-signal-safe; nothing else runs in pre_exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let child = cmd.spawn().expect("start server");
        let s = Server {
            child: Some(child),
            kind,
            data_dir,
            endpoint: format!("127.0.0.1:{port}"),
            peer_port,
            _tmp: None,
            log,
        };
        s.wait_listening();
        s
    }

    fn wait_listening(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if std::net::TcpStream::connect(&self.endpoint).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "{:?} never listened on {}; log:\n{}",
            self.kind,
            self.endpoint,
            self.log()
        );
    }

    /// The server's process ID.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().map_or(0, |c| c.id())
    }

    /// The server's log so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Kills the server with SIGKILL and waits for it.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// A connected `etcd-client` client, once the server is ready.
    pub async fn client(&self) -> etcd_client::Client {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(mut c) = etcd_client::Client::connect([self.endpoint.as_str()], None).await {
                // Ready once a leader has applied the start-up entries (the
                // member's conf change, the leader's empty entry, the
                // published member attributes and the cluster version), so
                // every test sees the same raft index and member list.
                if let Ok(s) = c.status().await {
                    if s.leader() != 0 && s.raft_applied_index() >= 4 {
                        return c;
                    }
                }
            }
            if Instant::now() > deadline {
                panic!("no leader at {}; log:\n{}", self.endpoint, self.log());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Runs a command, returning (stdout, stderr, exit code).
pub fn run(cmd: &mut Command) -> (String, String, i32) {
    let out = cmd.output().expect("run command");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// Runs `program` with `args` (split on spaces; `''` is an empty argument)
/// and `stdin`, and renders what a user sees: the command line, stdout,
/// stderr and the exit code.
pub fn transcript(
    program: &Path,
    shown_as: &str,
    endpoint: &str,
    args: &str,
    stdin: &str,
) -> String {
    transcript_for(program, shown_as, endpoint, args, stdin, None)
}

/// As `transcript`, for a command that runs until stopped (a watch): it is
/// killed after `run_for`, and its exit shows as `[stopped]`.
pub fn transcript_for(
    program: &Path,
    shown_as: &str,
    endpoint: &str,
    args: &str,
    stdin: &str,
    run_for: Option<Duration>,
) -> String {
    use std::io::Write as _;
    let argv: Vec<String> = args
        .split(' ')
        .filter(|a| !a.is_empty())
        .map(|a| {
            if a == "''" {
                String::new()
            } else {
                a.replace('~', " ")
            }
        })
        .collect();
    let mut child = Command::new(program)
        .args(&argv)
        .env("KVD_ENDPOINTS", endpoint)
        .env("ETCDCTL_ENDPOINTS", endpoint)
        .env("ETCDCTL_API", "3")
        .env_remove("KVD_WRITE_OUT")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run command");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin.as_bytes()).expect("write stdin");
    drop(input);
    let killer = run_for.map(|d| {
        let pid = child.id() as i32;
        std::thread::spawn(move || {
            std::thread::sleep(d);
            // SAFETY: sending a signal to our own child process.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        })
    });
    let out = child.wait_with_output().expect("command output");
    if let Some(k) = killer {
        let _ = k.join();
    }
    let stdin_note = if stdin.is_empty() {
        String::new()
    } else {
        format!("<<< {}\n", stdin.escape_debug())
    };
    let exit = match out.status.code() {
        Some(code) => format!("exit {code}"),
        None => "stopped".to_string(),
    };
    format!(
        "$ {shown_as} {args}\n{stdin_note}{}{}[{exit}]\n",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    )
}

/// Command lines about one lease: `lease grant 100` runs first, then each
/// step with `{L}` replaced by the granted lease's hex ID. The lease ID
/// (hex and decimal) reads `LEASE` in the transcripts, and a remaining TTL
/// of 98 s reads as 99 s.
pub const LEASE_STEPS: &[(&str, &str)] = &[
    ("put k v --lease={L}", ""),
    ("get k -w json", ""),
    ("lease timetolive {L}", ""),
    // etcd lists a lease's keys in no fixed order: one key here.
    ("lease timetolive {L} --keys", ""),
    ("lease timetolive {L} --keys -w json", ""),
    ("lease timetolive {L} --keys -w fields", ""),
    ("put k2 v --lease={L}", ""),
    ("lease list", ""),
    ("lease list -w json", ""),
    ("lease list -w fields", ""),
    ("lease keep-alive --once {L}", ""),
    ("lease keep-alive --once {L} -w json", ""),
    ("lease keep-alive --once {L} -w fields", ""),
    ("lease revoke {L}", ""),
    ("get k", ""),
    ("lease timetolive {L}", ""),
    ("lease timetolive {L} -w json", ""),
    ("lease timetolive {L} -w fields", ""),
    ("lease revoke {L}", ""),
    ("lease keep-alive --once {L}", ""),
    ("lease grant", ""),
    ("lease grant x", ""),
    ("lease grant 9000000001", ""),
    ("lease revoke", ""),
    ("lease timetolive zz", ""),
    ("lease keep-alive", ""),
    ("put k v --lease=abc", ""),
];

/// Runs `LEASE_STEPS` with `program` against `endpoint`.
pub fn lease_transcripts(program: &Path, shown_as: &str, endpoint: &str) -> Vec<String> {
    let mut out = Vec::new();
    let grant = transcript(program, shown_as, endpoint, "lease grant 100", "");
    let hex = grant
        .lines()
        .find(|l| l.starts_with("lease ") && l.contains(" granted "))
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or_else(|| panic!("no lease granted: {grant}"))
        .to_string();
    let id = i64::from_str_radix(&hex, 16).expect("hex lease ID");
    // A second may tick between the grant and a look at the remaining TTL.
    let remaining = regex::Regex::new(r#"(remaining\(|"ttl":|"TTL" : )(9[89])\b"#).unwrap();
    let mask = |t: String| {
        let t = t.replace(&hex, "LEASE").replace(&id.to_string(), "LEASE");
        remaining.replace_all(&t, "${1}99").into_owned()
    };
    out.push(mask(grant));
    for (args, stdin) in LEASE_STEPS {
        let args = args.replace("{L}", &hex);
        out.push(mask(transcript(program, shown_as, endpoint, &args, stdin)));
    }
    out
}

/// Writes that give a server a known history for watch tests (revisions
/// 2 to 9, compacted at 3).
pub const WATCH_SETUP: &[&str] = &[
    "put /app/a 1",
    "put /app/b 2",
    "put /app/a 3",
    "put other x",
    "del /app/b",
    "put /app/c 4",
    "put /app/a 5",
    "put sp va~lue",
    "compaction 3",
];

/// Watch command lines, each run for a moment after `WATCH_SETUP`.
pub const WATCH_STEPS: &[&str] = &[
    "watch /app/a --rev=3",
    "watch /app --prefix --rev=3 --prev-kv",
    "watch /app/a /app/c --rev=4 -w json",
    "watch /app --prefix --rev=4 -w fields",
    "watch /app/a --rev=3 --hex",
    "watch /app --prefix --rev=2",
    "watch",
    "watch a b --prefix",
    "watch a --",
];

/// Runs `WATCH_SETUP` then `WATCH_STEPS` with `program` against `endpoint`.
pub fn watch_transcripts(program: &Path, shown_as: &str, endpoint: &str) -> Vec<String> {
    for args in WATCH_SETUP {
        transcript(program, shown_as, endpoint, args, "");
    }
    WATCH_STEPS
        .iter()
        .map(|args| {
            let run_for = Some(Duration::from_millis(1000));
            transcript_for(program, shown_as, endpoint, args, "", run_for)
        })
        .collect()
}

/// Users, roles and permissions, then the same server with auth on: every
/// `auth`, `user` and `role` command with its errors, `--user` with right
/// and wrong passwords, a reader refused a write, and auth off again. All
/// passwords are given on the command line or on stdin
/// (`--interactive=false`): a prompt needs a terminal.
pub const AUTH_STEPS: &[(&str, &str)] = &[
    ("auth enable", ""),
    ("user add root:rootpw", ""),
    ("user add root:again", ""),
    ("user add", ""),
    ("user add a b", ""),
    ("user add :pw", ""),
    ("user add '' --new-user-password=x", ""),
    ("user add alice --new-user-password=alicepw -w json", ""),
    // Go's Scanf("%s"): the first word.
    ("user add bob --interactive=false", "bobpw extra\n"),
    ("user add carol:c1 -w fields", ""),
    ("user add dave:d:e", ""),
    // The user is made before etcdctl finds it cannot print a table.
    ("user add erin:e -w table", ""),
    ("user add frank --no-password", ""),
    ("user list", ""),
    ("user list -w json", ""),
    ("user list -w fields", ""),
    ("user list extra", ""),
    ("user get alice", ""),
    ("user get alice -w fields", ""),
    ("user get nobody", ""),
    ("user get", ""),
    ("role add reader", ""),
    ("role add reader", ""),
    ("role add writer -w json", ""),
    ("role add spare -w fields", ""),
    ("role add ''", ""),
    ("role add", ""),
    ("role list", ""),
    ("role list -w json", ""),
    ("role list -w fields", ""),
    ("role grant-permission reader read /app --prefix", ""),
    ("role grant-permission reader read /one", ""),
    ("role grant-permission reader readwrite /a /c -w json", ""),
    (
        "role grant-permission reader READ /from --from-key -w fields",
        "",
    ),
    ("role grant-permission reader read /x /y extra", ""),
    ("role grant-permission spare read '' --prefix", ""),
    ("role grant-permission spare write ''", ""),
    ("role grant-permission writer write /app/ --prefix", ""),
    ("role grant-permission writer rw /x", ""),
    ("role grant-permission writer read", ""),
    ("role grant-permission writer read a b --prefix", ""),
    ("role grant-permission writer read a b --from-key", ""),
    (
        "role grant-permission writer read a --prefix --from-key",
        "",
    ),
    ("role grant-permission missing read /x", ""),
    ("role get reader", ""),
    ("role get reader -w json", ""),
    ("role get reader -w fields", ""),
    ("role get spare", ""),
    ("role get writer", ""),
    ("role get missing", ""),
    ("role get", ""),
    ("role revoke-permission reader /one", ""),
    ("role revoke-permission reader /one", ""),
    ("role revoke-permission reader /a /c -w json", ""),
    ("role revoke-permission reader /from --from-key", ""),
    ("role revoke-permission reader /x /y -w fields", ""),
    ("role revoke-permission spare '' --prefix", ""),
    ("role revoke-permission spare ''", ""),
    ("role revoke-permission missing /x", ""),
    ("role revoke-permission reader", ""),
    ("role revoke-permission reader a b --prefix", ""),
    ("role get reader", ""),
    ("user grant-role alice reader", ""),
    ("user grant-role alice writer -w json", ""),
    ("user grant-role alice spare -w fields", ""),
    ("user grant-role alice missing", ""),
    ("user grant-role nobody reader", ""),
    ("user grant-role alice", ""),
    ("user get alice", ""),
    ("user get alice -w json", ""),
    ("user get alice --detail", ""),
    ("user get alice --detail -w json", ""),
    ("user get alice --detail -w fields", ""),
    ("user revoke-role alice spare", ""),
    ("user revoke-role alice spare", ""),
    ("user revoke-role alice writer -w json", ""),
    ("user revoke-role nobody reader", ""),
    ("user revoke-role alice", ""),
    ("user passwd carol --interactive=false", "  c2\n"),
    ("user passwd carol --interactive=false -w json", "c2\n"),
    ("user passwd nobody --interactive=false", "x\n"),
    ("user passwd", ""),
    ("user delete dave", ""),
    ("user delete dave", ""),
    ("user delete erin -w json", ""),
    ("user delete", ""),
    ("role delete spare", ""),
    ("role delete spare", ""),
    ("role delete writer -w fields", ""),
    ("role delete", ""),
    ("user list", ""),
    ("role list", ""),
    ("put /app/k v", ""),
    ("auth enable x", ""),
    ("auth disable x", ""),
    // root has no role root yet: etcdctl grants it, and enables.
    ("auth enable", ""),
    ("get /app/k", ""),
    ("role list", ""),
    ("--user root:wrong get /app/k", ""),
    ("--user nobody:x get /app/k", ""),
    ("--user root:rootpw get /app/k", ""),
    ("--user root --password rootpw role list", ""),
    ("--user root:rootpw --password rootpw role list", ""),
    ("--user root:rootpw user get root", ""),
    ("--user root:rootpw role get root", ""),
    ("--user root:rootpw auth enable", ""),
    ("--user alice:alicepw get /app/k", ""),
    ("--user alice:alicepw get /app --prefix -w json", ""),
    ("--user alice:alicepw put /app/k v2", ""),
    ("--user alice:alicepw put /one v", ""),
    ("--user alice:alicepw user list", ""),
    ("--user alice:alicepw auth disable", ""),
    ("--user bob:bobpw get /app/k", ""),
    ("--user carol:c2 get /app/k", ""),
    ("--user root:rootpw put /app/k v3", ""),
    ("--user root:rootpw lock /l echo locked", ""),
    ("--user root:rootpw user delete root", ""),
    ("--user root:rootpw auth disable", ""),
    // Auth off: etcdctl goes on without a token, password unchecked.
    ("--user root:wrong get /app/k", ""),
    ("get /app/k", ""),
    ("user get root", ""),
];

/// Runs `AUTH_STEPS` with `program` against `endpoint`.
pub fn auth_transcripts(program: &Path, shown_as: &str, endpoint: &str) -> Vec<String> {
    AUTH_STEPS
        .iter()
        .map(|(args, stdin)| transcript(program, shown_as, endpoint, args, stdin))
        .collect()
}

/// Calls gRPC method `path` on `endpoint` (plain HTTP/2) with `message`,
/// encoded as it is: for requests no generated client would send.
pub async fn raw_unary<M>(
    endpoint: &str,
    path: &'static str,
    message: M,
) -> Result<M, tonic::Status>
where
    M: prost::Message + Default + Send + Sync + 'static,
{
    let channel = tonic::transport::Endpoint::from_shared(format!("http://{endpoint}"))
        .expect("endpoint")
        .connect()
        .await
        .expect("connect");
    let mut grpc = tonic::client::Grpc::new(channel);
    grpc.ready().await.expect("ready");
    let codec = tonic_prost::ProstCodec::<M, M>::default();
    let path = tonic::codegen::http::uri::PathAndQuery::from_static(path);
    grpc.unary(tonic::Request::new(message), path, codec)
        .await
        .map(|r| r.into_inner())
}

/// A child process that is killed and reaped when dropped.
pub struct Reaped(pub Child);

impl Drop for Reaped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// What differs between two servers by nature: their peer URL, endpoint,
/// cluster and member IDs. `apply` replaces them with names.
pub struct IdMasks(Vec<(String, String)>);

impl IdMasks {
    /// The masks for `server`.
    pub async fn of(server: &Server) -> IdMasks {
        let mut c = server.client().await;
        let status = c.status().await.expect("status");
        let h = status.header().cloned().expect("header");
        let members = c.member_list().await.expect("members");
        let peer = members.members()[0].peer_urls()[0].clone();
        IdMasks(vec![
            (peer, "http://PEER".into()),
            (server.endpoint.clone(), "ENDPOINT".into()),
            (h.cluster_id().to_string(), "CLUSTER_ID".into()),
            (h.member_id().to_string(), "MEMBER_ID".into()),
            (format!("{:x}", h.member_id()), "MEMBER_HEX".into()),
        ])
    }

    /// `text` with the IDs named.
    pub fn apply(&self, text: &str) -> String {
        let mut t = text.to_string();
        for (from, to) in &self.0 {
            t = t.replace(from, to);
        }
        t
    }
}

/// `text` with every match of each pattern replaced.
pub fn replace_all(text: &str, patterns: &[(&str, &str)]) -> String {
    let mut t = text.to_string();
    for (pattern, with) in patterns {
        t = regex::Regex::new(pattern)
            .expect("valid pattern")
            .replace_all(&t, *with)
            .into_owned();
    }
    t
}

/// A kvd cluster on loopback: one `Server` per member, all bootstrapped
/// together from one `--initial-cluster`.
pub struct Cluster {
    /// The members, in the order of `--initial-cluster`.
    pub members: Vec<Server>,
    started: Instant,
}

impl Cluster {
    /// Starts `n` members.
    pub fn start(n: usize) -> Cluster {
        Self::start_with(n, &[])
    }

    /// Starts `n` members with extra flags each.
    pub fn start_with(n: usize, flags: &[&str]) -> Cluster {
        let tmp = tempfile::tempdir().expect("tempdir");
        let ports: Vec<(u16, u16)> = (0..n).map(|_| (free_port(), free_port())).collect();
        let initial: Vec<String> = ports
            .iter()
            .enumerate()
            .map(|(i, (_, peer))| format!("m{i}=http://127.0.0.1:{peer}"))
            .collect();
        let initial = initial.join(",");
        let mut members = Vec::new();
        for (i, (client, peer)) in ports.iter().enumerate() {
            let name = format!("m{i}");
            let data_dir = tmp.path().join(&name);
            let mut extra = vec![
                "--name",
                name.as_str(),
                "--initial-cluster",
                initial.as_str(),
            ];
            extra.extend_from_slice(flags);
            members.push(Server::spawn(Kind::Kvd, data_dir, *client, *peer, &extra));
        }
        // The first member keeps the directory alive for all.
        members[0]._tmp = Some(tmp);
        Cluster {
            members,
            started: Instant::now(),
        }
    }

    /// Waits until membership changes may pass the strict reconfiguration
    /// check: every member connected to the others for etcd's health
    /// interval (5 s).
    pub fn wait_until_reconfigurable(&self) {
        let ready = self.started + Duration::from_secs(6);
        std::thread::sleep(ready.saturating_duration_since(Instant::now()));
    }

    /// Every member's endpoint.
    pub fn endpoints(&self) -> Vec<String> {
        self.members.iter().map(|m| m.endpoint.clone()).collect()
    }

    /// `name=peer-url,...` of every member, as --initial-cluster takes it.
    pub fn initial_cluster(&self) -> String {
        self.members
            .iter()
            .enumerate()
            .map(|(i, m)| format!("m{i}={}", m.peer_url()))
            .collect::<Vec<_>>()
            .join(",")
    }
}

impl Cluster {
    /// Starts `n` members whose peer traffic reaches each member through
    /// its own proxy (its advertised peer URL), so a test can cut a member
    /// off from everything sent to it.
    pub async fn start_behind_proxies(n: usize) -> (Cluster, Vec<Proxy>) {
        Self::start_behind_proxies_with(n, &[]).await
    }

    /// `start_behind_proxies`, each member given `flags` too.
    pub async fn start_behind_proxies_with(n: usize, flags: &[&str]) -> (Cluster, Vec<Proxy>) {
        let tmp = tempfile::tempdir().expect("tempdir");
        let mut proxies = Vec::new();
        let mut listens = Vec::new();
        for _ in 0..n {
            let listen = free_port();
            proxies.push(Proxy::start(listen).await);
            listens.push(listen);
        }
        let initial: Vec<String> = proxies
            .iter()
            .enumerate()
            .map(|(i, p)| format!("m{i}=http://127.0.0.1:{}", p.port))
            .collect();
        let initial = initial.join(",");
        let mut members = Vec::new();
        for i in 0..n {
            let name = format!("m{i}");
            let advertised = format!("http://127.0.0.1:{}", proxies[i].port);
            let mut extra = vec![
                "--name",
                name.as_str(),
                "--initial-cluster",
                initial.as_str(),
                "--initial-advertise-peer-urls",
                advertised.as_str(),
            ];
            extra.extend_from_slice(flags);
            let data_dir = tmp.path().join(&name);
            members.push(Server::spawn(
                Kind::Kvd,
                data_dir,
                free_port(),
                listens[i],
                &extra,
            ));
        }
        members[0]._tmp = Some(tmp);
        (
            Cluster {
                members,
                started: Instant::now(),
            },
            proxies,
        )
    }
}

/// A TCP proxy on loopback that can be cut: while blocked it drops every
/// connection through it and refuses new ones.
pub struct Proxy {
    /// The port it listens on.
    pub port: u16,
    blocked: std::sync::Arc<std::sync::atomic::AtomicBool>,
    connections: std::sync::Arc<std::sync::Mutex<Vec<tokio::task::AbortHandle>>>,
    accept: tokio::task::JoinHandle<()>,
}

impl Proxy {
    /// A proxy to `127.0.0.1:target`.
    pub async fn start(target: u16) -> Proxy {
        use std::sync::atomic::Ordering;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind proxy");
        let port = listener.local_addr().expect("proxy addr").port();
        let blocked = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let connections = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (b, conns) = (blocked.clone(), connections.clone());
        let accept = tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if b.load(Ordering::SeqCst) {
                    continue;
                }
                let task = tokio::spawn(async move {
                    if let Ok(mut outbound) =
                        tokio::net::TcpStream::connect(("127.0.0.1", target)).await
                    {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                conns.lock().unwrap().push(task.abort_handle());
            }
        });
        Proxy {
            port,
            blocked,
            connections,
            accept,
        }
    }

    /// Cuts every connection and refuses new ones.
    pub fn block(&self) {
        self.blocked
            .store(true, std::sync::atomic::Ordering::SeqCst);
        for c in self.connections.lock().unwrap().drain(..) {
            c.abort();
        }
    }

    /// Lets connections through again.
    pub fn heal(&self) {
        self.blocked
            .store(false, std::sync::atomic::Ordering::SeqCst);
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.accept.abort();
        for c in self.connections.lock().unwrap().drain(..) {
            c.abort();
        }
    }
}

/// Member commands on a one-member cluster: a learner is added (it never
/// starts, so quorum is unaffected), listed, refused promotion, given new
/// peer URLs and removed; then the errors the client and the server give.
/// `{L}` is the learner's ID, `{SELF}` the member's own, `{PEER}` its peer
/// URL.
pub const MEMBER_STEPS: &[&str] = &[
    "member list",
    "member list -w json",
    "member add n2 --peer-urls=http://127.0.0.1:1 --learner",
    "member list",
    "member list -w json",
    "member add n3 --peer-urls=http://127.0.0.1:2 --learner",
    "member add n3 --peer-urls={PEER}",
    "member promote {L}",
    "member promote {SELF}",
    "member update {L} --peer-urls={PEER}",
    // Not -w json: etcd 3.4 then lists the learner as a voter (its bug).
    "member update {L} --peer-urls=http://127.0.0.1:3",
    "member remove {L}",
    "member remove {L}",
    "member promote {L} -w json",
    "member add n4 --peer-urls=http://127.0.0.1:4 --learner -w fields",
    "member update ffff --peer-urls=http://127.0.0.1:5",
    "member add",
    "member add x",
    "member add x y --peer-urls=http://127.0.0.1:6",
    "member add x --peer-urls=bad",
    "member add x --peer-urls=http://nohost",
    "member remove",
    "member remove zz",
    "member update 1",
    "member promote",
    "endpoint health --cluster",
];

/// Runs `MEMBER_STEPS` with `program` against `server`. A learner's ID
/// (random) reads `LEARNER` and the server's peer URL `PEER`; other IDs
/// are left for the caller to mask.
pub async fn member_transcripts(program: &Path, server: &Server) -> Vec<String> {
    let mut client = server.client().await;
    let own = client
        .status()
        .await
        .expect("status")
        .header()
        .expect("header")
        .member_id();
    let mut learner = String::new();
    let mut out = Vec::new();
    for step in MEMBER_STEPS {
        let args = step
            .replace("{L}", &learner)
            .replace("{SELF}", &format!("{own:x}"))
            .replace("{PEER}", &server.peer_url());
        let mut text = transcript(program, "etcdctl", &server.endpoint, &args, "");
        let members = client.member_list().await.expect("member list");
        if let Some(l) = members.members().iter().find(|m| m.is_learner()) {
            learner = format!("{:x}", l.id());
        }
        if !learner.is_empty() {
            let id = u64::from_str_radix(&learner, 16).unwrap_or(0);
            text = text
                .replace(&learner, "LEARNER")
                .replace(&id.to_string(), "LEARNER");
        }
        out.push(text.replace(&server.peer_url(), "PEER"));
    }
    out
}

/// Members are listed in ID order, and a learner's ID is random; so that
/// two servers compare, members' order (lines, `ETCD_INITIAL_CLUSTER`
/// entries, JSON `members` items) and the padding of `%16x` IDs are
/// normalised. Nothing else is touched. Apply after masking IDs.
pub fn without_id_order(transcript: &str) -> String {
    let text = replace_all(transcript, &[("(Member|cluster) +", "$1 ")]);
    let text = regex::Regex::new(r#"ETCD_INITIAL_CLUSTER="([^"]*)""#)
        .unwrap()
        .replace_all(&text, |c: &regex::Captures| {
            let mut parts: Vec<&str> = c[1].split(',').collect();
            parts.sort_unstable();
            format!("ETCD_INITIAL_CLUSTER=\"{}\"", parts.join(","))
        })
        .into_owned();
    let text = regex::Regex::new(r#""members":\[(.*)\]\}"#)
        .unwrap()
        .replace_all(&text, |c: &regex::Captures| {
            let inner = c[1].trim_start_matches('{').trim_end_matches('}');
            let mut items: Vec<&str> = inner.split("},{").collect();
            items.sort_unstable();
            format!("\"members\":[{{{}}}]}}", items.join("},{"))
        })
        .into_owned();
    let mut lines: Vec<&str> = text.lines().collect();
    if lines.len() > 2 {
        let last = lines.len() - 1;
        lines[1..last].sort_unstable();
    }
    lines.join("\n")
}
