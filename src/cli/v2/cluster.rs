//! The cluster as etcd's Go v2 client sees it (`httpClusterClient`): a list
//! of endpoints tried in turn until one answers, the reasons collected
//! into one "cluster is unavailable" error, and the sync that replaces
//! the endpoints given with the client URLs the members publish.
//! Unlike Go, the endpoints are tried in the order given, not shuffled:
//! the same command line always takes the same path.

use tokio::time::Instant;

use super::api;
use super::error::V2Error;
use super::http::{Action, Answer, Http};
use super::url::GoUrl;

/// The members' endpoints and the client that reaches them.
pub struct Cluster {
    http: Http,
    endpoints: Vec<GoUrl>,
    /// The endpoint that answered last: tried first next time.
    pinned: usize,
}

impl Cluster {
    /// A cluster at `endpoints`.
    pub fn new(http: Http, endpoints: Vec<GoUrl>) -> Cluster {
        Cluster {
            http,
            endpoints,
            pinned: 0,
        }
    }

    /// The endpoints, as Go prints them.
    pub fn endpoints(&self) -> Vec<String> {
        self.endpoints.iter().map(GoUrl::to_string).collect()
    }

    /// The HTTP client, for requests outside the v2 API (`/health`).
    pub fn http(&self) -> &Http {
        &self.http
    }

    /// Go's `Sync`: the endpoints become the client URLs the members
    /// publish (unchanged if they are the same set).
    pub async fn sync(&mut self, deadline: Option<Instant>) -> Result<(), V2Error> {
        let members = api::list_members(self, deadline).await?;
        let urls: Vec<&String> = members.iter().flat_map(|m| &m.client_urls).collect();
        if urls.is_empty() {
            return Err(V2Error::NoEndpoints);
        }
        let parsed = urls
            .iter()
            .map(|u| GoUrl::parse(u))
            .collect::<Result<Vec<_>, _>>()
            .map_err(V2Error::Other)?;
        if same_set(&self.endpoints, &parsed) {
            return Ok(());
        }
        self.endpoints = parsed;
        self.pinned = 0;
        Ok(())
    }

    /// Sends `action` to the pinned endpoint, then to each other in turn
    /// until one answers without a server error (5xx). A one-shot action
    /// is tried once. `deadline` bounds it all.
    pub async fn send(
        &mut self,
        action: &Action,
        deadline: Option<Instant>,
    ) -> Result<Answer, V2Error> {
        let count = self.endpoints.len();
        if count == 0 {
            return Err(V2Error::NoEndpoints);
        }
        let mut reasons = Vec::new();
        for turn in self.pinned..self.pinned + count {
            let k = turn % count;
            let endpoint = &self.endpoints[k];
            let failure = match self.http.send(endpoint, action, deadline).await {
                Err(V2Error::Deadline) => return Err(V2Error::Deadline),
                Err(e) => e,
                Ok(answer) if answer.status / 100 == 5 => server_failure(endpoint, answer.status),
                Ok(answer) => {
                    self.pinned = k;
                    return Ok(answer);
                }
            };
            if action.one_shot {
                self.pinned = (k + 1) % count;
                return Err(failure);
            }
            reasons.push(failure);
        }
        Err(V2Error::Cluster(reasons))
    }
}

/// What a 5xx answer means to Go's client.
fn server_failure(endpoint: &GoUrl, status: u16) -> V2Error {
    match status {
        500 | 503 => V2Error::NoLeader(endpoint.to_string()),
        _ => {
            let reason = hyper::StatusCode::from_u16(status)
                .ok()
                .and_then(|s| s.canonical_reason())
                .unwrap_or_default();
            V2Error::ServerError(endpoint.to_string(), reason.to_string())
        }
    }
}

/// Whether two endpoint lists hold the same URLs, in any order.
fn same_set(a: &[GoUrl], b: &[GoUrl]) -> bool {
    let sorted = |list: &[GoUrl]| {
        let mut texts: Vec<String> = list.iter().map(GoUrl::to_string).collect();
        texts.sort();
        texts
    };
    sorted(a) == sorted(b)
}
