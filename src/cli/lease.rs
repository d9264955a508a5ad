//! `lease grant|revoke|timetolive|list|keep-alive`, as etcdctl 3.4.

use std::time::Duration;

use clap::{Args, Subcommand};

use super::output::gofmt::quote;
use super::{emit, exit, CliError, GlobalArgs};
use crate::client::ClientError;
use crate::proto::etcdserverpb::{
    LeaseGrantRequest, LeaseKeepAliveRequest, LeaseLeasesRequest, LeaseRevokeRequest,
    LeaseTimeToLiveRequest,
};

/// `lease` subcommands.
#[derive(Debug, Subcommand)]
pub enum LeaseCommand {
    /// Creates leases.
    Grant(LeaseArgs),
    /// Revokes leases.
    Revoke(LeaseArgs),
    /// Get lease information.
    Timetolive(TimeToLiveArgs),
    /// List all active leases.
    List,
    /// Keeps leases alive (renew).
    KeepAlive(KeepAliveArgs),
}

/// A lease command's arguments.
#[derive(Debug, Clone, Args)]
pub struct LeaseArgs {
    /// <ttl> for grant, <lease id> (hex) otherwise.
    pub args: Vec<String>,
}

/// Flags of `lease timetolive`.
#[derive(Debug, Clone, Args)]
pub struct TimeToLiveArgs {
    /// <lease id> (hex)
    pub args: Vec<String>,
    /// Get keys attached to this lease.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub keys: bool,
}

/// Flags of `lease keep-alive`.
#[derive(Debug, Clone, Args)]
pub struct KeepAliveArgs {
    /// <lease id> (hex)
    pub args: Vec<String>,
    /// Resets the keep-alive time to its original value and exits immediately.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub once: bool,
}

fn lease_id(args: &[String], missing: &str) -> Result<i64, CliError> {
    let arg = args.first().ok_or_else(|| CliError::bad_args(missing))?;
    i64::from_str_radix(arg, 16).map_err(|e| {
        CliError::bad_args(format!(
            "bad lease ID arg (strconv.ParseInt: parsing {}: {}), expecting ID in Hex",
            quote(arg.as_bytes()),
            super::kv::go_parse_error(&e)
        ))
    })
}

/// Runs a `lease` subcommand.
pub async fn lease(g: &GlobalArgs, c: LeaseCommand) -> Result<(), CliError> {
    let printer = g.printer();
    match c {
        LeaseCommand::Grant(a) => {
            let arg = a
                .args
                .first()
                .ok_or_else(|| CliError::bad_args("lease grant command needs TTL argument"))?;
            let ttl: i64 = arg.parse().map_err(|e| {
                CliError::bad_args(format!(
                    "bad TTL (strconv.ParseInt: parsing {}: {})",
                    quote(arg.as_bytes()),
                    super::kv::go_parse_error(&e)
                ))
            })?;
            let client = g.connect().await?;
            let req = LeaseGrantRequest { ttl, id: 0 };
            let resp = client
                .call(client.lease().lease_grant(client.request(req)))
                .await
                .map_err(|e| CliError::new(exit::ERROR, format!("failed to grant lease ({e})")))?;
            emit(&printer.lease_grant(&resp)?)
        }
        LeaseCommand::Revoke(a) => {
            let id = lease_id(&a.args, "lease revoke command needs 1 argument")?;
            let client = g.connect().await?;
            let resp = client
                .call(
                    client
                        .lease()
                        .lease_revoke(client.request(LeaseRevokeRequest { id })),
                )
                .await
                .map_err(|e| CliError::new(exit::ERROR, format!("failed to revoke lease ({e})")))?;
            emit(&printer.lease_revoke(id, &resp)?)
        }
        LeaseCommand::Timetolive(a) => {
            let id = lease_id(
                &a.args,
                "lease timetolive command needs lease ID as argument",
            )?;
            let client = g.connect().await?;
            let req = LeaseTimeToLiveRequest { id, keys: a.keys };
            let resp = client
                .call_read(|| {
                    let (mut lease, r) = (client.lease(), client.request(req));
                    async move { lease.lease_time_to_live(r).await }
                })
                .await?;
            emit(&printer.lease_time_to_live(&resp, a.keys)?)
        }
        LeaseCommand::List => {
            let client = g.connect().await?;
            let resp = client
                .call_read(|| {
                    let mut lease = client.lease();
                    let r = client.request(LeaseLeasesRequest {});
                    async move { lease.lease_leases(r).await }
                })
                .await?;
            emit(&printer.lease_list(&resp)?)
        }
        LeaseCommand::KeepAlive(a) => {
            let id = lease_id(
                &a.args,
                "lease keep-alive command needs lease ID as argument",
            )?;
            keep_alive(g, id, a.once).await
        }
    }
}

/// Renews the lease until it expires or is revoked (or once, with
/// `--once`), printing each renewal.
async fn keep_alive(g: &GlobalArgs, id: i64, once: bool) -> Result<(), CliError> {
    let printer = g.printer();
    let bad_connection = |e: ClientError| CliError::new(2, e.to_string());
    let client = g.connect().await.map_err(|e| CliError::new(2, e.message))?;
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    let requests = tokio_stream::wrappers::ReceiverStream::new(rx);
    let mut responses = client
        .lease()
        .lease_keep_alive(requests)
        .await
        .map_err(|s| bad_connection(s.into()))?
        .into_inner();
    loop {
        if tx.send(LeaseKeepAliveRequest { id }).await.is_err() {
            break;
        }
        let resp = match responses.message().await {
            Ok(Some(r)) => r,
            Ok(None) => break,
            Err(s) if once => return Err(bad_connection(s.into())),
            Err(_) => break,
        };
        if resp.ttl <= 0 {
            if once {
                return Err(CliError::new(2, "etcdserver: requested lease not found"));
            }
            break;
        }
        emit(&printer.keep_alive(&resp)?)?;
        if once {
            return Ok(());
        }
        // Renew at a third of the TTL, as etcd's client does.
        tokio::time::sleep(Duration::from_millis((resp.ttl as u64 * 1000 / 3).max(500))).await;
    }
    if printer.format == super::Format::Simple {
        emit(format!("lease {id:016x} expired or revoked.\n").as_bytes())?;
    }
    Ok(())
}
