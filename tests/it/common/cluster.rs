//! Clusters of kvd members on loopback, and a TCP proxy that can cut a
//! link between them.

use std::time::{Duration, Instant};

use super::*;

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
