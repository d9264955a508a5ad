//! `put`, `get`, `del` and `compaction`, with etcdctl 3.4's flags, argument
//! rules, error messages and exit codes.

use std::io::Read as _;

use clap::Args;

use super::{emit, exit, CliError, GlobalArgs};
use crate::proto::etcdserverpb::range_request::{SortOrder, SortTarget};
use crate::proto::etcdserverpb::{CompactionRequest, DeleteRangeRequest, PutRequest, RangeRequest};

/// Flags of `put`.
#[derive(Debug, Clone, Args)]
pub struct PutArgs {
    /// <key> <value>, or <key> with the value on stdin.
    pub args: Vec<String>,
    /// Lease ID (in hexadecimal) to attach to the key.
    #[arg(long, default_value = "0")]
    pub lease: String,
    /// Return the previous key-value pair before modification.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub prev_kv: bool,
    /// Update the key using its current value.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub ignore_value: bool,
    /// Update the key using its current lease.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub ignore_lease: bool,
}

/// Flags of `get`.
#[derive(Debug, Clone, Args)]
pub struct GetArgs {
    /// <key> [range_end]
    pub args: Vec<String>,
    /// Linearizable(l) or Serializable(s).
    #[arg(long, default_value = "l")]
    pub consistency: String,
    /// Order of results; ASCEND or DESCEND (ASCEND by default).
    #[arg(long, default_value = "")]
    pub order: String,
    /// Sort target; CREATE, KEY, MODIFY, VALUE, or VERSION.
    #[arg(long, default_value = "")]
    pub sort_by: String,
    /// Maximum number of results.
    #[arg(long, default_value_t = 0)]
    pub limit: i64,
    /// Get keys with matching prefix.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub prefix: bool,
    /// Get keys that are greater than or equal to the given key using byte compare.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub from_key: bool,
    /// Specify the kv revision.
    #[arg(long, default_value_t = 0)]
    pub rev: i64,
    /// Get only the keys.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub keys_only: bool,
    /// Get only the count.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub count_only: bool,
    /// Only write values when using the "simple" output format.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub print_value_only: bool,
}

/// Flags of `del`.
#[derive(Debug, Clone, Args)]
pub struct DelArgs {
    /// <key> [range_end]
    pub args: Vec<String>,
    /// Delete keys with matching prefix.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub prefix: bool,
    /// Return deleted key-value pairs.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub prev_kv: bool,
    /// Delete keys that are greater than or equal to the given key using byte compare.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub from_key: bool,
}

/// Flags of `compaction`.
#[derive(Debug, Clone, Args)]
pub struct CompactionArgs {
    /// <revision>
    pub args: Vec<String>,
    /// Wait for the compaction to physically remove all old revisions.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub physical: bool,
}

pub use crate::store::keys::prefix_end;

/// The key and range end that `<key> [range_end]` with `--prefix` or
/// `--from-key` select, as etcdctl computes them; `args` is not empty.
fn key_range(
    args: &[String],
    prefix: bool,
    from_key: bool,
) -> Result<(Vec<u8>, Vec<u8>), CliError> {
    let mut key = args.first().cloned().unwrap_or_default().into_bytes();
    let mut range_end = Vec::new();
    if let Some(end) = args.get(1) {
        if prefix || from_key {
            return Err(CliError::bad_args(
                "too many arguments, only accept one argument when `--prefix` or `--from-key` is set",
            ));
        }
        range_end = end.clone().into_bytes();
    }
    if prefix {
        if key.is_empty() {
            key = vec![0];
            range_end = vec![0];
        } else {
            range_end = prefix_end(&key);
        }
    }
    if from_key {
        if key.is_empty() {
            key = vec![0];
        }
        range_end = vec![0];
    }
    Ok((key, range_end))
}

/// Builds a put request as etcdctl does; `stdin` is read only when the
/// value is not an argument.
pub fn put_request(
    a: &PutArgs,
    stdin: &mut dyn FnMut() -> Option<String>,
) -> Result<PutRequest, CliError> {
    let missing = "put command needs 1 argument and input from stdin or 2 arguments";
    let key = a.args.first().ok_or_else(|| CliError::bad_args(missing))?;
    if a.ignore_value && a.args.len() > 1 {
        return Err(CliError::bad_args(
            "put command needs only 1 argument when 'ignore-value' is set",
        ));
    }
    let value = if a.ignore_value {
        String::new()
    } else if let Some(v) = a.args.get(1) {
        v.clone()
    } else {
        stdin()
            .filter(|v| !v.is_empty())
            .ok_or_else(|| CliError::bad_args(missing))?
    };
    let lease = i64::from_str_radix(&a.lease, 16).map_err(|e| {
        CliError::bad_args(format!(
            "bad lease ID (strconv.ParseInt: parsing {}: {}), expecting ID in Hex",
            super::output::gofmt::quote(a.lease.as_bytes()),
            go_parse_error(&e)
        ))
    })?;
    Ok(PutRequest {
        key: key.clone().into_bytes().into(),
        value: value.into_bytes().into(),
        lease,
        prev_kv: a.prev_kv,
        ignore_value: a.ignore_value,
        ignore_lease: a.ignore_lease,
    })
}

pub(super) fn go_parse_error(e: &std::num::ParseIntError) -> &'static str {
    match e.kind() {
        std::num::IntErrorKind::PosOverflow | std::num::IntErrorKind::NegOverflow => {
            "value out of range"
        }
        _ => "invalid syntax",
    }
}

/// All of stdin, for a value not given as an argument.
pub fn read_stdin() -> Option<String> {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).ok()?;
    Some(s)
}

/// Builds a range request as etcdctl does.
pub fn get_request(a: &GetArgs) -> Result<RangeRequest, CliError> {
    if a.args.is_empty() {
        return Err(CliError::bad_args(
            "get command needs one argument as key and an optional argument as range_end",
        ));
    }
    if a.prefix && a.from_key {
        return Err(CliError::bad_args(
            "`--prefix` and `--from-key` cannot be set at the same time, choose one",
        ));
    }
    let serializable = match a.consistency.as_str() {
        "s" => true,
        "l" => false,
        other => {
            return Err(CliError::new(
                exit::BAD_FEATURE,
                format!(
                    "unknown consistency flag {}",
                    super::output::gofmt::json_string(other)
                ),
            ))
        }
    };
    let (key, range_end) = key_range(&a.args, a.prefix, a.from_key)?;
    let order = match a.order.to_uppercase().as_str() {
        "ASCEND" => SortOrder::Ascend,
        "DESCEND" => SortOrder::Descend,
        "" => SortOrder::None,
        _ => {
            return Err(CliError::new(
                exit::BAD_FEATURE,
                format!("bad sort order {}", a.order),
            ))
        }
    };
    let target = match a.sort_by.to_uppercase().as_str() {
        "CREATE" => SortTarget::Create,
        "KEY" | "" => SortTarget::Key,
        "MODIFY" => SortTarget::Mod,
        "VALUE" => SortTarget::Value,
        "VERSION" => SortTarget::Version,
        _ => {
            return Err(CliError::new(
                exit::BAD_FEATURE,
                format!("bad sort target {}", a.sort_by),
            ))
        }
    };
    // Keys come back in ascending order anyway; etcd's client asks for none.
    let order = if target == SortTarget::Key && order == SortOrder::Ascend {
        SortOrder::None
    } else {
        order
    };
    Ok(RangeRequest {
        key: key.into(),
        range_end: range_end.into(),
        limit: a.limit,
        revision: a.rev.max(0),
        sort_order: order as i32,
        sort_target: target as i32,
        serializable,
        keys_only: a.keys_only,
        count_only: a.count_only,
        ..Default::default()
    })
}

/// Builds a delete request as etcdctl does.
pub fn del_request(a: &DelArgs) -> Result<DeleteRangeRequest, CliError> {
    if a.args.is_empty() || a.args.len() > 2 {
        return Err(CliError::bad_args(
            "del command needs one argument as key and an optional argument as range_end",
        ));
    }
    if a.prefix && a.from_key {
        return Err(CliError::bad_args(
            "`--prefix` and `--from-key` cannot be set at the same time, choose one",
        ));
    }
    let (key, range_end) = key_range(&a.args, a.prefix, a.from_key)?;
    Ok(DeleteRangeRequest {
        key: key.into(),
        range_end: range_end.into(),
        prev_kv: a.prev_kv,
    })
}

/// `put`.
pub async fn put(g: &GlobalArgs, a: PutArgs) -> Result<(), CliError> {
    let req = put_request(&a, &mut read_stdin)?;
    let client = g.connect().await?;
    let resp = client
        .call_write(|| {
            let (mut kv, r) = (client.kv(), client.request(req.clone()));
            async move { kv.put(r).await }
        })
        .await?;
    emit(&g.printer().put(&resp)?)
}

/// `get`.
pub async fn get(g: &GlobalArgs, a: GetArgs) -> Result<(), CliError> {
    let req = get_request(&a)?;
    let mut printer = g.printer();
    if a.print_value_only {
        if printer.format != super::Format::Simple {
            return Err(CliError::bad_args(
                "print-value-only is only for `--write-out=simple`",
            ));
        }
        printer.value_only = true;
    }
    let client = g.connect().await?;
    let resp = client
        .call_read(|| {
            let (mut kv, r) = (client.kv(), client.request(req.clone()));
            async move { kv.range(r).await }
        })
        .await?;
    emit(&printer.get(&resp)?)
}

/// `del`.
pub async fn del(g: &GlobalArgs, a: DelArgs) -> Result<(), CliError> {
    let req = del_request(&a)?;
    let client = g.connect().await?;
    let resp = client
        .call_write(|| {
            let (mut kv, r) = (client.kv(), client.request(req.clone()));
            async move { kv.delete_range(r).await }
        })
        .await?;
    emit(&g.printer().del(&resp)?)
}

/// `compaction`.
pub async fn compaction(g: &GlobalArgs, a: CompactionArgs) -> Result<(), CliError> {
    if a.args.len() != 1 {
        return Err(CliError::bad_args("compaction command needs 1 argument"));
    }
    let revision: i64 = a.args[0].parse().map_err(|e| {
        CliError::new(
            exit::ERROR,
            format!(
                "strconv.ParseInt: parsing {}: {}",
                super::output::gofmt::quote(a.args[0].as_bytes()),
                go_parse_error(&e)
            ),
        )
    })?;
    let client = g.connect().await?;
    let req = CompactionRequest {
        revision,
        physical: a.physical,
    };
    // A physical compaction may take longer than a short command.
    let mut request = tonic::Request::new(req);
    if !a.physical {
        request.set_timeout(g.command_timeout);
    }
    let mut kv = client.kv();
    let call = kv.compact(request);
    if a.physical {
        call.await.map_err(crate::client::ClientError::from)?;
    } else {
        client.call(call).await?;
    }
    emit(format!("compacted revision {revision}\n").as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_ends_like_etcd() {
        assert_eq!(prefix_end(b"abc"), b"abd");
        assert_eq!(prefix_end(b"a\xff"), b"b");
        assert_eq!(prefix_end(b"\xff\xff"), vec![0]);
    }
}
