//! `check`: etcdctl 3.4's checks of a running cluster — `perf` (write
//! throughput and latency under a paced load) and `datascale` (the memory
//! a member takes to hold a given number of keys) — and, under the `kvd`
//! name only, kvd's offline check of a data directory (`data`).
//!
//! data.rs       `check data DIR`
//! perf.rs       `check perf`
//! datascale.rs  `check datascale` (and reading a member's /metrics)
//! writes.rs     what both runs share: the load models, the writers, the
//!               statistics etcdctl judges by, the clean-up afterwards

mod data;
mod datascale;
mod perf;
mod writes;

use std::path::PathBuf;

use clap::{ArgMatches, Args, FromArgMatches, Subcommand};

use super::{CliError, GlobalArgs};

/// What `check` checks.
#[derive(Debug, Subcommand)]
pub enum CheckCommand {
    /// Check the performance of the etcd cluster
    Perf(perf::PerfArgs),
    /// Check the memory usage of holding data for different workloads on a
    /// given server endpoint.
    ///
    /// If no endpoint is provided, localhost will be used. If multiple
    /// endpoints are provided, first endpoint will be used.
    Datascale(datascale::DatascaleArgs),
    /// kvd's own checks.
    #[command(flatten)]
    Kvd(KvdChecks),
}

/// kvd's checks, which etcdctl does not have.
#[derive(Debug, Subcommand)]
pub enum KvdCheck {
    /// Verify a stopped member's data directory; exit 1 if it is damaged.
    Data {
        /// The member's --data-dir.
        dir: PathBuf,
    },
}

/// `KvdCheck`'s subcommands under the `kvd` name; under the `etcdctl`
/// link they do not exist (not merely hidden), so that `etcdctl check`
/// offers exactly etcdctl's checks.
#[derive(Debug)]
pub struct KvdChecks(pub KvdCheck);

impl FromArgMatches for KvdChecks {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        KvdCheck::from_arg_matches(m).map(KvdChecks)
    }

    fn from_arg_matches_mut(m: &mut ArgMatches) -> Result<Self, clap::Error> {
        KvdCheck::from_arg_matches_mut(m).map(KvdChecks)
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(m)
    }

    fn update_from_arg_matches_mut(&mut self, m: &mut ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches_mut(m)
    }
}

impl Subcommand for KvdChecks {
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        if super::kvd_flags_offered() {
            KvdCheck::augment_subcommands(cmd)
        } else {
            cmd
        }
    }

    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        if super::kvd_flags_offered() {
            KvdCheck::augment_subcommands_for_update(cmd)
        } else {
            cmd
        }
    }

    fn has_subcommand(name: &str) -> bool {
        super::kvd_flags_offered() && KvdCheck::has_subcommand(name)
    }
}

/// Flags `perf` and `datascale` share: what to do once the run's keys are
/// deleted.
#[derive(Debug, Clone, Args)]
pub struct AfterRun {
    /// Compact storage with last revision after test is finished.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub auto_compact: bool,
    /// Defragment storage after test is finished.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub auto_defrag: bool,
}

/// Runs a check command.
pub async fn check(g: &GlobalArgs, command: CheckCommand) -> Result<(), CliError> {
    match command {
        CheckCommand::Perf(a) => perf::perf(g, a).await,
        CheckCommand::Datascale(a) => datascale::datascale(g, a).await,
        CheckCommand::Kvd(KvdChecks(KvdCheck::Data { dir })) => data::check_data(&dir),
    }
}
