//! The `simple` format: etcdctl's plain lines.

use std::fmt::Write as _;

use super::gofmt::{duration, humanize_bytes};
use super::{EndpointHash, EndpointHealth, EndpointStatus, Printer};
use crate::proto::authpb::permission::Type as PermType;
use crate::proto::authpb::Permission;
use crate::proto::etcdserverpb::response_op::Response;
use crate::proto::etcdserverpb::{
    AuthRoleGetResponse, AuthRoleListResponse, AuthStatusResponse, AuthUserGetResponse,
    DeleteRangeResponse, LeaseGrantResponse, LeaseKeepAliveResponse, LeaseLeasesResponse,
    LeaseTimeToLiveResponse, MemberListResponse, PutResponse, RangeResponse, TxnResponse,
    WatchResponse,
};
use crate::proto::mvccpb::KeyValue;
use crate::store::keys::prefix_end;

/// etcdctl's `--hex`: every byte as `\xNN`.
fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("\\x{x:02x}")).collect()
}

fn kv(p: &Printer, out: &mut String, kv: &KeyValue) {
    let show = |b: &[u8]| {
        if p.hex {
            hex(b)
        } else {
            String::from_utf8_lossy(b).into_owned()
        }
    };
    if !p.value_only {
        let _ = writeln!(out, "{}", show(&kv.key));
    }
    let _ = writeln!(out, "{}", show(&kv.value));
}

pub fn put(p: &Printer, r: &PutResponse) -> String {
    let mut out = String::from("OK\n");
    if let Some(prev) = &r.prev_kv {
        kv(p, &mut out, prev);
    }
    out
}

pub fn get(p: &Printer, r: &RangeResponse) -> String {
    let mut out = String::new();
    for k in &r.kvs {
        kv(p, &mut out, k);
    }
    out
}

pub fn del(p: &Printer, r: &DeleteRangeResponse) -> String {
    let mut out = format!("{}\n", r.deleted);
    for k in &r.prev_kvs {
        kv(p, &mut out, k);
    }
    out
}

pub fn txn(p: &Printer, r: &TxnResponse) -> String {
    let mut out = String::from(if r.succeeded {
        "SUCCESS\n"
    } else {
        "FAILURE\n"
    });
    for op in &r.responses {
        out.push('\n');
        match &op.response {
            Some(Response::ResponseDeleteRange(d)) => out.push_str(&del(p, d)),
            Some(Response::ResponsePut(x)) => out.push_str(&put(p, x)),
            Some(Response::ResponseRange(g)) => out.push_str(&get(p, g)),
            Some(Response::ResponseTxn(_)) | None => {
                let _ = writeln!(out, "unexpected response {op:?}");
            }
        }
    }
    out
}

/// The cells of `endpoint status`, shared with the table format.
pub fn status_cells(s: &EndpointStatus) -> Vec<String> {
    let r = &s.status;
    let member = r.header.as_ref().map(|h| h.member_id).unwrap_or(0);
    vec![
        s.endpoint.clone(),
        format!("{member:x}"),
        r.version.clone(),
        humanize_bytes(r.db_size.max(0) as u64),
        (r.leader == member).to_string(),
        r.is_learner.to_string(),
        r.raft_term.to_string(),
        r.raft_index.to_string(),
        r.raft_applied_index.to_string(),
        r.errors.join(", "),
    ]
}

pub fn endpoint_status(rows: &[EndpointStatus]) -> String {
    rows.iter()
        .map(|s| status_cells(s).join(", ") + "\n")
        .collect()
}

pub fn endpoint_health(rows: &[EndpointHealth]) -> (String, String) {
    let (mut out, mut err) = (String::new(), String::new());
    for h in rows {
        if h.error.is_empty() {
            let _ = writeln!(
                out,
                "{} is healthy: successfully committed proposal: took = {}",
                h.endpoint,
                duration(h.took)
            );
        } else {
            let _ = writeln!(
                err,
                "{} is unhealthy: failed to commit proposal: {}",
                h.endpoint, h.error
            );
        }
    }
    (out, err)
}

/// `member add`: the new member's ID, then the settings that start it,
/// its name given to the member etcd does not know by name yet.
pub fn member_add(name: &str, r: &crate::proto::etcdserverpb::MemberAddResponse) -> String {
    let id = r.member.as_ref().map(|m| m.id).unwrap_or(0);
    let cluster = r.header.as_ref().map(|h| h.cluster_id).unwrap_or(0);
    let mut initial = Vec::new();
    for m in &r.members {
        let member_name = if m.id == id { name } else { &m.name };
        for url in &m.peer_ur_ls {
            initial.push(format!("{member_name}={url}"));
        }
    }
    let peer_urls = r
        .member
        .as_ref()
        .map(|m| m.peer_ur_ls.join(","))
        .unwrap_or_default();
    format!(
        "Member {id:16x} added to cluster {cluster:16x}\n\n\
         ETCD_NAME={}\n\
         ETCD_INITIAL_CLUSTER={}\n\
         ETCD_INITIAL_ADVERTISE_PEER_URLS={}\n\
         ETCD_INITIAL_CLUSTER_STATE=\"existing\"\n",
        super::gofmt::quote(name.as_bytes()),
        super::gofmt::quote(initial.join(",").as_bytes()),
        super::gofmt::quote(peer_urls.as_bytes()),
    )
}

/// The cells of one member, shared with the table format.
pub fn member_cells(m: &crate::proto::etcdserverpb::Member) -> Vec<String> {
    vec![
        format!("{:x}", m.id),
        if m.name.is_empty() {
            "unstarted"
        } else {
            "started"
        }
        .to_string(),
        m.name.clone(),
        m.peer_ur_ls.join(","),
        m.client_ur_ls.join(","),
        m.is_learner.to_string(),
    ]
}

pub fn member_list(_: &Printer, r: &MemberListResponse) -> String {
    r.members
        .iter()
        .map(|m| member_cells(m).join(", ") + "\n")
        .collect()
}

pub fn lease_grant(_: &Printer, r: &LeaseGrantResponse) -> String {
    format!("lease {:016x} granted with TTL({}s)\n", r.id, r.ttl)
}

pub fn lease_time_to_live(r: &LeaseTimeToLiveResponse, keys: bool) -> String {
    if r.granted_ttl == 0 && r.ttl == -1 {
        return format!("lease {:016x} already expired\n", r.id);
    }
    let mut text = format!(
        "lease {:016x} granted with TTL({}s), remaining({}s)",
        r.id, r.granted_ttl, r.ttl
    );
    if keys {
        let names: Vec<String> = r
            .keys
            .iter()
            .map(|k| String::from_utf8_lossy(k).into_owned())
            .collect();
        let _ = write!(text, ", attached keys([{}])", names.join(" "));
    }
    text + "\n"
}

pub fn lease_list(_: &Printer, r: &LeaseLeasesResponse) -> String {
    let mut out = format!("found {} leases\n", r.leases.len());
    for l in &r.leases {
        let _ = writeln!(out, "{:016x}", l.id);
    }
    out
}

pub fn keep_alive(_: &Printer, r: &LeaseKeepAliveResponse) -> String {
    format!("lease {:016x} keepalived with TTL({})\n", r.id, r.ttl)
}

/// etcd's name of an event type.
pub fn event_type(t: i32) -> &'static str {
    if t == 1 {
        "DELETE"
    } else {
        "PUT"
    }
}

pub fn watch(p: &Printer, r: &WatchResponse) -> String {
    let mut out = String::new();
    for e in &r.events {
        let _ = writeln!(out, "{}", event_type(e.r#type));
        if let Some(prev) = &e.prev_kv {
            kv(p, &mut out, prev);
        }
        kv(p, &mut out, &e.kv.clone().unwrap_or_default());
    }
    out
}

pub fn endpoint_hashkv(rows: &[EndpointHash]) -> String {
    rows.iter()
        .map(|r| format!("{}, {}\n", r.endpoint, r.hash.hash))
        .collect()
}

/// One name a line (`user list`, `role list`).
pub fn names(list: &[String]) -> String {
    list.iter().map(|n| format!("{n}\n")).collect()
}

pub fn role_list(_: &Printer, r: &AuthRoleListResponse) -> String {
    names(&r.roles)
}

pub fn user_get(name: &str, r: &AuthUserGetResponse) -> String {
    let mut out = format!("User: {name}\nRoles:");
    for role in &r.roles {
        let _ = write!(out, " {role}");
    }
    out + "\n"
}

/// `role get`: what the role may read, then what it may write. Bytes, as
/// etcdctl prints keys as they are.
pub fn role_get(name: &str, r: &AuthRoleGetResponse) -> Vec<u8> {
    let may = |p: &Permission, t: PermType| p.perm_type == t as i32;
    let mut out = format!("Role {name}\nKV Read:\n").into_bytes();
    for p in &r.perm {
        if may(p, PermType::Read) || may(p, PermType::Readwrite) {
            permission(&mut out, p);
        }
    }
    out.extend_from_slice(b"KV Write:\n");
    for p in &r.perm {
        if may(p, PermType::Write) || may(p, PermType::Readwrite) {
            permission(&mut out, p);
        }
    }
    out
}

/// One permission's keys as etcdctl shows them: a key, `[key, end)`, or
/// `[key, <open ended>` (sic) for a zero end; a range that is a prefix's
/// says so.
fn permission(out: &mut Vec<u8>, p: &Permission) {
    out.push(b'\t');
    if p.range_end.is_empty() {
        out.extend_from_slice(&p.key);
        out.push(b'\n');
        return;
    }
    out.push(b'[');
    out.extend_from_slice(&p.key);
    if p.range_end[..] == [0u8] {
        out.extend_from_slice(b", <open ended>");
    } else {
        out.extend_from_slice(b", ");
        out.extend_from_slice(&p.range_end);
        out.push(b')');
    }
    if prefix_end(&p.key) == p.range_end[..] {
        out.extend_from_slice(b" (prefix ");
        out.extend_from_slice(&p.key);
        out.push(b')');
    }
    out.push(b'\n');
}

pub fn auth_status(r: &AuthStatusResponse) -> String {
    format!(
        "Authentication Status: {}\nAuthRevision: {}\n",
        r.enabled, r.auth_revision
    )
}
