//! The servers of a member: etcd's services (gRPC, the JSON gateway, the
//! probes) on each client listener, the peer service on each peer listener,
//! and the wait for the first to stop.

use std::net::SocketAddr;

use tower::Layer as _;

use super::grpc_metrics::{GrpcMetrics, GrpcMetricsLayer};
use super::{
    auth, client_port, cluster, grpc_status, kv, lease, listen, lock, maintenance, peer, watch,
};
use super::{Ctx, ServeError};
use crate::error::Error;
use crate::proto::etcdserverpb::auth_server::AuthServer;
use crate::proto::etcdserverpb::cluster_server::ClusterServer;
use crate::proto::etcdserverpb::kv_server::KvServer;
use crate::proto::etcdserverpb::lease_server::LeaseServer;
use crate::proto::etcdserverpb::maintenance_server::MaintenanceServer;
use crate::proto::etcdserverpb::watch_server::WatchServer;
use crate::proto::v3electionpb::election_server::ElectionServer;
use crate::proto::v3lockpb::lock_server::LockServer;
use crate::raft::RaftHandle;
use crate::store::Store;

pub(super) async fn futures_first(
    servers: Vec<tokio::task::JoinHandle<std::result::Result<(), ServeError>>>,
) -> std::result::Result<(), ServeError> {
    let (tx, mut rx) = tokio::sync::mpsc::channel(servers.len().max(1));
    for s in servers {
        let tx = tx.clone();
        tokio::spawn(async move {
            let r = match s.await {
                Ok(r) => r,
                Err(e) => Err(ServeError::Member(Error::Internal(format!(
                    "listener: {e}"
                )))),
            };
            let _ = tx.send(r).await;
        });
    }
    drop(tx);
    rx.recv().await.unwrap_or(Ok(()))
}

/// etcd's gRPC services on a client port as one service, counted and
/// with tonic's own errors worded as etcd's. The HTTP gateway calls it in
/// process, as a client would.
pub(crate) type Grpc = GrpcMetrics<grpc_status::EtcdStatus<tonic::service::Routes>>;

/// The gRPC services of a client port (`extensive`: with latency
/// histograms, `--metrics extensive`).
pub(super) fn grpc_services(ctx: &Ctx, extensive: bool) -> Grpc {
    // gRPC accepts a little more than a request's limit, so that an
    // oversized request gets etcd's "request is too large" error, as etcd.
    let max_message = ctx.limits.max_request_bytes + 512 * 1024;
    let kv = KvServer::new(kv::KvService::new(ctx.clone()))
        .max_decoding_message_size(max_message)
        .max_encoding_message_size(usize::MAX);
    let maintenance = MaintenanceServer::new(maintenance::MaintenanceService::new(ctx.clone()))
        .max_decoding_message_size(max_message)
        .max_encoding_message_size(usize::MAX);
    let cluster = ClusterServer::new(cluster::ClusterService::new(ctx.clone()))
        .max_decoding_message_size(max_message);
    let lease = LeaseServer::new(lease::LeaseService::new(ctx.clone()))
        .max_decoding_message_size(max_message);
    let watch = WatchServer::new(watch::WatchService::new(ctx.clone()))
        .max_decoding_message_size(max_message)
        .max_encoding_message_size(usize::MAX);
    let auth =
        AuthServer::new(auth::AuthService::new(ctx.clone())).max_decoding_message_size(max_message);
    // grpc.health.v1: SERVING for the server as a whole, as etcd says.
    let (_, health) = tonic_health::server::health_reporter();
    let served = [
        crate::proto::etcdserverpb::kv_server::SERVICE_NAME,
        crate::proto::etcdserverpb::maintenance_server::SERVICE_NAME,
        crate::proto::etcdserverpb::cluster_server::SERVICE_NAME,
        crate::proto::etcdserverpb::lease_server::SERVICE_NAME,
        crate::proto::etcdserverpb::watch_server::SERVICE_NAME,
        crate::proto::etcdserverpb::auth_server::SERVICE_NAME,
        crate::proto::v3lockpb::lock_server::SERVICE_NAME,
        crate::proto::v3electionpb::election_server::SERVICE_NAME,
        "grpc.health.v1.Health",
    ];
    let routes = tonic::service::Routes::builder()
        .add_service(kv)
        .add_service(maintenance)
        .add_service(cluster)
        .add_service(lease)
        .add_service(watch)
        .add_service(auth)
        .add_service(LockServer::new(lock::LockService::new(ctx.clone())))
        .add_service(ElectionServer::new(lock::ElectionService::new(ctx.clone())))
        .add_service(health)
        .clone()
        .routes()
        .prepare();
    let worded = grpc_status::EtcdStatusLayer::new(&served).layer(routes);
    GrpcMetricsLayer { extensive }.layer(worded)
}

/// Serves a client listener: gRPC, the JSON gateway and the probes.
pub(super) async fn serve_clients(
    ctx: Ctx,
    connections: Connections,
    extensive: bool,
    enable_v2: bool,
    ui: bool,
) -> std::result::Result<(), ServeError> {
    let grpc = grpc_services(&ctx, extensive);
    let http = super::http::router(ctx, grpc.clone(), enable_v2, ui);
    client_port::serve(connections, grpc, http).await;
    Ok(())
}

/// Serves a --listen-metrics-urls listener: /metrics and the probes (and
/// the dashboard with `ui`).
pub(super) async fn serve_metrics(
    ctx: Ctx,
    connections: Connections,
    extensive: bool,
    ui: bool,
) -> std::result::Result<(), ServeError> {
    let grpc = grpc_services(&ctx, extensive);
    let http = super::http::metrics_router(ctx, grpc.clone(), ui);
    client_port::serve(connections, grpc, http).await;
    Ok(())
}

/// A listener's accepted connections.
pub(super) type Connections = tokio_stream::wrappers::ReceiverStream<std::io::Result<listen::Conn>>;

/// Listens on `addr`, the address of `url`.
pub(super) async fn bind(
    url: &str,
    addr: SocketAddr,
) -> std::result::Result<tokio::net::TcpListener, ServeError> {
    tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Listen {
            url: url.to_string(),
            source,
        })
}

pub(super) async fn serve_peers(
    raft: RaftHandle,
    store: Store,
    connections: Connections,
    url: String,
    max_request_bytes: usize,
) -> std::result::Result<(), ServeError> {
    let service =
        crate::proto::kvdpeer::peer_server::PeerServer::new(peer::PeerService::new(raft, store))
            .max_decoding_message_size(crate::raft::peer_message_limit(max_request_bytes));
    tonic::transport::Server::builder()
        .layer(grpc_status::EtcdStatusLayer::new(&[
            crate::proto::kvdpeer::peer_server::SERVICE_NAME,
        ]))
        .add_service(service)
        .serve_with_incoming(connections)
        .await
        .map_err(|source| ServeError::Transport { url, source })
}
