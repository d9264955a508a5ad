//! `alarm list|disarm`, as etcdctl 3.4: disarming lists the alarms, then
//! deactivates each, and prints those it cleared.

use clap::Subcommand;

use super::{emit, CliError, GlobalArgs};
use crate::proto::etcdserverpb::alarm_request::AlarmAction;
use crate::proto::etcdserverpb::{AlarmRequest, AlarmResponse};

/// `alarm` subcommands.
#[derive(Debug, Subcommand)]
pub enum AlarmCommand {
    /// Lists all alarms.
    List,
    /// Disarms all alarms.
    Disarm,
}

/// Runs an `alarm` subcommand.
pub async fn alarm(g: &GlobalArgs, command: AlarmCommand) -> Result<(), CliError> {
    let client = g.connect().await?;
    let listed = ask(&client, AlarmAction::Get, 0, 0).await?;
    let shown = match command {
        AlarmCommand::List => listed,
        AlarmCommand::Disarm => {
            let mut cleared = AlarmResponse {
                header: listed.header,
                alarms: Vec::new(),
            };
            for a in &listed.alarms {
                let resp = ask(&client, AlarmAction::Deactivate, a.member_id, a.alarm).await?;
                cleared.header = resp.header;
                cleared.alarms.extend(resp.alarms);
            }
            cleared
        }
    };
    emit(&g.printer().alarm(&shown)?)
}

async fn ask(
    client: &crate::client::Client,
    action: AlarmAction,
    member_id: u64,
    alarm: i32,
) -> Result<AlarmResponse, CliError> {
    let request = AlarmRequest {
        action: action as i32,
        member_id,
        alarm,
    };
    Ok(client
        .call(client.maintenance().alarm(client.request(request)))
        .await?)
}
