//! Why applying a request stopped. A request's own error (a failed check,
//! a compacted revision) is its result and changes nothing; storage failing
//! underneath is fatal for the member, and must never become a response.

use crate::error::Error;
use crate::store::StorageError;

/// A request's error or a storage failure, kept apart.
#[derive(Debug)]
pub enum ApplyError {
    /// The request is refused; this is its answer.
    Request(Error),
    /// Storage failed: the batch must be dropped and the member stop.
    Storage(StorageError),
}

/// The result of applying (part of) a request.
pub type Result<T> = std::result::Result<T, ApplyError>;

impl From<Error> for ApplyError {
    fn from(e: Error) -> Self {
        ApplyError::Request(e)
    }
}

impl From<StorageError> for ApplyError {
    fn from(e: StorageError) -> Self {
        ApplyError::Storage(e)
    }
}

impl From<crate::auth::CheckError> for ApplyError {
    fn from(e: crate::auth::CheckError) -> Self {
        match e {
            crate::auth::CheckError::Refused(e) => ApplyError::Request(e),
            crate::auth::CheckError::Storage(e) => ApplyError::Storage(e),
        }
    }
}

/// Outside the driver (reads served directly), both are the request's.
impl From<ApplyError> for Error {
    fn from(e: ApplyError) -> Self {
        match e {
            ApplyError::Request(e) => e,
            ApplyError::Storage(e) => e.into(),
        }
    }
}
