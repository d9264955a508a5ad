//! Entry points for the fuzz targets in fuzz/ and for the regression
//! tests over their corpus: each takes bytes as they would come from the
//! network or the disk and runs them through the code a member runs on
//! them. None may panic, hang or crash the process, whatever the bytes.

use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use prost::Message as _;
use raft::prelude::{ConfChange, Entry};

use crate::apply::{Applier, Compactor, Effects};
use crate::lease::Lessor;
use crate::proto::etcdserverpb::{
    CompactionRequest, DeleteRangeRequest, LeaseGrantRequest, LeaseRevokeRequest, PutRequest,
    RangeRequest, TxnRequest,
};
use crate::proto::kvdpb::{internal_request::Request, InternalRequest};
use crate::store::{Bootstrap, Store};
use crate::watch::WatchHub;

/// A client's HTTP/2 connection through the `:authority` rewriter.
pub fn http2_connection(data: &[u8]) {
    let _ = crate::server::rewrite_connection(data);
}

/// A client request of the kind the first byte picks: the codec's nesting
/// check, decoding, the services' checks, then applying it as a committed
/// entry in a transaction that is never committed.
pub fn client_request(data: &[u8]) {
    let Some((&kind, body)) = data.split_first() else {
        return;
    };
    let request = match kind % 7 {
        0 => decode::<PutRequest>(body).map(Request::Put),
        1 => decode::<DeleteRangeRequest>(body).map(Request::DeleteRange),
        // The fuzzer's thread has no kvd-sized stack; etcd's op budget
        // (128 ops) refuses deeper transactions before they are applied.
        2 if crate::nesting::txn_depth(body) <= FUZZ_DEPTH => {
            decode::<TxnRequest>(body).map(Request::Txn)
        }
        3 => decode::<CompactionRequest>(body).map(Request::Compaction),
        4 => decode::<LeaseGrantRequest>(body).map(Request::LeaseGrant),
        5 => decode::<LeaseRevokeRequest>(body).map(Request::LeaseRevoke),
        6 => {
            range(body);
            None
        }
        _ => None,
    };
    let Some(request) = request else {
        return;
    };
    if crate::server::validate_request(&request, 128).is_err() {
        return;
    }
    apply(&InternalRequest {
        id: 1,
        request: Some(request),
        caller: None,
    });
}

/// A committed log entry's bytes, applied as they are.
pub fn log_entry(data: &[u8]) {
    if crate::nesting::internal_txn_depth(data) <= FUZZ_DEPTH {
        apply_entry(data.to_vec());
    }
}

/// The deepest transaction the fuzz entries decode on the fuzzer's stack.
const FUZZ_DEPTH: usize = 128;

/// A peer's Raft message, as the peer service admits it.
pub fn peer_message(data: &[u8]) {
    let _ = crate::server::admit_peer_message(data);
    let _ = crate::proto::kvdpeer::RaftBatch::decode(data);
    let _ = crate::proto::kvdpeer::SnapshotChunk::decode(data);
}

/// A data directory whose database file holds `data`: opening it must
/// refuse it or open it, never crash.
pub fn data_dir(data: &[u8]) {
    let dir = scratch("data-dir");
    let _ = std::fs::remove_dir_all(&dir);
    let db = dir.join("db");
    if std::fs::create_dir_all(&db).is_err() {
        return;
    }
    let _ = std::fs::write(dir.join("KVD_DATA"), "kvd data directory, format 1\n");
    let _ = std::fs::write(db.join("data.mdb"), data);
    if let Ok((store, _)) = Store::open(&dir, &bootstrap()) {
        if let Ok(txn) = store.read() {
            let view = txn.view();
            let _ = view.hash_kv(0, 0);
            let _ = crate::store::meta::members(view);
        }
    }
}

/// A file given to `kvd snapshot status` and `snapshot restore` (its
/// digest unchecked, as with --skip-hash-check, so the bytes reach the
/// bbolt reader and etcd's import, or kvd's own backup reader): each must
/// refuse damage with an error.
pub fn snapshot_file(data: &[u8]) {
    let dir = scratch("snapshot-file");
    let _ = std::fs::remove_dir_all(&dir);
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    let file = dir.join("snapshot.db");
    if std::fs::write(&file, data).is_err() {
        return;
    }
    let _ = crate::store::backup::backup_status(&file);
    let _ = crate::store::backup::restore_backup(&file, &dir.join("restored"), &bootstrap(), true);
}

fn decode<M: prost::Message + Default>(body: &[u8]) -> Option<M> {
    M::decode(body).ok()
}

/// A range read against the scratch store.
fn range(body: &[u8]) {
    let Some(req) = decode::<RangeRequest>(body) else {
        return;
    };
    let (store, _) = state();
    if let Ok(txn) = store.read() {
        let view = txn.view();
        if let Ok(current) = view.current_rev() {
            let _ = crate::apply::range::range(&view, &req, current);
        }
    }
}

fn apply(request: &InternalRequest) {
    apply_entry(request.encode_to_vec());
}

fn apply_entry(data: Vec<u8>) {
    let (store, applier) = state();
    let Ok(mut applier) = applier.lock() else {
        return;
    };
    let Ok(mut txn) = store.write() else {
        return;
    };
    let entry = Entry {
        index: 1,
        term: 1,
        data: data.into(),
        ..Default::default()
    };
    let mut no_conf = |_: &ConfChange| None;
    let _ = applier.apply_in(&mut txn, &[entry], &mut no_conf, &mut Effects::default());
    // Dropped, not committed: every input starts from the same store.
}

/// The scratch store every input is applied to, made once per process.
fn state() -> &'static (Store, Mutex<Applier>) {
    static STATE: OnceLock<(Store, Mutex<Applier>)> = OnceLock::new();
    STATE.get_or_init(|| {
        let dir = scratch("store");
        let _ = std::fs::remove_dir_all(&dir);
        let (store, _) = Store::open(&dir, &bootstrap()).expect("scratch store");
        let compactor = Compactor::start(store.clone()).expect("compactor");
        let lessor = Lessor::load(&store, std::time::Duration::from_secs(1)).expect("lessor");
        let applier = Applier::new(
            store.clone(),
            compactor,
            lessor,
            WatchHub::new(1),
            std::sync::Arc::new(crate::auth::Auth::new(&Default::default()).expect("default auth")),
        );
        (store, Mutex::new(applier))
    })
}

fn bootstrap() -> Bootstrap {
    Bootstrap {
        member_id: 1,
        cluster_id: 2,
        members: vec![],
        join: false,
    }
}

/// A directory of this process's own under the temp directory.
fn scratch(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("kvd-fuzz-{}-{name}", std::process::id()))
}
