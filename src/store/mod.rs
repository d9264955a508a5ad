//! LMDB storage: the only code that opens the database.
//!
//! A data directory holds the Raft log and hard state in a write-ahead log
//! (`wal`, read by raft-rs through `raftlog`) and, in one LMDB environment
//! under `<data-dir>/db`, the state machine: the MVCC keyspace (`mvcc`),
//! leases, members, users and roles (`auth`) and the meta records (`meta`). A marker file names the
//! directory as kvd's; a directory that lacks it, or whose database or log
//! does not open cleanly, is refused and left untouched.

pub mod auth;
pub mod backup;
pub mod bbolt;
mod bootstrap;
mod check;
mod checked;
mod compact;
mod defrag;
pub mod error;
pub mod etcd_import;
mod force;
mod hash;
pub mod keys;
mod lease;
pub mod meta;
pub mod mvcc;
pub mod raftlog;
mod snapshot;
pub mod space;
mod tables;
mod upgrade;
pub mod verify;
pub mod wal;

use std::fs::{self, File};
use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

pub(crate) use tables::TableId;

use heed::types::Bytes;
use heed::{Database, Env, EnvOpenOptions, RoTxn, RwTxn, WithoutTls};
use thiserror::Error;

pub use bootstrap::Bootstrap;
pub use checked::corruption_seen;
pub use compact::compact_step;
pub use defrag::DefragError;
pub use error::StorageError;
pub use keys::Revision;
pub use mvcc::RangeEnd;
pub use raftlog::LogStore;
pub use snapshot::{staged_id, staged_ticket};

/// The marker file's name and first line; later lines may carry details.
const MARKER_FILE: &str = "KVD_DATA";
const MARKER_TEXT: &str = "kvd data directory, format 1\n";
/// The marker's state line while the directory is being created.
const INITIALISING: &str = "initialising\n";
const MARKER_TMP: &str = "KVD_DATA.tmp";
/// The virtual size LMDB may map. Disk is used only as data grows.
const MAP_SIZE: usize = 64 << 30;

/// Why a data directory could not be opened.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{path}: not a kvd data directory ({why}); refusing to use it so nothing in it is overwritten. Point --data-dir at a new or empty directory")]
    Foreign { path: PathBuf, why: String },
    #[error("{path}: the kvd data directory is damaged ({why}); refusing to start, nothing in it was changed. In a cluster, rebuild this member from the others: `kvd member remove <id>`, move the directory away, `kvd member add`, and start it with --initial-cluster-state existing (it is sent a snapshot); alone, restore from a backup")]
    Damaged { path: PathBuf, why: String },
    #[error("{path}: the data directory is in use by another kvd process")]
    Locked { path: PathBuf },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: database error: {source}")]
    Lmdb { path: PathBuf, source: heed::Error },
    #[error("{path}: {source}")]
    Storage { path: PathBuf, source: StorageError },
}

/// A kvd table: raw keys, values checksummed (see `checked`).
pub(crate) type Table = Database<Bytes, checked::Checked>;

/// The named LMDB databases inside the environment.
#[derive(Clone, Copy)]
pub(crate) struct Dbs {
    /// Meta records by name (see `meta`).
    pub meta: Table,
    /// MVCC revisions: revision (16 bytes) -> `RevisionRecord`.
    pub revs: Table,
    /// MVCC key index: escaped key ++ revision -> 1 byte, 1 for a tombstone.
    pub index: Table,
    /// Live keys now: user key -> revision (16 bytes) of its live version.
    /// Reads at the current revision use it, so they cost the same however
    /// long the keys' histories grow.
    pub latest: Table,
    /// Cluster members: member ID (8 bytes BE) -> `MemberRecord`.
    pub members: Table,
    /// Leases: lease ID (8 bytes BE) -> `LeaseRecord`.
    pub leases: Table,
    /// Attached keys: lease ID (8 bytes BE) ++ key -> nothing.
    pub lease_keys: Table,
    /// This member's last known lease deadlines: lease ID -> Unix ms.
    pub lease_deadlines: Table,
    /// The index of long keys (see `keys::is_long`): identity (`long_id`)
    /// ++ revision -> 1 byte, 1 for a tombstone.
    pub long_index: Table,
    /// Live long keys now: identity -> revision (16 bytes) ++ the key.
    pub long_latest: Table,
    /// Long keys attached to leases: lease ID (8 bytes BE) ++ identity ->
    /// the key.
    pub long_lease_keys: Table,
    /// Users, roles and the auth switch and revision (see `auth`).
    pub auth: Table,
}

impl Dbs {
    /// The table `id` names.
    pub(crate) fn get(&self, id: TableId) -> Table {
        match id {
            TableId::Meta => self.meta,
            TableId::Revs => self.revs,
            TableId::Index => self.index,
            TableId::Members => self.members,
            TableId::Leases => self.leases,
            TableId::LeaseKeys => self.lease_keys,
            TableId::LeaseDeadlines => self.lease_deadlines,
            TableId::Latest => self.latest,
            TableId::LongIndex => self.long_index,
            TableId::LongLatest => self.long_latest,
            TableId::LongLeaseKeys => self.long_lease_keys,
            TableId::Auth => self.auth,
        }
    }

    /// Every table, in `TableId::ALL` order.
    fn all(&self) -> [Table; 12] {
        TableId::ALL.map(|id| self.get(id))
    }
}

/// One opened LMDB environment and its table handles. Defragmenting
/// replaces it with one opened on the compacted file (see `defrag`).
struct Generation {
    env: Env<WithoutTls>,
    dbs: Dbs,
}

/// The environment every transaction starts from.
enum EnvState {
    Open(Arc<Generation>),
    /// Defragment is closing the old environment to open the new one:
    /// transactions wait (a few milliseconds).
    Swapping,
    /// Reopening after a defragment failed: the member must stop.
    Lost(String),
}

struct Inner {
    env: Mutex<EnvState>,
    /// Signalled when `env` leaves `Swapping`.
    env_changed: Condvar,
    /// Held by each write transaction, and by defragment while it copies
    /// and swaps, so that no write lands in the file being replaced.
    writes: Mutex<()>,
    dir: PathBuf,
    space: space::Space,
    /// The Raft log; the driver writes it, raft-rs reads it (`LogStore`).
    wal: std::sync::Mutex<wal::Wal>,
    /// Held for the process's life: one kvd per data directory.
    _lock: File,
}

/// A member's open data directory. Cheap to clone; all clones share it.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

/// What `Store::open` found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    /// The directory was new or empty and has been initialised.
    Created,
    /// The directory held this member's data, now reopened.
    Existing,
}

impl Store {
    /// Opens the data directory `dir`, creating it from `bootstrap` if it
    /// does not exist or is empty. Refuses a directory that is not kvd's or
    /// whose database is damaged.
    pub fn open(dir: &Path, bootstrap: &Bootstrap) -> Result<(Store, Opened), StoreError> {
        let io = |source| StoreError::Io {
            path: dir.to_path_buf(),
            source,
        };
        let mut fresh = is_absent_or_empty(dir).map_err(io)?;
        if fresh {
            fs::create_dir_all(dir).map_err(io)?;
        } else {
            check_marker(dir)?;
        }
        let lock = lock_dir(dir)?;
        if !fresh && Self::initialisation_interrupted(dir) {
            // Nothing was ever served from it: start it again.
            tracing::warn!(data_dir = %dir.display(), "its initialisation was interrupted; starting it afresh");
            clear_interrupted(dir).map_err(io)?;
            fresh = true;
        }
        if fresh {
            // Marked first, so that a crash before the end is recognised.
            write_marker(dir, INITIALISING).map_err(io)?;
            fs::create_dir_all(dir.join("db")).map_err(io)?;
        }
        let env = open_env(dir, !fresh)?;
        let lmdb = |source| StoreError::Lmdb {
            path: dir.to_path_buf(),
            source,
        };
        let storage = |source| StoreError::Storage {
            path: dir.to_path_buf(),
            source,
        };
        // An older store gains the tables of later formats here, before
        // they are opened.
        let upgraded = if fresh {
            None
        } else {
            Some(upgrade::upgrade(dir, &env)?)
        };
        let dbs = open_dbs(&env, fresh).map_err(|e| match e {
            heed::Error::Mdb(heed::MdbError::NotFound) => StoreError::Damaged {
                path: dir.to_path_buf(),
                why: "a table is missing".into(),
            },
            e => lmdb(e),
        })?;
        let wal = open_wal(dir, !fresh)?;
        let store = Store {
            inner: Arc::new(Inner {
                env: Mutex::new(EnvState::Open(Arc::new(Generation { env, dbs }))),
                env_changed: Condvar::new(),
                writes: Mutex::new(()),
                dir: dir.to_path_buf(),
                space: space::Space::open(dir),
                wal: std::sync::Mutex::new(wal),
                _lock: lock,
            }),
        };
        if fresh {
            let mut txn = store.write().map_err(storage)?;
            let (log, hs) = bootstrap::bootstrap(&mut txn.txn, &dbs, bootstrap).map_err(storage)?;
            store.wal().append(&log, Some(&hs), true).map_err(storage)?;
            txn.commit().map_err(storage)?;
            store.sync().map_err(storage)?;
            write_marker(dir, "").map_err(io)?;
            return Ok((store, Opened::Created));
        }
        if let Some(upgrade::Upgrade::From(old)) = upgraded {
            tracing::info!(
                data_dir = %dir.display(),
                "upgraded the data directory from storage format {old}"
            );
        }
        let txn = store.read().map_err(storage)?;
        meta::check_complete(txn.view()).map_err(|why| StoreError::Damaged {
            path: dir.to_path_buf(),
            why,
        })?;
        drop(txn);
        store.align_log_with_state()?;
        // A defragment's copy that was never put in place.
        store.discard_copy();
        Ok((store, Opened::Existing))
    }

    /// Brings the log in line with the state machine after a crash: a
    /// snapshot installed in LMDB whose log reset never happened is reset
    /// now; a log trimmed past what LMDB holds is damage.
    fn align_log_with_state(&self) -> Result<(), StoreError> {
        let dir = self.dir();
        let storage = |source| StoreError::Storage {
            path: dir.to_path_buf(),
            source,
        };
        // What a killed process committed may still be in the page cache
        // only; the log is trimmed below it from now on.
        self.sync().map_err(storage)?;
        let txn = self.read().map_err(storage)?;
        let applied = meta::applied_index(txn.view()).map_err(storage)?;
        let applied_term = meta::applied_term(txn.view()).map_err(storage)?;
        drop(txn);
        let mut wal = self.wal();
        let (start, _) = wal.start();
        if applied < start {
            return Err(StoreError::Damaged {
                path: dir.to_path_buf(),
                why: format!(
                    "the log starts after entry {start} but the state machine has applied only up to {applied}: entries in between are lost"
                ),
            });
        }
        if wal.term(applied) != Some(applied_term) {
            tracing::info!(
                applied,
                applied_term,
                "the log is behind an installed snapshot; starting it there"
            );
            wal.reset(applied, applied_term).map_err(storage)?;
        }
        wal.raise_commit(applied);
        Ok(())
    }

    /// Whether `dir` is kvd's but its initialisation never finished (the
    /// process died while creating it): opening it starts it again.
    pub fn initialisation_interrupted(dir: &Path) -> bool {
        fs::read_to_string(dir.join(MARKER_FILE))
            .is_ok_and(|text| text == format!("{MARKER_TEXT}{INITIALISING}"))
    }

    /// Whether `dir` holds no data yet (absent, empty, or never finished
    /// initialising), so that opening it would create a new member.
    pub fn is_new(dir: &Path) -> bool {
        is_absent_or_empty(dir).unwrap_or(false) || Self::initialisation_interrupted(dir)
    }

    /// The data directory.
    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    /// The disk space the member has left, and its NOSPACE alarm.
    pub fn space(&self) -> &space::Space {
        &self.inner.space
    }

    /// The Raft log.
    pub(super) fn wal(&self) -> std::sync::MutexGuard<'_, wal::Wal> {
        self.inner.wal.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Makes every committed LMDB transaction durable. Commits sync their
    /// data but not LMDB's meta page (MDB_NOMETASYNC), so the last commit
    /// may roll back on power loss, which the log's replay covers; what must
    /// not roll back (an installed snapshot, the state before trimming the
    /// log) is synced with this.
    pub fn sync(&self) -> error::Result<()> {
        Ok(self.generation()?.env.force_sync()?)
    }

    /// A consistent read-only view of everything stored.
    pub fn read(&self) -> error::Result<ReadTxn<'_>> {
        let generation = self.generation()?;
        let txn = generation.env.clone().static_read_txn()?;
        Ok(ReadTxn {
            txn,
            dbs: generation.dbs,
            _generation: generation,
            _store: PhantomData,
        })
    }

    /// A write transaction; nothing is visible or durable until `commit`.
    pub fn write(&self) -> error::Result<WriteTxn<'_>> {
        let turn = self.inner.writes.lock().unwrap_or_else(|p| p.into_inner());
        let generation = self.generation()?;
        let txn = generation.env.write_txn()?;
        // SAFETY: the transaction borrows only the environment inside
        // `generation`, which sits behind an `Arc` (its address does not
        // move) and is kept alive by `WriteTxn::_generation`, a field
        // dropped after `txn`. The lifetime is widened so that the
        // environment can be swapped (defragment) between transactions.
        let txn = unsafe { std::mem::transmute::<RwTxn<'_>, RwTxn<'static>>(txn) };
        Ok(WriteTxn {
            txn,
            dbs: generation.dbs,
            _generation: generation,
            _turn: turn,
        })
    }

    /// The environment transactions start from now; waits while defragment
    /// swaps it.
    fn generation(&self) -> error::Result<Arc<Generation>> {
        let mut state = self.inner.env.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            match &*state {
                EnvState::Open(generation) => return Ok(generation.clone()),
                EnvState::Lost(why) => return Err(StorageError::Lost(why.clone())),
                EnvState::Swapping => {
                    state = self
                        .inner
                        .env_changed
                        .wait(state)
                        .unwrap_or_else(|p| p.into_inner())
                }
            }
        }
    }

    /// Size of the database file, in bytes.
    pub fn size(&self) -> u64 {
        self.generation()
            .ok()
            .and_then(|g| g.env.real_disk_size().ok())
            .unwrap_or(0)
    }

    /// Bytes of the database file that hold live pages.
    pub fn size_in_use(&self) -> u64 {
        self.generation()
            .ok()
            .and_then(|g| g.env.non_free_pages_size().ok())
            .unwrap_or(0)
    }
}

/// A new one-member store in a temporary directory, for unit tests.
#[cfg(test)]
pub(crate) fn scratch_store() -> (tempfile::TempDir, Store) {
    let tmp = tempfile::tempdir().unwrap();
    let b = Bootstrap {
        member_id: 1,
        cluster_id: 2,
        members: vec![],
        join: false,
    };
    let (s, _) = Store::open(&tmp.path().join("d"), &b).unwrap();
    (tmp, s)
}

/// A read-only transaction over the store.
pub struct ReadTxn<'s> {
    txn: RoTxn<'static, WithoutTls>,
    dbs: Dbs,
    /// Counted by defragment, which waits for readers of the old file.
    _generation: Arc<Generation>,
    _store: PhantomData<&'s Store>,
}

/// A write transaction over the store. Dropping it without `commit`
/// discards every change.
pub struct WriteTxn<'s> {
    // Declared (so dropped) before the generation its environment is in.
    txn: RwTxn<'static>,
    dbs: Dbs,
    _generation: Arc<Generation>,
    _turn: MutexGuard<'s, ()>,
}

impl WriteTxn<'_> {
    /// Makes every change visible, and durable but for the last commit's
    /// meta page (see `Store::sync`).
    pub fn commit(self) -> error::Result<()> {
        let commit = &crate::metrics::metrics().backend_commit;
        Ok(crate::metrics::timed(commit, || self.txn.commit())?)
    }
}

/// A borrowed read view of a transaction, read or write: every read in
/// the store's modules goes through one, so a write transaction reads its
/// own uncommitted changes the same way a reader reads committed ones.
#[derive(Clone, Copy)]
pub struct View<'t> {
    txn: &'t RoTxn<'t, WithoutTls>,
    dbs: Dbs,
}

impl ReadTxn<'_> {
    /// The read view of this transaction.
    pub fn view(&self) -> View<'_> {
        View {
            txn: &self.txn,
            dbs: self.dbs,
        }
    }
}

impl WriteTxn<'_> {
    /// The read view of this transaction, its own changes included.
    pub fn view(&self) -> View<'_> {
        View {
            txn: &self.txn,
            dbs: self.dbs,
        }
    }
}

/// Absent, empty, or holding only what a start that died before marking
/// the directory leaves (the lock file, a marker never renamed in place).
fn is_absent_or_empty(dir: &Path) -> std::io::Result<bool> {
    let leftover = |name: &std::ffi::OsStr| name == "LOCK" || name == MARKER_TMP;
    match fs::read_dir(dir) {
        Ok(entries) => {
            for entry in entries {
                if !leftover(&entry?.file_name()) {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(true),
        Err(e) => Err(e),
    }
}

/// Removes what an interrupted initialisation made, the marker and lock
/// aside; nothing else is in such a directory.
fn clear_interrupted(dir: &Path) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if name == MARKER_FILE || name == "LOCK" {
            continue;
        }
        if entry.file_type()?.is_dir() {
            fs::remove_dir_all(entry.path())?;
        } else {
            fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

fn check_marker(dir: &Path) -> Result<(), StoreError> {
    let foreign = |why: &str| StoreError::Foreign {
        path: dir.to_path_buf(),
        why: why.to_string(),
    };
    if !dir.is_dir() {
        return Err(foreign("it is not a directory"));
    }
    match fs::read_to_string(dir.join(MARKER_FILE)) {
        Ok(text) if text.starts_with(MARKER_TEXT) => {}
        Ok(text) if text.starts_with("kvd data directory") => {
            return Err(foreign(&format!(
                "it was written by another kvd format: {}",
                text.lines().next().unwrap_or("")
            )))
        }
        Ok(_) => return Err(foreign("its KVD_DATA marker is not kvd's")),
        Err(_) if dir.join("member").join("snap").exists() => {
            return Err(foreign("it looks like an etcd data directory"))
        }
        Err(_) => return Err(foreign("it has files but no KVD_DATA marker")),
    }
    if Store::initialisation_interrupted(dir) {
        return Ok(());
    }
    if !dir.join("db").join("data.mdb").is_file() {
        return Err(StoreError::Damaged {
            path: dir.to_path_buf(),
            why: "db/data.mdb is missing".into(),
        });
    }
    Ok(())
}

/// Writes the marker, with `state` after its first line, durably.
fn write_marker(dir: &Path, state: &str) -> std::io::Result<()> {
    let tmp = dir.join(MARKER_TMP);
    fs::write(&tmp, format!("{MARKER_TEXT}{state}"))?;
    File::open(&tmp)?.sync_all()?;
    fs::rename(&tmp, dir.join(MARKER_FILE))?;
    File::open(dir)?.sync_all()
}

fn lock_dir(dir: &Path) -> Result<File, StoreError> {
    let path = dir.join("LOCK");
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|source| StoreError::Io {
            path: path.clone(),
            source,
        })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::Locked {
            path: dir.to_path_buf(),
        }),
        Err(std::fs::TryLockError::Error(source)) => Err(StoreError::Io { path, source }),
    }
}

/// Opens db/; with `check`, a file found on disk is checked first.
fn open_env(dir: &Path, check: bool) -> Result<Env<WithoutTls>, StoreError> {
    let db_dir = dir.join("db");
    let file = db_dir.join("data.mdb");
    if check {
        check_file_size(dir, &file)?;
        check_structure(dir, &file)?;
    }
    let mut opts = EnvOpenOptions::new().read_txn_without_tls();
    opts.map_size(MAP_SIZE).max_dbs(16).max_readers(1024);
    // SAFETY: NO_META_SYNC keeps the file intact on power loss (LMDB may
    // roll back the last transaction); the Raft log replays it.
    unsafe { opts.flags(heed::EnvFlags::NO_META_SYNC) };
    // SAFETY: the directory lock above ensures no other kvd process maps
    // this file, and kvd never truncates or rewrites it outside LMDB.
    let env = unsafe { opts.open(&db_dir) }.map_err(|e| match e {
        heed::Error::Mdb(heed::MdbError::Invalid)
        | heed::Error::Mdb(heed::MdbError::VersionMismatch)
        | heed::Error::Mdb(heed::MdbError::Corrupted)
        | heed::Error::Mdb(heed::MdbError::PageNotFound) => StoreError::Damaged {
            path: dir.to_path_buf(),
            why: format!("db/data.mdb: {e}"),
        },
        e => StoreError::Lmdb {
            path: dir.to_path_buf(),
            source: e,
        },
    })?;
    // Short keys are stored under their own name (see `keys::is_long`),
    // which LMDB takes with pages of 4 KiB or more.
    let needed = keys::SHORT_KEY_MAX + 2 + 16;
    if env.max_key_size() < needed {
        return Err(StoreError::Damaged {
            path: dir.to_path_buf(),
            why: format!(
                "db/data.mdb's pages take keys of {} bytes, kvd needs {needed}",
                env.max_key_size()
            ),
        });
    }
    if check {
        // A file shorter than the pages LMDB believes it has would fault on
        // read; refuse it instead.
        let info = env.info();
        let needed = (info.last_page_number as u64 + 1) * u64::from(env.stat().page_size);
        let len = fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
        if len < needed {
            return Err(StoreError::Damaged {
                path: dir.to_path_buf(),
                why: format!("db/data.mdb is {len} bytes but its pages need {needed}"),
            });
        }
    }
    Ok(env)
}

/// Walks the file's pages before LMDB maps it: LMDB trusts every page and
/// would crash on a damaged one instead of returning an error.
fn check_structure(dir: &Path, file: &Path) -> Result<(), StoreError> {
    let damaged = |why: String| StoreError::Damaged {
        path: dir.to_path_buf(),
        why,
    };
    let summary =
        verify::verify_file(file).map_err(|damage| damaged(format!("db/data.mdb {damage}")))?;
    let missing: Vec<&str> = TableId::ALL
        .into_iter()
        .filter(|t| t.in_every_format())
        .map(TableId::name)
        .filter(|t| !summary.named_databases.iter().any(|n| n == t))
        .collect();
    if !missing.is_empty() {
        return Err(damaged(format!("db/data.mdb lacks the tables {missing:?}")));
    }
    Ok(())
}

/// Opens the log; a store that has data must have its log (an empty one
/// would forget the Raft term and vote).
fn open_wal(dir: &Path, must_exist: bool) -> Result<wal::Wal, StoreError> {
    if must_exist && !dir.join(wal::WAL_DIR).is_dir() {
        return Err(StoreError::Damaged {
            path: dir.to_path_buf(),
            why: format!("its Raft log ({}/) is missing", wal::WAL_DIR),
        });
    }
    wal::Wal::open(dir).map_err(|e| match e {
        wal::OpenError::Io(path, source) => StoreError::Io { path, source },
        wal::OpenError::Damaged(why) => StoreError::Damaged {
            path: dir.to_path_buf(),
            why,
        },
    })
}

fn check_file_size(dir: &Path, file: &Path) -> Result<(), StoreError> {
    let len = fs::metadata(file)
        .map_err(|source| StoreError::Io {
            path: file.to_path_buf(),
            source,
        })?
        .len();
    // LMDB's two meta pages come first; anything shorter cannot be a database.
    if len < 2 * 4096 {
        return Err(StoreError::Damaged {
            path: dir.to_path_buf(),
            why: format!("db/data.mdb is only {len} bytes"),
        });
    }
    Ok(())
}

fn open_dbs(env: &Env<WithoutTls>, create: bool) -> Result<Dbs, heed::Error> {
    let mut found = std::collections::HashMap::new();
    if create {
        let mut txn = env.write_txn()?;
        for id in TableId::ALL {
            let db = env.create_database::<Bytes, checked::Checked>(&mut txn, Some(id.name()))?;
            found.insert(id, db);
        }
        txn.commit()?;
    } else {
        let txn = env.read_txn()?;
        for id in TableId::ALL {
            match env.open_database::<Bytes, checked::Checked>(&txn, Some(id.name()))? {
                Some(db) => found.insert(id, db),
                None => return Err(heed::Error::Mdb(heed::MdbError::NotFound)),
            };
        }
        // LMDB closes handles opened in a transaction that is not committed.
        txn.commit()?;
    }
    let table = |id: TableId| found[&id];
    Ok(Dbs {
        meta: table(TableId::Meta),
        revs: table(TableId::Revs),
        index: table(TableId::Index),
        members: table(TableId::Members),
        leases: table(TableId::Leases),
        lease_keys: table(TableId::LeaseKeys),
        lease_deadlines: table(TableId::LeaseDeadlines),
        latest: table(TableId::Latest),
        long_index: table(TableId::LongIndex),
        long_latest: table(TableId::LongLatest),
        long_lease_keys: table(TableId::LongLeaseKeys),
        auth: table(TableId::Auth),
    })
}
