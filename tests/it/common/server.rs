//! Test servers: kvd (this crate's binary) and, for differential tests,
//! Debian's etcd. Each runs on claimed loopback ports in a temporary
//! directory and is killed when the test that started it ends, even if the
//! test process dies (the kernel's parent-death signal).

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::*;

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
    pub(super) _tmp: Option<tempfile::TempDir>,
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

    pub(super) fn spawn(
        kind: Kind,
        data_dir: PathBuf,
        port: u16,
        peer_port: u16,
        extra: &[&str],
    ) -> Server {
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

/// A child process that is killed and reaped when dropped.
pub struct Reaped(pub Child);

impl Drop for Reaped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
