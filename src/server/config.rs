//! A member's configuration and the initial cluster it derives from it:
//! etcd's flags, with etcd's rules for deriving member and cluster IDs.

use std::net::{SocketAddr, ToSocketAddrs};
use std::path::PathBuf;

use thiserror::Error;

use super::Limits;
use crate::ids;
use crate::proto::kvdpb::MemberRecord;
use crate::store::Bootstrap;

/// A configuration that cannot work.
#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("--initial-cluster: {0}")]
    InitialCluster(String),
    /// A flag's value that cannot be used; the text names the flag.
    #[error("{0}")]
    Flag(String),
    #[error("{url}: {why}")]
    Url { url: String, why: String },
    #[error("--initial-cluster-state {0}: expected `new` or `existing`")]
    ClusterState(String),
    #[error("joining the cluster: {0}")]
    Join(String),
}

/// Everything a member needs to start.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Human-readable name of this member.
    pub name: String,
    /// Where the member keeps its data.
    pub data_dir: PathBuf,
    /// URLs to serve clients on.
    pub listen_client_urls: Vec<String>,
    /// Client URLs to tell the cluster about.
    pub advertise_client_urls: Vec<String>,
    /// URLs to serve peers on.
    pub listen_peer_urls: Vec<String>,
    /// Peer URLs to tell the cluster about.
    pub initial_advertise_peer_urls: Vec<String>,
    /// `name=peer-url,...` of every initial member.
    pub initial_cluster: String,
    /// `new` to bootstrap a cluster, `existing` to join one.
    pub initial_cluster_state: String,
    /// Token that makes IDs unique to this cluster.
    pub initial_cluster_token: String,
    /// Request limits.
    pub limits: Limits,
    /// How often idle watchers that asked for it get a progress notification.
    pub watch_progress_notify_interval: std::time::Duration,
    /// Applied entries kept in the Raft log for lagging members.
    pub snapshot_count: u64,
    /// Whether membership changes must leave a quorum of started,
    /// connected voters (etcd's --strict-reconfig-check).
    pub strict_reconfig_check: bool,
    /// TLS on the client port (https:// client URLs), and for this
    /// member's own dials to other members' client URLs.
    pub client_tls: crate::tls::TlsFiles,
    /// TLS on the peer port (https:// peer URLs), both ways.
    pub peer_tls: crate::tls::TlsFiles,
    /// Serve https client URLs with a self-signed certificate made at start
    /// when no --cert-file is given (etcd's --auto-tls).
    pub auto_tls: bool,
    /// Serve https peer URLs with a self-signed certificate made at start,
    /// and take any certificate from other members (etcd's
    /// --peer-auto-tls): encrypted, not authenticated.
    pub peer_auto_tls: bool,
    /// Tokens and password hashing.
    pub auth: crate::auth::AuthOptions,
    /// What history the leader compacts away by itself.
    pub auto_compaction: super::AutoCompaction,
    /// Restart as the only member of the cluster, keeping the data, when
    /// a majority is lost for good (etcd's --force-new-cluster).
    pub force_new_cluster: bool,
    /// How often the leader compares the members' keyspace hashes
    /// (etcd's --experimental-corrupt-check-time); never if unset.
    pub corrupt_check_every: Option<std::time::Duration>,
    /// Compare this member's keyspace hash with its peers' before serving
    /// clients, and refuse to start on a mismatch (etcd's
    /// --experimental-initial-corrupt-check).
    pub initial_corrupt_check: bool,
    /// Extra listeners for /metrics and /health only (--listen-metrics-urls).
    pub listen_metrics_urls: Vec<String>,
    /// gRPC latency histograms too (--metrics extensive).
    pub metrics_extensive: bool,
    /// Serve the v2 HTTP API (--enable-v2).
    pub enable_v2: bool,
    /// Serve the web dashboard at /ui (--ui).
    pub ui: bool,
}

impl ServerConfig {
    /// The state a new data directory starts from: every initial member,
    /// its ID derived from its peer URLs and the cluster token.
    pub fn bootstrap(&self) -> Result<Bootstrap, ConfigError> {
        if !self.joins() && self.initial_cluster_state != "new" {
            return Err(ConfigError::ClusterState(
                self.initial_cluster_state.clone(),
            ));
        }
        new_cluster(
            &self.name,
            &self.initial_cluster,
            &self.initial_cluster_token,
            &self.initial_advertise_peer_urls,
        )
    }

    /// The member of `members` that is this one: the one advertising the
    /// same peer URLs, in any order.
    pub fn find_self<'m>(&self, members: &'m [MemberRecord]) -> Option<&'m MemberRecord> {
        find_member(members, &self.initial_advertise_peer_urls)
    }

    /// Whether this member joins a running cluster.
    pub fn joins(&self) -> bool {
        self.initial_cluster_state == "existing"
    }

    /// The peer URLs of the other members named in --initial-cluster: where
    /// a joining member asks about the cluster.
    pub fn other_peer_urls(&self) -> Result<Vec<String>, ConfigError> {
        let b = self.bootstrap()?;
        Ok(b.members
            .into_iter()
            .filter(|m| m.id != b.member_id)
            .flat_map(|m| m.peer_urls)
            .collect())
    }
}

fn check_url(url: &str) -> Result<(), ConfigError> {
    socket_addr(url).map(|_| ())
}

/// The address an `http://host:port` or `https://host:port` URL names.
pub fn socket_addr(url: &str) -> Result<SocketAddr, ConfigError> {
    let bad = |why: &str| ConfigError::Url {
        url: url.to_string(),
        why: why.to_string(),
    };
    let Some(hostport) = host_port(url) else {
        return Err(bad("expected a URL like http://127.0.0.1:2379"));
    };
    if !hostport.contains(':') || hostport.ends_with(':') {
        return Err(bad("the URL needs a port, as in http://127.0.0.1:2379"));
    }
    hostport
        .to_socket_addrs()
        .map_err(|e| bad(&format!("cannot resolve: {e}")))?
        .next()
        .ok_or_else(|| bad("the host resolves to no address"))
}

/// The `host:port` of an `http://` or `https://` URL.
fn host_port(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))?;
    Some(rest.trim_end_matches('/'))
}

/// The host an `http://` or `https://` URL names, without brackets.
pub fn url_host(url: &str) -> Option<String> {
    let hostport = host_port(url)?;
    let host = hostport.rsplit_once(':').map_or(hostport, |(h, _)| h);
    Some(
        host.trim_start_matches('[')
            .trim_end_matches(']')
            .to_string(),
    )
}

/// The first state of member `name` of a new cluster: every member of
/// `initial_cluster` (`name=peer-url,...`), its ID derived from its peer
/// URLs and `token`, as etcd derives them; this member is the one
/// advertising `advertise_peer_urls`. For `kvd serve` and `kvd snapshot
/// restore` alike.
pub fn new_cluster(
    name: &str,
    initial_cluster: &str,
    token: &str,
    advertise_peer_urls: &[String],
) -> Result<Bootstrap, ConfigError> {
    let mut by_name: Vec<(String, Vec<String>)> = Vec::new();
    for part in initial_cluster.split(',').filter(|p| !p.trim().is_empty()) {
        let (member, url) = part
            .trim()
            .split_once('=')
            .ok_or_else(|| ConfigError::InitialCluster(format!("{part:?} is not name=url")))?;
        check_url(url)?;
        match by_name.iter_mut().find(|(n, _)| n == member) {
            Some((_, urls)) => urls.push(url.to_string()),
            None => by_name.push((member.to_string(), vec![url.to_string()])),
        }
    }
    let members: Vec<MemberRecord> = by_name
        .into_iter()
        .map(|(name, peer_urls)| MemberRecord {
            id: ids::member_id(&peer_urls, token),
            name,
            peer_urls,
            client_urls: Vec::new(),
            is_learner: false,
        })
        .collect();
    let me = find_member(&members, advertise_peer_urls).ok_or_else(|| {
        ConfigError::InitialCluster(format!(
            "no member has this member's --initial-advertise-peer-urls {}; \
                 add {}={} to --initial-cluster",
            advertise_peer_urls.join(","),
            name,
            advertise_peer_urls.join(",")
        ))
    })?;
    let ids: Vec<u64> = members.iter().map(|m| m.id).collect();
    Ok(Bootstrap {
        member_id: me.id,
        cluster_id: ids::cluster_id(&ids),
        members,
        join: false,
    })
}

/// The member of `members` advertising `peer_urls`, in any order.
fn find_member<'m>(members: &'m [MemberRecord], peer_urls: &[String]) -> Option<&'m MemberRecord> {
    let mut mine = peer_urls.to_vec();
    mine.sort();
    members.iter().find(|m| {
        let mut urls = m.peer_urls.clone();
        urls.sort();
        urls == mine
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(initial_cluster: &str, peer: &str) -> ServerConfig {
        ServerConfig {
            name: "default".into(),
            data_dir: "x".into(),
            listen_client_urls: vec![],
            advertise_client_urls: vec![],
            listen_peer_urls: vec![],
            initial_advertise_peer_urls: vec![peer.into()],
            initial_cluster: initial_cluster.into(),
            initial_cluster_state: "new".into(),
            initial_cluster_token: "etcd-cluster".into(),
            limits: Limits::default(),
            watch_progress_notify_interval: std::time::Duration::from_secs(600),
            snapshot_count: 10_000,
            strict_reconfig_check: true,
            client_tls: Default::default(),
            peer_tls: Default::default(),
            auto_tls: false,
            peer_auto_tls: false,
            auth: Default::default(),
            auto_compaction: crate::server::AutoCompaction::Off,
            force_new_cluster: false,
            corrupt_check_every: None,
            initial_corrupt_check: false,
            listen_metrics_urls: Vec::new(),
            metrics_extensive: false,
            enable_v2: false,
            ui: true,
        }
    }

    #[test]
    fn single_member_ids_match_etcd() {
        let c = config("default=http://localhost:2380", "http://localhost:2380");
        let b = c.bootstrap().unwrap();
        assert_eq!(format!("{:x}", b.member_id), "8e9e05c52164694d");
        assert_eq!(format!("{:x}", b.cluster_id), "cdf818194e3a8c32");
    }

    #[test]
    fn missing_self_is_explained() {
        let c = config("a=http://127.0.0.1:1", "http://127.0.0.1:2");
        let e = c.bootstrap().unwrap_err().to_string();
        assert!(e.contains("add default=http://127.0.0.1:2"), "{e}");
    }

    #[test]
    fn urls_are_checked() {
        assert!(socket_addr("http://127.0.0.1:2379").is_ok());
        assert!(socket_addr("127.0.0.1:2379").is_err());
        assert!(socket_addr("http://127.0.0.1").is_err());
        assert!(socket_addr("https://127.0.0.1:1").is_ok());
        assert_eq!(url_host("https://[::1]:2379").as_deref(), Some("::1"));
        assert_eq!(url_host("http://node-1:2379/").as_deref(), Some("node-1"));
        assert!(socket_addr("unix://x:1").is_err());
    }
}
