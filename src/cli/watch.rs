//! `watch`: print every change to a key, a range or a prefix, as etcdctl
//! 3.4 prints it, optionally running a command per event with the event in
//! its environment; `-i` reads watch/progress/cancel commands from stdin.
//! A lost connection is re-established and the watch resumes after the last
//! revision seen, so no event is missed or repeated.

use std::io::BufRead;
use std::time::Duration;

use clap::Args;
use tokio::sync::mpsc;

use super::output::gofmt::quote;
use super::{emit, exit, CliError, GlobalArgs};
use crate::proto::etcdserverpb::watch_request::RequestUnion;
use crate::proto::etcdserverpb::{
    WatchCancelRequest, WatchCreateRequest, WatchProgressRequest, WatchRequest, WatchResponse,
};
use crate::proto::mvccpb::event::EventType;

/// Flags of `watch`.
#[derive(Debug, Clone, Args)]
pub struct WatchArgs {
    /// [key or prefix] [range_end]
    pub args: Vec<String>,
    /// -- <exec-command> [args...]: run per event, the event in the environment.
    #[arg(last = true)]
    pub exec: Vec<String>,
    /// Watch on a prefix if prefix is set.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub prefix: bool,
    /// Revision to start watching.
    #[arg(long, default_value_t = 0)]
    pub rev: i64,
    /// Get the previous key-value pair before the event happens.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub prev_kv: bool,
    /// Get periodic watch progress notification from server.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub progress_notify: bool,
    /// Interactive mode: read `watch ...`, `progress` and `cancel ID` lines from stdin.
    #[arg(short, long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub interactive: bool,
}

/// One watch's request, built as etcdctl builds it.
fn create_request(a: &WatchArgs) -> Result<WatchCreateRequest, CliError> {
    let bad = || CliError::bad_args("bad number of arguments");
    let key = a.args.first().ok_or_else(bad)?.clone().into_bytes();
    if a.args.len() > 2 {
        return Err(bad());
    }
    let mut range_end = Vec::new();
    if let Some(end) = a.args.get(1) {
        if a.prefix {
            return Err(CliError::bad_args(
                "`range_end` and `--prefix` are mutually exclusive",
            ));
        }
        range_end = end.clone().into_bytes();
    }
    if a.prefix {
        range_end = super::kv::prefix_end(&key);
    }
    Ok(WatchCreateRequest {
        key: key.into(),
        range_end: range_end.into(),
        start_revision: a.rev,
        progress_notify: a.progress_notify,
        prev_kv: a.prev_kv,
        ..Default::default()
    })
}

/// `watch`.
pub async fn watch(g: &GlobalArgs, a: WatchArgs) -> Result<(), CliError> {
    if a.interactive {
        return interactive(g).await;
    }
    if a.exec.is_empty() && std::env::args().any(|x| x == "--") {
        return Err(CliError::bad_args(
            "bad number of arguments (found separator --, but no commands)",
        ));
    }
    let create = create_request(&a)?;
    let (tx, rx) = mpsc::channel(1);
    let _ = tx.try_send(WatchRequest {
        request_union: Some(RequestUnion::CreateRequest(create)),
    });
    drop(tx);
    run_stream(g, rx, a.exec).await
}

/// The watches of one stream: the create requests, to resume them after a
/// reconnect, and the next revision each still has to see.
#[derive(Default)]
struct Resume {
    creates: Vec<(WatchCreateRequest, Vec<String>)>,
}

/// Serves one watch stream: forwards requests from `requests`, prints
/// responses, reconnects and resumes when the connection is lost. Returns
/// when the server cancels a watch (etcdctl's exit 5).
async fn run_stream(
    g: &GlobalArgs,
    mut requests: mpsc::Receiver<WatchRequest>,
    exec: Vec<String>,
) -> Result<(), CliError> {
    let mut requests_open = true;
    let printer = g.printer();
    let mut resume = Resume::default();
    let mut next_exec = Some(exec);
    loop {
        let client = g.connect().await?;
        let (out_tx, out_rx) = mpsc::channel::<WatchRequest>(16);
        // After a reconnect, watches resume where they stopped.
        for (create, _) in &resume.creates {
            let _ = out_tx
                .send(WatchRequest {
                    request_union: Some(RequestUnion::CreateRequest(create.clone())),
                })
                .await;
        }
        let mut responses = match client
            .watch()
            .watch(tokio_stream::wrappers::ReceiverStream::new(out_rx))
            .await
        {
            Ok(r) => r.into_inner(),
            Err(_) => {
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        // Watch IDs are assigned in order of creation on a stream.
        let mut ids: Vec<i64> = Vec::new();
        loop {
            tokio::select! {
                req = requests.recv(), if requests_open => {
                    let Some(req) = req else {
                        // No more commands; keep watching.
                        requests_open = false;
                        continue;
                    };
                    if let Some(RequestUnion::CreateRequest(c)) = &req.request_union {
                        resume.creates.push((c.clone(), next_exec.take().unwrap_or_default()));
                    }
                    if out_tx.send(req).await.is_err() {
                        break;
                    }
                }
                msg = responses.message() => {
                    let resp = match msg {
                        Ok(Some(r)) => r,
                        // The connection went away: reconnect and resume.
                        _ => break,
                    };
                    if resp.created {
                        if resp.canceled {
                            eprintln!("watch was canceled ({})", resp.cancel_reason);
                            return Err(CliError::new(5, "watch is canceled by the server"));
                        }
                        ids.push(resp.watch_id);
                        continue;
                    }
                    if resp.canceled {
                        let reason = if resp.compact_revision != 0 {
                            "etcdserver: mvcc: required revision has been compacted".to_string()
                        } else {
                            resp.cancel_reason.clone()
                        };
                        eprintln!("watch was canceled ({reason})");
                        return Err(CliError::new(5, "watch is canceled by the server"));
                    }
                    let index = ids.iter().position(|id| *id == resp.watch_id);
                    if let (Some(i), Some(last)) = (index, resp.events.last().and_then(|e| e.kv.as_ref())) {
                        if let Some((create, _)) = resume.creates.get_mut(i) {
                            create.start_revision = last.mod_revision + 1;
                        }
                    }
                    let revision = resp.header.map(|h| h.revision).unwrap_or(0);
                    if resp.events.is_empty() && revision != 0 && resp.compact_revision == 0 {
                        emit(format!("progress notify: {revision}\n").as_bytes())?;
                    }
                    emit(&printer.watch(&resp)?)?;
                    let exec = index.and_then(|i| resume.creates.get(i)).map(|(_, e)| e.clone()).unwrap_or_default();
                    run_exec(&exec, &resp)?;
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// Runs the exec command once per event, as etcdctl does.
fn run_exec(exec: &[String], resp: &WatchResponse) -> Result<(), CliError> {
    let Some((program, args)) = exec.split_first() else {
        return Ok(());
    };
    let revision = resp.header.map(|h| h.revision).unwrap_or(0);
    for e in &resp.events {
        let kv = e.kv.clone().unwrap_or_default();
        let kind = if e.r#type == EventType::Delete as i32 {
            "DELETE"
        } else {
            "PUT"
        };
        let status = std::process::Command::new(program)
            .args(args)
            .env("ETCD_WATCH_REVISION", revision.to_string())
            .env("ETCD_WATCH_EVENT_TYPE", quote(kind.as_bytes()))
            .env("ETCD_WATCH_KEY", quote(&kv.key))
            .env("ETCD_WATCH_VALUE", quote(&kv.value))
            .status();
        let failure = match status {
            Ok(s) if s.success() => continue,
            Ok(s) => format!("exit status {}", s.code().unwrap_or(-1)),
            Err(e) => e.to_string(),
        };
        let shown: Vec<String> = exec.iter().map(|a| quote(a.as_bytes())).collect();
        return Err(CliError::new(
            exit::ERROR,
            format!("command [{}] error ({failure})", shown.join(" ")),
        ));
    }
    Ok(())
}

/// `watch -i`: commands from stdin, one per line.
async fn interactive(g: &GlobalArgs) -> Result<(), CliError> {
    let (tx, rx) = mpsc::channel(16);
    let reader = tokio::task::spawn_blocking(move || -> Result<(), CliError> {
        let stdin = std::io::stdin();
        for line in stdin.lock().lines() {
            let line = line.map_err(|e| {
                CliError::new(
                    exit::INVALID_INPUT,
                    format!("Error reading watch request line: {e}"),
                )
            })?;
            let args = super::txn::argify(&line).unwrap_or_default();
            let request = match args.first().map(String::as_str) {
                Some("watch") => {
                    let parsed = WatchLine::try_parse_from(&args);
                    match parsed
                        .map_err(|e| e.to_string())
                        .and_then(|w| create_request(&w.args).map_err(|e| e.message))
                    {
                        Ok(c) => RequestUnion::CreateRequest(c),
                        Err(e) => {
                            eprintln!("Invalid command {line} ({})", e.trim());
                            continue;
                        }
                    }
                }
                Some("progress") => RequestUnion::ProgressRequest(WatchProgressRequest {}),
                Some("cancel") => match args.get(1).and_then(|id| id.parse().ok()) {
                    Some(watch_id) => RequestUnion::CancelRequest(WatchCancelRequest { watch_id }),
                    None => {
                        eprintln!("Invalid command {line} (cancel needs a watch ID)");
                        continue;
                    }
                },
                _ => {
                    eprintln!("Invalid command {line} (watch, progress and cancel supported)");
                    continue;
                }
            };
            if tx
                .blocking_send(WatchRequest {
                    request_union: Some(request),
                })
                .is_err()
            {
                break;
            }
        }
        Err(CliError::new(
            exit::INVALID_INPUT,
            "Error reading watch request line: EOF",
        ))
    });
    tokio::select! {
        r = run_stream(g, rx, Vec::new()) => r,
        r = reader => r.unwrap_or_else(|e| Err(CliError::new(exit::ERROR, e.to_string()))),
    }
}

/// One `watch ...` line of interactive mode.
#[derive(Debug, clap::Parser)]
#[command(name = "watch")]
struct WatchLine {
    #[command(flatten)]
    args: WatchArgs,
}

use clap::Parser as _;
