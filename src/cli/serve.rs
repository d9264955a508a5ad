//! `kvd serve`: etcd's server flags, with defaults that start a one-member
//! cluster on loopback with its data in the working directory.

use std::path::PathBuf;

use clap::Args;

use crate::server::{Limits, ServerConfig};

/// Flags of `kvd serve`, named as etcd's.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Human-readable name for this member.
    #[arg(long, default_value = "default", env = "ETCD_NAME")]
    pub name: String,
    /// Path to the data directory [default: ./<name>.kvd].
    #[arg(long, env = "ETCD_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// URLs to listen on for client traffic.
    #[arg(
        long,
        default_value = "http://127.0.0.1:2379",
        value_delimiter = ',',
        env = "ETCD_LISTEN_CLIENT_URLS"
    )]
    pub listen_client_urls: Vec<String>,
    /// This member's client URLs to advertise to the cluster.
    #[arg(
        long,
        default_value = "http://127.0.0.1:2379",
        value_delimiter = ',',
        env = "ETCD_ADVERTISE_CLIENT_URLS"
    )]
    pub advertise_client_urls: Vec<String>,
    /// URLs to listen on for peer traffic.
    #[arg(
        long,
        default_value = "http://127.0.0.1:2380",
        value_delimiter = ',',
        env = "ETCD_LISTEN_PEER_URLS"
    )]
    pub listen_peer_urls: Vec<String>,
    /// This member's peer URLs to advertise to the cluster.
    #[arg(
        long,
        default_value = "http://127.0.0.1:2380",
        value_delimiter = ',',
        env = "ETCD_INITIAL_ADVERTISE_PEER_URLS"
    )]
    pub initial_advertise_peer_urls: Vec<String>,
    /// Initial cluster configuration, as name=peer-url,... [default: <name>=<initial-advertise-peer-urls>].
    #[arg(long, env = "ETCD_INITIAL_CLUSTER")]
    pub initial_cluster: Option<String>,
    /// Initial cluster state: `new` bootstraps a cluster.
    #[arg(long, default_value = "new", value_parser = ["new", "existing"], env = "ETCD_INITIAL_CLUSTER_STATE")]
    pub initial_cluster_state: String,
    /// Initial cluster token, which makes member and cluster IDs unique.
    #[arg(
        long,
        default_value = "etcd-cluster",
        env = "ETCD_INITIAL_CLUSTER_TOKEN"
    )]
    pub initial_cluster_token: String,
    /// Largest client request accepted, in bytes.
    #[arg(long, default_value_t = 1536 * 1024, env = "ETCD_MAX_REQUEST_BYTES")]
    pub max_request_bytes: usize,
    /// Most operations allowed in one transaction.
    #[arg(long, default_value_t = 128, env = "ETCD_MAX_TXN_OPS")]
    pub max_txn_ops: usize,
    /// Database size, in bytes, above which writes are refused.
    #[arg(long, default_value_t = 2 << 30, env = "ETCD_QUOTA_BACKEND_BYTES")]
    pub quota_backend_bytes: u64,
    /// How often idle watchers that asked for it get a progress notification.
    #[arg(long, default_value = "10m", value_parser = crate::cli::output::gofmt::parse_duration, env = "ETCD_EXPERIMENTAL_WATCH_PROGRESS_NOTIFY_INTERVAL")]
    pub experimental_watch_progress_notify_interval: std::time::Duration,
}

impl ServeArgs {
    /// The member configuration these flags describe.
    pub fn to_config(&self) -> ServerConfig {
        let initial_cluster = self.initial_cluster.clone().unwrap_or_else(|| {
            self.initial_advertise_peer_urls
                .iter()
                .map(|u| format!("{}={u}", self.name))
                .collect::<Vec<_>>()
                .join(",")
        });
        ServerConfig {
            name: self.name.clone(),
            data_dir: self
                .data_dir
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("{}.kvd", self.name))),
            listen_client_urls: self.listen_client_urls.clone(),
            advertise_client_urls: self.advertise_client_urls.clone(),
            listen_peer_urls: self.listen_peer_urls.clone(),
            initial_advertise_peer_urls: self.initial_advertise_peer_urls.clone(),
            initial_cluster,
            initial_cluster_state: self.initial_cluster_state.clone(),
            initial_cluster_token: self.initial_cluster_token.clone(),
            limits: Limits {
                max_request_bytes: self.max_request_bytes,
                max_txn_ops: self.max_txn_ops,
                quota_backend_bytes: self.quota_backend_bytes,
            },
            watch_progress_notify_interval: self.experimental_watch_progress_notify_interval,
        }
    }
}
