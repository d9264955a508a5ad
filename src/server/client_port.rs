//! One client port, three protocols, as etcd's cmux gives: gRPC over
//! HTTP/2, and JSON over HTTP/1.1 or cleartext HTTP/2 (hyper tells HTTP/1
//! from HTTP/2 by a connection's first bytes). A request with a gRPC
//! content type goes to the gRPC services, any other to the HTTP router.

use std::convert::Infallible;
use std::time::Duration;

use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use tokio_stream::StreamExt as _;
use tonic::codegen::http::{header, HeaderValue, Method, Request, Response, StatusCode};
use tonic::transport::server::Connected as _;
use tower::ServiceExt as _;

use super::h2_authority::FixAuthority;
use super::listen::Conn;
use super::serving::{Connections, Grpc};

/// How long an HTTP/1 client may take to send a request's headers.
const HEADER_TIMEOUT: Duration = Duration::from_secs(30);

/// Serves every connection from `connections` until the listener stops.
pub(super) async fn serve(mut connections: Connections, grpc: Grpc, http: axum::Router) {
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT);
    builder.http2().timer(TokioTimer::new());
    while let Some(conn) = connections.next().await {
        let Ok(conn) = conn else { continue };
        serve_connection(&builder, conn, grpc.clone(), http.clone());
    }
}

fn serve_connection(
    builder: &auto::Builder<TokioExecutor>,
    conn: Conn,
    grpc: Grpc,
    http: axum::Router,
) {
    let info = conn.connect_info();
    let service = hyper::service::service_fn(move |mut req: Request<Incoming>| {
        req.extensions_mut().insert(info.clone());
        route(req, grpc.clone(), http.clone())
    });
    let builder = builder.clone();
    tokio::spawn(async move {
        let io = TokioIo::new(FixAuthority::new(conn));
        if let Err(e) = builder.serve_connection_with_upgrades(io, service).await {
            tracing::debug!("client connection ended: {e}");
        }
    });
}

/// Sends `req` to gRPC or to the HTTP router.
async fn route(
    req: Request<Incoming>,
    grpc: Grpc,
    http: axum::Router,
) -> Result<Response<tonic::body::Body>, Infallible> {
    if is_grpc(&req) {
        let req = req.map(tonic::body::Body::new);
        return grpc.oneshot(req).await;
    }
    let req = req.map(axum::body::Body::new);
    if req.method() == Method::OPTIONS {
        // A browser's CORS preflight: etcd answers every one.
        let mut response = Response::new(tonic::body::Body::empty());
        allow_cross_origin(response.headers_mut());
        return Ok(response);
    }
    let response = match http.oneshot(req).await {
        Ok(response) => response,
        Err(never) => match never {},
    };
    let mut response = response.map(tonic::body::Body::new);
    allow_cross_origin(response.headers_mut());
    Ok(response)
}

fn is_grpc<B>(req: &Request<B>) -> bool {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/grpc"))
}

/// etcd's gateway lets any origin call it.
fn allow_cross_origin(headers: &mut tonic::codegen::http::HeaderMap) {
    headers.insert(
        "access-control-allow-headers",
        HeaderValue::from_static("accept, content-type, authorization"),
    );
    headers.insert(
        "access-control-allow-methods",
        HeaderValue::from_static("POST, GET, OPTIONS, PUT, DELETE"),
    );
    headers.insert("access-control-allow-origin", HeaderValue::from_static("*"));
}

/// What an HTTP client is told when it asks for something not here.
pub(super) fn plain_error(status: StatusCode, text: &'static str) -> Response<axum::body::Body> {
    let mut response = Response::new(axum::body::Body::from(text));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    response
}
