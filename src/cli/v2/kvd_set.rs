//! `kvd set KEY VALUE`: etcdctl v2's `set` under kvd's own name and client
//! flags (`--endpoints` as host:port, `-w`, `--cacert`/`--cert`/`--key`,
//! `--user`, `--command-timeout`). The key is set through etcd's v2 API,
//! as `ETCDCTL_API=2 etcdctl set` sets it, and its value printed.

use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use tokio::time::Instant;

use super::api::{self, SetOptions};
use super::cluster::Cluster;
use super::http::{self, Http, Settings};
use super::output::{out, response_json};
use super::url::GoUrl;
use crate::cli::output::Format;
use crate::cli::{exit, CliError, GlobalArgs};
use crate::tls::{TlsError, TlsFiles};

/// Flags of `kvd set` (those of etcdctl v2's `set`).
#[derive(Debug, Clone, Args)]
pub struct SetArgs {
    /// The key.
    pub key: String,
    /// The value [default: all of stdin].
    pub value: Option<String>,
    /// Key time-to-live in seconds (0: none).
    #[arg(long, default_value_t = 0)]
    pub ttl: i64,
    /// Set only if the key has this value now.
    #[arg(long, default_value = "")]
    pub swap_with_value: String,
    /// Set only if the key was last modified at this index.
    #[arg(long, default_value_t = 0)]
    pub swap_with_index: u64,
}

/// Sets the key and prints its value (`-w simple`) or the v2 API's
/// response (`-w json`).
pub async fn set(g: &GlobalArgs, a: SetArgs) -> Result<(), CliError> {
    let json = match g.write_out {
        Format::Simple => false,
        Format::Json => true,
        Format::Fields => return Err(unsupported("fields")),
        Format::Protobuf => return Err(unsupported("protobuf")),
        Format::Table => return Err(unsupported("table")),
    };
    let value = match a.value {
        Some(value) => value,
        None => stdin_value()?,
    };
    let o = SetOptions {
        ttl: a.ttl,
        prev_value: a.swap_with_value,
        prev_index: a.swap_with_index,
        ..Default::default()
    };
    let mut cluster = cluster(g)?;
    let deadline = Instant::now().checked_add(g.command_timeout);
    let r = api::keys(&mut cluster, &api::set_action(&a.key, &value, &o), deadline)
        .await
        .map_err(|e| CliError::new(exit::ERROR, e.to_string().trim_end()))?;
    if json {
        out(&format!("{}\n", response_json(&r)));
    } else {
        out(&format!("{}\n", r.node().value));
    }
    Ok(())
}

fn unsupported(format: &str) -> CliError {
    CliError::new(
        exit::BAD_FEATURE,
        format!("{format} not supported as output format"),
    )
}

/// The value from stdin, which must not be empty (as etcdctl's).
fn stdin_value() -> Result<String, CliError> {
    use std::io::Read as _;
    let mut read = Vec::new();
    match std::io::stdin().read_to_end(&mut read) {
        Ok(_) if !read.is_empty() => Ok(String::from_utf8_lossy(&read).into_owned()),
        _ => Err(CliError::bad_args("value required")),
    }
}

/// The endpoints of `--endpoints` (http, or https when TLS is asked for),
/// without etcdctl's sync: the endpoints given are the ones used.
fn cluster(g: &GlobalArgs) -> Result<Cluster, CliError> {
    let tls = tls(g)?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    let endpoints = g
        .endpoints
        .iter()
        .map(|e| {
            if e.contains("://") {
                GoUrl::parse(e)
            } else {
                GoUrl::parse(&format!("{scheme}://{e}"))
            }
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(CliError::bad_args)?;
    let settings = Settings {
        tls,
        dial_timeout: g.dial_timeout,
        // The command timeout bounds it all, as for kvd's other commands.
        header_timeout: Duration::ZERO,
        credentials: g.credentials().map(|c| (c.name, c.password)),
        debug: false,
    };
    Ok(Cluster::new(Http::new(settings), endpoints))
}

/// TLS as kvd's client flags ask for it (see `GlobalArgs::tls`).
fn tls(g: &GlobalArgs) -> Result<Option<Arc<rustls::ClientConfig>>, CliError> {
    let files = TlsFiles {
        cert: g.cert.clone(),
        key: g.key.clone(),
        trusted_ca: g.cacert.clone(),
        ..Default::default()
    };
    let fail = |e: TlsError| CliError::new(exit::ERROR, e.to_string());
    if g.insecure_skip_tls_verify {
        let mut config = (*crate::tls::insecure_client_config(&files).map_err(fail)?).clone();
        // That configuration offers HTTP/2 (for gRPC); the v2 API is HTTP/1.1.
        config.alpn_protocols.clear();
        return Ok(Some(Arc::new(config)));
    }
    let any_file = files.cert.is_some() || files.trusted_ca.is_some();
    if !any_file && g.insecure_transport {
        return Ok(None);
    }
    http::tls_config(&files).map(Some).map_err(fail)
}
