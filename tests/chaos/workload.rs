//! The clients of a run. Each worker talks to one member at a time, picked
//! at random among the running ones, through the `etcd-client` crate (an
//! independent client), and records every operation in the history:
//!
//! - registers: read, write and compare-and-set on a few keys, checked for
//!   linearizability;
//! - bank: transfers between accounts in transactions guarded by
//!   mod_revision; every read of all accounts, current or at a past
//!   revision, must find the same total;
//! - watchers: watch everything from the start, reconnecting to any member
//!   with the next revision, so they must see the store's history exactly;
//! - leases: keys on short leases, revoked or left to expire;
//! - locks: holders write a fence token with a compare on it.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use etcd_client::{
    Client, Compare, CompareOp, EventType, GetOptions, LockOptions, PutOptions, Txn, TxnOp,
    WatchOptions,
};

use crate::cluster::connect;
use crate::history::{BankRead, Event, History, LeasedKey, Outcome, RegisterOp, WatchLog};
use crate::linearizable::{Call, Op, Return};
use crate::rng::Rng;

/// How long a client waits for an answer before calling the outcome unknown.
pub const OP_TIMEOUT: Duration = Duration::from_secs(2);
/// Accounts in the bank and what each starts with.
pub const ACCOUNTS: usize = 5;
pub const OPENING_BALANCE: i64 = 100;
/// Register keys.
pub const REGISTERS: usize = 6;

/// What every worker shares: where the members are and when to stop.
pub struct Shared {
    pub history: History,
    pub stop: AtomicBool,
    /// The revision watchers must reach before they stop (0: not known
    /// yet); set once the other workers stopped and the members agree.
    pub watch_until: std::sync::atomic::AtomicI64,
    /// Client endpoints of running members, by slot.
    pub endpoints: Mutex<Vec<(usize, String)>>,
}

impl Shared {
    fn stopped(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }
}

/// A worker's connections, one per member, made when first needed.
struct Clients {
    shared: Arc<Shared>,
    cache: HashMap<String, Client>,
    rng: Rng,
}

impl Clients {
    fn new(shared: Arc<Shared>, rng: Rng) -> Clients {
        Clients {
            shared,
            cache: HashMap::new(),
            rng,
        }
    }

    /// A client to a random running member, and that member's slot.
    async fn any(&mut self) -> Option<(usize, Client)> {
        let endpoints = self.shared.endpoints.lock().unwrap().clone();
        if endpoints.is_empty() {
            return None;
        }
        let (slot, endpoint) = self.rng.pick(&endpoints).clone();
        if !self.cache.contains_key(&endpoint) {
            let client = connect(&endpoint).await?;
            self.cache.insert(endpoint.clone(), client);
        }
        Some((slot, self.cache[&endpoint].clone()))
    }
}

/// Sleeps a little when no member could be reached.
async fn back_off() {
    tokio::time::sleep(Duration::from_millis(50)).await;
}

/// Runs `f` with the operation timeout: `None` if it did not answer.
async fn timed<T>(f: impl std::future::Future<Output = T>) -> Option<T> {
    tokio::time::timeout(OP_TIMEOUT, f).await.ok()
}

fn register_key(k: usize) -> String {
    format!("/reg/{k}")
}

/// Register worker `client`: reads, writes unique values, and
/// compare-and-sets against the value it last read.
pub async fn registers(shared: Arc<Shared>, client: usize, rng: Rng) {
    let mut clients = Clients::new(shared.clone(), rng.fork(1));
    let mut rng = rng;
    let mut last_seen: HashMap<usize, Option<String>> = HashMap::new();
    let mut n = 0u64;
    while !shared.stopped() {
        let Some((member, mut c)) = clients.any().await else {
            back_off().await;
            continue;
        };
        // Keys change every 10 s, which keeps each key's history small
        // enough for the linearizability search.
        let epoch = (shared.history.now() / 10_000_000_000) as usize;
        let k = epoch * REGISTERS + rng.below(REGISTERS as u64) as usize;
        let key = register_key(k);
        n += 1;
        let value = format!("c{client}-{n}");
        let call = match rng.below(10) {
            0..=4 => Call::Read,
            5..=7 => Call::Write(value.clone()),
            _ => Call::Cas {
                expect: last_seen.get(&k).cloned().flatten(),
                new: value.clone(),
            },
        };
        let h = &shared.history;
        let invoke = h.now();
        let ret = match &call {
            Call::Read => match timed(c.get(key.as_str(), None)).await {
                Some(Ok(r)) => {
                    let v = r
                        .kvs()
                        .first()
                        .map(|kv| kv.value_str().unwrap_or("").to_string());
                    last_seen.insert(k, v.clone());
                    Return::Read(v)
                }
                // A failed read changed nothing: the checker leaves it out.
                _ => {
                    let call = format!("{key}: {call:?}");
                    h.op(
                        "registers",
                        client,
                        member,
                        call,
                        invoke,
                        Outcome::Failed,
                        String::new(),
                    );
                    continue;
                }
            },
            Call::Write(v) => match timed(c.put(key.as_str(), v.as_str(), None)).await {
                Some(Ok(r)) => {
                    let rev = r.header().map_or(0, |h| h.revision());
                    h.ack(&key, v, rev, true);
                    Return::Done
                }
                _ => Return::Unknown,
            },
            Call::Cas { expect, new } => {
                let guard = match expect {
                    None => Compare::create_revision(key.as_str(), CompareOp::Equal, 0),
                    Some(e) => Compare::value(key.as_str(), CompareOp::Equal, e.as_str()),
                };
                let txn = Txn::new().when([guard]).and_then([TxnOp::put(
                    key.as_str(),
                    new.as_str(),
                    None,
                )]);
                match timed(c.txn(txn)).await {
                    Some(Ok(r)) => {
                        if r.succeeded() {
                            let rev = r.header().map_or(0, |h| h.revision());
                            h.ack(&key, new, rev, true);
                        }
                        Return::Cas(r.succeeded())
                    }
                    _ => Return::Unknown,
                }
            }
            Call::Delete => unreachable!("this workload does not delete"),
        };
        let outcome = if ret == Return::Unknown {
            Outcome::Unknown
        } else {
            Outcome::Ok
        };
        let text = (format!("{key}: {call:?}"), format!("{ret:?}"));
        let complete = h.op("registers", client, member, text.0, invoke, outcome, text.1);
        h.lock().registers.push(RegisterOp {
            key: k,
            member,
            op: Op {
                client,
                call,
                invoke,
                complete,
                ret,
            },
        });
    }
}

fn account(a: usize) -> String {
    format!("/bank/{a}")
}

/// Opens the accounts in one transaction; returns its revision.
pub async fn open_bank(c: &mut Client) -> i64 {
    let puts: Vec<TxnOp> = (0..ACCOUNTS)
        .map(|a| TxnOp::put(account(a), OPENING_BALANCE.to_string(), None))
        .collect();
    let r = c
        .txn(Txn::new().and_then(puts))
        .await
        .expect("open accounts");
    r.header().map_or(0, |h| h.revision())
}

/// Bank worker `client`: reads every account (now or at a past revision)
/// and moves money between two accounts guarded by their mod revisions.
pub async fn bank(shared: Arc<Shared>, client: usize, opened_at: i64, rng: Rng) {
    let mut clients = Clients::new(shared.clone(), rng.fork(1));
    let mut rng = rng;
    while !shared.stopped() {
        let Some((member, mut c)) = clients.any().await else {
            back_off().await;
            continue;
        };
        let h = &shared.history;
        let opts = GetOptions::new().with_prefix();
        let invoke = h.now();
        let Some(Ok(now)) = timed(c.get("/bank/", Some(opts))).await else {
            let call = "read all".to_string();
            h.op(
                "bank",
                client,
                member,
                call,
                invoke,
                Outcome::Failed,
                String::new(),
            );
            continue;
        };
        let revision = now.header().map_or(0, |h| h.revision());
        let balances = balances_in(&now);
        let read = read_of(client, member, revision, false, &balances);
        let result = format!(
            "{} accounts, total {} at {revision}",
            read.accounts, read.total
        );
        h.op(
            "bank",
            client,
            member,
            "read all".into(),
            invoke,
            Outcome::Ok,
            result,
        );
        h.lock().bank_reads.push(read);
        match rng.below(3) {
            0 => {
                // The same total at a past revision, served by this member.
                let back = revision - rng.below(50) as i64;
                let at = back.max(opened_at);
                let opts = GetOptions::new()
                    .with_prefix()
                    .with_revision(at)
                    .with_serializable();
                let invoke = h.now();
                let call = format!("read all at {at}");
                if let Some(Ok(r)) = timed(c.get("/bank/", Some(opts))).await {
                    let read = read_of(client, member, at, true, &balances_in(&r));
                    let result = format!("{} accounts, total {}", read.accounts, read.total);
                    h.op("bank", client, member, call, invoke, Outcome::Ok, result);
                    h.lock().bank_reads.push(read);
                } else {
                    h.op(
                        "bank",
                        client,
                        member,
                        call,
                        invoke,
                        Outcome::Failed,
                        String::new(),
                    );
                }
            }
            _ if balances.len() == ACCOUNTS => {
                let from = rng.below(ACCOUNTS as u64) as usize;
                let to = (from + 1 + rng.below(ACCOUNTS as u64 - 1) as usize) % ACCOUNTS;
                let amount = (rng.below(10) as i64 + 1).min(balances[from].1.max(0));
                let (fv, fr) = (balances[from].1 - amount, balances[from].2);
                let (tv, tr) = (balances[to].1 + amount, balances[to].2);
                let txn = Txn::new()
                    .when([
                        Compare::mod_revision(account(from), CompareOp::Equal, fr),
                        Compare::mod_revision(account(to), CompareOp::Equal, tr),
                    ])
                    .and_then([
                        TxnOp::put(account(from), fv.to_string(), None),
                        TxnOp::put(account(to), tv.to_string(), None),
                    ]);
                let call =
                    format!("move {amount} from {from} ({fv}) to {to} ({tv}) if at {fr}, {tr}");
                let invoke = h.now();
                match timed(c.txn(txn)).await {
                    Some(Ok(r)) => {
                        let rev = r.header().map_or(0, |h| h.revision());
                        if r.succeeded() {
                            h.ack(&account(from), &fv.to_string(), rev, false);
                            h.ack(&account(to), &tv.to_string(), rev, false);
                        }
                        let result = format!("succeeded {} at {rev}", r.succeeded());
                        h.op("bank", client, member, call, invoke, Outcome::Ok, result);
                    }
                    _ => {
                        let unknown = Outcome::Unknown;
                        h.op("bank", client, member, call, invoke, unknown, String::new());
                    }
                }
            }
            _ => {}
        }
    }
}

/// Each account's (key, balance, mod revision) in a read of them all.
fn balances_in(r: &etcd_client::GetResponse) -> Vec<(String, i64, i64)> {
    r.kvs()
        .iter()
        .map(|kv| {
            // An unreadable balance spoils the total, so the checker sees it.
            let v = kv.value_str().unwrap_or("").parse().unwrap_or(i64::MIN / 4);
            (kv.key_str().unwrap_or("").to_string(), v, kv.mod_revision())
        })
        .collect()
}

fn read_of(
    client: usize,
    member: usize,
    revision: i64,
    historical: bool,
    balances: &[(String, i64, i64)],
) -> BankRead {
    BankRead {
        client,
        member,
        revision,
        historical,
        accounts: balances.len(),
        total: balances.iter().map(|b| b.1).sum(),
    }
}

/// Watcher `watcher`: every event from revision `from` on, across
/// reconnects to any member, resuming after the last revision seen.
/// Once told where to stop, it watches on until it has seen that
/// revision, or gives up after 30 s (the checker then finds it short).
pub async fn watcher(shared: Arc<Shared>, watcher: usize, from: i64, rng: Rng) {
    let mut clients = Clients::new(shared.clone(), rng);
    let mut log = WatchLog {
        watcher,
        from,
        ..Default::default()
    };
    let mut next = from;
    let mut first = true;
    let mut deadline = None;
    let done = |next: i64, deadline: &mut Option<std::time::Instant>| {
        let until = shared.watch_until.load(Ordering::SeqCst);
        if until == 0 {
            return false;
        }
        let at =
            *deadline.get_or_insert_with(|| std::time::Instant::now() + Duration::from_secs(30));
        next > until || std::time::Instant::now() > at
    };
    while !done(next, &mut deadline) {
        let Some((_, mut c)) = clients.any().await else {
            back_off().await;
            continue;
        };
        if !first {
            log.reconnects += 1;
        }
        first = false;
        let opts = WatchOptions::new().with_prefix().with_start_revision(next);
        let Some(Ok(mut stream)) = timed(c.watch("/", Some(opts))).await else {
            back_off().await;
            continue;
        };
        while !done(next, &mut deadline) {
            let tick = tokio::time::sleep(Duration::from_millis(100));
            let message = tokio::select! {
                m = stream.message() => m,
                _ = tick => continue,
            };
            let Ok(Some(resp)) = message else { break };
            if resp.canceled() {
                // The harness never compacts: a cancel is worth a look.
                log.cancels.push(format!(
                    "at {next}: {:?} (compact revision {})",
                    resp.cancel_reason(),
                    resp.compact_revision()
                ));
                break;
            }
            for e in resp.events() {
                let Some(kv) = e.kv() else { continue };
                log.events.push(event_of(e.event_type(), kv));
                next = kv.mod_revision() + 1;
            }
        }
    }
    log.until = shared.watch_until.load(Ordering::SeqCst);
    shared.history.lock().watches.push(log);
}

/// An event as the history keeps it.
pub fn event_of(kind: EventType, kv: &etcd_client::KeyValue) -> Event {
    Event {
        revision: kv.mod_revision(),
        key: kv.key_str().unwrap_or("").to_string(),
        value: (kind == EventType::Put).then(|| kv.value_str().unwrap_or("").to_string()),
    }
}

/// How a write ended: without an answer, its effect is unknown.
fn write_outcome<T, E>(r: &Option<Result<T, E>>) -> Outcome {
    match r {
        Some(Ok(_)) => Outcome::Ok,
        _ => Outcome::Unknown,
    }
}

/// Grants a lease of `ttl` seconds, recorded as an operation of
/// `workload`; its ID if the grant was answered.
async fn grant(
    h: &History,
    c: &mut Client,
    workload: &'static str,
    client: usize,
    member: usize,
    ttl: i64,
) -> Option<i64> {
    let invoke = h.now();
    let grant = timed(c.lease_grant(ttl, None)).await;
    let id = grant.as_ref().and_then(|g| g.as_ref().ok()).map(|g| g.id());
    let result = id.map(|id| format!("{id:x}")).unwrap_or_default();
    let call = format!("grant {ttl} s");
    h.op(
        workload,
        client,
        member,
        call,
        invoke,
        write_outcome(&grant),
        result,
    );
    id
}

/// Lease worker `client`: a key on a 2 s lease, then the lease revoked
/// (and the key checked gone at once) or left to expire.
pub async fn leases(shared: Arc<Shared>, client: usize, rng: Rng) {
    let mut clients = Clients::new(shared.clone(), rng.fork(1));
    let mut rng = rng;
    let mut n = 0;
    while !shared.stopped() {
        tokio::time::sleep(Duration::from_millis(100 + rng.below(200))).await;
        let Some((member, mut c)) = clients.any().await else {
            back_off().await;
            continue;
        };
        let h = &shared.history;
        let record = |call: String, invoke, outcome, result: String| {
            h.op("leases", client, member, call, invoke, outcome, result)
        };
        let Some(id) = grant(h, &mut c, "leases", client, member, 2).await else {
            continue;
        };
        n += 1;
        let key = format!("/lease/{client}-{n}");
        let invoke = h.now();
        let put = timed(c.put(key.as_str(), "x", Some(PutOptions::new().with_lease(id)))).await;
        record(
            format!("put {key} on {id:x}"),
            invoke,
            write_outcome(&put),
            String::new(),
        );
        let mut leased = LeasedKey {
            lease: id,
            key: key.clone(),
            revoked: false,
        };
        if rng.below(2) == 0 {
            let invoke = h.now();
            let revoke = timed(c.lease_revoke(id)).await;
            record(
                format!("revoke {id:x}"),
                invoke,
                write_outcome(&revoke),
                String::new(),
            );
            if let Some(Ok(_)) = revoke {
                leased.revoked = true;
                let invoke = h.now();
                let get = timed(c.get(key.as_str(), None)).await;
                let found = match &get {
                    Some(Ok(r)) => Some(r.kvs().len()),
                    _ => None,
                };
                let outcome = if found.is_some() {
                    Outcome::Ok
                } else {
                    Outcome::Failed
                };
                record(
                    format!("get {key}"),
                    invoke,
                    outcome,
                    format!("{found:?} keys"),
                );
                if found.is_some_and(|n| n > 0) {
                    h.lock().live_anomalies.push(format!(
                        "lease {id:x} was revoked, yet a linearizable read then found its key {key}"
                    ));
                }
            }
        }
        h.lock().leased.push(leased);
    }
}

/// The fence key lock holders write.
pub const FENCE: &str = "/fence";
/// The lock the lockers take (its waiters' keys live under it).
pub const LOCK_PREFIX: &str = "/locks/chaos";

/// Lock worker `client`: takes the lock on a lease, writes its fence token
/// (its lock key's create revision) only if it is above the one written,
/// and unlocks.
pub async fn locker(shared: Arc<Shared>, client: usize, rng: Rng) {
    let mut clients = Clients::new(shared.clone(), rng);
    while !shared.stopped() {
        let Some((member, mut c)) = clients.any().await else {
            back_off().await;
            continue;
        };
        let h = &shared.history;
        let record = |call: String, invoke, outcome, result: String| {
            h.op("locks", client, member, call, invoke, outcome, result)
        };
        let Some(lease) = grant(h, &mut c, "locks", client, member, 3).await else {
            continue;
        };
        let invoke = h.now();
        let opts = LockOptions::new().with_lease(lease);
        let lock = timed(c.lock(LOCK_PREFIX, Some(opts))).await;
        let owner = lock
            .as_ref()
            .and_then(|l| l.as_ref().ok())
            .map(|l| l.key().to_vec());
        let result = owner
            .as_ref()
            .map(|o| String::from_utf8_lossy(o).into_owned())
            .unwrap_or_default();
        record(
            format!("lock on {lease:x}"),
            invoke,
            write_outcome(&lock),
            result,
        );
        if let Some(owner) = owner {
            fenced_write(h, client, member, &mut c, &owner).await;
            let invoke = h.now();
            let unlock = timed(c.unlock(owner)).await;
            record(
                "unlock".into(),
                invoke,
                write_outcome(&unlock),
                String::new(),
            );
        }
        let invoke = h.now();
        let revoke = timed(c.lease_revoke(lease)).await;
        record(
            format!("revoke {lease:x}"),
            invoke,
            write_outcome(&revoke),
            String::new(),
        );
    }
}

/// Writes the holder's token to the fence if the holder still owns the
/// lock and the token is above the fence's.
async fn fenced_write(h: &History, client: usize, member: usize, c: &mut Client, owner: &[u8]) {
    let invoke = h.now();
    let token = match timed(c.get(owner, None)).await {
        Some(Ok(r)) => r.kvs().first().map(|kv| kv.create_revision()),
        _ => None,
    };
    let outcome = if token.is_some() {
        Outcome::Ok
    } else {
        Outcome::Failed
    };
    h.op(
        "locks",
        client,
        member,
        "get own lock key".into(),
        invoke,
        outcome,
        format!("{token:?}"),
    );
    let Some(token) = token else { return };
    let fenced = format!("{token:020}");
    let txn = Txn::new()
        .when([
            Compare::create_revision(owner, CompareOp::Equal, token),
            Compare::value(FENCE, CompareOp::Less, fenced.as_str()),
        ])
        .and_then([TxnOp::put(FENCE, fenced.as_str(), None)]);
    let invoke = h.now();
    let r = timed(c.txn(txn)).await;
    let mut result = String::new();
    if let Some(Ok(r)) = &r {
        let rev = r.header().map_or(0, |h| h.revision());
        if r.succeeded() {
            h.ack(FENCE, &fenced, rev, true);
        }
        result = format!("succeeded {} at {rev}", r.succeeded());
    }
    let call = format!("fence {token} if owner and above");
    h.op(
        "locks",
        client,
        member,
        call,
        invoke,
        write_outcome(&r),
        result,
    );
}

/// Writes the fence's first token, below every real one.
pub async fn open_fence(c: &mut Client) {
    c.put(FENCE, format!("{:020}", 0), None)
        .await
        .expect("open fence");
}
