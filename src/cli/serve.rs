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
    /// URLs to listen on for peer traffic [default: this member's --peers URL, or http://127.0.0.1:2380].
    #[arg(long, value_delimiter = ',', env = "ETCD_LISTEN_PEER_URLS")]
    pub listen_peer_urls: Option<Vec<String>>,
    /// This member's peer URLs to advertise to the cluster [default: as --listen-peer-urls].
    #[arg(long, value_delimiter = ',', env = "ETCD_INITIAL_ADVERTISE_PEER_URLS")]
    pub initial_advertise_peer_urls: Option<Vec<String>>,
    /// Initial cluster configuration, as name=peer-url,... [default: <name>=<initial-advertise-peer-urls>].
    #[arg(long, env = "ETCD_INITIAL_CLUSTER", conflicts_with = "peers")]
    pub initial_cluster: Option<String>,
    /// Short form of --initial-cluster: name=peer-url,... of every member;
    /// this member's peer URL comes from its own entry.
    #[arg(long)]
    pub peers: Option<String>,
    /// Initial cluster state: `new` bootstraps a cluster; `existing` joins a
    /// running one (after `kvd member add`).
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
    /// Applied entries kept in the Raft log for members that lag; a member
    /// further behind is sent a snapshot.
    #[arg(long, default_value_t = 10_000, env = "ETCD_SNAPSHOT_COUNT")]
    pub snapshot_count: u64,
    /// How often idle watchers that asked for it get a progress notification.
    #[arg(long, default_value = "10m", value_parser = crate::cli::output::gofmt::parse_duration, env = "ETCD_EXPERIMENTAL_WATCH_PROGRESS_NOTIFY_INTERVAL")]
    pub experimental_watch_progress_notify_interval: std::time::Duration,
    /// Refuse membership changes that would leave too few started,
    /// connected voters for a quorum (`--strict-reconfig-check=false` to
    /// allow them).
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true", env = "ETCD_STRICT_RECONFIG_CHECK")]
    pub strict_reconfig_check: bool,
    /// The client port's certificate (PEM), for https:// client URLs.
    #[arg(long, env = "ETCD_CERT_FILE")]
    pub cert_file: Option<PathBuf>,
    /// The key of --cert-file (PEM).
    #[arg(long, env = "ETCD_KEY_FILE")]
    pub key_file: Option<PathBuf>,
    /// The CA that signs client certificates (PEM).
    #[arg(long, env = "ETCD_TRUSTED_CA_FILE")]
    pub trusted_ca_file: Option<PathBuf>,
    /// Accept only clients with a certificate --trusted-ca-file signed.
    #[arg(long, env = "ETCD_CLIENT_CERT_AUTH")]
    pub client_cert_auth: bool,
    /// Serve https client URLs with a self-signed certificate made at start
    /// when no --cert-file is given (clients must skip verification).
    #[arg(long, env = "ETCD_AUTO_TLS")]
    pub auto_tls: bool,
    /// Serve https peer URLs with a self-signed certificate made at start
    /// when no --peer-cert-file is given (members then take any
    /// certificate from each other: encrypted, not authenticated).
    #[arg(long, env = "ETCD_PEER_AUTO_TLS")]
    pub peer_auto_tls: bool,
    /// Client certificates revoked (PEM certificate revocation lists).
    #[arg(long, env = "ETCD_CLIENT_CRL_FILE")]
    pub client_crl_file: Option<PathBuf>,
    /// The peer port's certificate (PEM), used both ways between members.
    #[arg(long, env = "ETCD_PEER_CERT_FILE")]
    pub peer_cert_file: Option<PathBuf>,
    /// The key of --peer-cert-file (PEM).
    #[arg(long, env = "ETCD_PEER_KEY_FILE")]
    pub peer_key_file: Option<PathBuf>,
    /// The CA that signs the members' peer certificates (PEM).
    #[arg(long, env = "ETCD_PEER_TRUSTED_CA_FILE")]
    pub peer_trusted_ca_file: Option<PathBuf>,
    /// Accept only members with a certificate --peer-trusted-ca-file signed.
    #[arg(long, env = "ETCD_PEER_CLIENT_CERT_AUTH")]
    pub peer_client_cert_auth: bool,
    /// Peer certificates revoked (PEM certificate revocation lists).
    #[arg(long, env = "ETCD_PEER_CRL_FILE")]
    pub peer_crl_file: Option<PathBuf>,
    /// TLS 1.2 cipher suites the client and peer ports offer (comma-separated
    /// names, as Go's crypto/tls spells them); TLS 1.3 is not restricted.
    #[arg(long, value_delimiter = ',', env = "ETCD_CIPHER_SUITES")]
    pub cipher_suites: Vec<String>,
    /// The only common name a member's peer certificate may carry.
    #[arg(long, env = "ETCD_PEER_CERT_ALLOWED_CN")]
    pub peer_cert_allowed_cn: Option<String>,
    /// Auth tokens: `simple`, or
    /// `jwt,pub-key=FILE,priv-key=FILE,sign-method=RS256|ES256|...[,ttl=5m]`.
    #[arg(long, default_value = "simple", env = "ETCD_AUTH_TOKEN")]
    pub auth_token: String,
    /// Seconds an unused simple token stays valid.
    #[arg(long, default_value_t = 300, env = "ETCD_AUTH_TOKEN_TTL")]
    pub auth_token_ttl: u64,
    /// Interpret --auto-compaction-retention as a time window (periodic)
    /// or a number of revisions (revision).
    #[arg(long, default_value = "periodic", env = "ETCD_AUTO_COMPACTION_MODE")]
    pub auto_compaction_mode: String,
    /// History to keep: for periodic a duration (`1h`, `30m`; a bare number
    /// is hours), for revision a count; 0 turns auto-compaction off.
    #[arg(long, default_value = "0", env = "ETCD_AUTO_COMPACTION_RETENTION")]
    pub auto_compaction_retention: String,
    /// `zap` for JSON lines as etcd's zap logger writes them, `capnslog`
    /// for text.
    #[arg(long, default_value = "capnslog", env = "ETCD_LOGGER")]
    pub logger: String,
    /// debug, info, warn, error, panic or fatal.
    #[arg(long, default_value = "info", env = "ETCD_LOG_LEVEL")]
    pub log_level: String,
    /// Where logs go: `default` or `stderr`, `stdout`, or file paths
    /// (comma-separated; several at once).
    #[arg(
        long,
        default_value = "default",
        value_delimiter = ',',
        env = "ETCD_LOG_OUTPUTS"
    )]
    pub log_outputs: Vec<String>,
    /// How often the leader compares the members' keyspace hashes and
    /// raises CORRUPT for one that differs (0s: never).
    #[arg(long, default_value = "0s", value_parser = crate::cli::output::gofmt::parse_duration, env = "ETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME")]
    pub experimental_corrupt_check_time: std::time::Duration,
    /// Before serving clients, compare this member's keyspace hash with
    /// its peers' and refuse to start if one differs.
    #[arg(long, default_value_t = false, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", env = "ETCD_EXPERIMENTAL_INITIAL_CORRUPT_CHECK")]
    pub experimental_initial_corrupt_check: bool,
    /// etcd's YAML configuration file; when given, it replaces the other
    /// flags (as in etcd).
    #[arg(long, env = "ETCD_CONFIG_FILE")]
    pub config_file: Option<PathBuf>,
    /// Restart as the only member of the cluster, keeping this member's
    /// data: for when a majority of members is lost for good. Remove the
    /// flag once the member runs (it is harmless if left).
    #[arg(long, env = "ETCD_FORCE_NEW_CLUSTER")]
    pub force_new_cluster: bool,
    /// bcrypt cost for hashing passwords (4 to 31).
    #[arg(long, default_value_t = crate::auth::DEFAULT_BCRYPT_COST, env = "ETCD_BCRYPT_COST")]
    pub bcrypt_cost: u32,
    /// More URLs to serve /metrics and /health on (comma-separated), e.g.
    /// for Prometheus on a port clients do not use.
    #[arg(long, value_delimiter = ',', env = "ETCD_LISTEN_METRICS_URLS")]
    pub listen_metrics_urls: Vec<String>,
    /// `basic`, or `extensive` to add gRPC latency histograms.
    #[arg(long, default_value = "basic", value_parser = ["basic", "extensive"], env = "ETCD_METRICS")]
    pub metrics: String,
    /// Serve etcd's v2 HTTP API (/v2/keys, /v2/members) on the client
    /// URLs, kept in the v3 store.
    #[arg(long, default_value_t = false, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", env = "ETCD_ENABLE_V2")]
    pub enable_v2: bool,
    /// Serve the web dashboard at /ui on the client URLs (and on
    /// --listen-metrics-urls); `--ui=false` turns it off.
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", env = "KVD_UI")]
    pub ui: bool,
}

/// etcd 3.4 flags kvd takes and ignores, with a warning, so that etcd's
/// unit files and scripts start kvd: tuning that kvd does its own way, or
/// features not built yet. Whether each takes a value (Go's booleans take
/// one only as `--flag=value`).
const IGNORED_ETCD_FLAGS: &[(&str, bool)] = &[
    ("backend-batch-interval", true),
    ("backend-batch-limit", true),
    ("client-cert-allowed-hostname", true),
    ("cors", true),
    ("debug", false),
    ("election-timeout", true),
    ("enable-pprof", false),
    ("experimental-backend-bbolt-freelist-type", true),
    ("experimental-compaction-batch-limit", true),
    ("experimental-enable-lease-checkpoint", false),
    ("experimental-enable-v2v3", true),
    ("experimental-peer-skip-client-san-verification", false),
    ("experimental-warning-apply-duration", true),
    ("grpc-keepalive-interval", true),
    ("grpc-keepalive-min-time", true),
    ("grpc-keepalive-timeout", true),
    ("heartbeat-interval", true),
    ("host-whitelist", true),
    ("initial-election-tick-advance", false),
    ("log-package-levels", true),
    ("max-concurrent-streams", true),
    ("max-snapshots", true),
    ("max-wals", true),
    ("peer-cert-allowed-hostname", true),
    ("pre-vote", false),
    ("wal-dir", true),
];

/// Every server flag's `KVD_*` variable as its `ETCD_*` twin (the one
/// clap reads): `KVD_NAME=m1` is `ETCD_NAME=m1`, and wins over it. Called
/// first thing in main, before any thread exists.
pub fn honour_kvd_serve_env() {
    use clap::Args as _;
    let command = ServeArgs::augment_args(clap::Command::new("serve"));
    for arg in command.get_arguments() {
        let Some(etcd) = arg.get_env().and_then(|e| e.to_str()) else {
            continue;
        };
        let Some(name) = etcd.strip_prefix("ETCD_") else {
            continue;
        };
        if let Some(value) = std::env::var_os(format!("KVD_{name}")) {
            std::env::set_var(etcd, value);
        }
    }
}

/// `args` (server flags, after the program or subcommand name) without the
/// etcd flags kvd ignores; a warning for each goes to stderr.
pub fn without_ignored_etcd_flags(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let mut kept = Vec::with_capacity(args.len());
    let mut iter = args.into_iter();
    while let Some(arg) = iter.next() {
        let text = arg.to_str().unwrap_or_default();
        let name = text.trim_start_matches('-');
        let (name, inline_value) = match name.split_once('=') {
            Some((n, _)) => (n, true),
            None => (name, false),
        };
        let ignored = if text.starts_with('-') {
            IGNORED_ETCD_FLAGS.iter().find(|(flag, _)| *flag == name)
        } else {
            None
        };
        match ignored {
            Some((flag, takes_value)) => {
                eprintln!("warning: kvd ignores etcd's --{flag}: it has no meaning for kvd yet");
                if *takes_value && !inline_value {
                    iter.next();
                }
            }
            None => kept.push(arg),
        }
    }
    kept
}

impl ServeArgs {
    /// The logging these flags ask for.
    pub fn log_options(&self) -> crate::cli::logging::LogOptions {
        crate::cli::logging::LogOptions {
            logger: self.logger.clone(),
            level: self.log_level.clone(),
            outputs: self.log_outputs.clone(),
        }
    }

    /// The member configuration these flags describe.
    pub fn to_config(&self) -> Result<ServerConfig, crate::server::ConfigError> {
        let auto_compaction = crate::server::AutoCompaction::parse(
            &self.auto_compaction_mode,
            &self.auto_compaction_retention,
        )
        .map_err(crate::server::ConfigError::Flag)?;
        // With --peers, this member's own entry gives its peer URLs.
        let own_peer_urls: Option<Vec<String>> = self.peers.as_ref().map(|peers| {
            peers
                .split(',')
                .filter_map(|p| p.trim().split_once('='))
                .filter(|(name, _)| *name == self.name)
                .map(|(_, url)| url.to_string())
                .collect()
        });
        let default_peer = || vec!["http://127.0.0.1:2380".to_string()];
        let listen_peer_urls = self
            .listen_peer_urls
            .clone()
            .or_else(|| own_peer_urls.clone().filter(|u| !u.is_empty()))
            .unwrap_or_else(default_peer);
        let advertise_peer_urls = self
            .initial_advertise_peer_urls
            .clone()
            .unwrap_or_else(|| listen_peer_urls.clone());
        let initial_cluster = self
            .initial_cluster
            .clone()
            .or_else(|| self.peers.clone())
            .unwrap_or_else(|| {
                advertise_peer_urls
                    .iter()
                    .map(|u| format!("{}={u}", self.name))
                    .collect::<Vec<_>>()
                    .join(",")
            });
        Ok(ServerConfig {
            name: self.name.clone(),
            data_dir: self
                .data_dir
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("{}.kvd", self.name))),
            listen_client_urls: self.listen_client_urls.clone(),
            advertise_client_urls: self.advertise_client_urls.clone(),
            listen_peer_urls,
            initial_advertise_peer_urls: advertise_peer_urls,
            initial_cluster,
            initial_cluster_state: self.initial_cluster_state.clone(),
            initial_cluster_token: self.initial_cluster_token.clone(),
            limits: Limits {
                max_request_bytes: self.max_request_bytes,
                max_txn_ops: self.max_txn_ops,
                quota_backend_bytes: self.quota_backend_bytes,
            },
            watch_progress_notify_interval: self.experimental_watch_progress_notify_interval,
            snapshot_count: self.snapshot_count,
            strict_reconfig_check: self.strict_reconfig_check,
            client_tls: crate::tls::TlsFiles {
                cert: self.cert_file.clone(),
                key: self.key_file.clone(),
                trusted_ca: self.trusted_ca_file.clone(),
                client_cert_auth: self.client_cert_auth,
                crl: self.client_crl_file.clone(),
                allowed_cn: None,
                cipher_suites: self.cipher_suites.clone(),
            },
            auto_tls: self.auto_tls,
            peer_auto_tls: self.peer_auto_tls,
            peer_tls: crate::tls::TlsFiles {
                cert: self.peer_cert_file.clone(),
                key: self.peer_key_file.clone(),
                trusted_ca: self.peer_trusted_ca_file.clone(),
                client_cert_auth: self.peer_client_cert_auth,
                crl: self.peer_crl_file.clone(),
                allowed_cn: self.peer_cert_allowed_cn.clone(),
                cipher_suites: self.cipher_suites.clone(),
            },
            auth: crate::auth::AuthOptions {
                token: self.auth_token.clone(),
                token_ttl: std::time::Duration::from_secs(self.auth_token_ttl),
                bcrypt_cost: self.bcrypt_cost,
            },
            auto_compaction,
            force_new_cluster: self.force_new_cluster,
            corrupt_check_every: Some(self.experimental_corrupt_check_time)
                .filter(|d| !d.is_zero()),
            initial_corrupt_check: self.experimental_initial_corrupt_check,
            listen_metrics_urls: self.listen_metrics_urls.clone(),
            metrics_extensive: self.metrics == "extensive",
            enable_v2: self.enable_v2,
            ui: self.ui,
        })
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    #[derive(Parser)]
    struct Wrap {
        #[command(flatten)]
        serve: super::ServeArgs,
    }

    fn config(args: &[&str]) -> crate::server::ServerConfig {
        let mut argv = vec!["serve"];
        argv.extend_from_slice(args);
        Wrap::parse_from(argv).serve.to_config().unwrap()
    }

    #[test]
    fn peers_short_form_gives_the_initial_cluster_and_own_peer_urls() {
        let c = config(&[
            "--name",
            "n2",
            "--peers",
            "n1=http://127.0.0.1:1,n2=http://127.0.0.1:2",
        ]);
        assert_eq!(
            c.initial_cluster,
            "n1=http://127.0.0.1:1,n2=http://127.0.0.1:2"
        );
        assert_eq!(c.listen_peer_urls, ["http://127.0.0.1:2"]);
        assert_eq!(c.initial_advertise_peer_urls, ["http://127.0.0.1:2"]);
        assert!(c.bootstrap().is_ok());
    }

    #[test]
    fn defaults_make_a_one_member_cluster_in_the_working_directory() {
        let c = config(&[]);
        assert_eq!(c.initial_cluster, "default=http://127.0.0.1:2380");
        assert_eq!(c.data_dir, std::path::PathBuf::from("default.kvd"));
        assert_eq!(c.listen_client_urls, ["http://127.0.0.1:2379"]);
    }
}
