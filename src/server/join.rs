//! Joining a running cluster (`--initial-cluster-state existing`): the new
//! member, already added with `member add`, asks the members named in
//! --initial-cluster who is in the cluster, and finds its own ID there by
//! its peer URLs. The leader then sends it the log or a snapshot.

use std::time::Duration;

use super::config::{ConfigError, ServerConfig};
use crate::proto::kvdpeer::peer_client::PeerClient;
use crate::proto::kvdpeer::{MembersReply, MembersRequest};
use crate::store::Bootstrap;

/// How long each member is given to answer.
const ASK_TIMEOUT: Duration = Duration::from_secs(3);

/// The bootstrap of a member joining the cluster described by `config`.
/// `tls` is for https peer URLs.
pub async fn bootstrap(
    config: &ServerConfig,
    tls: Option<&crate::tls::ClientTls>,
) -> Result<Bootstrap, ConfigError> {
    let urls = config.other_peer_urls()?;
    if urls.is_empty() {
        return Err(ConfigError::Join(
            "--initial-cluster names no other member to ask; list the running members too".into(),
        ));
    }
    let mut failures = Vec::new();
    for url in &urls {
        match ask(url, tls).await {
            Ok(reply) => return find_self(config, reply),
            Err(e) => failures.push(format!("{url}: {e}")),
        }
    }
    Err(ConfigError::Join(format!(
        "no member answered ({}); check that the cluster runs and --initial-cluster lists its peer URLs",
        failures.join("; ")
    )))
}

async fn ask(url: &str, tls: Option<&crate::tls::ClientTls>) -> Result<MembersReply, String> {
    let channel = crate::tls::connect(url, tls, Some(ASK_TIMEOUT)).await?;
    let mut request = tonic::Request::new(MembersRequest {});
    request.set_timeout(ASK_TIMEOUT);
    PeerClient::new(channel)
        .members(request)
        .await
        .map(|r| r.into_inner())
        .map_err(|s| s.message().to_string())
}

fn find_self(config: &ServerConfig, reply: MembersReply) -> Result<Bootstrap, ConfigError> {
    let mine = config.initial_advertise_peer_urls.join(",");
    let me = config.find_self(&reply.members).ok_or_else(|| {
        ConfigError::Join(format!(
            "the cluster has no member with peer URLs {}; add it first with \
                 `kvd member add {} --peer-urls {}`",
            mine, config.name, mine
        ))
    })?;
    Ok(Bootstrap {
        member_id: me.id,
        cluster_id: reply.cluster_id,
        members: reply.members.clone(),
        join: true,
    })
}
