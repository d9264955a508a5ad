//! The key-value workloads' clients: put, range, txn-put and txn-mixed.
//! Each sends one request per call and waits for its answer.

use bytes::Bytes;

use super::drive::{answered, Requester};
use super::keys::{KeySpace, Rng};
use super::{Read, Write};
use crate::client::Transport;
use crate::proto::etcdserverpb::kv_client::KvClient;
use crate::proto::etcdserverpb::request_op::Request;
use crate::proto::etcdserverpb::{PutRequest, RangeRequest, RequestOp, TxnRequest};

/// A value of `len` random bytes, one per client: etcd's benchmark writes
/// random values too, so servers that compress see the same data.
fn value(len: usize, rng: &mut Rng) -> Bytes {
    Bytes::from(rng.bytes(len))
}

fn put_request(key: Vec<u8>, value: &Bytes) -> PutRequest {
    PutRequest {
        key: key.into(),
        value: value.clone(),
        ..Default::default()
    }
}

impl Read {
    fn request(&self) -> RangeRequest {
        RangeRequest {
            key: self.key.clone().into(),
            range_end: self.range_end.clone().into(),
            limit: self.limit,
            serializable: self.serializable,
            count_only: self.count_only,
            ..Default::default()
        }
    }
}

/// A `put` client.
pub struct Put {
    kv: KvClient<Transport>,
    keys: KeySpace,
    value: Bytes,
    rng: Rng,
}

impl Put {
    /// Client number `n`, writing `w` over `kv`.
    pub fn new(kv: KvClient<Transport>, w: &Write, n: usize) -> Put {
        let mut rng = Rng::seeded(n as u64);
        Put {
            kv,
            keys: w.keys,
            value: value(w.val_size, &mut rng),
            rng,
        }
    }
}

impl Requester for Put {
    async fn send(&mut self, index: u64, _kind: usize) -> Result<(), String> {
        let key = self.keys.key(self.keys.pick(index, &mut self.rng));
        answered(self.kv.put(put_request(key, &self.value)).await)
    }
}

/// A `range` client.
pub struct Range {
    kv: KvClient<Transport>,
    request: RangeRequest,
}

impl Range {
    /// A client sending `read` over `kv`.
    pub fn new(kv: KvClient<Transport>, read: &Read) -> Range {
        Range {
            kv,
            request: read.request(),
        }
    }
}

impl Requester for Range {
    async fn send(&mut self, _index: u64, _kind: usize) -> Result<(), String> {
        answered(self.kv.range(self.request.clone()).await)
    }
}

/// A `txn-put` client.
pub struct TxnPut {
    kv: KvClient<Transport>,
    keys: KeySpace,
    ops: usize,
    value: Bytes,
    rng: Rng,
}

impl TxnPut {
    /// Client number `n`, writing `w` in transactions of `ops` puts.
    pub fn new(kv: KvClient<Transport>, w: &Write, ops: usize, n: usize) -> TxnPut {
        let mut rng = Rng::seeded(n as u64);
        TxnPut {
            kv,
            keys: w.keys,
            ops,
            value: value(w.val_size, &mut rng),
            rng,
        }
    }
}

impl Requester for TxnPut {
    async fn send(&mut self, index: u64, _kind: usize) -> Result<(), String> {
        // Consecutive keys from a first one: distinct as long as the key
        // space holds `ops` keys (checked before the run).
        let ops = self.ops as u64;
        let first = self.keys.pick(index * ops, &mut self.rng);
        let success = (0..ops)
            .map(|j| RequestOp {
                request: Some(Request::RequestPut(put_request(
                    self.keys.key(first + j),
                    &self.value,
                ))),
            })
            .collect();
        let txn = TxnRequest {
            success,
            ..Default::default()
        };
        answered(self.kv.txn(txn).await)
    }
}

/// A `txn-mixed` client: kind 0 is a read, kind 1 a write.
pub struct TxnMixed {
    kv: KvClient<Transport>,
    keys: KeySpace,
    read: RangeRequest,
    value: Bytes,
    read_share: f64,
    rng: Rng,
}

impl TxnMixed {
    /// Client number `n`: reads `read` and writes `w`, `rw_ratio` reads per
    /// write.
    pub fn new(
        kv: KvClient<Transport>,
        w: &Write,
        read: &Read,
        rw_ratio: f64,
        n: usize,
    ) -> TxnMixed {
        let mut rng = Rng::seeded(n as u64);
        TxnMixed {
            kv,
            keys: w.keys,
            read: read.request(),
            value: value(w.val_size, &mut rng),
            read_share: rw_ratio / (1.0 + rw_ratio),
            rng,
        }
    }
}

impl Requester for TxnMixed {
    fn kind(&mut self, _index: u64) -> usize {
        if self.rng.unit() < self.read_share {
            0
        } else {
            1
        }
    }

    async fn send(&mut self, index: u64, kind: usize) -> Result<(), String> {
        let request = if kind == 0 {
            // A transaction of serializable ranges only is served like a
            // serializable range, so --consistency matters here too.
            Request::RequestRange(self.read.clone())
        } else {
            let key = self.keys.key(self.keys.pick(index, &mut self.rng));
            Request::RequestPut(put_request(key, &self.value))
        };
        let txn = TxnRequest {
            success: vec![RequestOp {
                request: Some(request),
            }],
            ..Default::default()
        };
        answered(self.kv.txn(txn).await)
    }
}
