//! The faults a run injects, one at a time on a schedule: each is applied,
//! held for a while under load, and undone, and the history notes when.

use std::time::Duration;

use crate::cluster::{Change, Cluster};
use crate::history::Fault;
use crate::rng::Rng;
use crate::workload::Shared;

/// Every kind of fault the harness injects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    KillRandom,
    KillLeader,
    KillAll,
    PauseLeader,
    PauseFollower,
    PartitionMinority,
    IsolateLeader,
    Bridge,
    LeaderCannotSend,
    SlowLinks,
    LossyLinks,
    RemoveAndReadd,
    LearnerPromoted,
    TornLogWrite,
}

impl Kind {
    /// All of them, in the order a short run goes through them.
    pub const ALL: &'static [Kind] = &[
        Kind::KillLeader,
        Kind::PartitionMinority,
        Kind::PauseLeader,
        Kind::Bridge,
        Kind::KillRandom,
        Kind::IsolateLeader,
        Kind::SlowLinks,
        Kind::LeaderCannotSend,
        Kind::RemoveAndReadd,
        Kind::PauseFollower,
        Kind::LossyLinks,
        Kind::TornLogWrite,
        Kind::LearnerPromoted,
        Kind::KillAll,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::KillRandom => "kill -9 a member",
            Kind::KillLeader => "kill -9 the leader",
            Kind::KillAll => "kill -9 every member",
            Kind::PauseLeader => "SIGSTOP the leader",
            Kind::PauseFollower => "SIGSTOP a follower",
            Kind::PartitionMinority => "partition: one member from the rest",
            Kind::IsolateLeader => "partition: the leader from the rest",
            Kind::Bridge => "partition: bridge (two sides share one member)",
            Kind::LeaderCannotSend => "one-way: the leader's messages dropped",
            Kind::SlowLinks => "slow links: 20-120 ms per chunk",
            Kind::LossyLinks => "lossy links: connections reset",
            Kind::RemoveAndReadd => "membership: remove a member, wipe it, add it back",
            Kind::LearnerPromoted => "membership: add a learner, promote it, remove another",
            Kind::TornLogWrite => "crash mid log write (torn record), restart",
        }
    }
}

/// Applies fault `kind`, holds it for `hold`, and undoes it; returns the
/// fault as the history keeps it.
pub async fn inject(
    kind: Kind,
    cluster: &mut Cluster,
    shared: &Shared,
    hold: Duration,
    rng: &mut Rng,
) -> Fault {
    let start = shared.history.now();
    let (completed, detail) = match apply(kind, cluster, shared, hold, rng).await {
        Ok(detail) => (true, detail),
        Err(why) => (false, format!("not completed: {why}")),
    };
    publish(cluster, shared);
    Fault {
        kind: kind.name(),
        detail,
        start,
        end: shared.history.now(),
        completed,
    }
}

/// One of `items`, or why there is none.
fn any_of(items: &[usize], rng: &mut Rng, what: &str) -> Result<usize, String> {
    if items.is_empty() {
        return Err(format!("no {what}"));
    }
    Ok(*rng.pick(items))
}

async fn apply(
    kind: Kind,
    cluster: &mut Cluster,
    shared: &Shared,
    hold: Duration,
    rng: &mut Rng,
) -> Result<String, String> {
    let leader = || async { cluster.leader().await.ok_or("no leader known") };
    match kind {
        Kind::KillRandom | Kind::KillLeader => {
            let i = if kind == Kind::KillLeader {
                leader().await?
            } else {
                any_of(&cluster.running(), rng, "running member")?
            };
            cluster.kill(i);
            publish(cluster, shared);
            tokio::time::sleep(hold).await;
            cluster.restart(i);
            Ok(format!("m{i}"))
        }
        Kind::KillAll => {
            let all = cluster.running();
            for &i in &all {
                cluster.kill(i);
            }
            publish(cluster, shared);
            tokio::time::sleep(hold / 2).await;
            for &i in &all {
                cluster.restart(i);
            }
            Ok(format!("{all:?}"))
        }
        Kind::PauseLeader | Kind::PauseFollower => {
            let l = leader().await?;
            let i = if kind == Kind::PauseLeader {
                l
            } else {
                let followers: Vec<usize> =
                    cluster.running().into_iter().filter(|i| *i != l).collect();
                any_of(&followers, rng, "running follower")?
            };
            cluster.pause(i, true);
            tokio::time::sleep(hold).await;
            cluster.pause(i, false);
            Ok(format!("m{i}"))
        }
        Kind::PartitionMinority | Kind::IsolateLeader => {
            // Stalled links for a minority, dropped ones for a leader: a
            // drop also resets what was in flight.
            let (i, drop) = if kind == Kind::IsolateLeader {
                (leader().await?, true)
            } else {
                (any_of(&cluster.running(), rng, "running member")?, false)
            };
            cluster.net.partition(&[i], drop);
            tokio::time::sleep(hold).await;
            cluster.net.heal();
            Ok(format!(
                "m{i} | rest{}",
                if drop { " (dropped)" } else { " (stalled)" }
            ))
        }
        Kind::Bridge => {
            // a and b cannot talk; the bridge, any member, talks to both.
            let members = cluster.members();
            if members.len() < 3 {
                return Err("fewer than 3 members".into());
            }
            let bridge = *rng.pick(&members);
            let others: Vec<usize> = members.into_iter().filter(|&m| m != bridge).collect();
            cluster.net.cut(others[0], others[1]);
            tokio::time::sleep(hold).await;
            cluster.net.heal();
            Ok(format!("m{} - m{bridge} - m{}", others[0], others[1]))
        }
        Kind::LeaderCannotSend => {
            let l = leader().await?;
            for m in cluster.members() {
                if m != l {
                    cluster.net.block(l, m, true);
                }
            }
            tokio::time::sleep(hold).await;
            cluster.net.heal();
            Ok(format!("m{l} -> rest dropped"))
        }
        Kind::SlowLinks => {
            cluster
                .net
                .slow(Duration::from_millis(20), Duration::from_millis(100));
            tokio::time::sleep(hold).await;
            cluster.net.heal();
            Ok("all links".to_string())
        }
        Kind::LossyLinks => {
            cluster.net.lossy(20);
            tokio::time::sleep(hold).await;
            cluster.net.heal();
            Ok("2% of chunks reset their connection".to_string())
        }
        Kind::RemoveAndReadd => {
            let r = remove_and_readd(cluster, shared, rng).await;
            settle_membership(cluster, r).await
        }
        Kind::LearnerPromoted => {
            let r = learner_promoted(cluster, shared, rng).await;
            settle_membership(cluster, r).await
        }
        Kind::TornLogWrite => {
            let i = any_of(&cluster.running(), rng, "running member")?;
            cluster.kill(i);
            let after = (5 + rng.below(40)).to_string();
            let env = [
                ("KVD_FAILPOINT", "torn-log-write"),
                ("KVD_FAILPOINT_AFTER", after.as_str()),
            ];
            let logged = cluster.log_of(i).matches(TORN).count();
            cluster.spawn_with(i, &env);
            publish(cluster, shared);
            for _ in 0..(hold.as_millis() / 50).max(1) * 4 {
                if cluster.exited(i) {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            let torn = cluster.log_of(i).matches(TORN).count() > logged;
            cluster.restart(i);
            if torn {
                Ok(format!("m{i}: torn and restarted"))
            } else {
                Err(format!("m{i} did not reach the crash point; restarted"))
            }
        }
    }
}

/// What kvd prints at the torn-write crash point.
const TORN: &str = "failpoint torn-log-write reached";

/// After a membership change, whatever its outcome, the slots follow what
/// the cluster says (a change may have been applied after its answer was
/// lost).
async fn settle_membership(
    cluster: &mut Cluster,
    result: Result<String, String>,
) -> Result<String, String> {
    if let Err(why) = &result {
        if let Err(e) = cluster.reconcile().await {
            return Err(format!("{why}; then {e}"));
        }
    }
    result
}

/// Tells the workers which members run now.
pub fn publish(cluster: &Cluster, shared: &Shared) {
    let endpoints = cluster
        .running()
        .into_iter()
        .map(|i| (i, cluster.slots[i].endpoint()))
        .collect();
    *shared.endpoints.lock().unwrap() = endpoints;
}

const CHANGE_WITHIN: Duration = Duration::from_secs(20);

/// Removes a random member, wipes its slot, and adds it back as a new
/// member with an empty data directory.
async fn remove_and_readd(
    cluster: &mut Cluster,
    shared: &Shared,
    rng: &mut Rng,
) -> Result<String, String> {
    let i = any_of(&cluster.members(), rng, "member")?;
    let id = cluster.member_id(i).await.ok_or("its ID is unknown")?;
    cluster
        .change_members(Change::Remove(id), CHANGE_WITHIN)
        .await?;
    cluster.set_member(i, false);
    cluster.wipe(i);
    publish(cluster, shared);
    tokio::time::sleep(Duration::from_millis(500)).await;
    cluster
        .change_members(Change::AddVoter(i), CHANGE_WITHIN)
        .await?;
    cluster.set_member(i, true);
    cluster.join(i);
    Ok(format!("m{i} ({id:x}) removed and added back"))
}

/// Adds a learner in a free slot, promotes it once it has caught up, then
/// removes a random other member (leader included) and wipes its slot.
async fn learner_promoted(
    cluster: &mut Cluster,
    shared: &Shared,
    rng: &mut Rng,
) -> Result<String, String> {
    let free = (0..cluster.slots.len())
        .find(|&i| !cluster.slots[i].member)
        .ok_or("no free slot")?;
    let id = cluster
        .change_members(Change::AddLearner(free), CHANGE_WITHIN)
        .await?;
    cluster.set_member(free, true);
    cluster.join(free);
    publish(cluster, shared);
    // A learner is promoted only once it has caught up.
    cluster
        .change_members(Change::Promote(id), CHANGE_WITHIN)
        .await?;
    let others: Vec<usize> = cluster
        .members()
        .into_iter()
        .filter(|&m| m != free)
        .collect();
    let gone = any_of(&others, rng, "other member")?;
    let gone_id = cluster.member_id(gone).await.ok_or("its ID is unknown")?;
    cluster
        .change_members(Change::Remove(gone_id), CHANGE_WITHIN)
        .await?;
    cluster.set_member(gone, false);
    cluster.wipe(gone);
    Ok(format!(
        "m{free} ({id:x}) added and promoted; m{gone} removed"
    ))
}
