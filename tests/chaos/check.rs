//! The checkers: each reads the run's record (and the history read back
//! from every member at the end) and returns the anomalies it finds, each
//! a line of text plus, for a linearizability failure, the smallest
//! sub-history that shows it.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::history::{Event, Record};
use crate::linearizable::{self, Verdict};
use crate::workload::{ACCOUNTS, FENCE, LOCK_PREFIX, OPENING_BALANCE};

/// Search steps the linearizability checker may take per key.
const SEARCH_BUDGET: u64 = 20_000_000;

/// One finding.
#[derive(Debug, Clone)]
pub struct Anomaly {
    /// Which checker found it.
    pub checker: &'static str,
    pub text: String,
    /// A sub-history to look at, if the checker has one.
    pub evidence: Option<String>,
}

fn anomaly(checker: &'static str, text: String) -> Anomaly {
    Anomaly {
        checker,
        text,
        evidence: None,
    }
}

/// Every register key's history must be linearizable; returns what it
/// found and how many keys it checked. A key the search gives up on is an
/// anomaly too: unchecked is not passed.
pub fn registers(record: &Record) -> (Vec<Anomaly>, usize) {
    let mut by_key: BTreeMap<usize, Vec<linearizable::Op>> = BTreeMap::new();
    for r in &record.registers {
        by_key.entry(r.key).or_default().push(r.op.clone());
    }
    let mut found = Vec::new();
    let keys = by_key.len();
    for (key, ops) in by_key {
        match linearizable::check(None, &ops, SEARCH_BUDGET) {
            Verdict::Linearizable => {}
            Verdict::GaveUp => found.push(anomaly(
                "linearizability",
                format!(
                    "register /reg/{key}: the search gave up after {SEARCH_BUDGET} steps on {} operations; unchecked",
                    ops.len()
                ),
            )),
            Verdict::Violation { ops } => found.push(Anomaly {
                checker: "linearizability",
                text: format!(
                    "register /reg/{key}: not linearizable; {} operations show it",
                    ops.len()
                ),
                evidence: Some(with_members(record, &ops)),
            }),
        }
    }
    (found, keys)
}

/// A sub-history as `describe` renders it, each line followed by the
/// member that served the operation.
fn with_members(record: &Record, ops: &[linearizable::Op]) -> String {
    let mut sorted = ops.to_vec();
    sorted.sort_by_key(|o| (o.invoke, o.client));
    let text = linearizable::describe(&sorted);
    text.lines()
        .zip(&sorted)
        .map(|(line, op)| {
            let member = record
                .registers
                .iter()
                .find(|r| r.op.client == op.client && r.op.invoke == op.invoke)
                .map_or("?".to_string(), |r| format!("m{}", r.member));
            format!("{line}  (on {member})\n")
        })
        .collect()
}

/// Every read of all accounts finds them all, with the opening total.
pub fn bank(record: &Record) -> Vec<Anomaly> {
    let total = ACCOUNTS as i64 * OPENING_BALANCE;
    record
        .bank_reads
        .iter()
        .filter(|r| r.accounts != ACCOUNTS || r.total != total)
        .map(|r| {
            anomaly(
                "bank",
                format!(
                    "client {} read {} accounts totalling {} (expected {ACCOUNTS} and {total}) at revision {}{} from m{}",
                    r.client,
                    r.accounts,
                    r.total,
                    r.revision,
                    if r.historical { " (a past revision)" } else { "" },
                    r.member
                ),
            )
        })
        .collect()
}

/// The history most members read back: the one the other checkers hold
/// the clients to (a member that differs is reported by `histories`).
pub fn majority(per_member: &[(usize, Vec<Event>)]) -> Option<&(usize, Vec<Event>)> {
    per_member
        .iter()
        .max_by_key(|(_, h)| per_member.iter().filter(|(_, o)| o == h).count())
}

/// The history read back from each member must be the same, in revision
/// order, one event per key and revision.
pub fn histories(per_member: &[(usize, Vec<Event>)]) -> Vec<Anomaly> {
    let mut found = Vec::new();
    let Some((first, reference)) = majority(per_member) else {
        return vec![anomaly(
            "history",
            "no member's history was read back".into(),
        )];
    };
    for (m, h) in per_member {
        let mut seen = HashSet::new();
        let mut last = 0;
        for e in h {
            if e.revision < last || !seen.insert((e.revision, e.key.clone())) {
                found.push(anomaly(
                    "history",
                    format!("m{m}'s history is out of order or repeats at {e:?}"),
                ));
                break;
            }
            last = e.revision;
        }
        if h != reference {
            let at = first_difference(reference, h);
            found.push(anomaly(
                "history",
                format!(
                    "m{m}'s history differs from m{first}'s at event {at}: {:?} against {:?}",
                    h.get(at),
                    reference.get(at)
                ),
            ));
        }
    }
    found
}

fn first_difference(a: &[Event], b: &[Event]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// Each watcher saw exactly the store's history from where it started to
/// the revision it was told to reach: nothing missing (at the end
/// either), repeated or reordered; and no cancellation (nothing compacts).
pub fn watchers(record: &Record, history: &[Event]) -> Vec<Anomaly> {
    let mut found = Vec::new();
    for w in &record.watches {
        for c in &w.cancels {
            found.push(anomaly(
                "watch",
                format!("watcher {} was cancelled {c}", w.watcher),
            ));
        }
        let last = w.until;
        let expected: Vec<&Event> = history
            .iter()
            .filter(|e| e.revision >= w.from && e.revision <= last)
            .collect();
        let got: Vec<&Event> = w.events.iter().collect();
        if got != expected {
            let at = got
                .iter()
                .zip(&expected)
                .take_while(|(a, b)| a == b)
                .count();
            found.push(anomaly(
                "watch",
                format!(
                    "watcher {} ({} reconnects) saw {} events up to revision {last}, the store has {}; first difference at event {at}: saw {:?}, store has {:?}",
                    w.watcher,
                    w.reconnects,
                    got.len(),
                    expected.len(),
                    got.get(at),
                    expected.get(at)
                ),
            ));
        }
    }
    found
}

/// Every acknowledged write is in the history at the revision it was
/// acknowledged with.
pub fn acknowledged(record: &Record, history: &[Event]) -> Vec<Anomaly> {
    let at: HashSet<(i64, &str, &str)> = history
        .iter()
        .filter_map(|e| Some((e.revision, e.key.as_str(), e.value.as_deref()?)))
        .collect();
    let anywhere: HashMap<(&str, &str), i64> = history
        .iter()
        .filter_map(|e| Some(((e.key.as_str(), e.value.as_deref()?), e.revision)))
        .collect();
    let mut found = Vec::new();
    for a in &record.acks {
        if at.contains(&(a.revision, a.key.as_str(), a.value.as_str())) {
            continue;
        }
        match anywhere.get(&(a.key.as_str(), a.value.as_str())) {
            Some(rev) if a.unique => found.push(anomaly(
                "durability",
                format!(
                    "{} = {} was acknowledged at revision {} but written at {rev}",
                    a.key, a.value, a.revision
                ),
            )),
            _ => found.push(anomaly(
                "durability",
                format!(
                    "lost acknowledged write: {} = {} at revision {} is not in the history",
                    a.key, a.value, a.revision
                ),
            )),
        }
    }
    found
}

/// Lock holders' fenced writes went in token order, and each was made by
/// the holder: at the revision of a fence write, the token is the create
/// revision of the oldest live key under the lock's prefix (etcd's lock
/// recipe: the oldest waiter holds it).
pub fn locks(history: &[Event]) -> Vec<Anomaly> {
    let mut live: BTreeMap<&str, i64> = BTreeMap::new();
    let mut last = String::new();
    let mut found = Vec::new();
    for e in history {
        if e.key.starts_with(LOCK_PREFIX) {
            match e.value {
                Some(_) => {
                    live.entry(e.key.as_str()).or_insert(e.revision);
                }
                None => {
                    live.remove(e.key.as_str());
                }
            }
            continue;
        }
        if e.key != FENCE {
            continue;
        }
        let Some(v) = &e.value else { continue };
        if *v <= last {
            found.push(anomaly(
                "locks",
                format!(
                    "fence written out of order at revision {}: {v} after {last}",
                    e.revision
                ),
            ));
        }
        last = v.clone();
        let token: i64 = v.parse().unwrap_or(-1);
        let holder = live.values().min().copied();
        if token != 0 && Some(token) != holder {
            found.push(anomaly(
                "locks",
                format!(
                    "fence {token} written at revision {} while the lock's holder had token {holder:?}",
                    e.revision
                ),
            ));
        }
    }
    found
}

/// The accounts, replayed through the history, hold the opening total
/// after every revision that touched them.
pub fn bank_history(history: &[Event]) -> Vec<Anomaly> {
    let total = ACCOUNTS as i64 * OPENING_BALANCE;
    let mut balances: BTreeMap<&str, i64> = BTreeMap::new();
    let mut found = Vec::new();
    let bank: Vec<&Event> = history
        .iter()
        .filter(|e| e.key.starts_with("/bank/"))
        .collect();
    for (i, e) in bank.iter().enumerate() {
        match &e.value {
            Some(v) => balances.insert(e.key.as_str(), v.parse().unwrap_or(i64::MIN / 4)),
            None => balances.remove(e.key.as_str()),
        };
        let revision_done = bank.get(i + 1).is_none_or(|n| n.revision != e.revision);
        let sum: i64 = balances.values().sum();
        if revision_done && (balances.len() != ACCOUNTS || sum != total) {
            found.push(anomaly(
                "bank",
                format!(
                    "after revision {} the history holds {} accounts totalling {sum}",
                    e.revision,
                    balances.len()
                ),
            ));
            break;
        }
    }
    found
}

/// A value written once appears once in the history (no write applied
/// twice), and every register value in it was sent by a client (nothing
/// made up).
pub fn unique_values(record: &Record, history: &[Event]) -> Vec<Anomaly> {
    let sent: HashSet<&str> = record
        .registers
        .iter()
        .filter_map(|r| match &r.op.call {
            linearizable::Call::Write(v) => Some(v.as_str()),
            linearizable::Call::Cas { new, .. } => Some(new.as_str()),
            _ => None,
        })
        .collect();
    let mut seen: HashMap<(&str, &str), i64> = HashMap::new();
    let mut found = Vec::new();
    for e in history {
        let Some(v) = &e.value else { continue };
        let unique = e.key.starts_with("/reg/") || e.key == FENCE;
        if !unique {
            continue;
        }
        if let Some(first) = seen.insert((e.key.as_str(), v.as_str()), e.revision) {
            found.push(anomaly(
                "history",
                format!(
                    "{} = {v} written twice, at revisions {first} and {}",
                    e.key, e.revision
                ),
            ));
        }
        if e.key.starts_with("/reg/") && !sent.contains(v.as_str()) {
            found.push(anomaly(
                "history",
                format!(
                    "{} = {v} at revision {} was never sent by a client",
                    e.key, e.revision
                ),
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::{Ack, WatchLog};

    fn ev(revision: i64, key: &str, value: &str) -> Event {
        Event {
            revision,
            key: key.into(),
            value: Some(value.into()),
        }
    }

    #[test]
    fn a_watcher_missing_an_event_is_reported_and_one_that_saw_all_is_not() {
        let history = vec![ev(2, "/a", "1"), ev(3, "/b", "2"), ev(4, "/a", "3")];
        let mut record = Record::default();
        record.watches.push(WatchLog {
            watcher: 0,
            from: 1,
            until: 4,
            events: history.clone(),
            reconnects: 0,
            cancels: Vec::new(),
        });
        assert!(watchers(&record, &history).is_empty());
        record.watches[0].events.remove(1);
        assert_eq!(watchers(&record, &history).len(), 1);
        // Missing the last event: short of where it was told to get.
        record.watches[0].events = history[..2].to_vec();
        assert_eq!(watchers(&record, &history).len(), 1);
    }

    #[test]
    fn an_acknowledged_write_missing_from_the_history_is_lost() {
        let history = vec![ev(2, "/a", "1")];
        let mut record = Record::default();
        let ack = |revision, value: &str| Ack {
            key: "/a".into(),
            value: value.into(),
            revision,
            unique: true,
        };
        record.acks.push(ack(2, "1"));
        assert!(acknowledged(&record, &history).is_empty());
        record.acks.push(ack(3, "2"));
        let found = acknowledged(&record, &history);
        assert_eq!(found.len(), 1);
        assert!(found[0].text.starts_with("lost"), "{}", found[0].text);
    }

    #[test]
    fn a_bank_read_with_another_total_or_a_missing_account_is_reported() {
        let read = |accounts, total| crate::history::BankRead {
            client: 0,
            member: 0,
            revision: 9,
            historical: false,
            accounts,
            total,
        };
        let mut record = Record::default();
        record
            .bank_reads
            .push(read(ACCOUNTS, ACCOUNTS as i64 * OPENING_BALANCE));
        assert!(bank(&record).is_empty());
        record
            .bank_reads
            .push(read(ACCOUNTS, ACCOUNTS as i64 * OPENING_BALANCE + 1));
        record
            .bank_reads
            .push(read(ACCOUNTS - 1, ACCOUNTS as i64 * OPENING_BALANCE));
        assert_eq!(bank(&record).len(), 2);
    }

    #[test]
    fn fence_tokens_must_rise_and_come_from_the_holder() {
        let lock = |rev, n: u32| ev(rev, &format!("{LOCK_PREFIX}/{n}"), "");
        let unlock = |rev, n: u32| Event {
            revision: rev,
            key: format!("{LOCK_PREFIX}/{n}"),
            value: None,
        };
        let good = [
            lock(2, 1),
            ev(3, FENCE, "2"),
            lock(4, 2),
            unlock(5, 1),
            ev(6, FENCE, "4"),
        ];
        assert!(locks(&good).is_empty(), "{:?}", locks(&good));
        // Token 4 written while key 1 (token 2) still held the lock.
        let two_holders = [lock(2, 1), lock(4, 2), ev(5, FENCE, "4")];
        assert_eq!(locks(&two_holders).len(), 1);
        let backwards = [
            lock(2, 1),
            ev(3, FENCE, "2"),
            unlock(4, 1),
            ev(5, FENCE, "1"),
        ];
        assert!(!locks(&backwards).is_empty());
    }

    #[test]
    fn a_replayed_bank_that_loses_money_is_reported() {
        let open: Vec<Event> = (0..ACCOUNTS)
            .map(|a| ev(2, &format!("/bank/{a}"), &OPENING_BALANCE.to_string()))
            .collect();
        assert!(bank_history(&open).is_empty());
        let mut lossy = open.clone();
        lossy.push(ev(3, "/bank/0", "90"));
        assert_eq!(bank_history(&lossy).len(), 1);
    }

    #[test]
    fn a_value_applied_twice_or_never_sent_is_reported() {
        let record = Record::default();
        let twice = [ev(2, FENCE, "5"), ev(3, FENCE, "5")];
        assert_eq!(unique_values(&record, &twice).len(), 1);
        let made_up = [ev(2, "/reg/0", "c9-9")];
        assert_eq!(unique_values(&record, &made_up).len(), 1);
    }

    #[test]
    fn members_with_different_histories_are_reported() {
        let a = vec![ev(2, "/a", "1")];
        let b = vec![ev(2, "/a", "2")];
        assert!(histories(&[(0, a.clone()), (1, a.clone())]).is_empty());
        assert_eq!(histories(&[(0, a), (1, b)]).len(), 1);
    }
}
