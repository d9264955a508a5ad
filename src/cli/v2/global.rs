//! etcdctl v2's global flags and what they set up: the endpoints (flags,
//! then the `ETCDCTL_*` variables, then the defaults, in etcdctl's order),
//! TLS, basic auth, the timeouts, and the client that syncs with the
//! cluster before a command runs (`mustNewClient`).

use std::path::PathBuf;
use std::time::Duration;

use tokio::time::Instant;

use super::args::{Flag, Kind, Parsed};
use super::cluster::Cluster;
use super::error::V2Error;
use super::http::{self, Http, Settings};
use super::url::GoUrl;
use super::{exit, handle_error, Exit};

/// Where etcdctl v2 looks for a cluster when told nothing.
const DEFAULT_ENDPOINTS: &str = "http://127.0.0.1:2379,http://127.0.0.1:4001";

/// The longest a connection may take to set up (Go's `defaultDialTimeout`).
const DIAL_TIMEOUT: Duration = Duration::from_secs(30);

/// A global flag; their help is `help::app`'s text, as etcdctl prints it.
const fn global(names: &'static str, kind: Kind, default: &'static str) -> Flag {
    Flag {
        names,
        kind,
        usage: "",
        default,
    }
}

/// The global flags, with urfave's `help` and `version`.
pub const FLAGS: &[Flag] = &[
    global("debug", Kind::Bool, ""),
    global("no-sync", Kind::Bool, ""),
    global("output, o", Kind::Text, "simple"),
    global("discovery-srv, D", Kind::Text, ""),
    global("insecure-discovery", Kind::Bool, ""),
    global("peers, C", Kind::Text, ""),
    global("endpoint", Kind::Text, ""),
    global("endpoints", Kind::Text, ""),
    global("cert-file", Kind::Text, ""),
    global("key-file", Kind::Text, ""),
    global("ca-file", Kind::Text, ""),
    global("username, u", Kind::Text, ""),
    global("timeout", Kind::Duration, "2s"),
    global("total-timeout", Kind::Duration, "5s"),
    super::args::HELP,
    global("version, v", Kind::Bool, ""),
];

/// The settings the global flags make.
#[derive(Clone)]
pub struct Globals {
    /// Print the requests (`--debug`).
    pub debug: bool,
    /// Skip the cluster sync (`--no-sync`).
    pub no_sync: bool,
    /// `simple`, `extended` or `json` (anything else prints an error).
    pub output: String,
    /// Per request, until the response headers (`--timeout`).
    pub timeout: Duration,
    /// Per command, except watches (`--total-timeout`).
    pub total_timeout: Duration,
    endpoints: String,
    discovery_srv: String,
    ca_file: String,
    cert_file: String,
    key_file: String,
    username: String,
}

impl Globals {
    /// The settings of a parsed command line and the environment.
    pub fn from_flags(p: &Parsed) -> Globals {
        let or_env = |flag: &str, var: &str| {
            let given = p.text(flag);
            if given.is_empty() {
                std::env::var(var).unwrap_or_default()
            } else {
                given
            }
        };
        Globals {
            debug: p.bool("debug"),
            no_sync: p.bool("no-sync"),
            output: p.text("output"),
            timeout: p.duration("timeout"),
            total_timeout: p.duration("total-timeout"),
            endpoints: endpoints(p),
            discovery_srv: or_env("discovery-srv", "ETCDCTL_DISCOVERY_SRV"),
            ca_file: or_env("ca-file", "ETCDCTL_CA_FILE"),
            cert_file: or_env("cert-file", "ETCDCTL_CERT_FILE"),
            key_file: or_env("key-file", "ETCDCTL_KEY_FILE"),
            username: or_env("username", "ETCDCTL_USERNAME"),
        }
    }

    /// When a command (not a watch) must be done.
    pub fn deadline(&self) -> Option<Instant> {
        // A timeout too long to represent is no timeout.
        Instant::now().checked_add(self.total_timeout)
    }

    /// etcdctl's `mustNewClient`: a client, synced with the cluster unless
    /// `--no-sync`. A sync that cannot connect ends the command (exit 2);
    /// one that fails otherwise is ignored, as etcdctl ignores it.
    pub async fn connect(&self) -> Result<Cluster, Exit> {
        let mut cluster = self.cluster()?;
        if self.no_sync {
            self.print_endpoints(&cluster);
            return Ok(cluster);
        }
        if self.debug {
            let endpoints = cluster.endpoints().join(",");
            eprintln!("start to sync cluster using endpoints({endpoints})");
        }
        match cluster.sync(self.deadline()).await {
            Err(e @ V2Error::NoEndpoints) => {
                let endpoints = cluster.endpoints().join(",");
                let mut text = "etcd cluster has no published client endpoints.\n".to_string();
                text.push_str(&format!(
                    "Try '--no-sync' if you want to access non-published client endpoints({endpoints}).\n"
                ));
                let mut failure = handle_error(exit::SERVER_ERROR, &e);
                failure.stderr.insert_str(0, &text);
                return Err(failure);
            }
            Err(e) if e.is_connection() => return Err(handle_error(exit::BAD_CONNECTION, &e)),
            _ => {}
        }
        if self.debug {
            let endpoints = cluster.endpoints().join(",");
            eprintln!("got endpoints({endpoints}) after sync");
        }
        self.print_endpoints(&cluster);
        Ok(cluster)
    }

    /// etcdctl's `mustNewClientNoSync` (`cluster-health`).
    pub async fn connect_without_sync(&self) -> Result<Cluster, Exit> {
        let cluster = self.cluster()?;
        self.print_endpoints(&cluster);
        Ok(cluster)
    }

    fn print_endpoints(&self, cluster: &Cluster) {
        if self.debug {
            eprintln!("Cluster-Endpoints: {}", cluster.endpoints().join(", "));
        }
    }

    /// etcdctl's `newClient`; its errors end the command with exit 1.
    fn cluster(&self) -> Result<Cluster, Exit> {
        let fail = |why: String| Exit::line(exit::BAD_ARGS, why);
        if !self.discovery_srv.is_empty() {
            return Err(fail(
                "kvd's etcdctl does not look up SRV records (--discovery-srv): give --endpoints"
                    .into(),
            ));
        }
        let endpoints = self
            .endpoints
            .split(',')
            // As etcdctl: parsed, given http if it has no scheme, printed
            // and parsed again (so that `foo` becomes host `foo`).
            .map(|e| {
                let completed = GoUrl::parse(e)?.with_default_scheme();
                GoUrl::parse(&completed.to_string())
            })
            .collect::<Result<Vec<_>, _>>()
            .map_err(fail)?;
        let settings = Settings {
            tls: self.tls(&endpoints).map_err(|e| fail(e.to_string()))?,
            dial_timeout: self.dial_timeout(),
            header_timeout: self.timeout,
            credentials: self.credentials().map_err(|e| fail(e.to_string()))?,
            debug: self.debug,
        };
        Ok(Cluster::new(Http::new(settings), endpoints))
    }

    /// Go's dialer waits 30 s, or `--total-timeout` if shorter.
    fn dial_timeout(&self) -> Duration {
        if !self.total_timeout.is_zero() && self.total_timeout < DIAL_TIMEOUT {
            self.total_timeout
        } else {
            DIAL_TIMEOUT
        }
    }

    /// TLS, if certificate files were given or an endpoint is https.
    fn tls(
        &self,
        endpoints: &[GoUrl],
    ) -> Result<Option<std::sync::Arc<rustls::ClientConfig>>, crate::tls::TlsError> {
        let path = |p: &str| (!p.is_empty()).then(|| PathBuf::from(p));
        let files = crate::tls::TlsFiles {
            cert: path(&self.cert_file),
            key: path(&self.key_file),
            trusted_ca: path(&self.ca_file),
            ..Default::default()
        };
        let wanted = files.cert.is_some() || files.key.is_some() || files.trusted_ca.is_some();
        if !wanted && !endpoints.iter().any(|e| e.scheme == "https") {
            return Ok(None);
        }
        http::tls_config(&files).map(Some)
    }

    /// `--username NAME[:PASSWORD]`; without a password, one is asked for.
    fn credentials(&self) -> std::io::Result<Option<(String, String)>> {
        if self.username.is_empty() {
            return Ok(None);
        }
        let (name, password) = match self.username.split_once(':') {
            Some((name, password)) => (name.to_string(), password.to_string()),
            None => (
                self.username.clone(),
                crate::cli::auth::ask_password("Password: ")?,
            ),
        };
        Ok(Some((name, password)))
    }
}

/// etcdctl's `getPeersFlagValue`: `--endpoints`, `ETCDCTL_ENDPOINTS`,
/// `--endpoint`, `ETCDCTL_ENDPOINT`, `--peers`, `ETCDCTL_PEERS`, the
/// default: the first that is set.
fn endpoints(p: &Parsed) -> String {
    let env = |var: &str| std::env::var(var).unwrap_or_default();
    [
        p.text("endpoints"),
        env("ETCDCTL_ENDPOINTS"),
        p.text("endpoint"),
        env("ETCDCTL_ENDPOINT"),
        p.text("peers"),
        env("ETCDCTL_PEERS"),
    ]
    .into_iter()
    .find(|e| !e.is_empty())
    .unwrap_or_else(|| DEFAULT_ENDPOINTS.to_string())
}
