//! The web dashboard under /ui: a framework-free page and its scripts,
//! compiled into the binary (no files to install, nothing fetched from
//! elsewhere). The page reads and writes through the v3 JSON gateway
//! with the signed-in user's token in an `Authorization` header, so it
//! meets the same auth as any client; it uses no cookies, so another
//! site cannot make a browser act for its user (no CSRF), and the token
//! never appears in a URL.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use tonic::codegen::http::{header, HeaderMap, HeaderValue, StatusCode};

use super::HttpState;
use crate::proto::kvdpb::MemberRecord;
use crate::server::client_port::plain_error;

/// Where the page finds the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Api {
    /// On a client URL: the page's own origin serves the gateway.
    SameOrigin,
    /// On a --listen-metrics-urls listener, which serves no API: the page
    /// calls this member's advertised client URL.
    ClientUrl,
}

/// The page's files: name, content type, content.
const ASSETS: &[(&str, &str, &str)] = &[
    ("index.html", HTML, include_str!("assets/index.html")),
    ("style.css", CSS, include_str!("assets/style.css")),
    ("app.js", JS, include_str!("assets/app.js")),
    ("api.js", JS, include_str!("assets/api.js")),
    ("dom.js", JS, include_str!("assets/dom.js")),
    ("keys.js", JS, include_str!("assets/keys.js")),
    ("diff.js", JS, include_str!("assets/diff.js")),
    ("tail.js", JS, include_str!("assets/tail.js")),
    ("cluster.js", JS, include_str!("assets/cluster.js")),
    ("leases.js", JS, include_str!("assets/leases.js")),
    ("locks.js", JS, include_str!("assets/locks.js")),
];
const HTML: &str = "text/html; charset=utf-8";
const CSS: &str = "text/css; charset=utf-8";
const JS: &str = "text/javascript; charset=utf-8";

/// The dashboard's routes.
pub(super) fn routes(api: Api) -> Router<HttpState> {
    Router::new()
        .route("/ui", get(|| async { Redirect::permanent("/ui/") }))
        .route(
            "/ui/",
            get(|state| asset(state, Path("index.html".to_string()))),
        )
        .route("/ui/config.json", get(move |state| config(state, api)))
        .route("/ui/{file}", get(asset))
}

/// One of the page's files, with headers that keep it from being framed,
/// sniffed, or made to load anything from another place.
async fn asset(State(state): State<HttpState>, Path(file): Path<String>) -> Response {
    let Some((_, content_type, body)) = ASSETS.iter().find(|(name, _, _)| *name == file) else {
        return plain_error(StatusCode::NOT_FOUND, "404 page not found\n");
    };
    let mut headers = guarded_headers(&client_urls(&members(&state)));
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    (StatusCode::OK, headers, *body).into_response()
}

/// What the page needs to know of where it runs: the base URL of the API
/// (empty for its own origin).
async fn config(State(state): State<HttpState>, api: Api) -> Response {
    let members = members(&state);
    let base = match api {
        Api::SameOrigin => None,
        Api::ClientUrl => members
            .iter()
            .find(|m| m.id == state.ctx.member_id)
            .and_then(|m| m.client_urls.first()),
    };
    let body = serde_json::json!({ "api": base.map_or("", String::as_str) }).to_string();
    let mut headers = guarded_headers(&client_urls(&members));
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    (StatusCode::OK, headers, body).into_response()
}

/// Headers for every dashboard response. The page may connect to its own
/// origin and the members' client URLs (the cluster view asks each member
/// for its status) and to nothing else; it may not be framed.
fn guarded_headers(client_urls: &[String]) -> HeaderMap {
    let mut headers = HeaderMap::new();
    let mut connect = String::from("'self'");
    for url in client_urls {
        // Only plain origins: a URL is written into a header.
        if url
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ":/.-[]_".contains(c))
        {
            connect.push(' ');
            connect.push_str(url.trim_end_matches('/'));
        }
    }
    let policy = format!(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
         connect-src {connect}; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    );
    if let Ok(value) = HeaderValue::from_str(&policy) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers
}

/// The members, as the membership records them (none if the store cannot
/// be read: the page then may reach its own origin only).
fn members(state: &HttpState) -> Vec<MemberRecord> {
    let Ok(txn) = state.ctx.store.read() else {
        return Vec::new();
    };
    crate::store::meta::members(txn.view()).unwrap_or_default()
}

/// Every member's client URLs.
fn client_urls(members: &[MemberRecord]) -> Vec<String> {
    members.iter().flat_map(|m| m.client_urls.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_lets_the_page_reach_the_members_and_nothing_else() {
        let headers = guarded_headers(&[
            "http://127.0.0.1:2379/".to_string(),
            "http://evil\"; script-src *".to_string(),
        ]);
        let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(
            policy.contains("connect-src 'self' http://127.0.0.1:2379;"),
            "{policy}"
        );
        assert!(!policy.contains("evil"), "{policy}");
        assert_eq!(headers[header::X_FRAME_OPTIONS], "DENY");
    }

    #[test]
    fn every_script_the_page_imports_is_served() {
        let served: Vec<&str> = ASSETS.iter().map(|(name, _, _)| *name).collect();
        for (_, _, body) in ASSETS {
            for line in body.lines() {
                let Some(start) = line.find("from \"./") else {
                    continue;
                };
                let rest = &line[start + 8..];
                let name = &rest[..rest.find('"').unwrap()];
                assert!(served.contains(&name), "{name} is imported but not served");
            }
        }
        let index = ASSETS[0].2;
        for name in ["style.css", "app.js"] {
            assert!(index.contains(name), "index.html does not load {name}");
        }
    }
}
