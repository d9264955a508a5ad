//! Text as etcdctl (a Go program) writes it: `%q` quoting, `encoding/json`
//! strings, `time.Duration` and go-humanize byte sizes. Output must match
//! etcdctl's byte for byte, so these follow Go's rules.

use std::fmt::Write as _;
use std::time::Duration;

/// Go's `strconv.Quote` (what `%q` prints) of a byte string.
pub fn quote(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push('"');
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                quote_str(&mut out, s);
                rest = &[];
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                quote_str(&mut out, std::str::from_utf8(good).unwrap_or_default());
                let _ = write!(out, "\\x{:02x}", bad[0]);
                rest = &bad[1..];
            }
        }
    }
    out.push('"');
    out
}

fn quote_str(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if is_print(c) => out.push(c),
            c if (c as u32) < 0x80 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) < 0x10000 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
}

/// Go's `unicode.IsPrint`: graphic characters and the ASCII space.
fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(c,
        '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}'
        | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
        | '\u{e000}'..='\u{f8ff}' | '\u{fffe}' | '\u{ffff}')
}

/// A JSON string as Go's `encoding/json` writes it (HTML-safe escapes,
/// invalid UTF-8 replaced).
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Go's `time.Duration.String()`, e.g. `1.939069ms`, `5.000496515s`.
pub fn duration(d: Duration) -> String {
    let ns = d.as_nanos();
    if ns == 0 {
        return "0s".to_string();
    }
    if ns < 1_000 {
        return format!("{ns}ns");
    }
    if ns < 1_000_000 {
        return format!("{}µs", fraction(ns, 1_000));
    }
    if ns < 1_000_000_000 {
        return format!("{}ms", fraction(ns, 1_000_000));
    }
    let total_secs = ns / 1_000_000_000;
    let (h, m) = (total_secs / 3600, (total_secs / 60) % 60);
    let secs = fraction(ns % 60_000_000_000, 1_000_000_000);
    match (h, m) {
        (0, 0) => format!("{secs}s"),
        (0, m) => format!("{m}m{secs}s"),
        (h, m) => format!("{h}h{m}m{secs}s"),
    }
}

/// Go's `time.RFC3339Nano` of `at` in UTC, e.g.
/// `2026-12-02T17:33:24.045629992Z` (trailing zeros of the fraction
/// dropped, as Go drops them).
pub fn rfc3339_nano(at: std::time::SystemTime) -> String {
    let since = at.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let secs = since.as_secs();
    let (days, of_day) = (secs / 86_400, secs % 86_400);
    let (y, m, d) = civil_from_days(days as i64);
    let nanos = format!("{:09}", since.subsec_nanos());
    let nanos = nanos.trim_end_matches('0');
    let fraction = if nanos.is_empty() {
        String::new()
    } else {
        format!(".{nanos}")
    };
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}{fraction}Z",
        of_day / 3600,
        (of_day / 60) % 60,
        of_day % 60
    )
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// `n / unit` with the remainder as decimals, trailing zeros dropped.
fn fraction(n: u128, unit: u128) -> String {
    let (whole, rem) = (n / unit, n % unit);
    if rem == 0 {
        return whole.to_string();
    }
    let digits = unit.to_string().len() - 1;
    let frac = format!("{rem:0digits$}");
    format!("{whole}.{}", frac.trim_end_matches('0'))
}

/// go-humanize's `Bytes`: SI units, e.g. `70 kB`, `1.5 MB`.
pub fn humanize_bytes(n: u64) -> String {
    const SIZES: [&str; 7] = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
    if n < 10 {
        return format!("{n} B");
    }
    let f = n as f64;
    let e = (f.ln() / 1000f64.ln()).floor();
    let suffix = SIZES[(e as usize).min(SIZES.len() - 1)];
    let val = (f / 1000f64.powf(e) * 10.0 + 0.5).floor() / 10.0;
    if val < 10.0 {
        format!("{val:.1} {suffix}")
    } else {
        format!("{val:.0} {suffix}")
    }
}

/// Parses a Go duration such as `2s`, `500ms`, `1m30s`.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let bad = || format!("time: invalid duration {}", json_string(s));
    if s == "0" {
        return Ok(Duration::ZERO);
    }
    let mut rest = s;
    let mut total = 0f64;
    if rest.is_empty() {
        return Err(bad());
    }
    while !rest.is_empty() {
        let num_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .ok_or_else(bad)?;
        let value: f64 = rest[..num_len].parse().map_err(|_| bad())?;
        rest = &rest[num_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return Err(bad()),
        };
        total += value * scale;
        rest = &rest[unit_len..];
    }
    Ok(Duration::from_secs_f64(total))
}

#[cfg(test)]
mod tests {

    #[test]
    fn times_are_written_as_gos_rfc3339_nano() {
        let at = std::time::UNIX_EPOCH + Duration::new(1_796_232_804, 45_629_992);
        assert_eq!(rfc3339_nano(at), "2026-12-02T17:33:24.045629992Z");
        let whole = std::time::UNIX_EPOCH + Duration::from_secs(951_782_400);
        assert_eq!(rfc3339_nano(whole), "2000-02-29T00:00:00Z");
    }

    use super::*;

    #[test]
    fn quote_matches_go() {
        assert_eq!(quote(b"v2 \"\xc3\xa9\" \nx"), "\"v2 \\\"é\\\" \\nx\"");
        assert_eq!(quote(b"\x01\x02"), "\"\\x01\\x02\"");
        assert_eq!(quote(b"\xff"), "\"\\xff\"");
        assert_eq!(quote(b"\x7f"), "\"\\x7f\"");
    }

    #[test]
    fn json_strings_match_go() {
        assert_eq!(
            json_string("a<b>&\"\u{1}"),
            "\"a\\u003cb\\u003e\\u0026\\\"\\u0001\""
        );
    }

    #[test]
    fn durations_match_go() {
        assert_eq!(duration(Duration::from_nanos(1_939_069)), "1.939069ms");
        assert_eq!(
            duration(Duration::from_nanos(5_000_496_515)),
            "5.000496515s"
        );
        assert_eq!(duration(Duration::from_micros(850)), "850µs");
        assert_eq!(duration(Duration::from_millis(123_500)), "2m3.5s");
        assert_eq!(duration(Duration::from_secs(2)), "2s");
        assert_eq!(parse_duration("1m30s").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert!(parse_duration("5").is_err());
    }

    #[test]
    fn sizes_match_go_humanize() {
        assert_eq!(humanize_bytes(69632), "70 kB");
        assert_eq!(humanize_bytes(20480), "20 kB");
        assert_eq!(humanize_bytes(5), "5 B");
        assert_eq!(humanize_bytes(1_500_000), "1.5 MB");
    }
}
