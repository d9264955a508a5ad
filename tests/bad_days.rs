//! Regressions for the defects an adversarial probe found (bad input,
//! damaged or full disks, resource limits, membership changes that break
//! quorum). Each test failed before its fix.

mod common;

use common::Server;
use etcd_client::{Client, Txn, TxnOp, TxnOpResponse};
use tonic::Code;

/// A transaction nested `depth` levels deep with one put at the bottom.
fn nested_txn(depth: usize, key: &str) -> Txn {
    let mut txn = Txn::new().and_then(vec![TxnOp::put(key, "v", None)]);
    for _ in 1..depth {
        txn = Txn::new().and_then(vec![TxnOp::txn(txn)]);
    }
    txn
}

/// How deep a transaction's response nests, and whether every level
/// succeeded.
fn response_depth(resp: &etcd_client::TxnResponse) -> (usize, bool) {
    let mut depth = 1;
    let mut all_ok = resp.succeeded();
    let mut ops = resp.op_responses();
    while let Some(TxnOpResponse::Txn(inner)) = ops.first() {
        depth += 1;
        all_ok &= inner.succeeded();
        ops = inner.op_responses();
    }
    (depth, all_ok)
}

/// Sends nested transactions of each depth; what each one answered and
/// whether its put is then readable.
async fn nested_outcomes(c: &mut Client, depths: &[usize]) -> Vec<String> {
    let mut out = Vec::new();
    for &depth in depths {
        let key = format!("nested{depth}");
        let answer = match c.txn(nested_txn(depth, &key)).await {
            Ok(r) => format!("{:?}", response_depth(&r)),
            Err(etcd_client::Error::GRpcStatus(s)) => format!("{:?}", s.code()),
            Err(e) => format!("client error {e}"),
        };
        let found = c.get(key.as_str(), None).await.unwrap().count();
        out.push(format!("depth {depth}: {answer}, key found: {found}"));
    }
    out
}

#[tokio::test]
async fn nested_transactions_apply_at_every_depth_etcd_accepts() {
    let depths = [1, 49, 50, 51, 100, 128, 129, 1000];
    let etcd = Server::etcd();
    let kvd = Server::kvd();
    let want = nested_outcomes(&mut etcd.client().await, &depths).await;
    let got = nested_outcomes(&mut kvd.client().await, &depths).await;
    assert_eq!(got, want);
    // etcd counts the operations on a path through nested transactions
    // against --max-txn-ops (128): one op a level allows 128 levels.
    let (accepted, refused) = got.split_at(got.len() - 2);
    assert!(accepted.iter().all(|l| l.ends_with("true), key found: 1")));
    assert!(refused
        .iter()
        .all(|l| l.ends_with("InvalidArgument, key found: 0")));
}

/// Runs `test` on a thread with kvd's stack: the client, too, encodes and
/// decodes a deeply nested transaction recursively.
fn on_kvd_stack(test: impl std::future::Future<Output = ()> + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(kvd::nesting::STACK_BYTES)
        .spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap()
                .block_on(test)
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn a_transaction_nested_past_kvds_bound_is_refused_before_it_is_proposed() {
    on_kvd_stack(refuse_past_kvds_bound());
}

async fn refuse_past_kvds_bound() {
    // With etcd's op budget lifted, kvd's own bound on nesting applies.
    let kvd = Server::kvd_with(&["--max-txn-ops", "1000000"]);
    let mut c = kvd.client().await;
    let before = c.get("x", None).await.unwrap().header().unwrap().revision();
    let deepest = kvd::nesting::MAX_TXN_DEPTH;
    match c.txn(nested_txn(deepest + 1, "too-deep")).await {
        Err(etcd_client::Error::GRpcStatus(s)) => {
            assert_eq!(s.code(), Code::InvalidArgument);
            assert_eq!(s.message(), kvd::error::Error::TxnTooDeep.to_string());
        }
        other => panic!("expected InvalidArgument, got {other:?}"),
    }
    let after = c.get("x", None).await.unwrap().header().unwrap().revision();
    assert_eq!(after, before, "nothing was proposed");
    // The deepest transaction kvd accepts is applied.
    let r = c.txn(nested_txn(deepest, "deepest")).await.unwrap();
    assert_eq!(response_depth(&r), (deepest, true));
    assert_eq!(c.get("deepest", None).await.unwrap().count(), 1);
}

/// A peer client to `server`'s peer port, as another member would dial it.
async fn peer_client(
    server: &Server,
) -> kvd::proto::kvdpeer::peer_client::PeerClient<tonic::transport::Channel> {
    kvd::proto::kvdpeer::peer_client::PeerClient::connect(server.peer_url())
        .await
        .expect("peer port")
        .max_encoding_message_size(usize::MAX)
}

/// A Raft snapshot message to `to` from a member that does not exist, at
/// a term and index ahead of everything `to` has.
fn bogus_snapshot(to: u64, data: &[u8]) -> raft::prelude::Message {
    let mut m = raft::prelude::Message::default();
    m.set_msg_type(raft::prelude::MessageType::MsgSnapshot);
    m.to = to;
    m.from = 0xbad;
    m.term = 1000;
    let snap = m.mut_snapshot();
    snap.data = data.to_vec().into();
    let md = snap.mut_metadata();
    md.index = 1_000_000;
    md.term = 1000;
    md.mut_conf_state().voters = vec![to, 0xbad];
    m
}

/// Waits until `server` takes writes again (a member pushed off by a fake
/// leader elects itself once that leader stays silent).
async fn writes_again(c: &mut Client) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        match c.put("after", "ok", None).await {
            Ok(_) => return,
            Err(e) if std::time::Instant::now() < deadline => {
                let _ = e;
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            }
            Err(e) => panic!("the member takes no writes: {e}"),
        }
    }
}

#[tokio::test]
async fn a_peer_message_cannot_name_a_file() {
    use protobuf::Message as _;
    let mut kvd = Server::kvd();
    let mut c = kvd.client().await;
    let me = c.status().await.unwrap().header().unwrap().member_id();
    let victim = tempfile::NamedTempFile::new().unwrap();
    let path = victim.path().to_string_lossy().into_owned();
    let msg = bogus_snapshot(me, path.as_bytes())
        .write_to_bytes()
        .unwrap();
    let batch = kvd::proto::kvdpeer::RaftBatch {
        from: 0xbad,
        messages: vec![msg.into()],
    };
    let sent = peer_client(&kvd)
        .await
        .send(tokio_stream::iter(vec![batch]))
        .await;
    assert!(sent.is_ok(), "{sent:?}");
    writes_again(&mut c).await;
    assert!(victim.path().exists(), "the named file is untouched");
    assert_eq!(kvd.wait_exit(std::time::Duration::from_millis(100)), None);
}

#[tokio::test]
async fn a_snapshot_that_cannot_be_installed_does_not_stop_the_member() {
    use protobuf::Message as _;
    let mut kvd = Server::kvd();
    let mut c = kvd.client().await;
    let me = c.status().await.unwrap().header().unwrap().member_id();
    let first = kvd::proto::kvdpeer::SnapshotChunk {
        message: bogus_snapshot(me, b"").write_to_bytes().unwrap().into(),
        ..Default::default()
    };
    let records = kvd::proto::kvdpeer::SnapshotChunk {
        records: vec![kvd::proto::kvdpeer::SnapshotRecord {
            table: 99,
            key: b"k".to_vec().into(),
            value: b"v".to_vec().into(),
        }],
        last: true,
        ..Default::default()
    };
    let sent = peer_client(&kvd)
        .await
        .snapshot(tokio_stream::iter(vec![first, records]))
        .await;
    assert!(sent.is_ok(), "{sent:?}");
    if kvd.wait_exit(std::time::Duration::from_secs(1)).is_some() {
        panic!("the member stopped:\n{}", kvd.log());
    }
    writes_again(&mut c).await;
    assert!(kvd
        .log()
        .contains("installing the leader's snapshot failed"));
}

#[tokio::test]
async fn peer_messages_have_a_size_limit() {
    let kvd = Server::kvd();
    let limit = kvd::raft::peer_message_limit(1536 * 1024);
    let batch = kvd::proto::kvdpeer::RaftBatch {
        from: 0xbad,
        messages: vec![vec![0u8; limit + 1].into()],
    };
    let sent = peer_client(&kvd)
        .await
        .send(tokio_stream::iter(vec![batch]))
        .await;
    let status = sent.expect_err("an oversized peer message is refused");
    assert!(
        matches!(status.code(), Code::OutOfRange | Code::ResourceExhausted),
        "{status:?}"
    );
    let mut c = kvd.client().await;
    c.put("still", "serving", None).await.unwrap();
}
