//! Dialing kvd (or any etcd) endpoints for the CLI and `kvd bench`: every
//! endpoint is dialled at once and requests are balanced across those that
//! answered; a member that dies drops out of the balance, reads are retried
//! on another, and so are writes that never left the client. When no endpoint
//! answers, the error names each one and says whether anything listens
//! there.

use std::time::Duration;

use thiserror::Error;
use tonic::transport::{Channel, Endpoint};

use crate::proto::etcdserverpb::cluster_client::ClusterClient;
use crate::proto::etcdserverpb::kv_client::KvClient;
use crate::proto::etcdserverpb::lease_client::LeaseClient;
use crate::proto::etcdserverpb::maintenance_client::MaintenanceClient;
use crate::proto::etcdserverpb::watch_client::WatchClient;

/// Why a client call failed.
#[derive(Debug, Error)]
pub enum ClientError {
    /// No endpoint could be reached.
    #[error("{0}")]
    Unreachable(String),
    /// The server answered with an error; its message is etcd's.
    #[error("{}", .0.message())]
    Rpc(tonic::Status),
    /// The command timeout passed (etcdctl's wording).
    #[error("context deadline exceeded")]
    Timeout,
    /// The TLS files given cannot be used.
    #[error("{0}")]
    Tls(#[from] crate::tls::TlsError),
}

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

/// Connections to the reachable endpoints.
#[derive(Clone)]
pub struct Client {
    channel: Channel,
    endpoint: String,
    command_timeout: Duration,
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
        tls: Option<&tonic::transport::ClientTlsConfig>,
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
        let channel = if reachable.len() == 1 {
            reachable.remove(0).1
        } else {
            Channel::balance_list(reachable.into_iter().map(|(_, _, e)| e))
        };
        Ok(Client {
            channel,
            endpoint,
            command_timeout,
        })
    }

    /// The first endpoint that answered.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// The KV service.
    pub fn kv(&self) -> KvClient<Channel> {
        KvClient::new(self.channel.clone()).max_decoding_message_size(usize::MAX)
    }

    /// The Maintenance service.
    pub fn maintenance(&self) -> MaintenanceClient<Channel> {
        MaintenanceClient::new(self.channel.clone()).max_decoding_message_size(usize::MAX)
    }

    /// The Lease service.
    pub fn lease(&self) -> LeaseClient<Channel> {
        LeaseClient::new(self.channel.clone())
    }

    /// The Watch service.
    pub fn watch(&self) -> WatchClient<Channel> {
        WatchClient::new(self.channel.clone()).max_decoding_message_size(usize::MAX)
    }

    /// The Cluster service.
    pub fn cluster(&self) -> ClusterClient<Channel> {
        ClusterClient::new(self.channel.clone())
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
    tls: Option<tonic::transport::ClientTlsConfig>,
) -> Result<(Channel, Endpoint), String> {
    let url = endpoint_url(ep, tls.is_some());
    let mut endpoint = Endpoint::from_shared(url.clone())
        .map_err(|e| format!("not a valid endpoint ({e}); use host:port or http://host:port"))?
        .connect_timeout(timeout)
        .tcp_nodelay(true);
    if url.starts_with("https://") {
        let tls =
            tls.unwrap_or_else(|| tonic::transport::ClientTlsConfig::new().with_enabled_roots());
        endpoint = endpoint.tls_config(tls).map_err(|e| format!("TLS: {e}"))?;
    }
    match tokio::time::timeout(timeout, endpoint.connect()).await {
        Ok(Ok(ch)) => Ok((ch, endpoint)),
        Ok(Err(e)) => Err(describe_dial_error(&e)),
        Err(_) => Err(format!(
            "no answer within the {} dial timeout (is the host up, or a firewall dropping packets?)",
            crate::cli::output::gofmt::duration(timeout)
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
