//! Defragment: the database file shrinks to what is in use, reads go on
//! meanwhile, and Debian's etcdctl and kvd both drive it.

use crate::common;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use common::{debian_tool, kvd_bin, Server};

async fn db_size(c: &mut etcd_client::Client) -> i64 {
    c.status().await.unwrap().db_size()
}

#[tokio::test]
async fn defrag_under_a_read_load_shrinks_the_file_and_no_read_fails() {
    let kvd = Server::kvd();
    let mut c = kvd.client().await;
    let big = vec![b'x'; 20 << 10];
    for i in 0..300 {
        c.put(format!("big{i:03}"), big.clone(), None)
            .await
            .unwrap();
    }
    for i in 0..50 {
        c.put(format!("keep{i:02}"), format!("v{i}"), None)
            .await
            .unwrap();
    }
    let rev = c
        .delete("big", Some(etcd_client::DeleteOptions::new().with_prefix()))
        .await
        .unwrap()
        .header()
        .unwrap()
        .revision();
    c.compact(
        rev,
        Some(etcd_client::CompactionOptions::new().with_physical()),
    )
    .await
    .unwrap();
    let grown = db_size(&mut c).await;
    assert!(grown > 5 << 20, "the file grew to {grown}");

    // Readers on their own connections, for as long as the defrags run.
    let stop = Arc::new(AtomicBool::new(false));
    let reads = Arc::new(AtomicU64::new(0));
    let mut readers = Vec::new();
    for r in 0..4 {
        let mut rc = kvd.client().await;
        let (stop, reads) = (stop.clone(), reads.clone());
        readers.push(tokio::spawn(async move {
            let mut i = r;
            while !stop.load(Ordering::Relaxed) {
                let key = format!("keep{:02}", i % 50);
                let got = rc.get(key.as_str(), None).await.expect("a read failed");
                assert_eq!(got.kvs()[0].value(), format!("v{}", i % 50).as_bytes());
                reads.fetch_add(1, Ordering::Relaxed);
                i += 1;
            }
        }));
    }
    let etcdctl = debian_tool("etcdctl", "etcd-client");
    let endpoint = kvd.endpoint.clone();
    let (out, err, code) = tokio::task::spawn_blocking(move || {
        common::run(
            std::process::Command::new(etcdctl)
                .env("ETCDCTL_API", "3")
                .args(["--endpoints", &endpoint, "defrag"]),
        )
    })
    .await
    .unwrap();
    assert_eq!(
        (out.as_str(), code),
        (
            format!("Finished defragmenting etcd member[{}]\n", kvd.endpoint).as_str(),
            0
        ),
        "{err}"
    );
    let endpoint = kvd.endpoint.clone();
    let (out, err, code) = tokio::task::spawn_blocking(move || {
        common::run(std::process::Command::new(kvd_bin()).args([
            "--endpoints",
            &endpoint,
            "defrag",
            "--cluster",
        ]))
    })
    .await
    .unwrap();
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.starts_with("Finished defragmenting etcd member[http://"),
        "{out}"
    );
    stop.store(true, Ordering::Relaxed);
    for r in readers {
        r.await.unwrap();
    }
    assert!(reads.load(Ordering::Relaxed) > 0);

    let shrunk = db_size(&mut c).await;
    assert!(shrunk * 10 < grown, "{grown} -> {shrunk}");
    // Everything kept is still there, and writes go on.
    let kept = c
        .get("keep", Some(etcd_client::GetOptions::new().with_prefix()))
        .await
        .unwrap();
    assert_eq!(kept.kvs().len(), 50);
    c.put("after", "defrag", None).await.unwrap();
    // And after a restart, from the defragmented file.
    let mut kvd = kvd;
    kvd.restart(&[]);
    let mut c = kvd.client().await;
    let kept = c
        .get("", Some(etcd_client::GetOptions::new().with_from_key()))
        .await
        .unwrap();
    assert_eq!(kept.kvs().len(), 51);
}

#[tokio::test]
async fn defrag_needs_the_root_role_when_auth_is_on() {
    let kvd = Server::kvd();
    let ours = |args: &[&str]| {
        common::run(
            std::process::Command::new(kvd_bin())
                .args(["--endpoints", &kvd.endpoint])
                .args(args),
        )
    };
    for args in [
        &["user", "add", "root:rootpw"][..],
        &["user", "add", "alice:alicepw"],
        &["auth", "enable"],
    ] {
        let (_, err, code) = ours(args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let (out, err, code) = ours(&["--user", "alice:alicepw", "defrag"]);
    assert_eq!(out, "");
    assert_eq!(
        err,
        format!(
            "Failed to defragment etcd member[{}] (rpc error: code = Unknown desc = auth: permission denied)\n",
            kvd.endpoint
        )
    );
    assert_eq!(code, 1);
    let (out, err, code) = ours(&["--user", "root:rootpw", "defrag"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        out,
        format!("Finished defragmenting etcd member[{}]\n", kvd.endpoint)
    );
}
