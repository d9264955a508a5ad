//! How Raft messages travel between members. The driver hands messages to
//! a `Transport` and never waits: each peer has two bounded queues — bulk
//! (log appends and snapshots) and control (heartbeats, votes, responses) —
//! each streamed to the peer over gRPC by its own task, reconnecting with
//! backoff, so a heartbeat never waits behind a large append. A message
//! that cannot be queued is dropped; Raft sends again.

use std::collections::HashMap;
use std::time::Duration;

use protobuf::Message as _;
use raft::prelude::{Message, MessageType};
use tokio::sync::mpsc;

use crate::proto::kvdpeer::peer_client::PeerClient;
use crate::proto::kvdpeer::RaftBatch;

/// Sends Raft messages to other members.
pub trait Transport: Send {
    /// Queues `msgs` for delivery to their `to` members.
    fn send(&mut self, msgs: Vec<Message>);
}

/// The transport of a member with no peers: there is no one to send to.
pub struct NoPeers;

impl Transport for NoPeers {
    fn send(&mut self, msgs: Vec<Message>) {
        for m in msgs {
            tracing::debug!(to = m.to, "no transport to member; message dropped");
        }
    }
}

/// Messages queued per peer before new ones are dropped.
const PEER_QUEUE: usize = 4096;
/// Messages sent to a peer in one batch at most.
const BATCH: usize = 256;

/// Streams messages to peers over gRPC.
pub struct PeerTransport {
    /// Per peer: the bulk queue and the control queue.
    queues: HashMap<u64, (mpsc::Sender<Message>, mpsc::Sender<Message>)>,
}

/// Whether a message is bulk (may be large) rather than control.
fn is_bulk(m: &Message) -> bool {
    matches!(
        m.get_msg_type(),
        MessageType::MsgAppend | MessageType::MsgSnapshot
    )
}

impl PeerTransport {
    /// A transport from member `from` to `peers` (member ID -> peer URL),
    /// its tasks spawned on `runtime`.
    pub fn start(from: u64, peers: HashMap<u64, String>, runtime: &tokio::runtime::Handle) -> Self {
        let mut queues = HashMap::new();
        for (id, url) in peers {
            let (bulk, bulk_rx) = mpsc::channel(PEER_QUEUE);
            let (control, control_rx) = mpsc::channel(PEER_QUEUE);
            runtime.spawn(stream_to_peer(from, id, url.clone(), bulk_rx));
            runtime.spawn(stream_to_peer(from, id, url, control_rx));
            queues.insert(id, (bulk, control));
        }
        PeerTransport { queues }
    }
}

impl Transport for PeerTransport {
    fn send(&mut self, msgs: Vec<Message>) {
        for m in msgs {
            match self.queues.get(&m.to) {
                Some((bulk, control)) => {
                    let q = if is_bulk(&m) { bulk } else { control };
                    if q.try_send(m).is_err() {
                        tracing::debug!("queue to a peer is full; message dropped");
                    }
                }
                None => tracing::debug!(to = m.to, "message to an unknown member dropped"),
            }
        }
    }
}

/// Connects to one peer and streams its queue to it, reconnecting with
/// backoff until the queue is closed.
async fn stream_to_peer(from: u64, to: u64, url: String, mut queue: mpsc::Receiver<Message>) {
    let mut backoff = Duration::from_millis(50);
    loop {
        let client = match PeerClient::connect(url.clone()).await {
            Ok(c) => c.max_encoding_message_size(usize::MAX),
            Err(e) => {
                tracing::debug!("peer {to:x} at {url}: {e}");
                // Drop what queued up meanwhile; Raft will send anew.
                while queue.try_recv().is_ok() {}
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(1));
                continue;
            }
        };
        backoff = Duration::from_millis(50);
        let (tx, rx) = mpsc::channel::<RaftBatch>(16);
        let mut client = client;
        let call = tokio::spawn(async move {
            client
                .send(tokio_stream::wrappers::ReceiverStream::new(rx))
                .await
        });
        loop {
            let Some(first) = queue.recv().await else {
                return;
            };
            let mut batch = vec![first];
            while batch.len() < BATCH {
                match queue.try_recv() {
                    Ok(m) => batch.push(m),
                    Err(_) => break,
                }
            }
            let messages = batch
                .iter()
                .filter_map(|m| match m.write_to_bytes() {
                    Ok(b) => Some(b.into()),
                    Err(e) => {
                        tracing::error!("encoding a raft message: {e}");
                        None
                    }
                })
                .collect();
            if tx.send(RaftBatch { from, messages }).await.is_err() {
                break;
            }
        }
        let _ = call.await;
        tokio::time::sleep(backoff).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_are_bulk_and_heartbeats_are_not() {
        let mut m = Message::default();
        m.set_msg_type(MessageType::MsgAppend);
        assert!(is_bulk(&m));
        m.set_msg_type(MessageType::MsgHeartbeat);
        assert!(!is_bulk(&m));
        m.set_msg_type(MessageType::MsgRequestVote);
        assert!(!is_bulk(&m));
    }
}
