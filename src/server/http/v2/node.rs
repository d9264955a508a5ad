//! How v2 nodes live in the v3 keyspace, and how they look in JSON.
//!
//! A node at path `/a/b` (depth 2) is the v3 key `PREFIX, 2, "/a/b"`: the
//! depth byte makes a directory's children one contiguous range. The value
//! is a kind byte (`f` file, `d` directory), the v2 action that wrote it
//! (watchers report it; `i` for a directory made for a node under it), the v2 created index (0: the revision that wrote
//! it; `set` starts a node anew, `update` keeps its created index), then
//! the file's value. v2 indexes are v3 revisions.

use bytes::Bytes;
use serde::Serialize;

/// Where v2 nodes are kept in the v3 keyspace (sorts before printable
/// keys, so v3 prefixes such as `/` do not list them).
pub(super) const PREFIX: &[u8] = b"\x00kvd-v2";
/// The deepest path kept (one depth byte).
pub(super) const MAX_DEPTH: usize = 255;

/// What wrote a node, as watchers are told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Action {
    Set,
    Update,
    Create,
    CompareAndSwap,
}

impl Action {
    fn byte(self) -> u8 {
        match self {
            Action::Set => b's',
            Action::Update => b'u',
            Action::Create => b'c',
            Action::CompareAndSwap => b'w',
        }
    }

    fn of_byte(b: u8) -> Action {
        match b {
            b'u' => Action::Update,
            b'c' => Action::Create,
            b'w' => Action::CompareAndSwap,
            _ => Action::Set,
        }
    }

    /// The v2 name of the action.
    pub(super) fn name(self) -> &'static str {
        match self {
            Action::Set => "set",
            Action::Update => "update",
            Action::Create => "create",
            Action::CompareAndSwap => "compareAndSwap",
        }
    }
}

/// A path cleaned as v2 cleans it: `/`-rooted, no empty, `.` or `..`
/// segments, no trailing slash.
pub(super) fn clean(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

/// How many segments `path` has (the root has none).
pub(super) fn depth(path: &str) -> usize {
    if path == "/" {
        0
    } else {
        path.matches('/').count()
    }
}

/// The paths above `path`, nearest the root first (without the root).
pub(super) fn ancestors(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = path[at + 1..].find('/') {
        at += i + 1;
        out.push(path[..at].to_string());
    }
    out
}

/// The v3 key of the node at `path`.
pub(super) fn key(path: &str) -> Vec<u8> {
    let mut k = PREFIX.to_vec();
    k.push(depth(path) as u8);
    k.extend_from_slice(path.as_bytes());
    k
}

/// The v3 range of the children of the directory at `path`, `levels`
/// below it (1: its children).
pub(super) fn children_range(path: &str, levels: usize) -> (Vec<u8>, Vec<u8>) {
    let mut start = PREFIX.to_vec();
    start.push((depth(path) + levels) as u8);
    start.extend_from_slice(path.trim_end_matches('/').as_bytes());
    start.push(b'/');
    let mut end = start.clone();
    // "/" + 1 is "0": every key under `path/` sorts before it.
    if let Some(last) = end.last_mut() {
        *last = b'0';
    }
    (start, end)
}

/// The v3 range of every v2 node.
pub(super) fn all_range() -> (Vec<u8>, Vec<u8>) {
    let mut end = PREFIX.to_vec();
    if let Some(last) = end.last_mut() {
        *last += 1;
    }
    (PREFIX.to_vec(), end)
}

/// The path of v3 key `k`, if it is a v2 node's.
pub(super) fn path_of(k: &[u8]) -> Option<String> {
    let rest = k.strip_prefix(PREFIX)?;
    let (_, path) = rest.split_first()?;
    String::from_utf8(path.to_vec()).ok()
}

/// A node as stored.
#[derive(Debug, Clone)]
pub(super) struct Stored {
    pub path: String,
    pub dir: bool,
    pub action: Action,
    pub value: Bytes,
    pub created: i64,
    pub modified: i64,
    pub lease: i64,
    /// Made only for a node written under it.
    pub implicit: bool,
}

/// The action byte of a directory made only because a node under it was
/// written: v2 tells watchers of the node's write alone.
const IMPLICIT: u8 = b'i';

/// The v3 value of a directory made for a node written under it.
pub(super) fn encode_implicit_dir() -> Vec<u8> {
    let mut v = encode(true, Action::Set, 0, b"");
    v[1] = IMPLICIT;
    v
}

/// The v3 value of a node.
pub(super) fn encode(dir: bool, action: Action, created: i64, value: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(10 + value.len());
    v.push(if dir { b'd' } else { b'f' });
    v.push(action.byte());
    v.extend_from_slice(&created.to_be_bytes());
    v.extend_from_slice(value);
    v
}

impl Stored {
    /// The node a v3 key-value holds, if it is one.
    pub(super) fn decode(kv: &crate::proto::mvccpb::KeyValue) -> Option<Stored> {
        let path = path_of(&kv.key)?;
        let v = &kv.value;
        if v.len() < 10 {
            return None;
        }
        let created = i64::from_be_bytes(v[2..10].try_into().ok()?);
        Some(Stored {
            path,
            dir: v[0] == b'd',
            action: Action::of_byte(v[1]),
            value: kv.value.slice(10..),
            created: if created == 0 {
                kv.mod_revision
            } else {
                created
            },
            modified: kv.mod_revision,
            lease: kv.lease,
            implicit: v[1] == IMPLICIT,
        })
    }
}

/// A node as v2 answers it.
#[derive(Debug, Serialize, Default)]
pub(super) struct Node {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dir: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<Node>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
    #[serde(rename = "modifiedIndex", skip_serializing_if = "is_zero")]
    pub modified_index: i64,
    #[serde(rename = "createdIndex", skip_serializing_if = "is_zero")]
    pub created_index: i64,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

impl Node {
    /// The JSON of a stored node (`ttl`: its lease's remaining seconds).
    pub(super) fn of(stored: &Stored, ttl: Option<i64>, with_value: bool) -> Node {
        Node {
            key: Some(stored.path.clone()),
            dir: stored.dir,
            value: (with_value && !stored.dir)
                .then(|| String::from_utf8_lossy(&stored.value).into_owned()),
            nodes: None,
            expiration: ttl.map(expiration),
            ttl,
            modified_index: stored.modified,
            created_index: stored.created,
        }
    }
}

/// When a node with `ttl` seconds left expires, as v2 writes it.
fn expiration(ttl: i64) -> String {
    let at = std::time::SystemTime::now() + std::time::Duration::from_secs(ttl.max(0) as u64);
    crate::gofmt::rfc3339_nano(at)
}

/// Whether a listing hides the node at `path` (v2 hides names that start
/// with `_`).
pub(super) fn hidden(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|name| name.starts_with('_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_cleaned_as_v2_cleans_them() {
        assert_eq!(clean(""), "/");
        assert_eq!(clean("/a//b/"), "/a/b");
        assert_eq!(clean("a/./b/../c"), "/a/c");
        assert_eq!(depth("/"), 0);
        assert_eq!(depth("/a/b"), 2);
        assert_eq!(ancestors("/a/b/c"), vec!["/a", "/a/b"]);
        assert!(ancestors("/a").is_empty());
    }

    #[test]
    fn a_directorys_children_are_one_range() {
        let (start, end) = children_range("/a", 1);
        let child = key("/a/b");
        let grandchild = key("/a/b/c");
        let sibling = key("/ab");
        assert!(start <= child && child < end);
        assert!(!(start <= grandchild && grandchild < end));
        assert!(!(start <= sibling && sibling < end));
        let (root_start, root_end) = children_range("/", 1);
        let top = key("/x");
        assert!(root_start <= top && top < root_end);
        assert_eq!(path_of(&key("/a/b")).as_deref(), Some("/a/b"));
    }

    #[test]
    fn values_round_trip() {
        let kv = crate::proto::mvccpb::KeyValue {
            key: Bytes::from(key("/k")),
            value: Bytes::from(encode(false, Action::Update, 4, b"v")),
            mod_revision: 9,
            ..Default::default()
        };
        let s = Stored::decode(&kv).unwrap();
        assert_eq!((s.created, s.modified, s.action), (4, 9, Action::Update));
        assert_eq!(&s.value[..], b"v");
        assert!(hidden("/a/_b"));
    }
}
