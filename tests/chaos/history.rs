//! What a run recorded: every operation with its invoke and completion
//! times and outcome, the acknowledged writes, what each watcher saw, and
//! the faults. Workers append under one lock; the checkers read it after
//! the run; `write_jsonl` keeps it for whoever investigates a failure.

use std::io::Write;
use std::path::Path;
use std::sync::Mutex;
use std::time::Instant;

use serde_json::json;

use crate::linearizable::Op;

/// One register operation on key `key`, sent to the member in `member`.
#[derive(Clone, Debug)]
pub struct RegisterOp {
    pub key: usize,
    pub member: usize,
    pub op: Op,
}

/// A read of every account, and the total it found.
#[derive(Clone, Debug)]
pub struct BankRead {
    pub client: usize,
    pub member: usize,
    pub revision: i64,
    pub historical: bool,
    pub accounts: usize,
    pub total: i64,
}

/// A write the cluster acknowledged: `key` = `value` at `revision`.
/// `unique` values were written once in the whole run.
#[derive(Clone, Debug)]
pub struct Ack {
    pub key: String,
    pub value: String,
    pub revision: i64,
    pub unique: bool,
}

/// One event as a watcher (or the final read-back) saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub revision: i64,
    pub key: String,
    /// `None` for a delete.
    pub value: Option<String>,
}

/// Everything one watcher saw, from `from` on, until it had to reach
/// `until`.
#[derive(Clone, Debug, Default)]
pub struct WatchLog {
    pub watcher: usize,
    pub from: i64,
    pub until: i64,
    pub events: Vec<Event>,
    pub reconnects: usize,
    /// Cancellations the server sent, with its reason.
    pub cancels: Vec<String>,
}

/// A key put on a lease; whether a revoke of the lease was acknowledged.
#[derive(Clone, Debug)]
pub struct LeasedKey {
    pub lease: i64,
    pub key: String,
    pub revoked: bool,
}

/// A fault and when it was in force.
#[derive(Clone, Debug)]
pub struct Fault {
    pub kind: &'static str,
    pub detail: String,
    pub start: u64,
    pub end: u64,
    /// Whether it happened as named (not skipped, not cut short).
    pub completed: bool,
}

/// How operations ended, per workload.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    pub ok: u64,
    pub failed: u64,
    pub unknown: u64,
}

/// Any operation of any workload, as the history file keeps it.
#[derive(Clone, Debug)]
pub struct OpRecord {
    pub workload: &'static str,
    pub client: usize,
    pub member: usize,
    pub call: String,
    pub invoke: u64,
    pub complete: u64,
    pub outcome: Outcome,
    pub result: String,
}

/// The run's record.
#[derive(Default)]
pub struct Record {
    /// Every operation, in completion order.
    pub ops: Vec<OpRecord>,
    pub registers: Vec<RegisterOp>,
    pub bank_reads: Vec<BankRead>,
    pub acks: Vec<Ack>,
    pub watches: Vec<WatchLog>,
    pub leased: Vec<LeasedKey>,
    pub faults: Vec<Fault>,
    /// Times (ns from the start) at which writes were acknowledged.
    pub write_times: Vec<u64>,
    /// Anomalies seen while running (a revoked lease's key still read).
    pub live_anomalies: Vec<String>,
    pub tally: std::collections::BTreeMap<&'static str, Tally>,
}

/// The record, shared by the workers, and the clock they all use.
pub struct History {
    pub started: Instant,
    pub record: Mutex<Record>,
}

impl History {
    pub fn new() -> History {
        History {
            started: Instant::now(),
            record: Mutex::new(Record::default()),
        }
    }

    /// Nanoseconds since the run started.
    pub fn now(&self) -> u64 {
        self.started.elapsed().as_nanos() as u64
    }

    pub fn lock(&self) -> std::sync::MutexGuard<'_, Record> {
        self.record.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Records an operation of `workload` invoked at `invoke` that has
    /// just completed, and counts its outcome; returns its completion time.
    #[allow(clippy::too_many_arguments)]
    pub fn op(
        &self,
        workload: &'static str,
        client: usize,
        member: usize,
        call: String,
        invoke: u64,
        outcome: Outcome,
        result: String,
    ) -> u64 {
        let complete = self.now();
        let mut r = self.lock();
        let t = r.tally.entry(workload).or_default();
        match outcome {
            Outcome::Ok => t.ok += 1,
            Outcome::Failed => t.failed += 1,
            Outcome::Unknown => t.unknown += 1,
        }
        r.ops.push(OpRecord {
            workload,
            client,
            member,
            call,
            invoke,
            complete,
            outcome,
            result,
        });
        complete
    }

    /// Records an acknowledged write.
    pub fn ack(&self, key: &str, value: &str, revision: i64, unique: bool) {
        let now = self.now();
        let mut r = self.lock();
        r.acks.push(Ack {
            key: key.to_string(),
            value: value.to_string(),
            revision,
            unique,
        });
        r.write_times.push(now);
    }
}

/// How one operation ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    Failed,
    Unknown,
}

/// Writes the record as JSON lines, one object per operation or fault,
/// and the history each member gave back at the end.
pub fn write_jsonl(
    record: &Record,
    read_back: &[(usize, Vec<Event>)],
    path: &Path,
) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for (member, events) in read_back {
        let events: Vec<_> = events
            .iter()
            .map(|e| json!([e.revision, e.key, e.value]))
            .collect();
        let line = json!({"type": "read-back", "member": member, "events": events});
        writeln!(out, "{line}")?;
    }
    for f in &record.faults {
        let line = json!({"type": "fault", "kind": f.kind, "detail": f.detail,
            "start_ns": f.start, "end_ns": f.end, "completed": f.completed});
        writeln!(out, "{line}")?;
    }
    for o in &record.ops {
        let line = json!({"type": "op", "workload": o.workload, "client": o.client,
            "member": o.member, "call": o.call, "invoke_ns": o.invoke,
            "complete_ns": o.complete, "outcome": format!("{:?}", o.outcome),
            "result": o.result});
        writeln!(out, "{line}")?;
    }
    for b in &record.bank_reads {
        let line = json!({"type": "bank-read", "client": b.client, "member": b.member,
            "revision": b.revision, "historical": b.historical,
            "accounts": b.accounts, "total": b.total});
        writeln!(out, "{line}")?;
    }
    for a in &record.acks {
        let line = json!({"type": "ack", "key": a.key, "value": a.value,
            "revision": a.revision, "unique": a.unique});
        writeln!(out, "{line}")?;
    }
    for w in &record.watches {
        let events: Vec<_> = w
            .events
            .iter()
            .map(|e| json!([e.revision, e.key, e.value]))
            .collect();
        let line = json!({"type": "watch", "watcher": w.watcher, "from": w.from,
            "until": w.until, "reconnects": w.reconnects, "cancels": w.cancels,
            "events": events});
        writeln!(out, "{line}")?;
    }
    for l in &record.leased {
        let line = json!({"type": "leased", "lease": l.lease, "key": l.key,
            "revoked": l.revoked});
        writeln!(out, "{line}")?;
    }
    out.flush()
}
