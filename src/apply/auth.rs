//! Applying auth requests: users, roles, permissions and the auth switch,
//! with etcd's rules. Each change that takes effect bumps the auth
//! revision. Changes to tokens (which live in memory) are returned as
//! `TokenChange`s, made once the transaction is durable.

use crate::auth::{self, Caller, ROOT};
use crate::error::Error;
use crate::proto::authpb::{Role, User, UserAddOptions};
use crate::proto::etcdserverpb::{
    AuthRoleGrantPermissionRequest, AuthRoleRevokePermissionRequest, AuthUserAddRequest,
    AuthUserChangePasswordRequest, AuthUserGrantRoleRequest, AuthUserRevokeRoleRequest,
};
use crate::proto::kvdpb::internal_request::Request;
use crate::proto::kvdpb::Authenticate;
use crate::store::auth::MAX_AUTH_NAME;
use crate::store::WriteTxn;

use super::error::Result;
use super::Applied;

/// What an applied auth request means for the tokens in memory.
#[derive(Debug)]
pub enum TokenChange {
    /// A token now names this user.
    Assigned { token: String, name: String },
    /// The user's tokens are void (deleted, or its password changed).
    UserChanged(String),
    /// Auth is off: every token is void.
    Disabled,
}

/// Applies `request` if it is an auth request; `None` if it is not.
pub(super) fn apply(
    txn: &mut WriteTxn<'_>,
    request: &Request,
    caller: &Caller,
    index: u64,
    tokens: &mut Vec<TokenChange>,
) -> Option<Result<Applied>> {
    if let Request::Authenticate(a) = request {
        return Some(authenticate(txn, a, index, tokens).map(Applied::Authenticated));
    }
    let result = match request {
        Request::AuthEnable(_) => enable(txn, caller),
        Request::AuthDisable(_) => admin(txn, caller).and_then(|_| disable(txn, tokens)),
        Request::UserAdd(r) => admin(txn, caller).and_then(|_| user_add(txn, r)),
        Request::UserDelete(r) => {
            admin(txn, caller).and_then(|_| user_delete(txn, &r.name, tokens))
        }
        Request::UserChangePassword(r) => {
            admin(txn, caller).and_then(|_| user_change_password(txn, r, tokens))
        }
        Request::UserGrantRole(r) => admin(txn, caller).and_then(|_| user_grant_role(txn, r)),
        Request::UserRevokeRole(r) => admin(txn, caller).and_then(|_| user_revoke_role(txn, r)),
        Request::RoleAdd(r) => admin(txn, caller).and_then(|_| role_add(txn, &r.name)),
        Request::RoleDelete(r) => admin(txn, caller).and_then(|_| role_delete(txn, &r.role)),
        Request::RoleGrantPermission(r) => {
            admin(txn, caller).and_then(|_| grant_permission(txn, r))
        }
        Request::RoleRevokePermission(r) => {
            admin(txn, caller).and_then(|_| revoke_permission(txn, r))
        }
        _ => return None,
    };
    Some(result.map(|_| Applied::Done))
}

fn admin(txn: &WriteTxn<'_>, caller: &Caller) -> Result<()> {
    Ok(auth::check_admin(txn.view(), caller)?)
}

fn refuse<T>(e: Error) -> Result<T> {
    Err(e.into())
}

/// Auth on: root must exist and hold the root role. Already on: nothing,
/// but only an admin may ask. Enabling does not bump the revision (etcd).
fn enable(txn: &mut WriteTxn<'_>, caller: &Caller) -> Result<()> {
    let view = txn.view();
    if view.auth_enabled()? {
        return admin(txn, caller);
    }
    let Some(root) = view.user(ROOT.as_bytes())? else {
        return refuse(Error::RootUserNotExist);
    };
    if !auth::perm::is_root(&root) {
        return refuse(Error::RootRoleNotExist);
    }
    txn.set_auth_enabled(true)?;
    Ok(())
}

fn disable(txn: &mut WriteTxn<'_>, tokens: &mut Vec<TokenChange>) -> Result<()> {
    if !txn.view().auth_enabled()? {
        return Ok(());
    }
    txn.set_auth_enabled(false)?;
    txn.bump_auth_revision()?;
    tokens.push(TokenChange::Disabled);
    Ok(())
}

/// The proposer checked the password at `checked_revision`; if users have
/// changed since, that check is void and it must check again. A simple
/// token is the proposer's random prefix and this entry's index, as etcd's.
fn authenticate(
    txn: &mut WriteTxn<'_>,
    a: &Authenticate,
    index: u64,
    tokens: &mut Vec<TokenChange>,
) -> Result<String> {
    let view = txn.view();
    if !view.auth_enabled()? {
        return refuse(Error::AuthNotEnabled);
    }
    if view.user(a.name.as_bytes())?.is_none() {
        return refuse(Error::AuthFailed);
    }
    if view.auth_revision()? != a.checked_revision {
        return refuse(Error::AuthOldRevision);
    }
    if a.token_prefix.is_empty() {
        return Ok(String::new());
    }
    let token = format!("{}.{index}", a.token_prefix);
    tokens.push(TokenChange::Assigned {
        token: token.clone(),
        name: a.name.clone(),
    });
    Ok(token)
}

fn user_add(txn: &mut WriteTxn<'_>, r: &AuthUserAddRequest) -> Result<()> {
    if r.name.is_empty() {
        return refuse(Error::UserEmpty);
    }
    if r.name.len() > MAX_AUTH_NAME {
        return refuse(Error::AuthNameTooLong("user"));
    }
    if txn.view().user(r.name.as_bytes())?.is_some() {
        return refuse(Error::UserAlreadyExist);
    }
    let no_password = r.options.as_ref().is_some_and(|o| o.no_password);
    txn.put_user(&User {
        name: r.name.clone().into_bytes().into(),
        password: if no_password {
            Default::default()
        } else {
            r.hashed_password.clone().into_bytes().into()
        },
        roles: Vec::new(),
        options: Some(UserAddOptions { no_password }),
    })?;
    txn.bump_auth_revision()?;
    Ok(())
}

fn user_delete(txn: &mut WriteTxn<'_>, name: &str, tokens: &mut Vec<TokenChange>) -> Result<()> {
    if txn.view().auth_enabled()? && name == ROOT {
        return refuse(Error::InvalidAuthMgmt);
    }
    if !txn.delete_user(name.as_bytes())? {
        return refuse(Error::UserNotFound);
    }
    txn.bump_auth_revision()?;
    tokens.push(TokenChange::UserChanged(name.to_string()));
    Ok(())
}

fn existing_user(txn: &WriteTxn<'_>, name: &str) -> Result<User> {
    match txn.view().user(name.as_bytes())? {
        Some(u) => Ok(u),
        None => refuse(Error::UserNotFound),
    }
}

fn existing_role(txn: &WriteTxn<'_>, name: &str) -> Result<Role> {
    match txn.view().role(name.as_bytes())? {
        Some(r) => Ok(r),
        None => refuse(Error::RoleNotFound),
    }
}

fn user_change_password(
    txn: &mut WriteTxn<'_>,
    r: &AuthUserChangePasswordRequest,
    tokens: &mut Vec<TokenChange>,
) -> Result<()> {
    let mut user = existing_user(txn, &r.name)?;
    user.password = r.hashed_password.clone().into_bytes().into();
    txn.put_user(&user)?;
    txn.bump_auth_revision()?;
    tokens.push(TokenChange::UserChanged(r.name.clone()));
    Ok(())
}

/// Granting a role twice changes nothing; root may be granted before a
/// role of that name exists.
fn user_grant_role(txn: &mut WriteTxn<'_>, r: &AuthUserGrantRoleRequest) -> Result<()> {
    let mut user = existing_user(txn, &r.user)?;
    if r.role != ROOT {
        existing_role(txn, &r.role)?;
    }
    match user.roles.binary_search(&r.role) {
        Ok(_) => return Ok(()),
        Err(at) => user.roles.insert(at, r.role.clone()),
    }
    txn.put_user(&user)?;
    txn.bump_auth_revision()?;
    Ok(())
}

fn user_revoke_role(txn: &mut WriteTxn<'_>, r: &AuthUserRevokeRoleRequest) -> Result<()> {
    if txn.view().auth_enabled()? && r.name == ROOT && r.role == ROOT {
        return refuse(Error::InvalidAuthMgmt);
    }
    let mut user = existing_user(txn, &r.name)?;
    let before = user.roles.len();
    user.roles.retain(|role| *role != r.role);
    if user.roles.len() == before {
        return refuse(Error::RoleNotGranted);
    }
    txn.put_user(&user)?;
    txn.bump_auth_revision()?;
    Ok(())
}

fn role_add(txn: &mut WriteTxn<'_>, name: &str) -> Result<()> {
    if name.is_empty() {
        return refuse(Error::RoleEmpty);
    }
    if name.len() > MAX_AUTH_NAME {
        return refuse(Error::AuthNameTooLong("role"));
    }
    if txn.view().role(name.as_bytes())?.is_some() {
        return refuse(Error::RoleAlreadyExist);
    }
    txn.put_role(&Role {
        name: name.as_bytes().to_vec().into(),
        key_permission: Vec::new(),
    })?;
    txn.bump_auth_revision()?;
    Ok(())
}

/// A deleted role is revoked from every user that had it.
fn role_delete(txn: &mut WriteTxn<'_>, name: &str) -> Result<()> {
    if txn.view().auth_enabled()? && name == ROOT {
        return refuse(Error::InvalidAuthMgmt);
    }
    if !txn.delete_role(name.as_bytes())? {
        return refuse(Error::RoleNotFound);
    }
    for mut user in txn.view().users()? {
        if user.roles.iter().any(|r| r == name) {
            user.roles.retain(|r| r != name);
            txn.put_user(&user)?;
        }
    }
    txn.bump_auth_revision()?;
    Ok(())
}

/// As etcd: the role's first permission on the same key, if it has the
/// same range end too, takes the new type; otherwise the permission is
/// added after those with keys up to its own (kept in key order only).
/// A missing permission or an empty or backwards range is refused (3.5's
/// checks: 3.4 stored them, or crashed).
fn grant_permission(txn: &mut WriteTxn<'_>, r: &AuthRoleGrantPermissionRequest) -> Result<()> {
    let Some(perm) = r.perm.clone() else {
        return refuse(Error::PermissionNotGiven);
    };
    let known_type = crate::proto::authpb::permission::Type::try_from(perm.perm_type).is_ok();
    if !known_type || !valid_range(&perm.key, &perm.range_end) {
        return refuse(Error::InvalidAuthMgmt);
    }
    let mut role = existing_role(txn, &r.name)?;
    let first = role.key_permission.partition_point(|p| p.key < perm.key);
    match role.key_permission.get_mut(first) {
        Some(p) if p.key == perm.key && p.range_end == perm.range_end => {
            p.perm_type = perm.perm_type
        }
        _ => {
            let after = role.key_permission.partition_point(|p| p.key <= perm.key);
            role.key_permission.insert(after, perm);
        }
    }
    txn.put_role(&role)?;
    txn.bump_auth_revision()?;
    Ok(())
}

/// A key, and no end, an end after it, or `\0` (no end).
fn valid_range(key: &[u8], range_end: &[u8]) -> bool {
    !key.is_empty() && (range_end.is_empty() || range_end == [0] || key < range_end)
}

fn revoke_permission(txn: &mut WriteTxn<'_>, r: &AuthRoleRevokePermissionRequest) -> Result<()> {
    let mut role = existing_role(txn, &r.role)?;
    let before = role.key_permission.len();
    role.key_permission
        .retain(|p| !(p.key == r.key && p.range_end == r.range_end));
    if role.key_permission.len() == before {
        return refuse(Error::PermissionNotGranted);
    }
    txn.put_role(&role)?;
    txn.bump_auth_revision()?;
    Ok(())
}
