//! The Maintenance service: status, alarms, defragment, hashes, backups
//! (Snapshot) and leadership transfer. Downgrade (etcd 3.5) is answered as
//! not supported.

use sha2::Digest as _;
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Request, Response, Status};

use super::status::{not_offered, to_status, unary, RpcResult};
use super::Ctx;
use crate::error::{Error, Result};
use crate::proto::etcdserverpb::alarm_request::AlarmAction;
use crate::proto::etcdserverpb::maintenance_server::Maintenance;
use crate::proto::etcdserverpb::*;
use crate::proto::kvdpb::internal_request::Request as Internal;

/// The etcd version whose API kvd speaks, reported as the member's version.
pub const ETCD_API_VERSION: &str = "3.4.0";

/// The `etcdserverpb.Maintenance` service.
pub struct MaintenanceService {
    ctx: Ctx,
}

impl MaintenanceService {
    /// The service over a member's context.
    pub fn new(ctx: Ctx) -> Self {
        MaintenanceService { ctx }
    }

    fn status(&self) -> Result<StatusResponse> {
        let raft = self.ctx.raft.status();
        Ok(StatusResponse {
            header: self.ctx.header_now()?,
            version: ETCD_API_VERSION.to_string(),
            db_size: self.ctx.store.size() as i64,
            leader: raft.leader(),
            raft_index: raft.commit(),
            raft_term: raft.term(),
            raft_applied_index: self.ctx.raft.applied_index(),
            errors: self.alarm_texts(),
            db_size_in_use: self.ctx.store.size_in_use() as i64,
            is_learner: false,
            storage_version: String::new(),
            db_size_quota: self.ctx.limits.quota_backend_bytes as i64,
            downgrade_info: None,
        })
    }

    /// Alarms are derived from state: NOSPACE while the database is over
    /// its quota or the disk is full, CORRUPT once damaged data was read.
    /// Every alarm: those raised through Raft, and this member's own
    /// (a full disk, corruption seen).
    pub(super) fn alarms(&self) -> Vec<AlarmMember> {
        let mut alarms = self
            .ctx
            .store
            .read()
            .and_then(|t| crate::store::meta::alarms(t.view()))
            .unwrap_or_default();
        let local = [
            (self.ctx.store.space().exhausted(), AlarmType::Nospace),
            (crate::store::corruption_seen(), AlarmType::Corrupt),
        ];
        for (on, alarm) in local {
            let member = AlarmMember {
                member_id: self.ctx.member_id,
                alarm: alarm as i32,
            };
            if on && !alarms.contains(&member) {
                alarms.push(member);
            }
        }
        alarms
    }

    async fn list_alarms(&self) -> Result<AlarmResponse> {
        self.ctx.raft.linearizable_barrier().await?;
        // etcd 3.4 answers alarm requests without a header.
        Ok(AlarmResponse {
            header: None,
            alarms: self.alarms(),
        })
    }

    async fn change_alarm(&self, r: AlarmRequest) -> Result<AlarmResponse> {
        let changed: AlarmResponse = self
            .ctx
            .raft
            .propose(Internal::Alarm(r))
            .await?
            .try_into()?;
        Ok(AlarmResponse {
            header: None,
            alarms: changed.alarms,
        })
    }

    /// The alarms as etcd's Status lists them.
    fn alarm_texts(&self) -> Vec<String> {
        self.alarms()
            .iter()
            .map(|a| {
                let name = AlarmType::try_from(a.alarm).map_or("NONE", |t| t.as_str_name());
                format!("memberID:{} alarm:{name} ", a.member_id)
            })
            .collect()
    }

    /// The hash of the replicated state as stored now.
    fn backend_hash(&self) -> Result<HashResponse> {
        let txn = self.ctx.store.read()?;
        let view = txn.view();
        Ok(HashResponse {
            header: self.ctx.header_at(view.current_rev()?),
            hash: view.backend_hash()?,
        })
    }

    /// The keyspace hash at `revision` (0: now), with etcd's revision checks.
    fn hash_kv(&self, revision: i64) -> Result<HashKvResponse> {
        let h = keyspace_hash(&self.ctx.store, revision)?;
        Ok(HashKvResponse {
            header: self.ctx.header_at(h.current),
            hash: h.hash,
            compact_revision: h.compacted,
            hash_revision: h.revision,
        })
    }

    /// Hands leadership to `target` and waits until it leads.
    async fn move_leader(&self, target: u64) -> Result<MoveLeaderResponse> {
        use crate::error::Error;
        self.ctx.require_leader()?;
        let txn = self.ctx.store.read()?;
        let is_member = crate::store::meta::members(txn.view())?
            .iter()
            .any(|m| m.id == target && !m.is_learner);
        drop(txn);
        if !is_member {
            return Err(Error::BadLeaderTransferee);
        }
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(5);
        self.ctx.raft.transfer_leader(target)?;
        while self.ctx.raft.status().leader() != target {
            if tokio::time::Instant::now() > deadline {
                return Err(Error::LeaderTransferTimeout);
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        Ok(MoveLeaderResponse {
            header: self.ctx.header_now()?,
        })
    }
}

impl MaintenanceService {
    /// Hash, HashKV, Defragment and Snapshot need the root role; etcd 3.4
    /// refuses them with its auth layer's own words, as code Unknown.
    fn admin_only<T>(&self, r: &Request<T>) -> std::result::Result<(), Status> {
        let caller = self.ctx.caller(r).map_err(to_status)?;
        match self.ctx.check_admin(&caller) {
            Ok(()) => Ok(()),
            Err(Error::UserEmpty) => Err(to_status(Error::AuthRaw("auth: user name is empty"))),
            Err(Error::PermissionDenied) => {
                Err(to_status(Error::AuthRaw("auth: permission denied")))
            }
            Err(e) => Err(to_status(e)),
        }
    }
}

/// A member's keyspace hash at a revision (HashKV's answer).
pub(super) struct KeyspaceHash {
    pub hash: u32,
    pub compacted: i64,
    pub revision: i64,
    pub current: i64,
}

/// The keyspace hash at `revision` (0: now), with etcd's revision checks.
pub(super) fn keyspace_hash(store: &crate::store::Store, revision: i64) -> Result<KeyspaceHash> {
    let txn = store.read()?;
    let view = txn.view();
    let (current, compacted) = (view.current_rev()?, view.compact_rev()?);
    let rev = if revision > 0 { revision } else { current };
    if rev > current {
        return Err(Error::FutureRev);
    }
    if rev < compacted {
        return Err(Error::Compacted);
    }
    Ok(KeyspaceHash {
        hash: view.hash_kv(rev, compacted)?,
        compacted,
        revision: rev,
        current,
    })
}

/// The most a Snapshot message carries (etcd sends 32 KiB pieces).
const SNAPSHOT_PIECE: usize = 64 * 1024;
/// How long a backup waits for a client that takes nothing: its read
/// transaction keeps LMDB from reusing pages, so a stalled reader must
/// not hold it open.
const SNAPSHOT_STALL: std::time::Duration = std::time::Duration::from_secs(60);

type SnapshotItem = std::result::Result<SnapshotResponse, Status>;

/// Sends `item` on the backup's stream; false once the client is gone
/// or has taken nothing for `SNAPSHOT_STALL`.
fn send_or_give_up(tx: &tokio::sync::mpsc::Sender<SnapshotItem>, item: SnapshotItem) -> bool {
    use tokio::sync::mpsc::error::TrySendError;
    let deadline = std::time::Instant::now() + SNAPSHOT_STALL;
    let mut item = item;
    loop {
        match tx.try_send(item) {
            Ok(()) => return true,
            Err(TrySendError::Closed(_)) => return false,
            Err(TrySendError::Full(back)) => {
                if std::time::Instant::now() > deadline {
                    tracing::warn!(
                        "a snapshot's client took nothing for {SNAPSHOT_STALL:?}; giving up"
                    );
                    return false;
                }
                item = back;
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
        }
    }
}

#[tonic::async_trait]
impl Maintenance for MaintenanceService {
    /// GET lists the alarms (after a linearizable barrier); ACTIVATE and
    /// DEACTIVATE go through Raft and answer with the alarms they changed.
    async fn alarm(&self, r: Request<AlarmRequest>) -> RpcResult<AlarmResponse> {
        // No permission governs alarms (etcd 3.4), but a token must be valid.
        self.ctx.caller(&r).map_err(to_status)?;
        let r = r.into_inner();
        let result = match AlarmAction::try_from(r.action) {
            Ok(AlarmAction::Get) => self.list_alarms().await,
            Ok(_) => self.change_alarm(r).await,
            Err(_) => Err(Error::Internal(format!(
                "unknown alarm action {}",
                r.action
            ))),
        };
        unary(result)
    }

    async fn status(&self, _: Request<StatusRequest>) -> RpcResult<StatusResponse> {
        unary(self.status())
    }

    /// Compacts this member's database file (not the cluster's: etcd's
    /// clients ask each member in turn).
    async fn defragment(&self, r: Request<DefragmentRequest>) -> RpcResult<DefragmentResponse> {
        self.admin_only(&r)?;
        let store = self.ctx.store.clone();
        let done = tokio::task::spawn_blocking(move || store.defragment())
            .await
            .map_err(|e| Status::internal(e.to_string()))?;
        match done {
            // etcd 3.4 answers with no header.
            Ok(_) => Ok(Response::new(DefragmentResponse { header: None })),
            Err(e @ crate::store::DefragError::Busy(_)) => Err(Status::unavailable(e.to_string())),
            Err(crate::store::DefragError::Storage(e)) => Err(to_status(e.into())),
        }
    }

    async fn hash(&self, r: Request<HashRequest>) -> RpcResult<HashResponse> {
        self.admin_only(&r)?;
        unary(self.backend_hash())
    }

    async fn hash_kv(&self, r: Request<HashKvRequest>) -> RpcResult<HashKvResponse> {
        self.admin_only(&r)?;
        unary(self.hash_kv(r.into_inner().revision))
    }

    type SnapshotStream = ReceiverStream<std::result::Result<SnapshotResponse, Status>>;

    /// The member's state machine as a kvd backup (see `store::backup`),
    /// in pieces, then etcd's closing message: the SHA-256 of everything
    /// sent. `remaining_bytes` is estimated from the database in use.
    async fn snapshot(&self, r: Request<SnapshotRequest>) -> RpcResult<Self::SnapshotStream> {
        self.admin_only(&r)?;
        let header = self.ctx.header_now().map_err(to_status)?;
        let estimate = self.ctx.store.size_in_use();
        let store = self.ctx.store.clone();
        let (tx, rx) = tokio::sync::mpsc::channel(4);
        tokio::task::spawn_blocking(move || {
            let mut hasher = sha2::Sha256::new();
            let mut sent = 0u64;
            let mut abandoned = false;
            let written = store.write_backup(|bytes| {
                hasher.update(bytes);
                abandoned = !bytes.chunks(SNAPSHOT_PIECE).all(|piece| {
                    sent += piece.len() as u64;
                    let msg = SnapshotResponse {
                        header,
                        remaining_bytes: estimate.saturating_sub(sent).max(1),
                        blob: piece.to_vec().into(),
                        ..Default::default()
                    };
                    send_or_give_up(&tx, Ok(msg))
                });
                !abandoned
            });
            if abandoned {
                // Never a digest after a partial stream: it would pass.
                return;
            }
            let last = match written {
                Ok(()) => Ok(SnapshotResponse {
                    header,
                    remaining_bytes: 0,
                    blob: hasher.finalize().to_vec().into(),
                    ..Default::default()
                }),
                Err(e) => Err(to_status(Error::from(e))),
            };
            send_or_give_up(&tx, last);
        });
        Ok(Response::new(ReceiverStream::new(rx)))
    }

    async fn move_leader(&self, r: Request<MoveLeaderRequest>) -> RpcResult<MoveLeaderResponse> {
        unary(MaintenanceService::move_leader(self, r.into_inner().target_id).await)
    }

    async fn downgrade(&self, _: Request<DowngradeRequest>) -> RpcResult<DowngradeResponse> {
        Err(not_offered("downgrade"))
    }
}
