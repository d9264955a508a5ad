//! The `table` format: kvd's own tables (comfy-table), for people.

use comfy_table::presets::ASCII_FULL_CONDENSED;
use comfy_table::{CellAlignment, Table};

use super::gofmt::duration;
use super::simple::{member_cells, status_cells};
use super::{EndpointHash, EndpointHealth, EndpointStatus, Printer};
use crate::proto::etcdserverpb::{MemberListResponse, RangeResponse};

/// A table with `header` and `rows`, in kvd's style.
pub(crate) fn table(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut t = Table::new();
    t.load_preset(ASCII_FULL_CONDENSED)
        .set_header(header.to_vec());
    for row in rows {
        t.add_row(row);
    }
    for col in t.column_iter_mut() {
        col.set_cell_alignment(CellAlignment::Left);
    }
    format!("{t}\n")
}

pub fn get(p: &Printer, r: &RangeResponse) -> String {
    let show = |b: &[u8]| {
        if p.hex {
            b.iter().map(|x| format!("\\x{x:02x}")).collect()
        } else {
            String::from_utf8_lossy(b).into_owned()
        }
    };
    let rows = r
        .kvs
        .iter()
        .map(|kv| {
            vec![
                show(&kv.key),
                show(&kv.value),
                kv.create_revision.to_string(),
                kv.mod_revision.to_string(),
                kv.version.to_string(),
                format!("{:x}", kv.lease),
            ]
        })
        .collect();
    table(
        &["KEY", "VALUE", "CREATE REV", "MOD REV", "VERSION", "LEASE"],
        rows,
    )
}

pub fn endpoint_status(rows: &[EndpointStatus]) -> String {
    table(
        &[
            "ENDPOINT",
            "ID",
            "VERSION",
            "DB SIZE",
            "IS LEADER",
            "IS LEARNER",
            "RAFT TERM",
            "RAFT INDEX",
            "RAFT APPLIED INDEX",
            "ERRORS",
        ],
        rows.iter().map(status_cells).collect(),
    )
}

pub fn endpoint_health(rows: &[EndpointHealth]) -> String {
    table(
        &["ENDPOINT", "HEALTH", "TOOK", "ERROR"],
        rows.iter()
            .map(|h| {
                vec![
                    h.endpoint.clone(),
                    h.healthy.to_string(),
                    duration(h.took),
                    h.error.clone(),
                ]
            })
            .collect(),
    )
}

pub fn member_list(_: &Printer, r: &MemberListResponse) -> String {
    table(
        &[
            "ID",
            "STATUS",
            "NAME",
            "PEER ADDRS",
            "CLIENT ADDRS",
            "IS LEARNER",
        ],
        r.members.iter().map(member_cells).collect(),
    )
}

pub fn endpoint_hashkv(rows: &[EndpointHash]) -> String {
    table(
        &["ENDPOINT", "HASH", "COMPACT REVISION"],
        rows.iter()
            .map(|r| {
                vec![
                    r.endpoint.clone(),
                    r.hash.hash.to_string(),
                    r.hash.compact_revision.to_string(),
                ]
            })
            .collect(),
    )
}
