//! Dialing kvd (or any etcd) endpoints for the CLI: the first endpoint that
//! answers is used; when none does, the error names each endpoint and says
//! whether anything listens there.

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
}

impl From<tonic::Status> for ClientError {
    fn from(s: tonic::Status) -> Self {
        if s.code() == tonic::Code::DeadlineExceeded || s.code() == tonic::Code::Cancelled {
            return ClientError::Timeout;
        }
        ClientError::Rpc(s)
    }
}

/// A connection to one reachable endpoint.
#[derive(Clone)]
pub struct Client {
    channel: Channel,
    endpoint: String,
    command_timeout: Duration,
}

/// `host:port` or a URL, as etcdctl's `--endpoints` takes them.
pub fn endpoint_url(ep: &str) -> String {
    if ep.contains("://") {
        ep.to_string()
    } else {
        format!("http://{ep}")
    }
}

impl Client {
    /// Connects to the first of `endpoints` that answers within
    /// `dial_timeout`.
    pub async fn connect(
        endpoints: &[String],
        dial_timeout: Duration,
        command_timeout: Duration,
    ) -> Result<Client, ClientError> {
        let mut failures = Vec::new();
        for ep in endpoints {
            match dial(ep, dial_timeout).await {
                Ok(channel) => {
                    return Ok(Client {
                        channel,
                        endpoint: ep.clone(),
                        command_timeout,
                    })
                }
                Err(why) => failures.push(format!("{ep}: {why}")),
            }
        }
        Err(ClientError::Unreachable(format!(
            "cannot reach {}: {}",
            if endpoints.len() == 1 {
                "the endpoint"
            } else {
                "any endpoint"
            },
            failures.join("; ")
        )))
    }

    /// The endpoint this client talks to.
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
}

async fn dial(ep: &str, timeout: Duration) -> Result<Channel, String> {
    let url = endpoint_url(ep);
    let endpoint = Endpoint::from_shared(url.clone())
        .map_err(|e| format!("not a valid endpoint ({e}); use host:port or http://host:port"))?
        .connect_timeout(timeout)
        .tcp_nodelay(true);
    match tokio::time::timeout(timeout, endpoint.connect()).await {
        Ok(Ok(ch)) => Ok(ch),
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
