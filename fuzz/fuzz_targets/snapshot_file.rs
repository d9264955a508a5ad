//! Fuzz target: kvd::fuzzing::snapshot_file.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kvd::fuzzing::snapshot_file(data));
