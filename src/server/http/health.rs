//! The probes: /health as etcd 3.4 answers it (no alarm, a leader, and a
//! linearizable read within a second), /livez and /readyz as etcd 3.5's,
//! /version, and /metrics for Prometheus.

use std::time::Duration;

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use tonic::codegen::http::{header, HeaderValue, StatusCode};

use super::HttpState;
use crate::metrics::metrics as registry;
use crate::server::maintenance::MaintenanceService;
use crate::server::ETCD_API_VERSION;

/// How long the health check's read may take.
const READ_TIMEOUT: Duration = Duration::from_secs(1);

/// GET /health: `{"health":"true"}`, or 503 and `"false"`.
pub(super) async fn health(State(state): State<HttpState>) -> Response {
    let healthy = is_healthy(&state).await;
    let body = if healthy {
        r#"{"health":"true"}"#
    } else {
        r#"{"health":"false"}"#
    };
    let status = if healthy {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    text(status, "text/plain; charset=utf-8", body.to_string())
}

/// GET /livez: the member is serving.
pub(super) async fn livez() -> Response {
    text(StatusCode::OK, "text/plain; charset=utf-8", "ok".into())
}

/// GET /readyz: the member can answer linearizable requests.
pub(super) async fn readyz(State(state): State<HttpState>) -> Response {
    if is_healthy(&state).await {
        text(StatusCode::OK, "text/plain; charset=utf-8", "ok".into())
    } else {
        text(
            StatusCode::SERVICE_UNAVAILABLE,
            "text/plain; charset=utf-8",
            "[-]linearizable_read failed\nreadyz check failed".into(),
        )
    }
}

/// GET /version: the server's and the cluster's versions.
pub(super) async fn version() -> Response {
    let body =
        format!(r#"{{"etcdserver":"{ETCD_API_VERSION}","etcdcluster":"{ETCD_API_VERSION}"}}"#);
    text(StatusCode::OK, "application/json", body)
}

/// GET /metrics: every series, the states read now.
pub(super) async fn metrics(State(state): State<HttpState>) -> Response {
    refresh(&state);
    let body = registry().text();
    let mut response = body.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    response
}

/// No alarm, a known leader, and a read through Raft in time.
async fn is_healthy(state: &HttpState) -> bool {
    let ctx = &state.ctx;
    if !MaintenanceService::new(ctx.clone()).alarms().is_empty() {
        return false;
    }
    if ctx.raft.status().leader() == 0 {
        return false;
    }
    matches!(
        tokio::time::timeout(READ_TIMEOUT, ctx.raft.linearizable_barrier()).await,
        Ok(Ok(()))
    )
}

/// Sets the gauges that are read rather than counted.
fn refresh(state: &HttpState) {
    let (ctx, m) = (&state.ctx, registry());
    let raft = ctx.raft.status();
    m.has_leader.set(i64::from(raft.leader() != 0));
    m.is_leader.set(i64::from(raft.leader() == ctx.member_id));
    m.proposals_committed.set(raft.commit() as i64);
    m.proposals_applied.set(ctx.raft.applied_index() as i64);
    m.db_total_size.set(ctx.store.size() as i64);
    m.db_in_use_size.set(ctx.store.size_in_use() as i64);
    m.quota_backend_bytes
        .set(ctx.limits.quota_backend_bytes as i64);
    m.leases.set(ctx.lessor.ids().len() as i64);
    m.server_version
        .with_label_values(&[ETCD_API_VERSION])
        .set(1);
    if let Ok(txn) = ctx.store.read() {
        let view = txn.view();
        if let Ok(n) = view.live_keys() {
            m.keys_total.set(n as i64);
        }
        if let Ok(rev) = view.current_rev() {
            m.current_revision.set(rev);
        }
        if let Ok(rev) = view.compact_rev() {
            m.compact_revision.set(rev);
        }
    }
}

fn text(status: StatusCode, content_type: &'static str, body: String) -> Response {
    let mut response = (status, body).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}
