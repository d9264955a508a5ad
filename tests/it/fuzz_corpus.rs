//! Every input in fuzz/corpus/ (seeds, what the fuzzers found worth
//! keeping, and each crash once fixed) goes through its target's code on
//! every test run, so a fixed crash stays fixed without a fuzzer.

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut inputs = 0;
    for entry in std::fs::read_dir(&dir).expect("corpus directory") {
        let path = entry.unwrap().path();
        run(&std::fs::read(&path).unwrap());
        inputs += 1;
    }
    assert!(inputs > 0, "{dir:?} holds no inputs");
}

#[test]
fn http2_authority_corpus() {
    replay("http2_authority", kvd::fuzzing::http2_connection);
}

#[test]
fn client_request_corpus() {
    replay("client_request", kvd::fuzzing::client_request);
}

#[test]
fn log_entry_corpus() {
    replay("log_entry", kvd::fuzzing::log_entry);
}

#[test]
fn peer_message_corpus() {
    replay("peer_message", kvd::fuzzing::peer_message);
}

#[test]
fn data_dir_corpus() {
    replay("data_dir", kvd::fuzzing::data_dir);
}

#[test]
fn snapshot_file_corpus() {
    replay("snapshot_file", kvd::fuzzing::snapshot_file);
}
