//! Fuzz target: kvd::fuzzing::client_request.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kvd::fuzzing::client_request(data));
