//! kvd over plain HTTP (HTTP/1.1 or cleartext HTTP/2) on the client port:
//! etcd's v3 JSON gateway under /v3/ and /v3beta/, the v2 API under /v2/
//! (with --enable-v2), /health (and /livez, /readyz as etcd 3.5 has them),
//! /version and /metrics, and the web dashboard under /ui. `client_port`
//! sends here every request that is not gRPC.

mod gateway;
mod health;
mod ui;
mod v2;

use axum::routing::get;
use axum::Router;
use tonic::codegen::http::StatusCode;

use super::client_port::plain_error;
use super::serving::Grpc;
use super::Ctx;

/// How long a client may take to send a request's body (a slow client
/// holds nothing past it).
const BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// What the handlers share: the member, and its gRPC services to call in
/// process as a client would.
#[derive(Clone)]
pub(super) struct HttpState {
    ctx: Ctx,
    grpc: Grpc,
    /// When the member started serving (v2's stats tell it).
    started: std::time::SystemTime,
}

impl HttpState {
    fn new(ctx: Ctx, grpc: Grpc) -> HttpState {
        HttpState {
            ctx,
            grpc,
            started: std::time::SystemTime::now(),
        }
    }
}

/// Everything a client port serves over HTTP (the v2 API with
/// `enable_v2`, as etcd's --enable-v2; the dashboard with `ui`).
pub(super) fn router(ctx: Ctx, grpc: Grpc, enable_v2: bool, ui: bool) -> Router {
    let v3 = gateway::routes();
    let mut router = Router::new()
        .nest("/v3", v3.clone())
        .nest("/v3beta", v3)
        .merge(probes());
    if enable_v2 {
        router = router.merge(v2::routes());
    }
    if ui {
        router = router.merge(ui::routes(ui::Api::SameOrigin));
    }
    router
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(HttpState::new(ctx, grpc))
}

/// What a --listen-metrics-urls listener serves: the probes and /metrics,
/// and with `ui` the dashboard (whose page then calls the member's client
/// URL, as only the client port serves the API).
pub(super) fn metrics_router(ctx: Ctx, grpc: Grpc, ui: bool) -> Router {
    let mut router = probes();
    if ui {
        router = router.merge(ui::routes(ui::Api::ClientUrl));
    }
    router
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(HttpState::new(ctx, grpc))
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
