//! etcd v3 snapshots (`etcdctl snapshot save` from etcd 3.4: its bbolt
//! database, then the SHA-256 of it) read into kvd's tables, so that moving
//! from etcd to kvd is "save on one, restore on the other" (`backup.rs`
//! recognises the file and calls in here).
//!
//! What is read, from etcd 3.4's buckets:
//! - `key`: every revision kept (revision bytes: main, `_`, sub, and `t`
//!   for a tombstone -> `mvccpb.KeyValue`), written through `mvcc` with
//!   etcd's own create revisions and versions, so `get --rev` of any
//!   revision above the compaction answers as etcd did;
//! - `meta`: the scheduled and finished compaction revisions (reads below
//!   them are "compacted", as on etcd); `consistent_index` belongs to the
//!   old cluster's Raft log and is not kept;
//! - `lease` (`leasepb.Lease`: ID and granted TTL); keys attach to leases
//!   as their `KeyValue.lease` says. Remaining TTLs start afresh, as etcd's
//!   own restore does;
//! - `auth` (`authEnabled`, `authRevision`), `authUsers`, `authRoles`: the
//!   same `authpb` messages kvd stores (passwords are bcrypt hashes in
//!   both).
//!
//! `members`, `members_removed` and `cluster` are not read: the membership
//! comes from the restore's flags, as with etcd's restore (a new cluster).
//! `alarm` is not read either: a new cluster starts without alarms.

use std::collections::HashSet;

use prost::Message as _;
use thiserror::Error;

use super::auth::MAX_AUTH_NAME;
use super::backup::BackupStatus;
use super::bbolt::{Bolt, BoltError, Bucket, Entry};
use super::error::StorageError;
use super::{Revision, WriteTxn};
use crate::proto::authpb::{Role, User};
use crate::proto::kvdpb::LeaseRecord;
use crate::proto::mvccpb::KeyValue;

/// etcd's `leasepb.Lease`, as its `lease` bucket holds it.
#[derive(Clone, PartialEq, prost::Message)]
struct Lease {
    #[prost(int64, tag = "1")]
    id: i64,
    #[prost(int64, tag = "2")]
    ttl: i64,
}

/// Why an etcd snapshot cannot be read or restored.
#[derive(Debug, Error)]
pub enum ImportError {
    #[error(transparent)]
    Bolt(#[from] BoltError),
    #[error("it has no {0:?} bucket: not an etcd v3 snapshot, or a damaged one")]
    MissingBucket(&'static str),
    #[error("it is damaged: bucket {bucket:?}, key {key}: {why}")]
    Record {
        bucket: &'static str,
        key: String,
        why: String,
    },
    #[error("bucket {bucket:?}, key {key}: {why}, which kvd does not take")]
    Unsupported {
        bucket: &'static str,
        key: String,
        why: String,
    },
    #[error(transparent)]
    Storage(#[from] StorageError),
}

fn shown(key: &[u8]) -> String {
    crate::gofmt::quote(key)
}

fn record(bucket: &'static str, key: &[u8], why: impl std::fmt::Display) -> ImportError {
    ImportError::Record {
        bucket,
        key: shown(key),
        why: why.to_string(),
    }
}

/// A main revision kept as etcd keeps it: 8 bytes big-endian, or a whole
/// revision (main, `_`, sub: 17 bytes) of which the main one counts.
fn main_revision(bucket: &'static str, key: &[u8], value: &[u8]) -> Result<i64, ImportError> {
    let main = match value.len() {
        8 | 17 => i64::from_be_bytes(value[..8].try_into().unwrap_or_default()),
        n => return Err(record(bucket, key, format!("{n} bytes, not a revision"))),
    };
    if main < 0 {
        return Err(record(bucket, key, format!("revision {main}")));
    }
    Ok(main)
}

/// A `key` bucket key: the revision, and whether it is a tombstone.
fn parse_revision_key(k: &[u8]) -> Option<(Revision, bool)> {
    let tombstone = match k.len() {
        17 => false,
        18 if k[17] == b't' => true,
        _ => return None,
    };
    if k[8] != b'_' {
        return None;
    }
    let main = i64::from_be_bytes(k[..8].try_into().ok()?);
    let sub = i64::from_be_bytes(k[9..17].try_into().ok()?);
    (main > 0 && sub >= 0).then_some((Revision { main, sub }, tombstone))
}

/// What `values` calls with each key and value.
type Values<'f> = dyn FnMut(&[u8], &[u8]) -> Result<(), ImportError> + 'f;

/// Calls `f` with each value of `bucket`; a nested bucket is damage
/// (etcd's buckets hold none).
fn values(
    db: &Bolt,
    name: &'static str,
    bucket: &Bucket,
    f: &mut Values<'_>,
) -> Result<(), ImportError> {
    db.for_each(bucket, &mut |k, entry| match entry {
        Entry::Value(v) => f(k, v),
        Entry::Bucket(_) => Err(record(name, k, "a nested bucket")),
    })
}

/// What `kvd snapshot status` shows of an etcd snapshot, as etcdctl 3.4
/// computes it: the hash is the CRC-32C of every top-level bucket's name
/// followed by its keys and values in order; the revision the highest
/// main revision in the `key` bucket (0 if empty); the keys every
/// key/value pair of every bucket; the size the database's pages in use
/// (without the digest after them).
pub(super) fn status(db: &Bolt) -> Result<BackupStatus, ImportError> {
    let mut names = Vec::new();
    db.for_each(&db.root(), &mut |name, entry| match entry {
        Entry::Bucket(b) => {
            names.push((name.to_vec(), b));
            Ok(())
        }
        Entry::Value(_) => Err(record("", name, "a value outside any bucket")),
    })?;
    let (mut hash, mut total_keys, mut revision) = (0u32, 0u64, 0i64);
    for (name, bucket) in names {
        hash = crc32c::crc32c_append(hash, &name);
        let is_key = name == b"key";
        db.for_each(&bucket, &mut |k, entry| {
            hash = crc32c::crc32c_append(hash, k);
            if let Entry::Value(v) = entry {
                hash = crc32c::crc32c_append(hash, v);
            }
            if is_key {
                let (rev, _) =
                    parse_revision_key(k).ok_or_else(|| record("key", k, "not a revision"))?;
                revision = rev.main;
            }
            total_keys += 1;
            Ok::<_, ImportError>(())
        })?;
    }
    Ok(BackupStatus {
        hash,
        revision,
        total_keys,
        total_size: db.size(),
    })
}

/// What an import brought in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Imported {
    /// The keyspace's revision.
    pub revision: i64,
    /// The revisions (puts and deletes) of its history.
    pub revisions: u64,
}

/// Loads the keyspace, leases and auth of etcd snapshot `db` into `txn`,
/// the first write to a new store.
pub(super) fn import(db: &Bolt, txn: &mut WriteTxn<'_>) -> Result<Imported, ImportError> {
    let root = db.root();
    let bucket = |name: &'static str| db.bucket(&root, name.as_bytes());
    let keys = bucket("key")?.ok_or(ImportError::MissingBucket("key"))?;
    let meta = bucket("meta")?.ok_or(ImportError::MissingBucket("meta"))?;

    let mut leases = HashSet::new();
    if let Some(b) = bucket("lease")? {
        values(db, "lease", &b, &mut |k, v| {
            let lease = Lease::decode(v).map_err(|e| record("lease", k, e))?;
            if k != lease.id.to_be_bytes() || lease.id == 0 {
                return Err(record("lease", k, format!("holds lease {:x}", lease.id)));
            }
            txn.put_lease(&LeaseRecord {
                id: lease.id,
                ttl: lease.ttl,
            })?;
            leases.insert(lease.id);
            Ok(())
        })?;
    }

    let (mut revision, mut revisions) = (0i64, 0u64);
    // Leases that keys name but the snapshot lacks (revoked: etcd
    // deleted their keys, so normally only old versions name them). Any
    // attachment left to one goes below: etcd's restore attaches such a
    // key to no lease, and a lease granted later with the same ID must
    // not inherit it.
    let mut gone = HashSet::new();
    values(db, "key", &keys, &mut |k, v| {
        let (rev, tombstone) =
            parse_revision_key(k).ok_or_else(|| record("key", k, "not a revision"))?;
        let kv = KeyValue::decode(v).map_err(|e| record("key", k, e))?;
        if kv.key.is_empty() {
            return Err(record("key", k, "an empty key"));
        }
        if tombstone {
            txn.import_delete(&kv.key, rev)?;
        } else {
            if kv.mod_revision != rev.main {
                return Err(record(
                    "key",
                    k,
                    format!("its mod_revision is {}", kv.mod_revision),
                ));
            }
            if kv.create_revision < 1 || kv.create_revision > rev.main || kv.version < 1 {
                return Err(record(
                    "key",
                    k,
                    format!(
                        "create_revision {} and version {}",
                        kv.create_revision, kv.version
                    ),
                ));
            }
            if kv.lease != 0 && !leases.contains(&kv.lease) {
                gone.insert(kv.lease);
            }
            txn.import_put(&kv, rev)?;
        }
        revision = revision.max(rev.main);
        revisions += 1;
        Ok(())
    })?;
    for lease in gone {
        txn.delete_lease(lease)?;
    }

    let (mut scheduled, mut finished) = (None, None);
    values(db, "meta", &meta, &mut |k, v| {
        match k {
            b"scheduledCompactRev" => scheduled = Some(main_revision("meta", k, v)?),
            b"finishedCompactRev" => finished = Some(main_revision("meta", k, v)?),
            _ => {}
        }
        Ok(())
    })?;
    if let Some(at) = scheduled.or(finished) {
        txn.set_compact_rev(at)?;
        // An unfinished compaction (scheduled past finished) is finished
        // by kvd's compactor when the member starts, as etcd would.
        txn.set_compact_done_rev(finished.unwrap_or(0).min(at))?;
    }
    // etcd's keyspace never goes back: a compaction past the last write
    // (the history since removed) still counts.
    let revision = revision.max(scheduled.unwrap_or(0)).max(1);
    txn.set_current_rev(revision)?;

    if let Some(b) = bucket("auth")? {
        values(db, "auth", &b, &mut |k, v| {
            match k {
                b"authEnabled" => match v {
                    [on @ (0 | 1)] => txn.set_auth_enabled(*on == 1)?,
                    _ => return Err(record("auth", k, "not a switch")),
                },
                b"authRevision" => {
                    let rev =
                        <[u8; 8]>::try_from(v).map_err(|_| record("auth", k, "not 8 bytes"))?;
                    txn.set_auth_revision(u64::from_be_bytes(rev))?;
                }
                _ => {}
            }
            Ok(())
        })?;
    }
    if let Some(b) = bucket("authUsers")? {
        values(db, "authUsers", &b, &mut |k, v| {
            let user = User::decode(v).map_err(|e| record("authUsers", k, e))?;
            named("authUsers", k, &user.name)?;
            txn.put_user(&user)?;
            Ok(())
        })?;
    }
    if let Some(b) = bucket("authRoles")? {
        values(db, "authRoles", &b, &mut |k, v| {
            let role = Role::decode(v).map_err(|e| record("authRoles", k, e))?;
            named("authRoles", k, &role.name)?;
            txn.put_role(&role)?;
            Ok(())
        })?;
    }
    Ok(Imported {
        revision,
        revisions,
    })
}

/// Checks a user's or role's record is stored under its own name, and
/// that kvd can store the name.
fn named(bucket: &'static str, key: &[u8], name: &[u8]) -> Result<(), ImportError> {
    if key != name {
        return Err(record(bucket, key, format!("holds {}", shown(name))));
    }
    if name.len() > MAX_AUTH_NAME {
        return Err(ImportError::Unsupported {
            bucket,
            key: shown(key.get(..64).unwrap_or(key)),
            why: format!("a name of {} bytes (kvd takes {MAX_AUTH_NAME})", name.len()),
        });
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::store::bbolt::tests::{bucket_value, leaf_image, Image};
    use crate::store::RangeEnd;

    pub(crate) type Pairs = Vec<(Vec<u8>, Vec<u8>)>;

    fn rev_key(main: i64, sub: i64, tombstone: bool) -> Vec<u8> {
        let mut k = main.to_be_bytes().to_vec();
        k.push(b'_');
        k.extend_from_slice(&sub.to_be_bytes());
        if tombstone {
            k.push(b't');
        }
        k
    }

    fn kv(key: &str, create: i64, modr: i64, version: i64, value: &str, lease: i64) -> Vec<u8> {
        KeyValue {
            key: key.as_bytes().to_vec().into(),
            create_revision: create,
            mod_revision: modr,
            version,
            value: value.as_bytes().to_vec().into(),
            lease,
        }
        .encode_to_vec()
    }

    /// An etcd 3.4 database, as a snapshot holds it, every bucket inline:
    /// a put at 2 and 4 of "a" compacted at 4 (rev 2 gone, 3 "b" kept), a
    /// delete of "b" at 5, "c" on lease 7 at 6, a user and a role.
    pub(crate) fn etcd_image(keys: &Pairs) -> Vec<u8> {
        let inline =
            |entries: &[(u32, &[u8], Vec<u8>)]| bucket_value(0, Some(leaf_image(0, entries)));
        let key_entries: Vec<(u32, &[u8], Vec<u8>)> = keys
            .iter()
            .map(|(k, v)| (0, k.as_slice(), v.clone()))
            .collect();
        let user = User {
            name: b"alice".to_vec().into(),
            password: b"$2a$10$hash".to_vec().into(),
            roles: vec!["reader".into()],
            options: None,
        }
        .encode_to_vec();
        let role = Role {
            name: b"reader".to_vec().into(),
            key_permission: vec![],
        }
        .encode_to_vec();
        let lease = Lease { id: 7, ttl: 600 }.encode_to_vec();
        let compact = rev_key(4, 0, false);
        let root = leaf_image(
            2,
            &[
                (
                    1,
                    b"auth",
                    inline(&[
                        (0, b"authEnabled", vec![1]),
                        (0, b"authRevision", 3u64.to_be_bytes().to_vec()),
                    ]),
                ),
                (1, b"authRoles", inline(&[(0, b"reader", role)])),
                (1, b"authUsers", inline(&[(0, b"alice", user)])),
                (1, b"key", inline(&key_entries)),
                (1, b"lease", inline(&[(0, &7i64.to_be_bytes(), lease)])),
                (1, b"members", inline(&[(0, b"1", b"{}".to_vec())])),
                (
                    1,
                    b"meta",
                    inline(&[
                        (0, b"consistent_index", 9u64.to_be_bytes().to_vec()),
                        (0, b"finishedCompactRev", compact.clone()),
                        (0, b"scheduledCompactRev", compact),
                    ]),
                ),
            ],
        );
        Image::new(2, vec![root]).bytes()
    }

    pub(crate) fn sample_keys() -> Pairs {
        vec![
            (rev_key(3, 0, false), kv("b", 3, 3, 1, "2", 0)),
            (rev_key(4, 0, false), kv("a", 2, 4, 2, "11", 0)),
            (rev_key(5, 0, true), kv("b", 0, 0, 0, "", 0)),
            (rev_key(6, 0, false), kv("c", 6, 6, 1, "3", 7)),
            (rev_key(6, 1, false), kv("d", 6, 6, 1, "4", 99)),
        ]
    }

    fn open(bytes: Vec<u8>) -> (tempfile::TempDir, Bolt) {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("etcd.db");
        std::fs::write(&path, &bytes).unwrap();
        let file = std::fs::File::open(&path).unwrap();
        (tmp, Bolt::open(file, bytes.len() as u64).unwrap())
    }

    #[test]
    fn an_etcd_database_imports_with_its_history_compaction_leases_and_auth() {
        let (_f, db) = open(etcd_image(&sample_keys()));
        let status = status(&db).unwrap();
        assert_eq!(status.revision, 6);
        assert_eq!(status.total_keys, 2 + 1 + 1 + 5 + 1 + 1 + 3);
        assert_eq!(status.total_size, 3 * 4096);
        let (_t, store) = crate::store::scratch_store();
        let mut txn = store.write().unwrap();
        let imported = import(&db, &mut txn).unwrap();
        txn.commit().unwrap();
        assert_eq!(
            imported,
            Imported {
                revision: 6,
                revisions: 5
            }
        );
        let r = store.read().unwrap();
        let v = r.view();
        assert_eq!(v.current_rev().unwrap(), 6);
        assert_eq!(v.compact_rev().unwrap(), 4);
        assert_eq!(v.compact_done_rev().unwrap(), 4);
        let a = v.get(b"a", 6).unwrap().unwrap();
        assert_eq!((a.create_revision, a.mod_revision, a.version), (2, 4, 2));
        assert_eq!(&a.value[..], b"11");
        assert_eq!(&v.get(b"b", 4).unwrap().unwrap().value[..], b"2");
        assert!(v.get(b"b", 5).unwrap().is_none(), "deleted at 5");
        let all = v.range(b"\0", &RangeEnd::Unbounded, 6, 0, false).unwrap();
        assert_eq!(all.count, 3);
        assert_eq!(v.lease(7).unwrap().unwrap().ttl, 600);
        assert_eq!(v.lease_keys(7).unwrap(), [b"c".to_vec()]);
        assert!(
            v.lease_keys(99).unwrap().is_empty(),
            "a lease etcd no longer has"
        );
        assert_eq!(
            v.get(b"d", 6).unwrap().unwrap().lease,
            99,
            "as etcd shows it"
        );
        assert!(v.auth_enabled().unwrap());
        assert_eq!(v.auth_revision().unwrap(), 3);
        let alice = v.user(b"alice").unwrap().unwrap();
        assert_eq!(&alice.password[..], b"$2a$10$hash");
        assert_eq!(alice.roles, ["reader"]);
        assert!(v.role(b"reader").unwrap().is_some());
    }

    #[test]
    fn bad_records_are_refused() {
        let cases: Vec<(Pairs, &str)> = vec![
            (
                vec![(b"not a revision".to_vec(), kv("a", 2, 2, 1, "", 0))],
                "not a revision",
            ),
            (
                vec![(rev_key(2, 0, false), b"\xff\xff".to_vec())],
                "key \"\\x00",
            ),
            (
                vec![(rev_key(2, 0, false), kv("a", 2, 3, 1, "", 0))],
                "mod_revision",
            ),
            (
                vec![(rev_key(2, 0, false), kv("a", 5, 2, 1, "", 0))],
                "create_revision",
            ),
            (
                vec![(rev_key(2, 0, false), kv("", 2, 2, 1, "", 0))],
                "empty key",
            ),
        ];
        for (keys, want) in cases {
            let (_f, db) = open(etcd_image(&keys));
            let (_t, store) = crate::store::scratch_store();
            let mut txn = store.write().unwrap();
            let e = import(&db, &mut txn).unwrap_err();
            assert!(e.to_string().contains(want), "{e} lacks {want}");
        }
        // A bbolt file without etcd's buckets.
        let (_f, db) = open(Image::new(2, vec![leaf_image(2, &[])]).bytes());
        let (_t, store) = crate::store::scratch_store();
        let mut txn = store.write().unwrap();
        let e = import(&db, &mut txn).unwrap_err();
        assert!(matches!(e, ImportError::MissingBucket("key")), "{e}");
    }

    /// A snapshot Debian's etcd 3.4.23 saved (`etcdctl snapshot save`):
    /// put a 1, b 2, a 11, c 3, del b, put a 111, lease grant 600, put
    /// leased x on it, compact 4, users root and alice (role reader, read
    /// [/foo, /fop)); auth off.
    const ETCD_3_4: &[u8] = include_bytes!("../../tests/fixtures/etcd-3.4.23.snapshot.db");

    #[test]
    fn a_real_etcd_snapshot_reads_as_etcdctl_reads_it() {
        let db = &ETCD_3_4[..ETCD_3_4.len() - 32];
        let (_f, db) = open(db.to_vec());
        // What `etcdctl snapshot status -w json` printed of the file.
        let s = status(&db).unwrap();
        assert_eq!(
            (s.hash, s.revision, s.total_keys, s.total_size),
            (1734331785, 8, 16, 20480)
        );
        let (_t, store) = crate::store::scratch_store();
        let mut txn = store.write().unwrap();
        assert_eq!(import(&db, &mut txn).unwrap().revision, 8);
        txn.commit().unwrap();
        let r = store.read().unwrap();
        let v = r.view();
        assert_eq!(v.compact_rev().unwrap(), 4);
        let a = v.get(b"a", 8).unwrap().unwrap();
        assert_eq!(
            (a.create_revision, a.version, &a.value[..]),
            (2, 3, &b"111"[..])
        );
        assert_eq!(&v.get(b"a", 4).unwrap().unwrap().value[..], b"11");
        assert!(v.get(b"b", 8).unwrap().is_none());
        let leases = v.leases().unwrap();
        assert_eq!(leases.len(), 1);
        assert_eq!(leases[0].ttl, 600);
        assert_eq!(v.lease_keys(leases[0].id).unwrap(), [b"leased".to_vec()]);
        assert!(!v.auth_enabled().unwrap());
        assert!(v.user(b"root").unwrap().is_some());
        let alice = v.user(b"alice").unwrap().unwrap();
        assert!(bcrypt::verify("alicepw", &String::from_utf8_lossy(&alice.password)).unwrap());
        let reader = v.role(b"reader").unwrap().unwrap();
        assert_eq!(&reader.key_permission[0].range_end[..], b"/fop");
    }

    /// Damage anywhere in a real snapshot (bytes flipped, the file cut) is
    /// an error or a readable database, never a panic or a hang: status and
    /// import run on 3000 damaged copies (a fixed pseudo-random sequence).
    #[test]
    fn randomly_damaged_snapshots_never_panic() {
        let good = &ETCD_3_4[..ETCD_3_4.len() - 32];
        let (_t, store) = crate::store::scratch_store();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let (mut refused, mut read) = (0, 0);
        for round in 0..3000 {
            let mut bytes = good.to_vec();
            let flips = 1 + next() % 8;
            for _ in 0..flips {
                // Most damage lands in the pages that are read (2 and up,
                // the first few kilobytes of each), some in the metas.
                let page = (next() % 5) as usize;
                let at = page * 4096 + (next() % 512) as usize;
                bytes[at] ^= 1 << (next() % 8);
            }
            if round % 10 == 0 {
                bytes.truncate((next() % bytes.len() as u64) as usize);
            }
            let tmp = tempfile::tempdir().unwrap();
            let path = tmp.path().join("db");
            std::fs::write(&path, &bytes).unwrap();
            let Ok(db) = Bolt::open(std::fs::File::open(&path).unwrap(), bytes.len() as u64) else {
                refused += 1;
                continue;
            };
            let _ = status(&db);
            // Never committed: each round starts from the same empty store.
            let mut txn = store.write().unwrap();
            match import(&db, &mut txn) {
                Ok(_) => read += 1,
                Err(_) => refused += 1,
            }
        }
        assert!(
            refused > 100 && read > 100,
            "{refused} refused, {read} read"
        );
    }
}
