//! Lease expiry on the leader: revokes expired leases through Raft (so
//! every member deletes the same keys at the same revision), at most
//! etcd's rate so a mass expiry cannot stall writes; on every member,
//! saves renewed deadlines so remaining TTLs survive a restart.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::lease::Lessor;
use crate::proto::etcdserverpb::LeaseRevokeRequest;
use crate::proto::kvdpb::internal_request::Request;
use crate::raft::{RaftHandle, TICK};
use crate::store::Store;

/// How many leases may be revoked per second (etcd's rate).
const REVOKES_PER_SECOND: usize = 1000;
/// How often deadlines are saved.
const SAVE_EVERY: Duration = Duration::from_millis(500);

/// Runs the lessor's duties for a member: while it leads, revoke expired
/// leases (rate-limited); always, save renewed deadlines.
pub async fn run(lessor: Arc<Lessor>, raft: RaftHandle, store: Store, member_id: u64) {
    let per_tick = (REVOKES_PER_SECOND as u32 * TICK.as_millis() as u32 / 1000).max(1) as usize;
    let mut ticker = tokio::time::interval(TICK);
    let mut leading = false;
    let mut seen_other_leader = false;
    let mut last_save = Instant::now();
    loop {
        ticker.tick().await;
        let leader = raft.status().leader();
        if leader != 0 && leader != member_id {
            seen_other_leader = true;
        }
        let now_leading = leader == member_id;
        if now_leading && !leading {
            // Restarted alone, this member's saved deadlines hold; taking
            // over from another leader, they may be stale.
            lessor.promote(seen_other_leader);
        }
        leading = now_leading;
        if leading && !crate::hooks::planted(crate::hooks::PlantedBug::LeasesNeverExpire) {
            for id in lessor.take_expired(per_tick) {
                let (raft, lessor) = (raft.clone(), lessor.clone());
                tokio::spawn(async move {
                    let req = Request::LeaseRevoke(LeaseRevokeRequest { id });
                    match raft.propose(req).await {
                        Ok(_) | Err(Error::LeaseNotFound) => {}
                        Err(e) => {
                            tracing::warn!("revoking expired lease {id:016x}: {e}; will retry");
                            lessor.retry(id);
                        }
                    }
                });
            }
        }
        if last_save.elapsed() >= SAVE_EVERY {
            last_save = Instant::now();
            save_deadlines(&lessor, &store).await;
        }
    }
}

async fn save_deadlines(lessor: &Lessor, store: &Store) {
    let dirty = lessor.take_dirty();
    if dirty.is_empty() {
        return;
    }
    let store = store.clone();
    let saved = tokio::task::spawn_blocking(move || -> Result<()> {
        let mut txn = store.write()?;
        txn.set_lease_deadlines(&dirty)?;
        txn.commit()?;
        Ok(())
    })
    .await;
    if let Ok(Err(e)) = saved {
        tracing::warn!("saving lease deadlines: {e}");
    }
}
