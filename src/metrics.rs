//! The member's Prometheus metrics, named as etcd names its own where kvd
//! has a counterpart, so etcd's dashboards and alerts work unchanged.
//!
//! Events (an fsync, a commit, a leader change, a handled RPC) are counted
//! where they happen through `metrics()`; states (has a leader, database
//! size, key count) are read when a scrape asks, by the server's /metrics
//! handler. One registry per process, as etcd's: members started in one
//! test process share it.

use std::sync::LazyLock;

use prometheus::{
    exponential_buckets, Encoder as _, Histogram, HistogramOpts, HistogramVec, IntCounter,
    IntCounterVec, IntGauge, IntGaugeVec, Opts, Registry, TextEncoder,
};

/// Every series the member exports.
pub struct Metrics {
    registry: Registry,
    /// 1 while a leader is known.
    pub has_leader: IntGauge,
    /// 1 while this member leads.
    pub is_leader: IntGauge,
    /// Leaders seen since start (a change to another known leader).
    pub leader_changes: IntCounter,
    /// The commit index (etcd counts committed proposals this way).
    pub proposals_committed: IntGauge,
    /// The applied index.
    pub proposals_applied: IntGauge,
    /// Proposals waiting for their result.
    pub proposals_pending: IntGauge,
    /// Proposals that failed (timed out, dropped, no leader).
    pub proposals_failed: IntCounter,
    /// The Raft log's fsyncs.
    pub wal_fsync: Histogram,
    /// LMDB write-transaction commits.
    pub backend_commit: Histogram,
    /// Size of the database file.
    pub db_total_size: IntGauge,
    /// Bytes of the database file in use.
    pub db_in_use_size: IntGauge,
    /// The quota over which NOSPACE is raised.
    pub quota_backend_bytes: IntGauge,
    /// Live keys.
    pub keys_total: IntGauge,
    /// The current revision.
    pub current_revision: IntGauge,
    /// The compacted revision.
    pub compact_revision: IntGauge,
    /// Watch streams open on this member.
    pub watch_streams: IntGauge,
    /// Leases held.
    pub leases: IntGauge,
    /// The server version, as a label (value 1).
    pub server_version: IntGaugeVec,
    /// RPCs started, by type, service and method.
    pub grpc_started: IntCounterVec,
    /// RPCs finished, by type, service, method and status code.
    pub grpc_handled: IntCounterVec,
    /// RPC latency (with --metrics extensive only).
    pub grpc_handling: HistogramVec,
}

/// The process's metrics.
pub fn metrics() -> &'static Metrics {
    static METRICS: LazyLock<Metrics> = LazyLock::new(Metrics::new);
    &METRICS
}

/// Latency buckets of etcd's disk histograms: 1 ms to 8 s, doubling.
fn disk_buckets() -> Vec<f64> {
    exponential_buckets(0.001, 2.0, 14).expect("valid buckets")
}

impl Metrics {
    fn new() -> Self {
        let registry = Registry::new();
        let gauge = |name: &str, help: &str| {
            let g = IntGauge::new(name, help).expect("valid metric");
            registry
                .register(Box::new(g.clone()))
                .expect("unique metric");
            g
        };
        let counter = |name: &str, help: &str| {
            let c = IntCounter::new(name, help).expect("valid metric");
            registry
                .register(Box::new(c.clone()))
                .expect("unique metric");
            c
        };
        let histogram = |name: &str, help: &str| {
            let h = Histogram::with_opts(HistogramOpts::new(name, help).buckets(disk_buckets()))
                .expect("valid metric");
            registry
                .register(Box::new(h.clone()))
                .expect("unique metric");
            h
        };
        let grpc_labels = ["grpc_type", "grpc_service", "grpc_method"];
        let grpc_started = IntCounterVec::new(
            Opts::new(
                "grpc_server_started_total",
                "Total number of RPCs started on the server.",
            ),
            &grpc_labels,
        )
        .expect("valid metric");
        let grpc_handled = IntCounterVec::new(
            Opts::new(
                "grpc_server_handled_total",
                "Total number of RPCs completed on the server, regardless of success or failure.",
            ),
            &["grpc_type", "grpc_service", "grpc_method", "grpc_code"],
        )
        .expect("valid metric");
        let grpc_handling = HistogramVec::new(
            HistogramOpts::new(
                "grpc_server_handling_seconds",
                "Histogram of response latency (seconds) of gRPC that had been application-level handled by the server.",
            )
            .buckets(vec![0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0]),
            &grpc_labels,
        )
        .expect("valid metric");
        let server_version = IntGaugeVec::new(
            Opts::new(
                "etcd_server_version",
                "Which version is running. 1 for 'server_version' label with current version.",
            ),
            &["server_version"],
        )
        .expect("valid metric");
        for c in [&grpc_started, &grpc_handled] {
            registry
                .register(Box::new(c.clone()))
                .expect("unique metric");
        }
        registry
            .register(Box::new(grpc_handling.clone()))
            .expect("unique metric");
        registry
            .register(Box::new(server_version.clone()))
            .expect("unique metric");
        #[cfg(target_os = "linux")]
        registry
            .register(Box::new(
                prometheus::process_collector::ProcessCollector::for_self(),
            ))
            .expect("unique metric");
        Metrics {
            has_leader: gauge(
                "etcd_server_has_leader",
                "Whether or not a leader exists. 1 is existence, 0 is not.",
            ),
            is_leader: gauge(
                "etcd_server_is_leader",
                "Whether or not this member is a leader. 1 if is, 0 otherwise.",
            ),
            leader_changes: counter(
                "etcd_server_leader_changes_seen_total",
                "The number of leader changes seen.",
            ),
            proposals_committed: gauge(
                "etcd_server_proposals_committed_total",
                "The total number of consensus proposals committed.",
            ),
            proposals_applied: gauge(
                "etcd_server_proposals_applied_total",
                "The total number of consensus proposals applied.",
            ),
            proposals_pending: gauge(
                "etcd_server_proposals_pending",
                "The current number of pending proposals to commit.",
            ),
            proposals_failed: counter(
                "etcd_server_proposals_failed_total",
                "The total number of failed proposals seen.",
            ),
            wal_fsync: histogram(
                "etcd_disk_wal_fsync_duration_seconds",
                "The latency distributions of fsync called by WAL.",
            ),
            backend_commit: histogram(
                "etcd_disk_backend_commit_duration_seconds",
                "The latency distributions of commit called by backend.",
            ),
            db_total_size: gauge(
                "etcd_mvcc_db_total_size_in_bytes",
                "Total size of the underlying database physically allocated in bytes.",
            ),
            db_in_use_size: gauge(
                "etcd_mvcc_db_total_size_in_use_in_bytes",
                "Total size of the underlying database logically in use in bytes.",
            ),
            quota_backend_bytes: gauge(
                "etcd_server_quota_backend_bytes",
                "Current backend storage quota size in bytes.",
            ),
            keys_total: gauge("etcd_debugging_mvcc_keys_total", "Total number of keys."),
            current_revision: gauge(
                "etcd_debugging_mvcc_current_revision",
                "The current revision of store.",
            ),
            compact_revision: gauge(
                "etcd_debugging_mvcc_compact_revision",
                "The revision of the last compaction in store.",
            ),
            watch_streams: gauge(
                "etcd_debugging_mvcc_watch_stream_total",
                "Total number of watch streams.",
            ),
            leases: gauge("etcd_debugging_lease_total", "The number of leases held."),
            server_version,
            grpc_started,
            grpc_handled,
            grpc_handling,
            registry,
        }
    }

    /// Every series in Prometheus's text format.
    pub fn text(&self) -> Vec<u8> {
        let mut out = Vec::new();
        // Encoding into memory fails only on invalid metrics, which
        // registration has already refused.
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut out);
        out
    }
}

/// Records how long `f` took in `histogram`.
pub fn timed<T>(histogram: &Histogram, f: impl FnOnce() -> T) -> T {
    let start = std::time::Instant::now();
    let out = f();
    histogram.observe(start.elapsed().as_secs_f64());
    out
}
