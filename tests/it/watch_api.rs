//! The Watch API driven by an independent client, the `etcd-client` crate:
//! live events, history replay with no gap or duplicate at the switch to
//! live, prev_kv, filters, compaction, cancel, progress, many watchers, a
//! slow consumer, and DELETE events from lease expiry.

use crate::common;

use std::time::Duration;

use common::Server;
use etcd_client::{
    Client, EventType, GetOptions, PutOptions, WatchFilterType, WatchOptions, WatchStream,
};

/// Reads responses until `n` events arrived; returns (type, key, value, mod_revision).
async fn events(stream: &mut WatchStream, n: usize) -> Vec<(EventType, String, String, i64)> {
    let mut out = Vec::new();
    while out.len() < n {
        let resp = tokio::time::timeout(Duration::from_secs(10), stream.message())
            .await
            .expect("events in time")
            .expect("stream ok")
            .expect("stream open");
        assert!(!resp.canceled(), "watch canceled: {}", resp.cancel_reason());
        for e in resp.events() {
            let kv = e.kv().expect("kv");
            out.push((
                e.event_type(),
                kv.key_str().unwrap().to_string(),
                kv.value_str().unwrap().to_string(),
                kv.mod_revision(),
            ));
        }
    }
    out
}

async fn created(stream: &mut WatchStream) -> i64 {
    let resp = stream.message().await.unwrap().unwrap();
    assert!(resp.created());
    resp.watch_id()
}

#[tokio::test]
async fn live_events_in_order() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let mut w = c
        .watch("/app/", Some(WatchOptions::new().with_prefix()))
        .await
        .unwrap();
    created(&mut w).await;
    c.put("/app/a", "1", None).await.unwrap();
    c.put("/other", "x", None).await.unwrap();
    c.put("/app/a", "2", None).await.unwrap();
    c.delete("/app/a", None).await.unwrap();
    let got = events(&mut w, 3).await;
    assert_eq!(
        got,
        [
            (EventType::Put, "/app/a".into(), "1".into(), 2),
            (EventType::Put, "/app/a".into(), "2".into(), 4),
            (EventType::Delete, "/app/a".into(), "".into(), 5),
        ]
    );
}

#[tokio::test]
async fn a_txn_arrives_in_one_response() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let mut w = c
        .watch("", Some(WatchOptions::new().with_all_keys()))
        .await
        .unwrap();
    created(&mut w).await;
    let txn = etcd_client::Txn::new().and_then([
        etcd_client::TxnOp::put("a", "1", None),
        etcd_client::TxnOp::put("b", "2", None),
        etcd_client::TxnOp::put("c", "3", None),
    ]);
    c.txn(txn).await.unwrap();
    let resp = w.message().await.unwrap().unwrap();
    assert_eq!(resp.events().len(), 3);
    assert!(resp
        .events()
        .iter()
        .all(|e| e.kv().unwrap().mod_revision() == 2));
    assert_eq!(resp.header().unwrap().revision(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn history_then_live_without_gap_or_duplicate() {
    let server = Server::kvd();
    let mut c = server.client().await;
    for i in 0..300 {
        c.put(format!("k{}", i % 7), i.to_string(), None)
            .await
            .unwrap();
    }
    // Writes go on while the watcher replays history and switches to live.
    let mut writer = c.clone();
    let writes = tokio::spawn(async move {
        for i in 300..600 {
            writer
                .put(format!("k{}", i % 7), i.to_string(), None)
                .await
                .unwrap();
        }
    });
    let mut w = c
        .watch(
            "k",
            Some(WatchOptions::new().with_prefix().with_start_revision(2)),
        )
        .await
        .unwrap();
    created(&mut w).await;
    let got = events(&mut w, 600).await;
    writes.await.unwrap();
    let revs: Vec<i64> = got.iter().map(|e| e.3).collect();
    let want: Vec<i64> = (2..602).collect();
    assert_eq!(revs, want, "every revision once, in order");
    assert!(got.iter().enumerate().all(|(i, e)| e.2 == i.to_string()));
}

#[tokio::test]
async fn prev_kv_and_filters() {
    let server = Server::kvd();
    let mut c = server.client().await;
    c.put("k", "old", None).await.unwrap();
    let mut with_prev = c
        .watch("k", Some(WatchOptions::new().with_prev_key()))
        .await
        .unwrap();
    let mut no_put = c
        .watch(
            "k",
            Some(WatchOptions::new().with_filters([WatchFilterType::NoPut])),
        )
        .await
        .unwrap();
    let mut no_delete = c
        .watch(
            "k",
            Some(WatchOptions::new().with_filters([WatchFilterType::NoDelete])),
        )
        .await
        .unwrap();
    for w in [&mut with_prev, &mut no_put, &mut no_delete] {
        created(w).await;
    }
    c.put("k", "new", None).await.unwrap();
    c.delete("k", None).await.unwrap();
    let resp = with_prev.message().await.unwrap().unwrap();
    let e = &resp.events()[0];
    assert_eq!(e.prev_kv().unwrap().value_str().unwrap(), "old");
    assert_eq!(events(&mut no_put, 1).await[0].0, EventType::Delete);
    assert_eq!(events(&mut no_delete, 1).await[0].0, EventType::Put);
}

#[tokio::test]
async fn a_compacted_start_revision_cancels_the_watch() {
    let server = Server::kvd();
    let mut c = server.client().await;
    for i in 0..5 {
        c.put("k", i.to_string(), None).await.unwrap();
    }
    c.compact(4, None).await.unwrap();
    let mut w = c
        .watch("k", Some(WatchOptions::new().with_start_revision(2)))
        .await
        .unwrap();
    created(&mut w).await;
    let resp = w.message().await.unwrap().unwrap();
    assert!(resp.canceled());
    assert_eq!(resp.compact_revision(), 4);
    // From the compacted revision itself, history is still there.
    let mut w = c
        .watch("k", Some(WatchOptions::new().with_start_revision(4)))
        .await
        .unwrap();
    created(&mut w).await;
    let got = events(&mut w, 3).await;
    assert_eq!(got.iter().map(|e| e.3).collect::<Vec<_>>(), [4, 5, 6]);
    // A live watch is not disturbed by a compaction.
    c.compact(6, None).await.unwrap();
    c.put("k", "after", None).await.unwrap();
    assert_eq!(events(&mut w, 1).await[0].2, "after");
}

#[tokio::test]
async fn cancel_progress_and_client_chosen_ids() {
    let server = Server::kvd_with(&["--experimental-watch-progress-notify-interval", "300ms"]);
    let mut c = server.client().await;
    let mut w = c
        .watch(
            "a",
            Some(WatchOptions::new().with_watch_id(42).with_progress_notify()),
        )
        .await
        .unwrap();
    assert_eq!(created(&mut w).await, 42);
    // Idle: a progress notification with the current revision.
    let resp = tokio::time::timeout(Duration::from_secs(5), w.message())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!((resp.watch_id(), resp.events().len()), (42, 0));
    assert_eq!(resp.header().unwrap().revision(), 1);
    w.request_progress().await.unwrap();
    loop {
        let resp = w.message().await.unwrap().unwrap();
        if resp.watch_id() == -1 {
            break;
        }
    }
    // A second watch with the same ID is refused.
    w.watch("b", Some(WatchOptions::new().with_watch_id(42)))
        .await
        .unwrap();
    loop {
        let resp = w.message().await.unwrap().unwrap();
        if resp.created() {
            assert!(resp.canceled());
            assert_eq!(resp.watch_id(), -1);
            break;
        }
    }
    w.cancel(42).await.unwrap();
    loop {
        let resp = w.message().await.unwrap().unwrap();
        if resp.canceled() {
            assert_eq!(resp.watch_id(), 42);
            break;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_watchers_on_overlapping_ranges_see_the_same_order() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let mut watchers = Vec::new();
    for i in 0..20 {
        let opts = match i % 3 {
            0 => WatchOptions::new().with_prefix(),
            1 => WatchOptions::new().with_range("k5"),
            _ => WatchOptions::new().with_from_key(),
        };
        let mut w = c.watch("k", Some(opts)).await.unwrap();
        created(&mut w).await;
        watchers.push((i % 3, w));
    }
    for i in 0..100 {
        c.put(format!("k{}", i % 10), i.to_string(), None)
            .await
            .unwrap();
    }
    let all: Vec<i64> = (2..102).collect();
    let below_k5: Vec<i64> = (0..100).filter(|i| i % 10 < 5).map(|i| i + 2).collect();
    for (kind, w) in watchers.iter_mut() {
        let want = if *kind == 1 { &below_k5 } else { &all };
        let got: Vec<i64> = events(w, want.len()).await.iter().map(|e| e.3).collect();
        assert_eq!(&got, want);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_consumer_still_gets_everything() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let mut w = c
        .watch("s", Some(WatchOptions::new().with_prefix()))
        .await
        .unwrap();
    created(&mut w).await;
    // Far more than any buffer holds (12 MB), none read meanwhile.
    let value = "v".repeat(20_000);
    for i in 0..600 {
        c.put(format!("s{}", i % 50), value.clone(), None)
            .await
            .unwrap();
    }
    let got: Vec<i64> = events(&mut w, 600).await.iter().map(|e| e.3).collect();
    assert_eq!(got, (2..602).collect::<Vec<_>>());
}

#[tokio::test]
async fn lease_expiry_is_seen_as_delete_events() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let mut w = c
        .watch("/services/", Some(WatchOptions::new().with_prefix()))
        .await
        .unwrap();
    created(&mut w).await;
    let lease = c.lease_grant(2, None).await.unwrap();
    c.put(
        "/services/api/1",
        "10.0.0.1:80",
        Some(PutOptions::new().with_lease(lease.id())),
    )
    .await
    .unwrap();
    let got = events(&mut w, 2).await;
    assert_eq!(
        (got[0].0, got[0].1.as_str()),
        (EventType::Put, "/services/api/1")
    );
    assert_eq!(
        (got[1].0, got[1].1.as_str()),
        (EventType::Delete, "/services/api/1")
    );
    assert_eq!(
        c.get("/services/", Some(GetOptions::new().with_prefix()))
            .await
            .unwrap()
            .count(),
        0
    );
}

#[allow(dead_code)]
fn assert_client_is_send(c: Client) -> impl Send {
    c
}

#[tokio::test]
async fn large_responses_come_in_fragments_when_asked() {
    let server = Server::kvd_with(&["--max-request-bytes", "4096"]);
    let mut c = server.client().await;
    for i in 0..10 {
        c.put(format!("f{i}"), "x".repeat(1000), None)
            .await
            .unwrap();
    }
    // Catching up, all ten events would travel together; with fragment
    // they are split into responses below the request limit.
    let opts = WatchOptions::new()
        .with_prefix()
        .with_start_revision(2)
        .with_fragment();
    let mut w = c.watch("f", Some(opts)).await.unwrap();
    created(&mut w).await;
    let mut responses = 0;
    let mut events = 0;
    while events < 10 {
        let resp = w.message().await.unwrap().unwrap();
        responses += 1;
        events += resp.events().len();
    }
    assert_eq!(events, 10);
    assert!(responses >= 3, "{responses} responses");
    // Without fragment the same history arrives in one response.
    let mut w = c
        .watch(
            "f",
            Some(WatchOptions::new().with_prefix().with_start_revision(2)),
        )
        .await
        .unwrap();
    created(&mut w).await;
    assert_eq!(w.message().await.unwrap().unwrap().events().len(), 10);
}

#[tokio::test]
async fn a_watch_on_a_long_key_prefix_gets_its_events_live_and_from_history() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let prefix = "w".repeat(4096);
    let key = |s: &str| format!("{prefix}{s}");
    let mut live = c
        .watch(
            prefix.as_str(),
            Some(WatchOptions::new().with_prefix().with_prev_key()),
        )
        .await
        .unwrap();
    created(&mut live).await;
    let first = c
        .put(key("b"), "1", None)
        .await
        .unwrap()
        .header()
        .unwrap()
        .revision();
    c.put("w", "not under the prefix", None).await.unwrap();
    c.put(key("a\0"), "2", None).await.unwrap();
    c.put(key("b"), "3", None).await.unwrap();
    c.delete(key("a\0"), None).await.unwrap();
    let want = vec![
        (EventType::Put, key("b"), "1".to_string(), first),
        (EventType::Put, key("a\0"), "2".into(), first + 2),
        (EventType::Put, key("b"), "3".into(), first + 3),
        (EventType::Delete, key("a\0"), "".into(), first + 4),
    ];
    assert_eq!(events(&mut live, 4).await, want);
    // Caught up from the store: the same events, with previous values.
    let mut past = c
        .watch(
            prefix.as_str(),
            Some(
                WatchOptions::new()
                    .with_prefix()
                    .with_prev_key()
                    .with_start_revision(first),
            ),
        )
        .await
        .unwrap();
    let mut got = Vec::new();
    let mut prevs = Vec::new();
    while got.len() < 4 {
        let resp = tokio::time::timeout(Duration::from_secs(10), past.message())
            .await
            .expect("events in time")
            .unwrap()
            .unwrap();
        for e in resp.events() {
            let kv = e.kv().unwrap();
            got.push((
                e.event_type(),
                kv.key_str().unwrap().to_string(),
                kv.value_str().unwrap().to_string(),
                kv.mod_revision(),
            ));
            prevs.push(e.prev_kv().map(|p| p.value_str().unwrap().to_string()));
        }
    }
    assert_eq!(got, want);
    assert_eq!(
        prevs,
        [None, None, Some("1".to_string()), Some("2".to_string())]
    );
}
