//! Data written by an older kvd is brought to the current storage format
//! when its directory is opened, in one transaction (all or nothing), or
//! refused if its format is unknown. Format 1 had no record checksums;
//! format 2 seals every value (see `checked`).

use std::ops::Bound;

use heed::types::Bytes;
use heed::{Env, RwTxn, WithoutTls};

use super::meta::{FORMAT, FORMAT_VERSION};
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
    let mut txn = env.write_txn().map_err(failed)?;
    let raw_meta = dbs.meta.remap_data_type::<Bytes>();
    // Format 2 on is sealed; format 1 was stored bare.
    let format = raw_meta
        .get(&txn, FORMAT)
        .map_err(failed)?
        .map(|f| super::checked::open(f).unwrap_or(f))
        .map(|f| String::from_utf8_lossy(f).into_owned());
    match format.as_deref() {
        Some(f) if f.as_bytes() == FORMAT_VERSION => return Ok(Upgrade::Current),
        Some("1") => {}
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
    for table in dbs.all() {
        seal_table(&mut txn, table).map_err(failed)?;
    }
    dbs.meta
        .put(&mut txn, FORMAT, FORMAT_VERSION)
        .and_then(|_| txn.commit())
        .map_err(failed)?;
    Ok(Upgrade::From("1".into()))
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
