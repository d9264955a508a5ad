//! A new data directory's first records: this member's identity, the
//! initial cluster as the first (already committed) Raft log entries, and
//! the keyspace at revision 1.

use heed::RwTxn;
use prost::Message as _;
use protobuf::Message as _;
use raft::prelude::{ConfChange, ConfChangeType, ConfState, Entry, EntryType, HardState};

use super::error::Result;
use super::meta::{
    encode_err, APPLIED_INDEX, APPLIED_TERM, CLUSTER_ID, CONF_STATE, CURRENT_REV, FORMAT,
    FORMAT_VERSION, MEMBER_ID,
};
use super::Dbs;
use crate::proto::kvdpb::MemberRecord;

/// What a new data directory starts with: this member's identity and the
/// initial cluster, whose members become the first Raft log entries.
#[derive(Debug, Clone, Default)]
pub struct Bootstrap {
    /// This member's ID.
    pub member_id: u64,
    /// The cluster's ID.
    pub cluster_id: u64,
    /// Every initial member, this one included; or, when joining, the
    /// members of the running cluster.
    pub members: Vec<MemberRecord>,
    /// Joining a running cluster: the log starts empty and the leader sends
    /// this member the log or a snapshot; the member list only tells it
    /// where its peers are until then.
    pub join: bool,
}

/// Writes the initial state of a new member and returns the log it starts
/// with: as etcd does, each initial member is an AddNode conf change at
/// term 1, already committed (the hard state says so). A joining member
/// starts with an empty log and configuration instead.
pub(super) fn bootstrap(
    txn: &mut RwTxn,
    dbs: &Dbs,
    b: &Bootstrap,
) -> Result<(Vec<Entry>, HardState)> {
    let m = dbs.meta;
    m.put(txn, FORMAT, FORMAT_VERSION)?;
    m.put(txn, CLUSTER_ID, &b.cluster_id.to_be_bytes())?;
    m.put(txn, MEMBER_ID, &b.member_id.to_be_bytes())?;
    let mut conf = ConfState::default();
    let initial = if b.join { &[][..] } else { &b.members[..] };
    let mut log = Vec::with_capacity(initial.len());
    if b.join {
        for member in &b.members {
            dbs.members
                .put(txn, &member.id.to_be_bytes(), &member.encode_to_vec())?;
        }
    }
    for (i, member) in initial.iter().enumerate() {
        conf.voters.push(member.id);
        dbs.members
            .put(txn, &member.id.to_be_bytes(), &member.encode_to_vec())?;
        let mut cc = ConfChange::default();
        cc.set_change_type(ConfChangeType::AddNode);
        cc.node_id = member.id;
        cc.context = member.encode_to_vec().into();
        let mut entry = Entry::default();
        entry.set_entry_type(EntryType::EntryConfChange);
        entry.term = 1;
        entry.index = i as u64 + 1;
        entry.data = cc.write_to_bytes().map_err(encode_err)?.into();
        log.push(entry);
    }
    let hs = HardState {
        term: u64::from(!b.join),
        commit: initial.len() as u64,
        ..Default::default()
    };
    m.put(txn, CONF_STATE, &conf.write_to_bytes().map_err(encode_err)?)?;
    m.put(txn, APPLIED_INDEX, &0u64.to_be_bytes())?;
    m.put(txn, APPLIED_TERM, &0u64.to_be_bytes())?;
    // etcd's keyspace starts at revision 1.
    m.put(txn, CURRENT_REV, &1i64.to_be_bytes())?;
    Ok((log, hs))
}
