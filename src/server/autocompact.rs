//! Auto-compaction, as etcd's `--auto-compaction-mode` and
//! `--auto-compaction-retention`: the leader compacts away history older
//! than a time window (periodic) or than a number of revisions
//! (revision). Followers only watch: leadership can move.

use std::collections::VecDeque;
use std::time::Duration;

use super::Ctx;
use crate::error::Error;
use crate::proto::etcdserverpb::CompactionRequest;
use crate::proto::kvdpb::internal_request::Request as Internal;

/// How often revision mode looks (etcd's 5 minutes).
const REVISION_INTERVAL: Duration = Duration::from_secs(300);
/// Periodic mode looks every tenth of the window, at most hourly.
const LONGEST_PERIOD: Duration = Duration::from_secs(3600);

/// What to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AutoCompaction {
    Off,
    /// Revisions newer than this window.
    Periodic(Duration),
    /// This many revisions before the current one.
    Revision(i64),
}

impl AutoCompaction {
    /// From etcd's flags: `mode` periodic|revision; `retention` a
    /// duration (`1h`, `30m`; a bare number is hours) or a revision count;
    /// `0` (the default) is off.
    pub fn parse(mode: &str, retention: &str) -> Result<AutoCompaction, String> {
        let off = retention.trim().is_empty() || retention.trim() == "0";
        match mode {
            _ if off => Ok(AutoCompaction::Off),
            "periodic" => {
                let window = match retention.parse::<u64>() {
                    Ok(hours) => Duration::from_secs(hours * 3600),
                    Err(_) => crate::gofmt::parse_duration(retention)
                        .map_err(|e| format!("--auto-compaction-retention {retention:?}: {e}"))?,
                };
                Ok(AutoCompaction::Periodic(window))
            }
            "revision" => retention
                .parse::<i64>()
                .ok()
                .filter(|r| *r > 0)
                .map(AutoCompaction::Revision)
                .ok_or_else(|| {
                    format!(
                        "--auto-compaction-retention {retention:?}: expected a number of revisions"
                    )
                }),
            other => Err(format!(
                "--auto-compaction-mode {other:?}: expected periodic or revision"
            )),
        }
    }

    /// How often the compactor looks.
    fn interval(self) -> Option<Duration> {
        match self {
            AutoCompaction::Off => None,
            AutoCompaction::Periodic(window) => {
                Some((window / 10).clamp(Duration::from_millis(100), LONGEST_PERIOD))
            }
            AutoCompaction::Revision(_) => Some(REVISION_INTERVAL),
        }
    }
}

/// Revisions seen over time, to find the one a window back.
#[derive(Default)]
struct Samples(VecDeque<(std::time::Instant, i64)>);

impl Samples {
    /// Records `revision` at `now`; returns the newest revision seen at
    /// least `window` ago, forgetting older samples.
    fn record(&mut self, now: std::time::Instant, revision: i64, window: Duration) -> Option<i64> {
        self.0.push_back((now, revision));
        let mut found = None;
        while let Some(&(at, rev)) = self.0.front() {
            if now.duration_since(at) < window {
                break;
            }
            found = Some(rev);
            self.0.pop_front();
        }
        // Keep the one found: it is still the floor next time.
        if let Some(rev) = found {
            self.0.push_front((now - window, rev));
        }
        found
    }
}

/// Runs the compactor for `mode` until the member stops.
pub async fn run(ctx: Ctx, mode: AutoCompaction) {
    let Some(interval) = mode.interval() else {
        return;
    };
    let mut samples = Samples::default();
    let mut last = 0;
    loop {
        tokio::time::sleep(interval).await;
        let Ok(current) = ctx.store.read().and_then(|t| t.view().current_rev()) else {
            continue;
        };
        let target = match mode {
            AutoCompaction::Periodic(window) => {
                samples.record(std::time::Instant::now(), current, window)
            }
            AutoCompaction::Revision(keep) => Some(current - keep),
            AutoCompaction::Off => None,
        };
        let Some(target) = target.filter(|t| *t > last && *t > 0) else {
            continue;
        };
        if ctx.raft.status().leader() != ctx.member_id {
            continue;
        }
        let request = Internal::Compaction(CompactionRequest {
            revision: target,
            physical: false,
        });
        match ctx.raft.propose(request).await {
            Ok(_) => {
                tracing::info!(revision = target, "auto-compacted");
                last = target;
            }
            Err(Error::Compacted) => last = target,
            Err(e) => tracing::warn!(
                revision = target,
                "auto-compaction failed: {e}; trying again later"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etcds_retention_forms_are_read() {
        let p = |m, r| AutoCompaction::parse(m, r);
        assert_eq!(p("periodic", "0"), Ok(AutoCompaction::Off));
        assert_eq!(
            p("periodic", "1"),
            Ok(AutoCompaction::Periodic(Duration::from_secs(3600)))
        );
        assert_eq!(
            p("periodic", "30m"),
            Ok(AutoCompaction::Periodic(Duration::from_secs(1800)))
        );
        assert_eq!(p("revision", "1000"), Ok(AutoCompaction::Revision(1000)));
        assert!(p("revision", "1h").is_err());
        assert!(p("weekly", "1").is_err());
    }

    #[test]
    fn periodic_mode_looks_every_tenth_of_its_window_at_most_hourly() {
        let every = |w| AutoCompaction::Periodic(w).interval().unwrap();
        assert_eq!(every(Duration::from_secs(600)), Duration::from_secs(60));
        assert_eq!(every(Duration::from_secs(72 * 3600)), LONGEST_PERIOD);
    }

    #[test]
    fn the_floor_is_the_newest_revision_at_least_a_window_old() {
        let mut s = Samples::default();
        let t = std::time::Instant::now();
        let w = Duration::from_secs(10);
        assert_eq!(s.record(t, 5, w), None);
        assert_eq!(s.record(t + Duration::from_secs(5), 9, w), None);
        assert_eq!(s.record(t + Duration::from_secs(10), 12, w), Some(5));
        assert_eq!(s.record(t + Duration::from_secs(16), 20, w), Some(9));
        assert_eq!(s.record(t + Duration::from_secs(17), 21, w), Some(9));
    }
}
