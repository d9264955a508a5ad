//! Fault injection with consistency checking: a kvd cluster on loopback,
//! a proxy on every peer link, concurrent clients recording every
//! operation, faults on a schedule (kills, pauses, partitions, slow and
//! lossy links, membership changes, a torn log write), and checkers over
//! the history: linearizability of registers, the bank's invariant total,
//! watchers against the store's history, acknowledged writes kept, leases'
//! keys gone, fenced lock writes in order, members' keyspaces equal.
//!
//! `KVD_CHAOS_SECS` sets how long faults are injected (75 s by default,
//! the CI run); a soak sets, say, 1800. `KVD_CHAOS_SEED` repeats a run's
//! choices. Each run writes `summary.txt`, `history.jsonl` and, when a
//! checker fails, `anomalies.txt` (with the minimal failing sub-history)
//! under `target/tmp/chaos/<run>/`. The planted-bug tests show each checker
//! catching the bug it exists for.

mod check;
mod cluster;
mod faults;
mod history;
mod linearizable;
mod net;
mod rng;
mod workload;

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use etcd_client::{GetOptions, WatchOptions};

use check::Anomaly;
use cluster::{connect, Cluster};
use faults::Kind;
use history::{Event, History};
use rng::Rng;
use workload::Shared;

/// What one run does.
struct Plan {
    name: &'static str,
    /// How long faults are injected.
    faulting: Duration,
    kinds: Vec<Kind>,
    /// Environment of every member (planted bugs).
    env: Vec<(&'static str, &'static str)>,
    /// How long a fault is held, at least and at most, in ms.
    hold_ms: (u64, u64),
}

/// What a run found.
struct Report {
    anomalies: Vec<Anomaly>,
    summary: String,
}

impl Report {
    fn count(&self, checker: &str) -> usize {
        self.anomalies
            .iter()
            .filter(|a| a.checker == checker)
            .count()
    }
}

fn seed() -> u64 {
    std::env::var("KVD_CHAOS_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        })
}

/// Members, slots (one spare for a learner), and the log kept short so
/// that members also catch up by snapshot.
const MEMBERS: usize = 3;
const SLOTS: usize = 4;
const MEMBER_FLAGS: &[&str] = &["--snapshot-count", "300"];

/// Runs take the machine's two cores: one at a time.
static ONE_RUN: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

async fn run(plan: Plan) -> Report {
    let _one = ONE_RUN.lock().await;
    let seed = seed();
    let mut rng = Rng::new(seed);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("chaos")
        .join(format!("{}-seed{seed}", plan.name));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("run directory");
    let mut cluster =
        Cluster::start(dir.join("cluster"), MEMBERS, SLOTS, &plan.env, MEMBER_FLAGS).await;
    let shared = Arc::new(Shared {
        history: History::new(),
        stop: AtomicBool::new(false),
        endpoints: Mutex::new(Vec::new()),
    });
    faults::publish(&cluster, &shared);
    let mut setup = ready_client(&cluster).await;
    let opened_at = workload::open_bank(&mut setup).await;
    workload::open_fence(&mut setup).await;

    let mut workers = Vec::new();
    for c in 0..4 {
        workers.push(tokio::spawn(workload::registers(
            shared.clone(),
            c,
            rng.fork(10 + c as u64),
        )));
    }
    for c in 0..2 {
        workers.push(tokio::spawn(workload::bank(
            shared.clone(),
            c,
            opened_at,
            rng.fork(20 + c as u64),
        )));
        workers.push(tokio::spawn(workload::watcher(
            shared.clone(),
            c,
            1,
            rng.fork(30 + c as u64),
        )));
        workers.push(tokio::spawn(workload::locker(
            shared.clone(),
            c,
            rng.fork(40 + c as u64),
        )));
    }
    workers.push(tokio::spawn(workload::leases(
        shared.clone(),
        0,
        rng.fork(50),
    )));

    // Faults, one after another, with a breath between them.
    let mut crashes = Vec::new();
    let until = Instant::now() + plan.faulting;
    let mut round = 0;
    while Instant::now() < until {
        let kind = plan.kinds[round % plan.kinds.len()];
        round += 1;
        let hold =
            Duration::from_millis(plan.hold_ms.0 + rng.below(plan.hold_ms.1 - plan.hold_ms.0 + 1));
        let fault = faults::inject(kind, &mut cluster, &shared, hold, &mut rng).await;
        println!(
            "[{:>7.1} s] {}: {}",
            fault.start as f64 / 1e9,
            fault.kind,
            fault.detail
        );
        shared.history.lock().faults.push(fault);
        tokio::time::sleep(Duration::from_millis(1000 + rng.below(1000))).await;
        for i in cluster.running() {
            if cluster.exited(i) {
                crashes.push(format!(
                    "m{i} exited on its own:\n{}",
                    tail(&cluster.log_of(i), 30)
                ));
                cluster.restart(i);
            }
        }
        faults::publish(&cluster, &shared);
    }

    // Heal everything and let the clients run on a healthy cluster.
    cluster.net.heal();
    cluster.resume_all();
    if let Err(e) = cluster.reconcile().await {
        crashes.push(format!("after the faults: {e}"));
    }
    faults::publish(&cluster, &shared);
    let healed_at = shared.history.now();
    tokio::time::sleep(Duration::from_secs(5)).await;
    shared.stop.store(true, Ordering::SeqCst);
    for w in workers {
        let _ = tokio::time::timeout(Duration::from_secs(15), w).await;
    }

    let mut anomalies: Vec<Anomaly> = crashes
        .into_iter()
        .map(|text| Anomaly {
            checker: "crash",
            text,
            evidence: None,
        })
        .collect();
    let members = cluster.members();
    anomalies.extend(leases_gone(&cluster, &members, &shared).await);
    let (revision, converge) = converged(&cluster, &members).await;
    anomalies.extend(converge);
    let mut per_member = Vec::new();
    for &m in &members {
        match read_back(&cluster.slots[m].endpoint(), revision).await {
            Ok(h) => per_member.push((m, h)),
            Err(e) => anomalies.push(Anomaly {
                checker: "history",
                text: format!("m{m}'s history could not be read back: {e}"),
                evidence: None,
            }),
        }
    }
    let record = std::mem::take(&mut *shared.history.lock());
    let history = check::majority(&per_member)
        .map(|(_, h)| h.clone())
        .unwrap_or_default();
    let (linearizability, gave_up) = check::registers(&record);
    anomalies.extend(linearizability);
    anomalies.extend(check::bank(&record));
    anomalies.extend(check::histories(&per_member));
    anomalies.extend(check::watchers(&record, &history));
    anomalies.extend(check::acknowledged(&record, &history));
    anomalies.extend(check::fence(&history));
    anomalies.extend(record.live_anomalies.iter().map(|t| Anomaly {
        checker: "leases",
        text: t.clone(),
        evidence: None,
    }));

    let summary = summarize(
        &plan,
        seed,
        &record,
        &anomalies,
        gave_up,
        healed_at,
        revision,
        history.len(),
    );
    std::fs::write(dir.join("summary.txt"), &summary).expect("summary");
    history::write_jsonl(&record, &dir.join("history.jsonl")).expect("history");
    if !anomalies.is_empty() {
        let mut text = String::new();
        for a in &anomalies {
            let _ = writeln!(text, "[{}] {}", a.checker, a.text);
            if let Some(e) = &a.evidence {
                let _ = writeln!(text, "{e}");
            }
        }
        std::fs::write(dir.join("anomalies.txt"), text).expect("anomalies");
    }
    drop(cluster);
    if anomalies.is_empty() {
        // Logs stay; the data directories are kept only to investigate.
        for entry in std::fs::read_dir(dir.join("cluster"))
            .into_iter()
            .flatten()
            .flatten()
        {
            if entry.path().is_dir() {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
    println!("{summary}\n(run directory: {})", dir.display());
    Report { anomalies, summary }
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// A client once a member answers with a leader known.
async fn ready_client(cluster: &Cluster) -> etcd_client::Client {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        for i in cluster.running() {
            if let Some(mut c) = connect(&cluster.slots[i].endpoint()).await {
                if let Ok(s) = c.status().await {
                    if s.leader() != 0 && c.put("/ready", "", None).await.is_ok() {
                        return c;
                    }
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the cluster never elected a leader:\n{}", cluster.log_of(0));
}

/// How long after the faults every lease (TTL 2 or 3 s) must be gone: a
/// new leader extends the leases it takes over by an election timeout.
const LEASES_EXPIRE_WITHIN: Duration = Duration::from_secs(20);

/// Keys of leases that were revoked or left to expire must be gone from
/// every member once the TTLs have run out.
async fn leases_gone(cluster: &Cluster, members: &[usize], shared: &Shared) -> Vec<Anomaly> {
    let deadline = Instant::now() + LEASES_EXPIRE_WITHIN;
    let mut left = Vec::new();
    while Instant::now() < deadline {
        left.clear();
        for &m in members {
            let Some(mut c) = connect(&cluster.slots[m].endpoint()).await else {
                left.push(format!("m{m} did not answer"));
                continue;
            };
            let opts = GetOptions::new()
                .with_prefix()
                .with_serializable()
                .with_keys_only();
            match c.get("/lease/", Some(opts)).await {
                Ok(r) if r.kvs().is_empty() => {}
                Ok(r) => left.push(format!(
                    "m{m} still has {} leased keys, first {}",
                    r.kvs().len(),
                    r.kvs()[0].key_str().unwrap_or("?")
                )),
                Err(e) => left.push(format!("m{m}: {e}")),
            }
        }
        if left.is_empty() {
            return Vec::new();
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let leased = shared.history.lock().leased.len();
    left.into_iter()
        .map(|text| Anomaly {
            checker: "leases",
            text: format!(
                "{text} {} s after the faults ({leased} leased keys were written)",
                LEASES_EXPIRE_WITHIN.as_secs()
            ),
            evidence: None,
        })
        .collect()
}

/// Waits until every member reports the same revision; then their
/// keyspace hashes at it must agree. Returns that revision.
async fn converged(cluster: &Cluster, members: &[usize]) -> (i64, Vec<Anomaly>) {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut revisions = Vec::new();
    while Instant::now() < deadline {
        revisions.clear();
        for &m in members {
            let rev = match connect(&cluster.slots[m].endpoint()).await {
                Some(mut c) => {
                    let opts = GetOptions::new().with_serializable().with_count_only();
                    c.get("/", Some(opts))
                        .await
                        .ok()
                        .and_then(|r| r.header().map(|h| h.revision()))
                }
                None => None,
            };
            revisions.push(rev);
        }
        let first = revisions[0];
        if first.is_some() && revisions.iter().all(|r| *r == first) {
            let revision = first.unwrap_or(0);
            return (revision, hashes_agree(cluster, members, revision).await);
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let text = format!("members never reached one revision: {revisions:?}");
    (
        0,
        vec![Anomaly {
            checker: "convergence",
            text,
            evidence: None,
        }],
    )
}

async fn hashes_agree(cluster: &Cluster, members: &[usize], revision: i64) -> Vec<Anomaly> {
    let mut hashes = Vec::new();
    for &m in members {
        let hash = match connect(&cluster.slots[m].endpoint()).await {
            Some(mut c) => c
                .hash_kv(revision)
                .await
                .map(|h| h.hash())
                .map_err(|e| e.to_string()),
            None => Err("no connection".to_string()),
        };
        hashes.push((m, hash));
    }
    if hashes.iter().all(|(_, h)| h.is_ok() && *h == hashes[0].1) {
        return Vec::new();
    }
    let text = format!("HashKV at revision {revision} differs: {hashes:?}");
    vec![Anomaly {
        checker: "convergence",
        text,
        evidence: None,
    }]
}

/// Every event from revision 1 to `until`, as `endpoint` stores them.
async fn read_back(endpoint: &str, until: i64) -> Result<Vec<Event>, String> {
    let mut c = connect(endpoint).await.ok_or("no connection")?;
    let opts = WatchOptions::new().with_prefix().with_start_revision(1);
    let mut stream = c.watch("/", Some(opts)).await.map_err(|e| e.to_string())?;
    let mut events = Vec::new();
    let mut seen = 0;
    while seen < until {
        let message = tokio::time::timeout(Duration::from_secs(10), stream.message())
            .await
            .map_err(|_| format!("stalled after revision {seen}"))?;
        let resp = message.map_err(|e| e.to_string())?.ok_or("stream ended")?;
        for e in resp.events() {
            if let Some(kv) = e.kv() {
                seen = kv.mod_revision();
                if seen <= until {
                    events.push(workload::event_of(e.event_type(), kv));
                }
            }
        }
        if resp.events().is_empty()
            && resp.header().is_some_and(|h| h.revision() >= until)
            && !resp.created()
        {
            break;
        }
    }
    Ok(events)
}

#[allow(clippy::too_many_arguments)]
fn summarize(
    plan: &Plan,
    seed: u64,
    record: &history::Record,
    anomalies: &[Anomaly],
    gave_up: usize,
    healed_at: u64,
    revision: i64,
    events: usize,
) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "chaos run {} (seed {seed}): {:.0} s of faults, {} members",
        plan.name,
        plan.faulting.as_secs_f64(),
        MEMBERS
    );
    let _ = writeln!(s, "operations (ok / failed / unknown):");
    for (w, t) in &record.tally {
        let _ = writeln!(
            s,
            "  {w:<10} {:>6} / {:>5} / {:>5}",
            t.ok, t.failed, t.unknown
        );
    }
    let _ = writeln!(s, "  register operations checked: {}; watchers' events: {}; history: {events} events to revision {revision}",
        record.registers.len(),
        record.watches.iter().map(|w| w.events.len()).sum::<usize>());
    let mut kinds: std::collections::BTreeMap<&str, usize> = Default::default();
    for f in &record.faults {
        *kinds.entry(f.kind).or_default() += 1;
    }
    let _ = writeln!(s, "faults ({}):", record.faults.len());
    for (k, n) in kinds {
        let _ = writeln!(s, "  {n:>3} x {k}");
    }
    let mut times = record.write_times.clone();
    times.sort_unstable();
    let longest = times.windows(2).map(|w| w[1] - w[0]).max().unwrap_or(0);
    let last_fault = record.faults.last().map_or(healed_at, |f| f.end);
    let recovered = times
        .iter()
        .find(|&&t| t >= last_fault)
        .map(|t| t - last_fault);
    let _ = writeln!(
        s,
        "longest time without an acknowledged write: {:.2} s",
        longest as f64 / 1e9
    );
    match recovered {
        Some(r) => {
            let _ = writeln!(
                s,
                "time to recover (first acknowledged write after the last fault ended): {:.2} s",
                r as f64 / 1e9
            );
        }
        None => {
            let _ = writeln!(
                s,
                "no write was acknowledged after the last fault was healed"
            );
        }
    }
    if gave_up > 0 {
        let _ = writeln!(s, "linearizability: the search gave up on {gave_up} keys (too many concurrent operations)");
    }
    let _ = writeln!(s, "anomalies: {}", anomalies.len());
    for a in anomalies.iter().take(20) {
        let _ = writeln!(s, "  [{}] {}", a.checker, a.text);
    }
    s
}

fn faulting_secs(default: u64) -> Duration {
    Duration::from_secs(
        std::env::var("KVD_CHAOS_SECS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(default),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_of_every_kind_leave_no_anomaly() {
    let report = run(Plan {
        name: "every-fault",
        faulting: faulting_secs(75),
        kinds: Kind::ALL.to_vec(),
        env: vec![],
        hold_ms: (1000, 3000),
    })
    .await;
    assert!(report.anomalies.is_empty(), "{}", report.summary);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stale_read_is_caught_by_the_linearizability_checker() {
    let report = run(Plan {
        name: "planted-stale-read",
        faulting: Duration::from_secs(20),
        kinds: vec![Kind::IsolateLeader, Kind::PartitionMinority],
        env: vec![("KVD_PLANTED_BUG", "stale-read")],
        hold_ms: (3000, 4000),
    })
    .await;
    assert!(report.count("linearizability") > 0, "{}", report.summary);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_watch_event_is_caught_by_the_watch_checker() {
    let report = run(Plan {
        name: "planted-watch-drop",
        faulting: Duration::from_secs(8),
        kinds: vec![Kind::KillRandom],
        env: vec![("KVD_PLANTED_BUG", "watch-drop-event")],
        hold_ms: (1000, 1000),
    })
    .await;
    assert!(report.count("watch") > 0, "{}", report.summary);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn leases_that_never_expire_are_caught_by_the_lease_checker() {
    let report = run(Plan {
        name: "planted-leases-never-expire",
        faulting: Duration::from_secs(6),
        kinds: vec![Kind::KillRandom],
        env: vec![("KVD_PLANTED_BUG", "leases-never-expire")],
        hold_ms: (1000, 1000),
    })
    .await;
    assert!(report.count("leases") > 0, "{}", report.summary);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_acknowledged_before_quorum_is_caught_as_lost() {
    let report = run(Plan {
        name: "planted-ack-before-quorum",
        faulting: Duration::from_secs(20),
        kinds: vec![Kind::IsolateLeader],
        env: vec![("KVD_PLANTED_BUG", "ack-before-quorum")],
        hold_ms: (3000, 4000),
    })
    .await;
    let lost = report
        .anomalies
        .iter()
        .filter(|a| a.text.starts_with("lost acknowledged write"))
        .count();
    assert!(lost > 0, "{}", report.summary);
}
