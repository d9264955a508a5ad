//! raft-rs logs through slog; this forwards its records to `tracing`, so
//! one log stream carries everything.

use slog::{Drain, Level, Never, OwnedKVList, Record};

struct ToTracing;

impl Drain for ToTracing {
    type Ok = ();
    type Err = Never;

    fn log(&self, record: &Record<'_>, _: &OwnedKVList) -> Result<(), Never> {
        let msg = record.msg();
        match record.level() {
            Level::Critical | Level::Error => tracing::error!(target: "raft", "{msg}"),
            Level::Warning => tracing::warn!(target: "raft", "{msg}"),
            Level::Info => tracing::info!(target: "raft", "{msg}"),
            Level::Debug | Level::Trace => tracing::debug!(target: "raft", "{msg}"),
        }
        Ok(())
    }
}

/// A slog logger for raft-rs.
pub fn logger() -> slog::Logger {
    slog::Logger::root(ToTracing.fuse(), slog::o!())
}
