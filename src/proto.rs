//! Generated code for the wire contract in proto/ (see build.rs).

#![allow(missing_docs, clippy::all, clippy::pedantic)]

/// MVCC record types (`mvccpb`).
pub mod mvccpb {
    tonic::include_proto!("mvccpb");
}

/// Users, roles and permissions (`authpb`).
pub mod authpb {
    tonic::include_proto!("authpb");
}

/// The etcd v3 services (`etcdserverpb`).
pub mod etcdserverpb {
    tonic::include_proto!("etcdserverpb");
}

/// The lock service (`v3lockpb`).
pub mod v3lockpb {
    tonic::include_proto!("v3lockpb");
}

/// The election service (`v3electionpb`).
pub mod v3electionpb {
    tonic::include_proto!("v3electionpb");
}

/// kvd's own Raft commands and stored records (`kvdpb`).
pub mod kvdpb {
    tonic::include_proto!("kvdpb");
}

/// kvd's peer protocol (`kvdpeer`): Raft messages between members.
pub mod kvdpeer {
    tonic::include_proto!("kvdpeer");
}
