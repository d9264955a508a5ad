//! State-machine snapshots, for a member too far behind to catch up from
//! the log (or new): the sender reads every state-machine table in one read
//! transaction and streams it as chunks of records; the receiver stages the
//! chunks in a file under `<data-dir>/snap/` and, when Raft hands the
//! snapshot over, installs the file in one write transaction.
//!
//! Member-local records (identity, Raft hard state, lease deadlines) are not
//! part of a snapshot.

use std::fs::{self, File};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use prost::Message as _;
use raft::prelude::SnapshotMetadata;

use super::error::{Result, StorageError};
use super::meta::{self, COMPACT_DONE, COMPACT_REV, CURRENT_REV};
use super::{Dbs, Store, TableId, View, WriteTxn};
use crate::proto::kvdpeer::{SnapshotChunk, SnapshotRecord};

/// The meta table's number on the wire and in staged files.
pub(super) const TABLE_META: u32 = 1;

/// The meta records that belong to the state machine.
const STATE_META: [&[u8]; 5] = [
    CURRENT_REV,
    COMPACT_REV,
    COMPACT_DONE,
    meta::CLUSTER_VERSION,
    meta::ALARMS,
];

/// Records per chunk are cut at about this many bytes.
pub const CHUNK_BYTES: usize = 1 << 20;

/// The largest chunk read back: a chunk plus one record of the largest
/// request kvd takes, with room to spare.
const MAX_CHUNK_BYTES: usize = 64 << 20;

/// The directory incoming snapshots are staged in.
const SNAP_DIR: &str = "snap";

fn tables(dbs: &Dbs) -> Vec<(u32, super::Table)> {
    TableId::ALL
        .into_iter()
        .filter(|id| *id != TableId::Meta)
        .filter_map(|id| Some((id.snapshot_id()?, dbs.get(id))))
        .collect()
}

fn record(table: u32, key: &[u8], value: &[u8]) -> SnapshotRecord {
    SnapshotRecord {
        table,
        key: key.to_vec().into(),
        value: value.to_vec().into(),
    }
}

impl View<'_> {
    /// Where this view's state machine stands: the applied index, that
    /// entry's term and the configuration, as a snapshot's metadata.
    pub fn snapshot_metadata(&self) -> Result<SnapshotMetadata> {
        let index = meta::applied_index(*self)?;
        let term = meta::applied_term(*self)?;
        Ok(SnapshotMetadata {
            index,
            term,
            conf_state: Some(meta::conf_state(*self)?).into(),
            ..Default::default()
        })
    }

    /// Hands every state-machine record to `sink` in chunks of about
    /// `CHUNK_BYTES`. Stops early, without error, if `sink` returns false.
    pub fn snapshot_records(
        &self,
        mut sink: impl FnMut(Vec<SnapshotRecord>) -> bool,
    ) -> Result<()> {
        let mut chunk = Vec::new();
        let mut bytes = 0;
        for name in STATE_META {
            if let Some(v) = self.dbs.meta.get(self.txn, name)? {
                chunk.push(record(TABLE_META, name, v));
            }
        }
        for (table, db) in tables(&self.dbs) {
            for item in db.iter(self.txn)? {
                let (k, v) = item?;
                bytes += k.len() + v.len() + 8;
                chunk.push(record(table, k, v));
                if bytes >= CHUNK_BYTES {
                    if !sink(std::mem::take(&mut chunk)) {
                        return Ok(());
                    }
                    bytes = 0;
                }
            }
        }
        if !chunk.is_empty() {
            sink(chunk);
        }
        Ok(())
    }
}

/// A snapshot being received: chunks are appended to a staging file that
/// becomes visible under its final name only once complete and synced.
pub struct IncomingSnapshot {
    file: BufWriter<File>,
    id: u64,
    staging: PathBuf,
    done: PathBuf,
    finished: bool,
}

/// What a Raft snapshot message carries to name staged snapshot `id`:
/// the ID, never a path.
pub fn staged_ticket(id: u64) -> Vec<u8> {
    id.to_be_bytes().to_vec()
}

/// The staged snapshot a Raft snapshot message's data names, if it names
/// one.
pub fn staged_id(ticket: &[u8]) -> Option<u64> {
    <[u8; 8]>::try_from(ticket).ok().map(u64::from_be_bytes)
}

/// Where staged snapshot `id` lives. Only the store names these files.
fn staged_path(dir: &Path, id: u64) -> PathBuf {
    dir.join(SNAP_DIR).join(format!("{id}.snap"))
}

impl Store {
    /// Starts staging a snapshot received from the leader.
    pub fn incoming_snapshot(&self) -> std::io::Result<IncomingSnapshot> {
        let dir = self.dir().join(SNAP_DIR);
        fs::create_dir_all(&dir)?;
        let id = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        let staging = dir.join(format!("{id}.partial"));
        Ok(IncomingSnapshot {
            file: BufWriter::new(File::create(&staging)?),
            id,
            staging,
            done: staged_path(self.dir(), id),
            finished: false,
        })
    }

    /// Replaces the state machine with staged snapshot `id`, taken at `md`,
    /// in one transaction, made durable before this returns (the log is
    /// reset after it: see `LogStore::reset`), then removes the file. On an
    /// error nothing changed and the file is gone too: the leader sends a
    /// new one.
    pub fn install_snapshot(&self, id: u64, md: &SnapshotMetadata) -> Result<()> {
        let installed = self.write().and_then(|mut txn| {
            txn.install_snapshot(&staged_path(self.dir(), id), md)?;
            txn.commit()?;
            self.sync()
        });
        self.discard_staged_snapshot(id);
        if installed.is_ok() {
            self.discard_staged_before(id);
        }
        installed
    }

    /// Removes complete staged snapshots older than `id`: Raft dropped them
    /// as stale, so nothing else would. Ones still arriving are `.partial`.
    fn discard_staged_before(&self, id: u64) {
        let Ok(entries) = fs::read_dir(self.dir().join(SNAP_DIR)) else {
            return;
        };
        for path in entries.flatten().map(|e| e.path()) {
            let older = path.extension().is_some_and(|x| x == "snap")
                && path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .and_then(|s| s.parse::<u64>().ok())
                    .is_some_and(|staged| staged < id);
            if older {
                let _ = fs::remove_file(path);
            }
        }
    }

    /// Removes staged snapshot `id` (installed, or refused).
    pub fn discard_staged_snapshot(&self, id: u64) {
        let _ = fs::remove_file(staged_path(self.dir(), id));
    }

    /// Removes staged snapshot files (received but never installed).
    pub fn clear_incoming_snapshots(&self) {
        let dir = self.dir().join(SNAP_DIR);
        if let Ok(entries) = fs::read_dir(&dir) {
            for e in entries.flatten() {
                let _ = fs::remove_file(e.path());
            }
        }
    }
}

/// One chunk of records as staged files and backups hold it: its length
/// (u32, big-endian), then the encoded `SnapshotChunk`.
pub(super) fn chunk_frame(records: Vec<SnapshotRecord>) -> std::io::Result<Vec<u8>> {
    let body = SnapshotChunk {
        records,
        ..Default::default()
    }
    .encode_to_vec();
    let len = u32::try_from(body.len()).map_err(std::io::Error::other)?;
    Ok([&len.to_be_bytes()[..], &body].concat())
}

/// The frame that closes a backup: a chunk marked last, with no records.
pub(super) fn last_frame() -> Vec<u8> {
    let body = SnapshotChunk {
        last: true,
        ..Default::default()
    }
    .encode_to_vec();
    [&(body.len() as u32).to_be_bytes()[..], &body].concat()
}

impl IncomingSnapshot {
    /// Appends one chunk of records.
    pub fn append(&mut self, records: Vec<SnapshotRecord>) -> std::io::Result<()> {
        self.file.write_all(&chunk_frame(records)?)
    }

    /// Syncs the file and gives it its final name; returns the ID that
    /// names it to `install_snapshot`.
    pub fn finish(mut self) -> std::io::Result<u64> {
        self.file.flush()?;
        self.file.get_ref().sync_all()?;
        fs::rename(&self.staging, &self.done)?;
        self.finished = true;
        Ok(self.id)
    }
}

impl Drop for IncomingSnapshot {
    fn drop(&mut self) {
        if !self.finished {
            let _ = fs::remove_file(&self.staging);
        }
    }
}

pub(super) fn read_chunk(r: &mut impl Read) -> Result<Option<SnapshotChunk>> {
    // The end comes between frames: a length cut short is damage.
    let mut len = [0u8; 4];
    let mut got = 0;
    while got < len.len() {
        match r.read(&mut len[got..]) {
            Ok(0) if got == 0 => return Ok(None),
            Ok(0) => {
                return Err(StorageError::corrupt(
                    "snapshot chunk",
                    "cut short inside a length",
                ))
            }
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e.into()),
        }
    }
    let len = u32::from_be_bytes(len) as usize;
    // Chunks are cut at CHUNK_BYTES; one record may pass it by up to a
    // request's size. Anything far larger is damage, not a reason to
    // allocate gigabytes.
    if len > MAX_CHUNK_BYTES {
        return Err(StorageError::corrupt(
            "snapshot chunk",
            format!("{len} bytes, more than a chunk can hold"),
        ));
    }
    let mut body = vec![0u8; len];
    r.read_exact(&mut body)?;
    SnapshotChunk::decode(&body[..])
        .map(Some)
        .map_err(|e| StorageError::corrupt("snapshot chunk", e))
}

impl WriteTxn<'_> {
    /// Replaces the state machine with the snapshot staged at `path`, taken
    /// at `md`: every state-machine table is emptied and refilled, and the
    /// applied index and configuration become the snapshot's.
    fn install_snapshot(&mut self, path: &Path, md: &SnapshotMetadata) -> Result<()> {
        self.load_records(BufReader::new(File::open(path)?), Membership::Replace)?;
        self.set_conf_state(md.get_conf_state())?;
        self.set_applied(md.index, md.term)?;
        Ok(())
    }

    /// Empties the state-machine tables and fills them from the chunks
    /// `chunks` reads; with `Membership::Keep`, the member list stays as
    /// it is and the chunks' is skipped (a backup restored into a new
    /// cluster).
    pub(super) fn load_records(
        &mut self,
        mut chunks: impl Read,
        members: Membership,
    ) -> Result<()> {
        let dbs = self.dbs;
        // Every table but meta (its state records go below), and the
        // member list only when replaced; lease deadlines, this member's
        // own, start afresh.
        for id in TableId::ALL {
            let kept =
                id == TableId::Meta || (id == TableId::Members && members == Membership::Keep);
            if !kept {
                dbs.get(id).clear(&mut self.txn)?;
            }
        }
        for name in STATE_META {
            dbs.meta.delete(&mut self.txn, name)?;
        }
        while let Some(chunk) = read_chunk(&mut chunks)? {
            // A backup's last chunk ends it (padding may follow).
            let last = chunk.last;
            for r in chunk.records {
                let db = match (r.table, TableId::from_snapshot_id(r.table)) {
                    (TABLE_META, _) if STATE_META.contains(&&r.key[..]) => dbs.meta,
                    (_, Some(TableId::Members)) if members == Membership::Keep => continue,
                    (_, Some(id)) if id != TableId::Meta => dbs.get(id),
                    (other, _) => {
                        return Err(StorageError::corrupt(
                            "snapshot",
                            format!("record of table {other}, which kvd does not have"),
                        ))
                    }
                };
                db.put(&mut self.txn, &r.key, &r.value)?;
            }
            if last {
                break;
            }
        }
        Ok(())
    }
}

/// What loading records does with the member list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Membership {
    /// Replaced by the records' (a snapshot from this cluster's leader).
    Replace,
    /// Kept (a backup restored into a new cluster).
    Keep,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::kvdpb::MemberRecord;
    use crate::store::Bootstrap;

    fn store(dir: &Path, id: u64) -> Store {
        let b = Bootstrap {
            member_id: id,
            cluster_id: 9,
            members: vec![MemberRecord {
                id,
                name: "m".into(),
                peer_urls: vec!["http://127.0.0.1:1".into()],
                ..Default::default()
            }],
            join: false,
        };
        Store::open(dir, &b).unwrap().0
    }

    /// Streams `from`'s snapshot into `to` and installs it.
    fn send_snapshot(from: &Store, to: &Store) {
        let txn = from.read().unwrap();
        let md = txn.view().snapshot_metadata().unwrap();
        let mut incoming = to.incoming_snapshot().unwrap();
        txn.view()
            .snapshot_records(|records| {
                incoming.append(records).unwrap();
                true
            })
            .unwrap();
        to.install_snapshot(incoming.finish().unwrap(), &md)
            .unwrap();
    }

    #[test]
    fn a_snapshot_copies_the_state_machine_and_resets_the_log() {
        let tmp = tempfile::tempdir().unwrap();
        let from = store(&tmp.path().join("a"), 1);
        let to = store(&tmp.path().join("b"), 2);
        {
            let mut txn = from.write().unwrap();
            for i in 0..3000u32 {
                let rev = crate::store::Revision {
                    main: i as i64 + 2,
                    sub: 0,
                };
                txn.put_kv(format!("k{i:05}").as_bytes(), &[7u8; 500], 0, rev)
                    .unwrap();
            }
            txn.set_current_rev(3001).unwrap();
            txn.set_applied(1, 1).unwrap();
            txn.commit().unwrap();
        }
        let txn = from.read().unwrap();
        let md = txn.view().snapshot_metadata().unwrap();
        assert_eq!((md.index, md.term), (1, 1));
        let mut incoming = to.incoming_snapshot().unwrap();
        let mut chunks = 0;
        txn.view()
            .snapshot_records(|records| {
                chunks += 1;
                incoming.append(records).unwrap();
                true
            })
            .unwrap();
        assert!(chunks > 1, "3000 x 500 bytes makes more than one chunk");
        let stale = staged_path(to.dir(), 1);
        std::fs::write(&stale, b"a snapshot Raft ignored").unwrap();
        let arriving = to.dir().join(SNAP_DIR).join("1.partial");
        std::fs::write(&arriving, b"").unwrap();
        let id = incoming.finish().unwrap();
        to.install_snapshot(id, &md).unwrap();
        assert!(
            !staged_path(to.dir(), id).exists(),
            "the staged file is gone"
        );
        assert!(!stale.exists(), "an older staged snapshot is gone too");
        assert!(arriving.exists(), "one still arriving is left alone");
        let (a, b) = (from.read().unwrap(), to.read().unwrap());
        assert_eq!(b.view().current_rev().unwrap(), 3001);
        assert_eq!(meta::applied_index(b.view()).unwrap(), 1);
        assert_eq!(meta::members(b.view()).unwrap()[0].id, 1);
        assert_eq!(meta::member_id(b.view()).unwrap(), 2, "identity stays");
        assert_eq!(
            a.view().hash_kv(3001, 0).unwrap(),
            b.view().hash_kv(3001, 0).unwrap(),
            "same keyspace"
        );
        let log = crate::store::LogStore::new(to.clone());
        log.reset(md.index, md.term).unwrap();
        assert_eq!(log.first(), 2);
        assert_eq!(log.last(), 1);
    }

    #[test]
    fn a_snapshot_carries_a_record_of_every_table_it_should() {
        let tmp = tempfile::tempdir().unwrap();
        let from = store(&tmp.path().join("a"), 1);
        let to = store(&tmp.path().join("b"), 2);
        let key = |id: TableId| format!("record of {}", id.name()).into_bytes();
        {
            let mut txn = from.write().unwrap();
            for id in TableId::ALL.into_iter().filter(|id| *id != TableId::Meta) {
                let dbs = txn.dbs;
                dbs.get(id).put(&mut txn.txn, &key(id), b"v").unwrap();
            }
            txn.commit().unwrap();
        }
        send_snapshot(&from, &to);
        let txn = to.read().unwrap();
        for id in TableId::ALL.into_iter().filter(|id| *id != TableId::Meta) {
            let got = txn.dbs.get(id).get(&txn.txn, &key(id)).unwrap();
            match id.snapshot_id() {
                Some(_) => assert_eq!(got, Some(&b"v"[..]), "{} not carried", id.name()),
                None => assert_eq!(got, None, "{} is this member's own", id.name()),
            }
        }
    }

    #[test]
    fn a_snapshot_carries_users_roles_and_the_auth_switch() {
        use crate::proto::authpb::{Role, User};
        let tmp = tempfile::tempdir().unwrap();
        let from = store(&tmp.path().join("a"), 1);
        let to = store(&tmp.path().join("b"), 2);
        {
            let mut txn = from.write().unwrap();
            txn.put_user(&User {
                name: b"root".to_vec().into(),
                roles: vec!["root".into()],
                ..Default::default()
            })
            .unwrap();
            txn.put_role(&Role {
                name: b"reader".to_vec().into(),
                ..Default::default()
            })
            .unwrap();
            txn.set_auth_enabled(true).unwrap();
            txn.bump_auth_revision().unwrap();
            txn.bump_auth_revision().unwrap();
            txn.set_applied(1, 1).unwrap();
            txn.commit().unwrap();
        }
        {
            // What the receiver had before is replaced, not merged.
            let mut txn = to.write().unwrap();
            txn.put_user(&User {
                name: b"stale".to_vec().into(),
                ..Default::default()
            })
            .unwrap();
            txn.commit().unwrap();
        }
        send_snapshot(&from, &to);
        let b = to.read().unwrap();
        let v = b.view();
        assert!(v.auth_enabled().unwrap());
        assert_eq!(v.auth_revision().unwrap(), 2);
        let users: Vec<_> = v.users().unwrap().into_iter().map(|u| u.name).collect();
        assert_eq!(users, [b"root".to_vec()]);
        assert!(v.role(b"reader").unwrap().is_some());
    }

    #[test]
    fn a_snapshot_carries_long_keys() {
        use crate::store::RangeEnd;
        let tmp = tempfile::tempdir().unwrap();
        let from = store(&tmp.path().join("a"), 1);
        let to = store(&tmp.path().join("b"), 2);
        let keys: Vec<Vec<u8>> = (0..20u8)
            .map(|i| [vec![b'g'; 4096], vec![i]].concat())
            .chain([b"short".to_vec(), vec![0; 2000]])
            .collect();
        {
            let mut txn = from.write().unwrap();
            txn.put_lease(&crate::proto::kvdpb::LeaseRecord { id: 5, ttl: 60 })
                .unwrap();
            for (i, key) in keys.iter().enumerate() {
                let rev = crate::store::Revision {
                    main: i as i64 + 2,
                    sub: 0,
                };
                txn.put_kv(key, b"v", 5, rev).unwrap();
            }
            txn.set_current_rev(keys.len() as i64 + 1).unwrap();
            txn.set_applied(1, 1).unwrap();
            txn.commit().unwrap();
        }
        send_snapshot(&from, &to);
        let (a, b) = (from.read().unwrap(), to.read().unwrap());
        let rev = keys.len() as i64 + 1;
        let all = |v: View<'_>, at: i64| {
            v.range(b"\0", &RangeEnd::Unbounded, at, 0, false)
                .unwrap()
                .kvs
        };
        assert_eq!(all(b.view(), rev).len(), keys.len());
        assert_eq!(all(a.view(), rev), all(b.view(), rev));
        assert_eq!(all(a.view(), rev - 3), all(b.view(), rev - 3));
        assert_eq!(
            a.view().hash_kv(rev, 0).unwrap(),
            b.view().hash_kv(rev, 0).unwrap()
        );
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(b.view().lease_keys(5).unwrap(), sorted);
    }
}
