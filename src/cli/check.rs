//! `kvd check data DIR`: verifies a stopped member's data directory
//! offline — the marker, the database file's structure (walked before LMDB
//! maps it), the meta records, then every record decoded.

use std::path::PathBuf;

use clap::Subcommand;

use super::{exit, CliError};
use crate::store::{Bootstrap, Store};

/// What `kvd check` checks.
#[derive(Debug, Subcommand)]
pub enum CheckCommand {
    /// Verify a stopped member's data directory; exit 1 if it is damaged.
    Data {
        /// The member's --data-dir.
        dir: PathBuf,
    },
}

/// Runs a check command.
pub fn check(command: CheckCommand) -> Result<(), CliError> {
    match command {
        CheckCommand::Data { dir } => check_data(&dir),
    }
}

fn check_data(dir: &std::path::Path) -> Result<(), CliError> {
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
