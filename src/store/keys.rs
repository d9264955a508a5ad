//! Byte encodings of the keys kvd stores in LMDB, chosen so that LMDB's
//! byte order is the order kvd needs.
//!
//! * A revision `(main, sub)` is 16 big-endian bytes, so revisions sort
//!   numerically.
//! * An index key is the user key in an order-preserving, prefix-free
//!   escape (0x00 becomes 0x00 0xFF; the end is 0x00 0x01) followed by the
//!   revision. All revisions of one user key are therefore adjacent, sorted
//!   by revision, and user keys keep their byte order.
//! * A key too long for that ("long", see `is_long`) is stored in tables
//!   of its own under a fixed-length identity: its first `LONG_PREFIX`
//!   bytes, then the SHA-256 of the whole key (`long_id`). Long keys that
//!   share those first bytes therefore sort by digest, not by key: readers
//!   gather such a group and sort it by the full key, which the long
//!   tables' values or the revision records hold.

use sha2::{Digest, Sha256};

/// The longest escaped length (`escaped_len`) of a key stored under its
/// own name: LMDB's key limit with 4 KiB pages (1982 bytes) less the
/// index's terminator (2) and revision (16). These are exactly the keys
/// kvd could store before long keys, so their encoding never changed.
pub const SHORT_KEY_MAX: usize = 1982 - 2 - 16;

/// How many leading bytes of a long key its identity keeps. Every long
/// key is longer (its escaped length exceeds `SHORT_KEY_MAX`, so it has at
/// least 983 bytes), and fixed-length prefixes need no escaping: the
/// longest LMDB key a long key makes is 8 + 512 + 32 bytes (`lease_keys`)
/// or 512 + 32 + 16 (`index`), far below the limit.
pub const LONG_PREFIX: usize = 512;

/// Bytes of the digest that tells long keys with one prefix apart.
pub const DIGEST_LEN: usize = 32;

/// Bytes of a long key's identity: prefix, then digest.
pub const LONG_ID_LEN: usize = LONG_PREFIX + DIGEST_LEN;

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

/// A key's length once escaped for the index: each zero byte counts twice.
pub fn escaped_len(key: &[u8]) -> usize {
    key.len() + key.iter().filter(|b| **b == 0).count()
}

/// Whether `key` is too long to be stored under its own name, and lives in
/// the long tables under `long_id` instead.
pub fn is_long(key: &[u8]) -> bool {
    // Cheap first: most keys are far too short to be long.
    key.len() > SHORT_KEY_MAX / 2 && escaped_len(key) > SHORT_KEY_MAX
}

/// The longest prefix of `key` that is not long (the key itself if it is
/// short): a place to start a scan of short keys at or after `key`.
pub fn short_floor(key: &[u8]) -> &[u8] {
    let mut len = 0;
    let mut escaped = 0;
    for &b in key {
        escaped += if b == 0 { 2 } else { 1 };
        if escaped > SHORT_KEY_MAX {
            break;
        }
        len += 1;
    }
    &key[..len]
}

/// A long key's identity: its first `LONG_PREFIX` bytes, then the SHA-256
/// of the whole key. Identities sort by prefix, so groups of long keys
/// sharing a prefix are in key order among themselves; within a group
/// they sort by digest.
pub fn long_id(key: &[u8]) -> [u8; LONG_ID_LEN] {
    debug_assert!(key.len() > LONG_PREFIX);
    let mut id = [0u8; LONG_ID_LEN];
    id[..LONG_PREFIX].copy_from_slice(&key[..LONG_PREFIX]);
    id[LONG_PREFIX..].copy_from_slice(&Sha256::digest(key));
    id
}

/// A long key's entry in the long index: its identity, then the revision.
pub fn long_index_key(id: &[u8], rev: Revision) -> Vec<u8> {
    let mut out = Vec::with_capacity(LONG_ID_LEN + 16);
    out.extend_from_slice(id);
    out.extend_from_slice(&revision_bytes(rev));
    out
}

/// Splits a long index entry into identity and revision.
pub fn parse_long_index_key(b: &[u8]) -> Option<(&[u8], Revision)> {
    if b.len() != LONG_ID_LEN + 16 {
        return None;
    }
    let (id, rev) = b.split_at(LONG_ID_LEN);
    Some((id, parse_revision(rev)?))
}

/// The long index entry past every revision of identity `id`.
pub fn long_index_key_after(id: &[u8]) -> Vec<u8> {
    let mut out = id.to_vec();
    out.extend_from_slice(&[0xff; 16]);
    out
}

/// A live long key's value in `long_latest`: its revision, then the key.
pub fn long_latest_value(rev: Revision, key: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + key.len());
    out.extend_from_slice(&revision_bytes(rev));
    out.extend_from_slice(key);
    out
}

/// Splits a `long_latest` value into revision and key.
pub fn parse_long_latest_value(v: &[u8]) -> Option<(Revision, &[u8])> {
    let rev = parse_revision(v.get(..16)?)?;
    let key = &v[16..];
    is_long(key).then_some((rev, key))
}

/// Which index an entry is in, for walks over every entry of both (hash,
/// compaction): short keys' (`index`) or long keys' (`long_index`). The
/// entries of one key share its `ident`: the key itself, or the long
/// key's identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexLayout {
    Short,
    Long,
}

impl IndexLayout {
    /// Splits an entry into its key's ident and its revision.
    pub fn parse(self, entry: &[u8]) -> Option<(Vec<u8>, Revision)> {
        match self {
            IndexLayout::Short => parse_index_key(entry),
            IndexLayout::Long => parse_long_index_key(entry).map(|(id, rev)| (id.to_vec(), rev)),
        }
    }

    /// A bound below every entry of `ident` and above those of keys before.
    pub fn first(self, ident: &[u8]) -> Vec<u8> {
        match self {
            IndexLayout::Short => index_prefix(ident),
            IndexLayout::Long => ident.to_vec(),
        }
    }

    /// The entry of `ident` at `rev`.
    pub fn at(self, ident: &[u8], rev: Revision) -> Vec<u8> {
        match self {
            IndexLayout::Short => index_key(ident, rev),
            IndexLayout::Long => long_index_key(ident, rev),
        }
    }

    /// A bound above every entry of `ident` and below those of keys after.
    pub fn after(self, ident: &[u8]) -> Vec<u8> {
        match self {
            IndexLayout::Short => index_key_after(ident),
            IndexLayout::Long => long_index_key_after(ident),
        }
    }
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

    #[test]
    fn short_keys_are_those_lmdb_took_before() {
        let a = |n: usize| vec![b'a'; n];
        assert!(!is_long(&a(SHORT_KEY_MAX)));
        assert!(is_long(&a(SHORT_KEY_MAX + 1)));
        // Zero bytes count twice: 982 of them fill the limit exactly.
        let zeros = |n: usize| vec![0u8; n];
        assert!(!is_long(&zeros(982)));
        assert!(is_long(&zeros(983)));
        let mut mixed = zeros(981);
        mixed.push(b'a');
        assert!(!is_long(&mixed));
        mixed.insert(0, 0);
        assert!(is_long(&mixed));
        // The old limit, as `key_fits` had it on 4 KiB pages.
        for key in [a(1), a(1964), a(1965), zeros(982), zeros(983), mixed] {
            let fitted = index_prefix(&key).len() + 16 <= 1982;
            assert_eq!(!is_long(&key), fitted, "{}", key.len());
        }
        // Every long key is longer than the prefix its identity keeps.
        const { assert!(SHORT_KEY_MAX / 2 > LONG_PREFIX) };
    }

    #[test]
    fn the_short_floor_of_a_long_key_is_its_longest_short_prefix() {
        for key in [
            vec![b'a'; 5000],
            vec![0; 3000],
            [vec![b'a'; 1963], vec![0; 10]].concat(),
        ] {
            assert!(is_long(&key));
            let floor = short_floor(&key);
            assert!(key.starts_with(floor));
            assert!(!is_long(floor));
            assert!(is_long(&key[..floor.len() + 1]));
        }
        assert_eq!(short_floor(b"abc"), b"abc");
        assert_eq!(short_floor(b""), b"");
    }

    #[test]
    fn long_identities_keep_the_prefix_and_tell_keys_apart() {
        let base = vec![b'p'; 4096];
        let mut other = base.clone();
        *other.last_mut().unwrap() = b'q';
        let (a, b) = (long_id(&base), long_id(&other));
        assert_eq!(&a[..LONG_PREFIX], &base[..LONG_PREFIX]);
        assert_ne!(a, b, "keys differing in their last byte");
        // Groups with different prefixes sort as their keys do.
        let mut low = vec![b'p'; 3000];
        low[100] = b'a';
        assert!(long_id(&low) < a && low < base);
        let rev = Revision { main: 9, sub: 2 };
        let entry = long_index_key(&a, rev);
        assert_eq!(entry.len(), LONG_ID_LEN + 16);
        assert_eq!(parse_long_index_key(&entry), Some((&a[..], rev)));
        assert_eq!(parse_long_index_key(&entry[1..]), None);
        let v = long_latest_value(rev, &base);
        assert_eq!(parse_long_latest_value(&v), Some((rev, &base[..])));
        assert_eq!(parse_long_latest_value(&v[..100]), None, "not a long key");
    }

    #[test]
    fn layout_bounds_enclose_one_key_exactly() {
        let long_a = long_id(&[b'a'; 3000]);
        let long_b = long_id(&[b'b'; 3000]);
        let cases: [(IndexLayout, &[u8], &[u8]); 2] = [
            (IndexLayout::Short, b"a", b"a\0"),
            (IndexLayout::Long, &long_a, &long_b),
        ];
        for (layout, ident, next) in cases {
            let first = layout.first(ident);
            let low = layout.at(ident, Revision::default());
            let high = layout.at(ident, Revision::last_of(i64::MAX));
            let after = layout.after(ident);
            assert!(first <= low && low < high && high <= after);
            assert!(after < layout.first(next) && after < layout.at(next, Revision::default()));
            let rev = Revision { main: 3, sub: 1 };
            assert_eq!(
                layout.parse(&layout.at(ident, rev)),
                Some((ident.to_vec(), rev))
            );
        }
    }
}
