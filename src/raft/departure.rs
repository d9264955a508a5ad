//! A member's own removal: it is noticed when the removing entry is handed
//! to the apply thread, takes effect once that entry is applied (so its
//! proposer is answered), and the member stops once another member leads
//! or soon after anyway. A leader first hands leadership on.

use std::time::{Duration, Instant};

use raft::{RawNode, StateRole};

use crate::store::LogStore;

/// Where this member stands on leaving the cluster.
#[derive(Default)]
pub(super) struct Departure {
    /// The index of the entry removing this member, once handed off.
    removal: Option<u64>,
    /// When this member applied its own removal.
    since: Option<Instant>,
}

impl Departure {
    /// The entry at `index` removes this member.
    pub(super) fn removal_at(&mut self, index: u64) {
        self.removal = Some(index);
    }

    /// Entries up to `index` are applied: if that includes this member's
    /// removal, it starts leaving (a leader hands leadership to the voter
    /// furthest along, so the cluster need not wait an election timeout).
    pub(super) fn applied(&mut self, index: u64, node: &mut RawNode<LogStore>) {
        if self.removal.is_none_or(|at| index < at) {
            return;
        }
        self.removal = None;
        self.since = Some(Instant::now());
        if let Some(id) = successor(node) {
            tracing::info!("removed from the cluster; handing leadership to {id:x}");
            node.transfer_leader(id);
        }
    }

    /// Whether a member that applied its own removal may stop now: once
    /// another member leads, or after `patience`.
    pub(super) fn may_stop(&self, node: &RawNode<LogStore>, patience: Duration) -> bool {
        let Some(since) = self.since else {
            return false;
        };
        node.raft.state != StateRole::Leader || since.elapsed() > patience
    }
}

/// The voter a leaving leader hands leadership to: the one whose log
/// matches furthest; none if this member does not lead.
fn successor(node: &RawNode<LogStore>) -> Option<u64> {
    let raft = &node.raft;
    if raft.state != StateRole::Leader {
        return None;
    }
    let voters = raft.prs().conf().voters().ids();
    raft.prs()
        .iter()
        .filter(|(id, _)| **id != raft.id && voters.contains(**id))
        .max_by_key(|(_, pr)| pr.matched)
        .map(|(id, _)| *id)
}
