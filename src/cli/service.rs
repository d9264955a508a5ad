//! `kvd register` and `kvd discover`: service registration and discovery
//! in the layout the usual Go code uses. An instance is the key
//! `/services/SERVICE/ID` holding `{"addr":ADDR,"meta":{...}}`, attached to
//! a lease its registrar keeps alive: when the registrar dies, the lease
//! expires and the instance disappears within its TTL. Round-robin picks
//! keep their counter in the store (`/kvd/pick/SERVICE`), so that every
//! caller, from any machine, takes the next instance.

use std::collections::BTreeMap;
use std::time::Duration;

use clap::Args;
use serde::{Deserialize, Serialize};

use super::recipes::{self, modified_at, op, prefix_range, put_op, transient, Want};
use super::session::{parse_ttl, Session};
use super::{emit, exit, shutdown_signal, CliError, Format, GlobalArgs};
use crate::client::{Client, ClientError};
use crate::proto::etcdserverpb::request_op::Request;
use crate::proto::etcdserverpb::response_op::Response;
use crate::proto::etcdserverpb::{RangeRequest, TxnRequest};
use crate::proto::mvccpb::KeyValue;

/// Where every service's instances are.
pub const SERVICES: &str = "/services/";

/// Where `discover --pick` keeps its round-robin counters.
pub const PICK_COUNTERS: &str = "/kvd/pick/";

/// How long a stopped command gets between SIGTERM and SIGKILL.
const GRACE: Duration = Duration::from_secs(3);

/// The longest pause between attempts to register again.
const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// Flags of `register`.
#[derive(Debug, Clone, Args)]
pub struct RegisterArgs {
    /// The service's name.
    pub service: String,
    /// The instance's address (host:port, a URL, ...).
    pub addr: String,
    /// -- <command> [args...]: run it; the instance is registered while it
    /// lives, and kvd exits with its status.
    #[arg(last = true)]
    pub command: Vec<String>,
    /// The instance's ID, the last part of its key [default: ADDR].
    #[arg(long)]
    pub id: Option<String>,
    /// The lease's TTL: seconds, or a duration such as 10s. The instance
    /// disappears this long after its registrar dies.
    #[arg(long, default_value = "10", value_parser = parse_ttl)]
    pub ttl: i64,
    /// Metadata, as KEY=VALUE; repeat for more.
    #[arg(long, value_name = "KEY=VALUE", value_parser = parse_meta)]
    pub meta: Vec<(String, String)>,
}

/// Flags of `discover`.
#[derive(Debug, Clone, Args)]
pub struct DiscoverArgs {
    /// The service's name.
    pub service: String,
    /// Print the instances, then each join and leave as it happens.
    #[arg(long, conflicts_with = "pick")]
    pub watch: bool,
    /// Print one instance's address, round robin across all callers.
    #[arg(long)]
    pub pick: bool,
}

/// What a registration key holds.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Record {
    addr: String,
    #[serde(default)]
    meta: BTreeMap<String, serde_json::Value>,
}

/// One registered instance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Instance {
    /// Its ID: the key's part after `/services/SERVICE/`.
    pub id: String,
    /// Its address.
    pub addr: String,
    /// Its metadata.
    pub meta: BTreeMap<String, serde_json::Value>,
}

fn parse_meta(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(format!("{s:?} is not KEY=VALUE")),
    }
}

/// `/services/SERVICE/`, after checking that the name is one path part.
fn service_prefix(service: &str) -> Result<String, CliError> {
    if service.is_empty() || service.contains('/') {
        return Err(CliError::bad_args(format!(
            "service name {service:?} must be non-empty and without '/'"
        )));
    }
    Ok(format!("{SERVICES}{service}/"))
}

impl Instance {
    /// The instance a registration key describes. A value that is not
    /// kvd's JSON (written by other tools) is taken as a bare address.
    pub fn from_kv(prefix: &str, kv: &KeyValue) -> Instance {
        let key = String::from_utf8_lossy(&kv.key);
        let id = key.strip_prefix(prefix).unwrap_or(&key).to_string();
        match serde_json::from_slice::<Record>(&kv.value) {
            Ok(r) => Instance {
                id,
                addr: r.addr,
                meta: r.meta,
            },
            Err(_) => Instance {
                id,
                addr: String::from_utf8_lossy(&kv.value).into_owned(),
                meta: BTreeMap::new(),
            },
        }
    }

    fn meta_text(&self) -> String {
        self.meta
            .iter()
            .map(|(k, v)| match v {
                serde_json::Value::String(s) => format!("{k}={s}"),
                other => format!("{k}={other}"),
            })
            .collect::<Vec<_>>()
            .join(",")
    }
}

// --- register -----------------------------------------------------------------

/// Keeps one instance registered: its key under a lease of its own, put
/// again under a new lease whenever the old one is lost.
struct Registrar<'c> {
    client: &'c Client,
    key: String,
    value: Vec<u8>,
    ttl: i64,
    session: Option<Session>,
}

impl Registrar<'_> {
    /// Puts the key under a new lease.
    async fn register(&mut self) -> Result<(), ClientError> {
        // Kept before the put: whatever happens next, the exit path
        // revokes this lease.
        let session = Session::start(self.client, self.ttl).await?;
        let (lease, granted) = (session.lease(), session.ttl());
        self.session = Some(session);
        recipes::put_leased(self.client, self.key.as_bytes(), &self.value, lease).await?;
        eprintln!(
            "registered {} (lease {lease:016x}, TTL {granted}s)",
            self.key
        );
        Ok(())
    }

    /// Waits for the lease to be lost, then registers again, pausing
    /// longer after each failure while no member can be reached. Returns
    /// only for an error no retry can fix.
    async fn keep(&mut self) -> CliError {
        loop {
            if let Some(s) = &self.session {
                s.lost().await;
            }
            eprintln!("lease of {} lost; registering again", self.key);
            let mut pause = Duration::from_millis(200);
            loop {
                match self.register().await {
                    Ok(()) => break,
                    Err(e) if transient(&e) => {
                        tracing::debug!("registering {}: {e}", self.key);
                        tokio::time::sleep(pause).await;
                        pause = (pause * 2).min(MAX_BACKOFF);
                    }
                    Err(e) => return e.into(),
                }
            }
        }
    }

    /// Revokes the lease: the key goes at once, not a TTL later.
    async fn deregister(&mut self) {
        if let Some(s) = self.session.take() {
            match s.close().await {
                Ok(()) => eprintln!("deregistered {}", self.key),
                Err(e) => eprintln!("deregistering {}: {e}", self.key),
            }
        }
    }
}

/// The key and value `register` writes.
fn registration(a: &RegisterArgs) -> Result<(String, Vec<u8>), CliError> {
    let prefix = service_prefix(&a.service)?;
    let id = a.id.clone().unwrap_or_else(|| a.addr.clone());
    if id.is_empty() || id.contains('/') {
        return Err(CliError::bad_args(format!(
            "instance ID {id:?} must be non-empty and without '/' (pass --id)"
        )));
    }
    let record = Record {
        addr: a.addr.clone(),
        meta: a
            .meta
            .iter()
            .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
            .collect(),
    };
    let value = serde_json::to_vec(&record)
        .map_err(|e| CliError::new(exit::ERROR, format!("encoding the registration: {e}")))?;
    Ok((format!("{prefix}{id}"), value))
}

/// `register`.
pub async fn register(g: &GlobalArgs, a: RegisterArgs) -> Result<(), CliError> {
    let (key, value) = registration(&a)?;
    let client = g.connect().await?;
    let mut registrar = Registrar {
        client: &client,
        key: key.clone(),
        value,
        ttl: a.ttl,
        session: None,
    };
    registrar.register().await?;
    let mut child = match spawn(&a.command, &key) {
        Ok(c) => c,
        Err(e) => {
            registrar.deregister().await;
            return Err(e);
        }
    };
    let ended = tokio::select! {
        e = registrar.keep() => Ended::Failed(e),
        _ = shutdown_signal() => Ended::Signalled,
        status = wait_child(&mut child) => Ended::Exited(status),
    };
    // Out of the list first, so no caller is sent to an instance stopping.
    registrar.deregister().await;
    if let Some(c) = child.as_mut() {
        if !matches!(ended, Ended::Exited(_)) {
            stop(c).await;
        }
    }
    match ended {
        Ended::Signalled => Ok(()),
        Ended::Failed(e) => Err(e),
        Ended::Exited(Ok(status)) if status.success() => Ok(()),
        // The command's status is kvd's, as with `kvd lock`.
        Ended::Exited(Ok(status)) => Err(CliError::new(status.code().unwrap_or(1), "")),
        Ended::Exited(Err(e)) => Err(CliError::new(exit::ERROR, e.to_string())),
    }
}

/// How `register` came to an end.
enum Ended {
    Failed(CliError),
    Signalled,
    Exited(std::io::Result<std::process::ExitStatus>),
}

/// Starts `command`, if there is one, with the registration's key in
/// `KVD_SERVICE_KEY`.
fn spawn(command: &[String], key: &str) -> Result<Option<tokio::process::Child>, CliError> {
    let Some((program, args)) = command.split_first() else {
        return Ok(None);
    };
    tokio::process::Command::new(program)
        .args(args)
        .env("KVD_SERVICE_KEY", key)
        .spawn()
        .map(Some)
        .map_err(|e| CliError::new(exit::ERROR, format!("cannot run {program}: {e}")))
}

/// Waits for the child; never resolves without one.
async fn wait_child(
    child: &mut Option<tokio::process::Child>,
) -> std::io::Result<std::process::ExitStatus> {
    match child {
        Some(c) => c.wait().await,
        None => std::future::pending().await,
    }
}

/// Stops the child: SIGTERM, then SIGKILL after a grace period.
async fn stop(child: &mut tokio::process::Child) {
    if let Some(pid) = child.id() {
        // SAFETY: signalling our own child.
        unsafe { libc::kill(pid as i32, libc::SIGTERM) };
    }
    if tokio::time::timeout(GRACE, child.wait()).await.is_err() {
        let _ = child.kill().await;
    }
}

// --- discover -----------------------------------------------------------------

/// `discover`.
pub async fn discover(g: &GlobalArgs, a: DiscoverArgs) -> Result<(), CliError> {
    let prefix = service_prefix(&a.service)?;
    let client = g.connect().await?;
    if a.pick {
        let instance = pick(&client, &a.service, &prefix).await?;
        return emit(&render_one(g.write_out, &instance)?);
    }
    if a.watch {
        return watch(g.write_out, &client, &prefix).await;
    }
    let resp = recipes::range(&client, prefix_range(prefix.as_bytes())).await?;
    let instances: Vec<Instance> = resp
        .kvs
        .iter()
        .map(|kv| Instance::from_kv(&prefix, kv))
        .collect();
    emit(&render_list(g.write_out, &a.service, &instances)?)
}

/// `discover -w json`'s object.
#[derive(Serialize)]
struct Listing<'a> {
    service: &'a str,
    instances: &'a [Instance],
}

/// One line of `discover --watch -w json`.
#[derive(Serialize)]
struct ChangeLine<'a> {
    event: &'static str,
    #[serde(flatten)]
    instance: &'a Instance,
}

/// `v` as one line of JSON (fields in declaration order).
fn json_line<T: Serialize>(v: &T) -> Result<Vec<u8>, CliError> {
    let mut out = serde_json::to_vec(v)
        .map_err(|e| CliError::new(exit::ERROR, format!("encoding JSON: {e}")))?;
    out.push(b'\n');
    Ok(out)
}

fn unsupported(f: Format) -> CliError {
    let name = format!("{f:?}").to_lowercase();
    CliError::new(
        exit::BAD_FEATURE,
        format!("{name} not supported as output format"),
    )
}

/// The instances: addresses one a line (simple), a JSON object, or a
/// table.
fn render_list(f: Format, service: &str, instances: &[Instance]) -> Result<Vec<u8>, CliError> {
    match f {
        Format::Simple => Ok(instances
            .iter()
            .map(|i| format!("{}\n", i.addr))
            .collect::<String>()
            .into_bytes()),
        Format::Json => json_line(&Listing { service, instances }),
        Format::Table => Ok(table(instances).into_bytes()),
        other => Err(unsupported(other)),
    }
}

fn table(instances: &[Instance]) -> String {
    use comfy_table::presets::ASCII_FULL_CONDENSED;
    let mut t = comfy_table::Table::new();
    t.load_preset(ASCII_FULL_CONDENSED)
        .set_header(vec!["ID", "ADDR", "META"]);
    for i in instances {
        t.add_row(vec![i.id.clone(), i.addr.clone(), i.meta_text()]);
    }
    format!("{t}\n")
}

/// One instance: its address (simple) or a JSON object.
fn render_one(f: Format, i: &Instance) -> Result<Vec<u8>, CliError> {
    match f {
        Format::Simple => Ok(format!("{}\n", i.addr).into_bytes()),
        Format::Json => json_line(i),
        other => Err(unsupported(other)),
    }
}

/// The next instance in round-robin order: a counter in the store, taken
/// and incremented in one txn that also reads the instances, so every
/// caller gets its own turn and a consistent list. A lost race reads again.
async fn pick(client: &Client, service: &str, prefix: &str) -> Result<Instance, CliError> {
    let counter = format!("{PICK_COUNTERS}{service}").into_bytes();
    loop {
        let current = recipes::range(
            client,
            RangeRequest {
                key: counter.clone().into(),
                ..Default::default()
            },
        )
        .await?;
        let (turn, revision) = current
            .kvs
            .first()
            .map(|kv| {
                let n = String::from_utf8_lossy(&kv.value)
                    .parse::<u64>()
                    .unwrap_or(0);
                (n, kv.mod_revision)
            })
            .unwrap_or((0, 0));
        let t = TxnRequest {
            compare: vec![modified_at(&counter, revision)],
            success: vec![
                put_op(&counter, turn.wrapping_add(1).to_string().as_bytes(), 0),
                op(Request::RequestRange(prefix_range(prefix.as_bytes()))),
            ],
            failure: vec![],
        };
        let resp = recipes::txn(client, t).await?;
        if !resp.succeeded {
            continue;
        }
        let kvs = resp
            .responses
            .into_iter()
            .find_map(|r| match r.response {
                Some(Response::ResponseRange(g)) => Some(g.kvs),
                _ => None,
            })
            .unwrap_or_default();
        if kvs.is_empty() {
            return Err(CliError::new(
                exit::ERROR,
                format!("no instances of {service}"),
            ));
        }
        let chosen = &kvs[(turn % kvs.len() as u64) as usize];
        return Ok(Instance::from_kv(prefix, chosen));
    }
}

/// A change `discover --watch` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Join,
    Update,
    Leave,
}

impl Change {
    fn word(self) -> &'static str {
        match self {
            Change::Join => "join",
            Change::Update => "update",
            Change::Leave => "leave",
        }
    }
}

fn render_change(f: Format, change: Change, i: &Instance) -> Result<Vec<u8>, CliError> {
    match f {
        Format::Simple => Ok(format!("{} {} {}\n", change.word(), i.id, i.addr).into_bytes()),
        Format::Json => json_line(&ChangeLine {
            event: change.word(),
            instance: i,
        }),
        other => Err(unsupported(other)),
    }
}

/// `discover --watch`: the instances as joins, then every change, until
/// interrupted. Read, then watch from the read's revision + 1, and on any
/// change (or a broken watch: a member restarting) read again and print
/// the differences: changes made together (one txn, a `del --prefix`)
/// are all shown, and the output always adds up to the live instances.
async fn watch(f: Format, client: &Client, prefix: &str) -> Result<(), CliError> {
    if !matches!(f, Format::Simple | Format::Json) {
        return Err(unsupported(f));
    }
    let mut known: BTreeMap<String, Instance> = BTreeMap::new();
    let range_end = crate::store::keys::prefix_end(prefix.as_bytes());
    loop {
        let resp = recipes::range(client, prefix_range(prefix.as_bytes())).await?;
        let now: BTreeMap<String, Instance> = resp
            .kvs
            .iter()
            .map(|kv| Instance::from_kv(prefix, kv))
            .map(|i| (i.id.clone(), i))
            .collect();
        for change in differences(&known, &now) {
            emit(&render_change(f, change.0, &change.1)?)?;
        }
        known = now;
        let from = recipes::revision_of(resp.header.as_ref()) + 1;
        tokio::select! {
            e = recipes::next_event_or_reread(client, prefix.as_bytes(), &range_end, from, Want::Any) => {
                e?;
            }
            _ = shutdown_signal() => return Ok(()),
        }
    }
}

/// The changes from `before` to `after`: leaves, then joins and updates.
fn differences(
    before: &BTreeMap<String, Instance>,
    after: &BTreeMap<String, Instance>,
) -> Vec<(Change, Instance)> {
    let leaves = before
        .iter()
        .filter(|(id, _)| !after.contains_key(*id))
        .map(|(_, i)| (Change::Leave, i.clone()));
    let arrivals = after.iter().filter_map(|(id, i)| match before.get(id) {
        None => Some((Change::Join, i.clone())),
        Some(old) if old != i => Some((Change::Update, i.clone())),
        Some(_) => None,
    });
    leaves.chain(arrivals).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kv(key: &str, value: &str) -> KeyValue {
        KeyValue {
            key: key.as_bytes().to_vec().into(),
            value: value.as_bytes().to_vec().into(),
            ..Default::default()
        }
    }

    #[test]
    fn registrations_are_json_with_addr_and_meta() {
        let a = RegisterArgs {
            service: "web".into(),
            addr: "10.0.0.1:80".into(),
            command: vec![],
            id: None,
            ttl: 10,
            meta: vec![("zone".into(), "a".into())],
        };
        let (key, value) = registration(&a).unwrap();
        assert_eq!(key, "/services/web/10.0.0.1:80");
        assert_eq!(value, br#"{"addr":"10.0.0.1:80","meta":{"zone":"a"}}"#);
        let bad = RegisterArgs {
            addr: "http://x".into(),
            ..a
        };
        assert!(registration(&bad).is_err());
    }

    #[test]
    fn foreign_values_are_bare_addresses() {
        let i = Instance::from_kv("/services/web/", &kv("/services/web/a", "10.0.0.2:80"));
        assert_eq!((i.id.as_str(), i.addr.as_str()), ("a", "10.0.0.2:80"));
    }

    #[test]
    fn lists_differ_by_leaves_then_joins_and_updates() {
        let p = "/services/web/";
        let list = |kvs: &[KeyValue]| -> BTreeMap<String, Instance> {
            kvs.iter()
                .map(|kv| Instance::from_kv(p, kv))
                .map(|i| (i.id.clone(), i))
                .collect()
        };
        let before = list(&[
            kv("/services/web/a", r#"{"addr":"x"}"#),
            kv("/services/web/b", r#"{"addr":"z"}"#),
        ]);
        let after = list(&[
            kv("/services/web/a", r#"{"addr":"y"}"#),
            kv("/services/web/c", r#"{"addr":"w"}"#),
        ]);
        let changes: Vec<(Change, String)> = differences(&before, &after)
            .into_iter()
            .map(|(c, i)| (c, i.id))
            .collect();
        assert_eq!(
            changes,
            [
                (Change::Leave, "b".to_string()),
                (Change::Update, "a".to_string()),
                (Change::Join, "c".to_string())
            ]
        );
        assert!(differences(&after, &after).is_empty());
    }
}
