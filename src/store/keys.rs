//! Byte encodings of the keys kvd stores in LMDB, chosen so that LMDB's
//! byte order is the order kvd needs.
//!
//! * A revision `(main, sub)` is 16 big-endian bytes, so revisions sort
//!   numerically.
//! * An index key is the user key in an order-preserving, prefix-free
//!   escape (0x00 becomes 0x00 0xFF; the end is 0x00 0x01) followed by the
//!   revision. All revisions of one user key are therefore adjacent, sorted
//!   by revision, and user keys keep their byte order.

/// A revision: `main` counts write transactions, `sub` the changes in one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Revision {
    /// The store-wide revision of the write.
    pub main: i64,
    /// The change's position within its write.
    pub sub: i64,
}

impl Revision {
    /// The highest revision that belongs to main revision `main`.
    pub fn last_of(main: i64) -> Self {
        Revision {
            main,
            sub: i64::MAX,
        }
    }
}

/// The end of the range of keys starting with `prefix` (etcd's rule); a
/// zero byte — every key from `prefix` on — if no such end exists.
pub fn prefix_end(prefix: &[u8]) -> Vec<u8> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < 0xff {
            end.push(last + 1);
            return end;
        }
    }
    vec![0]
}

/// The 16 bytes of a revision.
pub fn revision_bytes(rev: Revision) -> [u8; 16] {
    let mut b = [0u8; 16];
    b[..8].copy_from_slice(&(rev.main as u64).to_be_bytes());
    b[8..].copy_from_slice(&(rev.sub as u64).to_be_bytes());
    b
}

/// Parses 16 revision bytes; `None` if the slice has another length.
pub fn parse_revision(b: &[u8]) -> Option<Revision> {
    if b.len() != 16 {
        return None;
    }
    let main = u64::from_be_bytes(b[..8].try_into().ok()?) as i64;
    let sub = u64::from_be_bytes(b[8..].try_into().ok()?) as i64;
    Some(Revision { main, sub })
}

/// The escaped form of a user key, terminator included: every index key of
/// this user key starts with it, and no other user key's does.
pub fn index_prefix(user_key: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(user_key.len() + 2 + 16);
    for &b in user_key {
        out.push(b);
        if b == 0 {
            out.push(0xff);
        }
    }
    out.extend_from_slice(&[0x00, 0x01]);
    out
}

/// The index key of `user_key` at `rev`.
pub fn index_key(user_key: &[u8], rev: Revision) -> Vec<u8> {
    let mut out = index_prefix(user_key);
    out.extend_from_slice(&revision_bytes(rev));
    out
}

/// An index key past every revision of `user_key` and before the next key.
pub fn index_key_after(user_key: &[u8]) -> Vec<u8> {
    let mut out = index_prefix(user_key);
    out.extend_from_slice(&[0xff; 16]);
    out
}

/// Splits an index key into its user key and revision; `None` if malformed.
pub fn parse_index_key(b: &[u8]) -> Option<(Vec<u8>, Revision)> {
    if b.len() < 18 {
        return None;
    }
    let (escaped, rev) = b.split_at(b.len() - 16);
    let mut key = Vec::with_capacity(escaped.len());
    let mut i = 0;
    while i < escaped.len() {
        match (escaped[i], escaped.get(i + 1)) {
            (0, Some(0xff)) => {
                key.push(0);
                i += 2;
            }
            (0, Some(0x01)) if i + 2 == escaped.len() => {
                return Some((key, parse_revision(rev)?));
            }
            (0, _) => return None,
            (b, _) => {
                key.push(b);
                i += 1;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_keys_round_trip() {
        for key in [&b""[..], b"a", b"a\0", b"\0\0x", b"\xff\x00\x01"] {
            let rev = Revision { main: 7, sub: 3 };
            assert_eq!(
                parse_index_key(&index_key(key, rev)),
                Some((key.to_vec(), rev))
            );
        }
    }

    #[test]
    fn index_order_is_user_key_order_then_revision() {
        let keys: [&[u8]; 6] = [b"", b"\0", b"a", b"a\0", b"a\0\0", b"ab"];
        let mut encoded = Vec::new();
        for k in keys {
            for main in [1, 2, 300] {
                encoded.push(index_key(k, Revision { main, sub: 0 }));
            }
        }
        let mut sorted = encoded.clone();
        sorted.sort();
        assert_eq!(encoded, sorted);
    }

    #[test]
    fn after_key_sits_between_keys() {
        let last_a = index_key(b"a", Revision::last_of(i64::MAX));
        let after = index_key_after(b"a");
        let first_a0 = index_key(b"a\0", Revision::default());
        assert!(last_a <= after && after < first_a0);
    }
}
