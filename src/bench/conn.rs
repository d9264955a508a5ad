//! A run's connections: `--conns` gRPC connections spread over the
//! endpoints, or all to the leader with `--target-leader`.

use std::time::Duration;

use super::BenchError;
use crate::client::Client;
use crate::proto::etcdserverpb::StatusRequest;

/// Where and how a run connects.
#[derive(Debug, Clone)]
pub struct Dial {
    /// The endpoints, `host:port` or URLs.
    pub endpoints: Vec<String>,
    /// Number of connections.
    pub conns: usize,
    /// Connect to the leader only.
    pub target_leader: bool,
    /// How long to wait for a connection.
    pub dial_timeout: Duration,
    /// How long to wait for an answer (the leader search's Status calls).
    pub timeout: Duration,
}

/// Opens the connections. Connection i goes to endpoint i (modulo their
/// number), or to the next one that answers.
pub async fn connect(d: &Dial) -> Result<Vec<Client>, BenchError> {
    if d.endpoints.is_empty() {
        return Err(BenchError::Invalid("no endpoints given".into()));
    }
    if d.conns == 0 {
        return Err(BenchError::Invalid("--conns must be at least 1".into()));
    }
    let endpoints = if d.target_leader {
        vec![leader(d).await?]
    } else {
        d.endpoints.clone()
    };
    let mut clients = Vec::with_capacity(d.conns);
    for i in 0..d.conns {
        let mut order = endpoints.clone();
        order.rotate_left(i % endpoints.len());
        clients.push(Client::connect(&order, d.dial_timeout, d.timeout).await?);
    }
    Ok(clients)
}

/// The endpoint whose member is the leader: the one whose Status names
/// itself as leader.
async fn leader(d: &Dial) -> Result<String, BenchError> {
    let mut seen = Vec::new();
    for ep in &d.endpoints {
        let client =
            match Client::connect(std::slice::from_ref(ep), d.dial_timeout, d.timeout).await {
                Ok(c) => c,
                Err(e) => {
                    seen.push(format!("{ep}: {e}"));
                    continue;
                }
            };
        let status = client
            .call(
                client
                    .maintenance()
                    .status(client.request(StatusRequest {})),
            )
            .await;
        match status {
            Ok(s) => {
                let me = s.header.map(|h| h.member_id).unwrap_or(0);
                if s.leader != 0 && s.leader == me {
                    return Ok(ep.clone());
                }
                seen.push(format!("{ep}: a follower (leader {:x})", s.leader));
            }
            Err(e) => seen.push(format!("{ep}: {e}")),
        }
    }
    Err(BenchError::NoLeader(format!(
        "no endpoint is the leader ({})",
        seen.join("; ")
    )))
}
