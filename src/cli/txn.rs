//! `txn`: a transaction read from stdin in etcdctl's syntax — compares, a
//! blank line, success requests, a blank line, failure requests, a blank
//! line — with `-i` printing etcdctl's prompts.

use std::io::BufRead;

use clap::{Args, Parser, Subcommand};

use super::kv::{del_request, get_request, put_request, DelArgs, GetArgs, PutArgs};
use super::output::gofmt::quote;
use super::{emit, exit, CliError, GlobalArgs};
use crate::proto::etcdserverpb::compare::{CompareResult, CompareTarget, TargetUnion};
use crate::proto::etcdserverpb::request_op::Request;
use crate::proto::etcdserverpb::{Compare, RequestOp, TxnRequest};

/// Flags of `txn`.
#[derive(Debug, Clone, Args)]
pub struct TxnArgs {
    /// (none: the transaction is read from stdin)
    pub args: Vec<String>,
    /// Input transaction in interactive mode.
    #[arg(short, long, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false")]
    pub interactive: bool,
}

/// One request line inside a transaction.
#[derive(Debug, Parser)]
#[command(no_binary_name = true)]
struct OpLine {
    #[command(subcommand)]
    op: OpCommand,
}

#[derive(Debug, Subcommand)]
enum OpCommand {
    Put(PutArgs),
    Get(GetArgs),
    Del(DelArgs),
}

/// Splits a line into arguments: words, "Go-quoted strings" and
/// 'single-quoted strings'.
pub fn argify(line: &str) -> Result<Vec<String>, String> {
    let mut args = Vec::new();
    let mut rest = line.trim_start();
    while !rest.is_empty() {
        if rest.starts_with('"') {
            let (s, after) = go_unquote(rest).ok_or_else(|| "invalid syntax".to_string())?;
            args.push(s);
            rest = after;
        } else if let Some(body) = rest.strip_prefix('\'') {
            let end = body
                .find('\'')
                .ok_or_else(|| "unterminated quote".to_string())?;
            args.push(body[..end].to_string());
            rest = &body[end + 1..];
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            args.push(rest[..end].to_string());
            rest = &rest[end..];
        }
        rest = rest.trim_start();
    }
    Ok(args)
}

/// Reads one Go quoted string ("..." with escapes, or `raw`) from the start
/// of `s`; returns it and what follows.
fn go_unquote(s: &str) -> Option<(String, &str)> {
    if let Some(body) = s.strip_prefix('`') {
        let end = body.find('`')?;
        return Some((body[..end].to_string(), &body[end + 1..]));
    }
    let body = s.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &body[i + 1..])),
            '\\' => {
                let (_, e) = chars.next()?;
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'a' => out.push('\u{7}'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'v' => out.push('\u{b}'),
                    '\\' => out.push('\\'),
                    '"' => out.push('"'),
                    '\'' => out.push('\''),
                    'x' | 'u' | 'U' => {
                        let n = match e {
                            'x' => 2,
                            'u' => 4,
                            _ => 8,
                        };
                        let hex: String = (0..n)
                            .filter_map(|_| chars.next().map(|(_, h)| h))
                            .collect();
                        let code = u32::from_str_radix(&hex, 16).ok()?;
                        out.push(char::from_u32(code)?);
                    }
                    _ => return None,
                }
            }
            c => out.push(c),
        }
    }
    None
}

/// Parses one compare line, e.g. `value("k") = "v"` or `mod("k") > "3"`.
pub fn parse_compare(line: &str) -> Result<Compare, String> {
    let malformed = || format!("malformed comparison: {line}");
    let (target, rest) = line.split_once('(').ok_or_else(malformed)?;
    let (key, rest) = go_unquote(rest).ok_or_else(malformed)?;
    let rest = rest.strip_prefix(')').ok_or_else(malformed)?;
    let mut words = rest.trim_start().splitn(2, ' ');
    let op = words
        .next()
        .filter(|w| !w.is_empty())
        .ok_or_else(malformed)?;
    let (value, _) = go_unquote(words.next().unwrap_or("").trim_start()).ok_or_else(|| {
        format!(
            "malformed comparison: {line}; got {target}({}) {op} \"\"",
            quote(key.as_bytes())
        )
    })?;
    let result = match op {
        "=" | "==" => CompareResult::Equal,
        "!=" => CompareResult::NotEqual,
        ">" => CompareResult::Greater,
        "<" => CompareResult::Less,
        _ => {
            return Err(format!(
                "malformed comparison: {line} (unknown operator {op})"
            ))
        }
    };
    let number = || {
        value
            .parse::<i64>()
            .map_err(|_| format!("invalid txn compare request: {line}"))
    };
    let (target, union) = match target {
        "ver" | "version" => (CompareTarget::Version, TargetUnion::Version(number()?)),
        "c" | "create" => (
            CompareTarget::Create,
            TargetUnion::CreateRevision(number()?),
        ),
        "m" | "mod" => (CompareTarget::Mod, TargetUnion::ModRevision(number()?)),
        "val" | "value" => (
            CompareTarget::Value,
            TargetUnion::Value(value.clone().into_bytes().into()),
        ),
        "lease" => (CompareTarget::Lease, TargetUnion::Lease(number()?)),
        other => {
            return Err(format!(
                "malformed comparison: {line} (unknown target {other})"
            ))
        }
    };
    Ok(Compare {
        result: result as i32,
        target: target as i32,
        key: key.into_bytes().into(),
        target_union: Some(union),
        range_end: Default::default(),
    })
}

/// Parses one request line: `put k v`, `get k [end] [flags]`, `del k ...`.
pub fn parse_op(line: &str) -> Result<RequestOp, CliError> {
    let invalid = || CliError::new(exit::INVALID_INPUT, format!("invalid txn request: {line}"));
    let args = argify(line).map_err(|e| CliError::new(exit::INVALID_INPUT, e))?;
    if args.len() < 2 {
        return Err(CliError::new(
            exit::INVALID_INPUT,
            format!("invalid txn compare request: {line}"),
        ));
    }
    let parsed = OpLine::try_parse_from(&args).map_err(|_| invalid())?;
    let request = match parsed.op {
        OpCommand::Put(a) => Request::RequestPut(put_request(&a, &mut || None)?),
        OpCommand::Get(a) => Request::RequestRange(get_request(&a)?),
        OpCommand::Del(a) => Request::RequestDeleteRange(del_request(&a)?),
    };
    Ok(RequestOp {
        request: Some(request),
    })
}

/// Reads the lines of one section, up to a blank line.
fn section(
    lines: &mut dyn Iterator<Item = std::io::Result<String>>,
) -> Result<Vec<String>, CliError> {
    let mut out = Vec::new();
    loop {
        let line = match lines.next() {
            Some(Ok(l)) => l,
            Some(Err(e)) => return Err(CliError::new(exit::INVALID_INPUT, e.to_string())),
            None => return Err(CliError::new(exit::INVALID_INPUT, "EOF")),
        };
        let line = line.trim();
        if line.is_empty() {
            return Ok(out);
        }
        out.push(line.to_string());
    }
}

/// Reads a whole transaction; prompts go to `prompt` when interactive.
pub fn read_txn(
    input: &mut dyn BufRead,
    interactive: bool,
    prompt: &mut dyn FnMut(&str),
) -> Result<TxnRequest, CliError> {
    let mut lines = input.lines();
    let mut ask = |text: &str| {
        if interactive {
            prompt(text);
        }
    };
    ask("compares:");
    let compare = section(&mut lines)?
        .iter()
        .map(|l| parse_compare(l).map_err(|e| CliError::new(exit::INVALID_INPUT, e)))
        .collect::<Result<Vec<_>, _>>()?;
    ask("success requests (get, put, del):");
    let success = section(&mut lines)?
        .iter()
        .map(|l| parse_op(l))
        .collect::<Result<Vec<_>, _>>()?;
    ask("failure requests (get, put, del):");
    let failure = section(&mut lines)?
        .iter()
        .map(|l| parse_op(l))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(TxnRequest {
        compare,
        success,
        failure,
    })
}

/// `txn`.
pub async fn txn(g: &GlobalArgs, a: TxnArgs) -> Result<(), CliError> {
    if !a.args.is_empty() {
        return Err(CliError::bad_args("txn command does not accept argument"));
    }
    let client = g.connect().await?;
    let stdin = std::io::stdin();
    let req = read_txn(&mut stdin.lock(), a.interactive, &mut |p| println!("{p}"))?;
    // Like etcdctl, a transaction has no command timeout.
    let resp = client
        .kv()
        .txn(req)
        .await
        .map_err(crate::client::ClientError::from)?
        .into_inner();
    emit(&g.printer().txn(&resp)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_parse_like_etcdctl() {
        let c = parse_compare(r#"value("k") = "v""#).unwrap();
        assert_eq!(c.target, CompareTarget::Value as i32);
        assert_eq!(c.key.as_ref(), b"k");
        let c = parse_compare(r#"mod("a b") > "3""#).unwrap();
        assert_eq!(c.target_union, Some(TargetUnion::ModRevision(3)));
        assert_eq!(c.result, CompareResult::Greater as i32);
        assert_eq!(
            parse_compare("bogus").unwrap_err(),
            "malformed comparison: bogus"
        );
        assert!(parse_compare(r#"ver("k") = "x""#)
            .unwrap_err()
            .starts_with("invalid txn compare request"));
        assert!(parse_compare(r#"nope("k") = "1""#)
            .unwrap_err()
            .contains("unknown target nope"));
    }

    #[test]
    fn argify_handles_quotes() {
        assert_eq!(
            argify(r#"put k "a b\n" 'c d'"#).unwrap(),
            ["put", "k", "a b\n", "c d"]
        );
    }

    #[test]
    fn ops_parse_with_flags() {
        let op = parse_op("get a --prefix --limit=2").unwrap();
        match op.request {
            Some(Request::RequestRange(r)) => {
                assert_eq!(
                    (r.key.as_ref(), r.range_end.as_ref(), r.limit),
                    (&b"a"[..], &b"b"[..], 2)
                )
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            parse_op("frob a b").unwrap_err().message,
            "invalid txn request: frob a b"
        );
    }

    #[test]
    fn a_txn_needs_its_blank_lines() {
        let mut input = &b"value(\"k\") = \"v\"\n\nput a 1\n\n\n"[..];
        let t = read_txn(&mut input, false, &mut |_| {}).unwrap();
        assert_eq!(
            (t.compare.len(), t.success.len(), t.failure.len()),
            (1, 1, 0)
        );
        let mut short = &b"\nput a 1\n"[..];
        assert_eq!(
            read_txn(&mut short, false, &mut |_| {})
                .unwrap_err()
                .message,
            "EOF"
        );
    }
}
