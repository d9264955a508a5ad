//! Failed Authenticate attempts, per user name: after a few in a row,
//! further attempts are refused without checking the password until a
//! pause (doubling with each failure, capped) has passed, so that a
//! password cannot be guessed at bcrypt's full speed. A success clears the
//! name's record. Names come from the network, so the table is bounded.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failures allowed in a row before attempts must wait.
const FREE_FAILURES: u32 = 3;
/// The first pause; each further failure doubles it.
const FIRST_PAUSE: Duration = Duration::from_millis(500);
/// The longest pause.
const LONGEST_PAUSE: Duration = Duration::from_secs(30);
/// Names tracked at once.
const MAX_NAMES: usize = 10_000;

#[derive(Debug, Clone, Copy)]
struct Record {
    failures: u32,
    wait_until: Instant,
}

/// The failed attempts of recent names.
#[derive(Default)]
pub struct Failures {
    names: Mutex<HashMap<String, Record>>,
}

impl Failures {
    /// How long `name` must still wait before its password is checked
    /// again; `None` if it may try now.
    pub fn must_wait(&self, name: &str, now: Instant) -> Option<Duration> {
        let names = self.names.lock().unwrap_or_else(|p| p.into_inner());
        let record = names.get(name)?;
        (record.wait_until > now).then(|| record.wait_until - now)
    }

    /// Records a wrong password (or unknown user) for `name`; returns the
    /// pause now imposed, if any.
    pub fn failed(&self, name: &str, now: Instant) -> Option<Duration> {
        let mut names = self.names.lock().unwrap_or_else(|p| p.into_inner());
        if names.len() >= MAX_NAMES && !names.contains_key(name) {
            names.retain(|_, r| r.wait_until > now);
            if names.len() >= MAX_NAMES {
                return None;
            }
        }
        let record = names.entry(name.to_string()).or_insert(Record {
            failures: 0,
            wait_until: now,
        });
        record.failures += 1;
        let pause = pause_after(record.failures)?;
        record.wait_until = now + pause;
        Some(pause)
    }

    /// A correct password for `name`: its slate is clean.
    pub fn succeeded(&self, name: &str) {
        let mut names = self.names.lock().unwrap_or_else(|p| p.into_inner());
        names.remove(name);
    }
}

/// The pause after `failures` in a row.
fn pause_after(failures: u32) -> Option<Duration> {
    let beyond = failures.checked_sub(FREE_FAILURES)?.checked_sub(1);
    let doublings = beyond.map_or(0, |b| b.min(16));
    Some((FIRST_PAUSE * 2u32.pow(doublings)).min(LONGEST_PAUSE))
        .filter(|_| failures > FREE_FAILURES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_failures_are_free_then_pauses_double_up_to_a_cap() {
        assert_eq!(pause_after(1), None);
        assert_eq!(pause_after(3), None);
        assert_eq!(pause_after(4), Some(FIRST_PAUSE));
        assert_eq!(pause_after(5), Some(FIRST_PAUSE * 2));
        assert_eq!(pause_after(6), Some(FIRST_PAUSE * 4));
        assert_eq!(pause_after(40), Some(LONGEST_PAUSE));
    }

    #[test]
    fn a_name_waits_after_repeated_failures_and_a_success_clears_it() {
        let f = Failures::default();
        let t = Instant::now();
        for _ in 0..3 {
            assert_eq!(f.failed("eve", t), None);
        }
        assert_eq!(f.must_wait("eve", t), None);
        assert_eq!(f.failed("eve", t), Some(FIRST_PAUSE));
        assert_eq!(f.must_wait("eve", t), Some(FIRST_PAUSE));
        assert_eq!(f.must_wait("eve", t + FIRST_PAUSE), None);
        assert_eq!(f.must_wait("bob", t), None, "per name");
        f.succeeded("eve");
        assert_eq!(f.must_wait("eve", t), None);
    }

    #[test]
    fn the_table_stays_bounded() {
        let f = Failures::default();
        let t = Instant::now();
        for i in 0..MAX_NAMES + 50 {
            f.failed(&format!("n{i}"), t);
        }
        assert!(f.names.lock().unwrap().len() <= MAX_NAMES);
    }
}
