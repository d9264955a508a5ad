//! How Raft messages leave this member. The peer transport between members
//! implements `Transport`; a member of a one-member cluster has no peers to
//! send to.

use raft::prelude::Message;

/// Sends Raft messages to other members. Sending never blocks the driver;
/// a message that cannot be delivered is dropped (Raft retries).
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
