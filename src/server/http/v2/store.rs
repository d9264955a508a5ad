//! v2's operations on its nodes in the v3 keyspace, each an atomic v3
//! transaction through the member's own gRPC services: read the node and
//! its ancestors, check v2's rules, then write on the condition that none
//! of them changed meanwhile (retried if one did).

use bytes::Bytes;

use super::error::*;
use super::node::{self, Action, Node, Stored};
use crate::proto::etcdserverpb::compare::{CompareResult, CompareTarget, TargetUnion};
use crate::proto::etcdserverpb::kv_client::KvClient;
use crate::proto::etcdserverpb::lease_client::LeaseClient;
use crate::proto::etcdserverpb::request_op::Request as Op;
use crate::proto::etcdserverpb::response_op::Response as OpResponse;
use crate::proto::etcdserverpb::{
    Compare, DeleteRangeRequest, LeaseGrantRequest, LeaseRevokeRequest, LeaseTimeToLiveRequest,
    PutRequest, RangeRequest, RequestOp, TxnRequest,
};
use crate::server::serving::Grpc;

/// How often a write is tried again after losing a race.
const ATTEMPTS: usize = 16;

/// What a successful v2 operation answers.
pub(super) struct Answer {
    pub action: &'static str,
    pub node: Node,
    pub prev: Option<Node>,
    /// The store index after it.
    pub index: i64,
    /// 201 rather than 200.
    pub created: bool,
}

/// What a PUT asks.
#[derive(Default)]
pub(super) struct Write {
    pub value: String,
    pub dir: bool,
    pub ttl: Option<i64>,
    pub prev_exist: Option<bool>,
    pub prev_value: Option<String>,
    pub prev_index: Option<i64>,
}

/// What a DELETE asks.
#[derive(Default)]
pub(super) struct Removal {
    pub dir: bool,
    pub recursive: bool,
    pub prev_value: Option<String>,
    pub prev_index: Option<i64>,
}

/// v2 over the member's gRPC services.
pub(super) struct V2Store {
    grpc: Grpc,
}

impl V2Store {
    pub(super) fn new(grpc: Grpc) -> V2Store {
        V2Store { grpc }
    }

    /// The nodes at `paths` and the revision they were read at.
    async fn read(&self, paths: &[String]) -> Result<(i64, Vec<Option<Stored>>), V2Error> {
        let success = paths
            .iter()
            .map(|p| RequestOp {
                request: Some(Op::RequestRange(RangeRequest {
                    key: node::key(p).into(),
                    ..Default::default()
                })),
            })
            .collect();
        let response = self
            .txn(TxnRequest {
                success,
                ..Default::default()
            })
            .await?;
        let nodes = response
            .responses
            .iter()
            .map(|r| match &r.response {
                Some(OpResponse::ResponseRange(range)) => {
                    range.kvs.first().and_then(Stored::decode)
                }
                _ => None,
            })
            .collect();
        Ok((revision(&response.header), nodes))
    }

    async fn txn(
        &self,
        request: TxnRequest,
    ) -> Result<crate::proto::etcdserverpb::TxnResponse, V2Error> {
        KvClient::new(self.grpc.clone())
            .txn(request)
            .await
            .map(tonic::Response::into_inner)
            .map_err(|s| V2Error::internal(&s))
    }

    /// Runs `success` if every `compare` holds: the revision it wrote at,
    /// `None` if a node changed meanwhile.
    async fn write_if(
        &self,
        compare: Vec<Compare>,
        success: Vec<RequestOp>,
    ) -> Result<Option<i64>, V2Error> {
        let response = self
            .txn(TxnRequest {
                compare,
                success,
                failure: Vec::new(),
            })
            .await?;
        Ok(response.succeeded.then(|| revision(&response.header)))
    }

    async fn range(&self, key: Vec<u8>, end: Vec<u8>, at: i64) -> Result<Vec<Stored>, V2Error> {
        let response = KvClient::new(self.grpc.clone())
            .range(RangeRequest {
                key: key.into(),
                range_end: end.into(),
                revision: at,
                ..Default::default()
            })
            .await
            .map_err(|s| V2Error::internal(&s))?
            .into_inner();
        Ok(response.kvs.iter().filter_map(Stored::decode).collect())
    }

    /// The current revision.
    pub(super) async fn index(&self) -> Result<i64, V2Error> {
        Ok(self.read(&[]).await?.0)
    }

    /// Seconds left on `lease`, `None` if it has none or it is gone.
    pub(super) async fn ttl(&self, lease: i64) -> Option<i64> {
        if lease == 0 {
            return None;
        }
        let r = LeaseClient::new(self.grpc.clone())
            .lease_time_to_live(LeaseTimeToLiveRequest {
                id: lease,
                keys: false,
            })
            .await
            .ok()?
            .into_inner();
        (r.ttl >= 0).then_some(r.ttl)
    }

    async fn node_json(&self, stored: &Stored) -> Node {
        Node::of(stored, self.ttl(stored.lease).await, true)
    }

    /// GET: a file, or a directory's listing (every level with
    /// `recursive`).
    pub(super) async fn get(&self, path: &str, recursive: bool) -> Result<Answer, V2Error> {
        let paths = lineage(path);
        let (index, nodes) = self.read(&paths).await?;
        let mut node = if path == "/" {
            Node {
                dir: true,
                ..Default::default()
            }
        } else {
            if let Some(e) = unreachable(&paths, &nodes, index) {
                return Err(e);
            }
            match nodes.last().cloned().flatten() {
                Some(stored) => self.node_json(&stored).await,
                None => return Err(V2Error::new(KEY_NOT_FOUND, path, index)),
            }
        };
        if node.dir {
            node.nodes = self.listing(path, recursive, index).await?;
        }
        Ok(Answer {
            action: "get",
            node,
            prev: None,
            index,
            created: false,
        })
    }

    /// The children of the directory at `path` at revision `at`, as JSON.
    async fn listing(
        &self,
        path: &str,
        recursive: bool,
        at: i64,
    ) -> Result<Option<Vec<Node>>, V2Error> {
        let levels = if recursive {
            self.levels_below(path, at).await?
        } else {
            vec![self.level(path, 1, at).await?]
        };
        // Build bottom-up: each level's nodes go into their parents.
        let mut below: Vec<(String, Node)> = Vec::new();
        for level in levels.into_iter().rev() {
            let mut here = Vec::with_capacity(level.len());
            for stored in level {
                let mut n = self.node_json(&stored).await;
                let prefix = format!("{}/", stored.path);
                let children: Vec<Node> = below
                    .iter()
                    .position(|(p, _)| p.starts_with(&prefix))
                    .map(|first| {
                        let end = below[first..]
                            .iter()
                            .position(|(p, _)| !p.starts_with(&prefix))
                            .map_or(below.len(), |i| first + i);
                        below.drain(first..end).map(|(_, n)| n).collect()
                    })
                    .unwrap_or_default();
                if !children.is_empty() {
                    n.nodes = Some(children);
                }
                here.push((stored.path.clone(), n));
            }
            below = here;
        }
        let top: Vec<Node> = below.into_iter().map(|(_, n)| n).collect();
        Ok((!top.is_empty()).then_some(top))
    }

    /// The visible nodes `levels` below the directory at `path`.
    async fn level(&self, path: &str, levels: usize, at: i64) -> Result<Vec<Stored>, V2Error> {
        if node::depth(path) + levels > node::MAX_DEPTH {
            return Ok(Vec::new());
        }
        let (start, end) = node::children_range(path, levels);
        let mut nodes = self.range(start, end, at).await?;
        nodes.retain(|n| !node::hidden(&n.path));
        Ok(nodes)
    }

    /// Every level below `path` that has nodes, nearest first (hidden
    /// nodes and what is under them left out).
    async fn levels_below(&self, path: &str, at: i64) -> Result<Vec<Vec<Stored>>, V2Error> {
        let mut levels: Vec<Vec<Stored>> = Vec::new();
        for n in 1.. {
            let mut level = self.level(path, n, at).await?;
            if let Some(above) = levels.last() {
                level.retain(|s| {
                    let parent = &s.path[..s.path.rfind('/').unwrap_or(0)];
                    above.iter().any(|a| a.path == parent)
                });
            }
            if level.is_empty() {
                break;
            }
            levels.push(level);
        }
        Ok(levels)
    }

    /// PUT: set, create, update or compare-and-swap, by what `w` asks.
    pub(super) async fn put(&self, path: &str, w: &Write) -> Result<Answer, V2Error> {
        if path == "/" {
            return Err(V2Error::new(ROOT_READ_ONLY, "/", 0));
        }
        let lease = self.lease_for(w.ttl).await?;
        let mut result = Err(V2Error::new(RAFT_INTERNAL, "too much contention", 0));
        for _ in 0..ATTEMPTS {
            match self.try_put(path, w, lease).await {
                Ok(Some(answer)) => {
                    result = Ok(answer);
                    break;
                }
                Ok(None) => continue,
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        if result.is_err() && lease != 0 {
            self.revoke(lease).await;
        }
        result
    }

    /// One attempt at a PUT: `None` if the nodes changed under it.
    async fn try_put(&self, path: &str, w: &Write, lease: i64) -> Result<Option<Answer>, V2Error> {
        let paths = lineage(path);
        let (index, nodes) = self.read(&paths).await?;
        let (current, ancestors) = nodes.split_last().expect("the path itself");
        if let Some(file) = ancestors.iter().flatten().find(|a| !a.dir) {
            return Err(V2Error::new(NOT_DIR, file.path.clone(), index));
        }
        // What v2 names when the node must exist and does not.
        let missing = paths
            .iter()
            .zip(&nodes)
            .find(|(_, n)| n.is_none())
            .map_or(path, |(p, _)| p.as_str());
        let action = choose_action(missing, w, current.as_ref(), index)?;
        let created = match (action, current) {
            (Action::Update | Action::CompareAndSwap, Some(c)) => c.created,
            _ => 0,
        };
        // A directory updated keeps its kind; a set may replace a file by
        // a directory.
        let dir = w.dir || (action == Action::Update && current.as_ref().is_some_and(|c| c.dir));
        let mut success: Vec<RequestOp> = paths[..paths.len() - 1]
            .iter()
            .zip(ancestors)
            .filter(|(_, a)| a.is_none())
            .map(|(p, _)| put_op(p, node::encode_implicit_dir(), 0))
            .collect();
        let value = if dir { &b""[..] } else { w.value.as_bytes() };
        success.push(put_op(
            path,
            node::encode(dir, action, created, value),
            lease,
        ));
        let compare = paths
            .iter()
            .zip(&nodes)
            .map(|(p, n)| unchanged(p, n.as_ref()))
            .collect();
        let Some(rev) = self.write_if(compare, success).await? else {
            return Ok(None);
        };
        // As it was, TTL included (before its lease goes below).
        let mut prev = None;
        if let Some(c) = current {
            prev = Some(self.node_json(c).await);
        }
        if let Some(old) = current
            .as_ref()
            .filter(|c| c.lease != 0 && c.lease != lease)
        {
            // Its keys have moved to the new lease (or to none).
            self.revoke(old.lease).await;
        }
        let stored = Stored {
            path: path.to_string(),
            dir,
            action,
            value: Bytes::copy_from_slice(value),
            created: if created == 0 { rev } else { created },
            modified: rev,
            lease,
            implicit: false,
        };
        Ok(Some(Answer {
            action: action.name(),
            node: Node::of(&stored, w.ttl.filter(|t| *t > 0), true),
            prev,
            index: rev,
            created: current.is_none(),
        }))
    }

    /// POST: a new file in the directory at `dir` named by the index that
    /// creates it (zero-padded, so names sort in creation order).
    pub(super) async fn create_in_order(
        &self,
        dir: &str,
        value: &str,
        ttl: Option<i64>,
    ) -> Result<Answer, V2Error> {
        for _ in 0..ATTEMPTS {
            let next = self.index().await? + 1;
            let path = if dir == "/" {
                format!("/{next:020}")
            } else {
                format!("{dir}/{next:020}")
            };
            let w = Write {
                value: value.to_string(),
                ttl,
                prev_exist: Some(false),
                ..Default::default()
            };
            match self.put(&path, &w).await {
                Err(e) if e.code == NODE_EXIST => continue,
                other => return other,
            }
        }
        Err(V2Error::new(RAFT_INTERNAL, "too much contention", 0))
    }

    /// DELETE: a file, an empty directory, or a tree with `recursive`;
    /// compare-and-delete with a previous value or index.
    pub(super) async fn delete(&self, path: &str, r: &Removal) -> Result<Answer, V2Error> {
        if path == "/" {
            return Err(V2Error::new(ROOT_READ_ONLY, "/", 0));
        }
        for _ in 0..ATTEMPTS {
            if let Some(answer) = self.try_delete(path, r).await? {
                return Ok(answer);
            }
        }
        Err(V2Error::new(RAFT_INTERNAL, "too much contention", 0))
    }

    async fn try_delete(&self, path: &str, r: &Removal) -> Result<Option<Answer>, V2Error> {
        let paths = lineage(path);
        let (index, nodes) = self.read(&paths).await?;
        if let Some(e) = unreachable(&paths, &nodes, index) {
            return Err(e);
        }
        let Some(current) = nodes.last().cloned().flatten() else {
            return Err(V2Error::new(KEY_NOT_FOUND, path, index));
        };
        let compared = r.prev_value.is_some() || r.prev_index.is_some();
        if current.dir && (compared || (!r.dir && !r.recursive)) {
            return Err(V2Error::new(NOT_FILE, path, index));
        }
        if compared {
            check_compare(&current, r.prev_value.as_deref(), r.prev_index, index)?;
        }
        let mut success = vec![delete_op(node::key(path), Vec::new())];
        if current.dir {
            let below = self.levels_below_all(path, index).await?;
            if below > 0 && !r.recursive {
                return Err(V2Error::new(DIR_NOT_EMPTY, path, index));
            }
            for level in 1..=below {
                let (start, end) = node::children_range(path, level);
                success.push(delete_op(start, end));
            }
        }
        let compare = vec![unchanged(path, Some(&current))];
        let Some(rev) = self.write_if(compare, success).await? else {
            return Ok(None);
        };
        let node = Node {
            key: Some(path.to_string()),
            dir: current.dir,
            modified_index: rev,
            created_index: current.created,
            ..Default::default()
        };
        Ok(Some(Answer {
            action: if compared {
                "compareAndDelete"
            } else {
                "delete"
            },
            node,
            prev: Some(self.node_json(&current).await),
            index: rev,
            created: false,
        }))
    }

    /// How many levels below `path` hold nodes, hidden ones included.
    async fn levels_below_all(&self, path: &str, at: i64) -> Result<usize, V2Error> {
        let mut levels = 0;
        while node::depth(path) + levels < node::MAX_DEPTH {
            let (start, end) = node::children_range(path, levels + 1);
            if self.range(start, end, at).await?.is_empty() {
                break;
            }
            levels += 1;
        }
        Ok(levels)
    }

    async fn lease_for(&self, ttl: Option<i64>) -> Result<i64, V2Error> {
        let Some(ttl) = ttl.filter(|t| *t > 0) else {
            return Ok(0);
        };
        let granted = LeaseClient::new(self.grpc.clone())
            .lease_grant(LeaseGrantRequest { ttl, id: 0 })
            .await
            .map_err(|s| V2Error::internal(&s))?;
        Ok(granted.into_inner().id)
    }

    async fn revoke(&self, lease: i64) {
        let _ = LeaseClient::new(self.grpc.clone())
            .lease_revoke(LeaseRevokeRequest { id: lease })
            .await;
    }
}

/// The paths from the top down to `path` (its ancestors, then itself).
fn lineage(path: &str) -> Vec<String> {
    let mut paths = node::ancestors(path);
    paths.push(path.to_string());
    paths
}

/// Why the node at the end of `paths` cannot be reached, as v2 walks to
/// it: a file on the way (not a directory), or the first part missing.
fn unreachable(paths: &[String], nodes: &[Option<Stored>], index: i64) -> Option<V2Error> {
    for (p, n) in paths.iter().zip(nodes) {
        match n {
            None => return Some(V2Error::new(KEY_NOT_FOUND, p.clone(), index)),
            Some(n) if !n.dir && p != paths.last()? => {
                return Some(V2Error::new(NOT_DIR, p.clone(), index))
            }
            Some(_) => {}
        }
    }
    None
}

/// Which v2 action a PUT is, or why it is refused (`path`: what to name
/// if the node is missing).
fn choose_action(
    path: &str,
    w: &Write,
    current: Option<&Stored>,
    index: i64,
) -> Result<Action, V2Error> {
    let compared = w.prev_value.is_some() || w.prev_index.is_some();
    if compared {
        let Some(c) = current else {
            return Err(V2Error::new(KEY_NOT_FOUND, path, index));
        };
        if c.dir {
            return Err(V2Error::new(NOT_FILE, path, index));
        }
        check_compare(c, w.prev_value.as_deref(), w.prev_index, index)?;
        return Ok(Action::CompareAndSwap);
    }
    match (w.prev_exist, current) {
        (Some(false), Some(_)) => Err(V2Error::new(NODE_EXIST, path, index)),
        (Some(false), None) => Ok(Action::Create),
        (Some(true), None) => Err(V2Error::new(KEY_NOT_FOUND, path, index)),
        (Some(true), Some(c)) if c.dir && !w.dir => Err(V2Error::new(NOT_FILE, path, index)),
        (Some(true), Some(_)) => Ok(Action::Update),
        (None, Some(c)) if c.dir => Err(V2Error::new(NOT_FILE, path, index)),
        (None, _) => Ok(Action::Set),
    }
}

/// v2's compare: the cause names each side that differs.
fn check_compare(
    c: &Stored,
    prev_value: Option<&str>,
    prev_index: Option<i64>,
    index: i64,
) -> Result<(), V2Error> {
    let value = String::from_utf8_lossy(&c.value);
    let value_differs = prev_value.is_some_and(|v| v != value);
    let index_differs = prev_index.is_some_and(|i| i != c.modified);
    let cause = match (value_differs, index_differs) {
        (false, false) => return Ok(()),
        (true, false) => format!("[{} != {value}]", prev_value.unwrap_or_default()),
        (false, true) => format!("[{} != {}]", prev_index.unwrap_or_default(), c.modified),
        (true, true) => format!(
            "[{} != {value}] [{} != {}]",
            prev_value.unwrap_or_default(),
            prev_index.unwrap_or_default(),
            c.modified
        ),
    };
    Err(V2Error::new(TEST_FAILED, cause, index))
}

/// The condition that the node at `path` is still as read.
fn unchanged(path: &str, read: Option<&Stored>) -> Compare {
    match read {
        Some(s) => Compare {
            result: CompareResult::Equal as i32,
            target: CompareTarget::Mod as i32,
            key: node::key(path).into(),
            target_union: Some(TargetUnion::ModRevision(s.modified)),
            range_end: Bytes::new(),
        },
        None => Compare {
            result: CompareResult::Equal as i32,
            target: CompareTarget::Create as i32,
            key: node::key(path).into(),
            target_union: Some(TargetUnion::CreateRevision(0)),
            range_end: Bytes::new(),
        },
    }
}

fn put_op(path: &str, value: Vec<u8>, lease: i64) -> RequestOp {
    RequestOp {
        request: Some(Op::RequestPut(PutRequest {
            key: node::key(path).into(),
            value: value.into(),
            lease,
            ..Default::default()
        })),
    }
}

fn delete_op(key: Vec<u8>, range_end: Vec<u8>) -> RequestOp {
    RequestOp {
        request: Some(Op::RequestDeleteRange(DeleteRangeRequest {
            key: key.into(),
            range_end: range_end.into(),
            ..Default::default()
        })),
    }
}

fn revision(header: &Option<crate::proto::etcdserverpb::ResponseHeader>) -> i64 {
    header.as_ref().map_or(0, |h| h.revision)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(value: &str, modified: i64) -> Stored {
        Stored {
            path: "/k".into(),
            dir: false,
            action: Action::Set,
            value: Bytes::copy_from_slice(value.as_bytes()),
            created: modified,
            modified,
            lease: 0,
            implicit: false,
        }
    }

    #[test]
    fn actions_follow_v2s_rules() {
        let w = |prev_exist| Write {
            prev_exist,
            ..Default::default()
        };
        let f = file("x", 5);
        assert_eq!(choose_action("/k", &w(None), None, 9).unwrap(), Action::Set);
        assert_eq!(
            choose_action("/k", &w(None), Some(&f), 9).unwrap(),
            Action::Set
        );
        assert_eq!(
            choose_action("/k", &w(Some(false)), Some(&f), 9)
                .unwrap_err()
                .code,
            NODE_EXIST
        );
        assert_eq!(
            choose_action("/k", &w(Some(true)), None, 9)
                .unwrap_err()
                .code,
            KEY_NOT_FOUND
        );
        assert_eq!(
            choose_action("/k", &w(Some(true)), Some(&f), 9).unwrap(),
            Action::Update
        );
    }

    #[test]
    fn a_failed_compare_names_both_sides() {
        let f = file("x", 5);
        let e = check_compare(&f, Some("zz"), None, 6).unwrap_err();
        assert_eq!((e.code, e.cause.as_str()), (TEST_FAILED, "[zz != x]"));
        let e = check_compare(&f, None, Some(1), 6).unwrap_err();
        assert_eq!(e.cause, "[1 != 5]");
        assert!(check_compare(&f, Some("x"), Some(5), 6).is_ok());
    }
}
