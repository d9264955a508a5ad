//! etcd's v2 API as its Go client (`client/v2`, `KeysAPI` and `MembersAPI`)
//! speaks it: the requests (form-encoded values, query options, which ones
//! are never retried) and the typed answers (`Response`, `Node`, `Member`)
//! with Go's reading of each status code.

use hyper::Method;
use serde::Deserialize;
use tokio::time::Instant;

use super::cluster::Cluster;
use super::error::{EtcdError, V2Error};
use super::http::{Action, Answer};
use super::url;

/// Where the keys are.
const KEYS: &str = "/v2/keys";

/// Where the members are.
const MEMBERS: &str = "/v2/members";

const FORM: &str = "application/x-www-form-urlencoded";

/// An answer of the keys API.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Response {
    /// get, set, create, update, delete, compareAndSwap, expire, ...
    #[serde(default)]
    pub action: String,
    /// The node acted on.
    #[serde(default)]
    pub node: Option<Node>,
    /// The node before the action, if it existed and changed.
    #[serde(default, rename = "prevNode")]
    pub prev_node: Option<Node>,
    /// The store's index when answered (`X-Etcd-Index`).
    #[serde(skip)]
    pub index: u64,
}

impl Response {
    /// The node, or an empty one if the server sent none.
    pub fn node(&self) -> &Node {
        self.node.as_ref().unwrap_or(&EMPTY_NODE)
    }
}

/// A key or a directory.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Node {
    /// Its full key, e.g. `/dir/key`.
    pub key: String,
    /// Whether it is a directory.
    pub dir: bool,
    /// Its value (empty for a directory).
    pub value: String,
    /// A directory's children (`None`: none sent).
    pub nodes: Option<Vec<Node>>,
    /// The index that created it.
    #[serde(rename = "createdIndex")]
    pub created_index: u64,
    /// The index that last changed it.
    #[serde(rename = "modifiedIndex")]
    pub modified_index: u64,
    /// When it expires (RFC 3339, as the server wrote it).
    pub expiration: Option<String>,
    /// Seconds left to live (0: no TTL).
    pub ttl: i64,
}

static EMPTY_NODE: Node = Node {
    key: String::new(),
    dir: false,
    value: String::new(),
    nodes: None,
    created_index: 0,
    modified_index: 0,
    expiration: None,
    ttl: 0,
};

/// A cluster member.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Member {
    /// Its ID, in hex.
    #[serde(default, alias = "ID", alias = "Id")]
    pub id: String,
    /// Its name (empty until it has started).
    #[serde(default, alias = "Name")]
    pub name: String,
    /// Its peer URLs.
    #[serde(default, rename = "peerURLs", alias = "PeerURLs", alias = "peerUrls")]
    pub peer_urls: Vec<String>,
    /// Its client URLs (empty until it has started).
    #[serde(
        default,
        rename = "clientURLs",
        alias = "ClientURLs",
        alias = "clientUrls"
    )]
    pub client_urls: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct MemberList {
    #[serde(default, alias = "Members")]
    members: Option<Vec<Member>>,
}

#[derive(Debug, Deserialize)]
struct MembersError {
    #[serde(default)]
    message: String,
}

/// Whether a set requires the key to exist.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PrevExist {
    /// Either way.
    #[default]
    Ignore,
    /// It must exist (update).
    Exist,
    /// It must not (create).
    NoExist,
}

/// The options of a set (Go's `SetOptions`).
#[derive(Debug, Clone, Default)]
pub struct SetOptions {
    /// The value the key must have.
    pub prev_value: String,
    /// The index the key must have been modified at.
    pub prev_index: u64,
    /// Whether the key must exist.
    pub prev_exist: PrevExist,
    /// Seconds to live; zero or less: none.
    pub ttl: i64,
    /// Make a directory.
    pub dir: bool,
}

/// The options of a delete (Go's `DeleteOptions`).
#[derive(Debug, Clone, Default)]
pub struct DeleteOptions {
    /// The value the key must have.
    pub prev_value: String,
    /// The index the key must have been modified at.
    pub prev_index: u64,
    /// Delete a directory (if empty, unless recursive).
    pub dir: bool,
    /// Delete a directory and everything under it.
    pub recursive: bool,
}

/// `/v2/keys` and the key, rooted.
fn key_path(key: &str) -> String {
    if key.is_empty() || key.starts_with('/') {
        format!("{KEYS}{key}")
    } else {
        format!("{KEYS}/{key}")
    }
}

fn keys_action(method: Method, key: &str) -> Action {
    Action {
        method,
        path: key_path(key),
        keep_trailing_slash: true,
        query: Vec::new(),
        content_type: None,
        body: None,
        one_shot: false,
    }
}

/// The seconds Go sends for a TTL of `ttl` seconds, if it sends one: Go
/// multiplies into nanoseconds first (wrapping, as Go does) and sends only
/// positive durations.
fn ttl_seconds(ttl: i64) -> Option<u64> {
    let nanos = ttl.wrapping_mul(1_000_000_000);
    (nanos > 0).then_some((nanos / 1_000_000_000) as u64)
}

/// A set: PUT with the value (or `dir=true`) and the conditions.
pub fn set_action(key: &str, value: &str, o: &SetOptions) -> Action {
    let mut action = keys_action(Method::PUT, key);
    let mut form: Vec<(&'static str, String)> = Vec::new();
    if o.dir {
        action.query.push(("dir", "true".into()));
    } else {
        if !o.prev_value.is_empty() {
            action.query.push(("prevValue", o.prev_value.clone()));
        }
        form.push(("value", value.to_string()));
    }
    if o.prev_index != 0 {
        action.query.push(("prevIndex", o.prev_index.to_string()));
    }
    match o.prev_exist {
        PrevExist::Ignore => {}
        PrevExist::Exist => action.query.push(("prevExist", "true".into())),
        PrevExist::NoExist => action.query.push(("prevExist", "false".into())),
    }
    if let Some(seconds) = ttl_seconds(o.ttl) {
        form.push(("ttl", seconds.to_string()));
    }
    action.content_type = Some(FORM);
    action.body = Some(url::encode_query(&form));
    action.one_shot = o.prev_exist == PrevExist::NoExist;
    action
}

/// A create in order: POST of a value under a directory.
pub fn create_in_order_action(dir: &str, value: &str, ttl: i64) -> Action {
    let mut action = keys_action(Method::POST, dir);
    let mut form = vec![("value", value.to_string())];
    if let Some(seconds) = ttl_seconds(ttl) {
        form.push(("ttl", seconds.to_string()));
    }
    action.content_type = Some(FORM);
    action.body = Some(url::encode_query(&form));
    action
}

/// A get (every option is always sent, as Go sends them).
pub fn get_action(key: &str, recursive: bool, sorted: bool, quorum: bool) -> Action {
    let mut action = keys_action(Method::GET, key);
    action.query = vec![
        ("recursive", recursive.to_string()),
        ("sorted", sorted.to_string()),
        ("quorum", quorum.to_string()),
    ];
    action
}

/// A watch: a GET that waits for the first event at `wait_index` or after
/// (0: the next one).
pub fn wait_action(key: &str, wait_index: u64, recursive: bool) -> Action {
    let mut action = keys_action(Method::GET, key);
    action.query = vec![
        ("wait", "true".into()),
        ("waitIndex", wait_index.to_string()),
        ("recursive", recursive.to_string()),
    ];
    action
}

/// A delete; never retried on another endpoint.
pub fn delete_action(key: &str, o: &DeleteOptions) -> Action {
    let mut action = keys_action(Method::DELETE, key);
    if !o.prev_value.is_empty() {
        action.query.push(("prevValue", o.prev_value.clone()));
    }
    if o.prev_index != 0 {
        action.query.push(("prevIndex", o.prev_index.to_string()));
    }
    if o.dir {
        action.query.push(("dir", "true".into()));
    }
    if o.recursive {
        action.query.push(("recursive", "true".into()));
    }
    action.content_type = Some(FORM);
    action.one_shot = true;
    action
}

/// Go's reading of a keys answer: 200 and 201 carry a response, anything
/// else etcd's error.
pub fn keys_response(answer: Answer) -> Result<Response, V2Error> {
    if answer.status != 200 && answer.status != 201 {
        return match serde_json::from_slice::<EtcdError>(&answer.body) {
            Ok(e) => Err(V2Error::Etcd(e)),
            Err(_) => Err(V2Error::InvalidJson),
        };
    }
    if answer.body.is_empty() {
        return Err(V2Error::EmptyBody);
    }
    let mut response: Response =
        serde_json::from_slice(&answer.body).map_err(|_| V2Error::InvalidJson)?;
    if let Some(index) = answer.index {
        response.index = index.parse().map_err(|_| {
            V2Error::Other(format!(
                "strconv.ParseUint: parsing {}: invalid syntax",
                crate::gofmt::quote(index.as_bytes())
            ))
        })?;
    }
    Ok(response)
}

/// Sends a keys action and reads the answer.
pub async fn keys(
    cluster: &mut Cluster,
    action: &Action,
    deadline: Option<Instant>,
) -> Result<Response, V2Error> {
    keys_response(cluster.send(action, deadline).await?)
}

fn members_action(method: Method, under: &str) -> Action {
    Action {
        method,
        path: format!("{MEMBERS}{under}"),
        keep_trailing_slash: false,
        query: Vec::new(),
        content_type: None,
        body: None,
        one_shot: false,
    }
}

/// The JSON body of an add or an update: `{"peerURLs":[...]}`.
fn peer_urls_body(peer_urls: &[String]) -> String {
    let quoted: Vec<String> = peer_urls
        .iter()
        .map(|u| crate::gofmt::json_string(u))
        .collect();
    format!("{{\"peerURLs\":[{}]}}", quoted.join(","))
}

/// An answer's status must be one of `wanted`.
fn expect_status(answer: &Answer, wanted: &[u16]) -> Result<(), V2Error> {
    if wanted.contains(&answer.status) {
        Ok(())
    } else {
        Err(V2Error::Status(answer.status))
    }
}

fn decode<'a, T: Deserialize<'a>>(body: &'a [u8]) -> Result<T, V2Error> {
    serde_json::from_slice(body).map_err(|e| V2Error::Other(e.to_string()))
}

/// The server's message for a refused add or update.
fn members_error(answer: &Answer) -> V2Error {
    match decode::<MembersError>(&answer.body) {
        Ok(e) => V2Error::Members(e.message),
        Err(e) => e,
    }
}

/// The members.
pub async fn list_members(
    cluster: &mut Cluster,
    deadline: Option<Instant>,
) -> Result<Vec<Member>, V2Error> {
    let answer = cluster
        .send(&members_action(Method::GET, ""), deadline)
        .await?;
    expect_status(&answer, &[200])?;
    let list: MemberList = decode(&answer.body)?;
    Ok(list.members.unwrap_or_default())
}

/// The leader.
pub async fn leader(cluster: &mut Cluster, deadline: Option<Instant>) -> Result<Member, V2Error> {
    let answer = cluster
        .send(&members_action(Method::GET, "/leader"), deadline)
        .await?;
    expect_status(&answer, &[200])?;
    decode(&answer.body)
}

/// Adds a member with these peer URLs; the new member.
pub async fn add_member(
    cluster: &mut Cluster,
    peer_urls: &[String],
    deadline: Option<Instant>,
) -> Result<Member, V2Error> {
    let mut action = members_action(Method::POST, "");
    action.content_type = Some("application/json");
    action.body = Some(peer_urls_body(peer_urls));
    let answer = cluster.send(&action, deadline).await?;
    expect_status(&answer, &[201, 409])?;
    if answer.status != 201 {
        return Err(members_error(&answer));
    }
    decode(&answer.body)
}

/// Removes the member with this ID.
pub async fn remove_member(
    cluster: &mut Cluster,
    id: &str,
    deadline: Option<Instant>,
) -> Result<(), V2Error> {
    let action = members_action(Method::DELETE, &format!("/{id}"));
    let answer = cluster.send(&action, deadline).await?;
    expect_status(&answer, &[204, 410])
}

/// Gives the member with this ID these peer URLs.
pub async fn update_member(
    cluster: &mut Cluster,
    id: &str,
    peer_urls: &[String],
    deadline: Option<Instant>,
) -> Result<(), V2Error> {
    let mut action = members_action(Method::PUT, &format!("/{id}"));
    action.content_type = Some("application/json");
    action.body = Some(peer_urls_body(peer_urls));
    let answer = cluster.send(&action, deadline).await?;
    expect_status(&answer, &[204, 404, 409])?;
    if answer.status != 204 {
        return Err(members_error(&answer));
    }
    Ok(())
}

/// Go's `types.NewURLs`: each URL checked, then all sorted.
pub fn peer_urls(texts: &[&str]) -> Result<Vec<String>, String> {
    if texts.is_empty() {
        return Err("no valid URLs given".into());
    }
    let mut urls = Vec::new();
    for text in texts {
        let text = text.trim();
        let parsed = url::GoUrl::parse(text)?;
        if !matches!(parsed.scheme.as_str(), "http" | "https" | "unix" | "unixs") {
            return Err(format!(
                "URL scheme must be http, https, unix, or unixs: {text}"
            ));
        }
        if !url::has_port(&parsed.host) {
            return Err(format!(
                "URL address does not have the form \"host:port\": {text}"
            ));
        }
        if !parsed.path.is_empty() {
            return Err(format!("URL must not contain a path: {text}"));
        }
        urls.push(parsed.to_string());
    }
    urls.sort();
    Ok(urls)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_are_sent_as_go_sends_them() {
        let o = SetOptions {
            ttl: 100,
            prev_value: "old".into(),
            ..Default::default()
        };
        let action = set_action("a", "new", &o);
        assert_eq!(action.path, "/v2/keys/a");
        assert_eq!(action.body.as_deref(), Some("ttl=100&value=new"));
        let dir = SetOptions {
            dir: true,
            prev_exist: PrevExist::NoExist,
            ..Default::default()
        };
        let action = set_action("/d", "", &dir);
        assert_eq!(action.body.as_deref(), Some(""));
        assert!(action.one_shot);
        assert_eq!(ttl_seconds(-1), None);
    }

    #[test]
    fn answers_are_read_as_go_reads_them() {
        let answer = Answer {
            status: 200,
            index: Some("7".into()),
            body: r#"{"action":"get","node":{"key":"/k","value":"v","modifiedIndex":7,"createdIndex":7}}"#.into(),
        };
        let r = keys_response(answer).unwrap();
        assert_eq!((r.index, r.node().value.as_str()), (7, "v"));
        let missing = Answer {
            status: 404,
            index: None,
            body: r#"{"errorCode":100,"message":"Key not found","cause":"/nope","index":6}"#.into(),
        };
        let e = keys_response(missing).unwrap_err();
        assert_eq!(e.to_string(), "100: Key not found (/nope) [6]");
    }

    #[test]
    fn peer_urls_are_checked_as_go_checks_them() {
        assert_eq!(
            peer_urls(&["notaurl"]).unwrap_err(),
            "URL scheme must be http, https, unix, or unixs: notaurl"
        );
        assert_eq!(
            peer_urls(&["http://nohost"]).unwrap_err(),
            "URL address does not have the form \"host:port\": http://nohost"
        );
        assert_eq!(
            peer_urls(&["http://h:1/p"]).unwrap_err(),
            "URL must not contain a path: http://h:1/p"
        );
        assert_eq!(peer_urls(&["http://h:1?x"]).unwrap(), vec!["http://h:1?x"]);
    }
}
