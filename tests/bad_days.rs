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
