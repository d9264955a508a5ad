//! Data written by an older kvd is brought to the current storage format
//! when its directory is opened, or refused if its format is unknown.
//! Format 1 had no record checksums; format 2 seals every value (see
//! `checked`), in one transaction; format 3 moves the Raft log and hard
//! state out of LMDB into the write-ahead log (`wal`): the log is written
//! and synced first, then one transaction drops LMDB's copy and records the
//! new format, so a crash in between redoes the move.

use std::ops::Bound;

use heed::types::Bytes;
use heed::{Env, RwTxn, WithoutTls};

use protobuf::Message as _;
use raft::prelude::Entry;

use super::meta::{self, FORMAT, FORMAT_VERSION};
use super::wal::{self, Wal};
use super::{Dbs, StoreError, Table};

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
pub(super) fn upgrade(
    dir: &std::path::Path,
    env: &Env<WithoutTls>,
    dbs: &Dbs,
) -> Result<Upgrade, StoreError> {
    let failed = |e: heed::Error| StoreError::Damaged {
        path: dir.to_path_buf(),
        why: format!("upgrading it from storage format 1: {e}"),
    };
    let txn = env.read_txn().map_err(failed)?;
    let raw_meta = dbs.meta.remap_data_type::<Bytes>();
    // Format 2 on is sealed; format 1 was stored bare.
    let format = raw_meta
        .get(&txn, FORMAT)
        .map_err(failed)?
        .map(|f| super::checked::open(f).unwrap_or(f))
        .map(|f| String::from_utf8_lossy(f).into_owned());
    drop(txn);
    match format.as_deref() {
        Some(f) if f.as_bytes() == FORMAT_VERSION => return Ok(Upgrade::Current),
        Some("1") => {}
        Some("2") => {
            log_to_wal(dir, env, dbs)?;
            return Ok(Upgrade::From("2".into()));
        }
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
    }
    let mut txn = env.write_txn().map_err(failed)?;
    let log = legacy_log(env, &txn).map_err(failed)?;
    for table in dbs.all().into_iter().chain(log) {
        seal_table(&mut txn, table).map_err(failed)?;
    }
    dbs.meta
        .put(&mut txn, FORMAT, b"2")
        .and_then(|_| txn.commit())
        .map_err(failed)?;
    log_to_wal(dir, env, dbs)?;
    Ok(Upgrade::From("1".into()))
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
