//! The `fields` format: one `"Name" : value` line per field, as etcdctl.

use std::fmt::Write as _;

use super::gofmt::{duration, quote};
use super::{EndpointHash, EndpointHealth, EndpointStatus};
use crate::proto::authpb::permission::Type as PermType;
use crate::proto::etcdserverpb::response_op::Response;
use crate::proto::etcdserverpb::{
    AuthRoleGetResponse, AuthRoleListResponse, DeleteRangeResponse, LeaseGrantResponse,
    LeaseKeepAliveResponse, LeaseLeasesResponse, LeaseRevokeResponse, LeaseTimeToLiveResponse,
    MemberListResponse, PutResponse, RangeResponse, ResponseHeader, TxnResponse, WatchResponse,
};
use crate::proto::mvccpb::KeyValue;

fn header(out: &mut String, h: &Option<ResponseHeader>) {
    let h = h.unwrap_or_default();
    let _ = writeln!(out, "\"ClusterID\" : {}", h.cluster_id);
    let _ = writeln!(out, "\"MemberID\" : {}", h.member_id);
    let _ = writeln!(out, "\"Revision\" : {}", h.revision);
    let _ = writeln!(out, "\"RaftTerm\" : {}", h.raft_term);
}

fn kv(out: &mut String, prefix: &str, k: &KeyValue) {
    let _ = writeln!(out, "\"{prefix}Key\" : {}", quote(&k.key));
    let _ = writeln!(out, "\"{prefix}CreateRevision\" : {}", k.create_revision);
    let _ = writeln!(out, "\"{prefix}ModRevision\" : {}", k.mod_revision);
    let _ = writeln!(out, "\"{prefix}Version\" : {}", k.version);
    let _ = writeln!(out, "\"{prefix}Value\" : {}", quote(&k.value));
    let _ = writeln!(out, "\"{prefix}Lease\" : {}", k.lease);
}

pub fn put(r: &PutResponse) -> String {
    let mut out = String::new();
    header(&mut out, &r.header);
    if let Some(prev) = &r.prev_kv {
        kv(&mut out, "Prev", prev);
    }
    out
}

pub fn get(r: &RangeResponse) -> String {
    let mut out = String::new();
    header(&mut out, &r.header);
    for k in &r.kvs {
        kv(&mut out, "", k);
    }
    let _ = writeln!(out, "\"More\" : {}", r.more);
    let _ = writeln!(out, "\"Count\" : {}", r.count);
    out
}

pub fn del(r: &DeleteRangeResponse) -> String {
    let mut out = String::new();
    header(&mut out, &r.header);
    let _ = writeln!(out, "\"Deleted\" : {}", r.deleted);
    for k in &r.prev_kvs {
        kv(&mut out, "Prev", k);
    }
    out
}

pub fn txn(r: &TxnResponse) -> String {
    let mut out = String::new();
    header(&mut out, &r.header);
    let _ = writeln!(out, "\"Succeeded\" : {}", r.succeeded);
    for op in &r.responses {
        match &op.response {
            Some(Response::ResponseDeleteRange(d)) => out.push_str(&del(d)),
            Some(Response::ResponsePut(p)) => out.push_str(&put(p)),
            Some(Response::ResponseRange(g)) => out.push_str(&get(g)),
            Some(Response::ResponseTxn(_)) | None => {
                let _ = writeln!(out, "\"Unknown\" : {}", quote(format!("{op:?}").as_bytes()));
            }
        }
    }
    out
}

/// Go's `fmt.Println` of a `[]string`: `[a b]`.
fn go_list(items: &[String]) -> String {
    format!("[{}]", items.join(" "))
}

pub fn endpoint_status(rows: &[EndpointStatus]) -> String {
    let mut out = String::new();
    for r in rows {
        let s = &r.status;
        header(&mut out, &s.header);
        let _ = writeln!(out, "\"Version\" : {}", quote(s.version.as_bytes()));
        let _ = writeln!(out, "\"DBSize\" : {}", s.db_size);
        let _ = writeln!(out, "\"Leader\" : {}", s.leader);
        let _ = writeln!(out, "\"IsLearner\" : {}", s.is_learner);
        let _ = writeln!(out, "\"RaftIndex\" : {}", s.raft_index);
        let _ = writeln!(out, "\"RaftTerm\" : {}", s.raft_term);
        let _ = writeln!(out, "\"RaftAppliedIndex\" : {}", s.raft_applied_index);
        let _ = writeln!(out, "\"Errors\" : {}", go_list(&s.errors));
        let _ = writeln!(out, "\"Endpoint\" : {}", quote(r.endpoint.as_bytes()));
        out.push('\n');
    }
    out
}

pub fn endpoint_health(rows: &[EndpointHealth]) -> String {
    let mut out = String::new();
    for h in rows {
        let _ = writeln!(out, "\"Endpoint\" : {}", quote(h.endpoint.as_bytes()));
        let _ = writeln!(out, "\"Health\" : {}", h.healthy);
        let _ = writeln!(out, "\"Took\" : {}", duration(h.took));
        let _ = writeln!(out, "\"Error\" : {}", h.error);
        out.push('\n');
    }
    out
}

pub fn member_list(r: &MemberListResponse) -> String {
    let mut out = String::new();
    header(&mut out, &r.header);
    for m in &r.members {
        let _ = writeln!(out, "\"ID\" : {}", m.id);
        let _ = writeln!(out, "\"Name\" : {}", quote(m.name.as_bytes()));
        for u in &m.peer_ur_ls {
            let _ = writeln!(out, "\"PeerURL\" : {}", quote(u.as_bytes()));
        }
        for u in &m.client_ur_ls {
            let _ = writeln!(out, "\"ClientURL\" : {}", quote(u.as_bytes()));
        }
        let _ = writeln!(out, "\"IsLearner\" : {}", m.is_learner);
        out.push('\n');
    }
    out
}

pub fn lease_grant(r: &LeaseGrantResponse) -> String {
    let mut out = String::new();
    header(&mut out, &r.header);
    let _ = writeln!(out, "\"ID\" : {}", r.id);
    let _ = writeln!(out, "\"TTL\" : {}", r.ttl);
    out
}

pub fn lease_revoke(r: &LeaseRevokeResponse) -> String {
    let mut out = String::new();
    header(&mut out, &r.header);
    out
}

pub fn lease_time_to_live(r: &LeaseTimeToLiveResponse) -> String {
    let mut out = String::new();
    header(&mut out, &r.header);
    let _ = writeln!(out, "\"ID\" : {}", r.id);
    let _ = writeln!(out, "\"TTL\" : {}", r.ttl);
    let _ = writeln!(out, "\"GrantedTTL\" : {}", r.granted_ttl);
    for k in &r.keys {
        let _ = writeln!(out, "\"Key\" : {}", quote(k));
    }
    out
}

pub fn lease_list(r: &LeaseLeasesResponse) -> String {
    let mut out = String::new();
    header(&mut out, &r.header);
    for l in &r.leases {
        let _ = writeln!(out, "\"ID\" : {}", l.id);
    }
    out
}

pub fn keep_alive(r: &LeaseKeepAliveResponse) -> String {
    let mut out = String::new();
    header(&mut out, &r.header);
    let _ = writeln!(out, "\"ID\" : {}", r.id);
    let _ = writeln!(out, "\"TTL\" : {}", r.ttl);
    out
}

pub fn watch(r: &WatchResponse) -> String {
    let mut out = String::new();
    header(&mut out, &r.header);
    for e in &r.events {
        let _ = writeln!(out, "\"Type\" : {}", super::simple::event_type(e.r#type));
        if let Some(prev) = &e.prev_kv {
            kv(&mut out, "Prev", prev);
        }
        kv(&mut out, "", &e.kv.clone().unwrap_or_default());
    }
    out
}

pub fn endpoint_hashkv(rows: &[EndpointHash]) -> String {
    let mut out = String::new();
    for r in rows {
        header(&mut out, &r.hash.header);
        let _ = writeln!(out, "\"Endpoint\" : {}", quote(r.endpoint.as_bytes()));
        let _ = writeln!(out, "\"Hash\" : {}", r.hash.hash);
        out.push('\n');
    }
    out
}

pub fn move_leader(r: &crate::proto::etcdserverpb::MoveLeaderResponse) -> String {
    let mut out = String::new();
    header(&mut out, &r.header);
    out
}

/// A response whose only field is its header (most auth responses).
pub fn header_only(h: &Option<ResponseHeader>) -> String {
    let mut out = String::new();
    header(&mut out, h);
    out
}

/// Go's name of a permission type: its number when unknown.
fn perm_type(t: i32) -> String {
    PermType::try_from(t)
        .map(|t| t.as_str_name().to_string())
        .unwrap_or_else(|_| t.to_string())
}

pub fn role_get(r: &AuthRoleGetResponse) -> String {
    let mut out = String::new();
    header(&mut out, &r.header);
    for p in &r.perm {
        // etcdctl's Println puts a space after the label's own.
        let _ = writeln!(out, "\"PermType\" :  {}", perm_type(p.perm_type));
        let _ = writeln!(out, "\"Key\" : {}", quote(&p.key));
        let _ = writeln!(out, "\"RangeEnd\" : {}", quote(&p.range_end));
    }
    out
}

pub fn role_list(r: &AuthRoleListResponse) -> String {
    let mut out = String::new();
    header(&mut out, &r.header);
    out.push_str("\"Roles\" :");
    for role in &r.roles {
        let _ = write!(out, " {}", quote(role.as_bytes()));
    }
    out + "\n"
}
