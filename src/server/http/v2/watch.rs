//! v2's long-poll watch (`?wait=true`): the first change to a key (or,
//! `recursive`, under it) from `waitIndex` on (or from now), answered as
//! the v2 action that made it. It is a v3 watch on every v2 node, read
//! until a change matches.

use tokio_stream::StreamExt as _;

use super::error::*;
use super::node::{self, Node, Stored};
use super::store::{Answer, V2Store};
use crate::proto::etcdserverpb::watch_client::WatchClient;
use crate::proto::etcdserverpb::watch_request::RequestUnion;
use crate::proto::etcdserverpb::{WatchCreateRequest, WatchRequest};
use crate::proto::mvccpb::event::EventType;
use crate::server::serving::Grpc;

/// Waits for the first change to `path` at or after `from` (the next
/// revision if `None`).
pub(super) async fn wait(
    grpc: Grpc,
    path: &str,
    recursive: bool,
    from: Option<i64>,
) -> Result<Answer, V2Error> {
    let store = V2Store::new(grpc.clone());
    let now = store.index().await?;
    let start = from.filter(|i| *i > 0).unwrap_or(now + 1);
    let (key, range_end) = node::all_range();
    let create = WatchRequest {
        request_union: Some(RequestUnion::CreateRequest(WatchCreateRequest {
            key: key.into(),
            range_end: range_end.into(),
            start_revision: start,
            prev_kv: true,
            ..Default::default()
        })),
    };
    // The request stream stays open while we wait: closing it is fine for
    // kvd, but there is nothing more to send.
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    let _ = tx.send(create).await;
    let mut responses = WatchClient::new(grpc)
        .watch(tokio_stream::wrappers::ReceiverStream::new(rx))
        .await
        .map_err(|s| V2Error::internal(&s))?
        .into_inner();
    while let Some(response) = responses.next().await {
        let response = response.map_err(|s| V2Error::internal(&s))?;
        if response.compact_revision > 0 {
            return Err(V2Error::new(
                EVENT_INDEX_CLEARED,
                format!(
                    "the requested history has been cleared [{}/{start}]",
                    response.compact_revision
                ),
                now,
            ));
        }
        for event in response.events {
            let Some(kv) = event.kv.as_ref() else {
                continue;
            };
            let Some(changed) = node::path_of(&kv.key) else {
                continue;
            };
            if !matches(path, &changed, recursive) {
                continue;
            }
            let prev = event.prev_kv.as_ref().and_then(Stored::decode);
            let put = event.r#type != EventType::Delete as i32;
            if put && Stored::decode(kv).is_some_and(|s| s.implicit) {
                continue;
            }
            return Ok(if event.r#type == EventType::Delete as i32 {
                deleted(&store, &changed, kv.mod_revision, prev).await
            } else {
                let stored = Stored::decode(kv).ok_or_else(|| {
                    V2Error::new(RAFT_INTERNAL, "a v2 node that cannot be read", now)
                })?;
                Answer {
                    action: stored.action.name(),
                    node: Node::of(&stored, store.ttl(stored.lease).await, true),
                    prev: prev.map(|p| Node::of(&p, None, true)),
                    index: now,
                    created: false,
                }
            });
        }
    }
    drop(tx);
    Err(V2Error::new(RAFT_INTERNAL, "the watch ended", now))
}

/// A deletion as v2 tells it: `expire` when its lease is gone (the TTL
/// ran out), `delete` otherwise.
async fn deleted(store: &V2Store, path: &str, rev: i64, prev: Option<Stored>) -> Answer {
    let expired = match &prev {
        Some(p) if p.lease != 0 => store.ttl(p.lease).await.is_none(),
        _ => false,
    };
    Answer {
        action: if expired { "expire" } else { "delete" },
        node: Node {
            key: Some(path.to_string()),
            dir: prev.as_ref().is_some_and(|p| p.dir),
            modified_index: rev,
            created_index: prev.as_ref().map_or(0, |p| p.created),
            ..Default::default()
        },
        prev: prev.map(|p| Node::of(&p, None, true)),
        index: rev,
        created: false,
    }
}

/// Whether a change at `changed` wakes a watch on `path`.
fn matches(path: &str, changed: &str, recursive: bool) -> bool {
    if changed == path {
        return true;
    }
    recursive && (path == "/" || changed.starts_with(&format!("{path}/")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recursive_watch_sees_what_is_under_it() {
        assert!(matches("/a", "/a", false));
        assert!(!matches("/a", "/a/b", false));
        assert!(matches("/a", "/a/b", true));
        assert!(!matches("/a", "/ab", true));
        assert!(matches("/", "/x", true));
    }
}
