//! What every service of a member shares (`Ctx`): Raft, the store, the
//! member's identity and limits, the lessor and watch hub, auth; and who a
//! request runs as.

use std::time::Duration;

use super::listen;
use crate::error::{Error, Result};
use crate::lease::Lessor;
use crate::proto::etcdserverpb::ResponseHeader;
use crate::proto::kvdpb::internal_request::Request as Internal;
use crate::raft::RaftHandle;
use crate::store::{meta, Store};
use crate::watch::WatchHub;

/// Limits on what clients may ask, with etcd's defaults.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest request, encoded.
    pub max_request_bytes: usize,
    /// Most operations in one transaction branch.
    pub max_txn_ops: usize,
    /// Database size above which writes are refused.
    pub quota_backend_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_request_bytes: 1536 * 1024,
            max_txn_ops: 128,
            quota_backend_bytes: 2 << 30,
        }
    }
}

/// What every service shares.
#[derive(Clone)]
pub struct Ctx {
    pub(super) raft: RaftHandle,
    pub(super) store: Store,
    pub(super) cluster_id: u64,
    pub(super) member_id: u64,
    pub(super) limits: Limits,
    pub(super) compaction_done: tokio::sync::watch::Receiver<i64>,
    pub(super) lessor: std::sync::Arc<Lessor>,
    pub(super) hub: std::sync::Arc<WatchHub>,
    pub(super) progress_every: Duration,
    pub(super) strict_reconfig_check: bool,
    /// TLS for this member's dials to other members' https client URLs.
    pub(super) client_dial_tls: Option<crate::tls::ClientTls>,
    pub(super) auth: std::sync::Arc<crate::auth::Auth>,
}

impl Ctx {
    /// Who `request` runs as: its token's user (gRPC metadata `token`, or
    /// `authorization` as the gateway sends it), else its TLS client
    /// certificate's common name; `Anyone` while auth is off.
    pub(super) fn caller<T>(&self, request: &tonic::Request<T>) -> Result<crate::auth::Caller> {
        let (token, cn) = credentials(request);
        self.caller_from(token.as_deref(), cn.as_deref())
    }

    /// Who a request with these credentials runs as.
    pub(super) fn caller_from(
        &self,
        token: Option<&str>,
        cn: Option<&str>,
    ) -> Result<crate::auth::Caller> {
        let txn = self.store.read()?;
        self.auth.caller(txn.view(), token, cn)
    }

    /// Runs `check` on the auth state as it is now.
    pub(super) fn check(
        &self,
        check: impl FnOnce(crate::store::View<'_>) -> crate::auth::Checked,
    ) -> Result<()> {
        let txn = self.store.read()?;
        Ok(check(txn.view())?)
    }

    /// Refuses unless `caller` has the root role.
    pub(super) fn check_admin(&self, caller: &crate::auth::Caller) -> Result<()> {
        self.check(|view| crate::auth::check_admin(view, caller))
    }

    /// A response header carrying `partial`'s revision, stamped with this
    /// member's identity and the current term.
    pub(super) fn header(&self, partial: Option<ResponseHeader>) -> Option<ResponseHeader> {
        Some(ResponseHeader {
            cluster_id: self.cluster_id,
            member_id: self.member_id,
            revision: partial.map(|h| h.revision).unwrap_or_default(),
            raft_term: self.raft.status().term(),
        })
    }

    /// A header at `revision`.
    pub(super) fn header_at(&self, revision: i64) -> Option<ResponseHeader> {
        self.header(Some(ResponseHeader {
            revision,
            ..Default::default()
        }))
    }

    /// A header at the store's current revision.
    pub(super) fn header_now(&self) -> Result<Option<ResponseHeader>> {
        Ok(self.header_at(self.store.read()?.view().current_rev()?))
    }

    /// A channel to the leader's client URL, for what only the leader
    /// answers (lease renewals, promotions).
    pub(super) async fn leader_channel(&self) -> Result<tonic::transport::Channel> {
        let leader = self.raft.status().leader();
        if leader == 0 {
            return Err(Error::NoLeader);
        }
        let txn = self.store.read()?;
        let url = meta::members(txn.view())?
            .into_iter()
            .find(|m| m.id == leader)
            .and_then(|m| m.client_urls.first().cloned())
            .ok_or(Error::NoLeader)?;
        drop(txn);
        let tls = self.client_dial_tls.as_ref();
        crate::tls::connect(&url, tls, Some(Duration::from_secs(2)))
            .await
            .map_err(|_| Error::NoLeader)
    }

    /// A Lease client to the leader.
    pub(super) async fn leader_lease_client(
        &self,
    ) -> Result<crate::proto::etcdserverpb::lease_client::LeaseClient<tonic::transport::Channel>>
    {
        Ok(crate::proto::etcdserverpb::lease_client::LeaseClient::new(
            self.leader_channel().await?,
        ))
    }

    /// Lease renewals are the leader's: its lessor holds the deadlines.
    pub(super) fn require_leader(&self) -> Result<()> {
        match self.raft.status().leader() {
            0 => Err(Error::NoLeader),
            l if l == self.member_id => Ok(()),
            _ => Err(Error::NotLeader),
        }
    }

    /// Whether NOSPACE was raised through Raft by a member over its quota
    /// (it stays until disarmed, on every member, as etcd's).
    pub(super) fn nospace_raised(&self) -> bool {
        self.alarm_raised(crate::proto::etcdserverpb::AlarmType::Nospace)
    }

    /// Whether an alarm of `kind` is raised for any member.
    fn alarm_raised(&self, kind: crate::proto::etcdserverpb::AlarmType) -> bool {
        self.store
            .read()
            .and_then(|t| meta::alarms(t.view()))
            .is_ok_and(|alarms| alarms.iter().any(|a| a.alarm == kind as i32))
    }

    /// Refuses a write while CORRUPT is raised, as etcd 3.4 does (puts,
    /// deletes, transactions, compactions, lease grants and revokes);
    /// reads are still served, so the data can be looked at and saved.
    pub(super) fn check_not_corrupt(&self) -> Result<()> {
        if self.alarm_raised(crate::proto::etcdserverpb::AlarmType::Corrupt) {
            return Err(Error::Corrupt);
        }
        Ok(())
    }

    /// Refuses a request that would grow the database while NOSPACE is
    /// raised, or while this member's disk is full (cleared once there is
    /// room again); over the quota, this member raises NOSPACE first
    /// (through Raft, in the background: the refusal need not wait for
    /// it). The alarms are read once, and the database measured only
    /// while none is raised.
    pub(super) fn check_quota(&self) -> Result<()> {
        if self.nospace_raised() {
            return Err(Error::NoSpace);
        }
        let in_use = self.store.size_in_use();
        if in_use > self.limits.quota_backend_bytes {
            tracing::warn!(
                in_use,
                quota = self.limits.quota_backend_bytes,
                "the database is over its quota: raising NOSPACE"
            );
            let raft = self.raft.clone();
            let member_id = self.member_id;
            tokio::spawn(async move {
                use crate::proto::etcdserverpb::{
                    alarm_request::AlarmAction, AlarmRequest, AlarmType,
                };
                let raise = AlarmRequest {
                    action: AlarmAction::Activate as i32,
                    member_id,
                    alarm: AlarmType::Nospace as i32,
                };
                if let Err(e) = raft.propose(Internal::Alarm(raise)).await {
                    tracing::warn!("raising NOSPACE: {e}");
                }
            });
            return Err(Error::NoSpace);
        }
        if self.store.space().exhausted() {
            return Err(Error::NoSpace);
        }
        Ok(())
    }
}

/// A request's token and TLS client certificate common name, if any.
pub(super) fn credentials<T>(request: &tonic::Request<T>) -> (Option<String>, Option<String>) {
    let meta = request.metadata();
    let token = meta
        .get("token")
        .or_else(|| meta.get("authorization"))
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let cn = request
        .extensions()
        .get::<listen::ConnInfo>()
        .and_then(|c| c.client_cn.clone());
    (token, cn)
}
