//! The Ready loop, on a thread of its own: take commands (batching all that
//! are queued), tick, and on each Ready persist new entries and the hard
//! state in one LMDB transaction, send messages, apply committed entries in
//! one transaction, then advance.

use std::collections::VecDeque;
use std::sync::atomic::Ordering;
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use raft::prelude::{ConfChange, Entry, Message};
use raft::{Config, RawNode, StateRole};
use tokio::sync::watch;

use super::reads::Reads;
use super::waiters::Waiters;
use super::{logger, Command, RaftStatus, Transport, ELECTION_TICKS, TICK};
use crate::apply::Applier;
use crate::error::{Error, Result};
use crate::store::{meta, LogStore, Store};

/// How long a proposal waits for a leader before "no leader".
const LEADER_WAIT: Duration = Duration::from_secs(5);
/// How long an unanswered ReadIndex round runs before it is sent again.
const READ_RETRY: Duration = Duration::from_millis(500);
/// Applied entries kept in the log for members that lag a little; the log
/// is trimmed when it holds twice this many.
const LOG_KEEP: u64 = 10_000;

pub(super) struct Driver {
    node: RawNode<LogStore>,
    store: Store,
    applier: Applier,
    transport: Box<dyn Transport>,
    commands: mpsc::Receiver<Command>,
    waiters: Arc<Waiters>,
    status: Arc<RaftStatus>,
    applied: watch::Sender<u64>,
    /// Proposals made while no leader was known, with when they arrived.
    held: VecDeque<(u64, Vec<u8>, Instant)>,
    reads: Reads,
    /// Whether this member has tried its start-up campaign.
    campaigned: bool,
    /// Proposals forwarded to a leader and not yet applied, with that
    /// leader: if leadership moves, they may be lost, and their waiters are
    /// told so at once instead of timing out.
    forwarded: std::collections::HashMap<u64, u64>,
}

impl Driver {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn new(
        store: Store,
        applier: Applier,
        transport: Box<dyn Transport>,
        id: u64,
        commands: mpsc::Receiver<Command>,
        waiters: Arc<Waiters>,
        status: Arc<RaftStatus>,
        applied: watch::Sender<u64>,
    ) -> Result<Self> {
        let applied_index = raise_commit_to_applied(&store)?;
        let config = Config {
            id,
            election_tick: ELECTION_TICKS,
            heartbeat_tick: 1,
            applied: applied_index,
            max_size_per_msg: 1 << 20,
            max_inflight_msgs: 256,
            check_quorum: true,
            pre_vote: true,
            ..Default::default()
        };
        config
            .validate()
            .map_err(|e| Error::Internal(format!("raft config: {e}")))?;
        let node = RawNode::new(&config, LogStore::new(store.clone()), &logger::logger())
            .map_err(|e| Error::Internal(format!("raft: {e}")))?;
        Ok(Driver {
            node,
            store,
            applier,
            transport,
            commands,
            waiters,
            status,
            applied,
            held: VecDeque::new(),
            reads: Reads::default(),
            campaigned: false,
            forwarded: std::collections::HashMap::new(),
        })
    }

    /// Runs until the handles are all dropped or storage fails.
    pub(super) fn run(&mut self) -> Result<()> {
        let mut last_tick = Instant::now();
        loop {
            let wait = TICK.saturating_sub(last_tick.elapsed());
            match self.commands.recv_timeout(wait) {
                Ok(cmd) => {
                    self.handle(cmd);
                    while let Ok(cmd) = self.commands.try_recv() {
                        self.handle(cmd);
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
            }
            if last_tick.elapsed() >= TICK {
                self.node.tick();
                last_tick = Instant::now();
                self.reads.expire(READ_RETRY, LEADER_WAIT, Error::NoLeader);
                self.expire_held();
            }
            self.campaign_if_alone();
            self.release_held();
            self.start_reads();
            if let Err(e) = self.on_ready() {
                tracing::error!("raft storage failed: {e}; stopping");
                return Err(e);
            }
        }
    }

    /// A member alone in its cluster need not wait an election timeout to
    /// lead. raft-rs refuses to campaign before the configuration entries
    /// are applied, so this waits for that.
    fn campaign_if_alone(&mut self) {
        if self.campaigned || self.has_leader() {
            return;
        }
        let raft = &self.node.raft;
        if raft.raft_log.applied < raft.raft_log.committed {
            return;
        }
        let voters = raft.prs().conf().voters().ids();
        if voters.len() == 1 && voters.contains(raft.id) {
            self.campaigned = true;
            if let Err(e) = self.node.campaign() {
                tracing::debug!("start-up campaign: {e}");
            }
        }
    }

    fn has_leader(&self) -> bool {
        self.node.raft.leader_id != raft::INVALID_ID
    }

    fn handle(&mut self, cmd: Command) {
        match cmd {
            Command::Propose { id, data } => {
                self.held.push_back((id, data, Instant::now()));
            }
            Command::ReadIndex(reply) => self.reads.push(reply),
            Command::TransferLeader(target) => self.node.transfer_leader(target),
            Command::Step(msg) => {
                // Messages from members that left, or stale terms, are
                // refused by raft; nothing to do about them here.
                if let Err(e) = self.node.step(*msg) {
                    tracing::debug!("raft refused a peer message: {e}");
                }
            }
        }
    }

    /// Proposes what was held, once a leader is known.
    fn release_held(&mut self) {
        while self.has_leader() {
            let Some((id, data, at)) = self.held.pop_front() else {
                break;
            };
            if let Err(e) = self.node.propose(Vec::new(), data.clone()) {
                tracing::debug!("proposal {id:x} held: {e}");
                self.held.push_front((id, data, at));
                break;
            }
            if self.node.raft.state != StateRole::Leader {
                self.forwarded.insert(id, self.node.raft.leader_id);
            }
        }
    }

    fn expire_held(&mut self) {
        while let Some((id, _, at)) = self.held.front() {
            if at.elapsed() < LEADER_WAIT {
                break;
            }
            self.waiters.fail(*id, Error::NoLeader);
            self.held.pop_front();
        }
    }

    fn start_reads(&mut self) {
        if self.has_leader() && self.reads.has_waiting() {
            if let Some(ctx) = self.reads.start_round() {
                self.node.read_index(ctx);
            }
        }
    }

    fn on_ready(&mut self) -> Result<()> {
        if !self.node.has_ready() {
            return Ok(());
        }
        let mut ready = self.node.ready();
        // Waiters woken by this Ready's applies must see its term and leader.
        self.publish_status();
        self.send(ready.take_messages());
        if !ready.snapshot().is_empty() {
            // Installing a leader's snapshot arrives with multi-member
            // clusters; a one-member cluster never receives one.
            tracing::error!("received a raft snapshot, which this member cannot install yet");
        }
        self.apply(ready.take_committed_entries())?;
        if !ready.entries().is_empty() || ready.hs().is_some() {
            let mut txn = self.store.write()?;
            txn.append_entries(ready.entries())?;
            if let Some(hs) = ready.hs() {
                txn.set_hard_state(hs)?;
            }
            txn.commit()?;
        }
        self.send(ready.take_persisted_messages());
        for rs in ready.take_read_states() {
            self.reads.resolve(&rs.request_ctx, rs.index);
        }
        let mut light = self.node.advance(ready);
        self.send(light.take_messages());
        self.apply(light.take_committed_entries())?;
        self.node.advance_apply();
        self.publish_status();
        Ok(())
    }

    fn send(&mut self, msgs: Vec<Message>) {
        if !msgs.is_empty() {
            self.transport.send(msgs);
        }
    }

    fn apply(&mut self, entries: Vec<Entry>) -> Result<()> {
        let Some(last) = entries.last().map(|e| e.index) else {
            return Ok(());
        };
        let node = &mut self.node;
        let mut apply_conf = |cc: &ConfChange| match node.apply_conf_change(cc) {
            Ok(cs) => Some(cs),
            Err(e) => {
                tracing::error!("conf change rejected by raft: {e}");
                None
            }
        };
        let outcomes = self.applier.apply(&entries, &mut apply_conf)?;
        for o in &outcomes {
            self.forwarded.remove(&o.id);
        }
        self.waiters.deliver(outcomes);
        self.applied.send_replace(last);
        self.trim_log(last)
    }

    /// Keeps the log bounded: entries the state machine has applied (and
    /// made durable in the same transaction) are no longer needed here,
    /// beyond a margin for members that lag a little.
    fn trim_log(&mut self, applied: u64) -> Result<()> {
        let first = self.node.store().first()?;
        if applied >= first + 2 * LOG_KEEP {
            let mut txn = self.store.write()?;
            txn.compact_log(applied - LOG_KEEP)?;
            txn.commit()?;
        }
        Ok(())
    }

    fn publish_status(&mut self) {
        self.fail_orphaned_proposals();
        let raft = &self.node.raft;
        self.status.term.store(raft.term, Ordering::Relaxed);
        let leader = if raft.state == StateRole::Leader {
            raft.id
        } else {
            raft.leader_id
        };
        self.status.leader.store(leader, Ordering::Relaxed);
        self.status
            .commit
            .store(raft.raft_log.committed, Ordering::Relaxed);
    }
}

impl Driver {
    /// Proposals forwarded to a leader that is no longer the leader may
    /// never be committed; like etcd, answer "leader changed" rather than
    /// leave them to time out. (One may still commit; clients retry.)
    fn fail_orphaned_proposals(&mut self) {
        if self.forwarded.is_empty() {
            return;
        }
        let leader = self.node.raft.leader_id;
        let waiters = &self.waiters;
        self.forwarded.retain(|id, via| {
            if *via == leader {
                return true;
            }
            waiters.fail(*id, Error::LeaderChanged);
            false
        });
    }
}

/// The hard state's commit index is written with new entries, not on every
/// commit; after a restart it may trail the applied index, which raft-rs
/// refuses. Entries that were applied were committed, so raise it.
fn raise_commit_to_applied(store: &Store) -> Result<u64> {
    let txn = store.read()?;
    let applied = meta::applied_index(txn.view())?;
    let mut hs = meta::hard_state(txn.view())?;
    drop(txn);
    if hs.commit < applied {
        hs.commit = applied;
        let mut txn = store.write()?;
        txn.set_hard_state(&hs)?;
        txn.commit()?;
    }
    Ok(applied)
}
