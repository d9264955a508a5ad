//! kvd: an etcd-compatible coordination store. One crate holds the server
//! (Raft over LMDB, speaking etcd's v3 gRPC API) and its command-line
//! client; `src/bin/kvd.rs` is the multicall entry. See ARCHITECTURE.md.

pub mod apply;
pub mod auth;
pub mod bench;
pub mod cli;
pub mod client;
pub mod codec;
pub mod error;
pub(crate) mod failpoint;
#[doc(hidden)]
pub mod fuzzing;
pub mod gofmt;
pub(crate) mod hooks;
pub mod ids;
pub mod lease;
pub mod metrics;
pub mod nesting;
pub mod proto;
pub mod raft;
pub mod recipe;
pub mod server;
pub mod store;
pub mod tls;
pub mod watch;
