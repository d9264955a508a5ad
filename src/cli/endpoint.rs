//! `endpoint status`, `endpoint health`, `endpoint hashkv` and
//! `move-leader`, as etcdctl.

use std::time::Instant;

use clap::Subcommand;

use super::output::{EndpointHash, EndpointHealth, EndpointStatus};
use super::{emit, exit, CliError, GlobalArgs};
use crate::client::{Client, ClientError};
use crate::proto::etcdserverpb::alarm_request::AlarmAction;
use crate::proto::etcdserverpb::{
    AlarmRequest, AlarmType, HashKvRequest, MemberListRequest, RangeRequest, StatusRequest,
};

/// `endpoint` and its flags.
#[derive(Debug, clap::Args)]
pub struct EndpointArgs {
    /// Use all endpoints from the cluster member list.
    #[arg(long, global = true, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub cluster: bool,
    /// The subcommand.
    #[command(subcommand)]
    pub command: EndpointCommand,
}

/// `endpoint` subcommands.
#[derive(Debug, Subcommand)]
pub enum EndpointCommand {
    /// Prints out the status of endpoints specified in `--endpoints` flag.
    Status,
    /// Checks the healthiness of endpoints specified in `--endpoints` flag.
    Health,
    /// Prints the KV history hash for each endpoint in --endpoints.
    Hashkv(HashKvArgs),
}

/// Flags of `endpoint hashkv`.
#[derive(Debug, Clone, clap::Args)]
pub struct HashKvArgs {
    /// Maximum revision to hash (default: all revisions).
    #[arg(long, default_value_t = 0)]
    pub rev: i64,
}

/// Runs an `endpoint` subcommand, on every member's client URLs with
/// `--cluster`.
pub async fn endpoint(g: &GlobalArgs, a: EndpointArgs) -> Result<(), CliError> {
    let g = &endpoints_of(g, a.cluster).await?;
    match a.command {
        EndpointCommand::Status => status(g).await,
        EndpointCommand::Health => health(g).await,
        EndpointCommand::Hashkv(a) => hashkv(g, a.rev).await,
    }
}

/// `g`, or with `cluster`, `g` aimed at every member's client URLs (as
/// the member list gives them).
pub(super) async fn endpoints_of(g: &GlobalArgs, cluster: bool) -> Result<GlobalArgs, CliError> {
    let mut g = g.clone();
    if cluster {
        let client = g.connect().await?;
        let members = client
            .call_read(|| {
                let mut cluster = client.cluster();
                let r = client.request(MemberListRequest::default());
                async move { cluster.member_list(r).await }
            })
            .await?;
        g.endpoints = members
            .members
            .iter()
            .flat_map(|m| m.client_ur_ls.iter().cloned())
            .collect();
    }
    Ok(g)
}

/// A client of the member at `ep` alone, logged in as `g` says.
pub(super) async fn connect_one(g: &GlobalArgs, ep: &str) -> Result<Client, ClientError> {
    let tls = g.tls()?;
    let client = Client::connect_tls(
        &[ep.to_string()],
        g.dial_timeout,
        g.command_timeout,
        tls.as_ref(),
    )
    .await?;
    g.log_in(client).await
}

async fn status(g: &GlobalArgs) -> Result<(), CliError> {
    let printer = g.printer();
    let mut rows = Vec::new();
    let mut failed = false;
    for ep in &g.endpoints {
        let result = async {
            let client = connect_one(g, ep).await?;
            client
                .call(
                    client
                        .maintenance()
                        .status(client.request(StatusRequest {})),
                )
                .await
        }
        .await;
        match result {
            Ok(status) => rows.push(EndpointStatus {
                endpoint: ep.clone(),
                status,
            }),
            Err(e) => {
                failed = true;
                eprintln!("Failed to get the status of endpoint {ep} ({e})");
            }
        }
    }
    emit(&printer.endpoint_status(&rows)?)?;
    if failed {
        // etcdctl exits with no further message; each failure was printed.
        return Err(CliError::new(exit::ERROR, ""));
    }
    Ok(())
}

async fn hashkv(g: &GlobalArgs, revision: i64) -> Result<(), CliError> {
    let printer = g.printer();
    let mut rows = Vec::new();
    let mut last_error = None;
    for ep in &g.endpoints {
        let result = async {
            let client = connect_one(g, ep).await?;
            let req = HashKvRequest { revision };
            client
                .call(client.maintenance().hash_kv(client.request(req)))
                .await
        }
        .await;
        match result {
            Ok(hash) => rows.push(EndpointHash {
                endpoint: ep.clone(),
                hash,
            }),
            Err(e) => {
                eprintln!("Failed to get the hash of endpoint {ep} ({e})");
                last_error = Some(e);
            }
        }
    }
    emit(&printer.endpoint_hashkv(&rows)?)?;
    match last_error {
        Some(e) => Err(e.into()),
        None => Ok(()),
    }
}

/// One endpoint's health: a linearizable read must succeed and no alarm
/// may be raised.
async fn check_health(g: &GlobalArgs, ep: String) -> EndpointHealth {
    let start = Instant::now();
    let result: Result<(), String> = async {
        let client = connect_one(g, &ep).await.map_err(|e| e.to_string())?;
        let read = RangeRequest {
            key: b"health".to_vec().into(),
            ..Default::default()
        };
        match client.call(client.kv().range(client.request(read))).await {
            Ok(_) => {}
            // Permission denied went through consensus too.
            Err(ClientError::Rpc(s)) if s.message() == "etcdserver: permission denied" => {}
            Err(e) => return Err(e.to_string()),
        }
        let alarms = client
            .call(client.maintenance().alarm(client.request(AlarmRequest {
                action: AlarmAction::Get as i32,
                ..Default::default()
            })))
            .await
            .map_err(|_| "Unable to fetch the alarm list".to_string())?;
        if alarms.alarms.is_empty() {
            return Ok(());
        }
        let mut why = String::from("Active Alarm(s): ");
        for a in alarms.alarms {
            why.push_str(match AlarmType::try_from(a.alarm) {
                Ok(AlarmType::Nospace) => "NOSPACE ",
                Ok(AlarmType::Corrupt) => "CORRUPT ",
                _ => "UNKNOWN ",
            });
        }
        Err(why)
    }
    .await;
    EndpointHealth {
        endpoint: ep,
        healthy: result.is_ok(),
        took: start.elapsed(),
        error: result.err().unwrap_or_default(),
    }
}

async fn health(g: &GlobalArgs) -> Result<(), CliError> {
    // Every endpoint is checked at once, as etcdctl does.
    let mut tasks = tokio::task::JoinSet::new();
    for (i, ep) in g.endpoints.iter().enumerate() {
        let (g, ep) = (g.clone(), ep.clone());
        tasks.spawn(async move { (i, check_health(&g, ep).await) });
    }
    let mut rows = Vec::new();
    while let Some(done) = tasks.join_next().await {
        if let Ok(row) = done {
            rows.push(row);
        }
    }
    rows.sort_by_key(|(i, _)| *i);
    let rows: Vec<EndpointHealth> = rows.into_iter().map(|(_, h)| h).collect();
    let (out, err) = g.printer().endpoint_health(&rows)?;
    emit(&out)?;
    eprint!("{err}");
    if rows.iter().any(|h| !h.healthy) {
        return Err(CliError::new(exit::ERROR, "unhealthy cluster"));
    }
    Ok(())
}

/// Flags of `move-leader`.
#[derive(Debug, Clone, clap::Args)]
pub struct MoveLeaderArgs {
    /// <transferee-member-id> (hex)
    pub args: Vec<String>,
}

/// `move-leader`: finds the leader among the endpoints and asks it to hand
/// leadership to the given member.
pub async fn move_leader(g: &GlobalArgs, a: MoveLeaderArgs) -> Result<(), CliError> {
    if a.args.len() != 1 {
        return Err(CliError::bad_args("move-leader command needs 1 argument"));
    }
    let target = u64::from_str_radix(&a.args[0], 16).map_err(|e| {
        CliError::bad_args(format!(
            "strconv.ParseUint: parsing {}: {}",
            super::output::gofmt::quote(a.args[0].as_bytes()),
            super::kv::go_parse_error(&e)
        ))
    })?;
    for ep in &g.endpoints {
        let client = connect_one(g, ep).await?;
        let status = client
            .call(
                client
                    .maintenance()
                    .status(client.request(StatusRequest {})),
            )
            .await?;
        let member = status.header.map(|h| h.member_id).unwrap_or(0);
        if status.leader != member {
            continue;
        }
        let req = crate::proto::etcdserverpb::MoveLeaderRequest { target_id: target };
        let resp = client
            .call(client.maintenance().move_leader(client.request(req)))
            .await?;
        return emit(&g.printer().move_leader(member, target, &resp)?);
    }
    Err(CliError::bad_args(format!(
        "no leader endpoint given at [{}]",
        g.endpoints.join(" ")
    )))
}
