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
    let detail = match kind {
        Kind::KillRandom => {
            let i = *rng.pick(&cluster.running());
            cluster.kill(i);
            publish(cluster, shared);
            tokio::time::sleep(hold).await;
            cluster.restart(i);
            format!("m{i}")
        }
        Kind::KillLeader => {
            let Some(i) = cluster.leader().await else {
                return skipped(kind, shared, start);
            };
            cluster.kill(i);
            publish(cluster, shared);
            tokio::time::sleep(hold).await;
            cluster.restart(i);
            format!("m{i}")
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
            format!("{all:?}")
        }
        Kind::PauseLeader | Kind::PauseFollower => {
            let leader = cluster.leader().await;
            let target = if kind == Kind::PauseLeader {
                leader
            } else {
                let followers: Vec<usize> = cluster
                    .running()
                    .into_iter()
                    .filter(|i| Some(*i) != leader)
                    .collect();
                (!followers.is_empty()).then(|| *rng.pick(&followers))
            };
            let Some(i) = target else {
                return skipped(kind, shared, start);
            };
            cluster.pause(i, true);
            tokio::time::sleep(hold).await;
            cluster.pause(i, false);
            format!("m{i}")
        }
        Kind::PartitionMinority | Kind::IsolateLeader => {
            let target = if kind == Kind::IsolateLeader {
                cluster.leader().await
            } else {
                Some(*rng.pick(&cluster.members()))
            };
            let Some(i) = target else {
                return skipped(kind, shared, start);
            };
            cluster.net.partition(&[i]);
            tokio::time::sleep(hold).await;
            cluster.net.heal();
            format!("m{i} | rest")
        }
        Kind::Bridge => {
            // a and b cannot talk; the bridge talks to both.
            let members = cluster.members();
            if members.len() < 3 {
                return skipped(kind, shared, start);
            }
            let bridge = cluster.leader().await.unwrap_or(members[0]);
            let others: Vec<usize> = members.into_iter().filter(|&m| m != bridge).collect();
            cluster.net.cut(others[0], others[1]);
            tokio::time::sleep(hold).await;
            cluster.net.heal();
            format!("m{} - m{bridge} - m{}", others[0], others[1])
        }
        Kind::LeaderCannotSend => {
            let Some(l) = cluster.leader().await else {
                return skipped(kind, shared, start);
            };
            for m in cluster.members() {
                if m != l {
                    cluster.net.block(l, m);
                }
            }
            tokio::time::sleep(hold).await;
            cluster.net.heal();
            format!("m{l} -> rest dropped")
        }
        Kind::SlowLinks => {
            cluster
                .net
                .slow(Duration::from_millis(20), Duration::from_millis(100));
            tokio::time::sleep(hold).await;
            cluster.net.heal();
            "all links".to_string()
        }
        Kind::LossyLinks => {
            cluster.net.lossy(20);
            tokio::time::sleep(hold).await;
            cluster.net.heal();
            "2% of chunks reset their connection".to_string()
        }
        Kind::RemoveAndReadd => match remove_and_readd(cluster, shared, rng).await {
            Ok(detail) => detail,
            Err(e) => format!("not completed: {e}"),
        },
        Kind::LearnerPromoted => match learner_promoted(cluster, shared, rng).await {
            Ok(detail) => detail,
            Err(e) => format!("not completed: {e}"),
        },
        Kind::TornLogWrite => {
            let i = *rng.pick(&cluster.running());
            cluster.kill(i);
            let after = (5 + rng.below(40)).to_string();
            cluster.spawn(
                i,
                "new",
                &[
                    ("KVD_FAILPOINT", "torn-log-write"),
                    ("KVD_FAILPOINT_AFTER", after.as_str()),
                ],
            );
            publish(cluster, shared);
            let mut torn = false;
            for _ in 0..(hold.as_millis() / 50).max(1) * 4 {
                if cluster.exited(i) {
                    torn = true;
                    break;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            cluster.restart(i);
            format!(
                "m{i}: {}",
                if torn {
                    "torn and restarted"
                } else {
                    "no write came; restarted"
                }
            )
        }
    };
    publish(cluster, shared);
    Fault {
        kind: kind.name(),
        detail,
        start,
        end: shared.history.now(),
    }
}

fn skipped(kind: Kind, shared: &Shared, start: u64) -> Fault {
    Fault {
        kind: kind.name(),
        detail: "skipped: no leader known".to_string(),
        start,
        end: shared.history.now(),
    }
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
    let i = *rng.pick(&cluster.members());
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
    cluster.spawn(i, "existing", &[]);
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
    cluster.spawn(free, "existing", &[]);
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
    let gone = *rng.pick(&others);
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
