//! A run's report for people (a table) and for machines (one JSON
//! object). Latencies are shown in milliseconds in the table and given in
//! microseconds in the JSON.

use comfy_table::presets::ASCII_FULL_CONDENSED;
use comfy_table::{CellAlignment, Table};
use serde_json::{json, Value};

use super::stats::Summary;
use super::Report;

/// The report as a table: one column per kind of request, then each
/// error message and how often it was seen.
pub fn table(r: &Report) -> String {
    let mut t = Table::new();
    t.load_preset(ASCII_FULL_CONDENSED);
    let mut header = vec![String::new()];
    header.extend(r.summaries.iter().map(|s| s.name.clone()));
    t.set_header(header);
    let rows: [Row; 11] = [
        ("requests", Unit::Count, |s| s.requests as f64),
        ("errors", Unit::Count, |s| s.errors as f64),
        ("requests/s", Unit::Rate, |s| s.per_second),
        ("latency min", Unit::Micros, |s| s.latency.min as f64),
        ("latency avg", Unit::Micros, |s| s.latency.avg),
        ("latency stddev", Unit::Micros, |s| s.latency.stddev),
        ("latency max", Unit::Micros, |s| s.latency.max as f64),
        ("p50", Unit::Micros, |s| s.latency.p50 as f64),
        ("p90", Unit::Micros, |s| s.latency.p90 as f64),
        ("p99", Unit::Micros, |s| s.latency.p99 as f64),
        ("p99.9", Unit::Micros, |s| s.latency.p999 as f64),
    ];
    for (label, unit, value) in rows {
        let mut row = vec![label.to_string()];
        row.extend(r.summaries.iter().map(|s| unit.show(value(s))));
        t.add_row(row);
    }
    for col in t.column_iter_mut().skip(1) {
        col.set_cell_alignment(CellAlignment::Right);
    }
    let mut out = format!("{}: {:.3} s\n{t}\n", r.workload, r.duration.as_secs_f64());
    for s in &r.summaries {
        for (message, count) in &s.error_messages {
            out.push_str(&format!("{} error ({count}x): {message}\n", s.name));
        }
    }
    out
}

/// A row of the table: its label, its unit and its figure.
type Row = (&'static str, Unit, fn(&Summary) -> f64);

/// How a figure is shown in the table.
enum Unit {
    Count,
    Rate,
    Micros,
}

impl Unit {
    fn show(&self, v: f64) -> String {
        match self {
            Unit::Count => format!("{v}"),
            Unit::Rate => format!("{v:.1}"),
            Unit::Micros => format!("{:.3} ms", v / 1000.0),
        }
    }
}

/// The report as one JSON object, on one line.
pub fn json(r: &Report) -> String {
    let summaries: Vec<Value> = r.summaries.iter().map(summary_json).collect();
    let v = json!({
        "workload": r.workload,
        "duration_s": r.duration.as_secs_f64(),
        "summaries": summaries,
    });
    format!("{v}\n")
}

fn summary_json(s: &Summary) -> Value {
    let l = &s.latency;
    json!({
        "name": s.name,
        "requests": s.requests,
        "errors": s.errors,
        "requests_per_s": s.per_second,
        "latency_us": {
            "min": l.min,
            "avg": l.avg,
            "stddev": l.stddev,
            "max": l.max,
            "p50": l.p50,
            "p90": l.p90,
            "p99": l.p99,
            "p99_9": l.p999,
        },
        "error_messages": s.error_messages,
        "throughput_per_s": s.throughput,
    })
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;
    use crate::bench::stats::Recorder;

    fn report() -> Report {
        let origin = Instant::now();
        let mut r = Recorder::new(origin);
        r.ok(origin, origin + Duration::from_micros(1000));
        r.ok(origin, origin + Duration::from_micros(2000));
        r.errors("etcdserver: too many requests", 1);
        Report {
            workload: "put".into(),
            duration: Duration::from_secs(2),
            summaries: vec![r.summarize("put", Duration::from_secs(2))],
        }
    }

    /// The cells of the table row labelled `label`.
    fn row(table: &str, label: &str) -> Vec<String> {
        table
            .lines()
            .map(|l| {
                l.split('|')
                    .map(|c| c.trim().to_string())
                    .collect::<Vec<_>>()
            })
            .find(|cells| cells.get(1).is_some_and(|c| c == label))
            .unwrap_or_else(|| panic!("no row {label} in\n{table}"))[2..]
            .iter()
            .filter(|c| !c.is_empty())
            .cloned()
            .collect()
    }

    #[test]
    fn the_table_shows_counts_rates_latencies_and_errors() {
        let t = table(&report());
        assert!(t.starts_with("put: 2.000 s\n"), "{t}");
        assert_eq!(row(&t, ""), ["put"]);
        assert_eq!(row(&t, "requests"), ["3"]);
        assert_eq!(row(&t, "errors"), ["1"]);
        assert_eq!(row(&t, "requests/s"), ["1.0"]);
        assert_eq!(row(&t, "latency min"), ["1.000 ms"]);
        assert_eq!(row(&t, "latency avg"), ["1.500 ms"]);
        assert_eq!(row(&t, "p99.9"), ["2.000 ms"]);
        assert!(t.ends_with("put error (1x): etcdserver: too many requests\n"));
    }

    #[test]
    fn the_json_has_every_figure() {
        let v: Value = serde_json::from_str(&json(&report())).unwrap();
        assert_eq!(v["workload"], "put");
        assert_eq!(v["duration_s"], 2.0);
        let s = &v["summaries"][0];
        assert_eq!(s["requests"], 3);
        assert_eq!(s["errors"], 1);
        assert_eq!(s["requests_per_s"], 1.0);
        assert_eq!(s["latency_us"]["min"], 1000);
        assert_eq!(s["latency_us"]["avg"], 1500.0);
        assert_eq!(s["error_messages"]["etcdserver: too many requests"], 1);
        assert_eq!(s["throughput_per_s"], json!([2]));
    }
}
