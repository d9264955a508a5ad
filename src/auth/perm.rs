//! etcd's key permissions: whether a user's roles cover a key or a range.
//! A permission with no range end covers its key alone; one with a range
//! end covers [key, range_end), where the end `\0` means "every key from
//! key on". READWRITE counts as both READ and WRITE, and the permissions
//! of all the user's roles add up: a range is covered when the union of
//! their ranges covers it, a single key when one range or key holds it.
//! The role `root` may do everything.

use crate::proto::authpb::permission::Type;
use crate::proto::authpb::{Permission, Role, User};

/// The role that may do everything.
pub const ROOT: &str = "root";

/// What a request does with a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

impl Access {
    /// An unknown permission type allows nothing.
    fn allowed_by(self, perm: &Permission) -> bool {
        match Type::try_from(perm.perm_type) {
            Ok(Type::Readwrite) => true,
            Ok(Type::Read) => self == Access::Read,
            Ok(Type::Write) => self == Access::Write,
            Err(_) => false,
        }
    }
}

/// Whether `user` has the root role.
pub fn is_root(user: &User) -> bool {
    user.roles.iter().any(|r| r == ROOT)
}

/// A range end of `\0`, on a permission or a request, means no end.
fn end_of(range_end: &[u8]) -> Option<&[u8]> {
    (range_end != [0]).then_some(range_end)
}

/// Whether `roles` (the user's, as stored) allow `access` to `key` alone
/// (`range_end` empty) or to [key, range_end).
pub fn covers(roles: &[Role], key: &[u8], range_end: &[u8], access: Access) -> bool {
    let perms = roles
        .iter()
        .flat_map(|r| &r.key_permission)
        .filter(|p| access.allowed_by(p));
    if range_end.is_empty() {
        return perms.into_iter().any(|p| holds_key(p, key));
    }
    // Ranges only: a single-key permission does not cover a range.
    let mut spans: Vec<(&[u8], Option<&[u8]>)> = perms
        .filter(|p| !p.range_end.is_empty())
        .map(|p| (&p.key[..], end_of(&p.range_end)))
        .collect();
    spans.sort_by(|a, b| a.0.cmp(b.0));
    covered(&spans, key, end_of(range_end))
}

fn holds_key(p: &Permission, key: &[u8]) -> bool {
    if p.range_end.is_empty() {
        return p.key == key;
    }
    key >= &p.key[..] && end_of(&p.range_end).is_none_or(|end| key < end)
}

/// Whether `spans` (sorted by start; `None` ends are unbounded) cover
/// [from, to) with no gap.
fn covered(spans: &[(&[u8], Option<&[u8]>)], from: &[u8], to: Option<&[u8]>) -> bool {
    let mut reached: Vec<u8> = from.to_vec();
    for (start, end) in spans {
        if *start > &reached[..] {
            break;
        }
        match end {
            None => return true,
            Some(end) if *end > &reached[..] => reached = end.to_vec(),
            Some(_) => {}
        }
        if to.is_some_and(|to| &reached[..] >= to) {
            return true;
        }
    }
    to.is_some_and(|to| &reached[..] >= to)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn perm(t: Type, key: &str, end: &str) -> Permission {
        Permission {
            perm_type: t as i32,
            key: key.as_bytes().to_vec().into(),
            range_end: end.as_bytes().to_vec().into(),
        }
    }

    fn role(perms: Vec<Permission>) -> Role {
        Role {
            name: b"r".to_vec().into(),
            key_permission: perms,
        }
    }

    #[test]
    fn a_single_key_permission_covers_that_key_only() {
        let roles = [role(vec![perm(Type::Read, "a", "")])];
        assert!(covers(&roles, b"a", b"", Access::Read));
        assert!(!covers(&roles, b"ab", b"", Access::Read));
        assert!(!covers(&roles, b"a", b"", Access::Write));
        assert!(
            !covers(&roles, b"a", b"b", Access::Read),
            "a range needs a range"
        );
    }

    #[test]
    fn readwrite_counts_as_both() {
        let roles = [role(vec![perm(Type::Readwrite, "k", "")])];
        assert!(covers(&roles, b"k", b"", Access::Read));
        assert!(covers(&roles, b"k", b"", Access::Write));
    }

    #[test]
    fn ranges_of_several_roles_add_up_without_gaps() {
        let roles = [
            role(vec![perm(Type::Read, "a", "c")]),
            role(vec![perm(Type::Readwrite, "c", "e")]),
        ];
        assert!(covers(&roles, b"a", b"e", Access::Read));
        assert!(covers(&roles, b"b", b"d", Access::Read));
        assert!(!covers(&roles, b"a", b"f", Access::Read));
        assert!(!covers(&roles, b"a", b"d", Access::Write));
        let gap = [role(vec![
            perm(Type::Read, "a", "b"),
            perm(Type::Read, "c", "d"),
        ])];
        assert!(!covers(&gap, b"a", b"d", Access::Read));
    }

    #[test]
    fn a_zero_end_means_every_key_from_the_start_on() {
        let roles = [role(vec![perm(Type::Write, "m", "\0")])];
        assert!(covers(&roles, b"zzz", b"", Access::Write));
        assert!(covers(&roles, b"m", b"\0", Access::Write));
        assert!(covers(&roles, b"n", b"q", Access::Write));
        assert!(!covers(&roles, b"a", b"\0", Access::Write));
        let bounded = [role(vec![perm(Type::Write, "m", "p")])];
        assert!(!covers(&bounded, b"m", b"\0", Access::Write));
    }

    #[test]
    fn an_empty_range_start_is_the_first_key() {
        let all = [role(vec![perm(Type::Read, "\0", "\0")])];
        assert!(covers(&all, b"\0", b"\0", Access::Read));
        assert!(covers(&all, b"anything", b"", Access::Read));
    }
}
