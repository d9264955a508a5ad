//! The command line: clap definitions, one file per command group, and the
//! printers in `output`. One binary, three personalities chosen by the name
//! it is invoked under: `kvd` (subcommands), `etcdctl` (the client commands
//! with etcdctl's flags and output) and `etcd` (the server with etcd's
//! flags). kvd's own client commands (`register`, `queue`, ...) and the
//! flags it adds to etcdctl's (`put --ttl`, `get --wait`, ...) exist only
//! under the `kvd` name: the `etcdctl` link offers exactly etcdctl's. With
//! `ETCDCTL_API=2`, the link runs etcdctl's v2 command set instead (`v2`).

pub mod alarm;
pub mod auth;
pub mod barrier;
pub mod bench;
pub mod certs;
pub mod check;
pub mod cluster;
pub mod config_file;
pub mod defrag;
pub mod endpoint;
pub mod generate;
pub mod kv;
pub mod lease;
pub mod lock;
pub mod logging;
pub mod member;
pub mod output;
pub mod queue;
pub mod recipes;
pub mod serve;
pub mod service;
pub mod session;
pub mod snapshot;
pub mod txn;
pub mod v2;
pub mod watch;

use std::io::Write as _;
use std::time::Duration;

use clap::{ArgMatches, Args, FromArgMatches, Parser, Subcommand};

use crate::client::{Client, ClientError};
use output::{Format, Printer};

/// etcdctl's exit codes.
pub mod exit {
    /// A request failed.
    pub const ERROR: i32 = 1;
    /// No usable connection: a failed authentication, for one.
    pub const BAD_CONNECTION: i32 = 2;
    /// Input could not be parsed (a transaction's lines).
    pub const INVALID_INPUT: i32 = 3;
    /// An unsupported choice (sort order, consistency).
    pub const BAD_FEATURE: i32 = 4;
    /// Wrong or missing arguments.
    pub const BAD_ARGS: i32 = 128;
}

/// A failed command: what to print after `Error: ` and the exit code.
#[derive(Debug)]
pub struct CliError {
    /// Exit code, as etcdctl's.
    pub code: i32,
    /// The message.
    pub message: String,
}

impl CliError {
    /// An error with this exit code.
    pub fn new(code: i32, message: impl Into<String>) -> Self {
        CliError {
            code,
            message: message.into(),
        }
    }

    /// Wrong or missing arguments.
    pub fn bad_args(message: impl Into<String>) -> Self {
        Self::new(exit::BAD_ARGS, message)
    }
}

impl From<ClientError> for CliError {
    fn from(e: ClientError) -> Self {
        CliError::new(exit::ERROR, e.to_string())
    }
}

impl From<output::Unsupported> for CliError {
    fn from(e: output::Unsupported) -> Self {
        CliError::new(exit::BAD_FEATURE, e.to_string())
    }
}

/// Flags every client command takes (etcdctl's global flags).
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// gRPC endpoints.
    #[arg(
        long,
        global = true,
        value_delimiter = ',',
        default_value = "127.0.0.1:2379",
        env = "KVD_ENDPOINTS"
    )]
    pub endpoints: Vec<String>,
    /// Dial timeout for client connections.
    #[arg(long, global = true, default_value = "2s", value_parser = parse_duration, env = "KVD_DIAL_TIMEOUT")]
    pub dial_timeout: Duration,
    /// Timeout for short running commands (excluding dial timeout).
    #[arg(long, global = true, default_value = "5s", value_parser = parse_duration, env = "KVD_COMMAND_TIMEOUT")]
    pub command_timeout: Duration,
    /// Output format.
    #[arg(
        short = 'w',
        long,
        global = true,
        value_enum,
        default_value = "simple",
        env = "KVD_WRITE_OUT"
    )]
    pub write_out: Format,
    /// Print byte strings as hex encoded strings.
    #[arg(long, global = true, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false", env = "KVD_HEX")]
    pub hex: bool,
    /// Verify certificates of TLS-enabled secure servers using this CA bundle.
    #[arg(long = "cacert", id = "tls_cacert", global = true, env = "KVD_CACERT")]
    pub cacert: Option<std::path::PathBuf>,
    /// Identify secure client using this TLS certificate file.
    #[arg(long = "cert", id = "tls_cert", global = true, env = "KVD_CERT")]
    pub cert: Option<std::path::PathBuf>,
    /// Identify secure client using this TLS key file.
    // Explicit IDs: commands have arguments named `key` of their own.
    #[arg(long = "key", id = "tls_key", global = true, env = "KVD_KEY")]
    pub key: Option<std::path::PathBuf>,
    /// Skip server certificate verification (CAUTION: this option should be
    /// enabled only for testing purposes).
    #[arg(long, global = true, env = "KVD_INSECURE_SKIP_TLS_VERIFY")]
    pub insecure_skip_tls_verify: bool,
    /// Disable transport security for client connections (bare host:port
    /// endpoints are https when false).
    #[arg(long, global = true, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", env = "KVD_INSECURE_TRANSPORT")]
    pub insecure_transport: bool,
    /// Username[:password] for authentication (prompt if password is not supplied).
    #[arg(long, global = true, default_value = "", env = "KVD_USER")]
    pub user: String,
    /// Password for authentication (if this option is used, --user option shouldn't include password).
    #[arg(
        long,
        global = true,
        default_value = "",
        env = "KVD_PASSWORD",
        hide_env_values = true
    )]
    pub password: String,
    /// The user and password, once settled; shared by clones, so that a
    /// password is asked for once however many endpoints are dialled.
    #[arg(skip)]
    settled: std::sync::Arc<std::sync::OnceLock<Option<Credentials>>>,
}

/// Who to authenticate as.
#[derive(Clone)]
pub struct Credentials {
    /// The user's name.
    pub name: String,
    /// The user's password.
    pub password: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Not the password: debug output ends up in logs.
        f.debug_struct("Credentials")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

fn parse_duration(s: &str) -> Result<Duration, String> {
    output::gofmt::parse_duration(s)
}

impl GlobalArgs {
    /// Connects to the endpoints and, with `--user`, authenticates; a
    /// failed authentication exits as etcdctl's does (code 2).
    pub async fn connect(&self) -> Result<Client, CliError> {
        // Asked before dialing, as etcdctl asks.
        self.credentials();
        let tls = self.tls()?;
        let client = Client::connect_tls(
            &self.endpoints,
            self.dial_timeout,
            self.command_timeout,
            tls.as_ref(),
        )
        .await?;
        self.log_in(client)
            .await
            .map_err(|e| CliError::new(exit::BAD_CONNECTION, e.to_string()))
    }

    /// `client`, authenticated as `--user` if one was given: each request
    /// it sends then carries the token.
    pub async fn log_in(&self, client: Client) -> Result<Client, ClientError> {
        match self.credentials() {
            Some(c) => {
                client
                    .authenticated(&c.name, &c.password, self.dial_timeout)
                    .await
            }
            None => Ok(client),
        }
    }

    /// The user and password of `--user NAME[:PASSWORD]` and `--password`,
    /// as etcdctl takes them: with `--password`, `--user` is the whole name;
    /// without either password, it is asked for on the terminal.
    pub fn credentials(&self) -> Option<Credentials> {
        self.settled
            .get_or_init(|| {
                if self.user.is_empty() {
                    return None;
                }
                if !self.password.is_empty() {
                    return Some(Credentials {
                        name: self.user.clone(),
                        password: self.password.clone(),
                    });
                }
                let (name, password) = match self.user.split_once(':') {
                    Some((name, password)) => (name.to_string(), password.to_string()),
                    // An unreadable answer is no password: no authentication.
                    None => (
                        self.user.clone(),
                        auth::ask_password("Password: ").unwrap_or_default(),
                    ),
                };
                Some(Credentials { name, password })
            })
            .clone()
    }

    /// TLS from --cacert, --cert and --key, if any was given; without
    /// verifying the server with --insecure-skip-tls-verify; with the
    /// system's roots when only --insecure-transport=false asks for TLS.
    pub fn tls(&self) -> Result<Option<crate::tls::ClientTls>, ClientError> {
        if self.cert.is_some() != self.key.is_some() {
            return Err(crate::tls::TlsError::Config("--cert and --key go together".into()).into());
        }
        let files = crate::tls::TlsFiles {
            cert: self.cert.clone(),
            key: self.key.clone(),
            trusted_ca: self.cacert.clone(),
            ..Default::default()
        };
        if self.insecure_skip_tls_verify {
            let config = crate::tls::insecure_client_config(&files)?;
            return Ok(Some(crate::tls::ClientTls::SkipVerify(config)));
        }
        let any_file = self.cacert.is_some() || self.cert.is_some();
        if !any_file && self.insecure_transport {
            return Ok(None);
        }
        Ok(Some(crate::tls::ClientTls::Verified(
            crate::tls::client_config(&files)?,
        )))
    }

    /// The printer these flags ask for.
    pub fn printer(&self) -> Printer {
        Printer {
            format: self.write_out,
            hex: self.hex,
            value_only: false,
        }
    }
}

/// etcdctl's commands, which talk to a server; the same under `kvd` and
/// `etcdctl`.
#[derive(Debug, Subcommand)]
pub enum ClientCommand {
    /// Puts the given key into the store.
    Put(kv::PutArgs),
    /// Gets the key or a range of keys.
    Get(kv::GetArgs),
    /// Removes the specified key or range of keys [key, range_end).
    Del(kv::DelArgs),
    /// Txn processes all the requests in one transaction.
    Txn(txn::TxnArgs),
    /// Watches events stream on keys or prefixes.
    Watch(watch::WatchArgs),
    /// Acquires a named lock.
    Lock(lock::LockArgs),
    /// Observes and participates in leader election.
    Elect(lock::ElectArgs),
    /// Compacts the event history in etcd.
    Compaction(kv::CompactionArgs),
    /// Defragments the storage of the etcd members with given endpoints.
    Defrag(defrag::DefragArgs),
    /// Lease related commands.
    #[command(subcommand)]
    Lease(lease::LeaseCommand),
    /// Endpoint related commands.
    Endpoint(endpoint::EndpointArgs),
    /// Membership related commands.
    #[command(subcommand)]
    Member(member::MemberCommand),
    /// Transfers leadership to another member.
    MoveLeader(endpoint::MoveLeaderArgs),
    /// Manages etcd node snapshots.
    #[command(subcommand)]
    Snapshot(snapshot::SnapshotCommand),
    /// Commands for checking properties of the etcd cluster.
    #[command(subcommand)]
    Check(check::CheckCommand),
    /// Alarm related commands.
    #[command(subcommand)]
    Alarm(alarm::AlarmCommand),
    /// Prints the version of the client and the API it speaks.
    Version,
    /// Enable or disable authentication.
    #[command(subcommand)]
    Auth(auth::AuthCommand),
    /// User related commands.
    #[command(subcommand)]
    User(auth::UserCommand),
    /// Role related commands.
    #[command(subcommand)]
    Role(auth::RoleCommand),
}

/// kvd's client commands: etcdctl's, and kvd's own, which the `etcdctl`
/// link does not offer (its command line is `ClientCommand` alone).
#[derive(Debug, Subcommand)]
pub enum KvdClientCommand {
    /// etcdctl's commands.
    #[command(flatten)]
    Etcdctl(ClientCommand),
    /// Registers a service instance under /services/SERVICE/ID, on a lease kept alive until exit.
    Register(service::RegisterArgs),
    /// Lists a service's live instances; watches them, or picks one round robin.
    Discover(service::DiscoverArgs),
    /// A FIFO queue shared with etcd's Go recipe (recipe.NewQueue).
    #[command(subcommand)]
    Queue(queue::QueueCommand),
    /// A priority queue shared with etcd's Go recipe (recipe.NewPriorityQueue).
    #[command(subcommand)]
    Pqueue(queue::PqueueCommand),
    /// Barriers and double barriers shared with etcd's Go recipes.
    #[command(subcommand)]
    Barrier(barrier::BarrierCommand),
    /// Sets a key through etcd's v2 API, as `ETCDCTL_API=2 etcdctl set`
    /// does, and prints its value.
    Set(v2::kvd_set::SetArgs),
}

impl From<ClientCommand> for KvdClientCommand {
    fn from(c: ClientCommand) -> Self {
        KvdClientCommand::Etcdctl(c)
    }
}

/// Flags kvd adds to one of etcdctl's commands (`put --ttl`, `get
/// --wait`, ...): `T`'s flags under the `kvd` name, none at all — not
/// merely hidden — under the `etcdctl` link, so that etcdctl's commands
/// there take exactly etcdctl's flags. Outside kvd, `T::default()`.
#[derive(Debug, Clone, Default)]
pub struct KvdOnly<T>(pub T);

/// Whether this process offers kvd's extra flags: decided by the name it
/// was invoked under, by the rule `src/bin/kvd.rs` picks the personality
/// with (clap builds the command line before any of our code could be told).
fn kvd_flags_offered() -> bool {
    static OFFERED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *OFFERED.get_or_init(|| {
        let argv0 = std::env::args_os().next().unwrap_or_default();
        Personality::from_argv0(&argv0.to_string_lossy()) != Personality::Etcdctl
    })
}

impl<T: Args + Default> Args for KvdOnly<T> {
    fn group_id() -> Option<clap::Id> {
        kvd_flags_offered().then(T::group_id).flatten()
    }

    fn augment_args(cmd: clap::Command) -> clap::Command {
        if kvd_flags_offered() {
            T::augment_args(cmd)
        } else {
            cmd
        }
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        if kvd_flags_offered() {
            T::augment_args_for_update(cmd)
        } else {
            cmd
        }
    }
}

impl<T: FromArgMatches + Default> FromArgMatches for KvdOnly<T> {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        Self::from_arg_matches_mut(&mut m.clone())
    }

    fn from_arg_matches_mut(m: &mut ArgMatches) -> Result<Self, clap::Error> {
        if kvd_flags_offered() {
            T::from_arg_matches_mut(m).map(KvdOnly)
        } else {
            Ok(KvdOnly(T::default()))
        }
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        self.update_from_arg_matches_mut(&mut m.clone())
    }

    fn update_from_arg_matches_mut(&mut self, m: &mut ArgMatches) -> Result<(), clap::Error> {
        if kvd_flags_offered() {
            self.0.update_from_arg_matches_mut(m)
        } else {
            Ok(())
        }
    }
}

/// kvd: an etcd-compatible coordination store, server and client in one.
#[derive(Debug, Parser)]
#[command(name = "kvd", version, about, propagate_version = true)]
pub struct Cli {
    /// Flags of the client commands.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// kvd's subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a member of a kvd cluster.
    Serve(Box<serve::ServeArgs>),
    /// Client commands.
    #[command(flatten)]
    Client(KvdClientCommand),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completion(generate::CompletionArgs),
    /// Make `etcd` and `etcdctl` links to this binary in a directory.
    InstallLinks(generate::InstallLinksArgs),
    /// Run a local cluster, for development and demos.
    #[command(subcommand)]
    Cluster(cluster::ClusterCommand),
    /// Benchmark an etcd-API endpoint (like etcd's `benchmark` tool).
    Bench(bench::BenchArgs),
    /// Make TLS certificates for a local secure cluster.
    #[command(subcommand)]
    Certs(certs::CertsCommand),
}

/// etcdctl's command line, served by kvd.
#[derive(Debug, Parser)]
#[command(name = "etcdctl", version = crate::server::ETCD_API_VERSION, about = "A simple command line client for etcd3 (kvd).")]
pub struct EtcdctlCli {
    /// etcdctl's global flags.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The command.
    #[command(subcommand)]
    pub command: ClientCommand,
}

/// Copies `ETCDCTL_*` settings to the `KVD_*` names the flags read, unless
/// those are set: scripts written for etcdctl keep working.
pub fn honour_etcdctl_env() {
    for name in [
        "ENDPOINTS",
        "DIAL_TIMEOUT",
        "COMMAND_TIMEOUT",
        "WRITE_OUT",
        "HEX",
        "CACERT",
        "CERT",
        "KEY",
        "INSECURE_SKIP_TLS_VERIFY",
        "INSECURE_TRANSPORT",
        "USER",
        "PASSWORD",
    ] {
        let (ours, theirs) = (format!("KVD_{name}"), format!("ETCDCTL_{name}"));
        if std::env::var_os(&ours).is_none() {
            if let Some(v) = std::env::var_os(&theirs) {
                // Called first thing in main, before any thread exists.
                std::env::set_var(ours, v);
            }
        }
    }
}

/// Which program the user believes they ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Personality {
    /// `kvd`.
    Kvd,
    /// `etcdctl` (through a link).
    Etcdctl,
    /// `etcd` (through a link).
    Etcd,
}

impl Personality {
    /// The personality for the name in `argv[0]`.
    pub fn from_argv0(argv0: &str) -> Self {
        let name = std::path::Path::new(argv0)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("kvd");
        match name.strip_suffix(".exe").unwrap_or(name) {
            "etcdctl" => Personality::Etcdctl,
            "etcd" => Personality::Etcd,
            _ => Personality::Kvd,
        }
    }
}

/// Runs a client command: one of etcdctl's, or (under `kvd`) one of kvd's
/// own.
pub async fn run_client(
    global: &GlobalArgs,
    command: impl Into<KvdClientCommand>,
    personality: Personality,
) -> Result<(), CliError> {
    match command.into() {
        KvdClientCommand::Etcdctl(c) => run_etcdctl_command(global, c, personality).await,
        KvdClientCommand::Register(a) => service::register(global, a).await,
        KvdClientCommand::Discover(a) => service::discover(global, a).await,
        KvdClientCommand::Queue(c) => queue::queue(global, c).await,
        KvdClientCommand::Pqueue(c) => queue::pqueue(global, c).await,
        KvdClientCommand::Barrier(c) => barrier::barrier(global, c).await,
        KvdClientCommand::Set(a) => v2::kvd_set::set(global, a).await,
    }
}

/// Runs one of etcdctl's commands.
async fn run_etcdctl_command(
    global: &GlobalArgs,
    command: ClientCommand,
    personality: Personality,
) -> Result<(), CliError> {
    match command {
        ClientCommand::Put(a) => kv::put(global, a).await,
        ClientCommand::Get(a) => kv::get(global, a).await,
        ClientCommand::Del(a) => kv::del(global, a).await,
        ClientCommand::Txn(a) => txn::txn(global, a).await,
        ClientCommand::Watch(a) => watch::watch(global, a).await,
        ClientCommand::Lock(a) => lock::lock(global, a, personality).await,
        ClientCommand::Elect(a) => lock::elect(global, a, personality).await,
        ClientCommand::Compaction(a) => kv::compaction(global, a).await,
        ClientCommand::Lease(c) => lease::lease(global, c).await,
        ClientCommand::Endpoint(c) => endpoint::endpoint(global, c).await,
        ClientCommand::Defrag(a) => defrag::defrag(global, a).await,
        ClientCommand::Member(c) => member::member(global, c).await,
        ClientCommand::MoveLeader(a) => endpoint::move_leader(global, a).await,
        ClientCommand::Snapshot(c) => snapshot::snapshot(global, c, personality).await,
        ClientCommand::Check(c) => check::check(global, c).await,
        ClientCommand::Alarm(c) => alarm::alarm(global, c).await,
        ClientCommand::Auth(c) => auth::auth(global, c).await,
        ClientCommand::User(c) => auth::user(global, c).await,
        ClientCommand::Role(c) => auth::role(global, c).await,
        ClientCommand::Version => {
            let (name, version) = match personality {
                Personality::Etcdctl => ("etcdctl", crate::server::ETCD_API_VERSION),
                _ => ("kvd", env!("CARGO_PKG_VERSION")),
            };
            emit(format!("{name} version: {version}\nAPI version: 3.4\n").as_bytes())
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    match signal(SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        }
        Err(_) => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

/// Writes a command's output to stdout.
pub fn emit(bytes: &[u8]) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|_| out.flush())
        .map_err(|e| CliError::new(exit::ERROR, format!("writing output: {e}")))
}
