//! etcd's v2 HTTP API on the v3 store (as etcd's v2v3 emulation kept it),
//! served with --enable-v2: /v2/keys (files, directories, TTLs,
//! compare-and-swap and -delete, in-order keys, long-poll watches),
//! /v2/members and /v2/stats/self, with v2's headers, error codes
//! and bodies, so curl scripts and `ETCDCTL_API=2 etcdctl` work.

mod error;
mod members;
mod node;
mod store;
mod watch;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use axum::routing::{any, get};
use axum::Router;
use serde::Serialize;
use tonic::codegen::http::{header, HeaderValue, Method, StatusCode};

use super::HttpState;
use error::*;
use node::Node;
use store::{Answer, Removal, V2Store, Write};

/// The v2 routes.
pub(super) fn routes() -> Router<HttpState> {
    Router::new()
        .route("/v2/keys", any(keys))
        .route("/v2/keys/", any(keys))
        .route("/v2/keys/{*path}", any(keys))
        .route("/v2/members", get(members::list).post(members::add))
        .route("/v2/members/leader", get(members::leader))
        .route(
            "/v2/members/{id}",
            axum::routing::delete(members::remove).put(members::update),
        )
        .route("/v2/stats/self", get(members::stats_self))
}

/// Every request on /v2/keys.
async fn keys(State(state): State<HttpState>, req: Request) -> Response {
    let method = req.method().clone();
    // Go's server hands handlers the path percent-decoded.
    let raw = percent_encoding::percent_decode_str(req.uri().path())
        .decode_utf8_lossy()
        .into_owned();
    if let Some(clean) = go_clean_path(&raw) {
        return redirect(&method, &clean);
    }
    let path = node::clean(raw.strip_prefix("/v2/keys").unwrap_or_default());
    let limit = state.ctx.limits.max_request_bytes * 4;
    let params = match params(req, limit).await {
        Ok(params) => params,
        Err(e) => return error_response(&state, &e),
    };
    let store = V2Store::new(state.grpc.clone());
    let result = match method {
        Method::GET | Method::HEAD => read(&state, &store, &path, &params).await,
        Method::PUT => match write_of(&params) {
            Ok(w) => store.put(&path, &w).await,
            Err(e) => Err(e),
        },
        Method::POST => match ttl_of(&params) {
            Ok(ttl) => {
                let value = params.get("value").unwrap_or_default();
                store.create_in_order(&path, value, ttl).await
            }
            Err(e) => Err(e),
        },
        Method::DELETE => match removal_of(&params) {
            Ok(r) => store.delete(&path, &r).await,
            Err(e) => Err(e),
        },
        _ => {
            return super::super::client_port::plain_error(
                StatusCode::METHOD_NOT_ALLOWED,
                "Method Not Allowed\n",
            )
        }
    };
    match result {
        Ok(answer) => answer_response(&state, &answer),
        Err(e) => error_response(&state, &e),
    }
}

async fn read(
    state: &HttpState,
    store: &V2Store,
    path: &str,
    params: &Params,
) -> Result<Answer, V2Error> {
    let recursive = params.flag("recursive")?;
    if params.flag("wait")? {
        let from = params.number("waitIndex", INDEX_NAN)?;
        return watch::wait(state.grpc.clone(), path, recursive, from).await;
    }
    store.get(path, recursive).await
}

fn write_of(params: &Params) -> Result<Write, V2Error> {
    let prev_value = prev_value(params)?;
    Ok(Write {
        value: params.get("value").unwrap_or_default().to_string(),
        dir: params.flag("dir")?,
        ttl: ttl_of(params)?,
        prev_exist: params.optional_flag("prevExist")?,
        prev_value,
        prev_index: params.number("prevIndex", INDEX_NAN)?.filter(|i| *i > 0),
    })
}

fn removal_of(params: &Params) -> Result<Removal, V2Error> {
    let prev_value = prev_value(params)?;
    Ok(Removal {
        dir: params.flag("dir")?,
        recursive: params.flag("recursive")?,
        prev_value,
        prev_index: params.number("prevIndex", INDEX_NAN)?.filter(|i| *i > 0),
    })
}

/// `prevValue`, which v2 refuses empty.
fn prev_value(params: &Params) -> Result<Option<String>, V2Error> {
    match params.get("prevValue") {
        Some("") => Err(V2Error::new(
            PREV_VALUE_REQUIRED,
            "\"prevValue\" cannot be empty",
            0,
        )),
        other => Ok(other.map(str::to_string)),
    }
}

fn ttl_of(params: &Params) -> Result<Option<i64>, V2Error> {
    params.number("ttl", TTL_NAN)
}

/// The query's and the form body's parameters, as Go's `FormValue`
/// reads them (the body's first).
struct Params(Vec<(String, String)>);

impl Params {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// A boolean as Go's `strconv.ParseBool` reads it; absent is false.
    fn flag(&self, name: &str) -> Result<bool, V2Error> {
        Ok(self.optional_flag(name)?.unwrap_or(false))
    }

    fn optional_flag(&self, name: &str) -> Result<Option<bool>, V2Error> {
        match self.get(name) {
            None => Ok(None),
            Some("1" | "t" | "T" | "TRUE" | "true" | "True") => Ok(Some(true)),
            Some("0" | "f" | "F" | "FALSE" | "false" | "False") => Ok(Some(false)),
            Some(_) => Err(invalid(INVALID_FIELD, name)),
        }
    }

    /// A number; absent or empty is `None`.
    fn number(&self, name: &str, code: u16) -> Result<Option<i64>, V2Error> {
        match self.get(name) {
            None | Some("") => Ok(None),
            Some(v) => v.parse().map(Some).map_err(|_| invalid(code, name)),
        }
    }
}

fn invalid(code: u16, name: &str) -> V2Error {
    // v2 quotes every field's name in this cause but prevExist's.
    let cause = if name == "prevExist" {
        format!("invalid value for {name}")
    } else {
        format!("invalid value for \"{name}\"")
    };
    V2Error::new(code, cause, 0)
}

/// The path Go's HTTP server would redirect `path` to, if it is not clean
/// (`.`, `..` or doubled slashes; a trailing slash is kept).
fn go_clean_path(path: &str) -> Option<String> {
    let mut clean = node::clean(path);
    if path.ends_with('/') && clean != "/" {
        clean.push('/');
    }
    (clean != path).then_some(clean)
}

/// Go's `http.Redirect` with 301: a body only for GET and HEAD.
fn redirect(method: &Method, to: &str) -> Response {
    let get = method == Method::GET || method == Method::HEAD;
    let body = if get {
        format!("<a href=\"{to}\">Moved Permanently</a>.\n\n")
    } else {
        String::new()
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::MOVED_PERMANENTLY;
    if let Ok(location) = HeaderValue::from_str(to) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    if get {
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
    }
    response
}

async fn params(req: Request, limit: usize) -> Result<Params, V2Error> {
    let query = req.uri().query().unwrap_or_default().to_string();
    let form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v.starts_with("application/x-www-form-urlencoded"));
    let read = axum::body::to_bytes(req.into_body(), limit);
    let body = match tokio::time::timeout(super::BODY_TIMEOUT, read).await {
        Ok(Ok(body)) => body,
        Ok(Err(e)) => return Err(V2Error::new(INVALID_FORM, e.to_string(), 0)),
        Err(_) => {
            return Err(V2Error::new(
                INVALID_FORM,
                "the body did not arrive in time",
                0,
            ))
        }
    };
    let mut all: Vec<(String, String)> = Vec::new();
    if form {
        all.extend(form_urlencoded::parse(&body).into_owned());
    }
    all.extend(form_urlencoded::parse(query.as_bytes()).into_owned());
    Ok(Params(all))
}

#[derive(Serialize)]
struct Body_<'a> {
    action: &'a str,
    node: &'a Node,
    #[serde(rename = "prevNode", skip_serializing_if = "Option::is_none")]
    prev_node: Option<&'a Node>,
}

fn answer_response(state: &HttpState, answer: &Answer) -> Response {
    let body = serde_json::to_vec(&Body_ {
        action: answer.action,
        node: &answer.node,
        prev_node: answer.prev.as_ref(),
    })
    .unwrap_or_default();
    let status = if answer.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let mut response = json(status, body);
    let raft = state.ctx.raft.status();
    let headers = response.headers_mut();
    set_number(headers, "x-etcd-cluster-id", None, state.ctx.cluster_id);
    set_number(headers, "x-etcd-index", Some(answer.index), 0);
    set_number(
        headers,
        "x-raft-index",
        Some(state.ctx.raft.applied_index() as i64),
        0,
    );
    set_number(headers, "x-raft-term", Some(raft.term() as i64), 0);
    response
}

fn error_response(state: &HttpState, e: &V2Error) -> Response {
    let mut response = json(e.status(), serde_json::to_vec(e).unwrap_or_default());
    let headers = response.headers_mut();
    set_number(headers, "x-etcd-cluster-id", None, state.ctx.cluster_id);
    set_number(headers, "x-etcd-index", Some(e.index), 0);
    response
}

/// Sets a header to a decimal `number`, or to `hex` in hex when `number`
/// is `None`.
fn set_number(
    headers: &mut tonic::codegen::http::HeaderMap,
    name: &'static str,
    number: Option<i64>,
    hex: u64,
) {
    let text = match number {
        Some(n) => n.to_string(),
        None => format!("{hex:x}"),
    };
    if let Ok(value) = HeaderValue::from_str(&text) {
        headers.insert(name, value);
    }
}

/// A JSON answer, with the newline Go's JSON encoder ends it with.
fn json(status: StatusCode, mut body: Vec<u8>) -> Response {
    body.push(b'\n');
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}
