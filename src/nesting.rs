//! How deeply transactions nest, read from their encoded bytes without
//! recursion. etcd accepts a Txn nested as deep as a request can hold;
//! decoding one recursively in Rust would exhaust a thread's stack long
//! before that, so kvd bounds the depth, and checks it on the wire bytes —
//! at the API boundary before decoding, and on every log entry before
//! applying it — with a loop that needs no stack at all.

/// The deepest transaction nesting kvd accepts: a transaction holding no
/// other counts 1. The decoder, validation and apply recurse once per
/// level; `STACK_BYTES` is sized for this.
pub const MAX_TXN_DEPTH: usize = 1024;

/// The stack given to threads that decode, check or apply requests
/// (Tokio workers and the Raft driver), enough for `MAX_TXN_DEPTH`.
pub const STACK_BYTES: usize = 64 << 20;

/// Field numbers of the messages the scan walks (etcd's v3 API and
/// kvd's InternalRequest).
const TXN_SUCCESS: u64 = 2;
const TXN_FAILURE: u64 = 3;
const OP_TXN: u64 = 4;
const INTERNAL_TXN: u64 = 4;

/// Which message a slice of bytes holds.
#[derive(Clone, Copy)]
enum Kind {
    Txn,
    Op,
}

/// The nesting depth of the encoded `TxnRequest` in `bytes`, counting at
/// most to `MAX_TXN_DEPTH + 1`. Bytes that are not well-formed stop the
/// scan where they start; decoding reports them afterwards.
pub fn txn_depth(bytes: &[u8]) -> usize {
    let mut deepest = 0;
    let mut pending = vec![(bytes, Kind::Txn, 1usize)];
    while let Some((buf, kind, depth)) = pending.pop() {
        if let Kind::Txn = kind {
            deepest = deepest.max(depth);
            if deepest > MAX_TXN_DEPTH {
                break;
            }
        }
        for (field, body) in length_delimited_fields(buf) {
            match (kind, field) {
                (Kind::Txn, TXN_SUCCESS | TXN_FAILURE) => pending.push((body, Kind::Op, depth)),
                (Kind::Op, OP_TXN) => pending.push((body, Kind::Txn, depth + 1)),
                _ => {}
            }
        }
    }
    deepest
}

/// The nesting depth of the transaction in an encoded kvd
/// `InternalRequest`, 0 if it holds none.
pub fn internal_txn_depth(bytes: &[u8]) -> usize {
    length_delimited_fields(bytes)
        .filter(|(field, _)| *field == INTERNAL_TXN)
        .map(|(_, body)| txn_depth(body))
        .max()
        .unwrap_or(0)
}

/// The length-delimited fields of one message, in order, skipping the
/// others; it ends early at anything malformed.
fn length_delimited_fields(mut buf: &[u8]) -> impl Iterator<Item = (u64, &[u8])> {
    std::iter::from_fn(move || loop {
        let (key, rest) = varint(buf)?;
        let field = key >> 3;
        let (body, rest) = match key & 7 {
            0 => (None, varint(rest)?.1),
            1 => (None, rest.get(8..)?),
            5 => (None, rest.get(4..)?),
            2 => {
                let (len, rest) = varint(rest)?;
                let len = usize::try_from(len).ok()?;
                (Some(rest.get(..len)?), rest.get(len..)?)
            }
            _ => return None,
        };
        buf = rest;
        if let Some(body) = body {
            return Some((field, body));
        }
    })
}

/// A base-128 varint and what follows it.
fn varint(buf: &[u8]) -> Option<(u64, &[u8])> {
    let mut value = 0u64;
    for (i, byte) in buf.iter().enumerate().take(10) {
        value |= u64::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            return Some((value, &buf[i + 1..]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::etcdserverpb::request_op::Request;
    use crate::proto::etcdserverpb::{PutRequest, RequestOp, TxnRequest};
    use crate::proto::kvdpb::{internal_request, InternalRequest};
    use prost::Message as _;

    /// A transaction nested `depth` levels, a put at the bottom, with
    /// siblings at every level so that the scan must follow the right op.
    fn nested(depth: usize) -> TxnRequest {
        let put = RequestOp {
            request: Some(Request::RequestPut(PutRequest {
                key: b"k".to_vec().into(),
                value: b"v".to_vec().into(),
                ..Default::default()
            })),
        };
        let mut txn = TxnRequest {
            success: vec![put.clone()],
            ..Default::default()
        };
        for _ in 1..depth {
            txn = TxnRequest {
                success: vec![put.clone()],
                failure: vec![
                    put.clone(),
                    RequestOp {
                        request: Some(Request::RequestTxn(txn)),
                    },
                ],
                ..Default::default()
            };
        }
        txn
    }

    #[test]
    fn counts_the_depth_of_nested_transactions() {
        for depth in [1, 2, 49, 50, 100, 128, 1000] {
            let bytes = nested(depth).encode_to_vec();
            assert_eq!(txn_depth(&bytes), depth, "depth {depth}");
            let internal = InternalRequest {
                id: 7,
                request: Some(internal_request::Request::Txn(nested(depth))),
                caller: None,
            }
            .encode_to_vec();
            assert_eq!(internal_txn_depth(&internal), depth);
        }
    }

    #[test]
    fn stops_counting_past_the_limit() {
        let bytes = nested(MAX_TXN_DEPTH + 50).encode_to_vec();
        assert_eq!(txn_depth(&bytes), MAX_TXN_DEPTH + 1);
    }

    #[test]
    fn requests_without_a_transaction_have_depth_zero() {
        let put = InternalRequest {
            id: 1,
            request: Some(internal_request::Request::Put(PutRequest {
                key: b"a".to_vec().into(),
                ..Default::default()
            })),
            caller: None,
        };
        assert_eq!(internal_txn_depth(&put.encode_to_vec()), 0);
    }

    #[test]
    fn malformed_bytes_end_the_scan_without_panicking() {
        let bytes = nested(5).encode_to_vec();
        for cut in 0..bytes.len() {
            assert!(txn_depth(&bytes[..cut]) <= 5);
        }
        assert_eq!(txn_depth(&[0xff; 12]), 1);
        assert_eq!(txn_depth(&[0x12, 0xff, 0xff, 0xff, 0xff, 0x0f]), 1);
    }

    #[test]
    fn deep_transactions_decode_on_a_thread_with_the_kvd_stack() {
        let bytes = nested(MAX_TXN_DEPTH).encode_to_vec();
        let decoded = std::thread::Builder::new()
            .stack_size(STACK_BYTES)
            .spawn(move || TxnRequest::decode(&bytes[..]).map(|t| t.encoded_len()))
            .unwrap()
            .join()
            .unwrap();
        assert!(decoded.is_ok());
    }
}
