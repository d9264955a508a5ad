//! /v2/members (list, add, update, remove, leader) and /v2/stats/self, from the
//! member list and Raft's view, as v2 shows them: IDs in hex.

use axum::extract::{Path, State};
use axum::response::Response;
use serde::{Deserialize, Serialize};
use tonic::codegen::http::StatusCode;

use super::super::HttpState;
use crate::proto::etcdserverpb::cluster_client::ClusterClient;
use crate::proto::etcdserverpb::{
    Member, MemberAddRequest, MemberListRequest, MemberRemoveRequest, MemberUpdateRequest,
};

/// A member as v2 shows it.
#[derive(Serialize)]
struct V2Member {
    id: String,
    name: String,
    #[serde(rename = "peerURLs")]
    peer_urls: Vec<String>,
    #[serde(rename = "clientURLs")]
    client_urls: Vec<String>,
}

impl From<&Member> for V2Member {
    fn from(m: &Member) -> V2Member {
        V2Member {
            id: format!("{:x}", m.id),
            name: m.name.clone(),
            peer_urls: m.peer_ur_ls.clone(),
            client_urls: m.client_ur_ls.clone(),
        }
    }
}

/// The body of a member add or update.
#[derive(Deserialize)]
struct PeerUrls {
    #[serde(rename = "peerURLs")]
    peer_urls: Vec<String>,
}

async fn all(state: &HttpState) -> Result<Vec<Member>, Response> {
    ClusterClient::new(state.grpc.clone())
        .member_list(MemberListRequest {
            linearizable: false,
        })
        .await
        .map(|r| r.into_inner().members)
        .map_err(|s| failed(&s))
}

fn failed(status: &tonic::Status) -> Response {
    message(StatusCode::INTERNAL_SERVER_ERROR, status.message())
}

fn message(status: StatusCode, text: &str) -> Response {
    #[derive(Serialize)]
    struct Message<'a> {
        message: &'a str,
    }
    json(status, &Message { message: text })
}

fn json<T: Serialize>(status: StatusCode, value: &T) -> Response {
    super::json(status, serde_json::to_vec(value).unwrap_or_default())
}

/// `response` with the cluster's ID, as v2 answers carry it.
fn with_cluster_id(state: &HttpState, mut response: Response) -> Response {
    super::set_number(
        response.headers_mut(),
        "x-etcd-cluster-id",
        None,
        state.ctx.cluster_id,
    );
    response
}

/// GET /v2/members.
pub(super) async fn list(State(state): State<HttpState>) -> Response {
    #[derive(Serialize)]
    struct Members {
        members: Vec<V2Member>,
    }
    match all(&state).await {
        Ok(members) => with_cluster_id(
            &state,
            json(
                StatusCode::OK,
                &Members {
                    members: members.iter().map(V2Member::from).collect(),
                },
            ),
        ),
        Err(response) => response,
    }
}

/// GET /v2/members/leader.
pub(super) async fn leader(State(state): State<HttpState>) -> Response {
    let leader = state.ctx.raft.status().leader();
    match all(&state).await {
        Ok(members) => match members.iter().find(|m| m.id == leader && leader != 0) {
            Some(m) => json(StatusCode::OK, &V2Member::from(m)),
            None => message(StatusCode::SERVICE_UNAVAILABLE, "During leader election"),
        },
        Err(response) => response,
    }
}

/// POST /v2/members with `{"peerURLs": [...]}`.
pub(super) async fn add(State(state): State<HttpState>, body: axum::body::Bytes) -> Response {
    let Ok(request) = serde_json::from_slice::<PeerUrls>(&body) else {
        return message(
            StatusCode::BAD_REQUEST,
            "bad request: expected {\"peerURLs\": [...]}",
        );
    };
    let added = ClusterClient::new(state.grpc.clone())
        .member_add(MemberAddRequest {
            peer_ur_ls: request.peer_urls,
            is_learner: false,
        })
        .await;
    match added {
        Ok(r) => match r.into_inner().member {
            Some(m) => json(StatusCode::CREATED, &V2Member::from(&m)),
            None => message(StatusCode::INTERNAL_SERVER_ERROR, "no member in the answer"),
        },
        // etcd's v2 words this one its own way.
        Err(s) if s.message().contains("Peer URLs already exists") => {
            message(StatusCode::CONFLICT, "membership: peerURL exists")
        }
        Err(s) if s.code() == tonic::Code::FailedPrecondition => {
            message(StatusCode::CONFLICT, s.message())
        }
        Err(s) => failed(&s),
    }
}

/// PUT /v2/members/<hex ID> with `{"peerURLs": [...]}`.
pub(super) async fn update(
    State(state): State<HttpState>,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let Ok(id) = u64::from_str_radix(&id, 16) else {
        return message(StatusCode::NOT_FOUND, &format!("No such member: {id}"));
    };
    let Ok(request) = serde_json::from_slice::<PeerUrls>(&body) else {
        return message(
            StatusCode::BAD_REQUEST,
            "bad request: expected {\"peerURLs\": [...]}",
        );
    };
    let updated = ClusterClient::new(state.grpc.clone())
        .member_update(MemberUpdateRequest {
            id,
            peer_ur_ls: request.peer_urls,
        })
        .await;
    match updated {
        Ok(_) => no_content(),
        Err(s) if s.code() == tonic::Code::NotFound => {
            message(StatusCode::NOT_FOUND, &format!("No such member: {id:x}"))
        }
        Err(s) if s.message().contains("Peer URLs already exists") => {
            message(StatusCode::CONFLICT, "membership: peerURL exists")
        }
        Err(s) => failed(&s),
    }
}

fn no_content() -> Response {
    let mut response = Response::new(axum::body::Body::empty());
    *response.status_mut() = StatusCode::NO_CONTENT;
    response
}

/// DELETE /v2/members/<hex ID>.
pub(super) async fn remove(State(state): State<HttpState>, Path(id): Path<String>) -> Response {
    let Ok(id) = u64::from_str_radix(&id, 16) else {
        return message(StatusCode::NOT_FOUND, &format!("No such member: {id}"));
    };
    let removed = ClusterClient::new(state.grpc.clone())
        .member_remove(MemberRemoveRequest { id })
        .await;
    match removed {
        Ok(_) => no_content(),
        Err(s) if s.code() == tonic::Code::NotFound => {
            message(StatusCode::NOT_FOUND, &format!("No such member: {id:x}"))
        }
        Err(s) => failed(&s),
    }
}

/// GET /v2/stats/self: who this member is and whom it follows.
pub(super) async fn stats_self(State(state): State<HttpState>) -> Response {
    #[derive(Serialize)]
    struct LeaderInfo {
        leader: String,
    }
    #[derive(Serialize)]
    struct SelfStats {
        name: String,
        id: String,
        state: &'static str,
        #[serde(rename = "startTime")]
        start_time: String,
        #[serde(rename = "leaderInfo")]
        leader_info: LeaderInfo,
    }
    let me = state.ctx.member_id;
    let leader = state.ctx.raft.status().leader();
    let name = match all(&state).await {
        Ok(members) => members
            .into_iter()
            .find(|m| m.id == me)
            .map(|m| m.name)
            .unwrap_or_default(),
        Err(response) => return response,
    };
    json(
        StatusCode::OK,
        &SelfStats {
            name,
            id: format!("{me:x}"),
            state: if leader == me {
                "StateLeader"
            } else {
                "StateFollower"
            },
            start_time: crate::gofmt::rfc3339_nano(state.started),
            leader_info: LeaderInfo {
                leader: format!("{leader:x}"),
            },
        },
    )
}
