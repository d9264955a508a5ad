//! The server's logs, as etcd's flags ask: `--logger zap` writes zap's
//! JSON lines (`level`, `ts`, `caller`, `msg`, then the event's fields),
//! anything else plain text; `--log-level`; `--log-outputs` stderr,
//! stdout or files, several at once. `KVD_LOG` (an env-filter) overrides
//! the level for debugging.

use std::sync::{Arc, Mutex};

use tracing::field::{Field, Visit};
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields, MakeWriter};
use tracing_subscriber::registry::LookupSpan;

use super::CliError;

/// The logging flags.
#[derive(Debug, Clone)]
pub struct LogOptions {
    /// `zap` (JSON lines) or `capnslog` (text).
    pub logger: String,
    /// debug, info, warn, error, panic or fatal.
    pub level: String,
    /// `default`/`stderr`, `stdout`, or file paths.
    pub outputs: Vec<String>,
}

/// Starts logging as `options` say.
pub fn init(options: &LogOptions) -> Result<(), CliError> {
    let level = match options.level.as_str() {
        "debug" | "info" | "warn" | "error" => options.level.clone(),
        "panic" | "fatal" => "error".to_string(),
        other => {
            return Err(CliError::bad_args(format!(
                "--log-level {other:?}: expected debug, info, warn, error, panic or fatal"
            )))
        }
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("KVD_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    let outputs = Outputs::open(&options.outputs)?;
    let ansi = outputs.is_terminal();
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(outputs);
    match options.logger.as_str() {
        "zap" => builder.event_format(Zap).init(),
        "capnslog" => builder.with_ansi(ansi).init(),
        other => {
            return Err(CliError::bad_args(format!(
                "--logger {other:?}: expected zap or capnslog"
            )))
        }
    }
    Ok(())
}

/// Where log lines go: every one of them gets each line.
#[derive(Clone)]
struct Outputs(Arc<Vec<Target>>);

enum Target {
    Stderr,
    Stdout,
    File(Mutex<std::fs::File>),
}

impl Outputs {
    fn open(names: &[String]) -> Result<Outputs, CliError> {
        let mut targets = Vec::new();
        for name in names.iter().flat_map(|n| n.split(',')) {
            targets.push(match name.trim() {
                "" | "default" | "stderr" => Target::Stderr,
                "stdout" => Target::Stdout,
                path => Target::File(Mutex::new(
                    std::fs::OpenOptions::new()
                        .create(true)
                        .append(true)
                        .open(path)
                        .map_err(|e| CliError::bad_args(format!("--log-outputs {path}: {e}")))?,
                )),
            });
        }
        if targets.is_empty() {
            targets.push(Target::Stderr);
        }
        Ok(Outputs(Arc::new(targets)))
    }

    fn is_terminal(&self) -> bool {
        use std::io::IsTerminal as _;
        self.0.iter().all(|t| match t {
            Target::Stderr => std::io::stderr().is_terminal(),
            Target::Stdout => std::io::stdout().is_terminal(),
            Target::File(_) => false,
        })
    }
}

impl std::io::Write for Outputs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for target in self.0.iter() {
            match target {
                Target::Stderr => std::io::stderr().write_all(buf)?,
                Target::Stdout => std::io::stdout().write_all(buf)?,
                Target::File(f) => f.lock().unwrap_or_else(|p| p.into_inner()).write_all(buf)?,
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Outputs {
    type Writer = Outputs;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// zap's production encoding: one JSON object per line.
struct Zap;

impl<S, N> FormatEvent<S, N> for Zap
where
    S: tracing::Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        _ctx: &FmtContext<'_, S, N>,
        mut writer: Writer<'_>,
        event: &tracing::Event<'_>,
    ) -> std::fmt::Result {
        let meta = event.metadata();
        let mut fields = JsonFields::default();
        event.record(&mut fields);
        let msg = fields.0.remove("message").unwrap_or_default();
        let ts = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or_default();
        let caller = match (meta.file(), meta.line()) {
            (Some(file), Some(line)) => format!("{file}:{line}"),
            _ => meta.target().to_string(),
        };
        let mut line = serde_json::Map::new();
        line.insert("level".into(), meta.level().as_str().to_lowercase().into());
        line.insert("ts".into(), ts.into());
        line.insert("caller".into(), caller.into());
        line.insert("msg".into(), msg);
        line.extend(fields.0);
        writeln!(writer, "{}", serde_json::Value::Object(line))
    }
}

/// An event's fields as JSON values.
#[derive(Default)]
struct JsonFields(serde_json::Map<String, serde_json::Value>);

impl Visit for JsonFields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0
            .insert(field.name().into(), format!("{value:?}").into());
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().into(), value.into());
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        self.0.insert(field.name().into(), value.into());
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        self.0.insert(field.name().into(), value.into());
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        self.0.insert(field.name().into(), value.into());
    }

    fn record_f64(&mut self, field: &Field, value: f64) {
        self.0.insert(field.name().into(), value.into());
    }
}
