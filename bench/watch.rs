//! Watch benchmark: events per second delivered to N watchers while one
//! writer puts, and the server memory an idle watcher costs.
//!
//! `cargo bench --bench watch` (settings: WATCHERS, PUTS, WRITERS,
//! IDLE_WATCHERS).

#[path = "common.rs"]
mod common;

use std::time::{Duration, Instant};

use etcd_client::WatchOptions;

#[tokio::main]
async fn main() {
    let watchers = common::setting("WATCHERS", 100);
    let puts = common::setting("PUTS", 2000);
    let writers = common::setting("WRITERS", 16);
    let idle = common::setting("IDLE_WATCHERS", 10_000);
    let server = common::Bench::start(&[]).await;

    // Fan-out: every watcher sees every put.
    let mut tasks = Vec::new();
    for _ in 0..watchers {
        let mut c = server.client().await;
        let mut stream = c
            .watch("/bench/", Some(WatchOptions::new().with_prefix()))
            .await
            .unwrap();
        stream.message().await.unwrap(); // created
        tasks.push(tokio::spawn(async move {
            let mut seen = 0;
            while seen < puts {
                match stream.message().await {
                    Ok(Some(r)) => seen += r.events().len(),
                    _ => break,
                }
            }
            (seen, Instant::now())
        }));
    }
    let start = Instant::now();
    let mut writes = Vec::new();
    for w in 0..writers {
        let mut c = server.client().await;
        let share = puts / writers + usize::from(w < puts % writers);
        writes.push(tokio::spawn(async move {
            for i in 0..share {
                c.put(format!("/bench/{w}/{i}"), vec![b'x'; 256], None)
                    .await
                    .unwrap();
            }
        }));
    }
    for w in writes {
        w.await.unwrap();
    }
    let write_time = start.elapsed();
    let mut delivered = 0;
    let mut last = start;
    for t in tasks {
        let (seen, at) = t.await.unwrap();
        delivered += seen;
        last = last.max(at);
    }
    let elapsed = last.duration_since(start);
    println!("watch fan-out: {puts} puts by {writers} writers to {watchers} watchers");
    println!(
        "  puts/s:            {:.0}",
        puts as f64 / write_time.as_secs_f64()
    );
    println!("  events delivered:  {delivered} of {}", puts * watchers);
    println!(
        "  events/s:          {:.0}",
        delivered as f64 / elapsed.as_secs_f64()
    );

    // Idle watchers: memory per watcher, 1000 watches per stream.
    let before = server.rss();
    let mut streams = Vec::new();
    let mut c = server.client().await;
    for s in 0..idle.div_ceil(1000) {
        let mut stream = c.watch(format!("/idle/{s}/0"), None).await.unwrap();
        for i in 1..1000.min(idle - s * 1000) {
            stream.watch(format!("/idle/{s}/{i}"), None).await.unwrap();
        }
        streams.push(stream);
    }
    for stream in streams.iter_mut() {
        let mut created = 0;
        while created < 1000 {
            match tokio::time::timeout(Duration::from_secs(10), stream.message()).await {
                Ok(Ok(Some(r))) if r.created() => created += 1,
                Ok(Ok(Some(_))) => {}
                _ => break,
            }
        }
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let after = server.rss();
    println!("idle watchers: {idle}");
    println!(
        "  server RSS:        {} MiB -> {} MiB",
        before >> 20,
        after >> 20
    );
    println!(
        "  bytes per watcher: {}",
        after.saturating_sub(before) / idle as u64
    );
}
