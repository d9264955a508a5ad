//! `kvd cluster up`: a local cluster in one command, for development and
//! demos. It starts each member as a child `kvd serve` on loopback, prints
//! the endpoints, and stops every member on Ctrl-C.

use std::path::PathBuf;
use std::process::Stdio;

use clap::{Args, Subcommand};

use super::{exit, shutdown_signal, CliError};

/// `cluster` subcommands.
#[derive(Debug, Subcommand)]
pub enum ClusterCommand {
    /// Start a local cluster on loopback and run it until Ctrl-C.
    Up(UpArgs),
}

/// Flags of `cluster up`.
#[derive(Debug, Clone, Args)]
pub struct UpArgs {
    /// Number of members.
    #[arg(long, default_value_t = 3)]
    pub size: usize,
    /// Directory for the members' data directories and logs.
    #[arg(long, default_value = "kvd-cluster")]
    pub dir: PathBuf,
    /// First port: member i serves clients on base+2i and peers on base+2i+1.
    #[arg(long, default_value_t = 2379)]
    pub base_port: u16,
    /// TLS on every client and peer link, with certificates from
    /// `kvd certs init` in DIR/certs (made there on the first run).
    #[arg(long)]
    pub tls: bool,
}

/// The flags that make a member serve and dial TLS on both ports with the
/// certificates in `certs`, demanding certificates from clients and peers.
fn tls_flags(certs: &std::path::Path) -> Vec<String> {
    let f = |name: &str| certs.join(name).display().to_string();
    [
        ("--cert-file", f("server.pem")),
        ("--key-file", f("server-key.pem")),
        ("--trusted-ca-file", f("ca.pem")),
        ("--peer-cert-file", f("peer.pem")),
        ("--peer-key-file", f("peer-key.pem")),
        ("--peer-trusted-ca-file", f("ca.pem")),
    ]
    .into_iter()
    .flat_map(|(flag, file)| [flag.to_string(), file])
    .chain([
        "--client-cert-auth".into(),
        "--peer-client-cert-auth".into(),
    ])
    .collect()
}

/// Runs a `cluster` subcommand.
pub async fn cluster(c: ClusterCommand) -> Result<(), CliError> {
    match c {
        ClusterCommand::Up(a) => up(a).await,
    }
}

async fn up(a: UpArgs) -> Result<(), CliError> {
    let fail = |m: String| CliError::new(exit::ERROR, m);
    if a.size == 0 || a.size > 9 {
        return Err(CliError::bad_args("--size must be between 1 and 9"));
    }
    let port = |i: usize, offset: usize| -> Result<u16, CliError> {
        u16::try_from(usize::from(a.base_port) + 2 * i + offset)
            .map_err(|_| CliError::bad_args("--base-port leaves no room for every member"))
    };
    let scheme = if a.tls { "https" } else { "http" };
    let mut members = Vec::new();
    for i in 0..a.size {
        let name = format!("n{}", i + 1);
        let client = format!("{scheme}://127.0.0.1:{}", port(i, 0)?);
        let peer = format!("{scheme}://127.0.0.1:{}", port(i, 1)?);
        members.push((name, client, peer));
    }
    let peers: Vec<String> = members.iter().map(|(n, _, p)| format!("{n}={p}")).collect();
    let peers = peers.join(",");
    std::fs::create_dir_all(&a.dir).map_err(|e| fail(format!("{}: {e}", a.dir.display())))?;
    let certs = a.dir.join("certs");
    let tls_flags = if a.tls {
        if !certs.join("ca.pem").exists() {
            super::certs::write_all(&super::certs::InitArgs {
                dir: certs.clone(),
                hosts: Vec::new(),
                client_cn: "root".into(),
            })?;
        }
        tls_flags(&certs)
    } else {
        Vec::new()
    };
    let exe = std::env::current_exe().map_err(|e| fail(format!("cannot find this binary: {e}")))?;
    let mut children = Vec::new();
    for (name, client, _) in &members {
        let log_path = a.dir.join(format!("{name}.log"));
        let log = std::fs::File::create(&log_path)
            .map_err(|e| fail(format!("{}: {e}", log_path.display())))?;
        let err_log = log.try_clone().map_err(|e| fail(e.to_string()))?;
        let mut command = tokio::process::Command::new(&exe);
        // SAFETY: prctl is async-signal-safe; nothing else runs in pre_exec.
        // Members die with `cluster up`, however it ends.
        unsafe {
            command.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM);
                Ok(())
            });
        }
        let child = command
            .arg("serve")
            .args(["--name", name, "--peers", &peers])
            .args([
                "--listen-client-urls",
                client,
                "--advertise-client-urls",
                client,
            ])
            .arg("--data-dir")
            .arg(a.dir.join(format!("{name}.kvd")))
            .args(&tls_flags)
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(err_log)
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| fail(format!("starting {name}: {e}")))?;
        children.push((name.clone(), child));
    }
    for (name, client, peer) in &members {
        println!("{name}: clients {client}, peers {peer}");
    }
    let endpoints: Vec<&str> = members.iter().map(|(_, c, _)| c.as_str()).collect();
    println!("endpoints: {}", endpoints.join(","));
    if a.tls {
        let c = certs.display();
        println!(
            "TLS on every link; as a client: --cacert {c}/ca.pem --cert {c}/client.pem --key {c}/client-key.pem"
        );
    }
    println!(
        "data and logs in {}; Ctrl-C stops every member",
        a.dir.display()
    );
    let watch_all = async {
        let mut waits = tokio::task::JoinSet::new();
        for (name, mut child) in children {
            waits.spawn(async move {
                let status = child.wait().await;
                (name, status, child)
            });
        }
        waits
    };
    let mut waits = watch_all.await;
    // A member that stops is reported; the others go on (a cluster
    // survives the loss of a minority) until Ctrl-C.
    loop {
        tokio::select! {
            _ = shutdown_signal() => break,
            done = waits.join_next() => match done {
                Some(Ok((name, status, _))) => {
                    eprintln!("member {name} stopped ({status:?}); its log is in {}", a.dir.display());
                }
                Some(Err(_)) => {}
                None => return Err(fail("every member stopped".into())),
            },
        }
    }
    // Dropping the children kills them (kill_on_drop); wait for them all.
    waits.abort_all();
    while waits.join_next().await.is_some() {}
    Ok(())
}
