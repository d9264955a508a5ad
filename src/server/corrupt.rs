//! The CORRUPT check (etcd's `--experimental-corrupt-check-time`): every
//! interval the leader asks each member, over the peer port, for its
//! keyspace hash at the leader's revision, and raises CORRUPT through Raft
//! for each member whose hash differs from the one a majority gave (with
//! the same compaction). A member not there yet, or not answering, sits
//! the round out. With `--experimental-initial-corrupt-check`, a member
//! starting compares its own hash with each peer's before it serves
//! clients, and refuses to start on a difference (as etcd).

use std::collections::HashMap;
use std::time::Duration;

use super::Ctx;
use crate::proto::etcdserverpb::{alarm_request::AlarmAction, AlarmRequest, AlarmType};
use crate::proto::kvdpb::internal_request::Request as Internal;
use crate::proto::kvdpeer::peer_client::PeerClient;
use crate::proto::kvdpeer::HashRequest;
use crate::store::meta;

/// How long one member's answer may take.
const ASK_TIMEOUT: Duration = Duration::from_secs(5);

/// Checks every `every` until the member stops.
pub async fn run(ctx: Ctx, every: Duration, peer_tls: Option<crate::tls::ClientTls>) {
    loop {
        tokio::time::sleep(every).await;
        if ctx.raft.status().leader() != ctx.member_id {
            continue;
        }
        for member in check_once(&ctx, peer_tls.as_ref()).await {
            raise(&ctx, member).await;
        }
    }
}

/// Before serving clients: this member's (hash, compaction) at its own
/// revision against each peer's at the same revision. A peer with the
/// same compaction and another hash stops the start; a peer that cannot
/// answer (down, or not at that revision yet) is skipped with a warning.
pub async fn check_initial(
    ctx: &Ctx,
    tls: Option<&crate::tls::ClientTls>,
) -> Result<(), super::ServeError> {
    let (revision, members) = {
        let txn = ctx.store.read().map_err(crate::error::Error::from)?;
        let view = txn.view();
        (
            view.current_rev().map_err(crate::error::Error::from)?,
            meta::members(view).map_err(crate::error::Error::from)?,
        )
    };
    let own = super::maintenance::keyspace_hash(&ctx.store, revision)?;
    let mut differing = Vec::new();
    for m in members.iter().filter(|m| m.id != ctx.member_id) {
        let Some(url) = m.peer_urls.first() else {
            continue;
        };
        match ask(url, tls, revision).await {
            Some((hash, compacted)) if compacted == own.compacted && hash != own.hash => {
                tracing::error!(
                    peer = format!("{:x}", m.id),
                    revision,
                    own = own.hash,
                    theirs = hash,
                    "the peer's keyspace hash differs from this member's"
                );
                differing.push(format!("{:x}", m.id));
            }
            Some(_) => {}
            None => tracing::warn!(
                peer = format!("{:x}", m.id),
                "cannot fetch the peer's keyspace hash; skipped by the initial corruption check"
            ),
        }
    }
    if differing.is_empty() {
        tracing::info!(revision, "initial corruption check passed");
        return Ok(());
    }
    Err(super::ServeError::Inconsistent {
        member: ctx.member_id,
        peers: differing.join(", "),
    })
}

/// The members whose hash differs from the majority's, this round.
async fn check_once(ctx: &Ctx, tls: Option<&crate::tls::ClientTls>) -> Vec<u64> {
    let Ok((revision, members)) = ctx
        .store
        .read()
        .and_then(|t| Ok((t.view().current_rev()?, meta::members(t.view())?)))
    else {
        return Vec::new();
    };
    let mut answers = Vec::new();
    for m in &members {
        let Some(url) = m.peer_urls.first() else {
            continue;
        };
        if let Some(answer) = ask(url, tls, revision).await {
            answers.push((m.id, answer));
        }
    }
    suspects(&answers, members.len())
}

/// One member's (hash, compaction) at `revision`, if it answers.
async fn ask(url: &str, tls: Option<&crate::tls::ClientTls>, revision: i64) -> Option<(u32, i64)> {
    let asked = async {
        let channel = crate::tls::connect(url, tls, Some(ASK_TIMEOUT))
            .await
            .ok()?;
        let reply = PeerClient::new(channel)
            .hash(HashRequest { revision })
            .await
            .ok()?
            .into_inner();
        Some((reply.hash, reply.compact_revision))
    };
    tokio::time::timeout(ASK_TIMEOUT, asked)
        .await
        .ok()
        .flatten()
}

/// Of `answers` (member, (hash, compaction)) from a cluster of `size`,
/// the members that disagree with a majority having the same compaction.
fn suspects(answers: &[(u64, (u32, i64))], size: usize) -> Vec<u64> {
    let mut votes: HashMap<(u32, i64), usize> = HashMap::new();
    for (_, answer) in answers {
        *votes.entry(*answer).or_default() += 1;
    }
    let Some((&(hash, compacted), &count)) = votes.iter().max_by_key(|(_, n)| **n) else {
        return Vec::new();
    };
    if count <= size / 2 {
        return Vec::new();
    }
    answers
        .iter()
        .filter(|(_, (h, c))| *c == compacted && *h != hash)
        .map(|(id, _)| *id)
        .collect()
}

async fn raise(ctx: &Ctx, member_id: u64) {
    tracing::error!(
        member = format!("{member_id:x}"),
        "the member's keyspace hash differs from the majority's: raising CORRUPT"
    );
    let request = AlarmRequest {
        action: AlarmAction::Activate as i32,
        member_id,
        alarm: AlarmType::Corrupt as i32,
    };
    if let Err(e) = ctx.raft.propose(Internal::Alarm(request)).await {
        tracing::warn!("raising CORRUPT: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_member_off_the_majority_is_suspected() {
        let agree = (7, 0);
        assert_eq!(suspects(&[(1, agree), (2, agree), (3, (8, 0))], 3), [3]);
        assert!(suspects(&[(1, agree), (2, agree), (3, agree)], 3).is_empty());
    }

    #[test]
    fn without_a_majority_or_with_another_compaction_nobody_is() {
        assert!(suspects(&[(1, (7, 0)), (2, (8, 0))], 3).is_empty());
        assert!(suspects(&[(1, (7, 0)), (2, (7, 0)), (3, (9, 5))], 3).is_empty());
    }
}
