//! The help etcdctl v2 prints (urfave/cli 1.22's templates): the whole
//! program's, a command's (built from its flags, aligned as Go's
//! `tabwriter` aligns them) and the `member` group's.

use super::args::{Flag, Kind};

/// What the help shows of a command.
#[derive(Debug, Clone, Copy)]
pub struct CommandHelp {
    /// `etcdctl NAME` (or `etcdctl member NAME`).
    pub help_name: &'static str,
    /// One line on what it does.
    pub usage: &'static str,
    /// Its arguments, e.g. `<key> <value>` (empty: `[arguments...]`).
    pub args_usage: &'static str,
    /// More, if anything (already indented as urfave prints it).
    pub description: &'static str,
    /// Its flags.
    pub flags: &'static [Flag],
}

/// `etcdctl --version`.
pub fn version() -> String {
    format!(
        "etcdctl version: {}\nAPI version: 2\n",
        crate::server::ETCD_API_VERSION
    )
}

/// The program's help (`etcdctl -h`, `etcdctl help`).
pub fn app() -> String {
    APP_HELP.replace("{VERSION}", crate::server::ETCD_API_VERSION)
}

const APP_HELP: &str = r#"NAME:
   etcdctl - A simple command line client for etcd.

USAGE:
   etcdctl [global options] command [command options] [arguments...]

VERSION:
   {VERSION}

COMMANDS:
   cluster-health  check the health of the etcd cluster
   mk              make a new key with a given value
   mkdir           make a new directory
   rm              remove a key or a directory
   rmdir           removes the key if it is an empty directory or a key-value pair
   get             retrieve the value of a key
   ls              retrieve a directory
   set             set the value of a key
   setdir          create a new directory or update an existing directory TTL
   update          update an existing key with a given value
   updatedir       update an existing directory
   watch           watch a key for changes
   exec-watch      watch a key for changes and exec an executable
   member          member add, remove and list subcommands
   help, h         Shows a list of commands or help for one command

GLOBAL OPTIONS:
   --debug                          output cURL commands which can be used to reproduce the request
   --no-sync                        don't synchronize cluster information before sending request
   --output simple, -o simple       output response in the given format (simple, `extended` or `json`) (default: "simple")
   --discovery-srv value, -D value  domain name to query for SRV records describing cluster endpoints
   --insecure-discovery             accept insecure SRV records describing cluster endpoints
   --peers value, -C value          DEPRECATED - "--endpoints" should be used instead
   --endpoint value                 DEPRECATED - "--endpoints" should be used instead
   --endpoints value                a comma-delimited list of machine addresses in the cluster (default: "http://127.0.0.1:2379,http://127.0.0.1:4001")
   --cert-file value                identify HTTPS client using this SSL certificate file
   --key-file value                 identify HTTPS client using this SSL key file
   --ca-file value                  verify certificates of HTTPS-enabled servers using this CA bundle
   --username value, -u value       provide username[:password] and prompt if password is not supplied.
   --timeout value                  connection timeout per request (default: 2s)
   --total-timeout value            timeout for the command execution (except watch) (default: 5s)
   --help, -h                       show help
   --version, -v                    print the version
"#;

/// The `member` group's help (`etcdctl member`, `etcdctl member -h`).
pub const MEMBER: &str = "NAME:
   etcdctl member - member add, remove and list subcommands

USAGE:
   etcdctl member command [command options] [arguments...]

COMMANDS:
   list    enumerate existing cluster members
   add     add a new member to the etcd cluster
   remove  remove an existing member from the etcd cluster
   update  update an existing member in the etcd cluster

OPTIONS:
   --help, -h  show help
   \n";

/// The `member` group as a program (`etcdctl member help`).
pub fn member_app() -> String {
    MEMBER_APP.replace("{VERSION}", crate::server::ETCD_API_VERSION)
}

const MEMBER_APP: &str = "NAME:
   etcdctl member - member add, remove and list subcommands

USAGE:
   etcdctl member [global options] command [command options] [arguments...]

VERSION:
   {VERSION}

COMMANDS:
   list    enumerate existing cluster members
   add     add a new member to the etcd cluster
   remove  remove an existing member from the etcd cluster
   update  update an existing member in the etcd cluster

GLOBAL OPTIONS:
   --help, -h  show help
";

/// A command's help: urfave's command template.
pub fn command(c: &CommandHelp) -> String {
    let options = if c.flags.is_empty() {
        ""
    } else {
        " [command options]"
    };
    let args = if c.args_usage.is_empty() {
        "[arguments...]"
    } else {
        c.args_usage
    };
    let mut text = format!(
        "NAME:\n   {} - {}\n\nUSAGE:\n   {}{options} {args}",
        c.help_name, c.usage, c.help_name
    );
    if !c.description.is_empty() {
        text.push_str(&format!("\n\nDESCRIPTION:\n   {}", c.description));
    }
    if !c.flags.is_empty() {
        text.push_str("\n\nOPTIONS:\n");
        text.push_str(&flag_lines(c.flags));
        text.push_str("   ");
    }
    text.push('\n');
    text
}

/// One line per flag, usages aligned two spaces after the longest names.
fn flag_lines(flags: &[Flag]) -> String {
    let names: Vec<String> = flags.iter().map(flag_names).collect();
    let width = names.iter().map(String::len).max().unwrap_or(0);
    flags
        .iter()
        .zip(&names)
        .map(|(flag, names)| format!("   {names:<width$}  {}\n", flag_usage(flag)))
        .collect()
}

/// `--ttl value`, `--recursive, -r`, `-p`.
fn flag_names(flag: &Flag) -> String {
    let placeholder = if flag.kind == Kind::Bool {
        ""
    } else {
        " value"
    };
    flag.names()
        .map(|n| {
            let dashes = if n.len() == 1 { "-" } else { "--" };
            format!("{dashes}{n}{placeholder}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The usage, with the default where urfave shows one.
fn flag_usage(flag: &Flag) -> String {
    match flag.kind {
        Kind::Bool => flag.usage.to_string(),
        Kind::Text if flag.default.is_empty() => flag.usage.to_string(),
        Kind::Text => format!("{} (default: \"{}\")", flag.usage, flag.default),
        Kind::Int | Kind::Duration => format!("{} (default: {})", flag.usage, flag.default),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLAGS: &[Flag] = &[
        Flag {
            names: "ttl",
            kind: Kind::Int,
            usage: "key time-to-live in seconds",
            default: "0",
        },
        Flag {
            names: "swap-with-value",
            kind: Kind::Text,
            usage: "previous value",
            default: "",
        },
        Flag {
            names: "recursive, r",
            kind: Kind::Bool,
            usage: "returns all key names recursively for the given path",
            default: "",
        },
    ];

    #[test]
    fn command_help_is_urfaves() {
        let help = command(&CommandHelp {
            help_name: "etcdctl x",
            usage: "does x",
            args_usage: "<key>",
            description: "",
            flags: FLAGS,
        });
        assert_eq!(
            help,
            "NAME:\n   etcdctl x - does x\n\nUSAGE:\n   etcdctl x [command options] <key>\n\nOPTIONS:\n   \
             --ttl value              key time-to-live in seconds (default: 0)\n   \
             --swap-with-value value  previous value\n   \
             --recursive, -r          returns all key names recursively for the given path\n   \n"
        );
        let bare = command(&CommandHelp {
            help_name: "etcdctl member list",
            usage: "enumerate existing cluster members",
            args_usage: " ",
            description: "",
            flags: &[],
        });
        assert!(bare.ends_with("USAGE:\n   etcdctl member list  \n"));
    }
}
