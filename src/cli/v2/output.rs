//! What etcdctl v2 prints for an answer of the keys API (`printResponseKey`,
//! `printLs`) in each `--output` format: `simple` (the value), `extended`
//! (RFC 2822 style headers, then the value) and `json` (the response as
//! Go's `encoding/json` writes it: fields in declaration order, `null` for
//! what is absent, HTML-safe escapes).

use std::io::Write as _;

use super::api::{Node, Response};
use crate::gofmt;

/// Writes to stdout as Go's `fmt.Print` does: at once, errors ignored.
pub fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}

/// etcdctl's `printResponseKey`.
pub fn print_response_key(r: &Response, format: &str) {
    match format {
        "simple" => out(&simple(r)),
        "extended" => out(&extended(r)),
        "json" => out(&format!("{}\n", response_json(r))),
        other => eprintln!("Unsupported output format: {other}"),
    }
}

/// The value; for a delete, the value it had.
fn simple(r: &Response) -> String {
    if r.action == "delete" {
        let before = r.prev_node.as_ref().map_or("", |n| n.value.as_str());
        format!("PrevNode.Value: {before}\n")
    } else {
        format!("{}\n", r.node().value)
    }
}

/// The node's key, indexes and TTL, then (unless deleted) its value.
fn extended(r: &Response) -> String {
    let node = r.node();
    let mut text = format!(
        "Key: {}\nCreated-Index: {}\nModified-Index: {}\n",
        node.key, node.created_index, node.modified_index
    );
    if let Some(before) = &r.prev_node {
        text.push_str(&format!("PrevNode.Value: {}\n", before.value));
    }
    text.push_str(&format!("TTL: {}\nIndex: {}\n", node.ttl, r.index));
    if r.action != "delete" {
        text.push_str(&format!("\n{}\n", node.value));
    }
    text
}

/// etcdctl's `printLs`: in `simple`, the key if it is not a directory,
/// then every child's key (a directory's with `/` under `-p`), depth
/// first; in other formats, the response.
pub fn print_ls(r: &Response, format: &str, slash_dirs: bool) {
    if format != "simple" {
        print_response_key(r, format);
        return;
    }
    let node = r.node();
    let mut text = String::new();
    if !node.dir {
        text.push_str(&format!("{}\n", node.key));
    }
    // Depth first, children in the order sent, without recursion.
    let mut pending: Vec<&Node> = node.nodes.iter().flatten().rev().collect();
    while let Some(n) = pending.pop() {
        let slash = if n.dir && slash_dirs { "/" } else { "" };
        text.push_str(&format!("{}{slash}\n", n.key));
        pending.extend(n.nodes.iter().flatten().rev());
    }
    out(&text);
}

/// The response as Go's `json.Marshal` writes `client.Response`.
pub fn response_json(r: &Response) -> String {
    format!(
        "{{\"action\":{},\"node\":{},\"prevNode\":{}}}",
        gofmt::json_string(&r.action),
        node_json(r.node.as_ref()),
        node_json(r.prev_node.as_ref())
    )
}

/// A node as Go's `json.Marshal` writes `client.Node`: `dir`, `expiration`
/// and `ttl` only when set, `nodes` as `null` when none were sent.
fn node_json(node: Option<&Node>) -> String {
    let Some(n) = node else {
        return "null".to_string();
    };
    let mut text = format!("{{\"key\":{}", gofmt::json_string(&n.key));
    if n.dir {
        text.push_str(",\"dir\":true");
    }
    text.push_str(&format!(",\"value\":{}", gofmt::json_string(&n.value)));
    let nodes = match &n.nodes {
        Some(children) => {
            let inner: Vec<String> = children.iter().map(|c| node_json(Some(c))).collect();
            format!("[{}]", inner.join(","))
        }
        None => "null".to_string(),
    };
    text.push_str(&format!(
        ",\"nodes\":{nodes},\"createdIndex\":{},\"modifiedIndex\":{}",
        n.created_index, n.modified_index
    ));
    if let Some(expiration) = &n.expiration {
        text.push_str(&format!(
            ",\"expiration\":{}",
            gofmt::json_string(expiration)
        ));
    }
    if n.ttl != 0 {
        text.push_str(&format!(",\"ttl\":{}", n.ttl));
    }
    text.push('}');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(key: &str, value: &str, index: u64) -> Node {
        Node {
            key: key.into(),
            value: value.into(),
            created_index: index,
            modified_index: index,
            ..Default::default()
        }
    }

    #[test]
    fn json_is_written_as_etcdctl_writes_it() {
        let r = Response {
            action: "set".into(),
            node: Some(node("/test", "asdf4", 7)),
            prev_node: Some(node("/test", "asdf3", 6)),
            index: 7,
        };
        assert_eq!(
            response_json(&r),
            r#"{"action":"set","node":{"key":"/test","value":"asdf4","nodes":null,"createdIndex":7,"modifiedIndex":7},"prevNode":{"key":"/test","value":"asdf3","nodes":null,"createdIndex":6,"modifiedIndex":6}}"#
        );
        let get = Response {
            action: "get".into(),
            node: Some(node("/k", "<&>", 3)),
            ..Default::default()
        };
        assert!(response_json(&get).contains(r#""value":"\u003c\u0026\u003e""#));
        assert!(response_json(&get).ends_with(r#""prevNode":null}"#));
    }

    #[test]
    fn extended_output_reads_as_etcdctls() {
        let r = Response {
            action: "set".into(),
            node: Some(node("/test", "asdf3", 6)),
            prev_node: Some(node("/test", "asdf2", 5)),
            index: 6,
        };
        assert_eq!(
            extended(&r),
            "Key: /test\nCreated-Index: 6\nModified-Index: 6\nPrevNode.Value: asdf2\nTTL: 0\nIndex: 6\n\nasdf3\n"
        );
    }
}
