//! Printers for command results, one module per `--write-out` format.
//! `simple`, `json`, `fields` and `protobuf` are byte-identical to etcdctl
//! 3.4's; `table` is kvd's own (comfy-table).

mod fields;
/// Go's text formats (kept at the crate's root: the client and server use
/// them too).
pub(crate) use crate::gofmt;
mod json;
mod simple;
pub(super) mod table;

use std::time::Duration;

use prost::Message;

use crate::proto::etcdserverpb::{
    AuthRoleGetResponse, AuthRoleListResponse, AuthStatusResponse, AuthUserGetResponse,
    AuthUserListResponse, DeleteRangeResponse, LeaseGrantResponse, LeaseKeepAliveResponse,
    LeaseLeasesResponse, LeaseRevokeResponse, LeaseTimeToLiveResponse, MemberAddResponse,
    MemberListResponse, PutResponse, RangeResponse, ResponseHeader, StatusResponse, TxnResponse,
    WatchResponse,
};

/// An output format, as `-w/--write-out` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Human-readable lines, as etcdctl prints them.
    Simple,
    /// The response as JSON, as etcdctl prints it.
    Json,
    /// One `"Field" : value` line per field, as etcdctl prints them.
    Fields,
    /// The response's protobuf encoding.
    Protobuf,
    /// A table.
    Table,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Format::Simple => "simple",
            Format::Json => "json",
            Format::Fields => "fields",
            Format::Protobuf => "protobuf",
            Format::Table => "table",
        }
    }
}

/// A format that cannot show this result (etcdctl's wording).
#[derive(Debug, thiserror::Error)]
#[error("{0} not supported as output format")]
pub struct Unsupported(&'static str);

/// One endpoint's status, as `endpoint status` shows it.
pub struct EndpointStatus {
    /// The endpoint as given.
    pub endpoint: String,
    /// What it answered.
    pub status: StatusResponse,
}

/// One endpoint's keyspace hash, as `endpoint hashkv` shows it.
pub struct EndpointHash {
    /// The endpoint as given.
    pub endpoint: String,
    /// What it answered.
    pub hash: crate::proto::etcdserverpb::HashKvResponse,
}

/// One endpoint's health, as `endpoint health` shows it.
pub struct EndpointHealth {
    /// The endpoint as given.
    pub endpoint: String,
    /// Whether it committed a read and has no alarm.
    pub healthy: bool,
    /// How long the check took.
    pub took: Duration,
    /// Why it is unhealthy.
    pub error: String,
}

/// Renders results in one format.
#[derive(Debug, Clone, Copy)]
pub struct Printer {
    /// The format.
    pub format: Format,
    /// Keys and values as `\x`-escaped hex (simple format).
    pub hex: bool,
    /// Values only, no keys (simple format).
    pub value_only: bool,
}

type Out = Result<Vec<u8>, Unsupported>;

impl Printer {
    /// A `put` result.
    pub fn put(&self, r: &PutResponse) -> Out {
        self.render(r, simple::put, json::put, fields::put, None)
    }

    /// A `get` result.
    pub fn get(&self, r: &RangeResponse) -> Out {
        self.render(r, simple::get, json::get, fields::get, Some(table::get))
    }

    /// A `del` result.
    pub fn del(&self, r: &DeleteRangeResponse) -> Out {
        self.render(r, simple::del, json::del, fields::del, None)
    }

    /// A `txn` result.
    pub fn txn(&self, r: &TxnResponse) -> Out {
        self.render(r, simple::txn, json::txn, fields::txn, None)
    }

    /// `endpoint status` results.
    pub fn endpoint_status(&self, rows: &[EndpointStatus]) -> Out {
        Ok(match self.format {
            Format::Simple => simple::endpoint_status(rows),
            Format::Json => json::endpoint_status(rows),
            Format::Fields => fields::endpoint_status(rows),
            Format::Table => table::endpoint_status(rows),
            Format::Protobuf => return Err(Unsupported("protobuf")),
        }
        .into_bytes())
    }

    /// `endpoint health` results; the unhealthy ones in simple format go
    /// to stderr, so they are returned apart.
    pub fn endpoint_health(
        &self,
        rows: &[EndpointHealth],
    ) -> Result<(Vec<u8>, String), Unsupported> {
        Ok(match self.format {
            Format::Simple => {
                let (out, err) = simple::endpoint_health(rows);
                (out.into_bytes(), err)
            }
            Format::Json => (json::endpoint_health(rows).into_bytes(), String::new()),
            Format::Fields => (fields::endpoint_health(rows).into_bytes(), String::new()),
            Format::Table => (table::endpoint_health(rows).into_bytes(), String::new()),
            Format::Protobuf => return Err(Unsupported("protobuf")),
        })
    }

    /// `endpoint hashkv` results.
    pub fn endpoint_hashkv(&self, rows: &[EndpointHash]) -> Out {
        Ok(match self.format {
            Format::Simple => simple::endpoint_hashkv(rows),
            Format::Json => json::endpoint_hashkv(rows),
            Format::Fields => fields::endpoint_hashkv(rows),
            Format::Table => table::endpoint_hashkv(rows),
            Format::Protobuf => return Err(Unsupported("protobuf")),
        }
        .into_bytes())
    }

    /// A `member list` result.
    pub fn member_list(&self, r: &MemberListResponse) -> Out {
        self.render(
            r,
            simple::member_list,
            json::member_list,
            fields::member_list,
            Some(table::member_list),
        )
    }

    /// A `member add` result: etcdctl's lines and, in the simple format,
    /// the settings that start the new member (`name` is its name).
    pub fn member_add(&self, name: &str, r: &MemberAddResponse) -> Out {
        match self.format {
            Format::Simple => Ok(simple::member_add(name, r).into_bytes()),
            Format::Json => Ok((json::member_add(r) + "\n").into_bytes()),
            Format::Protobuf => Ok(r.encode_to_vec()),
            Format::Fields | Format::Table => Err(Unsupported(self.format.name())),
        }
    }

    /// The result of `member remove`, `update` or `promote` (`done` says
    /// which: "removed from", "updated in", "promoted in") of member `id`.
    pub fn member_changed<M: Message>(
        &self,
        done: &str,
        id: u64,
        r: &M,
        header: &Option<crate::proto::etcdserverpb::ResponseHeader>,
        members: &[crate::proto::etcdserverpb::Member],
    ) -> Out {
        let cluster = header.as_ref().map(|h| h.cluster_id).unwrap_or(0);
        match self.format {
            Format::Simple => {
                Ok(format!("Member {id:16x} {done} cluster {cluster:16x}\n").into_bytes())
            }
            Format::Json => Ok((json::members_reply(header, members) + "\n").into_bytes()),
            Format::Protobuf => Ok(r.encode_to_vec()),
            Format::Fields | Format::Table => Err(Unsupported(self.format.name())),
        }
    }

    /// An `alarm list|disarm` result: one line per alarm, as Go prints
    /// an `AlarmMember`.
    pub fn alarm(&self, r: &crate::proto::etcdserverpb::AlarmResponse) -> Out {
        use crate::proto::etcdserverpb::AlarmType;
        match self.format {
            Format::Simple => Ok(r
                .alarms
                .iter()
                .map(|a| {
                    let name = AlarmType::try_from(a.alarm).map_or("NONE", |t| t.as_str_name());
                    format!("memberID:{} alarm:{name} \n", a.member_id)
                })
                .collect::<String>()
                .into_bytes()),
            Format::Json => Ok((json::alarm(r) + "\n").into_bytes()),
            Format::Protobuf => Ok(r.encode_to_vec()),
            Format::Fields | Format::Table => Err(Unsupported(self.format.name())),
        }
    }

    /// A `lease grant` result.
    pub fn lease_grant(&self, r: &LeaseGrantResponse) -> Out {
        self.render(
            r,
            simple::lease_grant,
            json::lease_grant,
            fields::lease_grant,
            None,
        )
    }

    /// A `lease revoke` result for lease `id`.
    pub fn lease_revoke(&self, id: i64, r: &LeaseRevokeResponse) -> Out {
        let simple_text = format!("lease {id:016x} revoked\n");
        match self.format {
            Format::Simple => Ok(simple_text.into_bytes()),
            _ => self.render(
                r,
                |_, _| String::new(),
                json::lease_revoke,
                fields::lease_revoke,
                None,
            ),
        }
    }

    /// A `lease timetolive` result; `keys` says whether keys were asked for.
    pub fn lease_time_to_live(&self, r: &LeaseTimeToLiveResponse, keys: bool) -> Out {
        match self.format {
            Format::Simple => Ok(simple::lease_time_to_live(r, keys).into_bytes()),
            _ => self.render(
                r,
                |_, _| String::new(),
                json::lease_time_to_live,
                fields::lease_time_to_live,
                None,
            ),
        }
    }

    /// A `lease list` result.
    pub fn lease_list(&self, r: &LeaseLeasesResponse) -> Out {
        self.render(
            r,
            simple::lease_list,
            json::lease_list,
            fields::lease_list,
            None,
        )
    }

    /// One `lease keep-alive` renewal.
    pub fn keep_alive(&self, r: &LeaseKeepAliveResponse) -> Out {
        self.render(
            r,
            simple::keep_alive,
            json::keep_alive,
            fields::keep_alive,
            None,
        )
    }

    /// A `move-leader` result.
    pub fn move_leader(
        &self,
        from: u64,
        to: u64,
        r: &crate::proto::etcdserverpb::MoveLeaderResponse,
    ) -> Out {
        match self.format {
            Format::Simple => {
                Ok(format!("Leadership transferred from {from:x} to {to:x}\n").into_bytes())
            }
            _ => self.render(
                r,
                |_, _| String::new(),
                json::move_leader,
                fields::move_leader,
                None,
            ),
        }
    }

    /// One watch response.
    pub fn watch(&self, r: &WatchResponse) -> Out {
        // etcdctl shows what its client library passes on: no watch ID.
        let shown = WatchResponse {
            watch_id: 0,
            fragment: false,
            cancel_reason: String::new(),
            ..r.clone()
        };
        self.render(&shown, simple::watch, json::watch, fields::watch, None)
    }

    /// The result of an auth command that changes something (`user add`,
    /// `delete`, `passwd`, `grant-role`, `revoke-role`; `role add`,
    /// `delete`, `grant-permission`, `revoke-permission`): etcdctl's line
    /// `simple` in the simple format, else the response, which holds only
    /// its header.
    pub fn auth_changed<M: Message>(
        &self,
        simple: Vec<u8>,
        r: &M,
        header: &Option<ResponseHeader>,
    ) -> Out {
        match self.format {
            Format::Simple => Ok(simple),
            Format::Json => Ok((json::header_only(header) + "\n").into_bytes()),
            Format::Fields => Ok(fields::header_only(header).into_bytes()),
            Format::Protobuf => Ok(r.encode_to_vec()),
            Format::Table => Err(Unsupported(self.format.name())),
        }
    }

    /// A `user get` result for user `name` (etcdctl has no fields form).
    pub fn user_get(&self, name: &str, r: &AuthUserGetResponse) -> Out {
        match self.format {
            Format::Simple => Ok(simple::user_get(name, r).into_bytes()),
            Format::Json => Ok((json::user_get(r) + "\n").into_bytes()),
            Format::Protobuf => Ok(r.encode_to_vec()),
            Format::Fields | Format::Table => Err(Unsupported(self.format.name())),
        }
    }

    /// A `user list` result (etcdctl has no fields form).
    pub fn user_list(&self, r: &AuthUserListResponse) -> Out {
        match self.format {
            Format::Simple => Ok(simple::names(&r.users).into_bytes()),
            Format::Json => Ok((json::user_list(r) + "\n").into_bytes()),
            Format::Protobuf => Ok(r.encode_to_vec()),
            Format::Fields | Format::Table => Err(Unsupported(self.format.name())),
        }
    }

    /// A `role get` result for role `name`.
    pub fn role_get(&self, name: &str, r: &AuthRoleGetResponse) -> Out {
        match self.format {
            Format::Simple => Ok(simple::role_get(name, r)),
            _ => self.render(
                r,
                |_, _| String::new(),
                json::role_get,
                fields::role_get,
                None,
            ),
        }
    }

    /// A `role list` result.
    pub fn role_list(&self, r: &AuthRoleListResponse) -> Out {
        self.render(
            r,
            simple::role_list,
            json::role_list,
            fields::role_list,
            None,
        )
    }

    /// An `auth status` result (etcdctl 3.5's command, which has no fields
    /// form; 3.4 has no such command).
    pub fn auth_status(&self, r: &AuthStatusResponse) -> Out {
        match self.format {
            Format::Simple => Ok(simple::auth_status(r).into_bytes()),
            Format::Json => Ok((json::auth_status(r) + "\n").into_bytes()),
            Format::Protobuf => Ok(r.encode_to_vec()),
            Format::Fields | Format::Table => Err(Unsupported(self.format.name())),
        }
    }

    fn render<M: Message>(
        &self,
        r: &M,
        simple: fn(&Printer, &M) -> String,
        json: fn(&M) -> String,
        fields: fn(&M) -> String,
        table: Option<fn(&Printer, &M) -> String>,
    ) -> Out {
        Ok(match self.format {
            Format::Simple => simple(self, r).into_bytes(),
            Format::Json => (json(r) + "\n").into_bytes(),
            Format::Fields => fields(r).into_bytes(),
            Format::Protobuf => r.encode_to_vec(),
            Format::Table => match table {
                Some(t) => t(self, r).into_bytes(),
                None => return Err(Unsupported(self.format.name())),
            },
        })
    }
}
