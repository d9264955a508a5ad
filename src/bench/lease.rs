//! The `lease-keepalive` workload: each client grants a lease and opens a
//! keep-alive stream for it (not measured); a request is one keep-alive
//! sent and its answer received. The leases are revoked after the run.

use tokio::sync::mpsc;

use super::drive::{describe, Phase, Requester};
use super::pace::{Pacer, Progress};
use super::{BenchError, Measured, Options};
use crate::client::Client;
use crate::proto::etcdserverpb::{
    LeaseGrantRequest, LeaseKeepAliveRequest, LeaseKeepAliveResponse, LeaseRevokeRequest,
};

/// Runs `lease-keepalive` over `conns` with leases of `ttl` seconds.
pub(super) async fn run(
    conns: &[Client],
    ttl: i64,
    opts: &Options,
    progress: &Progress,
) -> Result<Measured, BenchError> {
    let mut clients = Vec::with_capacity(opts.clients);
    for i in 0..opts.clients {
        clients.push(KeepAlive::open(&conns[i % conns.len()], ttl).await?);
    }
    let leases: Vec<(Client, i64)> = clients.iter().map(|k| (k.conn.clone(), k.id)).collect();
    let phase = Phase::start(opts.dial.timeout, progress.clone());
    let pacer = std::sync::Arc::new(Pacer::new(opts.limit, opts.rate, progress.clone()));
    let records = super::drive::drive(clients, pacer, 1, &phase).await;
    let duration = phase.origin.elapsed();
    // Leave the server as it was; a lease that cannot be revoked expires
    // after its TTL anyway.
    for (conn, id) in leases {
        let mut lease = conn.lease();
        let _ = conn
            .call(lease.lease_revoke(conn.request(LeaseRevokeRequest { id })))
            .await;
    }
    Ok(Measured { records, duration })
}

/// One client's lease and its keep-alive stream.
struct KeepAlive {
    conn: Client,
    id: i64,
    requests: mpsc::Sender<LeaseKeepAliveRequest>,
    responses: tonic::Streaming<LeaseKeepAliveResponse>,
}

impl KeepAlive {
    /// Grants a lease on `conn` and opens its keep-alive stream.
    async fn open(conn: &Client, ttl: i64) -> Result<KeepAlive, BenchError> {
        let fail = |why: String| BenchError::Setup {
            what: "granting a lease",
            why,
        };
        let grant = conn
            .call(
                conn.lease()
                    .lease_grant(conn.request(LeaseGrantRequest { ttl, id: 0 })),
            )
            .await
            .map_err(|e| fail(e.to_string()))?;
        if !grant.error.is_empty() {
            return Err(fail(grant.error));
        }
        let (requests, rx) = mpsc::channel(1);
        let responses = conn
            .lease()
            .lease_keep_alive(tokio_stream::wrappers::ReceiverStream::new(rx))
            .await
            .map_err(|s| BenchError::Setup {
                what: "opening a keep-alive stream",
                why: describe(&s),
            })?
            .into_inner();
        Ok(KeepAlive {
            conn: conn.clone(),
            id: grant.id,
            requests,
            responses,
        })
    }
}

impl Requester for KeepAlive {
    async fn send(&mut self, _index: u64, _kind: usize) -> Result<(), String> {
        let closed = || "the keep-alive stream is closed".to_string();
        self.requests
            .send(LeaseKeepAliveRequest { id: self.id })
            .await
            .map_err(|_| closed())?;
        match self.responses.message().await {
            // etcd answers a keep-alive of an unknown lease with TTL 0.
            Ok(Some(r)) if r.ttl > 0 => Ok(()),
            Ok(Some(_)) => Err("etcdserver: requested lease not found".into()),
            Ok(None) => Err(closed()),
            Err(s) => Err(describe(&s)),
        }
    }
}
