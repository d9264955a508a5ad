//! Raft: the raft-rs `RawNode` and the only code that touches it. A driver
//! thread runs the Ready loop (persist, send, apply, advance); the rest of
//! kvd talks to it through a `RaftHandle`: propose a request and wait for
//! its applied result, or wait for a linearizable read point.

mod driver;
mod logger;
mod reads;
mod transport;
mod waiters;

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

pub use transport::{NoPeers, PeerTransport, Transport};

/// The length of one Raft tick (etcd's default heartbeat interval).
pub const TICK: Duration = Duration::from_millis(100);
/// Ticks without a leader's word before a follower campaigns (etcd's 1 s).
pub const ELECTION_TICKS: usize = 10;
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
    ReadIndex(oneshot::Sender<Result<u64>>),
    /// A message from another member.
    Step(Box<::raft::prelude::Message>),
    /// Hand leadership to this member.
    TransferLeader(u64),
}

/// A cheap, cloneable way into the driver.
#[derive(Clone)]
pub struct RaftHandle {
    commands: mpsc::Sender<Command>,
    waiters: Arc<waiters::Waiters>,
    status: Arc<RaftStatus>,
    applied: watch::Receiver<u64>,
    ids: Arc<RequestIds>,
    max_request_bytes: usize,
}

/// Settings of the Raft driver.
pub struct RaftConfig {
    /// This member's ID.
    pub member_id: u64,
    /// The largest request accepted, encoded (etcd's --max-request-bytes).
    pub max_request_bytes: usize,
}

/// Starts the driver thread over `store`. Returns the handle and the
/// driver's thread, which ends only when storage fails (with the reason).
pub fn start(
    store: Store,
    applier: Applier,
    transport: Box<dyn Transport>,
    config: RaftConfig,
) -> Result<(RaftHandle, std::thread::JoinHandle<Result<()>>)> {
    let (commands, rx) = mpsc::channel();
    let waiters = Arc::new(waiters::Waiters::default());
    let status = Arc::new(RaftStatus::default());
    let applied_index = crate::store::meta::applied_index(store.read()?.view())?;
    let (applied_tx, applied) = watch::channel(applied_index);
    let mut driver = driver::Driver::new(
        store,
        applier,
        transport,
        config.member_id,
        rx,
        waiters.clone(),
        status.clone(),
        applied_tx,
    )?;
    let thread = std::thread::Builder::new()
        .name("kvd-raft".into())
        .spawn(move || driver.run())
        .map_err(|e| Error::Internal(format!("starting raft: {e}")))?;
    let handle = RaftHandle {
        commands,
        waiters,
        status,
        applied,
        ids: Arc::new(RequestIds::new(config.member_id)),
        max_request_bytes: config.max_request_bytes,
    };
    Ok((handle, thread))
}

impl RaftHandle {
    /// Proposes `request`, waits until it is applied, and returns its result.
    pub async fn propose(&self, request: Request) -> Result<Applied> {
        let id = self.ids.next();
        let data = InternalRequest {
            id,
            request: Some(request),
        }
        .encode_to_vec();
        if data.len() > self.max_request_bytes {
            return Err(Error::RequestTooLarge);
        }
        let rx = self.waiters.register(id);
        if self.commands.send(Command::Propose { id, data }).is_err() {
            self.waiters.cancel(id);
            return Err(Error::Stopped);
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

    /// Hands a message from another member to Raft.
    pub fn step(&self, msg: ::raft::prelude::Message) {
        let _ = self.commands.send(Command::Step(Box::new(msg)));
    }

    /// Asks the leader to hand leadership to member `target`.
    pub fn transfer_leader(&self, target: u64) {
        let _ = self.commands.send(Command::TransferLeader(target));
    }

    /// A new ID, unique in the cluster (for requests and leases).
    pub fn new_request_id(&self) -> u64 {
        self.ids.next()
    }

    /// Waits until this member may serve a linearizable read: the leader
    /// confirmed its commit index, and this member has applied up to it.
    pub async fn linearizable_barrier(&self) -> Result<()> {
        let (tx, rx) = oneshot::channel();
        self.commands
            .send(Command::ReadIndex(tx))
            .map_err(|_| Error::Stopped)?;
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
