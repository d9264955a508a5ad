//! Command lines as etcdctl 3.4's v2 mode reads them: urfave/cli 1.22 over
//! Go's `flag` package. Not clap: etcdctl v2 has its own rules that scripts
//! meet — a command's flags may follow its arguments (urfave moves them
//! forward), global flags may not, `-ttl` and `--ttl` are the same flag,
//! parsing stops at the first argument that is not a flag, and a flag given
//! under two of its names is an error — and its own messages for each.

use std::collections::HashMap;
use std::time::Duration;

use crate::gofmt;

/// What a flag takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Nothing, or `=true`/`=false`.
    Bool,
    /// Any text.
    Text,
    /// A Go integer (`10`, `0x1f`, `-1`).
    Int,
    /// A Go duration (`2s`, `500ms`).
    Duration,
}

/// One flag, as urfave/cli declares it.
#[derive(Debug, Clone, Copy)]
pub struct Flag {
    /// Its names, urfave's way: `"recursive, r"`.
    pub names: &'static str,
    /// What it takes.
    pub kind: Kind,
    /// Its line in the help.
    pub usage: &'static str,
    /// Its value when not given (empty for booleans and texts without one).
    pub default: &'static str,
}

impl Flag {
    /// Its names, the main one first.
    pub fn names(&self) -> impl Iterator<Item = &'static str> {
        self.names.split(',').map(str::trim)
    }

    /// Its value when not given.
    fn default_value(&self) -> Value {
        match self.kind {
            Kind::Bool => Value::Bool(false),
            Kind::Text => Value::Text(self.default.to_string()),
            Kind::Int => Value::Int(parse_int(self.default).unwrap_or(0)),
            Kind::Duration => {
                Value::Duration(gofmt::parse_duration(self.default).unwrap_or_default())
            }
        }
    }
}

/// The flag urfave/cli adds to every command.
pub const HELP: Flag = Flag {
    names: "help, h",
    kind: Kind::Bool,
    usage: "show help",
    default: "",
};

/// A flag's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Of a `Kind::Bool` flag.
    Bool(bool),
    /// Of a `Kind::Text` flag.
    Text(String),
    /// Of a `Kind::Int` flag.
    Int(i64),
    /// Of a `Kind::Duration` flag.
    Duration(Duration),
}

/// A parsed command line: every flag's value under each of its names, and
/// the arguments left after the flags.
#[derive(Debug, Default)]
pub struct Parsed {
    values: HashMap<&'static str, Value>,
    /// The names the command line used, in order.
    given: Vec<&'static str>,
    /// The arguments after the flags.
    pub args: Vec<String>,
}

impl Parsed {
    /// Every flag at its default.
    fn defaults(flags: &[Flag]) -> Parsed {
        let mut parsed = Parsed::default();
        for flag in flags {
            for name in flag.names() {
                parsed.values.insert(name, flag.default_value());
            }
        }
        parsed
    }

    fn set(&mut self, name: &'static str, value: Value) {
        self.values.insert(name, value);
        if !self.given.contains(&name) {
            self.given.push(name);
        }
    }

    /// A boolean flag's value (false for an unknown name).
    pub fn bool(&self, name: &str) -> bool {
        matches!(self.values.get(name), Some(Value::Bool(true)))
    }

    /// A text flag's value (empty for an unknown name).
    pub fn text(&self, name: &str) -> String {
        match self.values.get(name) {
            Some(Value::Text(t)) => t.clone(),
            _ => String::new(),
        }
    }

    /// An integer flag's value (0 for an unknown name).
    pub fn int(&self, name: &str) -> i64 {
        match self.values.get(name) {
            Some(Value::Int(n)) => *n,
            _ => 0,
        }
    }

    /// A duration flag's value (zero for an unknown name).
    pub fn duration(&self, name: &str) -> Duration {
        match self.values.get(name) {
            Some(Value::Duration(d)) => *d,
            _ => Duration::ZERO,
        }
    }

    /// Whether the command line gave this flag (under this name).
    pub fn given(&self, name: &str) -> bool {
        self.given.contains(&name)
    }

    /// The `i`th argument after the flags.
    pub fn arg(&self, i: usize) -> Option<&str> {
        self.args.get(i).map(String::as_str)
    }
}

/// Go's `flag.FlagSet.Parse`: flags until the first argument that is not
/// one (or `--`, dropped). On an error, what was parsed so far and Go's
/// message: urfave checks repeated flags even then, at the top level.
pub fn parse(flags: &[Flag], args: &[String]) -> (Parsed, Option<String>) {
    let mut parsed = Parsed::defaults(flags);
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        if arg.len() < 2 || !arg.starts_with('-') {
            break;
        }
        i += 1;
        if arg == "--" {
            break;
        }
        match parse_one(flags, arg, args, &mut i) {
            Ok((name, value)) => parsed.set(name, value),
            Err(why) => return (parsed, Some(why)),
        }
    }
    parsed.args = args[i.min(args.len())..].to_vec();
    (parsed, None)
}

/// One flag `arg` (its value from `args[*next]` if it needs one and has no
/// `=`): its name as given and its value.
fn parse_one(
    flags: &[Flag],
    arg: &str,
    args: &[String],
    next: &mut usize,
) -> Result<(&'static str, Value), String> {
    let body = arg.strip_prefix("--").unwrap_or(&arg[1..]);
    if body.is_empty() || body.starts_with('-') || body.starts_with('=') {
        return Err(format!("bad flag syntax: {arg}"));
    }
    let (name, inline) = match body.split_once('=') {
        Some((name, value)) => (name, Some(value.to_string())),
        None => (body, None),
    };
    let Some((flag, name)) = find(flags, name) else {
        return Err(format!("flag provided but not defined: -{name}"));
    };
    if flag.kind == Kind::Bool {
        let text = inline.unwrap_or_else(|| "true".to_string());
        return match parse_bool(&text) {
            Some(b) => Ok((name, Value::Bool(b))),
            None => Err(format!(
                "invalid boolean value {} for -{name}: parse error",
                gofmt::quote(text.as_bytes())
            )),
        };
    }
    let text = match inline {
        Some(text) => text,
        None => {
            let Some(text) = args.get(*next) else {
                return Err(format!("flag needs an argument: -{name}"));
            };
            *next += 1;
            text.clone()
        }
    };
    match typed(flag.kind, &text) {
        Ok(value) => Ok((name, value)),
        Err(why) => Err(format!(
            "invalid value {} for flag -{name}: {why}",
            gofmt::quote(text.as_bytes())
        )),
    }
}

/// The flag one of whose names is `name`, and that name.
fn find(flags: &[Flag], name: &str) -> Option<(Flag, &'static str)> {
    flags
        .iter()
        .find_map(|f| f.names().find(|n| *n == name).map(|n| (*f, n)))
}

/// `text` as a value of `kind`, or Go's reason it is not one.
fn typed(kind: Kind, text: &str) -> Result<Value, &'static str> {
    match kind {
        Kind::Bool => parse_bool(text).map(Value::Bool).ok_or("parse error"),
        Kind::Text => Ok(Value::Text(text.to_string())),
        Kind::Int => parse_int(text).map(Value::Int),
        Kind::Duration => gofmt::parse_duration(text)
            .map(Value::Duration)
            .map_err(|_| "parse error"),
    }
}

/// urfave's `normalizeFlags`: a flag given under one name is given under
/// all of them; under two, it is an error.
pub fn normalize(flags: &[Flag], parsed: &mut Parsed) -> Result<(), String> {
    for flag in flags {
        let names: Vec<&'static str> = flag.names().collect();
        let mut first: Option<&'static str> = None;
        for &name in &names {
            if !parsed.given(name) {
                continue;
            }
            if let Some(first) = first {
                return Err(format!(
                    "Cannot use two forms of the same flag: {name} {first}"
                ));
            }
            first = Some(name);
        }
        let Some(value) = first.and_then(|f| parsed.values.get(f).cloned()) else {
            continue;
        };
        for name in names {
            parsed.values.insert(name, value.clone());
        }
    }
    Ok(())
}

/// urfave's `reorderArgs`: a command's flags (and the word after each, as
/// its possible value) move before its other arguments; `--` and what
/// follows it stay last, `--` first among the others.
pub fn reorder(flags: &[Flag], args: &[String]) -> Vec<String> {
    let mut flagged = Vec::new();
    let mut rest = Vec::new();
    let mut value_may_follow = false;
    for (i, arg) in args.iter().enumerate() {
        if value_may_follow && !is_flag(flags, arg) {
            value_may_follow = false;
            flagged.push(arg.clone());
        } else if arg == "--" {
            rest.insert(0, arg.clone());
            rest.extend(args[i + 1..].iter().cloned());
            break;
        } else if is_flag(flags, arg) {
            flagged.push(arg.clone());
            value_may_follow = !arg.contains('=');
        } else {
            rest.push(arg.clone());
        }
    }
    flagged.extend(rest);
    flagged
}

/// urfave's `argIsFlag`: whether `arg` names one of `flags`.
fn is_flag(flags: &[Flag], arg: &str) -> bool {
    if arg == "-" || !arg.starts_with('-') {
        return false;
    }
    let mut name = arg.strip_prefix("--").unwrap_or(arg);
    name = name.strip_prefix('-').unwrap_or(name);
    let name = name.split('=').next().unwrap_or_default();
    flags.iter().any(|f| f.names().any(|n| n == name))
}

/// Go's `strconv.ParseBool`.
fn parse_bool(text: &str) -> Option<bool> {
    match text {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// Go's `strconv.ParseInt(text, 0, 64)`: decimal, or `0x`, `0o`, `0b` or
/// `0` prefixed; `_` only between digits after a prefix.
fn parse_int(text: &str) -> Result<i64, &'static str> {
    const SYNTAX: &str = "parse error";
    const RANGE: &str = "value out of range";
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let lower = body.to_ascii_lowercase();
    let (radix, digits, prefixed) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d, true)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d, true)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d, true)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, &lower[1..], true)
    } else {
        (10, lower.as_str(), false)
    };
    if digits.is_empty() || (digits.contains('_') && !underscores_ok(prefixed, digits)) {
        return Err(SYNTAX);
    }
    let mut magnitude: u64 = 0;
    for c in digits.chars().filter(|c| *c != '_') {
        let digit = c.to_digit(radix).ok_or(SYNTAX)?;
        magnitude = magnitude
            .checked_mul(u64::from(radix))
            .and_then(|m| m.checked_add(u64::from(digit)))
            .ok_or(RANGE)?;
    }
    if negative {
        if magnitude > i64::MAX as u64 + 1 {
            return Err(RANGE);
        }
        Ok((magnitude as i64).wrapping_neg())
    } else {
        i64::try_from(magnitude).map_err(|_| RANGE)
    }
}

/// Go allows `_` only in prefixed numbers, each between two digits (or
/// after the prefix).
fn underscores_ok(prefixed: bool, digits: &str) -> bool {
    prefixed && !digits.ends_with('_') && !digits.contains("__")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLAGS: &[Flag] = &[
        Flag {
            names: "recursive, r",
            kind: Kind::Bool,
            usage: "",
            default: "",
        },
        Flag {
            names: "ttl",
            kind: Kind::Int,
            usage: "",
            default: "0",
        },
        HELP,
    ];

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|a| a.to_string()).collect()
    }

    #[test]
    fn flags_after_arguments_move_forward() {
        let args = reorder(FLAGS, &strings(&["k", "v", "--ttl", "5"]));
        assert_eq!(args, strings(&["--ttl", "5", "k", "v"]));
        let (parsed, error) = parse(FLAGS, &args);
        assert_eq!(error, None);
        assert_eq!(parsed.int("ttl"), 5);
        assert_eq!(parsed.args, strings(&["k", "v"]));
    }

    #[test]
    fn a_double_dash_goes_first_among_the_arguments() {
        let args = reorder(FLAGS, &strings(&["/d", "--", "echo", "hi"]));
        assert_eq!(args, strings(&["--", "/d", "echo", "hi"]));
        let (parsed, _) = parse(FLAGS, &args);
        assert_eq!(parsed.args, strings(&["/d", "echo", "hi"]));
    }

    #[test]
    fn errors_read_as_gos() {
        let (_, error) = parse(FLAGS, &strings(&["--ttl", "x"]));
        assert_eq!(
            error.as_deref(),
            Some("invalid value \"x\" for flag -ttl: parse error")
        );
        let (_, error) = parse(FLAGS, &strings(&["--bogus"]));
        assert_eq!(
            error.as_deref(),
            Some("flag provided but not defined: -bogus")
        );
        let (_, error) = parse(FLAGS, &strings(&["---r"]));
        assert_eq!(error.as_deref(), Some("bad flag syntax: ---r"));
        let (mut parsed, _) = parse(FLAGS, &strings(&["-r", "--recursive"]));
        assert_eq!(
            normalize(FLAGS, &mut parsed),
            Err("Cannot use two forms of the same flag: r recursive".to_string())
        );
    }

    #[test]
    fn integers_parse_as_in_go() {
        assert_eq!(parse_int("0x10"), Ok(16));
        assert_eq!(parse_int("010"), Ok(8));
        assert_eq!(parse_int("-1"), Ok(-1));
        assert_eq!(parse_int("1.5"), Err("parse error"));
        assert_eq!(parse_int("99999999999999999999"), Err("value out of range"));
        assert_eq!(parse_int("-9223372036854775808"), Ok(i64::MIN));
    }
}
