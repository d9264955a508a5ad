//! The Cluster service: the member list and membership changes. Adding,
//! removing and promoting a member are Raft conf changes; new peer URLs are
//! an ordinary proposal. Promotion is decided by the leader, which alone
//! knows how far a learner's log has come.

use raft::prelude::{ConfChange, ConfChangeType};
use tonic::{Request, Response};

use super::reconfig::Quorum;
use super::status::{to_status, RpcResult};
use super::Ctx;
use crate::error::{Error, Result};
use crate::proto::etcdserverpb::cluster_client::ClusterClient;
use crate::proto::etcdserverpb::cluster_server::Cluster;
use crate::proto::etcdserverpb::*;
use crate::proto::kvdpb::internal_request::Request as Internal;
use crate::proto::kvdpb::{MemberRecord, MemberUpdate};
use crate::store::meta;

/// etcd allows one learner at a time.
const MAX_LEARNERS: usize = 1;
/// A learner may be promoted once its log matches this share of the
/// leader's (etcd's rule).
const READY_SHARE: f64 = 0.9;

/// The `etcdserverpb.Cluster` service.
pub struct ClusterService {
    ctx: Ctx,
}

fn to_member(m: MemberRecord) -> Member {
    Member {
        id: m.id,
        name: m.name,
        peer_ur_ls: m.peer_urls,
        client_ur_ls: m.client_urls,
        is_learner: m.is_learner,
    }
}

/// Whether `url` is a URL etcd would take as a peer URL.
fn valid_peer_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
    else {
        return false;
    };
    let hostport = rest.trim_end_matches('/');
    match hostport.rsplit_once(':') {
        Some((host, port)) => !host.is_empty() && port.parse::<u16>().is_ok(),
        None => false,
    }
}

impl ClusterService {
    /// The service over a member's context.
    pub fn new(ctx: Ctx) -> Self {
        ClusterService { ctx }
    }

    fn records(&self) -> Result<Vec<MemberRecord>> {
        Ok(meta::members(self.ctx.store.read()?.view())?)
    }

    /// The header and member list as they are now. Like etcd's, the
    /// Cluster service's headers carry no revision.
    fn members(&self) -> Result<(Option<ResponseHeader>, Vec<Member>)> {
        let members = self.records()?.into_iter().map(to_member).collect();
        Ok((self.ctx.header_at(0), members))
    }

    /// Refuses URLs that are malformed or already used by another member.
    fn check_peer_urls(&self, urls: &[String], except: u64) -> Result<()> {
        if urls.is_empty() || !urls.iter().all(|u| valid_peer_url(u)) {
            return Err(Error::MemberBadUrls);
        }
        let taken = self
            .records()?
            .iter()
            .filter(|m| m.id != except)
            .any(|m| m.peer_urls.iter().any(|u| urls.contains(u)));
        if taken {
            return Err(Error::PeerUrlExists);
        }
        Ok(())
    }

    /// etcd's strict reconfiguration check, as this member sees the
    /// cluster (unless --strict-reconfig-check=false).
    fn check_quorum(&self, check: impl FnOnce(&Quorum<'_>) -> Result<()>) -> Result<()> {
        if !self.ctx.strict_reconfig_check {
            return Ok(());
        }
        let members = self.records()?;
        let connected = self.ctx.raft.peers_connected_since();
        check(&Quorum {
            members: &members,
            me: self.ctx.member_id,
            connected: &connected,
            now: std::time::Instant::now(),
        })
    }

    fn find(&self, id: u64) -> Result<MemberRecord> {
        self.records()?
            .into_iter()
            .find(|m| m.id == id)
            .ok_or(Error::MemberNotFound)
    }

    async fn add(&self, r: MemberAddRequest) -> Result<MemberAddResponse> {
        self.check_peer_urls(&r.peer_ur_ls, 0)?;
        if r.is_learner && self.records()?.iter().filter(|m| m.is_learner).count() >= MAX_LEARNERS {
            return Err(Error::TooManyLearners);
        }
        self.check_quorum(|q| q.check_add(r.is_learner))?;
        let member = MemberRecord {
            id: new_member_id(&r.peer_ur_ls, self.ctx.cluster_id),
            name: String::new(),
            peer_urls: r.peer_ur_ls,
            client_urls: Vec::new(),
            is_learner: r.is_learner,
        };
        let kind = if r.is_learner {
            ConfChangeType::AddLearnerNode
        } else {
            ConfChangeType::AddNode
        };
        self.ctx
            .raft
            .propose_conf_change(conf_change(kind, &member))
            .await?;
        let (header, members) = self.members()?;
        Ok(MemberAddResponse {
            header,
            member: Some(to_member(member)),
            members,
        })
    }

    async fn remove(&self, id: u64) -> Result<MemberRemoveResponse> {
        let member = self.find(id)?;
        self.check_quorum(|q| q.check_remove(id))?;
        self.ctx
            .raft
            .propose_conf_change(conf_change(ConfChangeType::RemoveNode, &member))
            .await?;
        let (header, members) = self.members()?;
        Ok(MemberRemoveResponse { header, members })
    }

    async fn update(&self, r: MemberUpdateRequest) -> Result<MemberUpdateResponse> {
        self.find(r.id)?;
        self.check_peer_urls(&r.peer_ur_ls, r.id)?;
        let update = MemberUpdate {
            member_id: r.id,
            peer_urls: r.peer_ur_ls,
        };
        self.ctx
            .raft
            .propose(Internal::MemberUpdate(update))
            .await?;
        let (header, members) = self.members()?;
        Ok(MemberUpdateResponse { header, members })
    }

    /// Promotes a learner whose log has caught up; run on the leader.
    async fn promote_here(&self, id: u64) -> Result<MemberPromoteResponse> {
        let member = self.find(id)?;
        if !member.is_learner {
            return Err(Error::MemberNotLearner);
        }
        self.check_quorum(|q| q.check_promote(id))?;
        let progress = self.ctx.raft.progress().await?.ok_or(Error::NotLeader)?;
        let matched = progress.matched.get(&id).copied().unwrap_or(0);
        if (matched as f64) < progress.leader as f64 * READY_SHARE {
            return Err(Error::LearnerNotReady);
        }
        self.ctx
            .raft
            .propose_conf_change(conf_change(ConfChangeType::AddNode, &member))
            .await?;
        let (header, members) = self.members()?;
        Ok(MemberPromoteResponse { header, members })
    }

    /// Asks the leader to promote; its answer is passed on once this
    /// member has applied the promotion too, so that what the client reads
    /// here next (the member list) shows it, as for any other change made
    /// through this member.
    /// Forwards a promotion to the leader, with the caller's token (the
    /// leader knows it: tokens are replicated) for its admin check.
    async fn promote_at_leader(
        &self,
        r: MemberPromoteRequest,
        token: Option<tonic::metadata::MetadataValue<tonic::metadata::Ascii>>,
    ) -> std::result::Result<MemberPromoteResponse, tonic::Status> {
        let channel = self.ctx.leader_channel().await.map_err(to_status)?;
        let mut client = ClusterClient::new(channel);
        let mut forwarded = Request::new(r);
        if let Some(token) = token {
            forwarded.metadata_mut().insert("token", token);
        }
        let resp = client.member_promote(forwarded).await?.into_inner();
        self.ctx
            .raft
            .linearizable_barrier()
            .await
            .map_err(to_status)?;
        Ok(resp)
    }
}

fn conf_change(kind: ConfChangeType, member: &MemberRecord) -> ConfChange {
    use prost::Message as _;
    let mut cc = ConfChange::default();
    cc.set_change_type(kind);
    cc.node_id = member.id;
    cc.context = member.encode_to_vec().into();
    cc
}

/// A new member's ID: like etcd, its peer URLs hashed with something that
/// differs every time (the cluster and the time), so that a member removed
/// and added again gets a new ID.
fn new_member_id(peer_urls: &[String], cluster_id: u64) -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    crate::ids::member_id(peer_urls, &format!("{cluster_id:x}/{nanos}"))
}

impl ClusterService {
    /// Membership changes need the root role when auth is on.
    fn admin_only<T>(&self, r: &Request<T>) -> std::result::Result<(), tonic::Status> {
        let caller = self.ctx.caller(r).map_err(to_status)?;
        self.ctx.check_admin(&caller).map_err(to_status)
    }
}

#[tonic::async_trait]
impl Cluster for ClusterService {
    async fn member_add(&self, r: Request<MemberAddRequest>) -> RpcResult<MemberAddResponse> {
        self.admin_only(&r)?;
        let resp = self.add(r.into_inner()).await.map_err(to_status)?;
        Ok(Response::new(resp))
    }

    async fn member_remove(
        &self,
        r: Request<MemberRemoveRequest>,
    ) -> RpcResult<MemberRemoveResponse> {
        self.admin_only(&r)?;
        let resp = self.remove(r.into_inner().id).await.map_err(to_status)?;
        Ok(Response::new(resp))
    }

    async fn member_update(
        &self,
        r: Request<MemberUpdateRequest>,
    ) -> RpcResult<MemberUpdateResponse> {
        self.admin_only(&r)?;
        let resp = self.update(r.into_inner()).await.map_err(to_status)?;
        Ok(Response::new(resp))
    }

    async fn member_list(&self, _: Request<MemberListRequest>) -> RpcResult<MemberListResponse> {
        let (header, members) = self.members().map_err(to_status)?;
        Ok(Response::new(MemberListResponse { header, members }))
    }

    async fn member_promote(
        &self,
        r: Request<MemberPromoteRequest>,
    ) -> RpcResult<MemberPromoteResponse> {
        self.admin_only(&r)?;
        let meta = r.metadata();
        let token = meta
            .get("token")
            .or_else(|| meta.get("authorization"))
            .cloned();
        let r = r.into_inner();
        if self.ctx.raft.status().leader() == self.ctx.member_id {
            let resp = self.promote_here(r.id).await.map_err(to_status)?;
            return Ok(Response::new(resp));
        }
        if self.ctx.raft.status().leader() == 0 {
            return Err(to_status(Error::NoLeader));
        }
        Ok(Response::new(self.promote_at_leader(r, token).await?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peer_urls_are_checked_as_etcd_does() {
        assert!(valid_peer_url("http://127.0.0.1:2380"));
        assert!(valid_peer_url("https://node-3:2380"));
        assert!(!valid_peer_url("127.0.0.1:2380"));
        assert!(!valid_peer_url("http://127.0.0.1"));
        assert!(!valid_peer_url("bad"));
    }

    #[test]
    fn new_member_ids_differ_each_time() {
        let urls = vec!["http://127.0.0.1:2380".to_string()];
        assert_ne!(new_member_id(&urls, 1), new_member_id(&urls, 1));
    }
}
