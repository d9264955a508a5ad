//! `snapshot save|status|restore`: back up a member's state machine to a
//! file (written beside it and renamed in place once its SHA-256 checks
//! out), show what a backup holds, and make a new cluster's member from
//! one. The file format is kvd's own (`store::backup`); status and
//! restore also take etcd v3's snapshot files (`store::etcd_import`).

use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use sha2::Digest as _;
use tokio_stream::StreamExt as _;

use super::output::gofmt::humanize_bytes;
use super::output::Format;
use super::{emit, exit, CliError, GlobalArgs, Personality};
use crate::proto::etcdserverpb::SnapshotRequest;
use crate::store::backup::{self, BackupStatus};

/// `snapshot` subcommands.
#[derive(Debug, Subcommand)]
pub enum SnapshotCommand {
    /// Stores an etcd node backend snapshot to a given file.
    Save(FileArgs),
    /// Gets backend snapshot status of a given file.
    Status(FileArgs),
    /// Restores an etcd member snapshot to an etcd directory.
    Restore(RestoreArgs),
}

/// A snapshot file.
#[derive(Debug, Clone, Args)]
pub struct FileArgs {
    /// <filename>
    pub args: Vec<String>,
}

/// Flags of `snapshot restore`.
#[derive(Debug, Clone, Args)]
pub struct RestoreArgs {
    /// <filename>
    pub args: Vec<String>,
    /// Path to the data directory (default: NAME.kvd).
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Human-readable name for this member.
    #[arg(long, default_value = "default")]
    pub name: String,
    /// Initial cluster configuration for restore bootstrap.
    #[arg(long, default_value = "default=http://localhost:2380")]
    pub initial_cluster: String,
    /// Initial cluster token for the etcd cluster during restore bootstrap.
    #[arg(long, default_value = "etcd-cluster")]
    pub initial_cluster_token: String,
    /// List of this member's peer URLs to advertise to the rest of the cluster.
    #[arg(long, default_value = "http://localhost:2380", value_delimiter = ',')]
    pub initial_advertise_peer_urls: Vec<String>,
    /// Ignore snapshot integrity hash value (required if copied from data directory).
    #[arg(long)]
    pub skip_hash_check: bool,
}

/// Runs a `snapshot` subcommand.
pub async fn snapshot(
    global: &GlobalArgs,
    command: SnapshotCommand,
    personality: Personality,
) -> Result<(), CliError> {
    match command {
        SnapshotCommand::Save(a) => save(global, &one_file(&a.args, "save")?).await,
        SnapshotCommand::Status(a) => status(global, &one_file(&a.args, "status")?),
        SnapshotCommand::Restore(a) => restore(&a, personality),
    }
}

fn one_file(args: &[String], what: &str) -> Result<PathBuf, CliError> {
    match args {
        [file] => Ok(PathBuf::from(file)),
        _ => Err(CliError::bad_args(format!(
            "snapshot {what} expects one argument"
        ))),
    }
}

fn failed(e: impl std::fmt::Display) -> CliError {
    CliError::new(exit::ERROR, e.to_string())
}

/// Streams the backup into `FILE.part`, checks its digest, syncs it and
/// renames it into place.
async fn save(global: &GlobalArgs, file: &Path) -> Result<(), CliError> {
    if global.endpoints.len() != 1 {
        return Err(CliError::bad_args(format!(
            "snapshot must be requested to one selected node, not multiple {:?}",
            global.endpoints
        )));
    }
    let client = global.connect().await?;
    let part = PathBuf::from(format!("{}.part", file.display()));
    let written = fetch(&client, &part).await;
    if let Err(e) = written {
        let _ = std::fs::remove_file(&part);
        return Err(e);
    }
    std::fs::rename(&part, file).map_err(|e| failed(format!("{}: {e}", file.display())))?;
    emit(format!("Snapshot saved at {}\n", file.display()).as_bytes())
}

async fn fetch(client: &crate::client::Client, part: &Path) -> Result<(), CliError> {
    let mut out =
        std::fs::File::create(part).map_err(|e| failed(format!("{}: {e}", part.display())))?;
    // No command timeout: a large backup takes as long as it takes.
    let mut stream = client
        .maintenance()
        .snapshot(SnapshotRequest {})
        .await
        .map_err(crate::client::ClientError::from)?
        .into_inner();
    let progress = progress_bar();
    let mut hasher = sha2::Sha256::new();
    let mut last: Vec<u8> = Vec::new();
    while let Some(msg) = stream.next().await {
        let msg = msg.map_err(crate::client::ClientError::from)?;
        // The last message is the digest of everything before it.
        hasher.update(&last);
        let write = |bytes: &[u8], out: &mut std::fs::File| {
            out.write_all(bytes)
                .map_err(|e| failed(format!("{}: {e}", part.display())))
        };
        write(&last, &mut out)?;
        progress.set_length(progress.position() + msg.remaining_bytes + msg.blob.len() as u64);
        progress.inc(last.len() as u64);
        last = msg.blob.to_vec();
    }
    progress.finish_and_clear();
    if hasher.finalize()[..] != last[..] {
        return Err(failed(
            "the snapshot arrived damaged or cut short: its SHA-256 does not match; nothing was saved",
        ));
    }
    out.write_all(&last)
        .and_then(|_| out.sync_all())
        .map_err(|e| failed(format!("{}: {e}", part.display())))
}

fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    ProgressBar::new(0).with_style(
        ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec}, eta {eta}")
            .expect("a valid template"),
    )
}

/// `snapshot status`, in etcdctl's formats.
fn status(global: &GlobalArgs, file: &Path) -> Result<(), CliError> {
    let s = backup::backup_status(file).map_err(failed)?;
    let text = match global.write_out {
        Format::Simple => format!(
            "{:x}, {}, {}, {}\n",
            s.hash,
            s.revision,
            s.total_keys,
            humanize_bytes(s.total_size)
        ),
        Format::Json => format!(
            "{{\"hash\":{},\"revision\":{},\"totalKey\":{},\"totalSize\":{}}}\n",
            s.hash, s.revision, s.total_keys, s.total_size
        ),
        Format::Fields => format!(
            "\"Hash\" : {}\n\"Revision\" : {}\n\"Keys\" : {}\n\"Size\" : {}\n",
            s.hash, s.revision, s.total_keys, s.total_size
        ),
        Format::Table => status_table(&s),
        Format::Protobuf => {
            return Err(CliError::new(
                exit::BAD_FEATURE,
                "only json, simple, fields and table are supported for snapshot status",
            ))
        }
    };
    emit(text.as_bytes())
}

fn status_table(s: &BackupStatus) -> String {
    super::output::table::table(
        &["HASH", "REVISION", "TOTAL KEYS", "TOTAL SIZE"],
        vec![vec![
            format!("{:x}", s.hash),
            s.revision.to_string(),
            s.total_keys.to_string(),
            humanize_bytes(s.total_size),
        ]],
    )
}

/// `snapshot restore`: a new member's data directory from a backup.
fn restore(a: &RestoreArgs, personality: Personality) -> Result<(), CliError> {
    let file = one_file(&a.args, "restore")?;
    let suffix = match personality {
        Personality::Etcdctl => "etcd",
        _ => "kvd",
    };
    let dir = a
        .data_dir
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}.{suffix}", a.name)));
    let bootstrap = crate::server::new_cluster(
        &a.name,
        &a.initial_cluster,
        &a.initial_cluster_token,
        &a.initial_advertise_peer_urls,
    )
    .map_err(|e| CliError::bad_args(e.to_string()))?;
    backup::restore_backup(&file, &dir, &bootstrap, a.skip_hash_check).map_err(failed)?;
    eprintln!(
        "restored snapshot {} into {} (member {:x} of cluster {:x})",
        file.display(),
        dir.display(),
        bootstrap.member_id,
        bootstrap.cluster_id
    );
    Ok(())
}
