//! Fuzz target: kvd::fuzzing::peer_message.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kvd::fuzzing::peer_message(data));
