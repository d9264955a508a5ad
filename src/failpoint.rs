//! Crash points for tests: with `KVD_FAILPOINT=<name>` (and optionally
//! `KVD_FAILPOINT_AFTER=<hits>`) the process aborts where the write path
//! calls `reached(name)`, as a kill -9 would stop it there.

/// Aborts the process if `name` is the crash point asked for and its hit
/// count has passed `KVD_FAILPOINT_AFTER`.
pub fn reached(name: &str) {
    if hit(name) {
        abort(name);
    }
}

/// Whether `name` is the crash point asked for and its hit count has passed
/// `KVD_FAILPOINT_AFTER`; for a point that does something before it aborts.
pub fn hit(name: &str) -> bool {
    static POINT: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    let point = POINT.get_or_init(|| std::env::var("KVD_FAILPOINT").ok());
    if point.as_deref() != Some(name) {
        return false;
    }
    static HITS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    // Let the member start and take a few writes before dying.
    let after: u64 = std::env::var("KVD_FAILPOINT_AFTER")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    HITS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) >= after
}

/// Stops the process at crash point `name`.
pub fn abort(name: &str) -> ! {
    eprintln!("kvd: failpoint {name} reached; aborting");
    std::process::abort();
}
