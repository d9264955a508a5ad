//! etcd 3.4's v3 JSON gateway: POST /v3/<service>/<method> with the
//! request message as JSON, answered with the response message as JSON.
//!
//! The JSON is proto3's mapping as etcd's gateway writes it (the proto's
//! own field names, 64-bit integers as strings, bytes as base64, enums by
//! name, defaults left out), generated from our protos by pbjson. Each
//! call goes to the member's gRPC services in process, through the same
//! stack a gRPC client meets, so auth, limits and errors are the same. A
//! gRPC error becomes etcd's gateway error: the HTTP status grpc-gateway
//! gives its code, and a body with `error`, `message` and `code`. Streams
//! answer one JSON object per line, each `{"result": ...}`.

use std::future::Future;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use axum::routing::{post, MethodRouter};
use axum::Router;
use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde::Serialize;
use tokio_stream::StreamExt as _;
use tonic::codegen::http::request::Parts;
use tonic::codegen::http::{header, HeaderValue, StatusCode};
use tonic::{Code, Status, Streaming};

use super::HttpState;
use crate::proto::etcdserverpb::auth_client::AuthClient;
use crate::proto::etcdserverpb::cluster_client::ClusterClient;
use crate::proto::etcdserverpb::kv_client::KvClient;
use crate::proto::etcdserverpb::lease_client::LeaseClient;
use crate::proto::etcdserverpb::maintenance_client::MaintenanceClient;
use crate::proto::etcdserverpb::watch_client::WatchClient;
use crate::proto::v3electionpb::election_client::ElectionClient;
use crate::proto::v3lockpb::lock_client::LockClient;
use crate::server::client_port::plain_error;
use crate::server::listen::ConnInfo;
use crate::server::serving::Grpc;

/// The largest request body read: room for any message gRPC would take
/// (its limit is a request's limit and 512 KiB more) as JSON, so that
/// gRPC, not the gateway, refuses an oversized one, in etcd's words.
fn body_limit(max_request_bytes: usize) -> usize {
    (max_request_bytes + 512 * 1024) * 4
}

/// Every path etcd 3.4's gateway serves, under /v3 (or /v3beta).
pub(super) fn routes() -> Router<HttpState> {
    Router::new()
        .route(
            "/kv/range",
            unary(|g, r| async move { KvClient::new(g).range(r).await }),
        )
        .route(
            "/kv/put",
            unary(|g, r| async move { KvClient::new(g).put(r).await }),
        )
        .route(
            "/kv/deleterange",
            unary(|g, r| async move { KvClient::new(g).delete_range(r).await }),
        )
        .route(
            "/kv/txn",
            unary(|g, r| async move { KvClient::new(g).txn(r).await }),
        )
        .route(
            "/kv/compaction",
            unary(|g, r| async move { KvClient::new(g).compact(r).await }),
        )
        .route(
            "/watch",
            bidi(|g, r| async move { WatchClient::new(g).watch(r).await }),
        )
        .merge(lease_routes())
        .merge(cluster_routes())
        .merge(maintenance_routes())
        .merge(auth_routes())
        .merge(lock_routes())
        .fallback(not_found)
}

fn lease_routes() -> Router<HttpState> {
    let revoke = || unary(|g, r| async move { LeaseClient::new(g).lease_revoke(r).await });
    let ttl = || unary(|g, r| async move { LeaseClient::new(g).lease_time_to_live(r).await });
    let leases = || unary(|g, r| async move { LeaseClient::new(g).lease_leases(r).await });
    Router::new()
        .route(
            "/lease/grant",
            unary(|g, r| async move { LeaseClient::new(g).lease_grant(r).await }),
        )
        .route("/lease/revoke", revoke())
        .route("/kv/lease/revoke", revoke())
        .route(
            "/lease/keepalive",
            bidi(|g, r| async move { LeaseClient::new(g).lease_keep_alive(r).await }),
        )
        .route("/lease/timetolive", ttl())
        .route("/kv/lease/timetolive", ttl())
        .route("/lease/leases", leases())
        .route("/kv/lease/leases", leases())
}

fn cluster_routes() -> Router<HttpState> {
    Router::new()
        .route(
            "/cluster/member/add",
            unary(|g, r| async move { ClusterClient::new(g).member_add(r).await }),
        )
        .route(
            "/cluster/member/remove",
            unary(|g, r| async move { ClusterClient::new(g).member_remove(r).await }),
        )
        .route(
            "/cluster/member/update",
            unary(|g, r| async move { ClusterClient::new(g).member_update(r).await }),
        )
        .route(
            "/cluster/member/list",
            unary(|g, r| async move { ClusterClient::new(g).member_list(r).await }),
        )
        .route(
            "/cluster/member/promote",
            unary(|g, r| async move { ClusterClient::new(g).member_promote(r).await }),
        )
}

fn maintenance_routes() -> Router<HttpState> {
    Router::new()
        .route(
            "/maintenance/alarm",
            unary(|g, r| async move { MaintenanceClient::new(g).alarm(r).await }),
        )
        .route(
            "/maintenance/status",
            unary(|g, r| async move { MaintenanceClient::new(g).status(r).await }),
        )
        .route(
            "/maintenance/defragment",
            unary(|g, r| async move { MaintenanceClient::new(g).defragment(r).await }),
        )
        .route(
            "/maintenance/hash",
            unary(|g, r| async move { MaintenanceClient::new(g).hash(r).await }),
        )
        .route(
            "/maintenance/snapshot",
            server_stream(|g, r| async move { MaintenanceClient::new(g).snapshot(r).await }),
        )
        .route(
            "/maintenance/transfer-leadership",
            unary(|g, r| async move { MaintenanceClient::new(g).move_leader(r).await }),
        )
}

fn auth_routes() -> Router<HttpState> {
    Router::new()
        .route(
            "/auth/enable",
            unary(|g, r| async move { AuthClient::new(g).auth_enable(r).await }),
        )
        .route(
            "/auth/disable",
            unary(|g, r| async move { AuthClient::new(g).auth_disable(r).await }),
        )
        .route(
            "/auth/authenticate",
            unary(|g, r| async move { AuthClient::new(g).authenticate(r).await }),
        )
        .route(
            "/auth/user/add",
            unary(|g, r| async move { AuthClient::new(g).user_add(r).await }),
        )
        .route(
            "/auth/user/get",
            unary(|g, r| async move { AuthClient::new(g).user_get(r).await }),
        )
        .route(
            "/auth/user/list",
            unary(|g, r| async move { AuthClient::new(g).user_list(r).await }),
        )
        .route(
            "/auth/user/delete",
            unary(|g, r| async move { AuthClient::new(g).user_delete(r).await }),
        )
        .route(
            "/auth/user/changepw",
            unary(|g, r| async move { AuthClient::new(g).user_change_password(r).await }),
        )
        .route(
            "/auth/user/grant",
            unary(|g, r| async move { AuthClient::new(g).user_grant_role(r).await }),
        )
        .route(
            "/auth/user/revoke",
            unary(|g, r| async move { AuthClient::new(g).user_revoke_role(r).await }),
        )
        .route(
            "/auth/role/add",
            unary(|g, r| async move { AuthClient::new(g).role_add(r).await }),
        )
        .route(
            "/auth/role/get",
            unary(|g, r| async move { AuthClient::new(g).role_get(r).await }),
        )
        .route(
            "/auth/role/list",
            unary(|g, r| async move { AuthClient::new(g).role_list(r).await }),
        )
        .route(
            "/auth/role/delete",
            unary(|g, r| async move { AuthClient::new(g).role_delete(r).await }),
        )
        .route(
            "/auth/role/grant",
            unary(|g, r| async move { AuthClient::new(g).role_grant_permission(r).await }),
        )
        .route(
            "/auth/role/revoke",
            unary(|g, r| async move { AuthClient::new(g).role_revoke_permission(r).await }),
        )
}

fn lock_routes() -> Router<HttpState> {
    Router::new()
        .route(
            "/lock/lock",
            unary(|g, r| async move { LockClient::new(g).lock(r).await }),
        )
        .route(
            "/lock/unlock",
            unary(|g, r| async move { LockClient::new(g).unlock(r).await }),
        )
        .route(
            "/election/campaign",
            unary(|g, r| async move { ElectionClient::new(g).campaign(r).await }),
        )
        .route(
            "/election/proclaim",
            unary(|g, r| async move { ElectionClient::new(g).proclaim(r).await }),
        )
        .route(
            "/election/leader",
            unary(|g, r| async move { ElectionClient::new(g).leader(r).await }),
        )
        .route(
            "/election/observe",
            server_stream(|g, r| async move { ElectionClient::new(g).observe(r).await }),
        )
        .route(
            "/election/resign",
            unary(|g, r| async move { ElectionClient::new(g).resign(r).await }),
        )
}

/// A unary method: one JSON request, one JSON response.
fn unary<Req, Resp, F, Fut>(call: F) -> MethodRouter<HttpState>
where
    Req: DeserializeOwned + Default + Send + 'static,
    Resp: Serialize + Send + 'static,
    F: Fn(Grpc, tonic::Request<Req>) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<tonic::Response<Resp>, Status>> + Send,
{
    post(
        move |State(state): State<HttpState>, req: Request| async move {
            let (parts, body) = req.into_parts();
            let limit = body_limit(state.ctx.limits.max_request_bytes);
            let message = match read_message::<Req>(body, limit).await {
                Ok(message) => message,
                Err(status) => return error_response(&status),
            };
            match call(state.grpc, grpc_request(&parts, message)).await {
                Ok(response) => json_response(StatusCode::OK, &response.into_inner()),
                Err(status) => error_response(&status),
            }
        },
    )
}

/// A method that streams its responses from one JSON request.
fn server_stream<Req, Resp, F, Fut>(call: F) -> MethodRouter<HttpState>
where
    Req: DeserializeOwned + Default + Send + 'static,
    Resp: Serialize + Send + 'static,
    F: Fn(Grpc, tonic::Request<Req>) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<tonic::Response<Streaming<Resp>>, Status>> + Send,
{
    post(
        move |State(state): State<HttpState>, req: Request| async move {
            let (parts, body) = req.into_parts();
            let limit = body_limit(state.ctx.limits.max_request_bytes);
            let message = match read_message::<Req>(body, limit).await {
                Ok(message) => message,
                Err(status) => return error_response(&status),
            };
            stream_response(call(state.grpc, grpc_request(&parts, message)).await).await
        },
    )
}

/// A method with streams both ways: the request body is a sequence of
/// JSON requests, read as they arrive.
fn bidi<Req, Resp, F, Fut>(call: F) -> MethodRouter<HttpState>
where
    Req: DeserializeOwned + Send + 'static,
    Resp: Serialize + Send + 'static,
    F: Fn(Grpc, tonic::Request<tokio_stream::wrappers::ReceiverStream<Req>>) -> Fut
        + Clone
        + Send
        + Sync
        + 'static,
    Fut: Future<Output = Result<tonic::Response<Streaming<Resp>>, Status>> + Send,
{
    post(
        move |State(state): State<HttpState>, req: Request| async move {
            let (parts, body) = req.into_parts();
            let limit = body_limit(state.ctx.limits.max_request_bytes);
            let requests = match message_stream::<Req>(body, limit).await {
                Ok(requests) => requests,
                Err(status) => return error_response(&status),
            };
            stream_response(call(state.grpc, grpc_request(&parts, requests)).await).await
        },
    )
}

/// The request for the gRPC call: the HTTP request's token (etcd's gateway
/// takes it from `Authorization`, or from `Grpc-Metadata-Token`) and its
/// connection's client certificate.
fn grpc_request<T>(parts: &Parts, message: T) -> tonic::Request<T> {
    let mut request = tonic::Request::new(message);
    let token = parts
        .headers
        .get(header::AUTHORIZATION)
        .or_else(|| parts.headers.get("grpc-metadata-token"))
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    if let Some(token) = token {
        request.metadata_mut().insert("authorization", token);
    }
    if let Some(info) = parts.extensions.get::<ConnInfo>() {
        request.extensions_mut().insert(info.clone());
    }
    request
}

/// The body as one message; an empty body is the default message.
async fn read_message<T: DeserializeOwned + Default>(
    body: Body,
    limit: usize,
) -> Result<T, Status> {
    let bytes = read_body(body, limit).await?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    serde_json::from_slice(&bytes).map_err(|e| Status::invalid_argument(e.to_string()))
}

async fn read_body(body: Body, limit: usize) -> Result<Bytes, Status> {
    let read = tokio::time::timeout(super::BODY_TIMEOUT, axum::body::to_bytes(body, limit));
    match read.await {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(e)) => Err(Status::resource_exhausted(format!(
            "request body: {e} (at most {limit} bytes are accepted)"
        ))),
        Err(_) => Err(Status::cancelled(format!(
            "the request body did not arrive within {} s",
            super::BODY_TIMEOUT.as_secs()
        ))),
    }
}

/// The messages of a body as they arrive. The first must parse, or the
/// call is refused as a whole; a later malformed one ends the stream.
async fn message_stream<T: DeserializeOwned + Send + 'static>(
    body: Body,
    limit: usize,
) -> Result<tokio_stream::wrappers::ReceiverStream<T>, Status> {
    let (tx, rx) = tokio::sync::mpsc::channel(16);
    let mut parser = JsonSequence::default();
    let mut chunks = body.into_data_stream();
    // Read until the first message is whole (or the body ends).
    let first = loop {
        match parser.next::<T>()? {
            Some(message) => break Some(message),
            None if parser.ended => break None,
            None => match chunks.next().await {
                Some(Ok(chunk)) => parser.push(&chunk, limit)?,
                Some(Err(e)) => return Err(Status::invalid_argument(e.to_string())),
                None => parser.ended = true,
            },
        }
    };
    if let Some(first) = first {
        let _ = tx.send(first).await;
        tokio::spawn(async move {
            loop {
                match parser.next::<T>() {
                    Ok(Some(message)) => {
                        if tx.send(message).await.is_err() {
                            return;
                        }
                    }
                    Ok(None) if parser.ended => return,
                    Ok(None) => match chunks.next().await {
                        Some(Ok(chunk)) => {
                            if parser.push(&chunk, limit).is_err() {
                                return;
                            }
                        }
                        Some(Err(_)) => return,
                        None => parser.ended = true,
                    },
                    Err(_) => return,
                }
            }
        });
    }
    Ok(tokio_stream::wrappers::ReceiverStream::new(rx))
}

/// JSON values one after another, as a streaming body brings them.
#[derive(Default)]
struct JsonSequence {
    buf: Vec<u8>,
    ended: bool,
}

impl JsonSequence {
    fn push(&mut self, chunk: &[u8], limit: usize) -> Result<(), Status> {
        if self.buf.len() + chunk.len() > limit {
            return Err(Status::resource_exhausted(format!(
                "a streamed request is over {limit} bytes"
            )));
        }
        self.buf.extend_from_slice(chunk);
        Ok(())
    }

    /// The next whole value, `None` if more bytes are needed (or, once the
    /// body has ended, if there is none).
    fn next<T: DeserializeOwned>(&mut self) -> Result<Option<T>, Status> {
        let mut values = serde_json::Deserializer::from_slice(&self.buf).into_iter::<T>();
        match values.next() {
            Some(Ok(value)) => {
                let used = values.byte_offset();
                self.buf.drain(..used);
                Ok(Some(value))
            }
            Some(Err(e)) if e.is_eof() && !self.ended => Ok(None),
            Some(Err(e)) => Err(Status::invalid_argument(e.to_string())),
            None => {
                self.buf.clear();
                Ok(None)
            }
        }
    }
}

/// A stream's answer, as grpc-gateway gives it: if the first message is an
/// error, that error's HTTP status and `{"error": {...}}`; otherwise 200
/// and one `{"result": ...}` line per message, an error ending the stream.
async fn stream_response<Resp: Serialize + Send + 'static>(
    call: Result<tonic::Response<Streaming<Resp>>, Status>,
) -> Response {
    let mut messages = match call {
        Ok(response) => response.into_inner(),
        Err(status) => return stream_error_response(&status),
    };
    let first = match messages.message().await {
        Ok(Some(first)) => first,
        Ok(None) => return json_bytes_response(StatusCode::OK, Bytes::new()),
        Err(status) => return stream_error_response(&status),
    };
    let mut response = Response::new(Body::from_stream(lines(first, messages)));
    set_json_headers(&mut response);
    response
}

/// One line per message, until the stream, or the HTTP client, goes.
fn lines<Resp: Serialize + Send + 'static>(
    first: Resp,
    mut messages: Streaming<Resp>,
) -> tokio_stream::wrappers::ReceiverStream<Result<Bytes, std::convert::Infallible>> {
    let (tx, rx) = tokio::sync::mpsc::channel(16);
    tokio::spawn(async move {
        let mut line = result_line(&first);
        loop {
            if tx.send(Ok(line)).await.is_err() {
                return;
            }
            let next = tokio::select! {
                next = messages.message() => next,
                // The client went: drop the call.
                () = tx.closed() => return,
            };
            line = match next {
                Ok(Some(message)) => result_line(&message),
                Ok(None) => return,
                Err(status) => {
                    let _ = tx.send(Ok(Bytes::from(stream_error_json(&status)))).await;
                    return;
                }
            };
        }
    });
    tokio_stream::wrappers::ReceiverStream::new(rx)
}

fn result_line<T: Serialize>(message: &T) -> Bytes {
    #[derive(Serialize)]
    struct Chunk<'a, T> {
        result: &'a T,
    }
    let mut line = to_json(&Chunk { result: message });
    line.push(b'\n');
    Bytes::from(line)
}

/// A stream error's body: grpc-gateway's `StreamError` under `error`.
fn stream_error_json(status: &Status) -> Vec<u8> {
    #[derive(Serialize)]
    struct StreamError<'a> {
        grpc_code: i32,
        http_code: u16,
        message: &'a str,
        http_status: &'a str,
    }
    #[derive(Serialize)]
    struct Chunk<'a> {
        error: StreamError<'a>,
    }
    let http = http_status(status.code());
    to_json(&Chunk {
        error: StreamError {
            grpc_code: status.code() as i32,
            http_code: http.as_u16(),
            message: status.message(),
            http_status: http.canonical_reason().unwrap_or(""),
        },
    })
}

fn stream_error_response(status: &Status) -> Response {
    json_bytes_response(
        http_status(status.code()),
        Bytes::from(stream_error_json(status)),
    )
}

/// etcd's gateway error: the status grpc-gateway gives the code, and
/// `{"error": message, "message": message, "code": code}`.
fn error_response(status: &Status) -> Response {
    #[derive(Serialize)]
    struct GatewayError<'a> {
        error: &'a str,
        message: &'a str,
        code: i32,
    }
    let body = GatewayError {
        error: status.message(),
        message: status.message(),
        code: status.code() as i32,
    };
    json_response(http_status(status.code()), &body)
}

/// The HTTP status grpc-gateway (v1, as etcd 3.4 has it) gives a code.
fn http_status(code: Code) -> StatusCode {
    match code {
        Code::Ok => StatusCode::OK,
        Code::Cancelled => StatusCode::REQUEST_TIMEOUT,
        Code::InvalidArgument | Code::OutOfRange => StatusCode::BAD_REQUEST,
        Code::DeadlineExceeded => StatusCode::GATEWAY_TIMEOUT,
        Code::NotFound => StatusCode::NOT_FOUND,
        Code::AlreadyExists | Code::Aborted => StatusCode::CONFLICT,
        Code::PermissionDenied => StatusCode::FORBIDDEN,
        Code::Unauthenticated => StatusCode::UNAUTHORIZED,
        Code::ResourceExhausted => StatusCode::TOO_MANY_REQUESTS,
        Code::FailedPrecondition => StatusCode::PRECONDITION_FAILED,
        Code::Unimplemented => StatusCode::NOT_IMPLEMENTED,
        Code::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        Code::Unknown | Code::Internal | Code::DataLoss => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    // Our messages and error bodies always serialize.
    serde_json::to_vec(value).unwrap_or_default()
}

fn json_response<T: Serialize>(status: StatusCode, value: &T) -> Response {
    json_bytes_response(status, Bytes::from(to_json(value)))
}

fn json_bytes_response(status: StatusCode, body: Bytes) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    set_json_headers(&mut response);
    response
}

fn set_json_headers(response: &mut Response) {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(
        "grpc-metadata-content-type",
        HeaderValue::from_static("application/grpc"),
    );
}

async fn not_found() -> Response {
    plain_error(StatusCode::NOT_FOUND, "Not Found\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::etcdserverpb::{RangeRequest, RangeResponse, WatchRequest};
    use crate::proto::mvccpb::KeyValue;

    #[test]
    fn json_is_etcds_gateway_json() {
        let response = RangeResponse {
            kvs: vec![KeyValue {
                key: Bytes::from_static(b"foo"),
                create_revision: 2,
                mod_revision: 2,
                version: 1,
                value: Bytes::from_static(b"bar"),
                lease: 0,
            }],
            count: 1,
            ..Default::default()
        };
        assert_eq!(
            String::from_utf8(to_json(&response)).unwrap(),
            r#"{"kvs":[{"key":"Zm9v","create_revision":"2","mod_revision":"2","version":"1","value":"YmFy"}],"count":"1"}"#
        );
    }

    #[test]
    fn requests_take_names_numbers_and_enums_either_way() {
        let r: RangeRequest = serde_json::from_str(
            r#"{"key":"Zm9v","keysOnly":true,"limit":1,"sort_order":"DESCEND","unknown":5}"#,
        )
        .unwrap();
        assert_eq!(&r.key[..], b"foo");
        assert!(r.keys_only);
        assert_eq!(r.limit, 1);
        assert_eq!(r.sort_order, 2);
        assert!(serde_json::from_str::<RangeRequest>(r#"{"key":5}"#).is_err());
        assert!(serde_json::from_str::<RangeRequest>(r#"{"key":"!!!"}"#).is_err());
    }

    #[test]
    fn a_body_of_several_messages_is_read_one_by_one() {
        let mut seq = JsonSequence::default();
        seq.push(br#"{"create_request":{"key":"YQ=="}} {"cancel_re"#, 1 << 20)
            .unwrap();
        assert!(seq.next::<WatchRequest>().unwrap().is_some());
        assert!(seq.next::<WatchRequest>().unwrap().is_none());
        seq.push(br#"quest":{"watch_id":"1"}}"#, 1 << 20).unwrap();
        assert!(seq.next::<WatchRequest>().unwrap().is_some());
        seq.ended = true;
        assert!(seq.next::<WatchRequest>().unwrap().is_none());
        seq.push(b"{oops", 1 << 20).unwrap();
        assert!(seq.next::<WatchRequest>().is_err());
    }

    #[test]
    fn codes_map_to_grpc_gateways_statuses() {
        assert_eq!(http_status(Code::OutOfRange), StatusCode::BAD_REQUEST);
        assert_eq!(
            http_status(Code::FailedPrecondition),
            StatusCode::PRECONDITION_FAILED
        );
        assert_eq!(
            http_status(Code::Unavailable),
            StatusCode::SERVICE_UNAVAILABLE
        );
    }
}
