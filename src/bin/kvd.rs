//! The kvd binary. The name it is invoked under picks the personality:
//! `etcdctl` (client commands with etcdctl's flags and output), `etcd` (the
//! server with etcd's flags, single-dash spellings included) or `kvd`.
//! Errors are printed once, as `Error: ...`, with etcdctl's exit codes.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;
use kvd::cli::{self, Cli, CliError, Command, EtcdctlCli, Personality};
use kvd::server::Member;

/// `etcd` under its own name: the server's flags.
#[derive(Debug, Parser)]
#[command(name = "etcd", about = "kvd serving as etcd")]
struct EtcdCli {
    #[command(flatten)]
    serve: cli::serve::ServeArgs,
    /// Print the version and exit.
    #[arg(long)]
    version: bool,
}

/// What `etcd --version` prints: etcd's lines, so scripts that read the
/// version find it, and what kvd really is.
fn etcd_version() -> String {
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    };
    format!(
        "etcd Version: {}\nGit SHA: kvd {}\nGo Version: none (kvd is written in Rust)\nGo OS/Arch: {}/{arch}\n",
        kvd::server::ETCD_API_VERSION,
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    )
}

fn main() -> ExitCode {
    cli::honour_etcdctl_env();
    cli::serve::honour_kvd_serve_env();
    let args: Vec<OsString> = std::env::args_os().collect();
    let argv0 = args
        .first()
        .and_then(|a| a.to_str())
        .unwrap_or("kvd")
        .to_string();
    let personality = Personality::from_argv0(&argv0);
    let result = match personality {
        Personality::Kvd => {
            let cli = Cli::parse_from(serve_flags(args));
            runtime(|| run_kvd(cli))
        }
        // etcdctl 3.4 runs its v2 command set when ETCDCTL_API=2.
        Personality::Etcdctl if cli::v2::requested() => runtime(move || cli::v2::run(args)),
        Personality::Etcdctl => match EtcdctlCli::try_parse_from(args) {
            Ok(cli) => runtime(|| async move {
                cli::run_client(&cli.global, cli.command, Personality::Etcdctl).await
            }),
            Err(e) => {
                let _ = e.print();
                return ExitCode::from(if e.use_stderr() { 1 } else { 0 });
            }
        },
        Personality::Etcd => {
            let args = cli::serve::without_ignored_etcd_flags(etcd_style_flags(args));
            let cli = EtcdCli::parse_from(args);
            if cli.version {
                print!("{}", etcd_version());
                return ExitCode::SUCCESS;
            }
            runtime(|| async move { serve(&cli.serve).await })
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if !e.message.is_empty() {
                eprintln!("Error: {}", e.message);
            }
            ExitCode::from(u8::try_from(e.code).unwrap_or(1))
        }
    }
}

/// `kvd serve`'s flags without the etcd flags kvd ignores (with warnings).
fn serve_flags(args: Vec<OsString>) -> Vec<OsString> {
    if args.get(1).and_then(|a| a.to_str()) != Some("serve") {
        return args;
    }
    let mut args = args;
    let flags = args.split_off(2);
    args.extend(cli::serve::without_ignored_etcd_flags(flags));
    args
}

/// Go's flag package accepts `-name value`; clap wants `--name value`.
fn etcd_style_flags(args: Vec<OsString>) -> Vec<OsString> {
    args.into_iter()
        .enumerate()
        .map(|(i, a)| match a.to_str() {
            Some(s) if i > 0 && s.len() > 2 && s.starts_with('-') && !s.starts_with("--") => {
                OsString::from(format!("-{s}"))
            }
            _ => a,
        })
        .collect()
}

fn runtime<F, Fut>(f: F) -> Result<(), CliError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<(), CliError>>,
{
    // Deeply nested transactions are decoded and checked on the workers.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_stack_size(kvd::nesting::STACK_BYTES)
        .build()
        .map_err(|e| CliError::new(cli::exit::ERROR, format!("starting the runtime: {e}")))?;
    let result = rt.block_on(f());
    // A server's Raft driver and its joiner never end on their own; give
    // tasks a moment to finish, then go (everything acknowledged is synced).
    rt.shutdown_timeout(std::time::Duration::from_millis(500));
    result
}

async fn run_kvd(cli: Cli) -> Result<(), CliError> {
    match cli.command {
        Command::Serve(args) => serve(&args).await,
        Command::Client(c) => cli::run_client(&cli.global, c, Personality::Kvd).await,
        Command::Completion(a) => cli::generate::run_completion(&a),
        Command::InstallLinks(a) => cli::generate::install_links(&a),
        Command::Cluster(c) => cli::cluster::cluster(c).await,
        Command::Bench(a) => cli::bench::bench(&cli.global, a).await,
        Command::Certs(c) => cli::certs::run(c),
    }
}

async fn serve(args: &cli::serve::ServeArgs) -> Result<(), CliError> {
    let args = cli::config_file::apply(args.clone())?;
    let config = args
        .to_config()
        .map_err(|e| CliError::bad_args(e.to_string()))?;
    cli::logging::init(&args.log_options())?;
    let fail = |e: kvd::server::ServeError| CliError::new(cli::exit::ERROR, e.to_string());
    let member = Member::start(config).await.map_err(fail)?;
    tokio::select! {
        r = member.wait() => r.map_err(fail)?,
        _ = cli::shutdown_signal() => tracing::info!("shutting down"),
    }
    Ok(())
}
