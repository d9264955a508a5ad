//! What the integration tests share, by concern: claimed ports, servers,
//! clusters and proxies, transcripts and masks, raw gRPC calls, auth
//! set-ups.

// The chaos harness includes this module too and uses only the ports:
// what it leaves unused is not dead.
#![allow(dead_code, unused_imports)]

mod auth;
mod cluster;
mod grpc;
mod ports;
mod server;
mod transcripts;

pub use auth::*;
pub use cluster::*;
pub use grpc::*;
pub use ports::*;
pub use server::*;
pub use transcripts::*;
