//! The one error type of storage at run time. A `StorageError` means the
//! member's own disk failed it (or holds damaged data): the Raft driver
//! treats it as fatal, unlike a request's error, which is the client's.
//! Opening a data directory has its own error, `StoreError`.

use std::path::Path;

use thiserror::Error;

/// Storage failed underneath a request or the Raft log.
#[derive(Debug, Error)]
pub enum StorageError {
    /// LMDB failed (I/O, a full map, a damaged page it noticed).
    #[error("storage: {0}")]
    Lmdb(heed::Error),
    /// A record did not decode.
    #[error("storage: corrupt {what} record: {why}")]
    Corrupt { what: &'static str, why: String },
    /// A file beside the database (a staged snapshot) failed.
    #[error("storage: {0}")]
    Io(#[from] std::io::Error),
    /// The database could not be reopened after a defragment.
    #[error("storage: the database was lost while defragmenting: {0}")]
    Lost(String),
}

impl From<heed::Error> for StorageError {
    fn from(e: heed::Error) -> Self {
        match e {
            heed::Error::Decoding(inner) if inner.is::<super::checked::ChecksumMismatch>() => {
                StorageError::corrupt(
                    "stored",
                    "its checksum does not match: the data on disk changed",
                )
            }
            e => StorageError::Lmdb(e),
        }
    }
}

/// A storage result.
pub type Result<T> = std::result::Result<T, StorageError>;

impl StorageError {
    /// A record that does not decode.
    pub fn corrupt(what: &'static str, why: impl std::fmt::Display) -> Self {
        StorageError::Corrupt {
            what,
            why: why.to_string(),
        }
    }

    /// The OS error underneath, if any.
    fn os_error(&self) -> Option<i32> {
        match self {
            StorageError::Lmdb(heed::Error::Io(e)) | StorageError::Io(e) => e.raw_os_error(),
            _ => None,
        }
    }

    /// Whether the file system holding `dir` ran out of space. LMDB reports
    /// a short write as EIO, so EIO counts when the file system is (nearly)
    /// full.
    pub fn is_out_of_space(&self, dir: &Path) -> bool {
        match self.os_error() {
            Some(libc::ENOSPC) | Some(libc::EDQUOT) => true,
            Some(libc::EIO) => super::space::disk(dir).is_some_and(|d| d.free < LOW_SPACE),
            _ => false,
        }
    }
}

/// Free space below which an EIO from a write is taken for a full disk.
const LOW_SPACE: u64 = 1 << 20;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enospc_is_out_of_space_and_other_errors_are_not() {
        let dir = std::env::temp_dir();
        let full = StorageError::Io(std::io::Error::from_raw_os_error(libc::ENOSPC));
        assert!(full.is_out_of_space(&dir));
        let lmdb_full = StorageError::Lmdb(heed::Error::Io(std::io::Error::from_raw_os_error(
            libc::ENOSPC,
        )));
        assert!(lmdb_full.is_out_of_space(&dir));
        let denied = StorageError::Io(std::io::Error::from_raw_os_error(libc::EACCES));
        assert!(!denied.is_out_of_space(&dir));
        assert!(!StorageError::corrupt("revision", "bad").is_out_of_space(&dir));
    }
}
