//! `defrag`: compacts members' database files (each member's own, one
//! after another, as etcdctl does), or with `--data-dir` a stopped
//! member's directory.

use std::path::{Path, PathBuf};

use super::endpoint::{connect_one, endpoints_of};
use super::{emit, exit, CliError, GlobalArgs};
use crate::proto::etcdserverpb::DefragmentRequest;
use crate::store::{Bootstrap, Store};

/// Flags of `defrag`.
#[derive(Debug, clap::Args)]
pub struct DefragArgs {
    /// Use all endpoints from the cluster member list.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub cluster: bool,
    /// Optional. If present, defragments a data directory not in use by etcd.
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
}

/// Runs `defrag`.
pub async fn defrag(g: &GlobalArgs, a: DefragArgs) -> Result<(), CliError> {
    if let Some(dir) = &a.data_dir {
        return defrag_offline(dir);
    }
    let g = &endpoints_of(g, a.cluster).await?;
    let mut failed = false;
    for ep in &g.endpoints {
        let result = async {
            let client = connect_one(g, ep).await?;
            client
                .call(
                    client
                        .maintenance()
                        .defragment(client.request(DefragmentRequest {})),
                )
                .await
        }
        .await;
        match result {
            Ok(_) => emit(format!("Finished defragmenting etcd member[{ep}]\n").as_bytes())?,
            Err(e) => {
                failed = true;
                eprintln!("Failed to defragment etcd member[{ep}] ({e})");
            }
        }
    }
    if failed {
        // Each failure was printed; etcdctl adds nothing.
        return Err(CliError::new(exit::ERROR, ""));
    }
    Ok(())
}

/// Defragments the data directory of a stopped member.
fn defrag_offline(dir: &Path) -> Result<(), CliError> {
    let fail = |message: String| CliError::new(exit::ERROR, message);
    if Store::is_new(dir) {
        return Err(fail(format!(
            "{}: no kvd data directory there",
            dir.display()
        )));
    }
    // Opening refuses what is not kvd's, is damaged or is in use by a
    // running member; it never creates anything in a directory with files.
    let (store, _) = Store::open(dir, &Bootstrap::default()).map_err(|e| fail(e.to_string()))?;
    let done = store
        .defragment()
        .map_err(|e| fail(format!("{}: {e}", dir.display())))?;
    tracing::debug!(before = done.before, after = done.after, "defragmented");
    Ok(())
}
