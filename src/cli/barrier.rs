//! `kvd barrier`: etcd's recipe Barrier (`hold`, `release`, `wait`) and
//! DoubleBarrier (`enter`) from the shell, in the Go package's key layout
//! (see `recipes`), so Go programs and scripts can meet at one barrier.

use std::time::Duration;

use clap::{Args, Subcommand};

use super::recipes::{self, DoubleBarrier};
use super::session::{parse_ttl, Session};
use super::{exit, shutdown_signal, CliError, GlobalArgs};

/// `barrier` subcommands.
#[derive(Debug, Subcommand)]
pub enum BarrierCommand {
    /// Holds a barrier: creates its key; fails if it is already held.
    Hold(BarrierArgs),
    /// Releases a barrier: deletes its key, letting every waiter through.
    Release(BarrierArgs),
    /// Waits until a barrier is released (at once if it is not held).
    Wait(WaitArgs),
    /// Double barrier: waits until --count processes have entered, runs the
    /// command if one is given, then waits until all of them have left.
    Enter(EnterArgs),
}

/// A barrier's name.
#[derive(Debug, Clone, Args)]
pub struct BarrierArgs {
    /// The barrier's key.
    pub name: String,
}

/// Flags of `barrier wait`.
#[derive(Debug, Clone, Args)]
pub struct WaitArgs {
    /// The barrier's key.
    pub name: String,
    /// Wait at most this long, e.g. 30s.
    #[arg(long, value_parser = super::parse_duration)]
    pub timeout: Option<Duration>,
}

/// Flags of `barrier enter`.
#[derive(Debug, Clone, Args)]
pub struct EnterArgs {
    /// The double barrier's name: its keys are under NAME/.
    pub name: String,
    /// -- <command> [args...]: run between entering and leaving.
    #[arg(last = true)]
    pub command: Vec<String>,
    /// How many processes the barrier waits for.
    #[arg(long)]
    pub count: usize,
    /// The session's TTL: seconds, or a duration; a process that dies
    /// inside the barrier is let go this long after.
    #[arg(long, default_value = "60", value_parser = parse_ttl)]
    pub ttl: i64,
}

/// Runs a `barrier` subcommand.
pub async fn barrier(g: &GlobalArgs, c: BarrierCommand) -> Result<(), CliError> {
    let client = g.connect().await?;
    match c {
        BarrierCommand::Hold(a) => Ok(recipes::barrier_hold(&client, &a.name).await?),
        BarrierCommand::Release(a) => Ok(recipes::barrier_release(&client, &a.name).await?),
        BarrierCommand::Wait(a) => {
            let wait = recipes::barrier_wait(&client, &a.name);
            match a.timeout {
                Some(t) => tokio::time::timeout(t, wait).await.map_err(|_| {
                    CliError::new(
                        exit::ERROR,
                        format!(
                            "barrier {} not released within {}",
                            a.name,
                            super::output::gofmt::duration(t)
                        ),
                    )
                })??,
                None => wait.await?,
            }
            Ok(())
        }
        BarrierCommand::Enter(a) => enter(&client, a).await,
    }
}

/// `barrier enter`: in, the command, out; the session is revoked on the
/// way out (or on a signal), so nobody waits a TTL for this process.
async fn enter(client: &crate::client::Client, a: EnterArgs) -> Result<(), CliError> {
    if a.count == 0 {
        return Err(CliError::bad_args("--count must be at least 1"));
    }
    let session = Session::start(client, a.ttl).await?;
    let mut b = DoubleBarrier::new(&a.name, a.count);
    let result = tokio::select! {
        r = pass(client, &mut b, session.lease(), &a.command) => r,
        _ = session.lost() => Err(CliError::new(exit::ERROR, "session expired")),
        _ = shutdown_signal() => Ok(()),
    };
    let _ = session.close().await;
    result
}

/// Enters, runs the command, leaves; the command's failure is kvd's, after
/// leaving (the others must not wait for a process that is gone).
async fn pass(
    client: &crate::client::Client,
    b: &mut DoubleBarrier,
    lease: i64,
    command: &[String],
) -> Result<(), CliError> {
    b.enter(client, lease).await?;
    let status = match command.split_first() {
        Some((program, args)) => Some(
            tokio::process::Command::new(program)
                .args(args)
                .status()
                .await
                .map_err(|e| CliError::new(exit::ERROR, format!("cannot run {program}: {e}")))?,
        ),
        None => None,
    };
    b.leave(client).await?;
    match status {
        Some(s) if !s.success() => Err(CliError::new(s.code().unwrap_or(1), "")),
        _ => Ok(()),
    }
}
