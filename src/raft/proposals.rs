//! Proposals the driver has taken but Raft has not committed: those held
//! while no leader is known (proposed once one is, failed with "no leader"
//! after `LEADER_WAIT`), and those a follower forwarded to a leader (failed
//! with "leader changed" at once if leadership moves before they commit).

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use raft::prelude::ConfChange;
use raft::{RawNode, StateRole};

use super::waiters::Waiters;
use crate::error::Error;
use crate::store::LogStore;

/// What a held proposal proposes.
pub(super) enum Proposal {
    Entry(Vec<u8>),
    ConfChange(ConfChange),
}

/// A proposal waiting for a leader, with when it arrived.
struct Held {
    id: u64,
    proposal: Proposal,
    at: Instant,
}

/// The proposals in flight in the driver.
#[derive(Default)]
pub(super) struct Pending {
    /// Proposals made while no leader was known.
    held: VecDeque<Held>,
    /// Proposals forwarded to a leader and not yet committed, with that
    /// leader.
    forwarded: HashMap<u64, u64>,
}

impl Pending {
    /// Takes proposal `id`; it goes to Raft on the next `release`.
    pub(super) fn hold(&mut self, id: u64, proposal: Proposal) {
        self.held.push_back(Held {
            id,
            proposal,
            at: Instant::now(),
        });
    }

    /// Proposes what was held, while a leader is known.
    pub(super) fn release(&mut self, node: &mut RawNode<LogStore>) {
        while node.raft.leader_id != raft::INVALID_ID {
            let Some(held) = self.held.pop_front() else {
                break;
            };
            let proposed = match &held.proposal {
                Proposal::Entry(data) => node.propose(Vec::new(), data.clone()),
                Proposal::ConfChange(cc) => node.propose_conf_change(Vec::new(), cc.clone()),
            };
            if let Err(e) = proposed {
                tracing::debug!("proposal {:x} held: {e}", held.id);
                self.held.push_front(held);
                break;
            }
            if node.raft.state != StateRole::Leader {
                self.forwarded.insert(held.id, node.raft.leader_id);
            }
        }
    }

    /// Fails ("no leader") what has been held longer than `wait`.
    pub(super) fn expire(&mut self, wait: Duration, waiters: &Waiters) {
        while let Some(held) = self.held.front() {
            if held.at.elapsed() < wait {
                break;
            }
            waiters.fail(held.id, Error::NoLeader);
            self.held.pop_front();
        }
    }

    /// Request `id` is committed: its outcome comes from the apply
    /// thread, whoever leads by then.
    pub(super) fn committed(&mut self, id: u64) {
        if !self.forwarded.is_empty() {
            self.forwarded.remove(&id);
        }
    }

    /// Proposals forwarded to a member that no longer leads may never be
    /// committed; like etcd, answer "leader changed" rather than leave
    /// them to time out. (One may still commit; clients retry.)
    pub(super) fn fail_orphaned(&mut self, leader: u64, waiters: &Waiters) {
        self.forwarded.retain(|id, via| {
            if *via == leader {
                return true;
            }
            waiters.fail(*id, Error::LeaderChanged);
            false
        });
    }
}
