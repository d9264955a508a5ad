//! The peer side of the transport: other members stream Raft messages
//! here, and they go straight to the Raft driver.

use protobuf::Message as _;
use raft::prelude::Message;
use tonic::{Request, Response, Status, Streaming};

use crate::proto::kvdpeer::peer_server::Peer;
use crate::proto::kvdpeer::{RaftBatch, SendAck};
use crate::raft::RaftHandle;

/// The `kvdpeer.Peer` service.
pub struct PeerService {
    raft: RaftHandle,
}

impl PeerService {
    /// The service feeding `raft`.
    pub fn new(raft: RaftHandle) -> Self {
        PeerService { raft }
    }
}

#[tonic::async_trait]
impl Peer for PeerService {
    async fn send(&self, r: Request<Streaming<RaftBatch>>) -> Result<Response<SendAck>, Status> {
        let mut batches = r.into_inner();
        while let Some(batch) = batches.message().await? {
            for bytes in batch.messages {
                match Message::parse_from_bytes(&bytes) {
                    Ok(msg) => self.raft.step(msg),
                    Err(e) => tracing::warn!(from = batch.from, "undecodable raft message: {e}"),
                }
            }
        }
        Ok(Response::new(SendAck {}))
    }
}
