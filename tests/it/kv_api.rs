//! The KV API driven by an independent client, the `etcd-client` crate:
//! every Range/Put/DeleteRange/Txn/Compact feature and etcd's errors.

use crate::common;

use common::Server;
use etcd_client::{
    Client, CompactionOptions, Compare, CompareOp, DeleteOptions, GetOptions, PutOptions,
    SortOrder, SortTarget, Txn, TxnOp, TxnOpResponse,
};
use tonic::Code;

fn status_of<T: std::fmt::Debug>(r: Result<T, etcd_client::Error>) -> (Code, String) {
    match r {
        Err(etcd_client::Error::GRpcStatus(s)) => (s.code(), s.message().to_string()),
        other => panic!("expected a gRPC error, got {other:?}"),
    }
}

async fn put(c: &mut Client, k: &str, v: &str) -> i64 {
    let r = c.put(k, v, None).await.expect("put");
    r.header().expect("header").revision()
}

fn keys(r: &etcd_client::GetResponse) -> Vec<String> {
    r.kvs()
        .iter()
        .map(|kv| kv.key_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn put_get_and_revisions_follow_etcd_rules() {
    let server = Server::kvd();
    let mut c = server.client().await;
    // A fresh store is at revision 1; each put takes the next one.
    assert_eq!(put(&mut c, "k", "v1").await, 2);
    assert_eq!(put(&mut c, "k", "v2").await, 3);
    let r = c.get("k", None).await.unwrap();
    let kv = &r.kvs()[0];
    assert_eq!(
        (
            kv.value_str().unwrap(),
            kv.create_revision(),
            kv.mod_revision(),
            kv.version()
        ),
        ("v2", 2, 3, 2)
    );
    let h = r.header().unwrap();
    assert_eq!(h.revision(), 3);
    assert_ne!(h.cluster_id(), 0);
    assert_ne!(h.member_id(), 0);
    assert!(h.raft_term() >= 1);
    // History: the old value at its revision.
    let old = c
        .get("k", Some(GetOptions::new().with_revision(2)))
        .await
        .unwrap();
    assert_eq!(old.kvs()[0].value_str().unwrap(), "v1");
    // Delete then re-create: version restarts, create revision moves.
    c.delete("k", None).await.unwrap();
    put(&mut c, "k", "v3").await;
    let kv = c.get("k", None).await.unwrap().kvs()[0].clone();
    assert_eq!((kv.create_revision(), kv.version()), (5, 1));
    // The deleted state is visible at its revision.
    assert_eq!(
        c.get("k", Some(GetOptions::new().with_revision(4)))
            .await
            .unwrap()
            .count(),
        0
    );
}

#[tokio::test]
async fn range_forms_limits_and_counts() {
    let server = Server::kvd();
    let mut c = server.client().await;
    for k in ["a", "b", "b\0", "ba", "c", "d"] {
        put(&mut c, k, k).await;
    }
    let r = c
        .get("b", Some(GetOptions::new().with_prefix()))
        .await
        .unwrap();
    assert_eq!(keys(&r), ["b", "b\0", "ba"]);
    let r = c
        .get("b", Some(GetOptions::new().with_range("c")))
        .await
        .unwrap();
    assert_eq!(keys(&r), ["b", "b\0", "ba"]);
    let r = c
        .get("c", Some(GetOptions::new().with_from_key()))
        .await
        .unwrap();
    assert_eq!(keys(&r), ["c", "d"]);
    let r = c
        .get("", Some(GetOptions::new().with_all_keys().with_limit(2)))
        .await
        .unwrap();
    assert_eq!((keys(&r).len(), r.more(), r.count()), (2, true, 6));
    let r = c
        .get("", Some(GetOptions::new().with_all_keys().with_limit(6)))
        .await
        .unwrap();
    assert!(!r.more());
    let r = c
        .get(
            "",
            Some(GetOptions::new().with_all_keys().with_count_only()),
        )
        .await
        .unwrap();
    assert_eq!((r.kvs().len(), r.count()), (0, 6));
    let r = c
        .get(
            "a",
            Some(GetOptions::new().with_range("c").with_keys_only()),
        )
        .await
        .unwrap();
    assert!(r.kvs().iter().all(|kv| kv.value().is_empty()));
    let r = c
        .get("a", Some(GetOptions::new().with_serializable()))
        .await
        .unwrap();
    assert_eq!(keys(&r), ["a"]);
    // A range whose end is not above its start is empty.
    let r = c
        .get("c", Some(GetOptions::new().with_range("a")))
        .await
        .unwrap();
    assert_eq!(r.count(), 0);
}

#[tokio::test]
async fn sorting_and_revision_filters() {
    let server = Server::kvd();
    let mut c = server.client().await;
    put(&mut c, "a", "3").await; // rev 2
    put(&mut c, "b", "1").await; // rev 3
    put(&mut c, "c", "2").await; // rev 4
    put(&mut c, "a", "9").await; // rev 5
    let all = || GetOptions::new().with_all_keys();
    let r = c
        .get(
            "",
            Some(all().with_sort(SortTarget::Value, SortOrder::Descend)),
        )
        .await
        .unwrap();
    assert_eq!(keys(&r), ["a", "c", "b"]);
    let r = c
        .get(
            "",
            Some(all().with_sort(SortTarget::Create, SortOrder::Ascend)),
        )
        .await
        .unwrap();
    assert_eq!(keys(&r), ["a", "b", "c"]);
    let r = c
        .get(
            "",
            Some(all().with_sort(SortTarget::Mod, SortOrder::Descend)),
        )
        .await
        .unwrap();
    assert_eq!(keys(&r), ["a", "c", "b"]);
    let r = c
        .get(
            "",
            Some(
                all()
                    .with_sort(SortTarget::Version, SortOrder::Descend)
                    .with_limit(1),
            ),
        )
        .await
        .unwrap();
    assert_eq!((keys(&r), r.more()), (vec!["a".to_string()], true));
    let r = c
        .get(
            "",
            Some(all().with_sort(SortTarget::Key, SortOrder::Descend)),
        )
        .await
        .unwrap();
    assert_eq!(keys(&r), ["c", "b", "a"]);
    let r = c
        .get("", Some(all().with_min_mod_revision(4)))
        .await
        .unwrap();
    assert_eq!(keys(&r), ["a", "c"]);
    let r = c
        .get("", Some(all().with_max_mod_revision(3)))
        .await
        .unwrap();
    assert_eq!(keys(&r), ["b"]);
    let r = c
        .get("", Some(all().with_min_create_revision(3)))
        .await
        .unwrap();
    assert_eq!(keys(&r), ["b", "c"]);
    let r = c
        .get("", Some(all().with_max_create_revision(2)))
        .await
        .unwrap();
    assert_eq!(keys(&r), ["a"]);
    // The count is of the whole range, before filters.
    assert_eq!(r.count(), 3);
}

#[tokio::test]
async fn put_options_and_delete() {
    let server = Server::kvd();
    let mut c = server.client().await;
    put(&mut c, "k", "v").await;
    let r = c
        .put("k", "w", Some(PutOptions::new().with_prev_key()))
        .await
        .unwrap();
    assert_eq!(r.prev_key().unwrap().value_str().unwrap(), "v");
    c.put("k", "", Some(PutOptions::new().with_ignore_value()))
        .await
        .unwrap();
    assert_eq!(
        c.get("k", None).await.unwrap().kvs()[0]
            .value_str()
            .unwrap(),
        "w"
    );
    c.put("k", "x", Some(PutOptions::new().with_ignore_lease()))
        .await
        .unwrap();
    let (code, msg) = status_of(
        c.put("nokey", "", Some(PutOptions::new().with_ignore_value()))
            .await,
    );
    assert_eq!(
        (code, msg.as_str()),
        (Code::InvalidArgument, "etcdserver: key not found")
    );
    let (code, msg) = status_of(
        c.put("k", "v", Some(PutOptions::new().with_ignore_value()))
            .await,
    );
    assert_eq!(
        (code, msg.as_str()),
        (Code::InvalidArgument, "etcdserver: value is provided")
    );
    let (code, msg) = status_of(
        c.put(
            "k",
            "v",
            Some(PutOptions::new().with_lease(7).with_ignore_lease()),
        )
        .await,
    );
    assert_eq!(
        (code, msg.as_str()),
        (Code::InvalidArgument, "etcdserver: lease is provided")
    );
    let (code, msg) = status_of(c.put("k", "v", Some(PutOptions::new().with_lease(7))).await);
    assert_eq!(
        (code, msg.as_str()),
        (Code::NotFound, "etcdserver: requested lease not found")
    );
    put(&mut c, "k2", "v2").await;
    let before = c.get("k", None).await.unwrap().header().unwrap().revision();
    let r = c
        .delete(
            "k",
            Some(DeleteOptions::new().with_prefix().with_prev_key()),
        )
        .await
        .unwrap();
    assert_eq!(r.deleted(), 2);
    assert_eq!(r.prev_kvs().len(), 2);
    // Both deletes share one revision.
    assert_eq!(r.header().unwrap().revision(), before + 1);
    // Deleting nothing changes no revision.
    let r = c.delete("k", None).await.unwrap();
    assert_eq!(
        (r.deleted(), r.header().unwrap().revision()),
        (0, before + 1)
    );
}

#[tokio::test]
async fn empty_key_and_revision_errors() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let empty = (
        Code::InvalidArgument,
        "etcdserver: key is not provided".to_string(),
    );
    assert_eq!(status_of(c.put("", "v", None).await), empty);
    assert_eq!(status_of(c.get("", None).await), empty);
    assert_eq!(status_of(c.delete("", None).await), empty);
    let future = (
        Code::OutOfRange,
        "etcdserver: mvcc: required revision is a future revision".to_string(),
    );
    assert_eq!(
        status_of(c.get("k", Some(GetOptions::new().with_revision(99))).await),
        future
    );
}

#[tokio::test]
async fn compaction_removes_history_and_reports_errors() {
    let server = Server::kvd();
    let mut c = server.client().await;
    for i in 0..5 {
        put(&mut c, "k", &i.to_string()).await; // revs 2..=6
    }
    put(&mut c, "gone", "x").await; // rev 7
    c.delete("gone", None).await.unwrap(); // rev 8
    c.compact(5, Some(CompactionOptions::new().with_physical()))
        .await
        .unwrap();
    let compacted = (
        Code::OutOfRange,
        "etcdserver: mvcc: required revision has been compacted".to_string(),
    );
    assert_eq!(
        status_of(c.get("k", Some(GetOptions::new().with_revision(4))).await),
        compacted
    );
    assert_eq!(status_of(c.compact(5, None).await), compacted);
    assert_eq!(status_of(c.compact(3, None).await), compacted);
    let future = (
        Code::OutOfRange,
        "etcdserver: mvcc: required revision is a future revision".to_string(),
    );
    assert_eq!(status_of(c.compact(100, None).await), future);
    // At the compacted revision itself, the key's value is still there.
    let r = c
        .get("k", Some(GetOptions::new().with_revision(5)))
        .await
        .unwrap();
    assert_eq!(r.kvs()[0].value_str().unwrap(), "3");
    let r = c.get("k", None).await.unwrap();
    assert_eq!(
        (r.kvs()[0].value_str().unwrap(), r.kvs()[0].version()),
        ("4", 5)
    );
    c.compact(8, Some(CompactionOptions::new().with_physical()))
        .await
        .unwrap();
    assert_eq!(
        c.get("gone", Some(GetOptions::new().with_revision(8)))
            .await
            .unwrap()
            .count(),
        0
    );
    assert_eq!(
        c.get("k", None).await.unwrap().kvs()[0]
            .value_str()
            .unwrap(),
        "4"
    );
}

#[tokio::test]
async fn txn_compares_every_target_and_operator() {
    let server = Server::kvd();
    let mut c = server.client().await;
    put(&mut c, "k", "v").await; // rev 2
    let cases = vec![
        (Compare::value("k", CompareOp::Equal, "v"), true),
        (Compare::value("k", CompareOp::NotEqual, "v"), false),
        (Compare::value("k", CompareOp::Greater, "u"), true),
        (Compare::value("k", CompareOp::Less, "u"), false),
        (Compare::version("k", CompareOp::Equal, 1), true),
        (Compare::create_revision("k", CompareOp::Equal, 2), true),
        (Compare::mod_revision("k", CompareOp::Less, 3), true),
        (Compare::lease("k", CompareOp::Equal, 0), true),
        // A missing key compares as zeros, except on value, which fails.
        (Compare::version("missing", CompareOp::Equal, 0), true),
        (
            Compare::create_revision("missing", CompareOp::Equal, 0),
            true,
        ),
        (Compare::value("missing", CompareOp::NotEqual, "x"), false),
        // A range compare holds only if it holds for every key.
        (
            Compare::version("a", CompareOp::Greater, 0).with_range("z"),
            true,
        ),
        (
            Compare::value("a", CompareOp::Equal, "v").with_prefix(),
            false,
        ),
    ];
    for (cmp, expect) in cases {
        let desc = format!("{cmp:?}");
        let r = c.txn(Txn::new().when([cmp])).await.unwrap();
        assert_eq!(r.succeeded(), expect, "{desc}");
    }
}

#[tokio::test]
async fn txn_branches_ops_and_nesting() {
    let server = Server::kvd();
    let mut c = server.client().await;
    put(&mut c, "k", "v").await; // rev 2
    let txn = Txn::new()
        .when([Compare::value("k", CompareOp::Equal, "v")])
        .and_then([
            TxnOp::put("a", "1", None),
            TxnOp::put("b", "2", None),
            TxnOp::get("a", None),
            TxnOp::delete("k", None),
            TxnOp::txn(
                Txn::new()
                    .when([Compare::version("k", CompareOp::Equal, 1)])
                    .and_then([TxnOp::put("inner", "yes", None)])
                    .or_else([TxnOp::put("inner", "no", None)]),
            ),
        ])
        .or_else([TxnOp::put("else", "1", None)]);
    let r = c.txn(txn).await.unwrap();
    assert!(r.succeeded());
    // Every write in one txn shares one revision.
    assert_eq!(r.header().unwrap().revision(), 3);
    let ops = r.op_responses();
    assert_eq!(ops.len(), 5);
    match &ops[2] {
        // Reads in a txn see its earlier writes.
        TxnOpResponse::Get(g) => assert_eq!(g.kvs()[0].value_str().unwrap(), "1"),
        other => panic!("{other:?}"),
    }
    match &ops[4] {
        // Nested compares are decided before the txn's own writes.
        TxnOpResponse::Txn(t) => assert!(t.succeeded()),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        c.get("inner", None).await.unwrap().kvs()[0]
            .value_str()
            .unwrap(),
        "yes"
    );
    assert_eq!(c.get("k", None).await.unwrap().count(), 0);
    let a = c.get("a", None).await.unwrap().kvs()[0].clone();
    assert_eq!((a.mod_revision(), a.create_revision()), (3, 3));
    // The failure branch.
    let r = c
        .txn(
            Txn::new()
                .when([Compare::value("k", CompareOp::Equal, "v")])
                .or_else([TxnOp::put("else", "1", None)]),
        )
        .await
        .unwrap();
    assert!(!r.succeeded());
    assert_eq!(r.header().unwrap().revision(), 4);
    // A read-only txn changes no revision.
    let r = c
        .txn(Txn::new().and_then([TxnOp::get("a", None)]))
        .await
        .unwrap();
    assert_eq!(r.header().unwrap().revision(), 4);
}

#[tokio::test]
async fn txn_errors_apply_nothing() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let dup = Txn::new().and_then([TxnOp::put("x", "1", None), TxnOp::put("x", "2", None)]);
    assert_eq!(
        status_of(c.txn(dup).await),
        (
            Code::InvalidArgument,
            "etcdserver: duplicate key given in txn request".to_string()
        )
    );
    let overlap = Txn::new().and_then([
        TxnOp::delete("a", Some(DeleteOptions::new().with_range("c"))),
        TxnOp::put("b", "1", None),
    ]);
    assert_eq!(
        status_of(c.txn(overlap).await).1,
        "etcdserver: duplicate key given in txn request"
    );
    let many: Vec<TxnOp> = (0..129)
        .map(|i| TxnOp::put(format!("k{i}"), "v", None))
        .collect();
    assert_eq!(
        status_of(c.txn(Txn::new().and_then(many)).await),
        (
            Code::InvalidArgument,
            "etcdserver: too many operations in txn request".to_string()
        )
    );
    // A put that would fail its check stops the whole txn before any write.
    let bad = Txn::new().and_then([
        TxnOp::put("first", "1", None),
        TxnOp::put("second", "2", Some(PutOptions::new().with_lease(99))),
    ]);
    assert_eq!(
        status_of(c.txn(bad).await).1,
        "etcdserver: requested lease not found"
    );
    assert_eq!(c.get("first", None).await.unwrap().count(), 0);
    let future = Txn::new().and_then([
        TxnOp::put("p", "1", None),
        TxnOp::get("p", Some(GetOptions::new().with_revision(50))),
    ]);
    assert_eq!(
        status_of(c.txn(future).await).1,
        "etcdserver: mvcc: required revision is a future revision"
    );
    assert_eq!(
        c.get("p", None).await.unwrap().header().unwrap().revision(),
        1
    );
}

#[tokio::test]
async fn request_size_and_op_limits_are_flags() {
    let server = Server::kvd_with(&["--max-request-bytes", "1024", "--max-txn-ops", "2"]);
    let mut c = server.client().await;
    let (code, msg) = status_of(c.put("big", vec![b'x'; 2000], None).await);
    assert_eq!(
        (code, msg.as_str()),
        (Code::InvalidArgument, "etcdserver: request is too large")
    );
    c.put("small", vec![b'x'; 500], None).await.unwrap();
    let three: Vec<TxnOp> = (0..3)
        .map(|i| TxnOp::put(format!("k{i}"), "v", None))
        .collect();
    assert_eq!(
        status_of(c.txn(Txn::new().and_then(three)).await).1,
        "etcdserver: too many operations in txn request"
    );
}

#[tokio::test]
async fn default_request_limit_is_etcds() {
    let server = Server::kvd();
    let mut c = server.client().await;
    c.put("ok", vec![b'x'; 1024 * 1024], None).await.unwrap();
    let (code, msg) = status_of(c.put("big", vec![b'x'; 1536 * 1024 + 1], None).await);
    assert_eq!(
        (code, msg.as_str()),
        (Code::InvalidArgument, "etcdserver: request is too large")
    );
}

#[tokio::test]
async fn status_and_member_list() {
    let server = Server::kvd();
    let mut c = server.client().await;
    put(&mut c, "k", "v").await;
    let s = c.status().await.unwrap();
    let h = s.header().unwrap();
    assert_eq!(s.leader(), h.member_id());
    assert!(s.raft_index() >= 4);
    assert!(s.db_size() > 0);
    assert_eq!(h.revision(), 2);
    let members = c.member_list().await.unwrap();
    let m = &members.members()[0];
    assert_eq!(m.id(), h.member_id());
    assert_eq!(m.name(), "default");
    assert_eq!(m.client_urls(), [format!("http://{}", server.endpoint)]);
}

#[tokio::test]
async fn hashkv_follows_the_keyspace_not_the_compaction_progress() {
    let server = Server::kvd();
    let mut c = server.client().await;
    for i in 0..10 {
        put(&mut c, &format!("k{}", i % 3), &i.to_string()).await;
    }
    c.delete("k0", None).await.unwrap();
    // The hash does not depend on how far physical compaction has got:
    // taken right after a compaction and again once it has surely finished,
    // it is the same.
    c.compact(8, None).await.unwrap();
    let before = c.hash_kv(0).await.unwrap();
    assert_eq!(before.header().unwrap().revision(), 12);
    assert_eq!(before.compact_version(), 8);
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let after = c.hash_kv(0).await.unwrap();
    assert_eq!(after.hash(), before.hash());
    // At a past revision the hash differs; a new write changes it too.
    assert_ne!(c.hash_kv(9).await.unwrap().hash(), before.hash());
    put(&mut c, "k9", "x").await;
    assert_ne!(c.hash_kv(0).await.unwrap().hash(), before.hash());
    assert_eq!(status_of(c.hash_kv(5).await).0, Code::OutOfRange);
    assert_eq!(c.hash_kv(12).await.unwrap().hash(), before.hash());
    assert_eq!(
        status_of(c.hash_kv(100).await).1,
        "etcdserver: mvcc: required revision is a future revision"
    );
}

#[tokio::test]
async fn a_key_longer_than_lmdb_takes_is_stored_and_only_the_request_size_limits_it() {
    let server = Server::kvd();
    let mut c = server.client().await;
    // Past LMDB's own key limit (1982 bytes with 4 KiB pages).
    let long = "k".repeat(5000);
    c.put(long.as_str(), "v", None).await.unwrap();
    let txn = Txn::new().and_then([TxnOp::put(format!("{long}2"), "w", None)]);
    assert!(c.txn(txn).await.unwrap().succeeded());
    let got = c.get(long.as_str(), None).await.unwrap();
    assert_eq!((got.count(), got.kvs()[0].value()), (1, &b"v"[..]));
    let both = c
        .get(long.as_str(), Some(GetOptions::new().with_prefix()))
        .await
        .unwrap();
    assert_eq!(both.count(), 2);
    // Only a request over --max-request-bytes (1.5 MiB) is refused.
    let too_long = "k".repeat(1536 * 1024 + 1);
    let (code, msg) = status_of(c.put(too_long.as_str(), "v", None).await);
    assert_eq!(
        (code, msg.as_str()),
        (Code::InvalidArgument, "etcdserver: request is too large")
    );
}

#[tokio::test]
async fn keys_of_2_kib_64_kib_and_1_mib_are_put_read_and_deleted() {
    let server = Server::kvd();
    let mut c = server.client().await;
    for (i, len) in [2 << 10, 64 << 10, 1 << 20].into_iter().enumerate() {
        let key: Vec<u8> = (0..len).map(|j| b'a' + ((j + i) % 26) as u8).collect();
        let value = format!("v{i}");
        let rev = c
            .put(key.clone(), value.clone(), None)
            .await
            .unwrap()
            .header()
            .unwrap()
            .revision();
        let got = c.get(key.clone(), None).await.unwrap();
        assert_eq!(got.count(), 1, "{len}-byte key");
        assert_eq!(got.kvs()[0].key(), key.as_slice());
        assert_eq!(got.kvs()[0].value(), value.as_bytes());
        assert_eq!(got.kvs()[0].mod_revision(), rev);
        // Its prefix is another key, but a prefix range finds it (the
        // request holds the prefix twice: it must fit the request limit).
        let shorter = key[..(len - 1).min(256 << 10)].to_vec();
        assert_eq!(c.get(shorter.clone(), None).await.unwrap().count(), 0);
        let opts = GetOptions::new().with_prefix().with_keys_only();
        let found = c.get(shorter, Some(opts)).await.unwrap();
        assert_eq!(found.count(), 1);
        let deleted = c.delete(key.clone(), None).await.unwrap();
        assert_eq!(deleted.deleted(), 1);
        assert_eq!(c.get(key.clone(), None).await.unwrap().count(), 0);
        let past = c
            .get(key.clone(), Some(GetOptions::new().with_revision(rev)))
            .await
            .unwrap();
        assert_eq!(past.kvs()[0].value(), value.as_bytes());
    }
}

#[tokio::test]
async fn a_range_over_100_keys_sharing_a_4_kib_prefix_is_in_key_order() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let prefix = vec![b'p'; 4096];
    // Suffixes that are prefixes of each other, differ in their last
    // byte, hold zero bytes; put in an order unrelated to key order.
    let mut keys: Vec<Vec<u8>> = (0..100u32)
        .map(|i| {
            let n = (i * 37) % 100;
            let suffix = match n % 4 {
                0 => vec![b'a'; (n / 4) as usize + 1],
                1 => vec![b'm', n as u8],
                2 => vec![b'z', 0, n as u8],
                _ => format!("q{n}").into_bytes(),
            };
            [&prefix[..], &suffix].concat()
        })
        .collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), 100);
    let mut order = keys.clone();
    order.sort_by_key(|k| fnv1a(k));
    c.put("o", "before", None).await.unwrap();
    let mut half = 0;
    for (i, key) in order.iter().enumerate() {
        let r = c.put(key.clone(), format!("v{i}"), None).await.unwrap();
        if i + 1 == order.len() / 2 {
            half = r.header().unwrap().revision();
        }
    }
    c.put("q", "after", None).await.unwrap();
    let all = |r: &etcd_client::GetResponse| -> Vec<Vec<u8>> {
        r.kvs().iter().map(|kv| kv.key().to_vec()).collect()
    };
    let prefixed = || GetOptions::new().with_prefix();
    let got = c.get(prefix.clone(), Some(prefixed())).await.unwrap();
    assert_eq!(
        (got.count() as usize, all(&got)),
        (keys.len(), keys.clone())
    );
    let limited = c
        .get(prefix.clone(), Some(prefixed().with_limit(10)))
        .await
        .unwrap();
    assert_eq!(all(&limited), keys[..10]);
    assert!(limited.more());
    assert_eq!(limited.count() as usize, keys.len());
    let mut then: Vec<Vec<u8>> = order[..order.len() / 2].to_vec();
    then.sort();
    let past = c
        .get(prefix.clone(), Some(prefixed().with_revision(half)))
        .await
        .unwrap();
    assert_eq!(all(&past), then);
    let past_limited = c
        .get(
            prefix.clone(),
            Some(prefixed().with_revision(half).with_limit(3)),
        )
        .await
        .unwrap();
    assert_eq!(all(&past_limited), then[..3]);
    assert_eq!(past_limited.count() as usize, then.len());
    // A range that starts and ends inside the group.
    let (from, to) = (keys[20].clone(), keys[70].clone());
    let inner = c
        .get(from, Some(GetOptions::new().with_range(to)))
        .await
        .unwrap();
    assert_eq!(all(&inner), keys[20..70]);
    let counted = c
        .get(prefix.clone(), Some(prefixed().with_count_only()))
        .await
        .unwrap();
    assert_eq!(
        (counted.count() as usize, counted.kvs().len()),
        (keys.len(), 0)
    );
    let descending = c
        .get(
            prefix.clone(),
            Some(prefixed().with_sort(SortTarget::Key, SortOrder::Descend)),
        )
        .await
        .unwrap();
    let mut reversed = keys.clone();
    reversed.reverse();
    assert_eq!(all(&descending), reversed);
    // Everything from "o" on: the group sits between "o" and "q".
    let from_o = c
        .get(
            "o",
            Some(GetOptions::new().with_from_key().with_keys_only()),
        )
        .await
        .unwrap();
    let mut want = vec![b"o".to_vec()];
    want.extend(keys.iter().cloned());
    want.push(b"q".to_vec());
    assert_eq!(all(&from_o), want);
    // Deleting part of the group by range.
    let deleted = c
        .delete(
            keys[90].clone(),
            Some(DeleteOptions::new().with_range(prefix_end(&prefix))),
        )
        .await
        .unwrap();
    assert_eq!(deleted.deleted() as usize, keys.len() - 90);
    let left = c.get(prefix.clone(), Some(prefixed())).await.unwrap();
    assert_eq!(all(&left), keys[..90]);
}

/// FNV-1a: a stable shuffle for test data.
fn fnv1a(b: &[u8]) -> u32 {
    b.iter().fold(0x811c_9dc5u32, |h, x| {
        (h ^ u32::from(*x)).wrapping_mul(0x0100_0193)
    })
}

fn prefix_end(prefix: &[u8]) -> Vec<u8> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < 0xff {
            end.push(last + 1);
            return end;
        }
    }
    vec![0]
}

#[tokio::test]
async fn etcdctl_puts_and_gets_a_2_kib_key() {
    let etcdctl = std::path::Path::new("/usr/bin/etcdctl");
    if !etcdctl.exists() {
        eprintln!("skipped: no /usr/bin/etcdctl (apt-get install etcd-client)");
        return;
    }
    let server = Server::kvd();
    let key = "e".repeat(2048);
    let run = |args: &[&str]| {
        let out = std::process::Command::new(etcdctl)
            .arg(format!("--endpoints={}", server.endpoint))
            .args(args)
            .env("ETCDCTL_API", "3")
            .output()
            .expect("run etcdctl");
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(run(&["put", &key, "from-etcdctl"]), "OK\n");
    assert_eq!(run(&["get", &key, "--print-value-only"]), "from-etcdctl\n");
    assert_eq!(
        run(&["get", "e", "--prefix", "--keys-only"]),
        format!("{key}\n\n")
    );
    let mut c = server.client().await;
    assert_eq!(
        c.get(key.as_str(), None).await.unwrap().kvs()[0].value(),
        b"from-etcdctl"
    );
}

#[tokio::test]
async fn periodic_auto_compaction_drops_history_older_than_its_window() {
    let server = common::Server::kvd_with(&[
        "--auto-compaction-mode",
        "periodic",
        "--auto-compaction-retention",
        "2s",
    ]);
    let mut c = server.client().await;
    let first = c
        .put("k", "v0", None)
        .await
        .unwrap()
        .header()
        .unwrap()
        .revision();
    for i in 1..5 {
        c.put("k", format!("v{i}"), None).await.unwrap();
    }
    // The window is 2 s, looked at every 0.2 s: history from before it
    // goes once it is 2 s old (waiting up to 30 s on a loaded machine).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let old = c
            .get(
                "k",
                Some(etcd_client::GetOptions::new().with_revision(first)),
            )
            .await;
        match old {
            Err(e)
                if e.to_string()
                    .contains("required revision has been compacted") =>
            {
                break
            }
            other => assert!(
                std::time::Instant::now() < deadline,
                "still there: {other:?}\n{}",
                server.log()
            ),
        }
        // Keep writing, as a live cluster does.
        c.put("k", "more", None).await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(server.log().contains("auto-compacted"), "{}", server.log());
    let now = c.get("k", None).await.unwrap();
    assert_eq!(now.kvs()[0].value(), b"more");
}
