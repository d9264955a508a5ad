//! `--plot FILE.svg`: for each kind of request, its latency histogram
//! (log-scaled bins, so the tail shows) beside its throughput over time.

use std::time::Duration;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::stats::{bucket_rates, latency_bins, Summary};
use super::{BenchError, Report};

/// Bars in a latency histogram.
const BINS: usize = 40;
/// Size of one chart, in pixels.
const CHART: (u32, u32) = (560, 340);

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

fn fail(e: impl std::fmt::Display) -> BenchError {
    BenchError::Plot(e.to_string())
}

/// The report's charts as an SVG document: one row per kind of request.
pub fn svg(r: &Report) -> Result<String, BenchError> {
    let mut out = String::new();
    {
        let rows = r.summaries.len().max(1);
        let size = (CHART.0 * 2, CHART.1 * rows as u32);
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        root.fill(&WHITE).map_err(fail)?;
        let areas = root.split_evenly((rows, 2));
        for (s, pair) in r.summaries.iter().zip(areas.chunks(2)) {
            latency(&pair[0], s)?;
            throughput(&pair[1], s, r.duration)?;
        }
        root.present().map_err(fail)?;
    }
    Ok(out)
}

fn latency(area: &Area, s: &Summary) -> Result<(), BenchError> {
    let bins = latency_bins(&s.histogram, BINS);
    // Milliseconds; a placeholder range when nothing succeeded.
    let (low, high) = match (bins.first(), bins.last()) {
        (Some(first), Some(last)) => (first.low / 1000.0, last.high / 1000.0),
        _ => (0.001, 1.0),
    };
    let top = bins.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let mut chart = ChartBuilder::on(area)
        .caption(format!("{}: latency", s.name), ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(
            (low..high)
                .log_scale()
                .with_key_points(log_ticks(low, high)),
            0u64..top + top / 10 + 1,
        )
        .map_err(fail)?;
    chart
        .configure_mesh()
        .x_desc("latency (ms, log scale)")
        .y_desc("requests")
        .x_label_formatter(&|v| short(*v))
        .light_line_style(WHITE)
        .draw()
        .map_err(fail)?;
    chart
        .draw_series(bins.iter().map(|b| {
            let corners = [(b.low / 1000.0, 0), (b.high / 1000.0, b.count)];
            Rectangle::new(corners, BLUE.mix(0.6).filled())
        }))
        .map_err(fail)?;
    Ok(())
}

fn throughput(area: &Area, s: &Summary, duration: Duration) -> Result<(), BenchError> {
    // Each second's rate at the middle of its second.
    let points: Vec<(f64, f64)> = bucket_rates(&s.throughput, duration)
        .into_iter()
        .enumerate()
        .map(|(i, rate)| (i as f64 + 0.5, rate))
        .collect();
    let right = (s.throughput.len() as f64).max(1.0);
    let top = points.iter().map(|p| p.1).fold(1.0, f64::max) * 1.1;
    let mut chart = ChartBuilder::on(area)
        .caption(format!("{}: throughput", s.name), ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(0f64..right, 0f64..top)
        .map_err(fail)?;
    chart
        .configure_mesh()
        .x_desc("seconds since start")
        .y_desc("requests/s")
        .light_line_style(WHITE)
        .draw()
        .map_err(fail)?;
    chart
        .draw_series(LineSeries::new(points.iter().copied(), RED.stroke_width(2)))
        .map_err(fail)?;
    // Dots too: a run of one second is a single point, no line.
    chart
        .draw_series(points.iter().map(|p| Circle::new(*p, 3, RED.filled())))
        .map_err(fail)?;
    Ok(())
}

/// Tick marks for a log axis from `low` to `high`: 1, 2 and 5 times each
/// power of ten in range, or every multiple 1..9 when the range is too
/// narrow for three of those, or the ends when even that is too few.
fn log_ticks(low: f64, high: f64) -> Vec<f64> {
    let in_range = |multiples: &[f64]| -> Vec<f64> {
        let (first, last) = (low.log10().floor() as i32, high.log10().ceil() as i32);
        (first..=last)
            .flat_map(|e| multiples.iter().map(move |m| m * 10f64.powi(e)))
            .filter(|v| (low..=high).contains(v))
            .collect()
    };
    let ticks = in_range(&[1.0, 2.0, 5.0]);
    if ticks.len() >= 3 {
        return ticks;
    }
    let ticks = in_range(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0]);
    if ticks.len() >= 2 {
        return ticks;
    }
    vec![low, high]
}

/// `v` with three significant digits and no trailing zeros: 0.0123,
/// 1.5, 250.
fn short(v: f64) -> String {
    let digits = if v > 0.0 { v.log10().floor() as i32 } else { 0 };
    let decimals = (2 - digits).max(0) as usize;
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;
    use crate::bench::stats::Recorder;

    #[test]
    fn log_ticks_are_round_numbers_in_range() {
        assert_eq!(
            log_ticks(0.15, 60.0),
            [0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0]
        );
        assert_eq!(log_ticks(1.5, 4.5), [2.0, 3.0, 4.0]);
        assert_eq!(log_ticks(1.51, 1.52), [1.51, 1.52]);
    }

    #[test]
    fn labels_are_short() {
        assert_eq!(short(0.0123), "0.0123");
        assert_eq!(short(1.5), "1.5");
        assert_eq!(short(70.0), "70");
        assert_eq!(short(250.0), "250");
        assert_eq!(short(12345.0), "12345");
    }

    #[test]
    fn an_svg_has_both_charts_for_each_kind() {
        let origin = Instant::now();
        let mut read = Recorder::new(origin);
        for i in 0..500u64 {
            let start = origin + Duration::from_millis(i * 5);
            read.ok(start, start + Duration::from_micros(100 + i * i));
        }
        // Nothing succeeded: the charts are drawn empty.
        let write = Recorder::new(origin);
        let d = Duration::from_secs(3);
        let report = Report {
            workload: "txn-mixed".into(),
            duration: d,
            summaries: vec![read.summarize("read", d), write.summarize("write", d)],
        };
        let svg = svg(&report).unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..100]);
        for title in [
            "read: latency",
            "read: throughput",
            "write: latency",
            "write: throughput",
        ] {
            assert!(svg.contains(title), "no {title}");
        }
        assert!(svg.matches("<rect").count() > BINS);
    }
}
