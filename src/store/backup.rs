//! Backups (`Maintenance.Snapshot`, `kvd snapshot save|status|restore`):
//! the state machine as one consistent stream, in the same chunk format
//! members send each other, after a magic line, padded with zeros to a
//! chunk marked last (so a file cut at a chunk's end is known to be cut),
//! padded with zeros to a multiple of 512 bytes (empty chunks to a reader; etcdctl looks for the
//! digest there, as after a bbolt file), followed by the SHA-256 of
//! everything before it (as etcd ends its snapshots). A backup restores
//! into the data directory of a member of a new cluster: the keyspace,
//! leases and auth come from the backup, the membership from the restore.
//!
//! etcd v3's snapshots (a bbolt database and its SHA-256) are taken too:
//! `status` and `restore` tell them by bbolt's magic and read them through
//! `etcd_import`.

use std::fs::{self, File};
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::os::unix::fs::FileExt as _;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use thiserror::Error;

use super::bbolt::{self, Bolt};
use super::bootstrap::Bootstrap;
use super::error::StorageError;
use super::etcd_import::{self, ImportError};
use super::snapshot::{chunk_frame, last_frame, read_chunk, Membership};
use super::{Store, StoreError, WriteTxn};

/// The first bytes of a kvd backup.
pub const MAGIC: &[u8; 8] = b"kvdsnap1";
/// The SHA-256 at the end.
const DIGEST_LEN: usize = 32;
/// The body is padded to a multiple of this (etcdctl's check).
const PAD_TO: u64 = 512;

/// Why a backup cannot be read or restored.
#[derive(Debug, Error)]
pub enum BackupError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a kvd or etcd v3 snapshot: it starts with neither {magic:?} nor a bbolt meta page", magic = String::from_utf8_lossy(MAGIC))]
    Foreign { path: PathBuf },
    #[error("{path} is cut short or damaged: its SHA-256 does not match (use --skip-hash-check only for a file known to be whole)")]
    HashMismatch { path: PathBuf },
    #[error("{path} has no SHA-256 at its end, so it cannot be checked: it is cut short, or it is an etcd database copied from a data directory (restore that with --skip-hash-check)")]
    NoDigest { path: PathBuf },
    #[error("{path} (an etcd snapshot): {source}")]
    Etcd { path: PathBuf, source: ImportError },
    #[error("{path} is damaged: {source}")]
    Damaged { path: PathBuf, source: StorageError },
    #[error("--data-dir {0} already exists; restore makes a new member's directory")]
    Exists(PathBuf),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What `kvd snapshot status` shows of a backup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupStatus {
    /// CRC-32C over every record (table, key, value); of an etcd snapshot,
    /// etcdctl's hash (see `etcd_import::status`).
    pub hash: u32,
    /// The store's revision when it was taken.
    pub revision: i64,
    /// Records in it.
    pub total_keys: u64,
    /// The file's size.
    pub total_size: u64,
}

impl Store {
    /// Writes a backup of the state machine as it is now (one read
    /// transaction) to `sink`, a piece at a time, without the closing
    /// digest (the caller hashes what it sends). Stops early, without
    /// error, if `sink` returns false.
    pub fn write_backup(&self, mut sink: impl FnMut(&[u8]) -> bool) -> super::error::Result<()> {
        if !sink(MAGIC) {
            return Ok(());
        }
        let mut written = MAGIC.len() as u64;
        let txn = self.read()?;
        let mut failed = None;
        let mut stopped = false;
        txn.view()
            .snapshot_records(|records| match chunk_frame(records) {
                Ok(frame) => {
                    written += frame.len() as u64;
                    stopped = !sink(&frame);
                    !stopped
                }
                Err(e) => {
                    failed = Some(e);
                    false
                }
            })?;
        if let Some(e) = failed {
            return Err(e.into());
        }
        if !stopped {
            let last = last_frame();
            written += last.len() as u64;
            let pad = (PAD_TO - written % PAD_TO) % PAD_TO;
            let _ = sink(&last) && sink(&vec![0u8; pad as usize]);
        }
        Ok(())
    }
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> BackupError + '_ {
    move |source| BackupError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn etcd<E: Into<ImportError>>(path: &Path) -> impl Fn(E) -> BackupError + '_ {
    move |source| BackupError::Etcd {
        path: path.to_path_buf(),
        source: source.into(),
    }
}

/// What a checked file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A kvd backup whose records (magic to digest) are this long.
    Kvd(u64),
    /// An etcd snapshot whose bbolt database is this long.
    Etcd(u64),
}

/// What to do with a file's SHA-256.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HashCheck {
    /// It must be there and match.
    Check,
    /// `--skip-hash-check`: not read.
    Skip,
    /// Checked if there (`status` of an etcd database that may have been
    /// copied from a data directory, as etcdctl reads those too).
    IfPresent,
}

/// Checks `path` is a whole kvd backup or etcd snapshot (its digest as
/// `hash_check` says); returns which, and the length before the digest.
fn check(path: &Path, hash_check: HashCheck) -> Result<Kind, BackupError> {
    let mut file = File::open(path).map_err(io(path))?;
    let len = file.metadata().map_err(io(path))?.len();
    let mut magic = [0u8; 8];
    let starts = file.read_exact(&mut magic).is_ok();
    let body = if starts && &magic == MAGIC {
        let body = len
            .checked_sub(DIGEST_LEN as u64)
            .filter(|b| *b >= MAGIC.len() as u64)
            .ok_or_else(|| BackupError::HashMismatch {
                path: path.to_path_buf(),
            })?;
        Kind::Kvd(body)
    } else if is_bbolt(path) {
        // etcd's own test: a digest is there if the length is 32 bytes past a
        // multiple of 512 (bbolt files are whole pages).
        if len % PAD_TO != DIGEST_LEN as u64 {
            return match hash_check {
                HashCheck::Check => Err(BackupError::NoDigest {
                    path: path.to_path_buf(),
                }),
                HashCheck::Skip | HashCheck::IfPresent => Ok(Kind::Etcd(len)),
            };
        }
        Kind::Etcd(len - DIGEST_LEN as u64)
    } else {
        return Err(BackupError::Foreign {
            path: path.to_path_buf(),
        });
    };
    if hash_check == HashCheck::Skip {
        return Ok(body);
    }
    let (Kind::Kvd(n) | Kind::Etcd(n)) = body;
    file.seek(SeekFrom::Start(0)).map_err(io(path))?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut (&mut file).take(n), &mut hasher).map_err(io(path))?;
    let mut digest = [0u8; DIGEST_LEN];
    file.read_exact(&mut digest).map_err(io(path))?;
    if hasher.finalize()[..] != digest[..] {
        return Err(BackupError::HashMismatch {
            path: path.to_path_buf(),
        });
    }
    Ok(body)
}

/// Whether `path` has bbolt's magic where a bbolt file keeps it: after
/// the header of meta page 0, or of meta page 1 at a page size bbolt uses
/// (so a file whose first page alone is damaged is still called etcd's).
fn is_bbolt(path: &Path) -> bool {
    let Ok(file) = File::open(path) else {
        return false;
    };
    let magic_at = |at: u64| {
        let mut m = [0u8; 4];
        file.read_exact_at(&mut m, at + bbolt::PAGE_HEADER as u64)
            .is_ok_and(|_| u32::from_le_bytes(m) == bbolt::MAGIC)
    };
    [0, 4096, 8192, 16384, 65536].into_iter().any(magic_at)
}

/// The bbolt database of a checked etcd snapshot.
fn open_etcd(path: &Path, db_len: u64) -> Result<Bolt, BackupError> {
    let file = File::open(path).map_err(io(path))?;
    Bolt::open(file, db_len).map_err(etcd(path))
}

/// The records of a checked backup, after its magic.
fn records(path: &Path, body: u64) -> Result<impl Read, BackupError> {
    let mut file = BufReader::new(File::open(path).map_err(io(path))?);
    file.seek(SeekFrom::Start(MAGIC.len() as u64))
        .map_err(io(path))?;
    Ok(file.take(body - MAGIC.len() as u64))
}

/// Reads a backup (or an etcd snapshot) through: what `kvd snapshot
/// status` shows.
pub fn backup_status(path: &Path) -> Result<BackupStatus, BackupError> {
    match check(path, HashCheck::IfPresent)? {
        Kind::Kvd(body) => read_through(path, body),
        Kind::Etcd(db_len) => {
            let db = open_etcd(path, db_len)?;
            etcd_import::status(&db).map_err(etcd(path))
        }
    }
}

/// Reads every chunk of a backup whose records are `body` bytes long:
/// it must end with its last chunk and hold a current revision.
fn read_through(path: &Path, body: u64) -> Result<BackupStatus, BackupError> {
    let total_size = fs::metadata(path).map_err(io(path))?.len();
    let mut reader = records(path, body)?;
    let damaged = |source| BackupError::Damaged {
        path: path.to_path_buf(),
        source,
    };
    let (mut hash, mut total_keys, mut revision) = (0u32, 0u64, None);
    let mut ended = false;
    while let Some(chunk) = read_chunk(&mut reader).map_err(damaged)? {
        if chunk.last {
            // Only padding follows.
            ended = true;
            break;
        }
        for r in chunk.records {
            hash = crc32c::crc32c_append(hash, &r.table.to_be_bytes());
            hash = crc32c::crc32c_append(hash, &r.key);
            hash = crc32c::crc32c_append(hash, &r.value);
            total_keys += 1;
            if r.table == super::snapshot::TABLE_META && &r.key[..] == super::meta::CURRENT_REV {
                let bytes: [u8; 8] = r.value[..].try_into().map_err(|_| {
                    damaged(StorageError::corrupt("current revision", "not 8 bytes"))
                })?;
                revision = Some(i64::from_be_bytes(bytes));
            }
        }
    }
    if !ended {
        return Err(damaged(StorageError::corrupt(
            "backup",
            "it ends before its last chunk",
        )));
    }
    let revision = revision.ok_or_else(|| {
        damaged(StorageError::corrupt(
            "backup",
            "it has no current revision",
        ))
    })?;
    Ok(BackupStatus {
        hash,
        revision,
        total_keys,
        total_size,
    })
}

/// Makes `dir` the data directory of a new cluster's member, as
/// `bootstrap` describes it, holding the keyspace, leases and auth of the
/// backup at `path` (kvd's, or an etcd v3 snapshot). Built beside `dir`
/// and renamed into place, so a failure leaves no half-restored directory.
pub fn restore_backup(
    path: &Path,
    dir: &Path,
    bootstrap: &Bootstrap,
    skip_hash: bool,
) -> Result<(), BackupError> {
    if dir.exists() {
        return Err(BackupError::Exists(dir.to_path_buf()));
    }
    let hash_check = if skip_hash {
        HashCheck::Skip
    } else {
        HashCheck::Check
    };
    match check(path, hash_check)? {
        Kind::Kvd(body) => {
            // Read through once first: a backup cut at a chunk's end
            // (possible with --skip-hash-check) must not restore as a
            // smaller keyspace.
            read_through(path, body)?;
            build(dir, bootstrap, |txn| {
                txn.load_records(records(path, body)?, Membership::Keep)
                    .map_err(|source| BackupError::Damaged {
                        path: path.to_path_buf(),
                        source,
                    })
            })
        }
        Kind::Etcd(db_len) => {
            let db = open_etcd(path, db_len)?;
            build(dir, bootstrap, |txn| {
                etcd_import::import(&db, txn)
                    .map(|_| ())
                    .map_err(etcd(path))
            })
        }
    }
}

/// Builds `dir` as a new member's directory (see `restore_backup`), its
/// state machine filled by `fill` in the first write transaction.
fn build(
    dir: &Path,
    bootstrap: &Bootstrap,
    fill: impl FnOnce(&mut WriteTxn<'_>) -> Result<(), BackupError>,
) -> Result<(), BackupError> {
    let building = building_dir(dir)?;
    let built = (|| {
        let (store, _) = Store::open(&building, bootstrap)?;
        let storage = |source| {
            BackupError::Store(StoreError::Storage {
                path: building.clone(),
                source,
            })
        };
        let mut txn = store.write().map_err(storage)?;
        fill(&mut txn)?;
        txn.commit().map_err(storage)?;
        store.sync().map_err(storage)?;
        Ok::<_, BackupError>(())
    })();
    if let Err(e) = built {
        let _ = fs::remove_dir_all(&building);
        return Err(e);
    }
    fs::rename(&building, dir).map_err(io(dir))?;
    // The rename is durable once the parent directory is.
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    File::open(parent)
        .and_then(|d| d.sync_all())
        .map_err(io(parent))
}

/// A new, empty directory beside `dir` to build it in, named after it and
/// this process so that restores running side by side never meet.
fn building_dir(dir: &Path) -> Result<PathBuf, BackupError> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let building = dir.with_file_name(format!(".{name}.restoring-{}-{nanos}", std::process::id()));
    fs::create_dir_all(building.parent().unwrap_or(Path::new("."))).map_err(io(&building))?;
    fs::create_dir(&building).map_err(io(&building))?;
    Ok(building)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::kvdpb::{LeaseRecord, MemberRecord};
    use crate::store::Revision;

    fn bootstrap(id: u64, cluster: u64) -> Bootstrap {
        Bootstrap {
            member_id: id,
            cluster_id: cluster,
            members: vec![MemberRecord {
                id,
                name: format!("m{id}"),
                peer_urls: vec![format!("http://127.0.0.1:{id}")],
                ..Default::default()
            }],
            join: false,
        }
    }

    /// Directories a restore was building in, left in `dir`.
    fn restoring_dirs(dir: &Path) -> usize {
        fs::read_dir(dir)
            .unwrap()
            .filter(|e| {
                let name = e.as_ref().unwrap().file_name();
                name.to_string_lossy().contains("restoring")
            })
            .count()
    }

    /// A store with 50 keys (some on a lease) and a user, backed up to a
    /// file with its digest.
    fn backed_up(dir: &Path) -> (Store, PathBuf) {
        let (store, _) = Store::open(&dir.join("source"), &bootstrap(1, 10)).unwrap();
        {
            let mut txn = store.write().unwrap();
            txn.put_lease(&LeaseRecord { id: 7, ttl: 60 }).unwrap();
            for i in 0..50i64 {
                let rev = Revision {
                    main: i + 2,
                    sub: 0,
                };
                let lease = if i % 10 == 0 { 7 } else { 0 };
                txn.put_kv(format!("k{i:03}").as_bytes(), b"value", lease, rev)
                    .unwrap();
            }
            txn.set_current_rev(51).unwrap();
            txn.put_user(&crate::proto::authpb::User {
                name: b"root".to_vec().into(),
                ..Default::default()
            })
            .unwrap();
            txn.commit().unwrap();
        }
        let file = dir.join("backup.db");
        let mut bytes = Vec::new();
        store
            .write_backup(|piece| {
                bytes.extend_from_slice(piece);
                true
            })
            .unwrap();
        let digest = Sha256::digest(&bytes);
        bytes.extend_from_slice(&digest);
        fs::write(&file, bytes).unwrap();
        (store, file)
    }

    #[test]
    fn a_backup_restores_into_a_new_cluster_with_the_same_keyspace() {
        let tmp = tempfile::tempdir().unwrap();
        let (source, file) = backed_up(tmp.path());
        let status = backup_status(&file).unwrap();
        assert_eq!(status.revision, 51);
        assert!(status.total_keys > 100, "{status:?}");
        let target = tmp.path().join("restored");
        restore_backup(&file, &target, &bootstrap(2, 20), false).unwrap();
        assert_eq!(restoring_dirs(tmp.path()), 0);
        let (restored, opened) = Store::open(&target, &bootstrap(9, 99)).unwrap();
        assert_eq!(opened, crate::store::Opened::Existing);
        let (a, b) = (source.read().unwrap(), restored.read().unwrap());
        assert_eq!(
            a.view().hash_kv(51, 0).unwrap(),
            b.view().hash_kv(51, 0).unwrap()
        );
        assert_eq!(b.view().current_rev().unwrap(), 51);
        assert_eq!(b.view().lease_keys(7).unwrap().len(), 5);
        assert!(b.view().user(b"root").unwrap().is_some());
        let members = crate::store::meta::members(b.view()).unwrap();
        assert_eq!(members.len(), 1);
        assert_eq!(members[0].id, 2, "the new cluster's member, not the old");
        assert_eq!(crate::store::meta::cluster_id(b.view()).unwrap(), 20);
        assert!(matches!(
            restore_backup(&file, &target, &bootstrap(2, 20), false),
            Err(BackupError::Exists(_))
        ));
    }

    #[test]
    fn damaged_cut_and_foreign_files_are_refused_and_leave_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let (_, file) = backed_up(tmp.path());
        let bytes = fs::read(&file).unwrap();
        let target = tmp.path().join("t");
        let mut flipped = bytes.clone();
        flipped[100] ^= 1;
        fs::write(&file, &flipped).unwrap();
        let e = restore_backup(&file, &target, &bootstrap(2, 20), false).unwrap_err();
        assert!(matches!(e, BackupError::HashMismatch { .. }), "{e}");
        fs::write(&file, &bytes[..bytes.len() / 2]).unwrap();
        let e = backup_status(&file).unwrap_err();
        assert!(matches!(e, BackupError::HashMismatch { .. }), "{e}");
        // Cut short, hash unchecked: the records themselves give it away.
        let e = restore_backup(&file, &target, &bootstrap(2, 20), true).unwrap_err();
        assert!(
            matches!(e, BackupError::Damaged { .. } | BackupError::Io { .. }),
            "{e}"
        );
        fs::write(
            &file,
            b"not a snapshot at all, but long enough to have a digest",
        )
        .unwrap();
        let e = backup_status(&file).unwrap_err();
        assert!(matches!(e, BackupError::Foreign { .. }), "{e}");
        assert!(!target.exists());
        assert_eq!(restoring_dirs(tmp.path()), 0);
    }

    #[test]
    fn an_etcd_snapshot_is_told_by_its_magic_and_its_digest_checked() {
        use crate::store::etcd_import::tests::{etcd_image, sample_keys};
        let tmp = tempfile::tempdir().unwrap();
        let db = etcd_image(&sample_keys());
        let mut bytes = db.clone();
        bytes.extend_from_slice(&Sha256::digest(&db));
        let file = tmp.path().join("etcd.db");
        fs::write(&file, &bytes).unwrap();
        let status = backup_status(&file).unwrap();
        assert_eq!((status.revision, status.total_size), (6, db.len() as u64));
        let target = tmp.path().join("restored");
        restore_backup(&file, &target, &bootstrap(2, 20), false).unwrap();
        let (restored, _) = Store::open(&target, &bootstrap(9, 99)).unwrap();
        let r = restored.read().unwrap();
        assert_eq!(r.view().current_rev().unwrap(), 6);
        assert_eq!(crate::store::meta::cluster_id(r.view()).unwrap(), 20);
        drop(r);
        // A flipped byte: the digest tells; unchecked, the page's layout.
        let mut flipped = bytes.clone();
        flipped[2 * 4096 + 8] ^= 0x40;
        fs::write(&file, &flipped).unwrap();
        let t = tmp.path().join("t");
        let e = restore_backup(&file, &t, &bootstrap(2, 20), false).unwrap_err();
        assert!(matches!(e, BackupError::HashMismatch { .. }), "{e}");
        let e = restore_backup(&file, &t, &bootstrap(2, 20), true).unwrap_err();
        assert!(matches!(e, BackupError::Etcd { .. }), "{e}");
        // The database alone (copied from a data directory): status reads
        // it, restore wants --skip-hash-check.
        fs::write(&file, &db).unwrap();
        assert_eq!(backup_status(&file).unwrap(), status);
        let e = restore_backup(&file, &t, &bootstrap(2, 20), false).unwrap_err();
        assert!(matches!(e, BackupError::NoDigest { .. }), "{e}");
        restore_backup(&file, &t, &bootstrap(2, 20), true).unwrap();
        assert_eq!(restoring_dirs(tmp.path()), 0);
    }
}
