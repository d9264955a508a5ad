//! Fuzz target: kvd::fuzzing::http2_connection.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kvd::fuzzing::http2_connection(data));
