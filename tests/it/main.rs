//! Every integration test in one binary, a module per area (as ripgrep
//! keeps its tests): the crate and the shared helpers in `common` are
//! compiled and linked once. The fault-injection harness (tests/chaos)
//! stays a binary of its own, so its timing is not disturbed by the rest.
//! Run one area with `cargo test --test it AREA::`.

mod auth;
mod bad_days;
mod bench_cli;
mod check_cli;
mod cli;
mod cli_diff;
mod cluster;
mod common;
mod dashboard;
mod defrag;
mod durability;
mod etcd_import;
mod etcdctl_diff;
mod examples;
mod fuzz_corpus;
mod gateway;
mod generated;
mod kv_api;
mod lease_api;
mod lock_election;
mod membership;
mod python_clients;
mod recipes;
mod snapshot;
mod tls;
mod v2_api;
mod v2_cli_diff;
mod watch_api;
