//! etcdctl 3.4's v2 mode: with `ETCDCTL_API=2`, the `etcdctl` link runs
//! etcdctl v2's command set (`set`, `get`, `ls`, `mk`, `watch`, `member`,
//! `cluster-health`, ...) against etcd's v2 HTTP API (`/v2/keys`,
//! `/v2/members`, `/health`), with its flags, output, messages and exit
//! codes. Here: the command table, urfave/cli's dispatch (help, unknown
//! commands, usage errors) and how a failed command ends.
//!
//! `args` parses command lines, `help` prints help, `global` turns the
//! global flags into a client, `http`/`cluster`/`api` speak the API,
//! `output` prints answers, and `keys`, `watch` and `members` are the
//! commands. `kvd_set` is `kvd set`, the same `set` under kvd's own flags.

mod api;
mod args;
mod cluster;
mod error;
mod global;
mod help;
mod http;
mod keys;
pub mod kvd_set;
mod members;
mod output;
mod url;
mod watch;

use std::ffi::OsString;

use args::{Flag, Kind, Parsed};
use error::V2Error;
use global::Globals;
use help::CommandHelp;
use output::out;

use super::CliError;

/// etcdctl v2's exit codes.
pub mod exit {
    /// Wrong arguments, or a command-specific failure.
    pub const BAD_ARGS: i32 = 1;
    /// No member could be reached while syncing with the cluster.
    pub const BAD_CONNECTION: i32 = 2;
    /// Help for an unknown command was asked for.
    pub const NO_HELP_TOPIC: i32 = 3;
    /// A request failed.
    pub const SERVER_ERROR: i32 = 4;
    /// `cluster-health` found a member unhealthy.
    pub const CLUSTER_NOT_HEALTHY: i32 = 5;
}

/// Whether the `etcdctl` link is asked for the v2 command set
/// (`ETCDCTL_API=2`; etcdctl 3.4 runs v3 otherwise).
pub fn requested() -> bool {
    std::env::var_os("ETCDCTL_API").is_some_and(|v| v == "2")
}

/// How a command ends when it fails: what it still has to print on
/// stderr, and the exit code.
#[derive(Debug)]
pub struct Exit {
    /// The exit code.
    pub code: i32,
    /// The text for stderr, newlines included.
    pub stderr: String,
}

impl Exit {
    /// `text` and a newline on stderr.
    pub fn line(code: i32, text: impl std::fmt::Display) -> Exit {
        Exit {
            code,
            stderr: format!("{text}\n"),
        }
    }
}

/// etcdctl's `handleError`: `Error:  ` and the error, then a cluster
/// error's details.
fn handle_error(code: i32, e: &V2Error) -> Exit {
    let mut stderr = format!("Error:  {e}\n");
    if let V2Error::Cluster(_) = e {
        stderr.push_str(&e.detail());
        stderr.push('\n');
    }
    Exit { code, stderr }
}

/// Runs etcdctl v2 with these arguments (`argv[0]` first). Its messages
/// are printed here; the error carries only the exit code.
pub async fn run(argv: Vec<OsString>) -> Result<(), CliError> {
    let args: Vec<String> = argv
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    match app(&args).await {
        Ok(()) => Ok(()),
        Err(failure) => {
            eprint!("{}", failure.stderr);
            Err(CliError::new(failure.code, ""))
        }
    }
}

/// What a command runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Run {
    ClusterHealth,
    Mk,
    Mkdir,
    Rm,
    Rmdir,
    Get,
    Ls,
    Set,
    Setdir,
    Update,
    Updatedir,
    Watch,
    ExecWatch,
    Member,
}

/// One of etcdctl v2's commands.
struct Command {
    name: &'static str,
    help: CommandHelp,
    run: Run,
}

const fn flag(names: &'static str, kind: Kind, usage: &'static str, default: &'static str) -> Flag {
    Flag {
        names,
        kind,
        usage,
        default,
    }
}

const TTL: Flag = flag("ttl", Kind::Int, "key time-to-live in seconds", "0");
const SORT: Flag = flag("sort", Kind::Bool, "returns result in sorted order", "");
const QUORUM: Flag = flag(
    "quorum, q",
    Kind::Bool,
    "require quorum for get request",
    "",
);
const AFTER_INDEX: Flag = flag("after-index", Kind::Int, "watch after the given index", "0");

const fn command(
    name: &'static str,
    help_name: &'static str,
    usage: &'static str,
    args_usage: &'static str,
    flags: &'static [Flag],
    run: Run,
) -> Command {
    Command {
        name,
        help: CommandHelp {
            help_name,
            usage,
            args_usage,
            description: "",
            flags,
        },
        run,
    }
}

const SET_DESCRIPTION: &str = "Set sets the value of a key.

   When <value> begins with '-', <value> is interpreted as a flag.
   Insert '--' for workaround:

   $ set -- <key> <value>";

/// The commands, in etcdctl's order.
const COMMANDS: &[Command] = &[
    command(
        "cluster-health",
        "etcdctl cluster-health",
        "check the health of the etcd cluster",
        " ",
        &[flag(
            "forever, f",
            Kind::Bool,
            "forever check the health every 10 second until CTRL+C",
            "",
        )],
        Run::ClusterHealth,
    ),
    command(
        "mk",
        "etcdctl mk",
        "make a new key with a given value",
        "<key> <value>",
        &[
            flag(
                "in-order",
                Kind::Bool,
                "create in-order key under directory <key>",
                "",
            ),
            TTL,
        ],
        Run::Mk,
    ),
    command(
        "mkdir",
        "etcdctl mkdir",
        "make a new directory",
        "<key>",
        &[TTL],
        Run::Mkdir,
    ),
    command(
        "rm",
        "etcdctl rm",
        "remove a key or a directory",
        "<key>",
        &[
            flag(
                "dir",
                Kind::Bool,
                "removes the key if it is an empty directory or a key-value pair",
                "",
            ),
            flag(
                "recursive, r",
                Kind::Bool,
                "removes the key and all child keys(if it is a directory)",
                "",
            ),
            flag("with-value", Kind::Text, "previous value", ""),
            flag("with-index", Kind::Int, "previous index", "0"),
        ],
        Run::Rm,
    ),
    command(
        "rmdir",
        "etcdctl rmdir",
        "removes the key if it is an empty directory or a key-value pair",
        "<key>",
        &[],
        Run::Rmdir,
    ),
    command(
        "get",
        "etcdctl get",
        "retrieve the value of a key",
        "<key>",
        &[SORT, QUORUM],
        Run::Get,
    ),
    command(
        "ls",
        "etcdctl ls",
        "retrieve a directory",
        "[key]",
        &[
            SORT,
            flag(
                "recursive, r",
                Kind::Bool,
                "returns all key names recursively for the given path",
                "",
            ),
            flag("p", Kind::Bool, "append slash (/) to directories", ""),
            QUORUM,
        ],
        Run::Ls,
    ),
    Command {
        name: "set",
        help: CommandHelp {
            help_name: "etcdctl set",
            usage: "set the value of a key",
            args_usage: "<key> <value>",
            description: SET_DESCRIPTION,
            flags: &[
                TTL,
                flag("swap-with-value", Kind::Text, "previous value", ""),
                flag("swap-with-index", Kind::Int, "previous index", "0"),
            ],
        },
        run: Run::Set,
    },
    command(
        "setdir",
        "etcdctl setdir",
        "create a new directory or update an existing directory TTL",
        "<key>",
        &[TTL],
        Run::Setdir,
    ),
    command(
        "update",
        "etcdctl update",
        "update an existing key with a given value",
        "<key> <value>",
        &[TTL],
        Run::Update,
    ),
    command(
        "updatedir",
        "etcdctl updatedir",
        "update an existing directory",
        "<key> <value>",
        &[TTL],
        Run::Updatedir,
    ),
    command(
        "watch",
        "etcdctl watch",
        "watch a key for changes",
        "<key>",
        &[
            flag(
                "forever, f",
                Kind::Bool,
                "forever watch a key until CTRL+C",
                "",
            ),
            AFTER_INDEX,
            flag(
                "recursive, r",
                Kind::Bool,
                "returns all values for key and child keys",
                "",
            ),
        ],
        Run::Watch,
    ),
    command(
        "exec-watch",
        "etcdctl exec-watch",
        "watch a key for changes and exec an executable",
        "<key> <command> [args...]",
        &[
            AFTER_INDEX,
            flag(
                "recursive, r",
                Kind::Bool,
                "watch all values for key and child keys",
                "",
            ),
        ],
        Run::ExecWatch,
    ),
    command(
        "member",
        "etcdctl member",
        "member add, remove and list subcommands",
        "",
        &[],
        Run::Member,
    ),
];

/// urfave's own `help` command, as its help shows it.
const HELP_COMMAND: CommandHelp = CommandHelp {
    // urfave prints no name for it.
    help_name: "",
    usage: "Shows a list of commands or help for one command",
    args_usage: "[command]",
    description: "",
    flags: &[],
};

fn find(name: &str) -> Option<&'static Command> {
    COMMANDS.iter().find(|c| c.name == name)
}

/// urfave's `App.Run`: global flags, then the command.
async fn app(args: &[String]) -> Result<(), Exit> {
    let (mut parsed, failed) = args::parse(global::FLAGS, args);
    // urfave reports a flag given twice before any other mistake.
    if let Err(why) = args::normalize(global::FLAGS, &mut parsed) {
        out(&format!("{why}\n{}", help::app()));
        return Err(Exit::line(exit::BAD_ARGS, why));
    }
    if let Some(why) = failed {
        out(&format!("Incorrect Usage. {why}\n\n{}", help::app()));
        return Err(Exit::line(exit::BAD_ARGS, why));
    }
    if parsed.bool("help") {
        out(&help::app());
        return Ok(());
    }
    if parsed.bool("version") {
        out(&help::version());
        return Ok(());
    }
    let globals = Globals::from_flags(&parsed);
    let Some((name, rest)) = parsed.args.split_first() else {
        out(&help::app());
        return Ok(());
    };
    match name.as_str() {
        "help" | "h" => help_topic(rest.first().map(String::as_str)),
        _ => match find(name) {
            Some(command) => run_command(&globals, command, rest).await,
            None => Err(no_help_topic(name)),
        },
    }
}

/// `etcdctl help [COMMAND]`.
fn help_topic(topic: Option<&str>) -> Result<(), Exit> {
    let text = match topic {
        None => help::app(),
        Some("help" | "h") => help::command(&HELP_COMMAND),
        // urfave shows a command with subcommands as one without flags.
        Some(name) => match find(name) {
            Some(command) => help::command(&command.help),
            None => return Err(no_help_topic(name)),
        },
    };
    out(&text);
    Ok(())
}

fn no_help_topic(name: &str) -> Exit {
    Exit::line(exit::NO_HELP_TOPIC, format!("No help topic for '{name}'"))
}

/// urfave's `Command.Run`, then the command's own code.
async fn run_command(g: &Globals, command: &Command, args: &[String]) -> Result<(), Exit> {
    let a = match command.run {
        Run::Member => return members::group(g, args).await,
        _ => match command_line(&command.help, args)? {
            Some(a) => a,
            None => return Ok(()),
        },
    };
    match command.run {
        Run::ClusterHealth => members::cluster_health(g, &a).await,
        Run::Mk => keys::mk(g, &a).await,
        Run::Mkdir => keys::mkdir(g, &a, api::PrevExist::NoExist).await,
        Run::Rm => keys::rm(g, &a).await,
        Run::Rmdir => keys::rmdir(g, &a).await,
        Run::Get => keys::get(g, &a).await,
        Run::Ls => keys::ls(g, &a).await,
        Run::Set => keys::set(g, &a).await,
        Run::Setdir => keys::mkdir(g, &a, api::PrevExist::Ignore).await,
        Run::Update => keys::update(g, &a).await,
        Run::Updatedir => keys::mkdir(g, &a, api::PrevExist::Exist).await,
        Run::Watch => watch::watch(g, &a).await,
        Run::ExecWatch => watch::exec_watch(g, &a).await,
        Run::Member => Ok(()),
    }
}

/// A command's flags and arguments, urfave's way (flags may follow the
/// arguments); `None` once the command's help was printed (`-h`).
fn command_line(help: &CommandHelp, args: &[String]) -> Result<Option<Parsed>, Exit> {
    let mut flags = help.flags.to_vec();
    flags.push(args::HELP);
    let (mut parsed, failed) = args::parse(&flags, &args::reorder(&flags, args));
    let failed = failed.or_else(|| args::normalize(&flags, &mut parsed).err());
    if let Some(why) = failed {
        out(&format!(
            "Incorrect Usage: {why}\n\n{}",
            help::command(help)
        ));
        return Err(Exit::line(exit::BAD_ARGS, why));
    }
    if parsed.bool("help") {
        out(&help::command(help));
        return Ok(None);
    }
    Ok(Some(parsed))
}

/// A command's missing or wrong argument: `Error:  why`, exit 1.
fn bad_args(why: &str) -> Exit {
    Exit::line(exit::BAD_ARGS, format!("Error:  {why}"))
}
