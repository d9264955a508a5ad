//! `kvd check data DIR`: verifies a stopped member's data directory
//! offline — the marker, the database file's structure (walked before LMDB
//! maps it), the meta records, then every record decoded.

use crate::cli::{exit, CliError};
use crate::store::{Bootstrap, Store};

/// Checks the data directory `dir`; an error says what is wrong with it.
pub fn check_data(dir: &std::path::Path) -> Result<(), CliError> {
    let fail = |message: String| CliError::new(exit::ERROR, message);
    if Store::initialisation_interrupted(dir) {
        return Err(fail(format!(
            "{}: its initialisation was interrupted; it holds no data (`kvd serve` starts it afresh)",
            dir.display()
        )));
    }
    if Store::is_new(dir) {
        return Err(fail(format!(
            "{}: no kvd data directory there",
            dir.display()
        )));
    }
    // Opening refuses what is not kvd's, is damaged or is in use; it never
    // creates anything in a directory that has files.
    let (store, _) = Store::open(dir, &Bootstrap::default()).map_err(|e| fail(e.to_string()))?;
    let contents = store
        .check_records()
        .map_err(|e| fail(format!("{}: damaged: {e}", dir.display())))?;
    println!(
        "{}: ok (revision {}, compacted at {}, {} keys, {} members, {} leases, {} log entries)",
        dir.display(),
        contents.revision,
        contents.compacted,
        contents.keys,
        contents.members,
        contents.leases,
        contents.log_entries
    );
    Ok(())
}
