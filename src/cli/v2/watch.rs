//! `watch` and `exec-watch`: long polls of `GET /v2/keys/KEY?wait=true`,
//! each asking for the event after the last one seen (`waitIndex` =
//! modifiedIndex + 1), as etcd's Go watcher does. `watch` prints events,
//! `exec-watch` runs a command for each with the event in its environment.
//! Ctrl-C ends either with status 0, as in etcdctl.

use tokio::process::Command;

use super::api::{self, Response};
use super::args::Parsed;
use super::cluster::Cluster;
use super::error::V2Error;
use super::global::Globals;
use super::keys::{failed, key_arg};
use super::output::print_response_key;
use super::{bad_args, exit, Exit};

/// Go's `httpWatcher`: where the next wait starts.
struct Watcher {
    key: String,
    recursive: bool,
    wait_index: u64,
}

impl Watcher {
    /// Events after `after_index` (0: from now on).
    fn new(key: &str, after_index: u64, recursive: bool) -> Watcher {
        let wait_index = if after_index > 0 {
            after_index.wrapping_add(1)
        } else {
            0
        };
        Watcher {
            key: key.to_string(),
            recursive,
            wait_index,
        }
    }

    /// The next event; an empty answer (the server ended the wait) is
    /// waited again.
    async fn next(&mut self, cluster: &mut Cluster) -> Result<Response, V2Error> {
        loop {
            let action = api::wait_action(&self.key, self.wait_index, self.recursive);
            match api::keys(cluster, &action, None).await {
                Err(V2Error::EmptyBody) => continue,
                Err(e) => return Err(e),
                Ok(r) => {
                    self.wait_index = r.node().modified_index.wrapping_add(1);
                    return Ok(r);
                }
            }
        }
    }
}

/// `watch KEY [--forever] [--after-index N] [--recursive]`.
pub async fn watch(g: &Globals, a: &Parsed) -> Result<(), Exit> {
    let mut cluster = g.connect().await?;
    let key = key_arg(a)?;
    let recursive = a.bool("recursive");
    let mut watcher = Watcher::new(key, a.int("after-index") as u64, recursive);
    let forever = a.bool("forever");
    until_interrupted(print_events(g, &mut cluster, &mut watcher, forever)).await
}

/// Prints the next event (every event, `forever`); with `--recursive`,
/// each after a `[action] key` line.
async fn print_events(
    g: &Globals,
    cluster: &mut Cluster,
    watcher: &mut Watcher,
    forever: bool,
) -> Result<(), Exit> {
    loop {
        let r = watcher.next(cluster).await.map_err(failed)?;
        // Changes of directories themselves are not shown.
        if r.node().dir {
            continue;
        }
        if watcher.recursive {
            super::output::out(&format!("[{}] {}\n", r.action, r.node().key));
        }
        print_response_key(&r, &g.output);
        if !forever {
            return Ok(());
        }
    }
}

/// `exec-watch KEY [--after-index N] [--recursive] -- COMMAND [ARGS...]`:
/// runs COMMAND for each event, without waiting for it, with
/// `ETCD_WATCH_ACTION`, `ETCD_WATCH_KEY`, `ETCD_WATCH_VALUE` and
/// `ETCD_WATCH_MODIFIED_INDEX` set.
pub async fn exec_watch(g: &Globals, a: &Parsed) -> Result<(), Exit> {
    let mut cluster = g.connect().await?;
    let Some((key, command)) = key_and_command(&a.args) else {
        return Err(bad_args("key and command to exec required"));
    };
    let after_index = a.int("after-index") as u64;
    let mut watcher = Watcher::new(&key, after_index, a.bool("recursive"));
    until_interrupted(run_on_events(&mut cluster, &mut watcher, &command)).await
}

/// Starts `command` for each event; ends only if one cannot start or the
/// watch fails.
async fn run_on_events(
    cluster: &mut Cluster,
    watcher: &mut Watcher,
    command: &[String],
) -> Result<(), Exit> {
    loop {
        let r = watcher.next(cluster).await.map_err(failed)?;
        if r.node().dir {
            eprintln!("Ignored dir {} change", r.node().key);
            continue;
        }
        start(command, &r)?;
    }
}

/// etcdctl's reading of exec-watch's arguments: with a `--` after the
/// first, KEY -- COMMAND...; without, COMMAND... KEY (the key last).
fn key_and_command(args: &[String]) -> Option<(String, Vec<String>)> {
    if args.len() < 2 {
        return None;
    }
    let separated = args.iter().skip(1).any(|a| a == "--");
    let (key, command) = if separated {
        (args[0].clone(), args[2..].to_vec())
    } else {
        let (last, rest) = args.split_last()?;
        (last.clone(), rest.to_vec())
    };
    // etcdctl would crash on an empty command; refuse it instead.
    if command.is_empty() {
        return None;
    }
    Some((key, command))
}

/// Starts `command` for the event `r`; it runs on its own, sharing our
/// stdout and stderr. A command that cannot start ends exec-watch, with
/// Go's message and no newline, as etcdctl ends.
fn start(command: &[String], r: &Response) -> Result<(), Exit> {
    let node = r.node();
    let started = Command::new(&command[0])
        .args(&command[1..])
        .env_remove("ETCDCTL_API")
        .env("ETCD_WATCH_ACTION", &r.action)
        .env("ETCD_WATCH_MODIFIED_INDEX", node.modified_index.to_string())
        .env("ETCD_WATCH_KEY", &node.key)
        .env("ETCD_WATCH_VALUE", &node.value)
        .spawn();
    match started {
        Ok(mut child) => {
            tokio::spawn(async move {
                let _ = child.wait().await;
            });
            Ok(())
        }
        Err(e) => Err(Exit {
            code: exit::BAD_ARGS,
            stderr: start_error(&command[0], &e),
        }),
    }
}

/// Go's `exec` error for a program that did not start.
fn start_error(program: &str, e: &std::io::Error) -> String {
    let quoted = crate::gofmt::quote(program.as_bytes());
    match e.kind() {
        std::io::ErrorKind::NotFound if !program.contains('/') => {
            format!("exec: {quoted}: executable file not found in $PATH")
        }
        std::io::ErrorKind::NotFound => format!("fork/exec {program}: no such file or directory"),
        std::io::ErrorKind::PermissionDenied => format!("fork/exec {program}: permission denied"),
        _ => format!("fork/exec {program}: {e}"),
    }
}

/// `work`, or success at Ctrl-C (etcdctl exits 0 on an interrupt).
async fn until_interrupted(
    work: impl std::future::Future<Output = Result<(), Exit>>,
) -> Result<(), Exit> {
    tokio::select! {
        result = work => result,
        _ = tokio::signal::ctrl_c() => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|a| a.to_string()).collect()
    }

    #[test]
    fn exec_watch_reads_its_arguments_as_etcdctl() {
        let (key, command) = key_and_command(&strings(&["/d", "--", "echo", "hi"])).unwrap();
        assert_eq!((key.as_str(), command), ("/d", strings(&["echo", "hi"])));
        let (key, command) = key_and_command(&strings(&["/d", "echo", "hi"])).unwrap();
        assert_eq!((key.as_str(), command), ("hi", strings(&["/d", "echo"])));
        assert_eq!(key_and_command(&strings(&["k"])), None);
    }

    #[test]
    fn watching_after_an_index_starts_at_the_next() {
        assert_eq!(Watcher::new("k", 1, false).wait_index, 2);
        assert_eq!(Watcher::new("k", 0, false).wait_index, 0);
    }
}
