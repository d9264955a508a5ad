//! Users, roles and the auth switch as stored, in the `auth` table: they
//! change only by applying Raft entries, so every member holds the same.
//! Keys: `enabled` (1 byte), `revision` (8 bytes BE), `user/NAME` ->
//! `authpb::User` (password as its bcrypt hash), `role/NAME` ->
//! `authpb::Role`.

use prost::Message as _;

use super::error::{Result, StorageError};
use super::{View, WriteTxn};
use crate::proto::authpb::{Role, User};

/// The longest user or role name: names are LMDB keys here, and LMDB's
/// keys are short (1982 bytes with 4 KiB pages). Applying refuses longer
/// names; looking one up finds nothing.
pub const MAX_AUTH_NAME: usize = 1024;

const ENABLED: &[u8] = b"enabled";
const REVISION: &[u8] = b"revision";
const USER: &[u8] = b"user/";
const ROLE: &[u8] = b"role/";

fn named(prefix: &[u8], name: &[u8]) -> Vec<u8> {
    [prefix, name].concat()
}

impl View<'_> {
    /// Whether auth is enabled.
    pub fn auth_enabled(&self) -> Result<bool> {
        Ok(self.dbs.auth.get(self.txn, ENABLED)? == Some(&[1][..]))
    }

    /// The auth revision: bumped by every change to users, roles or the
    /// switch (0 before the first).
    pub fn auth_revision(&self) -> Result<u64> {
        match self.dbs.auth.get(self.txn, REVISION)? {
            Some(v) => {
                Ok(u64::from_be_bytes(v.try_into().map_err(|_| {
                    StorageError::corrupt("auth revision", "not 8 bytes")
                })?))
            }
            None => Ok(0),
        }
    }

    /// The user called `name`.
    pub fn user(&self, name: &[u8]) -> Result<Option<User>> {
        if name.len() > MAX_AUTH_NAME {
            return Ok(None);
        }
        self.dbs
            .auth
            .get(self.txn, &named(USER, name))?
            .map(|v| User::decode(v).map_err(|e| StorageError::corrupt("user", e)))
            .transpose()
    }

    /// The role called `name`.
    pub fn role(&self, name: &[u8]) -> Result<Option<Role>> {
        if name.len() > MAX_AUTH_NAME {
            return Ok(None);
        }
        self.dbs
            .auth
            .get(self.txn, &named(ROLE, name))?
            .map(|v| Role::decode(v).map_err(|e| StorageError::corrupt("role", e)))
            .transpose()
    }

    /// Every user, by name.
    pub fn users(&self) -> Result<Vec<User>> {
        let mut out = Vec::new();
        for item in self.dbs.auth.prefix_iter(self.txn, USER)? {
            out.push(User::decode(item?.1).map_err(|e| StorageError::corrupt("user", e))?);
        }
        Ok(out)
    }

    /// Every role, by name.
    pub fn roles(&self) -> Result<Vec<Role>> {
        let mut out = Vec::new();
        for item in self.dbs.auth.prefix_iter(self.txn, ROLE)? {
            out.push(Role::decode(item?.1).map_err(|e| StorageError::corrupt("role", e))?);
        }
        Ok(out)
    }
}

impl WriteTxn<'_> {
    /// Turns auth on or off.
    pub fn set_auth_enabled(&mut self, on: bool) -> Result<()> {
        self.dbs.auth.put(&mut self.txn, ENABLED, &[on as u8])?;
        Ok(())
    }

    /// Bumps the auth revision; returns the new one.
    pub fn bump_auth_revision(&mut self) -> Result<u64> {
        let next = self.view().auth_revision()? + 1;
        self.dbs
            .auth
            .put(&mut self.txn, REVISION, &next.to_be_bytes())?;
        Ok(next)
    }

    /// Sets the auth revision (an imported etcd auth store keeps its own).
    pub(super) fn set_auth_revision(&mut self, revision: u64) -> Result<()> {
        self.dbs
            .auth
            .put(&mut self.txn, REVISION, &revision.to_be_bytes())?;
        Ok(())
    }

    /// Stores `user` under its name.
    pub fn put_user(&mut self, user: &User) -> Result<()> {
        self.dbs.auth.put(
            &mut self.txn,
            &named(USER, &user.name),
            &user.encode_to_vec(),
        )?;
        Ok(())
    }

    /// Removes the user called `name`.
    pub fn delete_user(&mut self, name: &[u8]) -> Result<bool> {
        if name.len() > MAX_AUTH_NAME {
            return Ok(false);
        }
        Ok(self.dbs.auth.delete(&mut self.txn, &named(USER, name))?)
    }

    /// Stores `role` under its name.
    pub fn put_role(&mut self, role: &Role) -> Result<()> {
        self.dbs.auth.put(
            &mut self.txn,
            &named(ROLE, &role.name),
            &role.encode_to_vec(),
        )?;
        Ok(())
    }

    /// Removes the role called `name`.
    pub fn delete_role(&mut self, name: &[u8]) -> Result<bool> {
        if name.len() > MAX_AUTH_NAME {
            return Ok(false);
        }
        Ok(self.dbs.auth.delete(&mut self.txn, &named(ROLE, name))?)
    }
}
