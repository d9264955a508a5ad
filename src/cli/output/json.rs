//! The `json` format: what Go's `encoding/json` makes of etcd's response
//! structs, as etcdctl prints them (zero fields omitted, bytes in base64).

use base64::Engine as _;

use super::gofmt::{duration, json_string};
use super::{EndpointHash, EndpointHealth, EndpointStatus};
use crate::proto::authpb::Permission;
use crate::proto::etcdserverpb::response_op::Response;
use crate::proto::etcdserverpb::{
    AuthRoleGetResponse, AuthRoleListResponse, AuthStatusResponse, AuthUserGetResponse,
    AuthUserListResponse, DeleteRangeResponse, LeaseGrantResponse, LeaseKeepAliveResponse,
    LeaseLeasesResponse, LeaseRevokeResponse, LeaseTimeToLiveResponse, Member, MemberAddResponse,
    MemberListResponse, PutResponse, RangeResponse, ResponseHeader, StatusResponse, TxnResponse,
    WatchResponse,
};
use crate::proto::mvccpb::{Event, KeyValue};

/// Builds one JSON object, leaving out empty fields as `omitempty` does.
#[derive(Default)]
struct Obj(Vec<String>);

impl Obj {
    fn raw(mut self, name: &str, value: String) -> Self {
        self.0.push(format!("{}:{value}", json_string(name)));
        self
    }
    fn num<N: PartialEq + Default + ToString>(self, name: &str, n: N) -> Self {
        if n == N::default() {
            return self;
        }
        self.raw(name, n.to_string())
    }
    fn flag(self, name: &str, b: bool) -> Self {
        if !b {
            return self;
        }
        self.raw(name, "true".into())
    }
    fn bytes(self, name: &str, b: &[u8]) -> Self {
        if b.is_empty() {
            return self;
        }
        let encoded = base64::engine::general_purpose::STANDARD.encode(b);
        self.raw(name, json_string(&encoded))
    }
    fn string(self, name: &str, s: &str) -> Self {
        if s.is_empty() {
            return self;
        }
        self.raw(name, json_string(s))
    }
    fn opt(self, name: &str, v: Option<String>) -> Self {
        match v {
            Some(v) => self.raw(name, v),
            None => self,
        }
    }
    fn list(self, name: &str, items: Vec<String>) -> Self {
        if items.is_empty() {
            return self;
        }
        self.raw(name, format!("[{}]", items.join(",")))
    }
    /// The header's fields inline, as Go prints a struct that embeds it.
    fn header_fields(self, h: &Option<ResponseHeader>) -> Self {
        let h = h.unwrap_or_default();
        self.num("cluster_id", h.cluster_id)
            .num("member_id", h.member_id)
            .num("revision", h.revision)
            .num("raft_term", h.raft_term)
    }
    fn done(self) -> String {
        format!("{{{}}}", self.0.join(","))
    }
}

fn header(h: &Option<ResponseHeader>) -> Option<String> {
    h.as_ref().map(|h| {
        Obj::default()
            .num("cluster_id", h.cluster_id)
            .num("member_id", h.member_id)
            .num("revision", h.revision)
            .num("raft_term", h.raft_term)
            .done()
    })
}

fn kv(k: &KeyValue) -> String {
    Obj::default()
        .bytes("key", &k.key)
        .num("create_revision", k.create_revision)
        .num("mod_revision", k.mod_revision)
        .num("version", k.version)
        .bytes("value", &k.value)
        .num("lease", k.lease)
        .done()
}

pub fn alarm(r: &crate::proto::etcdserverpb::AlarmResponse) -> String {
    let alarms = r
        .alarms
        .iter()
        .map(|a| {
            Obj::default()
                .num("memberID", a.member_id)
                .num("alarm", a.alarm)
                .done()
        })
        .collect();
    Obj::default()
        .opt("header", header(&r.header))
        .list("alarms", alarms)
        .done()
}

pub fn put(r: &PutResponse) -> String {
    Obj::default()
        .opt("header", header(&r.header))
        .opt("prev_kv", r.prev_kv.as_ref().map(kv))
        .done()
}

pub fn get(r: &RangeResponse) -> String {
    Obj::default()
        .opt("header", header(&r.header))
        .list("kvs", r.kvs.iter().map(kv).collect())
        .flag("more", r.more)
        .num("count", r.count)
        .done()
}

pub fn del(r: &DeleteRangeResponse) -> String {
    Obj::default()
        .opt("header", header(&r.header))
        .num("deleted", r.deleted)
        .list("prev_kvs", r.prev_kvs.iter().map(kv).collect())
        .done()
}

pub fn txn(r: &TxnResponse) -> String {
    let responses = r
        .responses
        .iter()
        .map(|op| {
            // Go names a oneof's wrapper by its field name, untagged.
            let inner = match &op.response {
                Some(Response::ResponseRange(g)) => Some(("ResponseRange", get(g))),
                Some(Response::ResponsePut(p)) => Some(("ResponsePut", put(p))),
                Some(Response::ResponseDeleteRange(d)) => Some(("ResponseDeleteRange", del(d))),
                Some(Response::ResponseTxn(t)) => Some(("ResponseTxn", txn(t))),
                None => None,
            };
            let wrapper = inner.map(|(name, body)| Obj::default().raw(name, body).done());
            Obj::default().opt("Response", wrapper).done()
        })
        .collect();
    Obj::default()
        .opt("header", header(&r.header))
        .flag("succeeded", r.succeeded)
        .list("responses", responses)
        .done()
}

/// The fields etcd 3.4's StatusResponse has; newer ones are not printed.
fn status(s: &StatusResponse) -> String {
    Obj::default()
        .opt("header", header(&s.header))
        .string("version", &s.version)
        .num("dbSize", s.db_size)
        .num("leader", s.leader)
        .num("raftIndex", s.raft_index)
        .num("raftTerm", s.raft_term)
        .num("raftAppliedIndex", s.raft_applied_index)
        .list("errors", s.errors.iter().map(|e| json_string(e)).collect())
        .num("dbSizeInUse", s.db_size_in_use)
        .flag("isLearner", s.is_learner)
        .done()
}

pub fn endpoint_status(rows: &[EndpointStatus]) -> String {
    let items: Vec<String> = rows
        .iter()
        .map(|r| {
            Obj::default()
                .raw("Endpoint", json_string(&r.endpoint))
                .raw("Status", status(&r.status))
                .done()
        })
        .collect();
    format!("[{}]\n", items.join(","))
}

pub fn endpoint_health(rows: &[EndpointHealth]) -> String {
    let items: Vec<String> = rows
        .iter()
        .map(|h| {
            Obj::default()
                .raw("endpoint", json_string(&h.endpoint))
                .raw("health", h.healthy.to_string())
                .string("took", &duration(h.took))
                .string("error", &h.error)
                .done()
        })
        .collect();
    format!("[{}]\n", items.join(","))
}

fn member(m: &Member) -> String {
    Obj::default()
        .num("ID", m.id)
        .string("name", &m.name)
        .list(
            "peerURLs",
            m.peer_ur_ls.iter().map(|u| json_string(u)).collect(),
        )
        .list(
            "clientURLs",
            m.client_ur_ls.iter().map(|u| json_string(u)).collect(),
        )
        .flag("isLearner", m.is_learner)
        .done()
}

pub fn member_list(r: &MemberListResponse) -> String {
    Obj::default()
        .opt("header", header(&r.header))
        .list("members", r.members.iter().map(member).collect())
        .done()
}

pub fn member_add(r: &MemberAddResponse) -> String {
    Obj::default()
        .opt("header", header(&r.header))
        .opt("member", r.member.as_ref().map(member))
        .list("members", r.members.iter().map(member).collect())
        .done()
}

/// A response made of a header and the member list (member remove,
/// update and promote).
pub fn members_reply(h: &Option<ResponseHeader>, members: &[Member]) -> String {
    Obj::default()
        .opt("header", header(h))
        .list("members", members.iter().map(member).collect())
        .done()
}

pub fn lease_grant(r: &LeaseGrantResponse) -> String {
    Obj::default()
        .header_fields(&r.header)
        .raw("ID", r.id.to_string())
        .raw("TTL", r.ttl.to_string())
        .raw("Error", json_string(&r.error))
        .done()
}

pub fn lease_revoke(r: &LeaseRevokeResponse) -> String {
    Obj::default().opt("header", header(&r.header)).done()
}

pub fn lease_time_to_live(r: &LeaseTimeToLiveResponse) -> String {
    let keys = if r.keys.is_empty() {
        "null".to_string()
    } else {
        let items: Vec<String> = r
            .keys
            .iter()
            .map(|k| json_string(&base64::engine::general_purpose::STANDARD.encode(k)))
            .collect();
        format!("[{}]", items.join(","))
    };
    Obj::default()
        .header_fields(&r.header)
        .raw("id", r.id.to_string())
        .raw("ttl", r.ttl.to_string())
        .raw("granted-ttl", r.granted_ttl.to_string())
        .raw("keys", keys)
        .done()
}

pub fn lease_list(r: &LeaseLeasesResponse) -> String {
    let leases: Vec<String> = r
        .leases
        .iter()
        .map(|l| Obj::default().raw("id", l.id.to_string()).done())
        .collect();
    Obj::default()
        .header_fields(&r.header)
        .raw("leases", format!("[{}]", leases.join(",")))
        .done()
}

pub fn keep_alive(r: &LeaseKeepAliveResponse) -> String {
    Obj::default()
        .header_fields(&r.header)
        .raw("ID", r.id.to_string())
        .raw("TTL", r.ttl.to_string())
        .done()
}

fn event(e: &Event) -> String {
    Obj::default()
        .num("type", e.r#type)
        .opt("kv", e.kv.as_ref().map(kv))
        .opt("prev_kv", e.prev_kv.as_ref().map(kv))
        .done()
}

/// etcd's client-side watch response: the header by value, and every
/// field written even when empty.
pub fn watch(r: &WatchResponse) -> String {
    let events = if r.events.is_empty() {
        "null".to_string()
    } else {
        format!(
            "[{}]",
            r.events.iter().map(event).collect::<Vec<_>>().join(",")
        )
    };
    Obj::default()
        .raw(
            "Header",
            header(&Some(r.header.unwrap_or_default())).unwrap_or_default(),
        )
        .raw("Events", events)
        .raw("CompactRevision", r.compact_revision.to_string())
        .raw("Canceled", r.canceled.to_string())
        .raw("Created", r.created.to_string())
        .done()
}

pub fn endpoint_hashkv(rows: &[EndpointHash]) -> String {
    let items: Vec<String> = rows
        .iter()
        .map(|r| {
            // etcd 3.4's HashKVResponse fields only.
            let h = &r.hash;
            let body = Obj::default()
                .opt("header", header(&h.header))
                .num("hash", h.hash)
                .num("compact_revision", h.compact_revision)
                .done();
            Obj::default()
                .raw("Endpoint", json_string(&r.endpoint))
                .raw("HashKV", body)
                .done()
        })
        .collect();
    format!("[{}]\n", items.join(","))
}

pub fn move_leader(r: &crate::proto::etcdserverpb::MoveLeaderResponse) -> String {
    Obj::default().opt("header", header(&r.header)).done()
}

/// A response whose only field is its header (most auth responses).
pub fn header_only(h: &Option<ResponseHeader>) -> String {
    Obj::default().opt("header", header(h)).done()
}

fn strings(items: &[String]) -> Vec<String> {
    items.iter().map(|s| json_string(s)).collect()
}

pub fn user_get(r: &AuthUserGetResponse) -> String {
    Obj::default()
        .opt("header", header(&r.header))
        .list("roles", strings(&r.roles))
        .done()
}

pub fn user_list(r: &AuthUserListResponse) -> String {
    Obj::default()
        .opt("header", header(&r.header))
        .list("users", strings(&r.users))
        .done()
}

pub fn role_list(r: &AuthRoleListResponse) -> String {
    Obj::default()
        .opt("header", header(&r.header))
        .list("roles", strings(&r.roles))
        .done()
}

fn permission(p: &Permission) -> String {
    Obj::default()
        .num("permType", p.perm_type)
        .bytes("key", &p.key)
        .bytes("range_end", &p.range_end)
        .done()
}

pub fn role_get(r: &AuthRoleGetResponse) -> String {
    Obj::default()
        .opt("header", header(&r.header))
        .list("perm", r.perm.iter().map(permission).collect())
        .done()
}

pub fn auth_status(r: &AuthStatusResponse) -> String {
    Obj::default()
        .opt("header", header(&r.header))
        .flag("enabled", r.enabled)
        .num("authRevision", r.auth_revision)
        .done()
}
