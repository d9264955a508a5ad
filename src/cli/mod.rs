//! The command line: clap definitions, one file per command group.

pub mod serve;

use clap::{Parser, Subcommand};

/// kvd: an etcd-compatible coordination store, server and client in one.
#[derive(Debug, Parser)]
#[command(name = "kvd", version, about, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// kvd's subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a member of a kvd cluster.
    Serve(serve::ServeArgs),
}
