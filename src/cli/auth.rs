//! `auth enable|disable|status`, `user ...` and `role ...`, as etcdctl 3.4
//! has them: same arguments and checks, same password prompts, same output
//! and exit codes (`auth status` is etcdctl 3.5's). Also the password
//! prompt of `--user NAME` without a password.

use std::io::{BufRead as _, IsTerminal as _, Write as _};

use clap::{Args, Subcommand};

use super::{emit, CliError, GlobalArgs};
use crate::client::{Client, ClientError};
use crate::proto::authpb::permission::Type as PermType;
use crate::proto::authpb::{Permission, UserAddOptions};
use crate::proto::etcdserverpb::{
    AuthDisableRequest, AuthEnableRequest, AuthRoleAddRequest, AuthRoleDeleteRequest,
    AuthRoleGetRequest, AuthRoleGrantPermissionRequest, AuthRoleListRequest,
    AuthRoleRevokePermissionRequest, AuthStatusRequest, AuthUserAddRequest,
    AuthUserChangePasswordRequest, AuthUserDeleteRequest, AuthUserGetRequest,
    AuthUserGrantRoleRequest, AuthUserListRequest, AuthUserRevokeRoleRequest,
};
use crate::store::keys::prefix_end;

/// What AuthEnable answers when the user root exists without the role
/// root; etcdctl then makes the role, grants it and tries again.
const ROOT_ROLE_NOT_EXIST: &str = "etcdserver: root user does not have root role";

/// `auth` subcommands.
#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Enables authentication.
    Enable(NoArgs),
    /// Disables authentication.
    Disable(NoArgs),
    /// Returns authentication status.
    Status(NoArgs),
}

/// `user` subcommands.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Adds a new user.
    Add(UserAddArgs),
    /// Deletes a user.
    Delete(UserArgs),
    /// Gets detailed information of a user.
    Get(UserGetArgs),
    /// Lists all users.
    List(NoArgs),
    /// Changes password of user.
    Passwd(PasswdArgs),
    /// Grants a role to a user.
    GrantRole(UserRoleArgs),
    /// Revokes a role from a user.
    RevokeRole(UserRoleArgs),
}

/// `role` subcommands.
#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// Adds a new role.
    Add(RoleArgs),
    /// Deletes a role.
    Delete(RoleArgs),
    /// Gets detailed information of a role.
    Get(RoleArgs),
    /// Lists all roles.
    List(NoArgs),
    /// Grants a key to a role.
    GrantPermission(GrantArgs),
    /// Revokes a key from a role.
    RevokePermission(RevokeArgs),
}

/// A command without arguments; any given are refused, as etcdctl does.
#[derive(Debug, Args)]
pub struct NoArgs {
    /// (none)
    #[arg(hide = true)]
    pub args: Vec<String>,
}

/// A command about one user.
#[derive(Debug, Args)]
pub struct UserArgs {
    /// <user name>
    pub args: Vec<String>,
}

/// A command about one role.
#[derive(Debug, Args)]
pub struct RoleArgs {
    /// <role name>
    pub args: Vec<String>,
}

/// `user grant-role` and `user revoke-role`.
#[derive(Debug, Args)]
pub struct UserRoleArgs {
    /// <user name> <role name>
    pub args: Vec<String>,
}

/// Flags of `user add`.
#[derive(Debug, Args)]
pub struct UserAddArgs {
    /// <user name or user:password>
    pub args: Vec<String>,
    /// Read password from stdin instead of interactive terminal.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "true")]
    pub interactive: bool,
    /// Supply password from the command line flag.
    #[arg(long, default_value = "")]
    pub new_user_password: String,
    /// Create a user without password (CN based auth only).
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub no_password: bool,
}

/// Flags of `user get`.
#[derive(Debug, Args)]
pub struct UserGetArgs {
    /// <user name>
    pub args: Vec<String>,
    /// Show permissions of roles granted to the user.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub detail: bool,
}

/// Flags of `user passwd`.
#[derive(Debug, Args)]
pub struct PasswdArgs {
    /// <user name>
    pub args: Vec<String>,
    /// If true, read password from stdin instead of interactive terminal.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "true")]
    pub interactive: bool,
}

/// Flags of `role grant-permission`.
#[derive(Debug, Args)]
pub struct GrantArgs {
    /// <role name> <permission type> <key> [endkey]
    pub args: Vec<String>,
    /// Grant a prefix permission.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub prefix: bool,
    /// Grant a permission of keys that are greater than or equal to the given key using byte compare.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub from_key: bool,
}

/// Flags of `role revoke-permission`.
#[derive(Debug, Args)]
pub struct RevokeArgs {
    /// <role name> <key> [endkey]
    pub args: Vec<String>,
    /// Revoke a prefix permission.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub prefix: bool,
    /// Revoke a permission of keys that are greater than or equal to the given key using byte compare.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub from_key: bool,
}

/// Runs an `auth` subcommand.
pub async fn auth(g: &GlobalArgs, c: AuthCommand) -> Result<(), CliError> {
    match c {
        AuthCommand::Enable(a) => {
            no_args(&a, "auth enable command does not accept any arguments")?;
            enable(&g.connect().await?).await?;
            // etcdctl prints this line whatever the output format.
            emit(b"Authentication Enabled\n")
        }
        AuthCommand::Disable(a) => {
            no_args(&a, "auth disable command does not accept any arguments")?;
            let client = g.connect().await?;
            let req = client.request(AuthDisableRequest {});
            client.call(client.auth().auth_disable(req)).await?;
            emit(b"Authentication Disabled\n")
        }
        AuthCommand::Status(a) => {
            no_args(&a, "auth status command does not accept any arguments")?;
            let client = g.connect().await?;
            let resp = client
                .call_read(|| {
                    let (mut auth, r) = (client.auth(), client.request(AuthStatusRequest {}));
                    async move { auth.auth_status(r).await }
                })
                .await?;
            emit(&g.printer().auth_status(&resp)?)
        }
    }
}

/// AuthEnable, as etcdctl runs it: if root lacks the role root, the role is
/// made and granted, and enabling is tried again.
async fn enable(client: &Client) -> Result<(), ClientError> {
    let once = || {
        let (mut auth, req) = (client.auth(), client.request(AuthEnableRequest {}));
        async move { client.call(auth.auth_enable(req)).await }
    };
    match once().await {
        Err(ClientError::Rpc(s)) if s.message() == ROOT_ROLE_NOT_EXIST => {
            let add = client.request(AuthRoleAddRequest {
                name: "root".into(),
            });
            client.call(client.auth().role_add(add)).await?;
            let grant = client.request(AuthUserGrantRoleRequest {
                user: "root".into(),
                role: "root".into(),
            });
            client.call(client.auth().user_grant_role(grant)).await?;
            once().await.map(|_| ())
        }
        other => other.map(|_| ()),
    }
}

/// Runs a `user` subcommand.
pub async fn user(g: &GlobalArgs, c: UserCommand) -> Result<(), CliError> {
    match c {
        UserCommand::Add(a) => user_add(g, &a).await,
        UserCommand::Delete(a) => {
            let name = one(
                &a.args,
                "user delete command requires user name as its argument",
            )?;
            let client = g.connect().await?;
            let req = client.request(AuthUserDeleteRequest { name: name.clone() });
            let resp = client.call(client.auth().user_delete(req)).await?;
            let text = format!("User {name} deleted\n");
            emit(&g.printer().auth_changed(text.into(), &resp, &resp.header)?)
        }
        UserCommand::Get(a) => user_get(g, &a).await,
        UserCommand::List(a) => {
            no_args(&a, "user list command requires no arguments")?;
            let client = g.connect().await?;
            let resp = client
                .call_read(|| {
                    let (mut auth, r) = (client.auth(), client.request(AuthUserListRequest {}));
                    async move { auth.user_list(r).await }
                })
                .await?;
            emit(&g.printer().user_list(&resp)?)
        }
        UserCommand::Passwd(a) => {
            let name = one(
                &a.args,
                "user passwd command requires user name as its argument",
            )?;
            let password = if a.interactive {
                ask_new_password(name)?
            } else {
                scan_word()
            };
            let client = g.connect().await?;
            let req = client.request(AuthUserChangePasswordRequest {
                name: name.clone(),
                password,
                hashed_password: String::new(),
            });
            let resp = client.call(client.auth().user_change_password(req)).await?;
            let text = b"Password updated\n".to_vec();
            emit(&g.printer().auth_changed(text, &resp, &resp.header)?)
        }
        UserCommand::GrantRole(a) => {
            let [user, role] = a.args.as_slice() else {
                return Err(CliError::bad_args(
                    "user grant command requires user name and role name as its argument",
                ));
            };
            let client = g.connect().await?;
            let req = client.request(AuthUserGrantRoleRequest {
                user: user.clone(),
                role: role.clone(),
            });
            let resp = client.call(client.auth().user_grant_role(req)).await?;
            let text = format!("Role {role} is granted to user {user}\n");
            emit(&g.printer().auth_changed(text.into(), &resp, &resp.header)?)
        }
        UserCommand::RevokeRole(a) => {
            let [user, role] = a.args.as_slice() else {
                return Err(CliError::bad_args(
                    "user revoke-role requires user name and role name as its argument",
                ));
            };
            let client = g.connect().await?;
            let req = client.request(AuthUserRevokeRoleRequest {
                name: user.clone(),
                role: role.clone(),
            });
            let resp = client.call(client.auth().user_revoke_role(req)).await?;
            let text = format!("Role {role} is revoked from user {user}\n");
            emit(&g.printer().auth_changed(text.into(), &resp, &resp.header)?)
        }
    }
}

async fn user_add(g: &GlobalArgs, a: &UserAddArgs) -> Result<(), CliError> {
    let req = user_add_request(a)?;
    let client = g.connect().await?;
    let name = req.name.clone();
    let resp = client
        .call(client.auth().user_add(client.request(req)))
        .await?;
    let text = format!("User {name} created\n");
    emit(&g.printer().auth_changed(text.into(), &resp, &resp.header)?)
}

/// The user and password `user add` was given, as etcdctl takes them: no
/// password with `--no-password`; else `--new-user-password`; else after a
/// colon in the name; else asked for (or one word read from stdin with
/// `--interactive=false`).
fn user_add_request(a: &UserAddArgs) -> Result<AuthUserAddRequest, CliError> {
    let arg = one(
        &a.args,
        "user add command requires user name as its argument",
    )?;
    let (name, password) = if a.no_password {
        (arg.clone(), String::new())
    } else if !a.new_user_password.is_empty() {
        (arg.clone(), a.new_user_password.clone())
    } else if let Some((name, password)) = arg.split_once(':') {
        if name.is_empty() {
            return Err(CliError::bad_args("empty user name is not allowed"));
        }
        (name.to_string(), password.to_string())
    } else if a.interactive {
        (arg.clone(), ask_new_password(arg)?)
    } else {
        (arg.clone(), scan_word())
    };
    Ok(AuthUserAddRequest {
        name,
        password,
        options: Some(UserAddOptions {
            no_password: a.no_password,
        }),
        hashed_password: String::new(),
    })
}

/// `user get`; with `--detail`, each granted role as `role get` shows it.
async fn user_get(g: &GlobalArgs, a: &UserGetArgs) -> Result<(), CliError> {
    let name = one(
        &a.args,
        "user get command requires user name as its argument",
    )?;
    let client = g.connect().await?;
    let resp = client
        .call_read(|| {
            let mut auth = client.auth();
            let r = client.request(AuthUserGetRequest { name: name.clone() });
            async move { auth.user_get(r).await }
        })
        .await?;
    let printer = g.printer();
    if !a.detail {
        return emit(&printer.user_get(name, &resp)?);
    }
    // etcdctl writes these lines itself, in every output format.
    emit(format!("User: {name}\n").as_bytes())?;
    for role in &resp.roles {
        emit(b"\n")?;
        let perms = role_get_call(&client, role).await?;
        emit(&printer.role_get(role, &perms)?)?;
    }
    Ok(())
}

/// Runs a `role` subcommand.
pub async fn role(g: &GlobalArgs, c: RoleCommand) -> Result<(), CliError> {
    let printer = g.printer();
    match c {
        RoleCommand::Add(a) => {
            let name = one(
                &a.args,
                "role add command requires role name as its argument",
            )?;
            let client = g.connect().await?;
            let req = client.request(AuthRoleAddRequest { name: name.clone() });
            let resp = client.call(client.auth().role_add(req)).await?;
            let text = format!("Role {name} created\n");
            emit(&printer.auth_changed(text.into(), &resp, &resp.header)?)
        }
        RoleCommand::Delete(a) => {
            let name = one(
                &a.args,
                "role delete command requires role name as its argument",
            )?;
            let client = g.connect().await?;
            let req = client.request(AuthRoleDeleteRequest { role: name.clone() });
            let resp = client.call(client.auth().role_delete(req)).await?;
            let text = format!("Role {name} deleted\n");
            emit(&printer.auth_changed(text.into(), &resp, &resp.header)?)
        }
        RoleCommand::Get(a) => {
            let name = one(
                &a.args,
                "role get command requires role name as its argument",
            )?;
            let client = g.connect().await?;
            let resp = role_get_call(&client, name).await?;
            emit(&printer.role_get(name, &resp)?)
        }
        RoleCommand::List(a) => {
            no_args(&a, "role list command requires no arguments")?;
            let client = g.connect().await?;
            let resp = client
                .call_read(|| {
                    let (mut auth, r) = (client.auth(), client.request(AuthRoleListRequest {}));
                    async move { auth.role_list(r).await }
                })
                .await?;
            emit(&printer.role_list(&resp)?)
        }
        RoleCommand::GrantPermission(a) => grant_permission(g, &a).await,
        RoleCommand::RevokePermission(a) => revoke_permission(g, &a).await,
    }
}

async fn role_get_call(
    client: &Client,
    role: &str,
) -> Result<crate::proto::etcdserverpb::AuthRoleGetResponse, ClientError> {
    client
        .call_read(|| {
            let mut auth = client.auth();
            let r = client.request(AuthRoleGetRequest {
                role: role.to_string(),
            });
            async move { auth.role_get(r).await }
        })
        .await
}

async fn grant_permission(g: &GlobalArgs, a: &GrantArgs) -> Result<(), CliError> {
    let [role, kind, keys @ ..] = a.args.as_slice() else {
        return Err(grant_usage());
    };
    if keys.is_empty() {
        return Err(grant_usage());
    }
    let perm_type = permission_type(kind)?;
    let (key, range_end) = perm_range(keys, a.prefix, a.from_key)?;
    let client = g.connect().await?;
    let req = client.request(AuthRoleGrantPermissionRequest {
        name: role.clone(),
        perm: Some(Permission {
            perm_type: perm_type as i32,
            key: key.into(),
            range_end: range_end.into(),
        }),
    });
    let resp = client
        .call(client.auth().role_grant_permission(req))
        .await?;
    let text = format!("Role {role} updated\n");
    emit(&g.printer().auth_changed(text.into(), &resp, &resp.header)?)
}

fn grant_usage() -> CliError {
    CliError::bad_args(
        "role grant command requires role name, permission type, and key [endkey] as its argument",
    )
}

async fn revoke_permission(g: &GlobalArgs, a: &RevokeArgs) -> Result<(), CliError> {
    let [role, keys @ ..] = a.args.as_slice() else {
        return Err(revoke_usage());
    };
    if keys.is_empty() {
        return Err(revoke_usage());
    }
    let (key, range_end) = perm_range(keys, a.prefix, a.from_key)?;
    let client = g.connect().await?;
    let req = client.request(AuthRoleRevokePermissionRequest {
        role: role.clone(),
        key: key.into(),
        range_end: range_end.clone().into(),
    });
    let resp = client
        .call(client.auth().role_revoke_permission(req))
        .await?;
    // etcdctl shows the key as given (an empty key, not its "\x00").
    let text = revoked_text(role, &keys[0], &range_end);
    emit(&g.printer().auth_changed(text, &resp, &resp.header)?)
}

fn revoke_usage() -> CliError {
    CliError::bad_args(
        "role revoke-permission command requires role name and key [endkey] as its argument",
    )
}

/// etcdctl's line for a revoked permission.
fn revoked_text(role: &str, key: &str, range_end: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    if range_end.is_empty() {
        out.extend_from_slice(format!("Permission of key {key}").as_bytes());
    } else {
        out.extend_from_slice(format!("Permission of range [{key}, ").as_bytes());
        if range_end == [0u8] {
            out.extend_from_slice(b"<open ended>");
        } else {
            out.extend_from_slice(range_end);
            out.push(b')');
        }
    }
    out.extend_from_slice(format!(" is revoked from role {role}\n").as_bytes());
    out
}

/// A permission type as etcdctl reads it: its name in any case.
fn permission_type(s: &str) -> Result<PermType, CliError> {
    PermType::from_str_name(&s.to_uppercase())
        .ok_or_else(|| CliError::bad_args(format!("invalid permission type: {s}")))
}

/// The key and range end of `<key> [endkey]` with `--prefix` or
/// `--from-key`, as etcdctl computes them for permissions. An empty key
/// means every key: "\x00", with the end "\x00" under either flag (an
/// end argument is then ignored, as etcdctl ignores it).
fn perm_range(
    keys: &[String],
    prefix: bool,
    from_key: bool,
) -> Result<(Vec<u8>, Vec<u8>), CliError> {
    let exclusive = || CliError::bad_args("--from-key and --prefix flags are mutually exclusive");
    let key = keys[0].as_bytes();
    if key.is_empty() {
        if prefix && from_key {
            return Err(exclusive());
        }
        let end = if prefix || from_key { vec![0] } else { vec![] };
        return Ok((vec![0], end));
    }
    // In etcdctl's order: an end key is refused before the flags clash.
    let end = match (keys.get(1), prefix, from_key) {
        (None, true, true) => return Err(exclusive()),
        (None, true, false) => prefix_end(key),
        (None, false, true) => vec![0],
        (None, false, false) => vec![],
        (Some(_), true, _) => {
            return Err(CliError::bad_args(
                "unexpected endkey argument with --prefix flag",
            ))
        }
        (Some(_), false, true) => {
            return Err(CliError::bad_args(
                "unexpected endkey argument with --from-key flag",
            ))
        }
        (Some(end), false, false) => end.clone().into_bytes(),
    };
    Ok((key.to_vec(), end))
}

/// The one argument, or etcdctl's complaint.
fn one<'a>(args: &'a [String], usage: &str) -> Result<&'a String, CliError> {
    match args {
        [arg] => Ok(arg),
        _ => Err(CliError::bad_args(usage)),
    }
}

fn no_args(a: &NoArgs, usage: &str) -> Result<(), CliError> {
    if a.args.is_empty() {
        Ok(())
    } else {
        Err(CliError::bad_args(usage))
    }
}

/// A new password, asked for twice as etcdctl asks.
fn ask_new_password(name: &str) -> Result<String, CliError> {
    let first = ask_password(&format!("Password of {name}: "))
        .map_err(|e| CliError::bad_args(format!("failed to ask password: {e}")))?;
    if first.is_empty() {
        return Err(CliError::bad_args("empty password"));
    }
    let again = ask_password(&format!("Type password of {name} again for confirmation: "))
        .map_err(|e| CliError::bad_args(format!("failed to ask password: {e}")))?;
    if first != again {
        return Err(CliError::bad_args("given passwords are different"));
    }
    Ok(first)
}

/// Asks for a password as etcdctl does (its speakeasy library): the
/// prompt on stdout, a line from stdin, not echoed when stdin is a
/// terminal, then a newline; the answer without surrounding white space.
pub fn ask_password(prompt: &str) -> std::io::Result<String> {
    let mut out = std::io::stdout().lock();
    out.write_all(prompt.as_bytes())?;
    out.flush()?;
    let line = read_line_quietly();
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(String::from_utf8_lossy(&line?).trim().to_string())
}

/// One line of stdin, with the terminal's echo off while it is typed.
fn read_line_quietly() -> std::io::Result<Vec<u8>> {
    let stdin = std::io::stdin();
    let saved = if stdin.is_terminal() {
        echo_off()
    } else {
        None
    };
    let mut line = Vec::new();
    let read = stdin.lock().read_until(b'\n', &mut line);
    if let Some(t) = saved {
        // SAFETY: restores the settings tcgetattr gave for this descriptor.
        unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &t) };
    }
    read.map(|_| line)
}

/// Turns the terminal's echo off; the settings to restore, or `None` if
/// they could not be changed (the password then shows, as it would).
fn echo_off() -> Option<libc::termios> {
    let mut t = std::mem::MaybeUninit::<libc::termios>::uninit();
    // SAFETY: tcgetattr fills the struct when it returns 0, checked first.
    let saved = unsafe {
        if libc::tcgetattr(libc::STDIN_FILENO, t.as_mut_ptr()) != 0 {
            return None;
        }
        t.assume_init()
    };
    let mut quiet = saved;
    quiet.c_lflag &= !libc::ECHO;
    // SAFETY: settings from tcgetattr with one flag cleared.
    if unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &quiet) } != 0 {
        return None;
    }
    Some(saved)
}

/// What Go's `fmt.Scanf("%s", &password)` takes from stdin, as etcdctl
/// reads a password with `--interactive=false`: the first word of the
/// first line, after spaces; nothing if the line starts with a newline.
fn scan_word() -> String {
    let mut line = Vec::new();
    if std::io::stdin()
        .lock()
        .read_until(b'\n', &mut line)
        .is_err()
    {
        return String::new();
    }
    first_word(&String::from_utf8_lossy(&line))
}

fn first_word(line: &str) -> String {
    line.trim_start_matches(|c: char| c.is_whitespace() && c != '\n' && c != '\r')
        .split(char::is_whitespace)
        .next()
        .unwrap_or_default()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn permission_ranges_are_etcdctls() {
        let r = |args: &[&str], prefix, from_key| perm_range(&keys(args), prefix, from_key);
        assert_eq!(r(&["/a"], false, false).unwrap(), (b"/a".to_vec(), vec![]));
        assert_eq!(
            r(&["/a", "/c"], false, false).unwrap(),
            (b"/a".to_vec(), b"/c".to_vec())
        );
        assert_eq!(
            r(&["/p/"], true, false).unwrap(),
            (b"/p/".to_vec(), b"/p0".to_vec())
        );
        assert_eq!(r(&["/f"], false, true).unwrap(), (b"/f".to_vec(), vec![0]));
        assert_eq!(r(&[""], false, false).unwrap(), (vec![0], vec![]));
        assert_eq!(r(&["", "b"], true, false).unwrap(), (vec![0], vec![0]));
        assert_eq!(
            r(&["a", "b"], true, false).unwrap_err().message,
            "unexpected endkey argument with --prefix flag"
        );
        assert_eq!(
            r(&["a", "b"], false, true).unwrap_err().message,
            "unexpected endkey argument with --from-key flag"
        );
        assert_eq!(
            r(&["", "b"], true, true).unwrap_err().message,
            "--from-key and --prefix flags are mutually exclusive"
        );
        assert_eq!(
            r(&["a"], true, true).unwrap_err().message,
            "--from-key and --prefix flags are mutually exclusive"
        );
        assert_eq!(
            r(&["a", "b"], true, true).unwrap_err().message,
            "unexpected endkey argument with --prefix flag"
        );
    }

    #[test]
    fn permission_types_ignore_case() {
        assert_eq!(permission_type("READ").unwrap(), PermType::Read);
        assert_eq!(permission_type("readwrite").unwrap(), PermType::Readwrite);
        let e = permission_type("rw").unwrap_err();
        assert_eq!(
            (e.code, e.message.as_str()),
            (128, "invalid permission type: rw")
        );
    }

    #[test]
    fn revocations_read_as_etcdctl_writes_them() {
        let t = |key, end: &[u8]| String::from_utf8(revoked_text("r", key, end)).unwrap();
        assert_eq!(
            t("/a", b""),
            "Permission of key /a is revoked from role r\n"
        );
        assert_eq!(
            t("a", b"b"),
            "Permission of range [a, b) is revoked from role r\n"
        );
        assert_eq!(
            t("", &[0]),
            "Permission of range [, <open ended> is revoked from role r\n"
        );
    }

    #[test]
    fn a_scanned_password_is_the_first_word() {
        assert_eq!(first_word("  tok1 extra\n"), "tok1");
        assert_eq!(first_word("pw"), "pw");
        assert_eq!(first_word("\npw\n"), "");
        assert_eq!(first_word("\r\npw"), "");
        assert_eq!(first_word(""), "");
    }

    #[test]
    fn user_add_takes_the_password_as_etcdctl_does() {
        let add = |args: &[&str], new: &str, no_password| {
            user_add_request(&UserAddArgs {
                args: keys(args),
                interactive: true,
                new_user_password: new.to_string(),
                no_password,
            })
        };
        let r = add(&["alice:se:cret"], "", false).unwrap();
        assert_eq!((r.name.as_str(), r.password.as_str()), ("alice", "se:cret"));
        let r = add(&[":p"], "y", false).unwrap();
        assert_eq!((r.name.as_str(), r.password.as_str()), (":p", "y"));
        let r = add(&["a:b"], "", true).unwrap();
        assert_eq!((r.name.as_str(), r.password.as_str()), ("a:b", ""));
        assert_eq!(r.options, Some(UserAddOptions { no_password: true }));
        assert_eq!(
            add(&[":pw"], "", false).unwrap_err().message,
            "empty user name is not allowed"
        );
        assert_eq!(
            add(&["a", "b"], "", false).unwrap_err().message,
            "user add command requires user name as its argument"
        );
    }
}
