//! When a run's clients may send their next request, and when the run is
//! over: after `--total` requests, after `--duration`, or when the caller
//! stops it. `--rate` spaces requests out evenly over all clients.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::Mutex;
use tokio::time::{Interval, MissedTickBehavior};

/// How long a run lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// This many requests.
    Total(u64),
    /// Requests are started until this much time has passed.
    Duration(Duration),
}

/// What a caller sees of a running benchmark, and how it stops one early
/// (on Ctrl-C). Clones share the same state.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    done: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
}

impl Progress {
    /// A new run's progress: nothing done.
    pub fn new() -> Progress {
        Progress::default()
    }

    /// Requests completed so far (puts, for the watch workloads).
    pub fn done(&self) -> u64 {
        self.done.load(Ordering::Relaxed)
    }

    /// Counts a completed request.
    pub fn add(&self, n: u64) {
        self.done.fetch_add(n, Ordering::Relaxed);
    }

    /// Asks the run to start no more requests; those in flight finish and
    /// the report covers what was done.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
    }

    /// Whether `stop` was called.
    pub fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

/// Hands out request numbers to a run's clients, under the run's limit
/// and rate.
#[derive(Debug)]
pub struct Pacer {
    issued: AtomicU64,
    total: Option<u64>,
    deadline: Option<Instant>,
    // One shared ticker: the rate is for the whole run, not per client.
    // tokio's Mutex is fair, so clients take ticks in turn.
    ticker: Option<Mutex<Interval>>,
    progress: Progress,
}

impl Pacer {
    /// A pacer for a measured phase that starts now. `rate` is requests per
    /// second over all clients; `None` sends as fast as the clients can.
    /// Needs a tokio runtime when `rate` is set.
    pub fn new(limit: Limit, rate: Option<u32>, progress: Progress) -> Pacer {
        let (total, deadline) = match limit {
            Limit::Total(n) => (Some(n), None),
            Limit::Duration(d) => (None, Some(Instant::now() + d)),
        };
        let ticker = rate.filter(|r| *r > 0).map(|r| {
            let mut t = tokio::time::interval(Duration::from_secs_f64(1.0 / f64::from(r)));
            // After a stall, go on at the rate rather than bursting to
            // catch up: the rate is a ceiling.
            t.set_missed_tick_behavior(MissedTickBehavior::Delay);
            Mutex::new(t)
        });
        Pacer {
            issued: AtomicU64::new(0),
            total,
            deadline,
            ticker,
            progress,
        }
    }

    /// The number of the next request to send, once the rate allows it;
    /// `None` when the run is over.
    pub async fn next(&self) -> Option<u64> {
        if self.over() {
            return None;
        }
        if let Some(t) = &self.ticker {
            t.lock().await.tick().await;
            if self.over() {
                return None;
            }
        }
        let n = self.issued.fetch_add(1, Ordering::Relaxed);
        match self.total {
            Some(total) if n >= total => None,
            _ => Some(n),
        }
    }

    fn over(&self) -> bool {
        self.progress.stopped()
            || self.deadline.is_some_and(|d| Instant::now() >= d)
            || self
                .total
                .is_some_and(|t| self.issued.load(Ordering::Relaxed) >= t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_total_hands_out_each_number_once() {
        let pacer = Arc::new(Pacer::new(Limit::Total(100), None, Progress::new()));
        let mut tasks = Vec::new();
        for _ in 0..4 {
            let p = pacer.clone();
            tasks.push(tokio::spawn(async move {
                let mut got = Vec::new();
                while let Some(n) = p.next().await {
                    got.push(n);
                    tokio::task::yield_now().await;
                }
                got
            }));
        }
        let mut all = Vec::new();
        for t in tasks {
            all.extend(t.await.unwrap());
        }
        all.sort_unstable();
        assert_eq!(all, (0..100).collect::<Vec<u64>>());
    }

    #[tokio::test]
    async fn a_rate_spaces_requests_out() {
        let pacer = Pacer::new(Limit::Total(11), Some(100), Progress::new());
        let start = Instant::now();
        let mut sent = 0;
        while pacer.next().await.is_some() {
            sent += 1;
        }
        assert_eq!(sent, 11);
        // 11 ticks at 100/s: the first at once, the last no sooner than
        // 100ms later (a bound the clock guarantees, not a measurement).
        assert!(start.elapsed() >= Duration::from_millis(100));
    }

    #[tokio::test]
    async fn a_duration_ends_the_run() {
        let pacer = Pacer::new(Limit::Duration(Duration::ZERO), None, Progress::new());
        assert_eq!(pacer.next().await, None);
    }

    #[tokio::test]
    async fn stop_ends_the_run() {
        let progress = Progress::new();
        let pacer = Pacer::new(Limit::Total(10), None, progress.clone());
        assert_eq!(pacer.next().await, Some(0));
        progress.stop();
        assert_eq!(pacer.next().await, None);
    }
}
