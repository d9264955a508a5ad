//! Dialing kvd (or any etcd) endpoints for the CLI and `kvd bench`: every
//! endpoint is dialled at once and requests are balanced across those that
//! answered; a member that dies drops out of the balance, reads are retried
//! on another, and so are writes that never left the client. When no endpoint
//! answers, the error names each one and says whether anything listens
//! there. With a user, the client authenticates once and every request,
//! unary or streaming, carries the token (etcd's `token` metadata).

use std::sync::{Arc, RwLock};
use std::time::Duration;

use thiserror::Error;
use tonic::metadata::AsciiMetadataValue;
use tonic::service::interceptor::InterceptedService;
use tonic::transport::{Channel, Endpoint};

use crate::proto::etcdserverpb::auth_client::AuthClient;
use crate::proto::etcdserverpb::cluster_client::ClusterClient;
use crate::proto::etcdserverpb::kv_client::KvClient;
use crate::proto::etcdserverpb::lease_client::LeaseClient;
use crate::proto::etcdserverpb::maintenance_client::MaintenanceClient;
use crate::proto::etcdserverpb::watch_client::WatchClient;
use crate::proto::etcdserverpb::AuthenticateRequest;
use crate::tls::ClientTls;

/// Why a client call failed.
#[derive(Debug, Error)]
pub enum ClientError {
    /// No endpoint could be reached.
    #[error("{0}")]
    Unreachable(String),
    /// The server answered with an error, shown as Go's etcd client shows
    /// it (see `rpc_error_text`).
    #[error("{}", rpc_error_text(.0))]
    Rpc(tonic::Status),
    /// The command timeout passed (etcdctl's wording).
    #[error("context deadline exceeded")]
    Timeout,
    /// The TLS files given cannot be used.
    #[error("{0}")]
    Tls(#[from] crate::tls::TlsError),
    /// The token Authenticate returned cannot be sent as gRPC metadata.
    #[error("the server's auth token is not printable ASCII")]
    BadToken,
}

/// An RPC error as etcdctl prints it: etcd's own errors ("etcdserver:
/// ...") by their text, which clientv3 turns into typed errors; any other
/// status as grpc-go's error string.
pub fn rpc_error_text(status: &tonic::Status) -> String {
    let message = status.message();
    if message.starts_with("etcdserver: ") {
        return message.to_string();
    }
    let code = match status.code() {
        tonic::Code::Cancelled => "Canceled".to_string(),
        code => format!("{code:?}"),
    };
    format!("rpc error: code = {code} desc = {message}")
}

/// What etcd answers Authenticate while auth is off; etcd's client then
/// goes on without a token, and so does this one.
const AUTH_NOT_ENABLED: &str = "etcdserver: authentication is not enabled";

/// etcd's answers to a token it no longer takes: unknown or expired, or
/// (JWT) issued before users, roles or permissions last changed. A new
/// token fixes both.
const STALE_TOKEN: [&str; 2] = [
    "etcdserver: invalid auth token",
    "etcdserver: revision of auth store is old",
];

impl From<tonic::Status> for ClientError {
    fn from(s: tonic::Status) -> Self {
        if s.code() == tonic::Code::DeadlineExceeded || s.code() == tonic::Code::Cancelled {
            return ClientError::Timeout;
        }
        if s.code() == tonic::Code::Unimplemented && s.message().starts_with("unknown service") {
            // Most likely a member's peer URL given as an endpoint.
            return ClientError::Rpc(tonic::Status::unimplemented(format!(
                "{}: the endpoint does not serve the etcd client API; is it a member's peer URL? Use a client URL (--listen-client-urls)",
                s.message()
            )));
        }
        ClientError::Rpc(s)
    }
}

/// The transport every service client of a `Client` runs over: the
/// connection, with the auth token put on each request by `AuthToken`.
pub type Transport = InterceptedService<Channel, AuthToken>;

/// The auth token, shared by a `Client`, its clones and the service clients
/// they hand out, and added to every request as etcd's `token` metadata.
/// Empty without a user, or while the server has auth off. Shared so that
/// a token renewed after the server dropped it reaches every holder.
#[derive(Clone, Default)]
pub struct AuthToken(Arc<RwLock<Option<AsciiMetadataValue>>>);

impl AuthToken {
    fn get(&self) -> Option<AsciiMetadataValue> {
        self.0.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn set(&self, token: Option<AsciiMetadataValue>) {
        *self.0.write().unwrap_or_else(|p| p.into_inner()) = token;
    }
}

impl tonic::service::Interceptor for AuthToken {
    fn call(
        &mut self,
        mut request: tonic::Request<()>,
    ) -> Result<tonic::Request<()>, tonic::Status> {
        if let Some(token) = self.get() {
            request.metadata_mut().insert("token", token);
        }
        Ok(request)
    }
}

/// A user's name and password, kept to authenticate again when the server
/// no longer takes the token.
#[derive(Clone)]
struct Credentials {
    name: String,
    password: String,
    /// How long Authenticate may take (etcd's client: the dial timeout).
    timeout: Duration,
}

/// Connections to the reachable endpoints.
#[derive(Clone)]
pub struct Client {
    channel: Channel,
    endpoint: String,
    command_timeout: Duration,
    token: AuthToken,
    credentials: Option<Arc<Credentials>>,
}

/// How long a retried read waits before trying again.
const RETRY_PAUSE: Duration = Duration::from_millis(100);

/// `host:port` or a URL, as etcdctl's `--endpoints` takes them; a bare
/// `host:port` is https when TLS files were given, as etcdctl has it.
pub fn endpoint_url(ep: &str, tls: bool) -> String {
    if ep.contains("://") {
        ep.to_string()
    } else if tls {
        format!("https://{ep}")
    } else {
        format!("http://{ep}")
    }
}

impl Client {
    /// Dials every endpoint at once; requests are balanced across those
    /// that answer within `dial_timeout`.
    pub async fn connect(
        endpoints: &[String],
        dial_timeout: Duration,
        command_timeout: Duration,
    ) -> Result<Client, ClientError> {
        Self::connect_tls(endpoints, dial_timeout, command_timeout, None).await
    }

    /// `connect`, with TLS from `tls` for https endpoints (and for bare
    /// `host:port` ones when given).
    pub async fn connect_tls(
        endpoints: &[String],
        dial_timeout: Duration,
        command_timeout: Duration,
        tls: Option<&ClientTls>,
    ) -> Result<Client, ClientError> {
        let dials: Vec<_> = endpoints
            .iter()
            .map(|ep| {
                let ep = ep.clone();
                let tls = tls.cloned();
                tokio::spawn(async move { dial(&ep, dial_timeout, tls).await })
            })
            .collect();
        let mut results = Vec::new();
        for d in dials {
            results.push(d.await.unwrap_or_else(|e| Err(format!("dialing: {e}"))));
        }
        let mut reachable = Vec::new();
        let mut failures = Vec::new();
        for (ep, result) in endpoints.iter().zip(results) {
            match result {
                Ok((channel, endpoint)) => reachable.push((ep.clone(), channel, endpoint)),
                Err(why) => failures.push(format!("{ep}: {why}")),
            }
        }
        let Some((first, _, _)) = reachable.first() else {
            return Err(ClientError::Unreachable(format!(
                "cannot reach {}: {}",
                if endpoints.len() == 1 {
                    "the endpoint"
                } else {
                    "any endpoint"
                },
                failures.join("; ")
            )));
        };
        let endpoint = first.clone();
        // Without verification the connections are made here, not by
        // tonic, which a balanced channel would need: the first is used.
        let skipping = matches!(tls, Some(ClientTls::SkipVerify(_)));
        let channel = if reachable.len() == 1 || skipping {
            reachable.remove(0).1
        } else {
            Channel::balance_list(reachable.into_iter().map(|(_, _, e)| e))
        };
        Ok(Client {
            channel,
            endpoint,
            command_timeout,
            token: AuthToken::default(),
            credentials: None,
        })
    }

    /// This client, authenticated as `name`: Authenticate is called once,
    /// within `timeout`, and every later request carries the token. As
    /// etcd's client does, a server with auth off is used without a token,
    /// and a user without a name or password is no user at all.
    pub async fn authenticated(
        mut self,
        name: &str,
        password: &str,
        timeout: Duration,
    ) -> Result<Client, ClientError> {
        if name.is_empty() || password.is_empty() {
            return Ok(self);
        }
        self.credentials = Some(Arc::new(Credentials {
            name: name.to_string(),
            password: password.to_string(),
            timeout,
        }));
        self.fetch_token().await?;
        Ok(self)
    }

    /// Asks for a token with the kept credentials and installs it.
    async fn fetch_token(&self) -> Result<(), ClientError> {
        let Some(c) = self.credentials.clone() else {
            return Ok(());
        };
        let req = AuthenticateRequest {
            name: c.name.clone(),
            password: c.password.clone(),
        };
        // Without the interceptor: a stale token has no place here.
        let answer = self
            .retrying_until(
                tokio::time::Instant::now() + c.timeout,
                || {
                    let mut auth = AuthClient::new(self.channel.clone());
                    let r = tonic::Request::new(req.clone());
                    async move { auth.authenticate(r).await }
                },
                member_unavailable,
            )
            .await;
        match answer {
            Ok(r) => {
                let token =
                    AsciiMetadataValue::try_from(r.token).map_err(|_| ClientError::BadToken)?;
                self.token.set(Some(token));
                Ok(())
            }
            Err(ClientError::Rpc(s)) if s.message() == AUTH_NOT_ENABLED => {
                self.token.set(None);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// The first endpoint that answered.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// The connection with the auth token interceptor: what every service
    /// client is built on, so that no call can go without the token.
    fn transport(&self) -> Transport {
        InterceptedService::new(self.channel.clone(), self.token.clone())
    }

    /// The KV service.
    pub fn kv(&self) -> KvClient<Transport> {
        KvClient::new(self.transport()).max_decoding_message_size(usize::MAX)
    }

    /// The Maintenance service.
    pub fn maintenance(&self) -> MaintenanceClient<Transport> {
        MaintenanceClient::new(self.transport()).max_decoding_message_size(usize::MAX)
    }

    /// The Lease service.
    pub fn lease(&self) -> LeaseClient<Transport> {
        LeaseClient::new(self.transport())
    }

    /// The Watch service.
    pub fn watch(&self) -> WatchClient<Transport> {
        WatchClient::new(self.transport()).max_decoding_message_size(usize::MAX)
    }

    /// The Cluster service.
    pub fn cluster(&self) -> ClusterClient<Transport> {
        ClusterClient::new(self.transport())
    }

    /// The Auth service.
    pub fn auth(&self) -> AuthClient<Transport> {
        AuthClient::new(self.transport())
    }

    /// A request carrying the command timeout.
    pub fn request<T>(&self, msg: T) -> tonic::Request<T> {
        let mut r = tonic::Request::new(msg);
        r.set_timeout(self.command_timeout);
        r
    }

    /// Runs `call` under the command timeout, mapping errors.
    pub async fn call<T, F>(&self, call: F) -> Result<T, ClientError>
    where
        F: std::future::Future<Output = Result<tonic::Response<T>, tonic::Status>>,
    {
        match tokio::time::timeout(self.command_timeout, call).await {
            Ok(Ok(r)) => Ok(r.into_inner()),
            Ok(Err(s)) => Err(s.into()),
            Err(_) => Err(ClientError::Timeout),
        }
    }

    /// Runs a request that is safe to repeat (a read), made anew by `make`
    /// for each try, until it succeeds, fails for a reason other than an
    /// unavailable member, or the command timeout passes. A retry goes to
    /// another endpoint when the one tried has died.
    pub async fn call_read<T, F, Fut>(&self, make: F) -> Result<T, ClientError>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<tonic::Response<T>, tonic::Status>>,
    {
        self.retrying(make, member_unavailable).await
    }

    /// Runs a write, made anew by `make` for each try; it is tried again
    /// only when it never left this client (its member refused the
    /// connection), since a write that reached a member may have been
    /// applied.
    pub async fn call_write<T, F, Fut>(&self, make: F) -> Result<T, ClientError>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<tonic::Response<T>, tonic::Status>>,
    {
        self.retrying(make, never_sent).await
    }

    async fn retrying<T, F, Fut>(
        &self,
        make: F,
        retry: fn(&tonic::Status) -> bool,
    ) -> Result<T, ClientError>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<tonic::Response<T>, tonic::Status>>,
    {
        let deadline = tokio::time::Instant::now() + self.command_timeout;
        match self.retrying_until(deadline, &make, retry).await {
            // Refused for a stale token, so not carried out: once more
            // with a new one.
            Err(ClientError::Rpc(s))
                if self.credentials.is_some() && STALE_TOKEN.contains(&s.message()) =>
            {
                self.fetch_token().await?;
                self.retrying_until(deadline, &make, retry).await
            }
            other => other,
        }
    }

    async fn retrying_until<T, F, Fut>(
        &self,
        deadline: tokio::time::Instant,
        make: F,
        retry: fn(&tonic::Status) -> bool,
    ) -> Result<T, ClientError>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<tonic::Response<T>, tonic::Status>>,
    {
        loop {
            match tokio::time::timeout_at(deadline, make()).await {
                Ok(Ok(r)) => return Ok(r.into_inner()),
                Ok(Err(s)) if retry(&s) => {
                    if tokio::time::Instant::now() + RETRY_PAUSE >= deadline {
                        return Err(s.into());
                    }
                    tracing::debug!("retrying: {}", s.message());
                    tokio::time::sleep(RETRY_PAUSE).await;
                }
                Ok(Err(s)) => return Err(s.into()),
                Err(_) => return Err(ClientError::Timeout),
            }
        }
    }
}

/// Whether a request failed before it was sent: the connection to its
/// member was refused.
fn never_sent(s: &tonic::Status) -> bool {
    use std::error::Error as _;
    let mut source = s.source();
    while let Some(e) = source {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            return io.kind() == std::io::ErrorKind::ConnectionRefused;
        }
        source = e.source();
    }
    false
}

/// Whether a request failed because its member could not be reached or
/// could not serve, so that another may be asked.
fn member_unavailable(s: &tonic::Status) -> bool {
    use std::error::Error as _;
    let broken_connection = s
        .source()
        .is_some_and(|e| e.downcast_ref::<tonic::transport::Error>().is_some());
    s.code() == tonic::Code::Unavailable || broken_connection
}

/// Connects to `ep`; the connection, and the endpoint to balance over.
async fn dial(
    ep: &str,
    timeout: Duration,
    tls: Option<ClientTls>,
) -> Result<(Channel, Endpoint), String> {
    let url = endpoint_url(ep, tls.is_some());
    let mut endpoint = Endpoint::from_shared(url.clone())
        .map_err(|e| format!("not a valid endpoint ({e}); use host:port or http://host:port"))?
        .connect_timeout(timeout)
        .tcp_nodelay(true);
    let mut skip_verify = None;
    if url.starts_with("https://") {
        match tls {
            Some(ClientTls::SkipVerify(config)) => {
                // The TLS is ours (see connect_skipping_verification).
                let plain = url.replacen("https://", "http://", 1);
                endpoint = Endpoint::from_shared(plain)
                    .map_err(|e| format!("not a valid endpoint ({e})"))?
                    .connect_timeout(timeout)
                    .tcp_nodelay(true);
                skip_verify = Some(config)
            }
            Some(ClientTls::Verified(tls)) => {
                endpoint = endpoint.tls_config(tls).map_err(|e| format!("TLS: {e}"))?
            }
            None => {
                let tls = tonic::transport::ClientTlsConfig::new().with_enabled_roots();
                endpoint = endpoint.tls_config(tls).map_err(|e| format!("TLS: {e}"))?
            }
        }
    }
    let connect = async {
        match skip_verify {
            Some(config) => crate::tls::connect_skipping_verification(&endpoint, config).await,
            None => endpoint.connect().await,
        }
    };
    match tokio::time::timeout(timeout, connect).await {
        Ok(Ok(ch)) => Ok((ch, endpoint)),
        Ok(Err(e)) => Err(describe_dial_error(&e)),
        Err(_) => Err(format!(
            "no answer within the {} dial timeout (is the host up, or a firewall dropping packets?)",
            crate::gofmt::duration(timeout)
        )),
    }
}

fn describe_dial_error(e: &tonic::transport::Error) -> String {
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            return match io.kind() {
                std::io::ErrorKind::ConnectionRefused => {
                    "connection refused: nothing is listening there; start a server with `kvd serve` or pass --endpoints".to_string()
                }
                _ => format!("{io}"),
            };
        }
        source = s.source();
    }
    e.to_string()
}
