//! Raft: the raft-rs `RawNode` and the only code that touches it. A driver
//! thread runs the Ready loop (persist, send, apply, advance); the rest of
//! kvd talks to it through a `RaftHandle`: propose a request and wait for
//! its applied result, or wait for a linearizable read point.

mod applying;
mod departure;
mod driver;
mod logger;
mod proposals;
mod reads;
mod transport;
mod waiters;

pub use transport::peer_message_limit;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use prost::Message as _;
use tokio::sync::{oneshot, watch};

use crate::apply::{Applied, Applier};
use crate::error::{Error, Result};
use crate::ids::RequestIds;
use crate::proto::kvdpb::{internal_request::Request, InternalRequest};
use crate::store::Store;

/// The length of one Raft tick (etcd's default heartbeat interval).
pub const TICK: Duration = Duration::from_millis(100);
/// Ticks without a leader's word before a follower campaigns (etcd's 1 s).
pub const ELECTION_TICKS: usize = 10;
/// Commands queued for the driver before new ones are refused.
const COMMAND_QUEUE: usize = 4096;
/// How long a request waits for its result before "request timed out"
/// (etcd waits 5 s plus two election timeouts).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(7);

/// What a member's Raft state looks like from outside the driver.
#[derive(Default)]
pub struct RaftStatus {
    term: AtomicU64,
    leader: AtomicU64,
    commit: AtomicU64,
}

impl RaftStatus {
    /// The current term.
    pub fn term(&self) -> u64 {
        self.term.load(Ordering::Relaxed)
    }
    /// The leader's ID, 0 if none is known.
    pub fn leader(&self) -> u64 {
        self.leader.load(Ordering::Relaxed)
    }
    /// The commit index.
    pub fn commit(&self) -> u64 {
        self.commit.load(Ordering::Relaxed)
    }
}

pub(crate) enum Command {
    Propose {
        id: u64,
        data: Vec<u8>,
    },
    /// A membership change; `cc.id` is its request ID.
    ProposeConfChange(::raft::prelude::ConfChange),
    /// How far each member's log matches the leader's (leader only).
    Progress(oneshot::Sender<Option<Progress>>),
    /// The transport finished sending a snapshot to member `to`.
    SnapshotSent {
        to: u64,
        ok: bool,
    },
    ReadIndex(oneshot::Sender<Result<u64>>),
    /// A message from another member.
    Step(Box<::raft::prelude::Message>),
    /// Hand leadership to this member.
    TransferLeader(u64),
    /// The apply thread has reported (see `applying::Report`).
    Wake,
}

/// A cheap, cloneable way into the driver.
#[derive(Clone)]
pub struct RaftHandle {
    commands: mpsc::SyncSender<Command>,
    waiters: Arc<waiters::Waiters>,
    status: Arc<RaftStatus>,
    applied: watch::Receiver<u64>,
    ids: Arc<RequestIds>,
    max_request_bytes: usize,
    connectivity: transport::Connectivity,
}

/// How far members' logs match the leader's, as the leader tracks it.
#[derive(Debug, Clone)]
pub struct Progress {
    /// The leader's own matched index.
    pub leader: u64,
    /// Each member's matched index.
    pub matched: std::collections::HashMap<u64, u64>,
}

/// Settings of the Raft driver.
pub struct RaftConfig {
    /// This member's ID.
    pub member_id: u64,
    /// The largest request accepted, encoded (etcd's --max-request-bytes).
    pub max_request_bytes: usize,
    /// Applied entries kept in the log for members that lag; older ones
    /// are compacted away once the log holds twice this many, and a member
    /// further behind is sent a snapshot (etcd's --snapshot-count).
    pub snapshot_count: u64,
    /// TLS for dialing other members' https peer URLs.
    pub peer_tls: Option<crate::tls::ClientTls>,
}

/// Starts the driver thread over `store`, with a peer transport on the
/// current Tokio runtime. Returns the handle and the driver's thread, which
/// ends when storage fails or this member is removed (with the reason).
pub fn start(
    store: Store,
    applier: Applier,
    config: RaftConfig,
) -> Result<(RaftHandle, std::thread::JoinHandle<Result<()>>)> {
    let (commands, rx) = mpsc::sync_channel(COMMAND_QUEUE);
    let connectivity = transport::Connectivity::default();
    let transport = transport::PeerTransport::new(
        config.member_id,
        store.clone(),
        tokio::runtime::Handle::current(),
        commands.clone(),
        connectivity.clone(),
        config.peer_tls.clone(),
    );
    let waiters = Arc::new(waiters::Waiters::default());
    let status = Arc::new(RaftStatus::default());
    let applied_index = crate::store::meta::applied_index(store.read()?.view())?;
    let (applied_tx, applied) = watch::channel(applied_index);
    let mut driver = driver::Driver::new(driver::Parts {
        store,
        applier,
        transport,
        id: config.member_id,
        log_keep: config.snapshot_count,
        commands: rx,
        wake: commands.clone(),
        waiters: waiters.clone(),
        status: status.clone(),
        applied: applied_tx,
    })?;
    let thread = std::thread::Builder::new()
        .name("kvd-raft".into())
        // Applying a deeply nested transaction recurses once per level.
        .stack_size(crate::nesting::STACK_BYTES)
        .spawn(move || driver.run())
        .map_err(|e| Error::Internal(format!("starting raft: {e}")))?;
    let handle = RaftHandle {
        commands,
        waiters,
        status,
        applied,
        ids: Arc::new(RequestIds::new(config.member_id)),
        max_request_bytes: config.max_request_bytes,
        connectivity,
    };
    Ok((handle, thread))
}

impl RaftHandle {
    /// Proposes `request`, waits until it is applied, and returns its result.
    pub async fn propose(&self, request: Request) -> Result<Applied> {
        self.propose_for(request, None).await
    }

    /// Proposes a client's request, for `caller` (its user's name, empty
    /// for none): applying checks it against that user's permissions as
    /// they are then. `propose` is for the member's own requests (lease
    /// expiry, publishing), which no permission governs.
    pub async fn propose_as(&self, request: Request, caller: &str) -> Result<Applied> {
        self.propose_for(request, Some(caller)).await
    }

    async fn propose_for(&self, request: Request, caller: Option<&str>) -> Result<Applied> {
        let id = self.ids.next();
        let data = InternalRequest {
            id,
            request: Some(request),
            caller: caller.map(|name| crate::proto::kvdpb::Caller {
                name: name.to_string(),
            }),
        }
        .encode_to_vec();
        if data.len() > self.max_request_bytes {
            return Err(Error::RequestTooLarge);
        }
        self.submit(id, Command::Propose { id, data }).await
    }

    /// Hands `cmd`, request `id`, to the driver and waits for its result.
    async fn submit(&self, id: u64, cmd: Command) -> Result<Applied> {
        let metrics = crate::metrics::metrics();
        metrics.proposals_pending.inc();
        let result = self.submit_waiting(id, cmd).await;
        metrics.proposals_pending.dec();
        if matches!(
            result,
            Err(Error::Timeout | Error::Stopped | Error::NoLeader | Error::TooManyRequests)
        ) {
            metrics.proposals_failed.inc();
        }
        result
    }

    async fn submit_waiting(&self, id: u64, cmd: Command) -> Result<Applied> {
        let rx = self.waiters.register(id);
        if let Err(e) = self.offer(cmd) {
            self.waiters.cancel(id);
            return Err(e);
        }
        match tokio::time::timeout(REQUEST_TIMEOUT, rx).await {
            Ok(Ok(result)) => result,
            Ok(Err(_)) => Err(Error::Stopped),
            Err(_) => {
                self.waiters.cancel(id);
                Err(Error::Timeout)
            }
        }
    }

    /// Proposes a membership change and waits until it is applied.
    pub async fn propose_conf_change(
        &self,
        mut cc: ::raft::prelude::ConfChange,
    ) -> Result<Applied> {
        let id = self.ids.next();
        cc.id = id;
        self.submit(id, Command::ProposeConfChange(cc)).await
    }

    /// The leader's view of every member's log; `None` on a non-leader.
    pub async fn progress(&self) -> Result<Option<Progress>> {
        let (tx, rx) = oneshot::channel();
        self.offer(Command::Progress(tx))?;
        rx.await.map_err(|_| Error::Stopped)
    }

    /// Hands a message from another member to Raft. While the driver is
    /// behind it is refused (and dropped): Raft sends again.
    pub fn step(&self, msg: ::raft::prelude::Message) -> Result<()> {
        self.offer(Command::Step(Box::new(msg)))
    }

    /// Asks the leader to hand leadership to member `target`.
    pub fn transfer_leader(&self, target: u64) -> Result<()> {
        self.offer(Command::TransferLeader(target))
    }

    /// Queues `cmd` for the driver without waiting: a full queue means the
    /// member is overloaded, and the request is refused as etcd refuses it.
    fn offer(&self, cmd: Command) -> Result<()> {
        self.commands.try_send(cmd).map_err(|e| match e {
            mpsc::TrySendError::Full(_) => Error::TooManyRequests,
            mpsc::TrySendError::Disconnected(_) => Error::Stopped,
        })
    }

    /// Each peer this member has a working stream to, and since when.
    pub fn peers_connected_since(&self) -> std::collections::HashMap<u64, std::time::Instant> {
        self.connectivity.since()
    }

    /// A new ID, unique in the cluster (for requests and leases).
    pub fn new_request_id(&self) -> u64 {
        self.ids.next()
    }

    /// Waits until this member may serve a linearizable read: the leader
    /// confirmed its commit index, and this member has applied up to it.
    pub async fn linearizable_barrier(&self) -> Result<()> {
        if crate::hooks::planted(crate::hooks::PlantedBug::StaleRead) {
            return Ok(());
        }
        let (tx, rx) = oneshot::channel();
        self.offer(Command::ReadIndex(tx))?;
        let wait = async {
            let index = rx.await.map_err(|_| Error::Stopped)??;
            self.wait_applied(index).await
        };
        tokio::time::timeout(REQUEST_TIMEOUT, wait)
            .await
            .map_err(|_| Error::Timeout)?
    }

    /// Waits until the state machine has applied `index`.
    pub async fn wait_applied(&self, index: u64) -> Result<()> {
        let mut applied = self.applied.clone();
        applied
            .wait_for(|a| *a >= index)
            .await
            .map(|_| ())
            .map_err(|_| Error::Stopped)
    }

    /// The index of the last applied entry.
    pub fn applied_index(&self) -> u64 {
        *self.applied.borrow()
    }

    /// Term, leader and commit index.
    pub fn status(&self) -> &RaftStatus {
        &self.status
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A handle whose driver never runs, with a queue of `capacity`.
    fn handle(capacity: usize) -> (RaftHandle, mpsc::Receiver<Command>) {
        let (commands, rx) = mpsc::sync_channel(capacity);
        let (_applied_tx, applied) = watch::channel(0);
        let handle = RaftHandle {
            commands,
            waiters: Arc::new(waiters::Waiters::default()),
            status: Arc::new(RaftStatus::default()),
            applied,
            ids: Arc::new(RequestIds::new(1)),
            max_request_bytes: 1 << 20,
            connectivity: transport::Connectivity::default(),
        };
        (handle, rx)
    }

    #[tokio::test]
    async fn a_full_driver_queue_refuses_requests_instead_of_blocking() {
        let (raft, rx) = handle(2);
        raft.transfer_leader(2).unwrap();
        raft.transfer_leader(3).unwrap();
        assert_eq!(raft.transfer_leader(4), Err(Error::TooManyRequests));
        let put = Request::Put(Default::default());
        assert_eq!(raft.propose(put).await.unwrap_err(), Error::TooManyRequests);
        assert_eq!(
            raft.linearizable_barrier().await.unwrap_err(),
            Error::TooManyRequests
        );
        drop(rx);
        assert_eq!(raft.transfer_leader(5), Err(Error::Stopped));
    }
}
