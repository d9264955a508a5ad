//! The Auth service: users, roles and the auth switch change through Raft
//! (checked again when applied, see `apply::auth`); reads of them pass a
//! linearizable barrier and need the root role, as in etcd 3.4.
//! Passwords are hashed here, on the member that receives them, so that
//! only hashes travel and applying stays cheap.

use tonic::Request;

use super::status::{to_status, unary, RpcResult};
use super::Ctx;
use crate::apply::Applied;
use crate::auth::{self, Caller};
use crate::error::{Error, Result};
use crate::proto::etcdserverpb::auth_server::Auth;
use crate::proto::etcdserverpb::*;
use crate::proto::kvdpb::internal_request::Request as Internal;
use crate::proto::kvdpb::Authenticate;

/// How often Authenticate checks a password again when users changed
/// between the check and its entry being applied.
const AUTHENTICATE_TRIES: usize = 3;

/// The `etcdserverpb.Auth` service.
pub struct AuthService {
    ctx: Ctx,
}

impl AuthService {
    /// The service over a member's context.
    pub fn new(ctx: Ctx) -> Self {
        AuthService { ctx }
    }

    /// Proposes an auth change for `caller`; answers with a header.
    async fn change(&self, request: Internal, caller: &Caller) -> Result<Option<ResponseHeader>> {
        self.ctx.raft.propose_as(request, caller.name()).await?;
        self.ctx.header_now()
    }

    /// Reads of users and roles: linearizable, and for root only.
    async fn admin_read<T>(&self, r: &Request<T>) -> Result<()> {
        let caller = self.ctx.caller(r)?;
        self.ctx.raft.linearizable_barrier().await?;
        self.ctx.check_admin(&caller)
    }

    /// A bcrypt hash, made off the async threads (it is slow on purpose).
    async fn hash(&self, password: String) -> Result<String> {
        let auth = self.ctx.auth.clone();
        tokio::task::spawn_blocking(move || auth.hash(&password))
            .await
            .map_err(|e| Error::Internal(format!("hashing a password: {e}")))?
    }

    async fn authenticate(&self, r: AuthenticateRequest) -> Result<AuthenticateResponse> {
        for _ in 0..AUTHENTICATE_TRIES {
            let revision = self.check_password(&r).await?;
            let tokens = self.ctx.auth.tokens();
            let entry = Authenticate {
                name: r.name.clone(),
                token_prefix: tokens.new_prefix(),
                checked_revision: revision,
            };
            match self.ctx.raft.propose(Internal::Authenticate(entry)).await {
                Ok(Applied::Authenticated(token)) => {
                    return Ok(AuthenticateResponse {
                        header: self.ctx.header_now()?,
                        token: tokens.answer(token, &r.name, revision)?,
                    })
                }
                Ok(other) => return Err(crate::apply::unexpected(other)),
                Err(Error::AuthOldRevision) => continue,
                Err(e) => return Err(e),
            }
        }
        Err(Error::AuthOldRevision)
    }

    /// Checks `r`'s password; returns the auth revision it was checked at.
    /// Attempts for one user are checked one at a time, failures are
    /// logged, and a user that keeps failing waits before each attempt
    /// (see `auth::failures`).
    async fn check_password(&self, r: &AuthenticateRequest) -> Result<u64> {
        let user = {
            let txn = self.ctx.store.read()?;
            let view = txn.view();
            if !view.auth_enabled()? {
                return Err(Error::AuthNotEnabled);
            }
            view.user(r.name.as_bytes())?
        };
        let Some(user) = user else {
            tracing::debug!(user = %shown(&r.name), "authentication failed: no such user");
            return Err(Error::AuthFailed);
        };
        if user.options.as_ref().is_some_and(|o| o.no_password) {
            return Err(Error::AuthRaw(
                "auth: authentication failed, password was given for no password user",
            ));
        }
        let failures = self.ctx.auth.failures();
        let turn = failures.turn(&r.name);
        let _turn = turn.lock().await;
        if let Some(until) = failures.wait_until(&r.name) {
            tokio::time::sleep_until(until.into()).await;
        }
        // Read after the wait: users may have changed meanwhile.
        let (user, revision) = {
            let txn = self.ctx.store.read()?;
            let view = txn.view();
            (view.user(r.name.as_bytes())?, view.auth_revision()?)
        };
        let password = r.password.clone();
        let matches = tokio::task::spawn_blocking(move || {
            user.is_some_and(|u| auth::password_matches(&u, &password))
        })
        .await
        .map_err(|e| Error::Internal(format!("checking a password: {e}")))?;
        if !matches {
            let pause = failures.failed(&r.name, std::time::Instant::now());
            tracing::warn!(
                user = %shown(&r.name),
                "authentication failed{}",
                pause.map_or(String::new(), |p| format!("; its next attempt waits {p:?}"))
            );
            return Err(Error::AuthFailed);
        }
        failures.succeeded(&r.name);
        Ok(revision)
    }

    async fn user_add(
        &self,
        mut r: AuthUserAddRequest,
        caller: &Caller,
    ) -> Result<AuthUserAddResponse> {
        // Hashing is slow: only for an admin.
        self.ctx.check_admin(caller)?;
        let no_password = r.options.as_ref().is_some_and(|o| o.no_password);
        r.hashed_password = if no_password {
            String::new()
        } else {
            self.hash(std::mem::take(&mut r.password)).await?
        };
        r.password.clear();
        let header = self.change(Internal::UserAdd(r), caller).await?;
        Ok(AuthUserAddResponse { header })
    }

    async fn user_change_password(
        &self,
        mut r: AuthUserChangePasswordRequest,
        caller: &Caller,
    ) -> Result<AuthUserChangePasswordResponse> {
        self.ctx.check_admin(caller)?;
        r.hashed_password = self.hash(std::mem::take(&mut r.password)).await?;
        let header = self.change(Internal::UserChangePassword(r), caller).await?;
        Ok(AuthUserChangePasswordResponse { header })
    }

    fn user_get(&self, name: &str) -> Result<AuthUserGetResponse> {
        let txn = self.ctx.store.read()?;
        let user = txn
            .view()
            .user(name.as_bytes())?
            .ok_or(Error::UserNotFound)?;
        let mut roles = user.roles;
        roles.sort();
        Ok(AuthUserGetResponse {
            header: self.ctx.header_now()?,
            roles,
        })
    }

    fn user_list(&self) -> Result<AuthUserListResponse> {
        let txn = self.ctx.store.read()?;
        let users = txn.view().users()?;
        Ok(AuthUserListResponse {
            header: self.ctx.header_now()?,
            users: users
                .into_iter()
                .map(|u| String::from_utf8_lossy(&u.name).into_owned())
                .collect(),
        })
    }

    fn role_get(&self, name: &str) -> Result<AuthRoleGetResponse> {
        let txn = self.ctx.store.read()?;
        let role = txn
            .view()
            .role(name.as_bytes())?
            .ok_or(Error::RoleNotFound)?;
        Ok(AuthRoleGetResponse {
            header: self.ctx.header_now()?,
            perm: role.key_permission,
        })
    }

    fn role_list(&self) -> Result<AuthRoleListResponse> {
        let txn = self.ctx.store.read()?;
        let roles = txn.view().roles()?;
        Ok(AuthRoleListResponse {
            header: self.ctx.header_now()?,
            roles: roles
                .into_iter()
                .map(|r| String::from_utf8_lossy(&r.name).into_owned())
                .collect(),
        })
    }

    async fn status(&self) -> Result<AuthStatusResponse> {
        self.ctx.raft.linearizable_barrier().await?;
        let txn = self.ctx.store.read()?;
        let view = txn.view();
        Ok(AuthStatusResponse {
            header: self.ctx.header_now()?,
            enabled: view.auth_enabled()?,
            auth_revision: view.auth_revision()?,
        })
    }
}

/// A user name as logged: at most 64 characters, escaped.
fn shown(name: &str) -> String {
    let mut short: String = name.chars().take(64).collect();
    if short.len() < name.len() {
        short.push('…');
    }
    short.escape_debug().to_string()
}

#[tonic::async_trait]
impl Auth for AuthService {
    async fn auth_enable(&self, r: Request<AuthEnableRequest>) -> RpcResult<AuthEnableResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        let header = self
            .change(Internal::AuthEnable(r.into_inner()), &caller)
            .await;
        unary(header.map(|header| AuthEnableResponse { header }))
    }

    async fn auth_disable(&self, r: Request<AuthDisableRequest>) -> RpcResult<AuthDisableResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        let header = self
            .change(Internal::AuthDisable(r.into_inner()), &caller)
            .await;
        unary(header.map(|header| AuthDisableResponse { header }))
    }

    async fn auth_status(&self, r: Request<AuthStatusRequest>) -> RpcResult<AuthStatusResponse> {
        self.ctx.caller(&r).map_err(to_status)?;
        unary(self.status().await)
    }

    async fn authenticate(
        &self,
        r: Request<AuthenticateRequest>,
    ) -> RpcResult<AuthenticateResponse> {
        unary(self.authenticate(r.into_inner()).await)
    }

    async fn user_add(&self, r: Request<AuthUserAddRequest>) -> RpcResult<AuthUserAddResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        unary(self.user_add(r.into_inner(), &caller).await)
    }

    async fn user_get(&self, r: Request<AuthUserGetRequest>) -> RpcResult<AuthUserGetResponse> {
        self.admin_read(&r).await.map_err(to_status)?;
        unary(self.user_get(&r.into_inner().name))
    }

    async fn user_list(&self, r: Request<AuthUserListRequest>) -> RpcResult<AuthUserListResponse> {
        self.admin_read(&r).await.map_err(to_status)?;
        unary(self.user_list())
    }

    async fn user_delete(
        &self,
        r: Request<AuthUserDeleteRequest>,
    ) -> RpcResult<AuthUserDeleteResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        let header = self
            .change(Internal::UserDelete(r.into_inner()), &caller)
            .await;
        unary(header.map(|header| AuthUserDeleteResponse { header }))
    }

    async fn user_change_password(
        &self,
        r: Request<AuthUserChangePasswordRequest>,
    ) -> RpcResult<AuthUserChangePasswordResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        unary(self.user_change_password(r.into_inner(), &caller).await)
    }

    async fn user_grant_role(
        &self,
        r: Request<AuthUserGrantRoleRequest>,
    ) -> RpcResult<AuthUserGrantRoleResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        let header = self
            .change(Internal::UserGrantRole(r.into_inner()), &caller)
            .await;
        unary(header.map(|header| AuthUserGrantRoleResponse { header }))
    }

    async fn user_revoke_role(
        &self,
        r: Request<AuthUserRevokeRoleRequest>,
    ) -> RpcResult<AuthUserRevokeRoleResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        let header = self
            .change(Internal::UserRevokeRole(r.into_inner()), &caller)
            .await;
        unary(header.map(|header| AuthUserRevokeRoleResponse { header }))
    }

    async fn role_add(&self, r: Request<AuthRoleAddRequest>) -> RpcResult<AuthRoleAddResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        let header = self
            .change(Internal::RoleAdd(r.into_inner()), &caller)
            .await;
        unary(header.map(|header| AuthRoleAddResponse { header }))
    }

    async fn role_get(&self, r: Request<AuthRoleGetRequest>) -> RpcResult<AuthRoleGetResponse> {
        self.admin_read(&r).await.map_err(to_status)?;
        unary(self.role_get(&r.into_inner().role))
    }

    async fn role_list(&self, r: Request<AuthRoleListRequest>) -> RpcResult<AuthRoleListResponse> {
        self.admin_read(&r).await.map_err(to_status)?;
        unary(self.role_list())
    }

    async fn role_delete(
        &self,
        r: Request<AuthRoleDeleteRequest>,
    ) -> RpcResult<AuthRoleDeleteResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        let header = self
            .change(Internal::RoleDelete(r.into_inner()), &caller)
            .await;
        unary(header.map(|header| AuthRoleDeleteResponse { header }))
    }

    async fn role_grant_permission(
        &self,
        r: Request<AuthRoleGrantPermissionRequest>,
    ) -> RpcResult<AuthRoleGrantPermissionResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        let request = Internal::RoleGrantPermission(r.into_inner());
        let header = self.change(request, &caller).await;
        unary(header.map(|header| AuthRoleGrantPermissionResponse { header }))
    }

    async fn role_revoke_permission(
        &self,
        r: Request<AuthRoleRevokePermissionRequest>,
    ) -> RpcResult<AuthRoleRevokePermissionResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        let request = Internal::RoleRevokePermission(r.into_inner());
        let header = self.change(request, &caller).await;
        unary(header.map(|header| AuthRoleRevokePermissionResponse { header }))
    }
}
