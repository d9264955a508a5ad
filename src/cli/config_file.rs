//! `--config-file`: etcd's YAML configuration file, read as the flags it
//! names, so that a member starts from the file etcd would. As in etcd,
//! the file replaces the command line. Keys kvd does not know (etcd's
//! sample file lists every option) are skipped with a warning; the
//! transport security sections become the TLS flags.

use std::path::Path;

use clap::{ArgMatches, Args, Command, FromArgMatches};

use super::serve::ServeArgs;
use super::CliError;

/// The largest configuration file read.
const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// `args` as the configuration file it names says, if it names one.
pub fn apply(args: ServeArgs) -> Result<ServeArgs, CliError> {
    let Some(path) = args.config_file.clone() else {
        return Ok(args);
    };
    let command = ServeArgs::augment_args(Command::new("serve").no_binary_name(true));
    let flags = flags_from_file(&path, &command)?;
    let matches: ArgMatches = command
        .try_get_matches_from(&flags)
        .map_err(|e| bad(&path, e.to_string().trim_start_matches("error: ").trim()))?;
    ServeArgs::from_arg_matches(&matches).map_err(|e| bad(&path, e.to_string().trim()))
}

fn bad(path: &Path, why: impl std::fmt::Display) -> CliError {
    CliError::bad_args(format!("--config-file {}: {why}", path.display()))
}

/// The file's settings as `--flag=value` arguments for `command`.
fn flags_from_file(path: &Path, command: &Command) -> Result<Vec<String>, CliError> {
    use std::io::Read as _;
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_CONFIG_BYTES + 1).read_to_string(&mut text))
        .map_err(|e| bad(path, e))?;
    if text.len() as u64 > MAX_CONFIG_BYTES {
        return Err(bad(path, "larger than 1 MiB"));
    }
    let settings: serde_json::Value = if text.trim().is_empty() {
        serde_json::Value::Object(Default::default())
    } else {
        serde_saphyr::from_str(&text).map_err(|e| bad(path, e))?
    };
    let serde_json::Value::Object(settings) = settings else {
        return Err(bad(path, "expected `key: value` lines at the top level"));
    };
    let mut flags = Vec::new();
    for (key, value) in settings {
        match (key.as_str(), value) {
            (
                "client-transport-security" | "peer-transport-security",
                serde_json::Value::Object(section),
            ) => {
                let peer = key.starts_with("peer");
                for (sub, value) in section {
                    push(
                        &mut flags,
                        command,
                        &security_flag(peer, &sub),
                        &value,
                        path,
                    )?;
                }
            }
            (_, value) => push(&mut flags, command, &key, &value, path)?,
        }
    }
    Ok(flags)
}

/// The flag a key of a transport security section stands for.
fn security_flag(peer: bool, key: &str) -> String {
    let key = if key == "crl-file" && !peer {
        "client-crl-file"
    } else {
        key
    };
    match (peer, key) {
        (false, k) => k.to_string(),
        (true, "crl-file") => "peer-crl-file".into(),
        (true, k) => format!("peer-{k}"),
    }
}

/// Adds `--key=value` for one setting; empty values (etcd's sample file
/// leaves unset ones empty) and keys kvd does not know are skipped.
fn push(
    flags: &mut Vec<String>,
    command: &Command,
    key: &str,
    value: &serde_json::Value,
    path: &Path,
) -> Result<(), CliError> {
    use serde_json::Value;
    let Some(arg) = command.get_arguments().find(|a| a.get_long() == Some(key)) else {
        if !matches!(value, Value::Null) && key != "config-file" {
            eprintln!("warning: {}: kvd ignores {key:?}", path.display());
        }
        return Ok(());
    };
    let takes_value = arg.get_action().takes_values();
    let text = match value {
        Value::Null => return Ok(()),
        Value::Bool(on) if !takes_value => {
            if *on {
                flags.push(format!("--{key}"));
            }
            return Ok(());
        }
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) if s.is_empty() => return Ok(()),
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(","),
        Value::Object(_) => {
            return Err(bad(path, format!("{key}: expected a value, not a section")))
        }
    };
    flags.push(format!("--{key}={text}"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(yaml: &str) -> Vec<String> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("etcd.conf.yml");
        std::fs::write(&path, yaml).unwrap();
        let command = ServeArgs::augment_args(Command::new("serve").no_binary_name(true));
        let mut f = flags_from_file(&path, &command).unwrap();
        f.sort();
        f
    }

    #[test]
    fn etcds_keys_become_flags_and_empty_or_unknown_ones_are_skipped() {
        let got = flags(
            "name: 'n1'\ndata-dir: /var/lib/n1\nsnapshot-count: 10000\n\
             listen-client-urls: http://127.0.0.1:2379\nproxy: 'off'\nwal-dir:\n\
             discovery: ''\nstrict-reconfig-check: false\nauto-tls: false\n\
             client-transport-security:\n  cert-file: /c.pem\n  client-cert-auth: true\n\
             peer-transport-security:\n  trusted-ca-file: /ca.pem\n  auto-tls: true\n",
        );
        assert_eq!(
            got,
            [
                "--cert-file=/c.pem",
                "--client-cert-auth",
                "--data-dir=/var/lib/n1",
                "--listen-client-urls=http://127.0.0.1:2379",
                "--name=n1",
                "--peer-auto-tls",
                "--peer-trusted-ca-file=/ca.pem",
                "--snapshot-count=10000",
                "--strict-reconfig-check=false",
            ]
        );
    }

    #[test]
    fn a_file_that_is_not_a_mapping_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.yml");
        std::fs::write(&path, "- just\n- a list\n").unwrap();
        let command = ServeArgs::augment_args(Command::new("serve").no_binary_name(true));
        assert!(flags_from_file(&path, &command).is_err());
    }
}
