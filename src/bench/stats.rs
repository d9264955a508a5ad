//! The measurement maths: what each task records while it runs (a
//! `Recorder`), and what a run adds up to (a `Summary`): counts, requests/s,
//! latency min/avg/stddev/max and percentiles from an HDR histogram in
//! microseconds, the throughput in one-second buckets, and the latency
//! histogram in bins for plotting.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;

/// Significant figures the histograms keep: 3 is 0.1% precision, enough for
/// any latency and cheap to record and merge.
const SIGFIGS: u8 = 3;

/// A new latency histogram (microseconds; it grows to any value recorded).
pub fn new_histogram() -> Histogram<u64> {
    Histogram::new(SIGFIGS).expect("3 significant figures is a valid histogram precision")
}

/// One task's record of one kind of request. Each task keeps its own, so
/// recording takes no lock; the records are merged when the run ends.
#[derive(Debug, Clone)]
pub struct Recorder {
    origin: Instant,
    latencies: Histogram<u64>,
    errors: BTreeMap<String, u64>,
    per_second: Vec<u64>,
}

impl Recorder {
    /// An empty record; throughput is counted in seconds since `origin`,
    /// the start of the measured phase.
    pub fn new(origin: Instant) -> Self {
        Recorder {
            origin,
            latencies: new_histogram(),
            errors: BTreeMap::new(),
            per_second: Vec::new(),
        }
    }

    /// A request that started at `start` succeeded at `end`.
    pub fn ok(&mut self, start: Instant, end: Instant) {
        let micros = end.saturating_duration_since(start).as_micros();
        let micros = u64::try_from(micros).unwrap_or(u64::MAX);
        // The histogram grows to fit; only a value past its largest
        // possible range (centuries) is clamped. (`saturating_record`
        // alone would clamp to the current range instead of growing.)
        if self.latencies.record(micros).is_err() {
            self.latencies.saturating_record(micros);
        }
        let second = end.saturating_duration_since(self.origin).as_secs();
        add_to_bucket(&mut self.per_second, second);
    }

    /// `count` requests failed with `message`.
    pub fn errors(&mut self, message: &str, count: u64) {
        if count > 0 {
            *self.errors.entry(message.to_string()).or_default() += count;
        }
    }

    /// Requests that succeeded so far.
    pub fn successes(&self) -> u64 {
        self.latencies.len()
    }

    /// Adds another task's record to this one.
    pub fn merge(&mut self, other: &Recorder) {
        self.latencies
            .add(&other.latencies)
            .expect("auto-resizing histograms always add");
        for (message, count) in &other.errors {
            *self.errors.entry(message.clone()).or_default() += count;
        }
        merge_series(&mut self.per_second, &other.per_second);
    }

    /// What the record adds up to over a measured phase of `duration`.
    pub fn summarize(&self, name: &str, duration: Duration) -> Summary {
        let errors: u64 = self.errors.values().sum();
        Summary {
            name: name.to_string(),
            requests: self.successes() + errors,
            errors,
            per_second: per_second(self.successes(), duration),
            latency: Latency::of(&self.latencies),
            error_messages: self.errors.clone(),
            throughput: self.per_second.clone(),
            histogram: self.latencies.clone(),
        }
    }
}

/// One kind of request over a whole run.
#[derive(Debug, Clone)]
pub struct Summary {
    /// What was measured: "put", "read", "event", ...
    pub name: String,
    /// Requests made, failed ones included.
    pub requests: u64,
    /// Requests that failed.
    pub errors: u64,
    /// Successful requests per second of the measured phase.
    pub per_second: f64,
    /// Latency of the successful requests.
    pub latency: Latency,
    /// Each error message and how often it was seen.
    pub error_messages: BTreeMap<String, u64>,
    /// Successful requests completed in each second of the run (the last
    /// bucket usually covers less than a second).
    pub throughput: Vec<u64>,
    /// Every successful request's latency, in microseconds.
    pub histogram: Histogram<u64>,
}

/// Latency statistics in microseconds; all zero when nothing succeeded.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Latency {
    /// Fastest.
    pub min: u64,
    /// Mean.
    pub avg: f64,
    /// Standard deviation.
    pub stddev: f64,
    /// Slowest.
    pub max: u64,
    /// Median.
    pub p50: u64,
    /// 90th percentile.
    pub p90: u64,
    /// 99th percentile.
    pub p99: u64,
    /// 99.9th percentile.
    pub p999: u64,
}

impl Latency {
    /// The statistics of `h`. Values are HDR's: equal to the recorded ones
    /// within its precision (0.1%).
    pub fn of(h: &Histogram<u64>) -> Latency {
        if h.is_empty() {
            return Latency::default();
        }
        Latency {
            min: h.min(),
            avg: h.mean(),
            stddev: h.stdev(),
            max: h.max(),
            p50: h.value_at_quantile(0.50),
            p90: h.value_at_quantile(0.90),
            p99: h.value_at_quantile(0.99),
            p999: h.value_at_quantile(0.999),
        }
    }
}

/// `count` events over `duration`, per second; 0 for an empty duration
/// (a run that did nothing has no rate, not an infinite one).
pub fn per_second(count: u64, duration: Duration) -> f64 {
    let secs = duration.as_secs_f64();
    if secs > 0.0 {
        count as f64 / secs
    } else {
        0.0
    }
}

/// Counts one event in bucket `index`, growing the series as needed.
pub fn add_to_bucket(series: &mut Vec<u64>, index: u64) {
    let i = usize::try_from(index).unwrap_or(usize::MAX - 1);
    if series.len() <= i {
        series.resize(i + 1, 0);
    }
    series[i] += 1;
}

/// Adds `other` to `series` bucket by bucket.
pub fn merge_series(series: &mut Vec<u64>, other: &[u64]) {
    if series.len() < other.len() {
        series.resize(other.len(), 0);
    }
    for (a, b) in series.iter_mut().zip(other) {
        *a += b;
    }
}

/// The rate in each one-second bucket of `series` over a run of
/// `duration`: the count itself, except in a last bucket that covers only
/// part of a second, whose count is scaled up to a rate.
pub fn bucket_rates(series: &[u64], duration: Duration) -> Vec<f64> {
    let mut rates: Vec<f64> = series.iter().map(|n| *n as f64).collect();
    if let Some(last) = rates.last_mut() {
        let covered = duration.as_secs_f64() - (series.len() - 1) as f64;
        // A bucket that ends after `duration` is the last request's
        // rounding; rates below a tenth of a second of data are noise.
        if covered > 0.1 && covered < 1.0 {
            *last /= covered;
        }
    }
    rates
}

/// One bar of a latency histogram: the requests with a latency in
/// `[low, high)` microseconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bin {
    /// Lower edge, microseconds.
    pub low: f64,
    /// Upper edge, microseconds.
    pub high: f64,
    /// Requests in the bin.
    pub count: u64,
}

/// The latencies in `h` sorted into `n` bins whose edges grow
/// geometrically from the fastest to the slowest: latencies have a long
/// tail, and equal-width bins would crowd nearly every request into the
/// first one. Empty for an empty histogram.
pub fn latency_bins(h: &Histogram<u64>, n: usize) -> Vec<Bin> {
    if h.is_empty() || n == 0 {
        return Vec::new();
    }
    // A log scale has no zero; a sub-microsecond latency counts as 1µs.
    let low = (h.min().max(1)) as f64;
    let high = (h.max().max(1) as f64 + 1.0).max(low + 1.0);
    let ratio = (high / low).powf(1.0 / n as f64);
    let mut bins: Vec<Bin> = (0..n)
        .map(|i| Bin {
            low: low * ratio.powi(i as i32),
            high: low * ratio.powi(i as i32 + 1),
            count: 0,
        })
        .collect();
    for v in h.iter_recorded() {
        let value = (v.value_iterated_to().max(1)) as f64;
        // Float rounding may put a value a hair outside the edges; clamp.
        let i = ((value / low).ln() / ratio.ln()).floor();
        let i = (i.max(0.0) as usize).min(n - 1);
        bins[i].count += v.count_at_value();
    }
    bins
}

#[cfg(test)]
mod tests {
    use super::*;

    fn histogram(values: &[u64]) -> Histogram<u64> {
        let mut h = new_histogram();
        for v in values {
            h.record(*v).unwrap();
        }
        h
    }

    #[test]
    fn latency_of_known_values() {
        // 1..=1000 µs: mean 500.5, population stddev sqrt((n²-1)/12).
        let values: Vec<u64> = (1..=1000).collect();
        let l = Latency::of(&histogram(&values));
        assert_eq!(l.min, 1);
        assert_eq!(l.max, 1000);
        assert!((l.avg - 500.5).abs() < 0.5, "avg {}", l.avg);
        let want = ((1000.0f64 * 1000.0 - 1.0) / 12.0).sqrt();
        assert!(
            (l.stddev - want).abs() / want < 0.001,
            "stddev {}",
            l.stddev
        );
        assert_eq!(l.p50, 500);
        assert_eq!(l.p90, 900);
        assert_eq!(l.p99, 990);
        assert_eq!(l.p999, 999);
    }

    #[test]
    fn percentiles_keep_three_significant_figures() {
        let l = Latency::of(&histogram(&[123_456, 123_456, 123_456]));
        for v in [l.min, l.p50, l.p999, l.max] {
            assert!(v.abs_diff(123_456) <= 123, "{v}");
        }
        assert_eq!(l.stddev, 0.0);
    }

    #[test]
    fn an_empty_histogram_is_all_zero() {
        assert_eq!(Latency::of(&new_histogram()), Latency::default());
        assert!(latency_bins(&new_histogram(), 10).is_empty());
    }

    #[test]
    fn rate_is_count_over_seconds_and_zero_for_no_time() {
        assert_eq!(per_second(500, Duration::from_millis(250)), 2000.0);
        assert_eq!(per_second(7, Duration::ZERO), 0.0);
    }

    #[test]
    fn buckets_grow_and_merge() {
        let mut a = Vec::new();
        add_to_bucket(&mut a, 2);
        add_to_bucket(&mut a, 0);
        add_to_bucket(&mut a, 2);
        assert_eq!(a, vec![1, 0, 2]);
        merge_series(&mut a, &[1, 1, 1, 1, 5]);
        assert_eq!(a, vec![2, 1, 3, 1, 5]);
        merge_series(&mut a, &[1]);
        assert_eq!(a, vec![3, 1, 3, 1, 5]);
    }

    #[test]
    fn a_partial_last_second_is_scaled_to_a_rate() {
        let d = Duration::from_millis(2500);
        assert_eq!(bucket_rates(&[100, 120, 60], d), vec![100.0, 120.0, 120.0]);
        // Whole seconds, a sliver, and nothing at all stay counts.
        assert_eq!(
            bucket_rates(&[5, 6], Duration::from_secs(2)),
            vec![5.0, 6.0]
        );
        let sliver = Duration::from_millis(1050);
        assert_eq!(bucket_rates(&[5, 1], sliver), vec![5.0, 1.0]);
        assert!(bucket_rates(&[], d).is_empty());
    }

    #[test]
    fn recorders_merge_into_one_summary() {
        let origin = Instant::now();
        let mut a = Recorder::new(origin);
        let mut b = Recorder::new(origin);
        a.ok(origin, origin + Duration::from_micros(100));
        a.ok(origin, origin + Duration::from_micros(300));
        b.ok(
            origin + Duration::from_secs(1),
            origin + Duration::from_millis(1200),
        );
        a.errors("etcdserver: request timed out", 1);
        b.errors("etcdserver: request timed out", 2);
        b.errors("nothing", 0);
        a.merge(&b);
        let s = a.summarize("put", Duration::from_secs(2));
        assert_eq!(s.requests, 6);
        assert_eq!(s.errors, 3);
        assert_eq!(s.per_second, 1.5);
        assert_eq!(s.throughput, vec![2, 1]);
        assert_eq!(s.error_messages.len(), 1);
        assert_eq!(s.latency.min, 100);
        assert!(s.latency.max.abs_diff(200_000) <= 200);
    }

    #[test]
    fn a_request_that_ends_before_it_starts_counts_as_zero() {
        // Watch latencies come from a timestamp another task wrote.
        let origin = Instant::now();
        let mut r = Recorder::new(origin);
        r.ok(origin + Duration::from_millis(5), origin);
        assert_eq!(r.summarize("event", Duration::from_secs(1)).latency.max, 0);
    }

    #[test]
    fn bins_cover_every_value_once_in_growing_bins() {
        let values: Vec<u64> = (0..5000).map(|i| 50 + i * i % 100_000).collect();
        let h = histogram(&values);
        let bins = latency_bins(&h, 30);
        assert_eq!(bins.len(), 30);
        assert_eq!(bins.iter().map(|b| b.count).sum::<u64>(), h.len());
        assert!(bins[0].low <= 50.0);
        assert!(bins[29].high > h.max() as f64);
        for w in bins.windows(2) {
            assert!((w[0].high - w[1].low).abs() < 1e-6);
            assert!(w[1].high - w[1].low > w[0].high - w[0].low);
        }
    }

    #[test]
    fn one_value_makes_one_full_bin() {
        let h = histogram(&[42, 42, 42]);
        let bins = latency_bins(&h, 4);
        assert_eq!(bins.iter().map(|b| b.count).sum::<u64>(), 3);
        assert!(bins.iter().all(|b| b.high > b.low));
    }
}
