//! `put`, `get`, `del` and `compaction`, with etcdctl 3.4's flags, argument
//! rules, error messages and exit codes; under the `kvd` name, also `put
//! --ttl` and `--from-file`, and `get --wait`, `--timeout` and `--raw`.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::Args;

use super::output::gofmt;
use super::recipes::{self, Want};
use super::{emit, exit, CliError, Format, GlobalArgs, KvdOnly};
use crate::client::Client;
use crate::proto::etcdserverpb::range_request::{SortOrder, SortTarget};
use crate::proto::etcdserverpb::{
    CompactionRequest, DeleteRangeRequest, LeaseGrantRequest, LeaseGrantResponse, PutRequest,
    RangeRequest, RangeResponse,
};

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
    /// kvd's own flags (none under the `etcdctl` link).
    #[command(flatten)]
    pub kvd: KvdOnly<PutExtras>,
}

/// The flags kvd adds to `put`.
#[derive(Debug, Clone, Default, Args)]
pub struct PutExtras {
    /// Attach the key to a new lease of this TTL (seconds, or a duration
    /// such as 30s): the key is deleted when it runs out. -w json prints
    /// the lease.
    #[arg(long, value_parser = super::session::parse_ttl)]
    pub ttl: Option<i64>,
    /// Take the value from this file, byte for byte.
    #[arg(long, value_name = "FILE")]
    pub from_file: Option<PathBuf>,
}

impl PutExtras {
    fn in_use(&self) -> bool {
        self.ttl.is_some() || self.from_file.is_some()
    }
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
    /// kvd's own flags (none under the `etcdctl` link).
    #[command(flatten)]
    pub kvd: KvdOnly<GetExtras>,
}

/// The flags kvd adds to `get`.
#[derive(Debug, Clone, Default, Args)]
pub struct GetExtras {
    /// If no key matches, wait until one does (race-free: the get, then a
    /// watch from its revision).
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub wait: bool,
    /// Wait at most this long (implies --wait), e.g. 10s.
    #[arg(long, value_parser = super::parse_duration)]
    pub timeout: Option<Duration>,
    /// Write only the values, byte for byte, without a newline: `get KEY
    /// --raw > F` gives back the file `put KEY --from-file F` stored.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub raw: bool,
}

impl GetExtras {
    fn in_use(&self) -> bool {
        self.waits() || self.raw
    }

    fn waits(&self) -> bool {
        self.wait || self.timeout.is_some()
    }
}

/// kvd's flags are taken out of a command before its request is built; any
/// still there come from a txn's request line, where they mean nothing.
fn not_in_txn() -> CliError {
    CliError::new(
        exit::INVALID_INPUT,
        "--ttl, --from-file, --wait, --timeout and --raw cannot be used in a txn",
    )
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
    if a.kvd.0.in_use() {
        return Err(not_in_txn());
    }
    let missing = "put command needs 1 argument and input from stdin or 2 arguments";
    if a.args.is_empty() {
        return Err(CliError::bad_args(missing));
    }
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
    build_put(a, value.into_bytes())
}

/// `put KEY --from-file F`: the value is the file's bytes.
fn put_request_from_file(a: &PutArgs, path: &Path) -> Result<PutRequest, CliError> {
    if a.args.len() != 1 {
        return Err(CliError::bad_args(
            "put --from-file needs 1 argument: the key",
        ));
    }
    if a.ignore_value {
        return Err(CliError::bad_args(
            "--from-file and --ignore-value cannot be used together",
        ));
    }
    let file = std::fs::File::open(path)
        .map_err(|e| CliError::new(exit::ERROR, format!("reading {}: {e}", path.display())))?;
    build_put(a, read_value(file, &path.display().to_string())?)
}

/// The most a value read from a file or stdin may hold: far above what a
/// server takes (`--max-request-bytes`, 1.5 MiB by default), so that the
/// server's own error explains a large one, yet bounded in memory.
const MAX_VALUE_READ: u64 = 64 << 20;

/// All of `source` (a file or stdin, named `what` in errors), refused
/// past `MAX_VALUE_READ` bytes.
pub(crate) fn read_value(source: impl std::io::Read, what: &str) -> Result<Vec<u8>, CliError> {
    let mut value = Vec::new();
    source
        .take(MAX_VALUE_READ + 1)
        .read_to_end(&mut value)
        .map_err(|e| CliError::new(exit::ERROR, format!("reading {what}: {e}")))?;
    if value.len() as u64 > MAX_VALUE_READ {
        return Err(CliError::new(
            exit::ERROR,
            format!("{what} holds more than 64 MiB: too large for a value"),
        ));
    }
    Ok(value)
}

/// The put request for `a`'s key (there is one) and `value`.
fn build_put(a: &PutArgs, value: Vec<u8>) -> Result<PutRequest, CliError> {
    let key = a.args.first().cloned().unwrap_or_default();
    let lease = i64::from_str_radix(&a.lease, 16).map_err(|e| {
        CliError::bad_args(format!(
            "bad lease ID (strconv.ParseInt: parsing {}: {}), expecting ID in Hex",
            super::output::gofmt::quote(a.lease.as_bytes()),
            go_parse_error(&e)
        ))
    })?;
    Ok(PutRequest {
        key: key.into_bytes().into(),
        value: value.into(),
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
    if a.kvd.0.in_use() {
        return Err(not_in_txn());
    }
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
pub async fn put(g: &GlobalArgs, mut a: PutArgs) -> Result<(), CliError> {
    let extras = std::mem::take(&mut a.kvd.0);
    let mut req = match &extras.from_file {
        Some(path) => put_request_from_file(&a, path)?,
        None => put_request(&a, &mut read_stdin)?,
    };
    if extras.ttl.is_some() && (req.lease != 0 || a.ignore_lease) {
        return Err(CliError::bad_args(
            "--ttl grants a lease of its own: it cannot be used with --lease or --ignore-lease",
        ));
    }
    let client = g.connect().await?;
    let grant = match extras.ttl {
        Some(ttl) => Some(grant_lease(&client, ttl).await?),
        None => None,
    };
    if let Some(grant) = &grant {
        req.lease = grant.id;
    }
    let resp = client
        .call_write(|| {
            let (mut kv, r) = (client.kv(), client.request(req.clone()));
            async move { kv.put(r).await }
        })
        .await?;
    let out = g.printer().put(&resp)?;
    match grant {
        Some(grant) => emit(&with_lease(g.write_out, out, &grant)),
        None => emit(&out),
    }
}

/// A lease of `ttl` seconds for `put --ttl`.
async fn grant_lease(client: &Client, ttl: i64) -> Result<LeaseGrantResponse, CliError> {
    let req = LeaseGrantRequest { ttl, id: 0 };
    client
        .call(client.lease().lease_grant(client.request(req)))
        .await
        .map_err(|e| CliError::new(exit::ERROR, format!("failed to grant lease ({e})")))
}

/// `put --ttl`'s output: put's, and in the JSON and fields formats the
/// lease granted for it (its ID, to keep it alive or revoke it).
fn with_lease(format: Format, out: Vec<u8>, grant: &LeaseGrantResponse) -> Vec<u8> {
    let (id, ttl) = (grant.id, grant.ttl);
    match format {
        Format::Json => {
            let text = String::from_utf8_lossy(&out).into_owned();
            match text.trim_end().strip_suffix('}') {
                Some(open) => {
                    let comma = if open.ends_with('{') { "" } else { "," };
                    format!("{open}{comma}\"lease\":{id},\"ttl\":{ttl}}}\n").into_bytes()
                }
                None => out,
            }
        }
        Format::Fields => {
            let mut out = out;
            out.extend_from_slice(format!("\"Lease\" : {id}\n\"TTL\" : {ttl}\n").as_bytes());
            out
        }
        _ => out,
    }
}

/// `get`.
pub async fn get(g: &GlobalArgs, mut a: GetArgs) -> Result<(), CliError> {
    let extras = std::mem::take(&mut a.kvd.0);
    let req = get_request(&a)?;
    let mut printer = g.printer();
    if a.print_value_only {
        if printer.format != Format::Simple {
            return Err(CliError::bad_args(
                "print-value-only is only for `--write-out=simple`",
            ));
        }
        printer.value_only = true;
    }
    if extras.raw && (printer.format != Format::Simple || printer.hex) {
        return Err(CliError::bad_args(
            "--raw is only for `--write-out=simple`, without --hex",
        ));
    }
    if extras.waits() && a.rev > 0 {
        return Err(CliError::bad_args(
            "--wait waits for a key to appear from now on: it cannot be used with --rev",
        ));
    }
    let client = g.connect().await?;
    let resp = if extras.waits() {
        wait_for_keys(&client, &req, extras.timeout).await?
    } else {
        read(&client, &req).await?
    };
    if extras.raw {
        let values: Vec<u8> = resp.kvs.iter().flat_map(|kv| kv.value.to_vec()).collect();
        return emit(&values);
    }
    if printer.value_only && !printer.hex {
        // The bytes as stored, as etcdctl writes them (not made UTF-8).
        return emit(&value_lines(&resp));
    }
    emit(&printer.get(&resp)?)
}

/// Each value's bytes and a newline.
fn value_lines(resp: &RangeResponse) -> Vec<u8> {
    let mut out = Vec::new();
    for kv in &resp.kvs {
        out.extend_from_slice(&kv.value);
        out.push(b'\n');
    }
    out
}

async fn read(client: &Client, req: &RangeRequest) -> Result<RangeResponse, CliError> {
    Ok(client
        .call_read(|| {
            let (mut kv, r) = (client.kv(), client.request(req.clone()));
            async move { kv.range(r).await }
        })
        .await?)
}

/// `get --wait`: the get's answer once some key matches, or an error
/// after `timeout`.
async fn wait_for_keys(
    client: &Client,
    req: &RangeRequest,
    timeout: Option<Duration>,
) -> Result<RangeResponse, CliError> {
    let Some(t) = timeout else {
        return first_match(client, req).await;
    };
    tokio::time::timeout(t, first_match(client, req))
        .await
        .map_err(|_| {
            CliError::new(
                exit::ERROR,
                format!(
                    "no key matched {} within {}",
                    gofmt::quote(&req.key),
                    gofmt::duration(t)
                ),
            )
        })?
}

/// The get's answer once some key matches. Race-free: a get that finds
/// nothing is followed by a watch from its revision + 1, so a put between
/// the two is seen; after a put the get runs again (the key may be gone
/// again by then).
async fn first_match(client: &Client, req: &RangeRequest) -> Result<RangeResponse, CliError> {
    loop {
        let resp = read(client, req).await?;
        if resp.count > 0 || !resp.kvs.is_empty() {
            return Ok(resp);
        }
        let from = recipes::revision_of(resp.header.as_ref()) + 1;
        recipes::next_event_or_reread(client, &req.key, &req.range_end, from, Want::Puts).await?;
    }
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

    fn put_args(args: &[&str], kvd: PutExtras) -> PutArgs {
        PutArgs {
            args: args.iter().map(|a| a.to_string()).collect(),
            lease: "0".into(),
            prev_kv: false,
            ignore_value: false,
            ignore_lease: false,
            kvd: KvdOnly(kvd),
        }
    }

    #[test]
    fn kvd_flags_are_refused_in_txn_lines() {
        let ttl = PutExtras {
            ttl: Some(5),
            from_file: None,
        };
        let e = put_request(&put_args(&["k", "v"], ttl), &mut || None).unwrap_err();
        assert_eq!(e.code, exit::INVALID_INPUT);
        assert!(put_request(&put_args(&["k", "v"], PutExtras::default()), &mut || None).is_ok());
    }

    #[test]
    fn put_ttl_json_carries_the_lease() {
        let grant = LeaseGrantResponse {
            id: 7,
            ttl: 30,
            ..Default::default()
        };
        let out = with_lease(
            Format::Json,
            b"{\"header\":{\"revision\":2}}\n".to_vec(),
            &grant,
        );
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"header\":{\"revision\":2},\"lease\":7,\"ttl\":30}\n"
        );
        let simple = with_lease(Format::Simple, b"OK\n".to_vec(), &grant);
        assert_eq!(simple, b"OK\n");
    }

    #[test]
    fn prefix_ends_like_etcd() {
        assert_eq!(prefix_end(b"abc"), b"abd");
        assert_eq!(prefix_end(b"a\xff"), b"b");
        assert_eq!(prefix_end(b"\xff\xff"), vec![0]);
    }
}
