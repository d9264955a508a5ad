//! kvd: an etcd-compatible coordination store. One crate holds the server
//! (Raft over LMDB, speaking etcd's v3 gRPC API) and its command-line
//! client; `src/bin/kvd.rs` is the multicall entry. See ARCHITECTURE.md.

pub(crate) mod apply;
pub(crate) mod auth;
pub(crate) mod bench;
pub mod cli;
pub mod client;
pub(crate) mod codec;
pub mod error;
pub(crate) mod failpoint;
#[doc(hidden)]
pub mod fuzzing;
pub(crate) mod gofmt;
pub(crate) mod hooks;
pub(crate) mod ids;
pub(crate) mod lease;
pub(crate) mod metrics;
pub mod nesting;
pub mod proto;
pub mod raft;
pub(crate) mod recipe;
pub mod server;
pub(crate) mod store;
pub(crate) mod tls;
pub(crate) mod watch;
