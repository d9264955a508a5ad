//! The Cluster service: the member list. Changing membership arrives with
//! multi-member clusters and is answered as not supported until then.

use tonic::{Request, Response};

use super::status::{not_offered, to_status, RpcResult};
use super::Ctx;
use crate::error::Result;
use crate::proto::etcdserverpb::cluster_server::Cluster;
use crate::proto::etcdserverpb::*;
use crate::store::meta;

/// The `etcdserverpb.Cluster` service.
pub struct ClusterService {
    ctx: Ctx,
}

impl ClusterService {
    /// The service over a member's context.
    pub fn new(ctx: Ctx) -> Self {
        ClusterService { ctx }
    }

    fn members(&self) -> Result<(Option<ResponseHeader>, Vec<Member>)> {
        let txn = self.ctx.store.read()?;
        let revision = txn.view().current_rev()?;
        let members = meta::members(txn.view())?
            .into_iter()
            .map(|m| Member {
                id: m.id,
                name: m.name,
                peer_ur_ls: m.peer_urls,
                client_ur_ls: m.client_urls,
                is_learner: m.is_learner,
            })
            .collect();
        let header = self.ctx.header_at(revision);
        Ok((header, members))
    }
}

#[tonic::async_trait]
impl Cluster for ClusterService {
    async fn member_add(&self, _: Request<MemberAddRequest>) -> RpcResult<MemberAddResponse> {
        Err(not_offered("member add"))
    }

    async fn member_remove(
        &self,
        _: Request<MemberRemoveRequest>,
    ) -> RpcResult<MemberRemoveResponse> {
        Err(not_offered("member remove"))
    }

    async fn member_update(
        &self,
        _: Request<MemberUpdateRequest>,
    ) -> RpcResult<MemberUpdateResponse> {
        Err(not_offered("member update"))
    }

    async fn member_list(&self, _: Request<MemberListRequest>) -> RpcResult<MemberListResponse> {
        let (header, members) = self.members().map_err(to_status)?;
        Ok(Response::new(MemberListResponse { header, members }))
    }

    async fn member_promote(
        &self,
        _: Request<MemberPromoteRequest>,
    ) -> RpcResult<MemberPromoteResponse> {
        Err(not_offered("member promote"))
    }
}
