//! Running out of disk without dying. Each data directory keeps a reserve
//! file of allocated space. When a write fails because the disk is full,
//! the member raises its NOSPACE alarm (writes that add data are refused,
//! as under etcd's quota) and gives the reserve back to the file system,
//! so the write that failed, and the deletes and compactions that free
//! space, can still go through. Once the disk has room again the reserve
//! is rebuilt and the alarm clears by itself.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// The reserve file's name inside the data directory.
const RESERVE_FILE: &str = "reserve";
/// The reserve is a tenth of the file system, within these bounds.
const MIN_RESERVE: u64 = 1 << 20;
const MAX_RESERVE: u64 = 64 << 20;

/// The member's disk space: its reserve and the alarm.
pub struct Space {
    dir: PathBuf,
    reserve: PathBuf,
    size: u64,
    alarm: AtomicBool,
}

impl Space {
    /// The space of data directory `dir`; the reserve is made if it is
    /// missing, and the alarm raised if it cannot be.
    pub(super) fn open(dir: &Path) -> Space {
        let space = Space {
            dir: dir.to_path_buf(),
            reserve: dir.join(RESERVE_FILE),
            size: reserve_size(dir),
            alarm: AtomicBool::new(false),
        };
        if let Err(e) = space.make_reserve() {
            tracing::warn!(
                "cannot reserve {} bytes of disk: {e}; raising NOSPACE",
                space.size
            );
            space.alarm.store(true, Ordering::SeqCst);
        }
        space
    }

    /// Whether the disk ran out (the NOSPACE alarm is raised).
    pub fn exhausted(&self) -> bool {
        self.alarm.load(Ordering::SeqCst)
    }

    /// A write failed for want of space: raise the alarm and hand the
    /// reserve to the file system. Whether there was a reserve to hand.
    pub fn ran_out(&self) -> bool {
        self.alarm.store(true, Ordering::SeqCst);
        fs::remove_file(&self.reserve).is_ok()
    }

    /// A write that must succeed (committed Raft entries, the log) failed
    /// for want of space, `e`, and is about to be tried again: raise NOSPACE
    /// and hand back the reserve or, with none left, wait a second for space.
    pub fn before_retry(&self, e: &super::StorageError) {
        if self.ran_out() {
            tracing::error!(
                "the disk is full ({e}); raised NOSPACE and released the disk reserve: reads, deletes and compaction go on, writes that add data are refused until space is freed"
            );
        } else {
            tracing::error!("the disk is still full ({e}); waiting for space");
            std::thread::sleep(std::time::Duration::from_secs(1));
        }
    }

    /// If the alarm is raised and the disk has room for the reserve twice
    /// over, rebuilds the reserve and clears the alarm; whether it did.
    pub fn recover(&self) -> bool {
        if !self.exhausted() || disk(&self.dir).map_or(0, |d| d.free) < 2 * self.size {
            return false;
        }
        match self.make_reserve() {
            Ok(()) => {
                self.alarm.store(false, Ordering::SeqCst);
                true
            }
            Err(e) => {
                tracing::debug!("rebuilding the disk reserve: {e}");
                false
            }
        }
    }

    /// Allocates the reserve file (real blocks, not a sparse file).
    fn make_reserve(&self) -> std::io::Result<()> {
        if fs::metadata(&self.reserve).is_ok_and(|m| m.len() == self.size) {
            return Ok(());
        }
        let file = File::create(&self.reserve)?;
        allocate(&file, self.size).inspect_err(|_| {
            let _ = fs::remove_file(&self.reserve);
        })?;
        file.sync_all()
    }
}

fn allocate(file: &File, len: u64) -> std::io::Result<()> {
    use std::os::fd::AsRawFd as _;
    let len = libc::off_t::try_from(len).map_err(std::io::Error::other)?;
    // SAFETY: a valid open descriptor; posix_fallocate only allocates.
    match unsafe { libc::posix_fallocate(file.as_raw_fd(), 0, len) } {
        0 => Ok(()),
        errno => Err(std::io::Error::from_raw_os_error(errno)),
    }
}

/// A tenth of the file system holding `dir`, bounded.
fn reserve_size(dir: &Path) -> u64 {
    disk(dir).map_or(MIN_RESERVE, |d| {
        (d.total / 10).clamp(MIN_RESERVE, MAX_RESERVE)
    })
}

/// The size of a file system and what an unprivileged writer may still
/// use of it, in bytes.
pub struct Disk {
    pub total: u64,
    pub free: u64,
}

/// The file system holding `dir`.
pub fn disk(dir: &Path) -> Option<Disk> {
    use std::os::unix::ffi::OsStrExt as _;
    let path = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    let mut st = std::mem::MaybeUninit::<libc::statvfs>::zeroed();
    // SAFETY: `path` is a valid C string and `st` a writable statvfs.
    if unsafe { libc::statvfs(path.as_ptr(), st.as_mut_ptr()) } != 0 {
        return None;
    }
    // SAFETY: statvfs succeeded, so it filled `st`.
    let st = unsafe { st.assume_init() };
    let unit = st.f_frsize;
    Some(Disk {
        total: st.f_blocks.saturating_mul(unit),
        free: st.f_bavail.saturating_mul(unit),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reserve_is_handed_back_and_rebuilt() {
        let tmp = tempfile::tempdir().unwrap();
        let space = Space::open(tmp.path());
        let reserve = tmp.path().join(RESERVE_FILE);
        assert!(!space.exhausted());
        assert_eq!(fs::metadata(&reserve).unwrap().len(), space.size);
        assert!(space.ran_out());
        assert!(space.exhausted());
        assert!(!reserve.exists());
        assert!(!space.ran_out(), "no second reserve to hand back");
        assert!(space.recover(), "the temp file system has room");
        assert!(!space.exhausted());
        assert_eq!(fs::metadata(&reserve).unwrap().len(), space.size);
    }
}
