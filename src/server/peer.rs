//! The peer side of the transport: other members stream Raft messages
//! here, and they go straight to the Raft driver; a leader streams
//! snapshots here, staged on disk before Raft sees them; and a member
//! joining the cluster asks here who is in it.

use protobuf::Message as _;
use raft::prelude::{Message, MessageType};
use tonic::{Request, Response, Status, Streaming};

use crate::proto::kvdpeer::peer_server::Peer;
use crate::proto::kvdpeer::{
    HashReply, HashRequest, MembersReply, MembersRequest, RaftBatch, SendAck, SnapshotChunk,
};
use crate::raft::RaftHandle;
use crate::store::{meta, Store};

/// The `kvdpeer.Peer` service.
pub struct PeerService {
    raft: RaftHandle,
    store: Store,
}

impl PeerService {
    /// The service feeding `raft`, staging snapshots in `store`.
    pub fn new(raft: RaftHandle, store: Store) -> Self {
        PeerService { raft, store }
    }
}

fn internal(what: &str, e: impl std::fmt::Display) -> Status {
    Status::internal(format!("{what}: {e}"))
}

/// A Raft message from a peer's stream, if Raft may see it. A snapshot
/// arrives on its own stream, staged first; one sent as a message would
/// name data this member never received.
pub fn admit(bytes: &[u8]) -> Result<Message, String> {
    let msg = Message::parse_from_bytes(bytes).map_err(|e| format!("undecodable: {e}"))?;
    if msg.get_msg_type() == MessageType::MsgSnapshot {
        return Err("a snapshot sent as a message".into());
    }
    Ok(msg)
}

#[tonic::async_trait]
impl Peer for PeerService {
    async fn send(&self, r: Request<Streaming<RaftBatch>>) -> Result<Response<SendAck>, Status> {
        let mut batches = r.into_inner();
        while let Some(batch) = batches.message().await? {
            for bytes in batch.messages {
                match admit(&bytes) {
                    Ok(msg) => {
                        let _ = self.raft.step(msg);
                    }
                    Err(why) => tracing::warn!(from = batch.from, "dropping a raft message: {why}"),
                }
            }
        }
        Ok(Response::new(SendAck {}))
    }

    async fn snapshot(
        &self,
        r: Request<Streaming<SnapshotChunk>>,
    ) -> Result<Response<SendAck>, Status> {
        let mut chunks = r.into_inner();
        let first = chunks
            .message()
            .await?
            .ok_or_else(|| Status::invalid_argument("empty snapshot stream"))?;
        let mut msg = Message::parse_from_bytes(&first.message)
            .map_err(|e| Status::invalid_argument(format!("snapshot message: {e}")))?;
        let mut incoming = self
            .store
            .incoming_snapshot()
            .map_err(|e| internal("staging a snapshot", e))?;
        loop {
            let chunk = chunks
                .message()
                .await?
                .ok_or_else(|| Status::invalid_argument("snapshot stream ended early"))?;
            tokio::task::block_in_place(|| incoming.append(chunk.records))
                .map_err(|e| internal("staging a snapshot", e))?;
            if chunk.last {
                break;
            }
        }
        let staged = tokio::task::block_in_place(|| incoming.finish())
            .map_err(|e| internal("staging a snapshot", e))?;
        tracing::info!(
            index = msg.get_snapshot().get_metadata().index,
            "received a snapshot from member {:x}",
            msg.from
        );
        // Raft carries the staged file's ID to the driver, never a path.
        msg.mut_snapshot().data = crate::store::staged_ticket(staged).into();
        if let Err(e) = self.raft.step(msg) {
            // Raft never saw it: nothing will install or remove the file.
            self.store.discard_staged_snapshot(staged);
            return Err(super::status::to_status(e));
        }
        Ok(Response::new(SendAck {}))
    }

    async fn hash(&self, r: Request<HashRequest>) -> Result<Response<HashReply>, Status> {
        let h = super::maintenance::keyspace_hash(&self.store, r.into_inner().revision)
            .map_err(super::status::to_status)?;
        let planted = crate::hooks::planted(crate::hooks::PlantedBug::WrongHash);
        Ok(Response::new(HashReply {
            hash: if planted {
                h.hash.wrapping_add(1)
            } else {
                h.hash
            },
            compact_revision: h.compacted,
        }))
    }

    async fn members(&self, _: Request<MembersRequest>) -> Result<Response<MembersReply>, Status> {
        let txn = self.store.read().map_err(|e| internal("reading", e))?;
        let reply = MembersReply {
            cluster_id: meta::cluster_id(txn.view()).map_err(|e| internal("reading", e))?,
            members: meta::members(txn.view()).map_err(|e| internal("reading", e))?,
        };
        Ok(Response::new(reply))
    }
}
