//! The cluster under test: member slots with fixed ports and data
//! directories, each member a `kvd serve` process started with its own
//! dial routes through the proxies of `Net`. A slot may be empty (a member
//! removed, or one not yet added), running, paused or dead.

use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use etcd_client::{Client, ConnectOptions};

use crate::net::Net;

/// One member slot.
pub struct Slot {
    pub name: String,
    pub client_port: u16,
    pub peer_port: u16,
    pub data_dir: PathBuf,
    child: Option<Child>,
    paused: bool,
    /// Whether the slot is a member of the cluster (voter or learner).
    pub member: bool,
    /// `--initial-cluster-state` it starts with: `existing` once it joined
    /// a running cluster (until its data directory exists, a restart must
    /// join again, not found a cluster of its own).
    state: &'static str,
}

impl Slot {
    /// The member's client endpoint.
    pub fn endpoint(&self) -> String {
        format!("127.0.0.1:{}", self.client_port)
    }

    fn peer_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.peer_port)
    }
}

/// Members, their network and what every start needs.
pub struct Cluster {
    pub slots: Vec<Slot>,
    pub net: Net,
    /// Environment for every member (planted bugs).
    env: Vec<(String, String)>,
    /// Flags for every member.
    flags: Vec<String>,
    /// Members' data directories and logs; the run removes it when no
    /// checker failed.
    pub dir: PathBuf,
}

impl Cluster {
    /// Starts the first `members` of `slots` slots as a new cluster, its
    /// data and logs under `dir`.
    pub async fn start(
        dir: PathBuf,
        members: usize,
        slots: usize,
        env: &[(&str, &str)],
        flags: &[&str],
    ) -> Cluster {
        std::fs::create_dir_all(&dir).expect("cluster directory");
        // Claimed ports lie outside the kernel's ephemeral range, so the
        // proxies (bound to port 0) and outgoing connections cannot take them.
        let slots: Vec<Slot> = (0..slots)
            .map(|i| {
                let client_port = crate::common::free_port();
                let peer_port = crate::common::free_port();
                Slot {
                    name: format!("m{i}"),
                    client_port,
                    peer_port,
                    data_dir: dir.join(format!("m{i}")),
                    child: None,
                    paused: false,
                    member: i < members,
                    state: "new",
                }
            })
            .collect();
        let targets: Vec<(u16, u16)> = slots.iter().map(|s| (s.client_port, s.peer_port)).collect();
        let net = Net::start(&targets).await;
        let mut cluster = Cluster {
            slots,
            net,
            env: env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            flags: flags.iter().map(|f| f.to_string()).collect(),
            dir,
        };
        for i in 0..members {
            cluster.spawn_with(i, &[]);
        }
        cluster
    }

    /// `--initial-cluster` naming the slots that are members.
    fn initial_cluster(&self) -> String {
        self.slots
            .iter()
            .filter(|s| s.member)
            .map(|s| format!("{}={}", s.name, s.peer_url()))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Starts slot `i`'s member as a member that joins a running cluster.
    pub fn join(&mut self, i: usize) {
        self.slots[i].state = "existing";
        self.spawn_with(i, &[]);
    }

    /// Starts slot `i`'s member with `extra_env` on top of the cluster's.
    pub fn spawn_with(&mut self, i: usize, extra_env: &[(&str, &str)]) {
        let state = self.slots[i].state;
        let initial = self.initial_cluster();
        let routes = self.net.routes_for(i);
        let s = &self.slots[i];
        let client = format!("http://127.0.0.1:{}", s.client_port);
        let peer = s.peer_url();
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join(format!("{}.log", s.name)))
            .expect("log file");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kvd"));
        cmd.arg("serve")
            .args(["--name", &s.name])
            .arg("--data-dir")
            .arg(&s.data_dir)
            .args(["--listen-client-urls", &client])
            .args(["--advertise-client-urls", &client])
            .args(["--listen-peer-urls", &peer])
            .args(["--initial-advertise-peer-urls", &peer])
            .args(["--initial-cluster", &initial])
            .args(["--initial-cluster-state", state])
            .args(&self.flags)
            .env("KVD_DIAL_ROUTES", routes)
            .envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .envs(extra_env.iter().copied())
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log);
        // SAFETY: prctl is async-signal-safe; nothing else runs in pre_exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let child = cmd.spawn().expect("start kvd");
        let s = &mut self.slots[i];
        s.child = Some(child);
        s.paused = false;
    }

    /// Slots with a member process that is alive (paused or not).
    pub fn running(&self) -> Vec<usize> {
        (0..self.slots.len())
            .filter(|&i| self.slots[i].child.is_some())
            .collect()
    }

    /// Slots that are members of the cluster.
    pub fn members(&self) -> Vec<usize> {
        (0..self.slots.len())
            .filter(|&i| self.slots[i].member)
            .collect()
    }

    /// Kills slot `i`'s member with SIGKILL.
    pub fn kill(&mut self, i: usize) {
        if let Some(mut c) = self.slots[i].child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
        self.slots[i].paused = false;
    }

    /// Restarts slot `i`'s member on its data directory.
    pub fn restart(&mut self, i: usize) {
        self.kill(i);
        self.spawn_with(i, &[]);
    }

    /// Stops (SIGSTOP) or continues (SIGCONT) slot `i`'s member.
    pub fn pause(&mut self, i: usize, paused: bool) {
        let s = &mut self.slots[i];
        if let Some(c) = &s.child {
            let signal = if paused { libc::SIGSTOP } else { libc::SIGCONT };
            // SAFETY: signalling our own child by its PID.
            unsafe { libc::kill(c.id() as i32, signal) };
            s.paused = paused;
        }
    }

    /// Continues every paused member.
    pub fn resume_all(&mut self) {
        for i in 0..self.slots.len() {
            if self.slots[i].paused {
                self.pause(i, false);
            }
        }
    }

    /// Whether slot `i`'s process has exited on its own (a crash point);
    /// reaps it if so.
    pub fn exited(&mut self, i: usize) -> bool {
        let s = &mut self.slots[i];
        match s.child.as_mut().map(|c| c.try_wait()) {
            Some(Ok(Some(_))) => {
                s.child = None;
                true
            }
            _ => false,
        }
    }

    /// Members' logs, for a failure report.
    pub fn log_of(&self, i: usize) -> String {
        std::fs::read_to_string(self.dir.join(format!("{}.log", self.slots[i].name)))
            .unwrap_or_default()
    }

    /// The slot of the member that leads, waiting up to 5 s for one.
    pub async fn leader(&self) -> Option<usize> {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let leader = self.leader_now().await;
            if leader.is_some() || Instant::now() > deadline {
                return leader;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The slot of the member that leads, if a running member knows one.
    async fn leader_now(&self) -> Option<usize> {
        let mut ids = Vec::new();
        let mut leader = 0;
        for i in self.running() {
            if self.slots[i].paused {
                continue;
            }
            if let Some(mut c) = connect(&self.slots[i].endpoint()).await {
                if let Ok(Ok(s)) =
                    tokio::time::timeout(Duration::from_millis(500), c.status()).await
                {
                    let id = s.header().map_or(0, |h| h.member_id());
                    ids.push((id, i));
                    if s.leader() != 0 {
                        leader = s.leader();
                    }
                }
            }
        }
        ids.into_iter()
            .find(|(id, _)| *id == leader)
            .map(|(_, i)| i)
    }

    /// Slot `i`'s member ID, asked of the member itself.
    pub async fn member_id(&self, i: usize) -> Option<u64> {
        let mut c = connect(&self.slots[i].endpoint()).await?;
        let s = tokio::time::timeout(Duration::from_secs(1), c.status())
            .await
            .ok()?
            .ok()?;
        s.header().map(|h| h.member_id())
    }

    /// Asks any running member to change membership, retrying for up to
    /// `within`; returns the new member's ID for an add.
    pub async fn change_members(&self, change: Change, within: Duration) -> Result<u64, String> {
        let deadline = Instant::now() + within;
        let mut last = String::new();
        while Instant::now() < deadline {
            for i in self.running() {
                if self.slots[i].paused {
                    continue;
                }
                let Some(mut c) = connect(&self.slots[i].endpoint()).await else {
                    continue;
                };
                let result = match &change {
                    Change::AddLearner(slot) => {
                        let urls = vec![self.slots[*slot].peer_url()];
                        let opts = etcd_client::MemberAddOptions::new().with_is_learner();
                        c.member_add(urls, Some(opts))
                            .await
                            .map(|r| r.member().map_or(0, |m| m.id()))
                    }
                    Change::AddVoter(slot) => {
                        let urls = vec![self.slots[*slot].peer_url()];
                        c.member_add(urls, None)
                            .await
                            .map(|r| r.member().map_or(0, |m| m.id()))
                    }
                    Change::Promote(id) => c.member_promote(*id).await.map(|_| *id),
                    Change::Remove(id) => c.member_remove(*id).await.map(|_| *id),
                };
                match result {
                    Ok(id) => return Ok(id),
                    // Already done by an earlier attempt whose answer was lost.
                    Err(e) if e.to_string().contains("member not found") => return Ok(0),
                    Err(e) if e.to_string().contains("not a learner") => return Ok(0),
                    Err(e) if e.to_string().contains("already exists") => {
                        if let Change::AddVoter(slot) | Change::AddLearner(slot) = &change {
                            let slot = *slot;
                            if let Some(id) = self.id_by_peer_url(&mut c, slot).await {
                                return Ok(id);
                            }
                        }
                        last = e.to_string();
                    }
                    Err(e) => last = e.to_string(),
                }
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        Err(last)
    }

    /// The member ID of the member with slot `slot`'s peer URL.
    async fn id_by_peer_url(&self, c: &mut Client, slot: usize) -> Option<u64> {
        let url = self.slots[slot].peer_url();
        let list = c.member_list().await.ok()?;
        list.members()
            .iter()
            .find(|m| m.peer_urls().contains(&url))
            .map(|m| m.id())
    }

    /// Makes the slots' membership what the cluster says it is, and starts
    /// every member that does not run (after faults that were cut short).
    pub async fn reconcile(&mut self) -> Result<(), String> {
        for i in 0..self.slots.len() {
            self.exited(i);
        }
        let mut list = None;
        for i in self.running() {
            if let Some(mut c) = connect(&self.slots[i].endpoint()).await {
                if let Ok(Ok(l)) =
                    tokio::time::timeout(Duration::from_secs(2), c.member_list()).await
                {
                    list = Some(l);
                    break;
                }
            }
        }
        let list = list.ok_or("no member answered a member list")?;
        for i in 0..self.slots.len() {
            let url = self.slots[i].peer_url();
            let member = list.members().iter().any(|m| m.peer_urls().contains(&url));
            self.slots[i].member = member;
            if member && self.slots[i].child.is_none() {
                if !self.slots[i].data_dir.exists() {
                    self.slots[i].state = "existing";
                }
                self.spawn_with(i, &[]);
            } else if !member && self.slots[i].child.is_some() {
                self.wipe(i);
            }
        }
        Ok(())
    }

    /// Marks slot `i` as a member or not (after a change was applied).
    pub fn set_member(&mut self, i: usize, member: bool) {
        self.slots[i].member = member;
    }

    /// Kills slot `i`'s member and deletes its data directory.
    pub fn wipe(&mut self, i: usize) {
        self.kill(i);
        let _ = std::fs::remove_dir_all(&self.slots[i].data_dir);
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for i in 0..self.slots.len() {
            self.kill(i);
        }
    }
}

/// A membership change.
pub enum Change {
    AddVoter(usize),
    AddLearner(usize),
    Promote(u64),
    Remove(u64),
}

/// A client to one endpoint, or `None` if it cannot connect soon.
pub async fn connect(endpoint: &str) -> Option<Client> {
    connect_with(endpoint, Duration::from_secs(2)).await
}

/// A client for the final checks: a long history takes a while to hash
/// or stream on a loaded machine.
pub async fn connect_patient(endpoint: &str) -> Option<Client> {
    connect_with(endpoint, Duration::from_secs(30)).await
}

async fn connect_with(endpoint: &str, timeout: Duration) -> Option<Client> {
    let opts = ConnectOptions::new()
        .with_connect_timeout(Duration::from_millis(500))
        .with_timeout(timeout);
    tokio::time::timeout(
        Duration::from_secs(1),
        Client::connect([endpoint], Some(opts)),
    )
    .await
    .ok()?
    .ok()
}
