//! `--force-new-cluster`: a surviving member of a cluster that lost its
//! majority restarts as the only member, keeping its data, as etcd does.
//! Entries not yet committed are dropped (no quorum acknowledged them),
//! and conf changes removing every other member (and promoting this one,
//! were it a learner) are appended and marked committed, so the member
//! applies them first thing and then leads alone.

use std::collections::BTreeSet;

use protobuf::Message as _;
use raft::prelude::{ConfChange, ConfChangeType, Entry, EntryType, HardState};

use super::error::{Result, StorageError};
use super::{meta, Store};

impl Store {
    /// Makes member `me` the only member, in the log; returns the members
    /// removed (none if it already is alone).
    pub fn force_new_cluster(&self, me: u64) -> Result<Vec<u64>> {
        let (conf, applied) = {
            let txn = self.read()?;
            (
                meta::conf_state(txn.view())?,
                meta::applied_index(txn.view())?,
            )
        };
        let mut wal = self.wal();
        let hard_state = wal.hard_state().clone();
        let commit = hard_state.commit.max(applied).min(wal.last_index());
        let mut members: BTreeSet<u64> =
            conf.voters.iter().chain(&conf.learners).copied().collect();
        let mut learner = conf.learners.contains(&me);
        // Committed changes not applied yet count too.
        if commit > applied {
            for entry in wal.entries(applied + 1, commit + 1, u64::MAX)? {
                let Some(cc) = conf_change_of(&entry)? else {
                    continue;
                };
                match cc.get_change_type() {
                    ConfChangeType::AddNode => {
                        members.insert(cc.node_id);
                        if cc.node_id == me {
                            learner = false;
                        }
                    }
                    ConfChangeType::AddLearnerNode => {
                        members.insert(cc.node_id);
                        if cc.node_id == me {
                            learner = true;
                        }
                    }
                    ConfChangeType::RemoveNode => {
                        members.remove(&cc.node_id);
                    }
                }
            }
        }
        let others: Vec<u64> = members.into_iter().filter(|id| *id != me).collect();
        let mut changes: Vec<(ConfChangeType, u64)> = others
            .iter()
            .map(|id| (ConfChangeType::RemoveNode, *id))
            .collect();
        if learner {
            changes.push((ConfChangeType::AddNode, me));
        }
        if changes.is_empty() {
            return Ok(others);
        }
        let term = hard_state.term.max(wal.term(commit).unwrap_or(0));
        let entries: Vec<Entry> = changes
            .into_iter()
            .zip(commit + 1..)
            .map(|((kind, node), index)| conf_change_entry(kind, node, term, index))
            .collect::<Result<_>>()?;
        let last = commit + entries.len() as u64;
        let forced = HardState {
            term,
            vote: me,
            commit: last,
            ..Default::default()
        };
        // Replaces whatever followed the commit point: never acknowledged.
        wal.append(&entries, Some(&forced), true)?;
        Ok(others)
    }
}

fn conf_change_of(entry: &Entry) -> Result<Option<ConfChange>> {
    if entry.get_entry_type() != EntryType::EntryConfChange {
        return Ok(None);
    }
    ConfChange::parse_from_bytes(&entry.data)
        .map(Some)
        .map_err(|e| StorageError::corrupt("conf change", e))
}

fn conf_change_entry(kind: ConfChangeType, node: u64, term: u64, index: u64) -> Result<Entry> {
    let mut cc = ConfChange::default();
    cc.set_change_type(kind);
    cc.node_id = node;
    let mut entry = Entry::default();
    entry.set_entry_type(EntryType::EntryConfChange);
    entry.term = term;
    entry.index = index;
    entry.data = cc
        .write_to_bytes()
        .map_err(|e| StorageError::corrupt("conf change", e))?
        .into();
    Ok(entry)
}
