//! The member's meta records: identity, Raft conf state, applied index,
//! MVCC revisions, cluster version, alarms, and the member list (a new
//! directory's first records are written by `bootstrap`).

use prost::Message as _;
use protobuf::Message as _;
use raft::prelude::{ConfState, HardState};

use super::error::{Result, StorageError};
use super::{View, WriteTxn};
use crate::proto::kvdpb::MemberRecord;

pub(super) const FORMAT: &[u8] = b"format";
/// The storage format this kvd writes: 5 adds the auth table; 4 adds the
/// tables of long keys; 3
/// keeps the Raft log in the write-ahead log (`wal`); 2 kept it in LMDB; 1
/// had no record checksums.
pub(super) const FORMAT_VERSION: &[u8] = b"5";
pub(super) const CLUSTER_ID: &[u8] = b"cluster_id";
pub(super) const MEMBER_ID: &[u8] = b"member_id";
/// Format 2's hard state and log start; format 3 keeps them in the log.
pub(super) const HARD_STATE: &[u8] = b"hard_state";
pub(super) const LOG_START: &[u8] = b"log_start";
pub(super) const CONF_STATE: &[u8] = b"conf_state";
pub(super) const APPLIED_INDEX: &[u8] = b"applied_index";
pub(super) const APPLIED_TERM: &[u8] = b"applied_term";
pub(super) const CURRENT_REV: &[u8] = b"current_rev";
pub(super) const COMPACT_REV: &[u8] = b"compact_rev";
pub(super) const COMPACT_DONE: &[u8] = b"compact_done";
pub(super) const CLUSTER_VERSION: &[u8] = b"cluster_version";
/// The alarms raised (etcd's `AlarmResponse` encoding); absent if none ever were.
pub(super) const ALARMS: &[u8] = b"alarms";

/// Records every opened store must have; a store missing one is damaged.
const REQUIRED: [&[u8]; 7] = [
    FORMAT,
    CLUSTER_ID,
    MEMBER_ID,
    CONF_STATE,
    APPLIED_INDEX,
    APPLIED_TERM,
    CURRENT_REV,
];

pub(super) fn encode_err(e: protobuf::ProtobufError) -> StorageError {
    StorageError::corrupt("meta", e)
}

/// Checks that every required record is present and well formed.
pub(super) fn check_complete(txn: View<'_>) -> std::result::Result<(), String> {
    for name in REQUIRED {
        let value = txn
            .dbs
            .meta
            .get(txn.txn, name)
            .map_err(|e| format!("reading meta record {}: {e}", show(name)))?;
        match value {
            None => return Err(format!("meta record {} is missing", show(name))),
            Some(v) if v.is_empty() && name != CONF_STATE => {
                return Err(format!("meta record {} is empty", show(name)))
            }
            Some(_) => {}
        }
    }
    if txn.dbs.meta.get(txn.txn, FORMAT).ok().flatten() != Some(FORMAT_VERSION) {
        return Err("unknown storage format".into());
    }
    conf_state(txn).map_err(|e| format!("conf state: {e}"))?;
    Ok(())
}

fn show(name: &[u8]) -> String {
    String::from_utf8_lossy(name).into_owned()
}

pub(super) fn get_u64(txn: View<'_>, name: &[u8]) -> Result<u64> {
    let v = txn.dbs.meta.get(txn.txn, name)?.unwrap_or(&[]);
    Ok(v.get(..8)
        .and_then(|b| b.try_into().ok())
        .map(u64::from_be_bytes)
        .unwrap_or(0))
}

pub(super) fn put_u64(txn: &mut WriteTxn<'_>, name: &[u8], v: u64) -> Result<()> {
    Ok(txn.dbs.meta.put(&mut txn.txn, name, &v.to_be_bytes())?)
}

fn decode_pb<M: protobuf::Message>(b: &[u8]) -> Result<M> {
    M::parse_from_bytes(b).map_err(|e| StorageError::corrupt("meta", e))
}

/// This member's ID.
pub fn member_id(txn: View<'_>) -> Result<u64> {
    get_u64(txn, MEMBER_ID)
}

/// The cluster's ID.
pub fn cluster_id(txn: View<'_>) -> Result<u64> {
    get_u64(txn, CLUSTER_ID)
}

/// Format 2's Raft hard state (term, vote, commit), for its upgrade.
pub(super) fn legacy_hard_state(txn: View<'_>) -> Result<HardState> {
    decode_pb(txn.dbs.meta.get(txn.txn, HARD_STATE)?.unwrap_or(&[]))
}

/// The Raft configuration as of the applied index.
pub fn conf_state(txn: View<'_>) -> Result<ConfState> {
    decode_pb(txn.dbs.meta.get(txn.txn, CONF_STATE)?.unwrap_or(&[]))
}

/// The index of the last log entry applied to the state machine.
pub fn applied_index(txn: View<'_>) -> Result<u64> {
    get_u64(txn, APPLIED_INDEX)
}

/// The term of the last log entry applied to the state machine.
pub fn applied_term(txn: View<'_>) -> Result<u64> {
    get_u64(txn, APPLIED_TERM)
}

/// The cluster version, once the leader has set it.
pub fn cluster_version(txn: View<'_>) -> Result<Option<String>> {
    Ok(txn
        .dbs
        .meta
        .get(txn.txn, CLUSTER_VERSION)?
        .map(|v| String::from_utf8_lossy(v).into_owned()))
}

/// The alarms raised through Raft (NOSPACE for the quota), and not yet
/// disarmed.
pub fn alarms(txn: View<'_>) -> Result<Vec<crate::proto::etcdserverpb::AlarmMember>> {
    match txn.dbs.meta.get(txn.txn, ALARMS)? {
        Some(v) => Ok(crate::proto::etcdserverpb::AlarmResponse::decode(v)
            .map_err(|e| StorageError::corrupt("alarms", e))?
            .alarms),
        None => Ok(Vec::new()),
    }
}

/// Every member of the cluster, by ID.
pub fn members(txn: View<'_>) -> Result<Vec<MemberRecord>> {
    let mut out = Vec::new();
    for item in txn.dbs.members.iter(txn.txn)? {
        let (_, v) = item?;
        out.push(MemberRecord::decode(v).map_err(|e| StorageError::corrupt("member", e))?);
    }
    Ok(out)
}

impl WriteTxn<'_> {
    /// Records the Raft configuration.
    pub fn set_conf_state(&mut self, cs: &ConfState) -> Result<()> {
        let bytes = cs.write_to_bytes().map_err(encode_err)?;
        Ok(self.dbs.meta.put(&mut self.txn, CONF_STATE, &bytes)?)
    }

    /// Records the last applied entry's index and term; written in the
    /// same transaction as the entries it covers, so a restart replays
    /// exactly what is missing from the log.
    pub fn set_applied(&mut self, index: u64, term: u64) -> Result<()> {
        put_u64(self, APPLIED_INDEX, index)?;
        put_u64(self, APPLIED_TERM, term)
    }

    /// Records the cluster version.
    pub fn set_cluster_version(&mut self, version: &str) -> Result<()> {
        Ok(self
            .dbs
            .meta
            .put(&mut self.txn, CLUSTER_VERSION, version.as_bytes())?)
    }

    /// Records the alarms raised.
    pub fn set_alarms(&mut self, alarms: &[crate::proto::etcdserverpb::AlarmMember]) -> Result<()> {
        let record = crate::proto::etcdserverpb::AlarmResponse {
            alarms: alarms.to_vec(),
            ..Default::default()
        };
        Ok(self
            .dbs
            .meta
            .put(&mut self.txn, ALARMS, &record.encode_to_vec())?)
    }

    /// Adds or replaces a member record.
    pub fn put_member(&mut self, member: &MemberRecord) -> Result<()> {
        Ok(self.dbs.members.put(
            &mut self.txn,
            &member.id.to_be_bytes(),
            &member.encode_to_vec(),
        )?)
    }

    /// Removes a member record.
    pub fn delete_member(&mut self, id: u64) -> Result<bool> {
        Ok(self.dbs.members.delete(&mut self.txn, &id.to_be_bytes())?)
    }

    /// The member record with this ID.
    pub fn member(&self, id: u64) -> Result<Option<MemberRecord>> {
        match self.dbs.members.get(&self.txn, &id.to_be_bytes())? {
            Some(v) => Ok(Some(
                MemberRecord::decode(v).map_err(|e| StorageError::corrupt("member", e))?,
            )),
            None => Ok(None),
        }
    }
}
