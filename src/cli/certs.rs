//! `kvd certs init DIR`: a certificate authority and the certificates a
//! local secure cluster needs (server, peer, client), made with rcgen, so
//! that TLS on both ports is two commands away. Beyond etcd, which leaves
//! this to cfssl or openssl.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair,
    KeyUsagePurpose,
};

use super::{exit, CliError};

/// `kvd certs ...`.
#[derive(Debug, Subcommand)]
pub enum CertsCommand {
    /// Make a CA and server, peer and client certificates in a directory.
    Init(InitArgs),
}

/// `kvd certs init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Directory to write the files into (created if missing; existing
    /// files are never overwritten).
    pub dir: PathBuf,
    /// Host names and IP addresses the server and peer certificates are
    /// valid for, besides localhost, 127.0.0.1 and ::1.
    #[arg(long, value_delimiter = ',')]
    pub hosts: Vec<String>,
    /// Common name of the client certificate: the user it authenticates
    /// as when the server checks client certificates and auth is on.
    #[arg(long, default_value = "root")]
    pub client_cn: String,
}

/// The files `init` writes, in order.
const FILES: &[&str] = &[
    "ca.pem",
    "ca-key.pem",
    "server.pem",
    "server-key.pem",
    "peer.pem",
    "peer-key.pem",
    "client.pem",
    "client-key.pem",
];

/// Runs `kvd certs`.
pub fn run(command: CertsCommand) -> Result<(), CliError> {
    match command {
        CertsCommand::Init(a) => init(&a),
    }
}

fn fail(why: impl std::fmt::Display) -> CliError {
    CliError::new(exit::ERROR, why.to_string())
}

fn init(a: &InitArgs) -> Result<(), CliError> {
    write_all(a)?;
    let d = a.dir.display();
    println!(
        "Wrote {} to {d}.\n\
         Serve TLS on both ports:\n  \
         kvd serve --listen-client-urls https://127.0.0.1:2379 --advertise-client-urls https://127.0.0.1:2379 \\\n    \
         --cert-file {d}/server.pem --key-file {d}/server-key.pem --trusted-ca-file {d}/ca.pem --client-cert-auth \\\n    \
         --listen-peer-urls https://127.0.0.1:2380 --peer-cert-file {d}/peer.pem --peer-key-file {d}/peer-key.pem \\\n    \
         --peer-trusted-ca-file {d}/ca.pem --peer-client-cert-auth\n\
         Then, as a client:\n  \
         kvd --endpoints https://127.0.0.1:2379 --cacert {d}/ca.pem --cert {d}/client.pem --key {d}/client-key.pem get foo",
        FILES.join(", ")
    );
    Ok(())
}

/// Writes the CA and the certificates into `a.dir`, refusing if any of
/// the files exists.
pub fn write_all(a: &InitArgs) -> Result<(), CliError> {
    let existing: Vec<String> = FILES
        .iter()
        .filter(|f| a.dir.join(f).exists())
        .map(|f| a.dir.join(f).display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(fail(format!(
            "{} already exist; nothing was written (remove them or choose another directory)",
            existing.join(", ")
        )));
    }
    std::fs::create_dir_all(&a.dir).map_err(|e| fail(format!("{}: {e}", a.dir.display())))?;
    let made = make(a).map_err(|e| fail(format!("making certificates: {e}")))?;
    for (name, pem) in FILES.iter().zip(made) {
        write(&a.dir.join(name), &pem, name.ends_with("-key.pem"))?;
    }
    Ok(())
}

/// Writes one file; keys readable by their owner only.
fn write(path: &Path, pem: &str, secret: bool) -> Result<(), CliError> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(if secret { 0o600 } else { 0o644 })
        .open(path)
        .map_err(|e| fail(format!("{}: {e}", path.display())))?;
    file.write_all(pem.as_bytes())
        .map_err(|e| fail(format!("{}: {e}", path.display())))
}

/// The PEM texts of FILES, in order.
fn make(a: &InitArgs) -> Result<Vec<String>, rcgen::Error> {
    let ca_key = KeyPair::generate()?;
    let mut ca = CertificateParams::new(Vec::<String>::new())?;
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name.push(DnType::CommonName, "kvd CA");
    ca.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let ca_cert = ca.self_signed(&ca_key)?;
    let mut hosts = vec!["localhost".to_string(), "127.0.0.1".into(), "::1".into()];
    hosts.extend(a.hosts.iter().cloned());
    let leaf = |cn: &str, sans: Vec<String>, usages: Vec<ExtendedKeyUsagePurpose>| {
        let key = KeyPair::generate()?;
        let mut params = CertificateParams::new(sans)?;
        params.distinguished_name.push(DnType::CommonName, cn);
        params.extended_key_usages = usages;
        params.key_usages = vec![
            KeyUsagePurpose::DigitalSignature,
            KeyUsagePurpose::KeyEncipherment,
        ];
        let cert = params.signed_by(&key, &ca_cert, &ca_key)?;
        Ok::<_, rcgen::Error>((cert.pem(), key.serialize_pem()))
    };
    use ExtendedKeyUsagePurpose::{ClientAuth, ServerAuth};
    // A member also dials other members' client URLs: both usages.
    let server = leaf("kvd server", hosts.clone(), vec![ServerAuth, ClientAuth])?;
    let peer = leaf("kvd peer", hosts, vec![ServerAuth, ClientAuth])?;
    let client = leaf(&a.client_cn, Vec::new(), vec![ClientAuth])?;
    Ok(vec![
        ca_cert.pem(),
        ca_key.serialize_pem(),
        server.0,
        server.1,
        peer.0,
        peer.1,
        client.0,
        client.1,
    ])
}
