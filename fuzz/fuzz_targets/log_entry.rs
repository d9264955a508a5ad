//! Fuzz target: kvd::fuzzing::log_entry.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kvd::fuzzing::log_entry(data));
