//! HTTP/1.1 to one member, as etcd's Go client (`client/v2`) sends it:
//! hyper-util's pooled client over our own connector (plain TCP, or rustls
//! for https endpoints) so that a failed dial reads as Go's (`dial tcp
//! 127.0.0.1:1: connect: connection refused`), the header timeout of
//! `--timeout`, the `--debug` cURL lines, and basic auth for `--username`.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{AUTHORIZATION, CONTENT_TYPE};
use hyper::{Method, Request, Response, Uri};
use hyper_util::client::legacy::connect::{Connected, Connection};
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::Instant;

use super::error::V2Error;
use super::url::{self, GoUrl};
use crate::gofmt;
use crate::tls::{TlsError, TlsFiles};

/// One request of the v2 API, before an endpoint is picked.
#[derive(Debug, Clone)]
pub struct Action {
    /// GET, PUT, POST or DELETE.
    pub method: Method,
    /// The path under the endpoint's own, e.g. `/v2/keys/foo`.
    pub path: String,
    /// Keys keep a trailing slash (etcd's `CanonicalURLPath`); members
    /// paths are joined as Go's `path.Join` joins them.
    pub keep_trailing_slash: bool,
    /// Query parameters (sent sorted by name, as Go sends them).
    pub query: Vec<(&'static str, String)>,
    /// The Content-Type header, if any.
    pub content_type: Option<&'static str>,
    /// The body, if the request has one (an empty form is a body).
    pub body: Option<String>,
    /// Not retried on another endpoint after a failure: creating a key
    /// that must not exist, and deletes.
    pub one_shot: bool,
}

impl Action {
    /// The request URL on `endpoint`.
    fn url(&self, endpoint: &GoUrl) -> String {
        let path = if self.keep_trailing_slash {
            url::canonical_path(&format!("{}{}", endpoint.path, self.path))
        } else {
            url::join(&[endpoint.path.as_str(), self.path.as_str()])
        };
        endpoint.request_url(&path, &url::encode_query(&self.query))
    }

    /// Whether it is a watch: those wait for an event, with no header
    /// timeout.
    fn waits(&self) -> bool {
        self.query.iter().any(|(k, v)| *k == "wait" && v == "true")
    }
}

/// A member's answer.
#[derive(Debug)]
pub struct Answer {
    /// The HTTP status.
    pub status: u16,
    /// The `X-Etcd-Index` header, if any.
    pub index: Option<String>,
    /// The whole body.
    pub body: Bytes,
}

/// How to reach members.
#[derive(Clone)]
pub struct Settings {
    /// TLS for https endpoints (without it, the system's CAs are trusted).
    pub tls: Option<Arc<rustls::ClientConfig>>,
    /// How long a TCP connect may take.
    pub dial_timeout: Duration,
    /// How long to wait for response headers (`--timeout`; zero: no limit).
    pub header_timeout: Duration,
    /// User and password for basic auth.
    pub credentials: Option<(String, String)>,
    /// Print each request as a cURL command line (`--debug`).
    pub debug: bool,
}

/// An HTTP client for the v2 API.
pub struct Http {
    client: Client<Connector, Full<Bytes>>,
    debug: bool,
    header_timeout: Duration,
    authorization: Option<String>,
}

impl Http {
    /// A client with these settings; it connects on first use.
    pub fn new(settings: Settings) -> Http {
        let connector = Connector {
            tls: settings.tls,
            dial_timeout: settings.dial_timeout,
        };
        let authorization = settings.credentials.map(|(user, password)| {
            use base64::Engine as _;
            let pair = format!("{user}:{password}");
            let encoded = base64::engine::general_purpose::STANDARD.encode(pair);
            format!("Basic {encoded}")
        });
        Http {
            client: Client::builder(TokioExecutor::new()).build(connector),
            debug: settings.debug,
            header_timeout: settings.header_timeout,
            authorization,
        }
    }

    /// Sends `action` to `endpoint`, by `deadline` (`--total-timeout`).
    pub async fn send(
        &self,
        endpoint: &GoUrl,
        action: &Action,
        deadline: Option<Instant>,
    ) -> Result<Answer, V2Error> {
        let url = action.url(endpoint);
        if self.debug {
            eprintln!("cURL Command: {}", curl(&action.method, &url, &action.body));
        }
        let mut request = Request::builder()
            .method(action.method.clone())
            .uri(url.as_str());
        if let Some(content_type) = action.content_type {
            request = request.header(CONTENT_TYPE, content_type);
        }
        if let Some(authorization) = &self.authorization {
            request = request.header(AUTHORIZATION, authorization.as_str());
        }
        let body = Full::new(Bytes::from(action.body.clone().unwrap_or_default()));
        let request = request
            .body(body)
            .map_err(|e| V2Error::Other(e.to_string()))?;
        let unlimited = action.waits() || self.header_timeout.is_zero();
        let limit = (!unlimited).then_some(self.header_timeout);
        let endpoint = endpoint.to_string();
        self.exchange(request, limit, &endpoint, deadline).await
    }

    /// A GET of `url` as Go's `http.Get` does it: no header timeout, no
    /// auth, no `--debug` line (`cluster-health`'s `/health` checks).
    pub async fn get(&self, url: &str) -> Result<Answer, V2Error> {
        let request = Request::get(url)
            .body(Full::new(Bytes::new()))
            .map_err(|e| V2Error::Other(e.to_string()))?;
        self.exchange(request, None, url, None).await
    }

    /// Sends `request`, then reads the whole answer.
    async fn exchange(
        &self,
        request: Request<Full<Bytes>>,
        header_timeout: Option<Duration>,
        endpoint: &str,
        deadline: Option<Instant>,
    ) -> Result<Answer, V2Error> {
        let response = within(deadline, self.headers(request, header_timeout, endpoint)).await?;
        let status = response.status().as_u16();
        let index = response
            .headers()
            .get("x-etcd-index")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = within(deadline, read_body(response)).await?;
        Ok(Answer {
            status,
            index,
            body,
        })
    }

    /// The response's headers, within `header_timeout` if one is set.
    async fn headers(
        &self,
        request: Request<Full<Bytes>>,
        header_timeout: Option<Duration>,
        endpoint: &str,
    ) -> Result<Response<Incoming>, V2Error> {
        let sent = self.client.request(request);
        let result = match header_timeout {
            Some(limit) => match tokio::time::timeout(limit, sent).await {
                Ok(result) => result,
                Err(_) => return Err(V2Error::HeaderTimeout(endpoint.to_string())),
            },
            None => sent.await,
        };
        result.map_err(|e| transport_error(&e))
    }
}

/// The whole body; a failed read is a connection error, as in Go.
async fn read_body(response: Response<Incoming>) -> Result<Bytes, V2Error> {
    match response.into_body().collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) => Err(V2Error::Transport {
            text: e.to_string(),
            connection: true,
        }),
    }
}

/// `work`, unless `deadline` passes first.
async fn within<T>(
    deadline: Option<Instant>,
    work: impl Future<Output = Result<T, V2Error>>,
) -> Result<T, V2Error> {
    match deadline {
        Some(at) => tokio::time::timeout_at(at, work)
            .await
            .unwrap_or(Err(V2Error::Deadline)),
        None => work.await,
    }
}

/// The `--debug` line's command: `curl -X PUT URL -d "value=x"`.
fn curl(method: &Method, url: &str, body: &Option<String>) -> String {
    let mut line = format!("curl -X {method} {url}");
    if let Some(body) = body {
        line.push_str(" -d ");
        line.push_str(&gofmt::quote(body.as_bytes()));
    }
    line
}

/// What hyper's error means in Go's words: our connector's own error if
/// the dial failed.
fn transport_error(e: &hyper_util::client::legacy::Error) -> V2Error {
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        if let Some(dial) = cause.downcast_ref::<DialError>() {
            return dial.to_v2();
        }
        source = std::error::Error::source(cause);
    }
    let text = crate::tls::error_chain(e);
    // A member that closed the connection without answering: Go reads EOF.
    let text = if text.contains("connection closed before message completed") {
        "EOF".to_string()
    } else {
        text
    };
    V2Error::Transport {
        text,
        connection: false,
    }
}

/// The TLS configuration for https endpoints: the CA of `--ca-file` (or
/// the system's bundle) and, with `--cert-file` and `--key-file`, a client
/// certificate. No ALPN: the v2 API is HTTP/1.1.
pub fn tls_config(files: &TlsFiles) -> Result<Arc<rustls::ClientConfig>, TlsError> {
    let mut roots = rustls::RootCertStore::empty();
    match &files.trusted_ca {
        Some(ca) => {
            for cert in crate::tls::load_certs(ca)? {
                roots
                    .add(cert)
                    .map_err(|e| TlsError::Config(format!("{}: {e}", ca.display())))?;
            }
        }
        None => {
            if let Some(bundle) = system_bundle() {
                roots.add_parsable_certificates(crate::tls::load_certs(&bundle)?);
            }
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Config(e.to_string()))?
        .with_root_certificates(roots);
    let config = match (&files.cert, &files.key) {
        (Some(cert), Some(key)) => builder
            .with_client_auth_cert(crate::tls::load_certs(cert)?, crate::tls::load_key(key)?)
            .map_err(|e| TlsError::Config(e.to_string()))?,
        (None, None) => builder.with_no_client_auth(),
        _ => {
            return Err(TlsError::Config(
                "a client certificate needs its key, and a key its certificate".into(),
            ))
        }
    };
    Ok(Arc::new(config))
}

/// The system's CA bundle, where Go finds it on Linux.
fn system_bundle() -> Option<PathBuf> {
    [
        "/etc/ssl/certs/ca-certificates.crt",
        "/etc/pki/tls/certs/ca-bundle.crt",
        "/etc/ssl/cert.pem",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

/// Why a connection could not be made, in Go's words.
#[derive(Debug, thiserror::Error)]
#[error("{text}")]
pub struct DialError {
    text: String,
    /// Whether etcdctl counts it a connection error (a failed dial, not a
    /// failed TLS handshake).
    connection: bool,
}

impl DialError {
    fn to_v2(&self) -> V2Error {
        if self.connection {
            V2Error::Dial(self.text.clone())
        } else {
            V2Error::Transport {
                text: self.text.clone(),
                connection: false,
            }
        }
    }
}

/// Dials members for hyper: TCP, then TLS for https.
#[derive(Clone)]
struct Connector {
    tls: Option<Arc<rustls::ClientConfig>>,
    dial_timeout: Duration,
}

impl tower::Service<Uri> for Connector {
    type Response = TokioIo<Stream>;
    type Error = DialError;
    type Future = Pin<Box<dyn Future<Output = Result<TokioIo<Stream>, DialError>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), DialError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, uri: Uri) -> Self::Future {
        let connector = self.clone();
        Box::pin(async move { connector.connect(uri).await.map(TokioIo::new) })
    }
}

impl Connector {
    async fn connect(&self, uri: Uri) -> Result<Stream, DialError> {
        let scheme = uri.scheme_str().unwrap_or_default();
        let https = match scheme {
            "http" => false,
            "https" => true,
            other => {
                let quoted = gofmt::quote(other.as_bytes());
                return Err(not_connection(format!(
                    "unsupported protocol scheme {quoted}"
                )));
            }
        };
        let host = uri.host().unwrap_or_default();
        let host = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        let port = uri.port_u16().unwrap_or(if https { 443 } else { 80 });
        let tcp = self.dial(&host, port).await?;
        if !https {
            return Ok(Stream::Plain(tcp));
        }
        let config = match &self.tls {
            Some(config) => config.clone(),
            None => tls_config(&TlsFiles::default()).map_err(not_connection)?,
        };
        handshake(config, host, tcp).await
    }

    /// TCP to the first of `host`'s addresses that answers; Go's text for
    /// the first failure otherwise.
    async fn dial(&self, host: &str, port: u16) -> Result<TcpStream, DialError> {
        let no_such_host = || DialError {
            text: format!("dial tcp: lookup {host}: no such host"),
            connection: true,
        };
        let addresses: Vec<SocketAddr> = match tokio::net::lookup_host((host, port)).await {
            Ok(found) => found.collect(),
            Err(_) => return Err(no_such_host()),
        };
        let mut first_failure: Option<String> = None;
        for address in addresses {
            let connecting = TcpStream::connect(address);
            let why = match tokio::time::timeout(self.dial_timeout, connecting).await {
                Ok(Ok(tcp)) => {
                    // As Go's dialer: requests are small, send them at once.
                    let _ = tcp.set_nodelay(true);
                    return Ok(tcp);
                }
                Ok(Err(e)) => format!("dial tcp {address}: connect: {}", errno_text(&e)),
                Err(_) => format!("dial tcp {address}: i/o timeout"),
            };
            first_failure.get_or_insert(why);
        }
        match first_failure {
            Some(text) => Err(DialError {
                text,
                connection: true,
            }),
            None => Err(no_such_host()),
        }
    }
}

/// TLS over `tcp`, checking the certificate is `host`'s.
async fn handshake(
    config: Arc<rustls::ClientConfig>,
    host: String,
    tcp: TcpStream,
) -> Result<Stream, DialError> {
    let name = rustls_pki_types::ServerName::try_from(host).map_err(not_connection)?;
    let tls = tokio_rustls::TlsConnector::from(config)
        .connect(name, tcp)
        .await
        .map_err(not_connection)?;
    Ok(Stream::Tls(Box::new(tls)))
}

/// A failure that is not a connection error (TLS set-up, a handshake).
fn not_connection(e: impl std::fmt::Display) -> DialError {
    DialError {
        text: e.to_string(),
        connection: false,
    }
}

/// Go's text for a failed system call: `connection refused`.
fn errno_text(e: &io::Error) -> String {
    let text = match e.raw_os_error() {
        Some(code) => io::Error::from_raw_os_error(code).to_string(),
        None => e.to_string(),
    };
    let text = text.split(" (os error").next().unwrap_or_default();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A connection to a member.
enum Stream {
    Plain(TcpStream),
    Tls(Box<tokio_rustls::client::TlsStream<TcpStream>>),
}

impl Connection for Stream {
    fn connected(&self) -> Connected {
        Connected::new()
    }
}

impl AsyncRead for Stream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(&mut **s).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Stream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(&mut **s).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(&mut **s).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(&mut **s).poll_shutdown(cx),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_read_as_gos_curl_lines() {
        let endpoint = GoUrl::parse("http://127.0.0.1:2379").unwrap();
        let action = Action {
            method: Method::PUT,
            path: "/v2/keys/a b".into(),
            keep_trailing_slash: true,
            query: vec![("prevValue", "v&x y".into())],
            content_type: None,
            body: Some("value=new".into()),
            one_shot: false,
        };
        let url = action.url(&endpoint);
        assert_eq!(
            curl(&action.method, &url, &action.body),
            "curl -X PUT http://127.0.0.1:2379/v2/keys/a%20b?prevValue=v%26x+y -d \"value=new\""
        );
    }

    #[test]
    fn system_errors_read_as_gos() {
        let refused = io::Error::from_raw_os_error(libc::ECONNREFUSED);
        assert_eq!(errno_text(&refused), "connection refused");
    }
}
