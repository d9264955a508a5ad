//! etcd's gRPC status codes for kvd's errors. The message is the error's
//! text, which is etcd's exact wording.

use tonic::{Code, Status};

use crate::error::Error;

/// The gRPC status etcd answers with for `e`.
pub fn to_status(e: Error) -> Status {
    let code = match e {
        Error::EmptyKey
        | Error::KeyNotFound
        | Error::ValueProvided
        | Error::LeaseProvided
        | Error::TooManyOps
        | Error::DuplicateKey
        | Error::TxnTooDeep
        | Error::RequestTooLarge
        | Error::MemberBadUrls
        | Error::UserEmpty
        | Error::RoleEmpty
        | Error::AuthFailed
        | Error::InvalidAuthMgmt
        | Error::AuthOldRevision
        | Error::PermissionNotGiven
        | Error::AuthNameTooLong(_) => Code::InvalidArgument,
        Error::Compacted | Error::FutureRev | Error::LeaseTtlTooLarge => Code::OutOfRange,
        Error::LeaseExist
        | Error::BadLeaderTransferee
        | Error::PeerUrlExists
        | Error::MemberNotLearner
        | Error::LearnerNotReady
        | Error::TooManyLearners
        | Error::RootUserNotExist
        | Error::RootRoleNotExist
        | Error::UserAlreadyExist
        | Error::UserNotFound
        | Error::RoleAlreadyExist
        | Error::RoleNotFound
        | Error::RoleNotGranted
        | Error::PermissionNotGranted
        | Error::AuthNotEnabled => Code::FailedPrecondition,
        Error::PermissionDenied => Code::PermissionDenied,
        Error::InvalidAuthToken => Code::Unauthenticated,
        Error::NoSpace | Error::TooManyRequests => Code::ResourceExhausted,
        Error::Corrupt => Code::DataLoss,
        Error::LeaseNotFound | Error::MemberNotFound => Code::NotFound,
        Error::NoLeader
        | Error::NotLeader
        | Error::LeaderTransferTimeout
        | Error::Timeout
        | Error::LeaderChanged
        | Error::Stopped
        | Error::Removed
        | Error::Unhealthy => Code::Unavailable,
        Error::Recipe(_) | Error::NotEnoughStarted | Error::AuthRaw(_) => Code::Unknown,
        Error::Internal(_) => Code::Internal,
    };
    Status::new(code, e.to_string())
}

/// The answer for an RPC whose service exists in the wire contract but
/// which this member does not offer yet.
pub fn not_offered(what: &str) -> Status {
    Status::unimplemented(format!("kvd: {what} is not supported yet"))
}

/// The result of a unary or streaming RPC.
pub type RpcResult<T> = std::result::Result<tonic::Response<T>, Status>;

/// A unary RPC's answer from a request-level result.
pub fn unary<T>(result: crate::error::Result<T>) -> RpcResult<T> {
    result.map(tonic::Response::new).map_err(to_status)
}
