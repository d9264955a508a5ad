//! `lock` and `elect`: etcd's lock and election recipes on the client, as
//! etcdctl runs them, with a session (a lease kept alive). With a command,
//! kvd runs it only while it holds the lock or leads, and stops it if the
//! session is lost: a holder never keeps running without the lock.

use std::time::Duration;

use clap::Args;
use tokio::sync::watch;

use super::{emit, exit, shutdown_signal, CliError, GlobalArgs, Personality};
use crate::client::{Client, ClientError};
use crate::proto::etcdserverpb::watch_create_request::FilterType;
use crate::proto::etcdserverpb::watch_request::RequestUnion;
use crate::proto::etcdserverpb::{
    DeleteRangeRequest, LeaseGrantRequest, LeaseKeepAliveRequest, LeaseRevokeRequest, RangeRequest,
    RangeResponse, ResponseHeader, TxnRequest, TxnResponse, WatchCreateRequest, WatchRequest,
};
use crate::recipe::{self, Backend, Held, RecipeError};

/// How long a stopped command gets between SIGTERM and SIGKILL.
const GRACE: Duration = Duration::from_secs(3);

/// Flags of `lock`.
#[derive(Debug, Clone, Args)]
pub struct LockArgs {
    /// The lock's name.
    pub name: Option<String>,
    /// [--] <exec-command> [args...]: run while holding the lock.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub command: Vec<String>,
    /// Timeout for session, in seconds.
    #[arg(long, default_value_t = 10)]
    pub ttl: i64,
}

/// Flags of `elect`.
#[derive(Debug, Clone, Args)]
pub struct ElectArgs {
    /// <election-name> [proposal]
    pub args: Vec<String>,
    /// -- <exec-command> [args...]: run only while leading.
    #[arg(last = true)]
    pub command: Vec<String>,
    /// Observation mode.
    #[arg(short, long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub listen: bool,
    /// Timeout for session, in seconds.
    #[arg(long, default_value_t = 60)]
    pub ttl: i64,
}

impl From<RecipeError> for ClientError {
    fn from(e: RecipeError) -> Self {
        ClientError::Unreachable(e.to_string())
    }
}

impl Backend for Client {
    type Error = ClientError;

    async fn txn(&self, t: TxnRequest) -> Result<TxnResponse, ClientError> {
        self.kv()
            .txn(t)
            .await
            .map(|r| r.into_inner())
            .map_err(Into::into)
    }

    async fn range(&self, r: RangeRequest) -> Result<RangeResponse, ClientError> {
        self.call(self.kv().range(self.request(r))).await
    }

    async fn delete(&self, key: Vec<u8>) -> Result<Option<ResponseHeader>, ClientError> {
        let req = DeleteRangeRequest {
            key: key.into(),
            ..Default::default()
        };
        Ok(self
            .call(self.kv().delete_range(self.request(req)))
            .await?
            .header)
    }

    async fn wait_event(
        &self,
        key: Vec<u8>,
        range_end: Vec<u8>,
        after: i64,
        deletes_only: bool,
    ) -> Result<(), ClientError> {
        let create = WatchCreateRequest {
            key: key.into(),
            range_end: range_end.into(),
            start_revision: after + 1,
            filters: if deletes_only {
                vec![FilterType::Noput as i32]
            } else {
                vec![]
            },
            ..Default::default()
        };
        let (tx, rx) = tokio::sync::mpsc::channel(1);
        let _ = tx
            .send(WatchRequest {
                request_union: Some(RequestUnion::CreateRequest(create)),
            })
            .await;
        let mut stream = self
            .watch()
            .watch(tokio_stream::wrappers::ReceiverStream::new(rx))
            .await?
            .into_inner();
        loop {
            match stream.message().await? {
                Some(r) if !r.events.is_empty() || r.canceled => return Ok(()),
                Some(_) => {}
                None => return Err(ClientError::Unreachable("watch stream ended".into())),
            }
        }
    }
}

/// A lease kept alive in the background; `lost` turns true if it expires.
struct Session {
    client: Client,
    lease: i64,
    lost: watch::Receiver<bool>,
    keeper: tokio::task::JoinHandle<()>,
}

impl Session {
    async fn start(client: &Client, ttl: i64) -> Result<Session, CliError> {
        let grant = client
            .call(
                client
                    .lease()
                    .lease_grant(client.request(LeaseGrantRequest { ttl, id: 0 })),
            )
            .await?;
        let (tx, lost) = watch::channel(false);
        let keeper = tokio::spawn(keep_alive(client.clone(), grant.id, grant.ttl, tx));
        Ok(Session {
            client: client.clone(),
            lease: grant.id,
            lost,
            keeper,
        })
    }

    /// Waits until the session is lost.
    async fn lost(&mut self) {
        let _ = self.lost.wait_for(|l| *l).await;
    }

    async fn close(self) {
        self.keeper.abort();
        let req = LeaseRevokeRequest { id: self.lease };
        let _ = self
            .client
            .call(self.client.lease().lease_revoke(self.client.request(req)))
            .await;
    }
}

/// Renews `lease` every third of its TTL; reports it lost once a renewal
/// says it is gone or no renewal succeeded for a whole TTL.
async fn keep_alive(client: Client, lease: i64, ttl: i64, lost: watch::Sender<bool>) {
    let every = Duration::from_millis((ttl.max(1) as u64 * 1000) / 3);
    let mut last_ok = tokio::time::Instant::now();
    loop {
        let (tx, rx) = tokio::sync::mpsc::channel(1);
        let stream = client
            .lease()
            .lease_keep_alive(tokio_stream::wrappers::ReceiverStream::new(rx))
            .await;
        if let Ok(stream) = stream {
            let mut stream = stream.into_inner();
            loop {
                if tx.send(LeaseKeepAliveRequest { id: lease }).await.is_err() {
                    break;
                }
                match stream.message().await {
                    Ok(Some(r)) if r.ttl > 0 => last_ok = tokio::time::Instant::now(),
                    Ok(Some(_)) => {
                        let _ = lost.send(true);
                        return;
                    }
                    _ => break,
                }
                tokio::time::sleep(every).await;
            }
        }
        if last_ok.elapsed() >= Duration::from_secs(ttl.max(1) as u64) {
            let _ = lost.send(true);
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Prints the holder's key and value as etcdctl does (a `get` of it).
async fn show_key(g: &GlobalArgs, client: &Client, key: &[u8]) -> Result<(), CliError> {
    let resp = client.range(RangeRequest {
        key: key.to_vec().into(),
        ..Default::default()
    });
    emit(&g.printer().get(&resp.await?)?)
}

/// How a guarded command ended.
enum Guarded {
    Exited(std::process::ExitStatus),
    Stopped,
}

/// Runs `command` with `env` until it exits, or until `lost` fires, in
/// which case it is stopped: SIGTERM, then SIGKILL after a grace period.
async fn run_guarded(
    command: &[String],
    env: &[(String, String)],
    lost: impl std::future::Future<Output = ()>,
) -> Result<Guarded, CliError> {
    let (program, args) = command
        .split_first()
        .ok_or_else(|| CliError::bad_args("no command"))?;
    let mut child = tokio::process::Command::new(program)
        .args(args)
        .envs(env.iter().cloned())
        .spawn()
        .map_err(|e| CliError::new(exit::ERROR, format!("cannot run {program}: {e}")))?;
    tokio::select! {
        status = child.wait() => {
            let status = status.map_err(|e| CliError::new(exit::ERROR, e.to_string()))?;
            Ok(Guarded::Exited(status))
        }
        _ = lost => {
            if let Some(pid) = child.id() {
                // SAFETY: signalling our own child.
                unsafe { libc::kill(pid as i32, libc::SIGTERM) };
            }
            if tokio::time::timeout(GRACE, child.wait()).await.is_err() {
                let _ = child.kill().await;
            }
            Ok(Guarded::Stopped)
        }
    }
}

/// Exit with the command's status (kvd), or as etcdctl reports it.
fn command_result(
    status: std::process::ExitStatus,
    personality: Personality,
) -> Result<(), CliError> {
    if status.success() {
        return Ok(());
    }
    match (personality, status.code()) {
        // etcdctl reports the status as Go words it.
        (Personality::Etcdctl, Some(code)) => {
            Err(CliError::new(exit::ERROR, format!("exit status {code}")))
        }
        (Personality::Etcdctl, None) => Err(CliError::new(exit::ERROR, "signal: killed")),
        (_, code) => Err(CliError::new(code.unwrap_or(1), "")),
    }
}

/// `lock`.
pub async fn lock(g: &GlobalArgs, a: LockArgs, personality: Personality) -> Result<(), CliError> {
    let name = a.name.clone().ok_or_else(|| {
        CliError::bad_args("lock takes a lock name argument and an optional command to execute")
    })?;
    let client = g.connect().await?;
    let mut session = Session::start(&client, a.ttl).await?;
    let held: Held = tokio::select! {
        h = recipe::acquire(&client, name.as_bytes(), session.lease, b"") => h?,
        _ = shutdown_signal() => {
            session.close().await;
            return Ok(());
        }
    };
    if a.command.is_empty() {
        show_key(g, &client, &held.key).await?;
        tokio::select! {
            _ = shutdown_signal() => {
                let _ = recipe::release(&client, &held.key).await;
                session.close().await;
                Ok(())
            }
            _ = session.lost() => Err(CliError::new(exit::ERROR, "session expired")),
        }
    } else {
        let env = vec![
            (
                "ETCD_LOCK_KEY".to_string(),
                String::from_utf8_lossy(&held.key).into_owned(),
            ),
            (
                "ETCD_LOCK_REV".to_string(),
                held.header.map(|h| h.revision).unwrap_or(0).to_string(),
            ),
        ];
        let mut lost = session.lost.clone();
        let outcome = run_guarded(&a.command, &env, async move {
            let _ = lost.wait_for(|l| *l).await;
        })
        .await?;
        let _ = recipe::release(&client, &held.key).await;
        session.close().await;
        match outcome {
            Guarded::Exited(status) => command_result(status, personality),
            Guarded::Stopped => Err(CliError::new(
                exit::ERROR,
                format!(
                    "lock {name} lost (session expired); stopped {}",
                    a.command[0]
                ),
            )),
        }
    }
}

/// `elect`.
pub async fn elect(g: &GlobalArgs, a: ElectArgs, personality: Personality) -> Result<(), CliError> {
    let usage = || {
        CliError::bad_args(
            "elect takes one election name argument and an optional proposal argument",
        )
    };
    let name = a.args.first().ok_or_else(usage)?.clone();
    if a.args.len() > 2 {
        return Err(usage());
    }
    if a.listen && a.args.len() > 1 {
        return Err(CliError::bad_args("proposal given but -l is set"));
    }
    if !a.listen && a.args.len() < 2 {
        return Err(CliError::bad_args("no proposal argument but -l not set"));
    }
    let client = g.connect().await?;
    if a.listen {
        return observe(g, &client, name.as_bytes()).await;
    }
    let proposal = a.args[1].clone();
    let session = Session::start(&client, a.ttl).await?;
    let held = tokio::select! {
        h = recipe::campaign(&client, name.as_bytes(), session.lease, proposal.as_bytes()) => h?,
        _ = shutdown_signal() => {
            session.close().await;
            return Ok(());
        }
    };
    show_key(g, &client, &held.key).await?;
    // Leadership ends with the session, or if the key is deleted.
    let at = held.header.map(|h| h.revision).unwrap_or(0);
    let mut lost_session = session.lost.clone();
    let key = held.key.clone();
    let leadership_lost = async {
        tokio::select! {
            _ = lost_session.wait_for(|l| *l) => {}
            _ = client.wait_event(key, Vec::new(), at, true) => {}
        }
    };
    let result = if a.command.is_empty() {
        tokio::select! {
            _ = shutdown_signal() => Ok(()),
            _ = leadership_lost => Err(CliError::new(exit::ERROR, "elect: session expired")),
        }
    } else {
        match run_guarded(&a.command, &[], leadership_lost).await? {
            Guarded::Exited(status) => command_result(status, personality),
            Guarded::Stopped => Err(CliError::new(
                exit::ERROR,
                format!("leadership of {name} lost; stopped {}", a.command[0]),
            )),
        }
    };
    let _ = recipe::resign(&client, &held.key, held.create_revision).await;
    session.close().await;
    result
}

/// `elect --listen`: prints each new leader until interrupted.
async fn observe(g: &GlobalArgs, client: &Client, name: &[u8]) -> Result<(), CliError> {
    let mut last = None;
    loop {
        let next = tokio::select! {
            n = recipe::next_leader(client, name, last.as_ref()) => n?,
            _ = shutdown_signal() => return Ok(()),
        };
        let resp = RangeResponse {
            kvs: vec![next.clone()],
            count: 1,
            ..Default::default()
        };
        emit(&g.printer().get(&resp)?)?;
        last = Some(next);
    }
}
