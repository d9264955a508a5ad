//! Failed Authenticate attempts, per user: attempts for one user are
//! checked one at a time, and after a few failures in a row each attempt
//! first waits out a pause (doubling with each failure, capped), so that a
//! password cannot be guessed at bcrypt's full speed, however many
//! connections ask at once. Waiting, not refusing: a stranger's guesses
//! slow the real user down but cannot lock them out. Only existing users
//! are tracked, so the table is as small as the user list.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Failures allowed in a row before attempts must wait.
const FREE_FAILURES: u32 = 3;
/// The first pause; each further failure doubles it.
const FIRST_PAUSE: Duration = Duration::from_millis(500);
/// The longest pause.
const LONGEST_PAUSE: Duration = Duration::from_secs(30);

struct Record {
    failures: u32,
    wait_until: Option<Instant>,
    /// Held while one attempt for this user is checked.
    turn: Arc<tokio::sync::Mutex<()>>,
}

/// The failed attempts of users.
#[derive(Default)]
pub struct Failures {
    users: Mutex<HashMap<String, Record>>,
}

impl Failures {
    /// The lock an attempt for `user` holds while it is checked.
    pub fn turn(&self, user: &str) -> Arc<tokio::sync::Mutex<()>> {
        let mut users = self.users.lock().unwrap_or_else(|p| p.into_inner());
        users
            .entry(user.to_string())
            .or_insert_with(|| Record {
                failures: 0,
                wait_until: None,
                turn: Arc::default(),
            })
            .turn
            .clone()
    }

    /// Until when `user`'s next attempt must wait, if it must.
    pub fn wait_until(&self, user: &str) -> Option<Instant> {
        let users = self.users.lock().unwrap_or_else(|p| p.into_inner());
        users.get(user)?.wait_until
    }

    /// Records a wrong password for `user`; returns the pause its next
    /// attempt will wait, if any.
    pub fn failed(&self, user: &str, now: Instant) -> Option<Duration> {
        let mut users = self.users.lock().unwrap_or_else(|p| p.into_inner());
        let record = users.get_mut(user)?;
        record.failures += 1;
        let pause = pause_after(record.failures)?;
        record.wait_until = Some(now + pause);
        Some(pause)
    }

    /// A correct password for `user`: its slate is clean.
    pub fn succeeded(&self, user: &str) {
        let mut users = self.users.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(record) = users.get_mut(user) {
            record.failures = 0;
            record.wait_until = None;
        }
    }
}

/// The pause after `failures` in a row.
fn pause_after(failures: u32) -> Option<Duration> {
    let beyond = failures.checked_sub(FREE_FAILURES + 1)?;
    Some((FIRST_PAUSE * 2u32.pow(beyond.min(16))).min(LONGEST_PAUSE))
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
    fn a_user_waits_after_repeated_failures_and_a_success_clears_it() {
        let f = Failures::default();
        let t = Instant::now();
        let _ = f.turn("eve");
        for _ in 0..3 {
            assert_eq!(f.failed("eve", t), None);
        }
        assert_eq!(f.wait_until("eve"), None);
        assert_eq!(f.failed("eve", t), Some(FIRST_PAUSE));
        assert_eq!(f.wait_until("eve"), Some(t + FIRST_PAUSE));
        assert_eq!(f.wait_until("bob"), None, "per user");
        f.succeeded("eve");
        assert_eq!(f.wait_until("eve"), None);
    }

    #[test]
    fn only_users_given_a_turn_are_tracked() {
        let f = Failures::default();
        assert_eq!(f.failed("stranger", Instant::now()), None);
        assert!(f.users.lock().unwrap().is_empty());
    }
}
