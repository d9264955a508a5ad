//! Authentication and authorisation, as etcd's v3 auth: users with bcrypt
//! passwords, roles holding key permissions, tokens naming a user. The
//! users, roles and the on/off switch are replicated state (`store::auth`,
//! changed by `apply`); this module decides what a caller may do against
//! a view of it, and keeps the tokens this member knows.
//!
//! Rules, as etcd's: with auth off everything is allowed and tokens are
//! ignored. With auth on, a request runs as the user its token names, or
//! failing a token as its TLS client certificate's common name; a request
//! with neither has no user and is refused ("user name is empty") wherever
//! a permission is needed. The root role may do everything; admin requests
//! (auth, membership, maintenance but Status) need it.

pub mod failures;
pub mod perm;
pub mod requests;
pub mod token;

use std::time::Duration;

use crate::error::{Error, Result};
use crate::proto::authpb::{Role, User};
use crate::store::{StorageError, View};
pub use perm::{Access, ROOT};
pub use requests::{check_delete_range, check_lease_keys, check_put, check_range, check_txn};
pub use token::{TokenConfigError, Tokens};

/// etcd's default bcrypt cost.
pub const DEFAULT_BCRYPT_COST: u32 = 10;
/// etcd's default simple token TTL.
pub const DEFAULT_TOKEN_TTL: Duration = Duration::from_secs(300);

/// Why a check did not pass: refused, or storage failed under it (which
/// applying must treat as fatal, never as the request's answer).
#[derive(Debug)]
pub enum CheckError {
    Refused(Error),
    Storage(StorageError),
}

impl From<Error> for CheckError {
    fn from(e: Error) -> Self {
        CheckError::Refused(e)
    }
}

impl From<StorageError> for CheckError {
    fn from(e: StorageError) -> Self {
        CheckError::Storage(e)
    }
}

/// Where no storage error is fatal (serving a request), both are its error.
impl From<CheckError> for Error {
    fn from(e: CheckError) -> Self {
        match e {
            CheckError::Refused(e) => e,
            CheckError::Storage(e) => e.into(),
        }
    }
}

/// The result of a check.
pub type Checked<T = ()> = std::result::Result<T, CheckError>;

/// How a member issues tokens and hashes passwords (etcd's --auth-token,
/// --auth-token-ttl, --bcrypt-cost).
#[derive(Debug, Clone)]
pub struct AuthOptions {
    /// `simple`, or `jwt,pub-key=..,priv-key=..,sign-method=..[,ttl=..]`.
    pub token: String,
    /// How long an unused simple token lives.
    pub token_ttl: Duration,
    /// bcrypt's cost for new passwords.
    pub bcrypt_cost: u32,
}

impl Default for AuthOptions {
    fn default() -> Self {
        AuthOptions {
            token: "simple".into(),
            token_ttl: DEFAULT_TOKEN_TTL,
            bcrypt_cost: DEFAULT_BCRYPT_COST,
        }
    }
}

/// Who a request runs as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caller {
    /// Auth is off: nothing is checked.
    Anyone,
    /// A user by name: empty when the request named none.
    User(String),
}

impl Caller {
    /// The name to carry through Raft, for the check at apply: empty for
    /// none (with auth off when proposed; refused if it is on when applied).
    pub fn name(&self) -> &str {
        match self {
            Caller::Anyone => "",
            Caller::User(n) => n,
        }
    }
}

/// This member's auth: the tokens it knows and how it hashes passwords.
pub struct Auth {
    tokens: Tokens,
    bcrypt_cost: u32,
    failures: failures::Failures,
}

impl Auth {
    /// Auth as `options` say; a bad token option or key file is an error.
    pub fn new(options: &AuthOptions) -> std::result::Result<Auth, TokenConfigError> {
        if !(4..=31).contains(&options.bcrypt_cost) {
            return Err(TokenConfigError::Option(format!(
                "--bcrypt-cost {} is out of range (4 to 31)",
                options.bcrypt_cost
            )));
        }
        Ok(Auth {
            tokens: Tokens::from_option(&options.token, options.token_ttl)?,
            bcrypt_cost: options.bcrypt_cost,
            failures: Default::default(),
        })
    }

    /// Failed password checks by user name (for pacing guesses).
    pub fn failures(&self) -> &failures::Failures {
        &self.failures
    }

    /// The tokens this member issues and knows.
    pub fn tokens(&self) -> &Tokens {
        &self.tokens
    }

    /// The bcrypt hash of `password` (slow on purpose: call it off the
    /// async threads).
    pub fn hash(&self, password: &str) -> Result<String> {
        bcrypt::hash(password, self.bcrypt_cost)
            .map_err(|e| Error::Internal(format!("auth: hashing a password: {e}")))
    }

    /// Who a request runs as, given its token and its TLS client
    /// certificate's common name. A token is checked even with auth off
    /// (etcd does: one left from before a disable is refused).
    pub fn caller(&self, view: View<'_>, token: Option<&str>, cn: Option<&str>) -> Result<Caller> {
        let named = match token {
            Some(token) => Some(self.tokens.check(token).ok_or(Error::InvalidAuthToken)?),
            None => None,
        };
        if !view.auth_enabled()? {
            return Ok(Caller::Anyone);
        }
        // A JWT carries the auth revision it was issued at: one issued
        // before users or roles changed must be renewed (etcd's rule).
        let revision = named.as_ref().map_or(0, |info| info.revision);
        if revision != 0 && revision < view.auth_revision()? {
            return Err(Error::AuthOldRevision);
        }
        let named = named.map(|info| info.name);
        Ok(Caller::User(
            named.or(cn.map(str::to_string)).unwrap_or_default(),
        ))
    }
}

/// Whether `password` is `user`'s (a user added without a password has
/// none that matches).
pub fn password_matches(user: &User, password: &str) -> bool {
    let no_password = user.options.as_ref().is_some_and(|o| o.no_password);
    !no_password
        && bcrypt::verify(password, &String::from_utf8_lossy(&user.password)).unwrap_or(false)
}

/// What a caller may do, read once from a view: everything (auth off, or
/// the root role), or what its roles grant.
pub enum Grants {
    All,
    Roles(Vec<Role>),
}

impl Grants {
    /// `caller`'s grants in `view`. A caller resolved as `Anyone` before
    /// auth was turned on has no user once it is on.
    pub fn of(view: View<'_>, caller: &Caller) -> Checked<Grants> {
        let name = match caller {
            Caller::Anyone if !view.auth_enabled()? => return Ok(Grants::All),
            Caller::Anyone => return Err(Error::UserEmpty.into()),
            Caller::User(name) if name.is_empty() => return Err(Error::UserEmpty.into()),
            Caller::User(name) => name,
        };
        let Some(user) = view.user(name.as_bytes())? else {
            return Err(Error::PermissionDenied.into());
        };
        if perm::is_root(&user) {
            return Ok(Grants::All);
        }
        Ok(Grants::Roles(roles_of(view, &user)?))
    }

    /// Refuses unless these grants allow `access` to `key` (or [key,
    /// range_end)).
    pub fn check(&self, key: &[u8], range_end: &[u8], access: Access) -> Checked {
        match self {
            Grants::All => Ok(()),
            Grants::Roles(roles) if perm::covers(roles, key, range_end, access) => Ok(()),
            Grants::Roles(_) => Err(Error::PermissionDenied.into()),
        }
    }
}

/// A client request's caller as applying sees it: one proposed without a
/// user while auth was off, applied after it was turned on, has none.
pub fn applied_caller(view: View<'_>, name: &str) -> Checked<Caller> {
    if !view.auth_enabled()? {
        return Ok(Caller::Anyone);
    }
    Ok(Caller::User(name.to_string()))
}

/// Refuses unless `caller` may have `access` to `key` (or [key, range_end)).
pub fn check(
    view: View<'_>,
    caller: &Caller,
    key: &[u8],
    range_end: &[u8],
    access: Access,
) -> Checked {
    Grants::of(view, caller)?.check(key, range_end, access)
}

/// Refuses unless `caller` has the root role (or auth is off).
pub fn check_admin(view: View<'_>, caller: &Caller) -> Checked {
    match Grants::of(view, caller)? {
        Grants::All => Ok(()),
        Grants::Roles(_) => Err(Error::PermissionDenied.into()),
    }
}

/// The stored roles granted to `user` (a granted role since deleted is
/// skipped).
fn roles_of(view: View<'_>, user: &User) -> std::result::Result<Vec<Role>, StorageError> {
    let mut roles = Vec::new();
    for name in &user.roles {
        if let Some(role) = view.role(name.as_bytes())? {
            roles.push(role);
        }
    }
    Ok(roles)
}
