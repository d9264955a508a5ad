//! Why a v2 request failed, worded as etcd's Go client (`client/v2`)
//! words it: etcdctl prints these after `Error:  `, and the kind decides
//! the exit code (a connection error during the cluster sync exits 2).

use thiserror::Error;

/// An error of etcd's v2 API, as the server sends it in the body.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct EtcdError {
    /// etcd's error code (100: key not found, ...).
    #[serde(rename = "errorCode", default)]
    pub code: i64,
    /// What went wrong.
    #[serde(default)]
    pub message: String,
    /// What it concerns (usually the key).
    #[serde(default)]
    pub cause: String,
    /// The store's index when it happened.
    #[serde(default)]
    pub index: u64,
}

impl std::fmt::Display for EtcdError {
    /// Go's `client.Error.Error`: `100: Key not found (/nope) [4]`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} ({}) [{}]",
            self.code, self.message, self.cause, self.index
        )
    }
}

/// A failed request.
#[derive(Debug, Error)]
pub enum V2Error {
    /// The server refused the request (etcd's JSON error).
    #[error("{0}")]
    Etcd(EtcdError),
    /// No connection: Go's `dial tcp ...` text.
    #[error("{0}")]
    Dial(String),
    /// The connection broke or could not be used; `connection` when Go
    /// counts it a connection error (a failed read).
    #[error("{text}")]
    Transport {
        /// What happened.
        text: String,
        /// Whether etcdctl treats it as a connection error.
        connection: bool,
    },
    /// No response headers within `--timeout`.
    #[error("client: endpoint {0} exceeded header timeout")]
    HeaderTimeout(String),
    /// `--total-timeout` ran out.
    #[error("context deadline exceeded")]
    Deadline,
    /// A member answered 500 or 503.
    #[error("client: etcd member {0} has no leader")]
    NoLeader(String),
    /// A member answered another 5xx status.
    #[error("client: etcd member {0} returns server error [{1}]")]
    ServerError(String, String),
    /// Every endpoint failed; the reasons in the order tried.
    #[error("client: etcd cluster is unavailable or misconfigured{}", cluster_reasons(.0))]
    Cluster(Vec<V2Error>),
    /// The body was not etcd's JSON.
    #[error("client: response is invalid json. The endpoint is probably not valid etcd cluster endpoint")]
    InvalidJson,
    /// A success without a body (a watch that timed out on the server).
    #[error("client: response body is empty")]
    EmptyBody,
    /// The cluster publishes no client URLs.
    #[error("client: no endpoints available")]
    NoEndpoints,
    /// A members request answered with an unexpected status.
    #[error("unexpected status code {0}")]
    Status(u16),
    /// A members request refused, with the server's message.
    #[error("{0}")]
    Members(String),
    /// Anything else, as Go words it.
    #[error("{0}")]
    Other(String),
}

/// `; error #0: ...` for each reason, each ending in a newline (Go's
/// `ClusterError.Error`).
fn cluster_reasons(errors: &[V2Error]) -> String {
    errors
        .iter()
        .enumerate()
        .map(|(i, e)| format!("; error #{i}: {e}\n"))
        .collect()
}

impl V2Error {
    /// Go's `ClusterError.Detail`: one `error #N: ...` line per reason;
    /// empty for other errors.
    pub fn detail(&self) -> String {
        match self {
            V2Error::Cluster(errors) => errors
                .iter()
                .enumerate()
                .map(|(i, e)| format!("error #{i}: {e}\n"))
                .collect(),
            _ => String::new(),
        }
    }

    /// etcdctl's `isConnectionError`: no connection could be made (or
    /// kept, or in time) to any endpoint.
    pub fn is_connection(&self) -> bool {
        match self {
            V2Error::Dial(_) | V2Error::Deadline => true,
            V2Error::Transport { connection, .. } => *connection,
            V2Error::Cluster(errors) => errors.iter().all(V2Error::is_connection),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_read_as_etcdctls() {
        let e = V2Error::Etcd(EtcdError {
            code: 100,
            message: "Key not found".into(),
            cause: "/nope".into(),
            index: 4,
        });
        assert_eq!(e.to_string(), "100: Key not found (/nope) [4]");
        let refused = "dial tcp 127.0.0.1:1: connect: connection refused";
        let e = V2Error::Cluster(vec![V2Error::Dial(refused.into())]);
        assert_eq!(
            e.to_string(),
            format!("client: etcd cluster is unavailable or misconfigured; error #0: {refused}\n")
        );
        assert_eq!(e.detail(), format!("error #0: {refused}\n"));
        assert!(e.is_connection());
        let timeout = V2Error::Cluster(vec![V2Error::HeaderTimeout("http://a:1".into())]);
        assert!(!timeout.is_connection());
    }
}
