//! kvd over plain HTTP (HTTP/1.1 or cleartext HTTP/2) on the client port:
//! etcd's v3 JSON gateway under /v3/ and /v3beta/, /health (and /livez,
//! /readyz as etcd 3.5 has them), /version and /metrics. `client_port`
//! sends here every request that is not gRPC.

mod gateway;
mod health;

use axum::routing::get;
use axum::Router;
use tonic::codegen::http::StatusCode;

use super::client_port::plain_error;
use super::serving::Grpc;
use super::Ctx;

/// What the handlers share: the member, and its gRPC services to call in
/// process as a client would.
#[derive(Clone)]
pub(super) struct HttpState {
    ctx: Ctx,
    grpc: Grpc,
}

/// Everything a client port serves over HTTP.
pub(super) fn router(ctx: Ctx, grpc: Grpc) -> Router {
    let v3 = gateway::routes();
    Router::new()
        .nest("/v3", v3.clone())
        .nest("/v3beta", v3)
        .merge(probes())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(HttpState { ctx, grpc })
}

/// What a --listen-metrics-urls listener serves: the probes and /metrics.
pub(super) fn metrics_router(ctx: Ctx, grpc: Grpc) -> Router {
    probes()
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(HttpState { ctx, grpc })
}

fn probes() -> Router<HttpState> {
    Router::new()
        .route("/health", get(health::health))
        .route("/livez", get(health::livez))
        .route("/readyz", get(health::readyz))
        .route("/version", get(health::version))
        .route("/metrics", get(health::metrics))
}

async fn not_found() -> axum::response::Response {
    plain_error(StatusCode::NOT_FOUND, "404 page not found\n")
}

async fn method_not_allowed() -> axum::response::Response {
    plain_error(StatusCode::METHOD_NOT_ALLOWED, "Method Not Allowed\n")
}
