//! Files generated from the command line's definition: shell completions
//! and man pages (checked in under completions/ and man/, kept fresh by a
//! test), and the `etcd`/`etcdctl` links that select a personality.

use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::{emit, exit, Cli, CliError};

/// Flags of `completion`.
#[derive(Debug, Clone, Args)]
pub struct CompletionArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Flags of `install-links`.
#[derive(Debug, Clone, Args)]
pub struct InstallLinksArgs {
    /// Directory to put the `etcd` and `etcdctl` links in.
    pub dir: PathBuf,
}

/// The completion script for `shell`.
pub fn completion(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "kvd", &mut out);
    out
}

/// Every shell completion, as (file name, contents).
pub fn completions() -> Vec<(String, Vec<u8>)> {
    [
        (Shell::Bash, "kvd.bash"),
        (Shell::Zsh, "_kvd"),
        (Shell::Fish, "kvd.fish"),
        (Shell::Elvish, "kvd.elv"),
        (Shell::PowerShell, "_kvd.ps1"),
    ]
    .into_iter()
    .map(|(shell, name)| (name.to_string(), completion(shell)))
    .collect()
}

/// Man pages for kvd and every subcommand, as (file name, contents).
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>, std::io::Error> {
    let mut pages = Vec::new();
    let mut cmd = Cli::command();
    cmd.build();
    collect_pages(&cmd, "kvd", &mut pages)?;
    Ok(pages)
}

fn collect_pages(
    cmd: &clap::Command,
    name: &str,
    pages: &mut Vec<(String, Vec<u8>)>,
) -> Result<(), std::io::Error> {
    let cmd = cmd.clone().name(name.to_string());
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut out)?;
    pages.push((format!("{name}.1"), out));
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        collect_pages(sub, &format!("{name}-{}", sub.get_name()), pages)?;
    }
    Ok(())
}

/// `completion`.
pub fn run_completion(a: &CompletionArgs) -> Result<(), CliError> {
    emit(&completion(a.shell))
}

/// `install-links`: `DIR/etcd` and `DIR/etcdctl`, pointing at this binary.
pub fn install_links(a: &InstallLinksArgs) -> Result<(), CliError> {
    let fail = |what: String| CliError::new(exit::ERROR, what);
    let exe = std::env::current_exe()
        .and_then(|p| p.canonicalize())
        .map_err(|e| fail(format!("cannot find this binary: {e}")))?;
    std::fs::create_dir_all(&a.dir).map_err(|e| fail(format!("{}: {e}", a.dir.display())))?;
    for name in ["etcd", "etcdctl"] {
        let link = a.dir.join(name);
        link_to(&exe, &link).map_err(|e| fail(format!("{}: {e}", link.display())))?;
        println!("{} -> {}", link.display(), exe.display());
    }
    Ok(())
}

fn link_to(target: &Path, link: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(link) {
        Ok(m) if m.file_type().is_symlink() => std::fs::remove_file(link)?,
        Ok(_) => {
            return Err(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "exists and is not a link; not replacing it",
            ))
        }
        Err(_) => {}
    }
    std::os::unix::fs::symlink(target, link)
}
