//! The errors a request can end in, worded exactly as etcd words them:
//! clients (Go clientv3 above all) recognise errors by their message text.

use thiserror::Error;

/// A request-level error. `server/` turns it into a gRPC status with etcd's
/// code; the `Display` text is etcd's message, byte for byte.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Error {
    #[error("etcdserver: key is not provided")]
    EmptyKey,
    #[error("etcdserver: key not found")]
    KeyNotFound,
    #[error("etcdserver: value is provided")]
    ValueProvided,
    #[error("etcdserver: lease is provided")]
    LeaseProvided,
    #[error("etcdserver: too many operations in txn request")]
    TooManyOps,
    #[error("etcdserver: duplicate key given in txn request")]
    DuplicateKey,
    /// A transaction nested deeper than kvd decodes (etcd has no bound).
    #[error("etcdserver: txn request is nested too deeply (kvd accepts 1024 levels)")]
    TxnTooDeep,
    #[error("etcdserver: request is too large")]
    RequestTooLarge,
    #[error("etcdserver: mvcc: required revision has been compacted")]
    Compacted,
    #[error("etcdserver: mvcc: required revision is a future revision")]
    FutureRev,
    #[error("etcdserver: mvcc: database space exceeded")]
    NoSpace,
    /// A CORRUPT alarm is raised: writes are refused until it is disarmed.
    #[error("etcdserver: corrupt cluster")]
    Corrupt,
    #[error("etcdserver: requested lease not found")]
    LeaseNotFound,
    #[error("etcdserver: lease already exists")]
    LeaseExist,
    #[error("etcdserver: too large lease TTL")]
    LeaseTtlTooLarge,
    #[error("etcdserver: no leader")]
    NoLeader,
    #[error("etcdserver: not leader")]
    NotLeader,
    #[error("etcdserver: request timed out")]
    Timeout,
    /// The member's queue for Raft is full.
    #[error("etcdserver: too many requests")]
    TooManyRequests,
    #[error("etcdserver: leader changed")]
    LeaderChanged,
    #[error("etcdserver: bad leader transferee")]
    BadLeaderTransferee,
    #[error("etcdserver: request timed out, leader transfer took too long")]
    LeaderTransferTimeout,
    #[error("etcdserver: server stopped")]
    Stopped,
    /// This member applied its own removal from the cluster.
    #[error("etcdserver: the member has been permanently removed from the cluster")]
    Removed,
    #[error("etcdserver: member not found")]
    MemberNotFound,
    #[error("etcdserver: Peer URLs already exists")]
    PeerUrlExists,
    #[error("etcdserver: given member URLs are invalid")]
    MemberBadUrls,
    #[error("etcdserver: can only promote a learner member")]
    MemberNotLearner,
    #[error("etcdserver: can only promote a learner member which is in sync with leader")]
    LearnerNotReady,
    #[error("etcdserver: too many learner members in cluster")]
    TooManyLearners,
    /// A membership change would leave too few connected voters.
    #[error("etcdserver: unhealthy cluster")]
    Unhealthy,
    /// A membership change would leave too few started voters.
    #[error("etcdserver: re-configuration failed due to not enough started members")]
    NotEnoughStarted,
    /// Auth cannot be enabled without a user called root.
    #[error("etcdserver: root user does not exist")]
    RootUserNotExist,
    /// Auth cannot be enabled unless root has the root role.
    #[error("etcdserver: root user does not have root role")]
    RootRoleNotExist,
    #[error("etcdserver: user name already exists")]
    UserAlreadyExist,
    /// No user name: given empty, or a request without a token or a
    /// client certificate while auth is on.
    #[error("etcdserver: user name is empty")]
    UserEmpty,
    #[error("etcdserver: user name not found")]
    UserNotFound,
    #[error("etcdserver: role name already exists")]
    RoleAlreadyExist,
    #[error("etcdserver: role name not found")]
    RoleNotFound,
    #[error("etcdserver: role name is empty")]
    RoleEmpty,
    #[error("etcdserver: authentication failed, invalid user ID or password")]
    AuthFailed,
    #[error("etcdserver: permission denied")]
    PermissionDenied,
    #[error("etcdserver: role is not granted to the user")]
    RoleNotGranted,
    #[error("etcdserver: permission is not granted to the role")]
    PermissionNotGranted,
    #[error("etcdserver: authentication is not enabled")]
    AuthNotEnabled,
    /// A token that is unknown, expired or forged.
    #[error("etcdserver: invalid auth token")]
    InvalidAuthToken,
    /// Removing root, or root's root role, while auth is on.
    #[error("etcdserver: invalid auth management")]
    InvalidAuthMgmt,
    /// A JWT issued before the auth state last changed.
    #[error("etcdserver: revision of auth store is old")]
    AuthOldRevision,
    /// A user or role name too long to store (etcd 3.4 crashes on one).
    #[error("etcdserver: {0} name is longer than 1024 bytes")]
    AuthNameTooLong(&'static str),
    /// A grant without a permission (etcd 3.5's answer; 3.4 crashed).
    #[error("etcdserver: permission not given")]
    PermissionNotGiven,
    /// An auth error etcd 3.4 sends unconverted, as code Unknown (no-password
    /// users authenticating; Hash, Snapshot and Defragment refused).
    #[error("{0}")]
    AuthRaw(&'static str),
    /// A lock or election recipe's own failure ("election: not leader").
    #[error("{0}")]
    Recipe(String),
    /// Storage failed underneath a request; the text says what failed.
    #[error("etcdserver: {0}")]
    Internal(String),
}

/// Storage failing under a read is that request's error; under the Raft
/// driver it is fatal, and never becomes a request's result there.
impl From<crate::store::StorageError> for Error {
    fn from(e: crate::store::StorageError) -> Self {
        Error::Internal(e.to_string())
    }
}

/// Result of a request-level operation.
pub type Result<T> = std::result::Result<T, Error>;
