//! The Ready loop, on a thread of its own: take commands (batching all that
//! are queued), tick, and on each Ready send what may go before persisting,
//! hand the committed entries to the apply thread, append the new entries
//! and hard state to the log (one fdatasync), then send what had to wait
//! for it. The apply thread answers proposers; its reports move Raft's
//! applied index and trim the log.

use std::sync::atomic::Ordering;
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use raft::prelude::{ConfChange, ConfChangeType, Entry, Message, Snapshot};
use raft::{Config, RawNode, SnapshotStatus, StateRole};
use tokio::sync::watch;

use super::applying::{ApplyThread, Report};
use super::departure::Departure;
use super::proposals::{Pending, Proposal};
use super::reads::Reads;
use super::transport::PeerTransport;
use super::waiters::Waiters;
use super::{logger, Command, Progress, RaftStatus, ELECTION_TICKS, TICK};
use crate::apply::Applier;
use crate::error::{Error, Result};
use crate::store::{meta, LogStore, Store};

/// How long a proposal waits for a leader before "no leader".
const LEADER_WAIT: Duration = Duration::from_secs(5);
/// How long an unanswered ReadIndex round runs before it is sent again.
const READ_RETRY: Duration = Duration::from_millis(500);
/// What a driver is made from.
pub(super) struct Parts {
    pub store: Store,
    pub applier: Applier,
    pub transport: PeerTransport,
    /// This member's ID.
    pub id: u64,
    /// Applied entries kept in the log (`--snapshot-count`).
    pub log_keep: u64,
    pub commands: mpsc::Receiver<Command>,
    /// Where the apply thread nudges the driver.
    pub wake: mpsc::SyncSender<Command>,
    pub waiters: Arc<Waiters>,
    pub status: Arc<RaftStatus>,
    /// Where the applied index is published.
    pub applied: watch::Sender<u64>,
}

pub(super) struct Driver {
    node: RawNode<LogStore>,
    /// How `node` was made, to make it again.
    config: Config,
    store: Store,
    apply: ApplyThread,
    transport: PeerTransport,
    /// Applied entries kept in the log for members that lag a little; the
    /// log is trimmed when it holds twice this many.
    log_keep: u64,
    commands: mpsc::Receiver<Command>,
    waiters: Arc<Waiters>,
    status: Arc<RaftStatus>,
    /// Proposals held for a leader or forwarded to one.
    pending: Pending,
    reads: Reads,
    /// Whether this member has tried its start-up campaign.
    campaigned: bool,
    /// This member's own removal, if under way.
    departure: Departure,
    /// The highest index the state machine has made durable (trimming the
    /// log stops there).
    durable: u64,
}

impl Driver {
    pub(super) fn new(parts: Parts) -> Result<Self> {
        let Parts {
            store,
            applier,
            transport,
            id,
            log_keep,
            commands,
            wake,
            waiters,
            status,
            applied,
        } = parts;
        let applied_index = *applied.borrow();
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
        store.clear_incoming_snapshots();
        let apply = ApplyThread::start(store.clone(), applier, waiters.clone(), applied, wake)?;
        let mut driver = Driver {
            node,
            config,
            store,
            apply,
            transport,
            log_keep: log_keep.max(1),
            commands,
            waiters,
            status,
            pending: Pending::default(),
            reads: Reads::default(),
            campaigned: false,
            departure: Departure::default(),
            durable: applied_index,
        };
        driver.refresh_peers()?;
        Ok(driver)
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
            self.take_reports()?;
            if last_tick.elapsed() >= TICK {
                self.node.tick();
                last_tick = Instant::now();
                self.reads.expire(READ_RETRY, LEADER_WAIT, Error::NoLeader);
                self.pending.expire(LEADER_WAIT, &self.waiters);
            }
            if self
                .departure
                .may_stop(&self.node, TICK * ELECTION_TICKS as u32)
            {
                return Err(Error::Removed);
            }
            self.campaign_if_alone();
            self.pending.release(&mut self.node);
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
            Command::Propose { id, data } => self.pending.hold(id, Proposal::Entry(data)),
            Command::ProposeConfChange(cc) => self.pending.hold(cc.id, Proposal::ConfChange(cc)),
            Command::Progress(reply) => {
                let _ = reply.send(self.progress());
            }
            Command::SnapshotSent { to, ok } => {
                let status = if ok {
                    SnapshotStatus::Finish
                } else {
                    SnapshotStatus::Failure
                };
                self.node.report_snapshot(to, status);
            }
            Command::ReadIndex(reply) => self.reads.push(reply),
            Command::TransferLeader(target) => self.node.transfer_leader(target),
            // The apply thread has a report: `take_reports` reads it.
            Command::Wake => {}
            Command::Step(msg) => {
                // Messages from members that left, or stale terms, are
                // refused by raft; nothing to do about them here.
                if let Err(e) = self.node.step(*msg) {
                    tracing::debug!("raft refused a peer message: {e}");
                }
            }
        }
    }

    /// The leader's record of how far each member's log matches its own.
    fn progress(&self) -> Option<Progress> {
        let raft = &self.node.raft;
        if raft.state != StateRole::Leader {
            return None;
        }
        let matched: std::collections::HashMap<u64, u64> = raft
            .prs()
            .iter()
            .map(|(id, pr)| (*id, pr.matched))
            .collect();
        Some(Progress {
            leader: matched.get(&raft.id).copied().unwrap_or(0),
            matched,
        })
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
        // A leader's appends may go out before its own copy is durable.
        self.send(ready.take_messages());
        let mut installed = None;
        if !ready.snapshot().is_empty() {
            let snapshot = ready.snapshot().clone();
            if let Err(e) = self.install_snapshot(&snapshot) {
                tracing::error!(
                    "installing the leader's snapshot failed: {e}; the leader will send another"
                );
                return self.forget_unpersisted();
            }
            installed = Some(snapshot.get_metadata().index);
        }
        // Entries committed before this Ready's append are in the log
        // already: they are applied while the append is synced.
        self.hand_off(ready.take_committed_entries());
        let sync = ready.must_sync();
        let entries = ready.take_entries();
        let hard_state = ready.hs().cloned();
        self.append(&entries, hard_state.as_ref(), sync)?;
        if crate::hooks::planted(crate::hooks::PlantedBug::AckBeforeQuorum) {
            self.ack_puts_before_quorum(&entries);
        }
        // Votes and append responses promise what is now durable.
        self.send(ready.take_persisted_messages());
        let read_states = ready.take_read_states();
        // Applying is the apply thread's: Raft learns of it from reports.
        let mut light = self.node.advance_append(ready);
        if let Some(index) = installed {
            // The state machine is at the snapshot: Raft must know, or it
            // looks for entries before it (gone with the reset log) when it
            // next campaigns, and panics.
            self.node.advance_apply_to(index);
        }
        self.send(light.take_messages());
        self.hand_off(light.take_committed_entries());
        for rs in read_states {
            self.reads.resolve(&rs.request_ctx, rs.index);
        }
        self.publish_status();
        Ok(())
    }

    /// The planted bug `ack-before-quorum`: a leader answers its puts as
    /// soon as its own log has them, guessing their revisions.
    fn ack_puts_before_quorum(&self, entries: &[Entry]) {
        use crate::proto::kvdpb::internal_request::Request as Internal;
        use prost::Message as _;
        if self.node.raft.state != StateRole::Leader {
            return;
        }
        let Ok(mut revision) = self.store.read().and_then(|t| t.view().current_rev()) else {
            return;
        };
        for entry in entries {
            let Ok(request) = crate::proto::kvdpb::InternalRequest::decode(&entry.data[..]) else {
                continue;
            };
            if let Some(Internal::Put(_)) = request.request {
                revision += 1;
                let header = crate::proto::etcdserverpb::ResponseHeader {
                    revision,
                    ..Default::default()
                };
                self.waiters.deliver(vec![crate::apply::Outcome {
                    id: request.id,
                    result: Ok(crate::apply::Applied::Put(
                        crate::proto::etcdserverpb::PutResponse {
                            header: Some(header),
                            ..Default::default()
                        },
                    )),
                }]);
            }
        }
    }

    /// Appends to the log, trying again when the disk is full (after the
    /// reserve is handed back).
    fn append(
        &mut self,
        entries: &[Entry],
        hard_state: Option<&raft::prelude::HardState>,
        sync: bool,
    ) -> Result<()> {
        loop {
            match self.node.store().append(entries, hard_state, sync) {
                Ok(()) => return Ok(()),
                Err(e) if e.is_out_of_space(self.store.dir()) => {
                    self.store.space().before_retry(&e)
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Gives committed entries to the apply thread. Conf changes take effect
    /// in Raft here, in log order, since only this thread may touch it.
    fn hand_off(&mut self, entries: Vec<Entry>) {
        if entries.is_empty() {
            return;
        }
        let me = self.node.raft.id;
        let mut confs = Vec::new();
        for entry in &entries {
            self.pending.committed(crate::apply::request_id(entry));
            if entry.get_entry_type() != raft::prelude::EntryType::EntryConfChange {
                continue;
            }
            // An undecodable one is skipped by the applier too.
            let Ok(cc) = <ConfChange as protobuf::Message>::parse_from_bytes(&entry.data) else {
                continue;
            };
            if cc.get_change_type() == ConfChangeType::RemoveNode && cc.node_id == me {
                self.departure.removal_at(entry.index);
            }
            confs.push(match self.node.apply_conf_change(&cc) {
                Ok(cs) => Some(cs),
                Err(e) => {
                    tracing::error!("conf change rejected by raft: {e}");
                    None
                }
            });
        }
        self.apply.apply(entries, confs);
    }

    /// Acts on what the apply thread reports: Raft learns the applied
    /// index, the transport the members, and the log is trimmed.
    fn take_reports(&mut self) -> Result<()> {
        let mut applied = None;
        let mut members_changed = false;
        while let Ok(report) = self.apply.reports.try_recv() {
            match report {
                Report::Applied {
                    index,
                    durable,
                    members_changed: changed,
                } => {
                    applied = Some(index);
                    self.durable = self.durable.max(durable);
                    members_changed |= changed;
                }
                Report::Failed(e) => return Err(e),
            }
        }
        let Some(index) = applied else {
            return Ok(());
        };
        self.node.advance_apply_to(index);
        self.departure.applied(index, &mut self.node);
        if members_changed {
            self.refresh_peers()?;
        }
        self.trim_log()
    }

    fn send(&mut self, msgs: Vec<Message>) {
        if !msgs.is_empty() {
            self.transport.send(msgs);
        }
    }

    /// Replaces the state machine with a snapshot the leader sent, staged
    /// by the peer service under the ID its data carries, then starts the
    /// log after it.
    fn install_snapshot(&mut self, snap: &Snapshot) -> Result<()> {
        let md = snap.get_metadata();
        let staged = crate::store::staged_id(&snap.data)
            .ok_or_else(|| Error::Internal("snapshot message without a staged snapshot".into()))?;
        self.apply.install(staged, md.clone())?;
        self.node.store().reset(md.index, md.term)?;
        self.durable = self.durable.max(md.index);
        self.refresh_peers()
    }

    /// Drops what Raft holds in memory and has not persisted (a snapshot
    /// that could not be installed) by starting it again from the store:
    /// this member answers nothing about it, so the leader finds it still
    /// behind and sends it a snapshot again.
    fn forget_unpersisted(&mut self) -> Result<()> {
        let mut config = self.config.clone();
        // The apply thread finished everything before the failed install.
        config.applied = meta::applied_index(self.store.read()?.view())?;
        self.node.store().raise_commit(config.applied);
        self.node = RawNode::new(
            &config,
            LogStore::new(self.store.clone()),
            &logger::logger(),
        )
        .map_err(|e| Error::Internal(format!("raft: {e}")))?;
        self.publish_status();
        Ok(())
    }

    /// Points the transport at the members in the store.
    fn refresh_peers(&mut self) -> Result<()> {
        let me = self.node.raft.id;
        let txn = self.store.read()?;
        let peers = meta::members(txn.view())?
            .into_iter()
            .filter(|m| m.id != me)
            .filter_map(|m| m.peer_urls.first().cloned().map(|u| (m.id, u)))
            .collect();
        drop(txn);
        self.transport.set_peers(peers);
        Ok(())
    }

    /// Keeps the log bounded: entries the state machine has made durable
    /// are no longer needed here, beyond a margin for members that lag a
    /// little.
    fn trim_log(&mut self) -> Result<()> {
        let log = self.node.store();
        if self.durable < log.first() + 2 * self.log_keep {
            return Ok(());
        }
        match log.compact(self.durable - self.log_keep) {
            // Trimming can wait for space; the next report tries again.
            Err(e) if e.is_out_of_space(self.store.dir()) => {
                tracing::warn!("trimming the log: {e}");
                Ok(())
            }
            other => Ok(other?),
        }
    }

    fn publish_status(&mut self) {
        self.pending
            .fail_orphaned(self.node.raft.leader_id, &self.waiters);
        let raft = &self.node.raft;
        self.status.term.store(raft.term, Ordering::Relaxed);
        let leader = if raft.state == StateRole::Leader {
            raft.id
        } else {
            raft.leader_id
        };
        let before = self.status.leader.swap(leader, Ordering::Relaxed);
        if leader != before && leader != 0 {
            crate::metrics::metrics().leader_changes.inc();
        }
        self.status
            .commit
            .store(raft.raft_log.committed, Ordering::Relaxed);
    }
}
