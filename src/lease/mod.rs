//! The lessor: keeps every lease's expiry in memory, finds expired ones
//! with a priority queue, not a scan, and keeps the deadlines to save, so
//! remaining TTLs survive a restart. The task that revokes expired leases
//! through Raft on the leader is `server::lease_expiry`: this module needs
//! only the store.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::error::Result;
use crate::store::Store;

/// The longest TTL a lease may be granted (etcd's limit), in seconds.
pub const MAX_LEASE_TTL: i64 = 9_000_000_000;
/// The shortest TTL: 1.5 election timeouts, rounded up to whole seconds
/// (etcd's rule), so a lease outlives a leader change.
pub const MIN_LEASE_TTL: i64 = 2;

struct Lease {
    ttl: i64,
    expiry: Instant,
}

#[derive(Default)]
struct State {
    leases: HashMap<i64, Lease>,
    /// (expiry, id); stale entries are skipped when popped.
    queue: BinaryHeap<Reverse<(Instant, i64)>>,
    /// Leases whose revocation has been proposed.
    revoking: HashSet<i64>,
    /// Leases renewed since the deadlines were last saved.
    dirty: HashSet<i64>,
}

impl State {
    fn set_expiry(&mut self, id: i64, expiry: Instant) {
        if let Some(l) = self.leases.get_mut(&id) {
            l.expiry = expiry;
            self.queue.push(Reverse((expiry, id)));
            self.dirty.insert(id);
        }
    }
}

/// Every lease's expiry.
pub struct Lessor {
    state: Mutex<State>,
    /// Added to deadlines when a member takes over (see `load`).
    extension: Duration,
}

fn unix_ms(at: Instant) -> u64 {
    let now_wall = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let now = Instant::now();
    let wall = if at >= now {
        now_wall + (at - now)
    } else {
        now_wall.saturating_sub(now - at)
    };
    wall.as_millis() as u64
}

fn from_unix_ms(ms: u64) -> Instant {
    let now_wall = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let wall = Duration::from_millis(ms);
    let now = Instant::now();
    if wall >= now_wall {
        now + (wall - now_wall)
    } else {
        now
    }
}

/// The leases in `store`. Each keeps the deadline this member last saved
/// for it (at most its TTL away), plus `extension`.
fn load_state(store: &Store, extension: Duration) -> Result<State> {
    let txn = store.read()?;
    let view = txn.view();
    let deadlines: HashMap<i64, u64> = view.lease_deadlines()?.into_iter().collect();
    let now = Instant::now();
    let mut state = State::default();
    for lease in view.leases()? {
        let full = now + Duration::from_secs(lease.ttl.max(0) as u64);
        let saved = deadlines.get(&lease.id).map(|ms| from_unix_ms(*ms));
        let expiry = saved.map_or(full, |s| s.min(full)) + extension;
        state.leases.insert(
            lease.id,
            Lease {
                ttl: lease.ttl,
                expiry,
            },
        );
        state.queue.push(Reverse((expiry, lease.id)));
    }
    Ok(state)
}

impl Lessor {
    /// Loads the leases in `store`. Each keeps the deadline this member
    /// last saved for it (at most its TTL away), plus `extension`: how long
    /// a lease is given on top of its TTL when a member takes over
    /// (start-up or a new leader), one election timeout, so that clients
    /// can reach the new leader before their leases run out.
    pub fn load(store: &Store, extension: Duration) -> Result<Arc<Lessor>> {
        Ok(Arc::new(Lessor {
            state: Mutex::new(load_state(store, extension)?),
            extension,
        }))
    }

    /// Replaces every lease with those in `store` (after a snapshot).
    pub fn reload(&self, store: &Store) -> Result<()> {
        let state = load_state(store, self.extension)?;
        *self.lock() = state;
        Ok(())
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A lease was granted (applied).
    pub fn granted(&self, id: i64, ttl: i64) {
        let mut s = self.lock();
        let expiry = Instant::now() + Duration::from_secs(ttl.max(0) as u64);
        s.leases.insert(id, Lease { ttl, expiry });
        s.queue.push(Reverse((expiry, id)));
        s.dirty.insert(id);
    }

    /// A lease was revoked (applied).
    pub fn revoked(&self, id: i64) {
        let mut s = self.lock();
        s.leases.remove(&id);
        s.revoking.remove(&id);
        s.dirty.remove(&id);
    }

    /// Renews a lease for its full TTL; `None` if it does not exist or has
    /// already expired.
    pub fn renew(&self, id: i64) -> Option<i64> {
        let mut s = self.lock();
        let now = Instant::now();
        let lease = s.leases.get(&id)?;
        if lease.expiry <= now || s.revoking.contains(&id) {
            return None;
        }
        let ttl = lease.ttl;
        s.set_expiry(id, now + Duration::from_secs(ttl.max(0) as u64));
        Some(ttl)
    }

    /// A lease's granted TTL and whole seconds remaining.
    pub fn time_to_live(&self, id: i64) -> Option<(i64, i64)> {
        let s = self.lock();
        let lease = s.leases.get(&id)?;
        let remaining = lease.expiry.saturating_duration_since(Instant::now());
        Some((lease.ttl, remaining.as_secs() as i64))
    }

    /// The IDs of every lease.
    pub fn ids(&self) -> Vec<i64> {
        let mut ids: Vec<i64> = self.lock().leases.keys().copied().collect();
        ids.sort_unstable();
        ids
    }

    /// Gives every lease at least one election timeout from now: a member
    /// that becomes leader did not see the renewals its predecessor got.
    /// With `full`, each lease gets its whole TTL again, as etcd does.
    pub fn promote(&self, full: bool) {
        let mut s = self.lock();
        let now = Instant::now();
        let updates: Vec<(i64, Instant)> = s
            .leases
            .iter()
            .map(|(id, l)| {
                let floor = if full {
                    now + Duration::from_secs(l.ttl.max(0) as u64) + self.extension
                } else {
                    now + self.extension
                };
                (*id, l.expiry.max(floor))
            })
            .collect();
        for (id, expiry) in updates {
            s.set_expiry(id, expiry);
        }
        s.revoking.clear();
    }

    /// Up to `max` expired leases not yet being revoked; they are marked as
    /// being revoked.
    pub(crate) fn take_expired(&self, max: usize) -> Vec<i64> {
        let mut s = self.lock();
        let now = Instant::now();
        let mut out = Vec::new();
        while out.len() < max {
            let Some(Reverse((expiry, id))) = s.queue.peek().copied() else {
                break;
            };
            if expiry > now {
                break;
            }
            s.queue.pop();
            let current = s.leases.get(&id).map(|l| l.expiry);
            if current == Some(expiry) && !s.revoking.contains(&id) {
                s.revoking.insert(id);
                out.push(id);
            }
        }
        out
    }

    /// A revocation that failed: try again later.
    pub(crate) fn retry(&self, id: i64) {
        let mut s = self.lock();
        s.revoking.remove(&id);
        let expiry = Instant::now() + Duration::from_millis(500);
        s.set_expiry(id, expiry);
    }

    pub(crate) fn take_dirty(&self) -> Vec<(i64, u64)> {
        let mut s = self.lock();
        let dirty: Vec<i64> = s.dirty.drain().collect();
        dirty
            .into_iter()
            .filter_map(|id| s.leases.get(&id).map(|l| (id, unix_ms(l.expiry))))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lessor() -> Lessor {
        Lessor {
            state: Mutex::new(State::default()),
            extension: Duration::from_secs(1),
        }
    }

    #[test]
    fn expired_leases_come_out_in_deadline_order_once() {
        let l = lessor();
        l.granted(1, 0);
        l.granted(2, 100);
        l.granted(3, 0);
        std::thread::sleep(Duration::from_millis(5));
        let mut got = l.take_expired(10);
        got.sort_unstable();
        assert_eq!(got, [1, 3]);
        assert!(
            l.take_expired(10).is_empty(),
            "each expiry is handed out once"
        );
        assert_eq!(l.renew(1), None, "a lease being revoked cannot be renewed");
        assert_eq!(l.renew(2), Some(100));
    }

    #[test]
    fn renewal_moves_the_deadline() {
        let l = lessor();
        l.granted(7, 60);
        let (ttl, remaining) = l.time_to_live(7).unwrap();
        assert_eq!((ttl, remaining), (60, 59));
        assert_eq!(l.renew(7), Some(60));
        assert!(l.take_expired(10).is_empty());
        l.revoked(7);
        assert_eq!(l.time_to_live(7), None);
    }

    #[test]
    fn revocations_are_rate_limited_per_call() {
        let l = lessor();
        for id in 0..50 {
            l.granted(id, 0);
        }
        std::thread::sleep(Duration::from_millis(5));
        assert_eq!(l.take_expired(20).len(), 20);
        assert_eq!(l.take_expired(100).len(), 30);
    }
}
