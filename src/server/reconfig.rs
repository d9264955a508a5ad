//! etcd's strict reconfiguration check (`--strict-reconfig-check`): a
//! membership change is refused when it would leave the cluster without a
//! quorum of started, connected voters. A member counts as started once it
//! has published its name (one just added has not), and as active once
//! this member has been connected to it for `HEALTH_INTERVAL`.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::proto::kvdpb::MemberRecord;

/// How long a peer must have been connected to count as active (etcd's
/// health interval).
pub const HEALTH_INTERVAL: Duration = Duration::from_secs(5);

/// The cluster as the member checking a change sees it.
pub struct Quorum<'a> {
    /// Every member, learners included.
    pub members: &'a [MemberRecord],
    /// The member checking (always connected to itself).
    pub me: u64,
    /// Since when this member has been connected to each peer it is
    /// connected to now.
    pub connected: &'a HashMap<u64, Instant>,
    /// The time of the check.
    pub now: Instant,
}

impl Quorum<'_> {
    fn voters(&self) -> impl Iterator<Item = &MemberRecord> {
        self.members.iter().filter(|m| !m.is_learner)
    }

    fn started(m: &MemberRecord) -> bool {
        !m.name.is_empty()
    }

    fn connected(&self, id: u64) -> bool {
        id == self.me || self.connected.contains_key(&id)
    }

    fn active(&self, id: u64) -> bool {
        id == self.me
            || self
                .connected
                .get(&id)
                .is_some_and(|since| self.now.saturating_duration_since(*since) >= HEALTH_INTERVAL)
    }

    /// Whether a member may be added: a new voter must not leave fewer
    /// started voters than a quorum, and every voter must be active.
    pub fn check_add(&self, learner: bool) -> Result<()> {
        if !learner {
            let members = self.voters().count() + 1;
            let started = self.voters().filter(|m| Self::started(m)).count();
            let growing_from_one = started == 1 && members == 2;
            if !growing_from_one && started < members / 2 + 1 {
                return Err(Error::NotEnoughStarted);
            }
        }
        if !self.voters().all(|m| self.active(m.id)) {
            return Err(Error::Unhealthy);
        }
        Ok(())
    }

    /// Whether member `id` may be removed: the voters left must hold a
    /// quorum of started ones, and (unless it is down already) removing it
    /// must leave a quorum of active ones.
    pub fn check_remove(&self, id: u64) -> Result<()> {
        let Some(target) = self.members.iter().find(|m| m.id == id) else {
            return Ok(());
        };
        if target.is_learner {
            return Ok(());
        }
        let voters = self.voters().count();
        let left = voters.saturating_sub(1);
        let started = self
            .voters()
            .filter(|m| m.id != id && Self::started(m))
            .count();
        if started < left / 2 + 1 {
            return Err(Error::NotEnoughStarted);
        }
        if !self.connected(id) {
            // A member that is down is not part of the active quorum.
            return Ok(());
        }
        let active = self.voters().filter(|m| self.active(m.id)).count();
        if active.saturating_sub(1) < 1 + (voters - 1) / 2 {
            return Err(Error::Unhealthy);
        }
        Ok(())
    }

    /// Whether learner `id` may be promoted: with it as a voter (counted
    /// as started), the started voters must still be a quorum.
    pub fn check_promote(&self, id: u64) -> Result<()> {
        let members = self.voters().count() + 1;
        let started = self.voters().filter(|m| Self::started(m)).count() + 1;
        if self.members.iter().any(|m| m.id == id) && started < members / 2 + 1 {
            return Err(Error::NotEnoughStarted);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(id: u64, name: &str, learner: bool) -> MemberRecord {
        MemberRecord {
            id,
            name: name.into(),
            is_learner: learner,
            ..Default::default()
        }
    }

    fn three() -> Vec<MemberRecord> {
        vec![
            member(1, "a", false),
            member(2, "b", false),
            member(3, "c", false),
        ]
    }

    /// The cluster as member 1 sees it, connected to each `(peer, seconds)`
    /// for that long.
    struct Seen {
        members: Vec<MemberRecord>,
        connected: HashMap<u64, Instant>,
        now: Instant,
    }

    impl Seen {
        fn new(members: &[MemberRecord], connected: &[(u64, u64)]) -> Seen {
            let now = Instant::now() + Duration::from_secs(60);
            let connected = connected
                .iter()
                .map(|(id, secs)| (*id, now - Duration::from_secs(*secs)))
                .collect();
            Seen {
                members: members.to_vec(),
                connected,
                now,
            }
        }

        fn quorum(&self) -> Quorum<'_> {
            Quorum {
                members: &self.members,
                me: 1,
                connected: &self.connected,
                now: self.now,
            }
        }
    }

    #[test]
    fn adding_needs_every_voter_active_for_the_health_interval() {
        let all = Seen::new(&three(), &[(2, 10), (3, 10)]);
        assert_eq!(all.quorum().check_add(false), Ok(()));
        assert_eq!(all.quorum().check_add(true), Ok(()));
        let one_down = Seen::new(&three(), &[(2, 10)]);
        assert_eq!(one_down.quorum().check_add(false), Err(Error::Unhealthy));
        assert_eq!(one_down.quorum().check_add(true), Err(Error::Unhealthy));
        let just_back = Seen::new(&three(), &[(2, 10), (3, 2)]);
        assert_eq!(just_back.quorum().check_add(false), Err(Error::Unhealthy));
    }

    #[test]
    fn removing_a_healthy_member_with_one_down_breaks_quorum() {
        let one_down = Seen::new(&three(), &[(2, 10)]);
        assert_eq!(one_down.quorum().check_remove(2), Err(Error::Unhealthy));
        assert_eq!(
            one_down.quorum().check_remove(3),
            Ok(()),
            "the member that is down may go"
        );
        let all = Seen::new(&three(), &[(2, 10), (3, 10)]);
        assert_eq!(all.quorum().check_remove(2), Ok(()));
    }

    #[test]
    fn members_never_started_do_not_count_towards_quorum() {
        // Three voters and a fourth added but never started.
        let mut members = three();
        members.push(member(4, "", false));
        let four = Seen::new(&members, &[(2, 10), (3, 10)]);
        assert_eq!(four.quorum().check_add(false), Err(Error::Unhealthy));
        assert_eq!(four.quorum().check_remove(3), Ok(()));
        // With one of the started ones gone, 2 of 3 voters are started.
        members.retain(|m| m.id != 3);
        let three_left = Seen::new(&members, &[(2, 10), (3, 10)]);
        assert_eq!(
            three_left.quorum().check_remove(2),
            Err(Error::NotEnoughStarted)
        );
        assert_eq!(
            three_left.quorum().check_add(false),
            Err(Error::NotEnoughStarted)
        );
    }

    #[test]
    fn a_one_member_cluster_may_grow_and_learners_may_always_go() {
        let alone = Seen::new(&[member(1, "a", false)], &[]);
        assert_eq!(alone.quorum().check_add(false), Ok(()));
        let with_learner = Seen::new(&[member(1, "a", false), member(9, "", true)], &[]);
        assert_eq!(with_learner.quorum().check_remove(9), Ok(()));
        assert_eq!(with_learner.quorum().check_promote(9), Ok(()));
    }
}
