//! Record checksums. Every value kvd stores carries a CRC-32C of itself, so
//! a value changed on disk (a bad sector, a stray write) is an error when
//! it is read, never data served as if it were true. The check lives in
//! the tables' value codec: every read and write through `Dbs` passes it.

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

use heed::{BoxedError, BytesDecode, BytesEncode};

/// Set once this process has read a value whose checksum did not match.
static CORRUPTION_SEEN: AtomicBool = AtomicBool::new(false);

/// Whether this process (one member) has read damaged data since it
/// started: its CORRUPT alarm.
pub fn corruption_seen() -> bool {
    CORRUPTION_SEEN.load(Ordering::Relaxed)
}

/// Bytes of the checksum after each value.
const SUM: usize = 4;

/// The value codec of every kvd table.
pub enum Checked {}

/// A stored value whose checksum does not match it.
#[derive(Debug)]
pub struct ChecksumMismatch;

impl std::fmt::Display for ChecksumMismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("checksum mismatch")
    }
}

impl std::error::Error for ChecksumMismatch {}

impl<'a> BytesEncode<'a> for Checked {
    type EItem = [u8];

    fn bytes_encode(value: &'a [u8]) -> Result<Cow<'a, [u8]>, BoxedError> {
        Ok(Cow::Owned(seal(value)))
    }
}

impl<'a> BytesDecode<'a> for Checked {
    type DItem = &'a [u8];

    fn bytes_decode(stored: &'a [u8]) -> Result<&'a [u8], BoxedError> {
        open(stored).ok_or_else(|| {
            CORRUPTION_SEEN.store(true, Ordering::Relaxed);
            Box::new(ChecksumMismatch) as BoxedError
        })
    }
}

/// `value` followed by its checksum.
pub fn seal(value: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(value.len() + SUM);
    out.extend_from_slice(value);
    out.extend_from_slice(&crc32c::crc32c(value).to_le_bytes());
    out
}

/// The value inside `stored`, if its checksum matches.
pub fn open(stored: &[u8]) -> Option<&[u8]> {
    let split = stored.len().checked_sub(SUM)?;
    let (value, sum) = stored.split_at(split);
    (crc32c::crc32c(value).to_le_bytes() == sum).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_value_opens_and_any_changed_bit_is_caught() {
        let stored = seal(b"some value");
        assert_eq!(open(&stored), Some(&b"some value"[..]));
        for i in 0..stored.len() * 8 {
            let mut bad = stored.clone();
            bad[i / 8] ^= 1 << (i % 8);
            assert_eq!(open(&bad), None, "bit {i}");
        }
        assert_eq!(open(&seal(b"")), Some(&b""[..]));
        assert_eq!(open(b"abc"), None);
    }
}
