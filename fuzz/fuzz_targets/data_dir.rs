//! Fuzz target: kvd::fuzzing::data_dir.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kvd::fuzzing::data_dir(data));
