//! Data written by an older kvd is brought to the current storage format
//! when its directory is opened, or refused if its format is unknown.
//! Format 1 had no record checksums; format 2 seals every value (see
//! `checked`), in one transaction; format 3 moves the Raft log and hard
//! state out of LMDB into the write-ahead log (`wal`): the log is written
//! and synced first, then one transaction drops LMDB's copy and records the
//! new format, so a crash in between redoes the move; format 4 adds the
//! tables of long keys (`keys::is_long`), empty but for keys a store with
//! pages over 4 KiB could hold before, which move there; format 5 adds the
//! `auth` table, empty.

use std::ops::Bound;

use heed::types::Bytes;
use heed::{Env, RwTxn, WithoutTls};

use protobuf::Message as _;
use raft::prelude::Entry;

use super::meta::{self, FORMAT, FORMAT_VERSION};
use super::wal::{self, Wal};
use super::{keys, Dbs, StoreError, Table};

/// Records rewritten per pass over a table.
const BATCH: usize = 10_000;

/// What opening found of the store's format.
#[derive(Debug, PartialEq, Eq)]
pub enum Upgrade {
    /// Already current.
    Current,
    /// Upgraded from this format.
    From(String),
}

/// Brings the store in `dir` to the current format.
pub(super) fn upgrade(dir: &std::path::Path, env: &Env<WithoutTls>) -> Result<Upgrade, StoreError> {
    let failed = |from: &'static str| {
        move |e: heed::Error| StoreError::Damaged {
            path: dir.to_path_buf(),
            why: format!("upgrading it from storage format {from}: {e}"),
        }
    };
    let txn = env.read_txn().map_err(failed("1"))?;
    let raw_meta = env
        .open_database::<Bytes, Bytes>(&txn, Some("meta"))
        .map_err(failed("1"))?;
    // Format 2 on is sealed; format 1 was stored bare.
    let format = match raw_meta {
        Some(m) => m
            .get(&txn, FORMAT)
            .map_err(failed("1"))?
            .map(|f| super::checked::open(f).unwrap_or(f))
            .map(|f| String::from_utf8_lossy(f).into_owned()),
        None => None,
    };
    // Committed, not dropped: LMDB closes a table handle opened in a read
    // transaction that is aborted.
    txn.commit().map_err(failed("1"))?;
    let from = match format.as_deref() {
        Some(f) if f.as_bytes() == FORMAT_VERSION => return Ok(Upgrade::Current),
        Some("1") => "1",
        Some("2") => "2",
        Some("3") => "3",
        Some("4") => "4",
        Some(f) => {
            return Err(StoreError::Foreign {
                path: dir.to_path_buf(),
                why: format!(
                    "its storage format {f:?} is not one this kvd reads (it writes {:?}); use the kvd that wrote it",
                    String::from_utf8_lossy(FORMAT_VERSION)
                ),
            })
        }
        // Not checksummed yet, or damaged: the checks after this tell.
        None => return Ok(Upgrade::Current),
    };
    // Format 4's and 5's tables, empty, so that every table opens; creating
    // them again after a crash is harmless.
    let mut txn = env.write_txn().map_err(failed(from))?;
    for id in super::TableId::ALL
        .into_iter()
        .filter(|t| !t.in_every_format())
    {
        env.create_database::<Bytes, Bytes>(&mut txn, Some(id.name()))
            .map_err(failed(from))?;
    }
    txn.commit().map_err(failed(from))?;
    let dbs = super::open_dbs(env, false).map_err(failed(from))?;
    let max_key = env.max_key_size();
    if from == "1" {
        let mut txn = env.write_txn().map_err(failed(from))?;
        let log = legacy_log(env, &txn).map_err(failed(from))?;
        for table in dbs.all().into_iter().chain(log) {
            seal_table(&mut txn, table).map_err(failed(from))?;
        }
        dbs.meta
            .put(&mut txn, FORMAT, b"2")
            .and_then(|_| txn.commit())
            .map_err(failed(from))?;
    }
    let mut txn = env.write_txn().map_err(failed(from))?;
    move_long_keys(&mut txn, &dbs, max_key).map_err(failed(from))?;
    if from == "3" || from == "4" {
        // The log is already where format 4 keeps it.
        dbs.meta
            .put(&mut txn, FORMAT, FORMAT_VERSION)
            .and_then(|_| txn.commit())
            .map_err(failed(from))?;
    } else {
        txn.commit().map_err(failed(from))?;
        log_to_wal(dir, env, &dbs)?;
    }
    Ok(Upgrade::From(from.into()))
}

/// Moves every key that format 4 counts as long (see `keys::is_long`) out
/// of the tables of short keys into the long ones. Before format 4 a key
/// was stored under its own name if LMDB took it, so only a store whose
/// pages are larger than 4 KiB (LMDB's key limit `max_key` above 1982
/// bytes) can hold such keys; on any other the tables are not read.
fn move_long_keys(txn: &mut RwTxn, dbs: &Dbs, max_key: usize) -> heed::Result<usize> {
    if max_key <= keys::SHORT_KEY_MAX + 2 + 16 {
        return Ok(0);
    }
    move_keys_where(txn, dbs, &keys::is_long, &|key| keys::long_id(key).to_vec())
}

/// `move_long_keys` for keys that `long` picks, under identities `id_of`
/// makes (tests use this with a lower bound than real long keys have).
fn move_keys_where(
    txn: &mut RwTxn,
    dbs: &Dbs,
    long: &dyn Fn(&[u8]) -> bool,
    id_of: &dyn Fn(&[u8]) -> Vec<u8>,
) -> heed::Result<usize> {
    let mut index = Vec::new();
    for item in dbs.index.iter(txn)? {
        let (k, kind) = item?;
        if let Some((key, rev)) = keys::parse_index_key(k) {
            if long(&key) {
                index.push((k.to_vec(), key, rev, kind.to_vec()));
            }
        }
    }
    let mut latest = Vec::new();
    for item in dbs.latest.iter(txn)? {
        let (k, v) = item?;
        if long(k) {
            latest.push((k.to_vec(), v.to_vec()));
        }
    }
    let mut leased = Vec::new();
    for item in dbs.lease_keys.iter(txn)? {
        let (k, _) = item?;
        if k.len() > 8 && long(&k[8..]) {
            leased.push(k.to_vec());
        }
    }
    let moved = index.len() + latest.len() + leased.len();
    for (k, key, rev, kind) in index {
        dbs.index.delete(txn, &k)?;
        dbs.long_index
            .put(txn, &keys::long_index_key(&id_of(&key), rev), &kind)?;
    }
    for (key, rev) in latest {
        dbs.latest.delete(txn, &key)?;
        let Some(rev) = keys::parse_revision(&rev) else {
            return Err(heed::Error::Mdb(heed::MdbError::Corrupted));
        };
        dbs.long_latest
            .put(txn, &id_of(&key), &keys::long_latest_value(rev, &key))?;
    }
    for k in leased {
        dbs.lease_keys.delete(txn, &k)?;
        let mut long_k = k[..8].to_vec();
        long_k.extend_from_slice(&id_of(&k[8..]));
        dbs.long_lease_keys.put(txn, &long_k, &k[8..])?;
    }
    Ok(moved)
}

/// Format 2's `log` table, if the store has one.
fn legacy_log(
    env: &Env<WithoutTls>,
    txn: &heed::RoTxn<'_, WithoutTls>,
) -> heed::Result<Option<Table>> {
    env.open_database(txn, Some("log"))
}

/// Moves a format-2 store's Raft log, log start and hard state into the
/// write-ahead log, then drops them from LMDB (format 3).
fn log_to_wal(dir: &std::path::Path, env: &Env<WithoutTls>, dbs: &Dbs) -> Result<(), StoreError> {
    let damaged = |why: String| StoreError::Damaged {
        path: dir.to_path_buf(),
        why: format!("upgrading it from storage format 2: {why}"),
    };
    let txn = env.read_txn().map_err(|e| damaged(e.to_string()))?;
    let log = legacy_log(env, &txn)
        .map_err(|e| damaged(e.to_string()))?
        .ok_or_else(|| damaged("its log table is missing".into()))?;
    let view = super::View {
        txn: &txn,
        dbs: *dbs,
    };
    let start = dbs
        .meta
        .get(&txn, meta::LOG_START)
        .map_err(|e| damaged(e.to_string()))?
        .filter(|v| v.len() == 16)
        .map(|v| (be(&v[..8]), be(&v[8..])))
        .unwrap_or((0, 0));
    let hard_state = meta::legacy_hard_state(view).map_err(|e| damaged(e.to_string()))?;
    let applied = meta::applied_index(view).map_err(|e| damaged(e.to_string()))?;
    let mut entries = Vec::new();
    for item in log.iter(&txn).map_err(|e| damaged(e.to_string()))? {
        let (_, record) = item.map_err(|e| damaged(e.to_string()))?;
        let body = record
            .get(8..)
            .ok_or_else(|| damaged("a log record is too short".into()))?;
        entries.push(Entry::parse_from_bytes(body).map_err(|e| damaged(e.to_string()))?);
    }
    // Committed, not dropped: LMDB closes a table handle opened in a read
    // transaction that is aborted.
    txn.commit().map_err(|e| damaged(e.to_string()))?;
    let applied_term = if applied == start.0 {
        start.1
    } else {
        entries
            .iter()
            .find(|e| e.index == applied)
            .map(|e| e.term)
            .ok_or_else(|| damaged(format!("applied entry {applied} is not in its log")))?
    };
    // A move that died midway left a partial log: start it again.
    let wal_dir = dir.join(wal::WAL_DIR);
    if wal_dir.exists() {
        std::fs::remove_dir_all(&wal_dir).map_err(|source| StoreError::Io {
            path: wal_dir.clone(),
            source,
        })?;
    }
    let mut new_log = Wal::open(dir).map_err(|e| damaged(e.to_string()))?;
    new_log
        .reset(start.0, start.1)
        .and_then(|_| new_log.append(&entries, Some(&hard_state), true))
        .map_err(|e| damaged(e.to_string()))?;
    drop(new_log);
    let mut txn = env.write_txn().map_err(|e| damaged(e.to_string()))?;
    let written = log
        .clear(&mut txn)
        .and_then(|_| dbs.meta.delete(&mut txn, meta::HARD_STATE))
        .and_then(|_| dbs.meta.delete(&mut txn, meta::LOG_START))
        .and_then(|_| {
            dbs.meta
                .put(&mut txn, meta::APPLIED_TERM, &applied_term.to_be_bytes())
        })
        .and_then(|_| dbs.meta.put(&mut txn, FORMAT, FORMAT_VERSION))
        .and_then(|_| txn.commit())
        .and_then(|_| env.force_sync());
    written.map_err(|e| damaged(e.to_string()))
}

fn be(b: &[u8]) -> u64 {
    u64::from_be_bytes(b.try_into().unwrap_or_default())
}

/// Rewrites every value of `table` with its checksum.
fn seal_table(txn: &mut RwTxn, table: Table) -> heed::Result<()> {
    let raw = table.remap_data_type::<Bytes>();
    let mut after: Option<Vec<u8>> = None;
    loop {
        let start = match &after {
            Some(k) => Bound::Excluded(k.as_slice()),
            None => Bound::Unbounded,
        };
        let batch = raw
            .range(txn, &(start, Bound::Unbounded))?
            .take(BATCH)
            .map(|item| item.map(|(k, v)| (k.to_vec(), v.to_vec())))
            .collect::<heed::Result<Vec<_>>>()?;
        let Some((last, _)) = batch.last() else {
            return Ok(());
        };
        after = Some(last.clone());
        for (k, v) in &batch {
            table.put(txn, k, v)?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::kvdpb::LeaseRecord;
    use crate::store::{Bootstrap, Revision, Store};

    fn bootstrap() -> Bootstrap {
        Bootstrap {
            member_id: 1,
            cluster_id: 2,
            members: vec![],
            join: false,
        }
    }

    #[test]
    fn a_format_3_store_gains_the_tables_of_long_keys() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("d");
        {
            let (s, _) = Store::open(&dir, &bootstrap()).unwrap();
            let mut txn = s.write().unwrap();
            txn.put_kv(b"a", b"1", 0, Revision { main: 2, sub: 0 })
                .unwrap();
            txn.set_current_rev(2).unwrap();
            txn.commit().unwrap();
        }
        // Make it what format 3 wrote: no long tables.
        {
            let mut opts = heed::EnvOpenOptions::new().read_txn_without_tls();
            opts.map_size(1 << 30).max_dbs(16);
            let env = unsafe { opts.open(dir.join("db")) }.unwrap();
            let mut txn = env.write_txn().unwrap();
            for id in crate::store::TableId::ALL
                .into_iter()
                .filter(|t| !t.in_every_format())
            {
                let db = env
                    .open_database::<Bytes, Bytes>(&txn, Some(id.name()))
                    .unwrap()
                    .unwrap();
                unsafe { db.remove(&mut txn) }.unwrap();
            }
            let meta = env
                .open_database::<Bytes, super::super::checked::Checked>(&txn, Some("meta"))
                .unwrap()
                .unwrap();
            meta.put(&mut txn, FORMAT, b"3").unwrap();
            txn.commit().unwrap();
            env.prepare_for_closing().wait();
        }
        let (s, _) = Store::open(&dir, &bootstrap()).unwrap();
        let long = vec![b'l'; 3000];
        let mut txn = s.write().unwrap();
        assert_eq!(
            txn.view().get(b"a", 2).unwrap().unwrap().value.as_ref(),
            b"1"
        );
        txn.put_kv(&long, b"2", 0, Revision { main: 3, sub: 0 })
            .unwrap();
        txn.set_current_rev(3).unwrap();
        txn.commit().unwrap();
        let txn = s.read().unwrap();
        assert_eq!(
            txn.view().get(&long, 3).unwrap().unwrap().value.as_ref(),
            b"2"
        );
        let format = txn.dbs.meta.get(&txn.txn, FORMAT).unwrap();
        assert_eq!(format, Some(FORMAT_VERSION));
    }

    /// Pages over 4 KiB let keys past the short limit in before format 4;
    /// 4 KiB pages cannot, so these keys stand in for them.
    #[test]
    fn keys_that_are_now_long_move_to_the_long_tables() {
        let (_tmp, s) = crate::store::scratch_store();
        let old = |c: u8| [b"old".to_vec(), vec![c; 700]].concat();
        let picked = |k: &[u8]| k.starts_with(b"old");
        let mut txn = s.write().unwrap();
        txn.put_lease(&LeaseRecord { id: 4, ttl: 60 }).unwrap();
        txn.put_kv(&old(b'a'), b"1", 4, Revision { main: 2, sub: 0 })
            .unwrap();
        txn.put_kv(&old(b'a'), b"2", 4, Revision { main: 3, sub: 0 })
            .unwrap();
        txn.put_kv(&old(b'b'), b"1", 0, Revision { main: 4, sub: 0 })
            .unwrap();
        txn.delete_kv(&old(b'b'), 0, Revision { main: 5, sub: 0 })
            .unwrap();
        txn.put_kv(b"new", b"1", 4, Revision { main: 6, sub: 0 })
            .unwrap();
        let dbs = txn.dbs;
        let id = |k: &[u8]| keys::long_id(k).to_vec();
        let moved = move_keys_where(&mut txn.txn, &dbs, &picked, &id).unwrap();
        // Four index entries, one live key, one attachment.
        assert_eq!(moved, 6);
        let t = &txn.txn;
        assert_eq!(dbs.index.len(t).unwrap(), 1);
        assert_eq!(dbs.latest.len(t).unwrap(), 1);
        assert_eq!(dbs.lease_keys.len(t).unwrap(), 1);
        assert_eq!(dbs.long_index.len(t).unwrap(), 4);
        let entry = keys::long_index_key(&id(&old(b'a')), Revision { main: 3, sub: 0 });
        assert_eq!(dbs.long_index.get(t, &entry).unwrap(), Some(&[0u8][..]));
        let live = dbs.long_latest.get(t, &id(&old(b'a'))).unwrap().unwrap();
        assert_eq!(
            live,
            keys::long_latest_value(Revision { main: 3, sub: 0 }, &old(b'a'))
        );
        assert_eq!(dbs.long_latest.get(t, &id(&old(b'b'))).unwrap(), None);
        let attached = [&4i64.to_be_bytes()[..], &id(&old(b'a'))].concat();
        assert_eq!(
            dbs.long_lease_keys.get(t, &attached).unwrap(),
            Some(&old(b'a')[..])
        );
        // On 4 KiB pages nothing is even looked at.
        assert_eq!(move_long_keys(&mut txn.txn, &dbs, 1982).unwrap(), 0);
    }
}
