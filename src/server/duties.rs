//! A member's background duties: rebuilding the disk reserve once there
//! is room, and publishing its name and client URLs (and, on the leader,
//! the cluster version).

use std::time::Duration;

use super::{Ctx, ETCD_API_VERSION};
use crate::proto::kvdpb::internal_request::Request as Internal;
use crate::proto::kvdpb::{ClusterVersion, MemberAttributes};
use crate::store::{meta, Store};

/// Clears a full disk's NOSPACE once there is room again.
pub(super) async fn recover_space(store: Store) {
    loop {
        tokio::time::sleep(Duration::from_secs(1)).await;
        if !store.space().exhausted() {
            continue;
        }
        let store = store.clone();
        let recovered = tokio::task::spawn_blocking(move || store.space().recover());
        if recovered.await.unwrap_or(false) {
            tracing::info!("the disk has room again: reserve rebuilt, NOSPACE cleared");
        }
    }
}

/// Publishes this member's name and client URLs through Raft (as etcd
/// does on every start), then, on the leader, the cluster version if unset.
pub(super) async fn publish(ctx: Ctx, name: String, client_urls: Vec<String>) {
    let attrs = MemberAttributes {
        member_id: ctx.member_id,
        name,
        client_urls,
    };
    loop {
        match ctx
            .raft
            .propose(Internal::MemberAttributes(attrs.clone()))
            .await
        {
            Ok(_) => break,
            Err(e) => {
                tracing::warn!("publishing member attributes: {e}; retrying");
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        }
    }
    let unset = ctx
        .store
        .read()
        .ok()
        .and_then(|t| meta::cluster_version(t.view()).ok())
        .flatten()
        .is_none();
    if unset && ctx.raft.status().leader() == ctx.member_id {
        let version = ClusterVersion {
            version: ETCD_API_VERSION.to_string(),
        };
        if let Err(e) = ctx.raft.propose(Internal::ClusterVersion(version)).await {
            tracing::warn!("setting cluster version: {e}");
        }
    }
}
