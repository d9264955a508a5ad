//! Hooks the fault-injection harness (tests/chaos) sets through the
//! environment. Unset, they cost one cached lookup and change nothing.
//!
//! - `KVD_DIAL_ROUTES=host:port=host:port,...`: when this member dials a
//!   peer or the leader, an address on the left is dialled at the address
//!   on its right. The harness gives each member its own routes through a
//!   proxy per link, so it can cut, slow or drop one direction of one link
//!   while every member still advertises its real URLs.
//! - `KVD_PLANTED_BUG=<name>`: a known bug, switched on so that the tests
//!   can show each checker catching it. Never set outside those tests.

use std::sync::OnceLock;

/// A bug the harness's checkers must catch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlantedBug {
    /// Linearizable reads are served from local state, without ReadIndex.
    StaleRead,
    /// One live event (the 50th this member's watchers are handed as it
    /// happens, not read from history) is dropped.
    WatchDropEvent,
    /// A leader answers a put once its own log has it, before a quorum.
    AckBeforeQuorum,
    /// Expired leases are never revoked: their keys stay.
    LeasesNeverExpire,
    /// The keyspace hash this member gives its peers is off by one, as if
    /// its data had gone bad (for the CORRUPT check).
    WrongHash,
}

/// Whether `bug` is planted in this process.
pub fn planted(bug: PlantedBug) -> bool {
    static BUG: OnceLock<Option<PlantedBug>> = OnceLock::new();
    let planted = BUG.get_or_init(|| {
        let name = std::env::var("KVD_PLANTED_BUG").ok()?;
        let bug = match name.as_str() {
            "stale-read" => PlantedBug::StaleRead,
            "watch-drop-event" => PlantedBug::WatchDropEvent,
            "ack-before-quorum" => PlantedBug::AckBeforeQuorum,
            "wrong-hash" => PlantedBug::WrongHash,
            "leases-never-expire" => PlantedBug::LeasesNeverExpire,
            _ => return None,
        };
        tracing::warn!("planted bug {name} is switched on: this member is wrong on purpose");
        Some(bug)
    });
    *planted == Some(bug)
}

/// Whether the watch event being sent now is the one the planted bug drops.
pub fn drop_this_watch_event() -> bool {
    static SENT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    planted(PlantedBug::WatchDropEvent)
        && SENT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) == 50
}

/// `url` with its address replaced by the route `KVD_DIAL_ROUTES` gives.
pub fn route(url: &str) -> String {
    static ROUTES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    let routes = ROUTES.get_or_init(|| {
        std::env::var("KVD_DIAL_ROUTES")
            .unwrap_or_default()
            .split(',')
            .filter_map(|pair| pair.split_once('='))
            .map(|(from, to)| (from.trim().to_string(), to.trim().to_string()))
            .collect()
    });
    rewrite(url, routes)
}

fn rewrite(url: &str, routes: &[(String, String)]) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let (address, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    match routes.iter().find(|(from, _)| from == address) {
        Some((_, to)) if scheme.is_empty() => format!("{to}{path}"),
        Some((_, to)) => format!("{scheme}://{to}{path}"),
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_routed_address_is_replaced_and_others_are_kept() {
        let routes = vec![("127.0.0.1:1000".to_string(), "127.0.0.1:2000".to_string())];
        assert_eq!(
            rewrite("http://127.0.0.1:1000", &routes),
            "http://127.0.0.1:2000"
        );
        assert_eq!(
            rewrite("http://127.0.0.1:1000/x", &routes),
            "http://127.0.0.1:2000/x"
        );
        assert_eq!(
            rewrite("http://127.0.0.1:10000", &routes),
            "http://127.0.0.1:10000"
        );
        assert_eq!(rewrite("127.0.0.1:1000", &routes), "127.0.0.1:2000");
    }
}
