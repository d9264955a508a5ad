//! TLS for the client and peer ports, with rustls (ring): the files a
//! member or a client is given (PEM certificates and keys, as etcd takes
//! them) turned into a server configuration for accepting and a tonic
//! client configuration for dialing.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, CertificateRevocationListDer, PrivateKeyDer};
use thiserror::Error;

/// The certificate files of one side (client port or peer port).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsFiles {
    /// This side's certificate (chain), PEM.
    pub cert: Option<PathBuf>,
    /// Its private key, PEM.
    pub key: Option<PathBuf>,
    /// The CA that signs the certificates this side accepts from the other.
    pub trusted_ca: Option<PathBuf>,
    /// Whether the other side must present a certificate the CA signed.
    pub client_cert_auth: bool,
    /// Revoked certificates the other side may not present (PEM CRLs).
    pub crl: Option<PathBuf>,
    /// The only common name the other side's certificate may carry.
    pub allowed_cn: Option<String>,
    /// TLS 1.2 cipher suites to offer, by name (etcd's --cipher-suites);
    /// empty for rustls' defaults. TLS 1.3 suites are not chosen, as in Go.
    pub cipher_suites: Vec<String>,
}

impl TlsFiles {
    /// Whether a certificate and key were given.
    pub fn has_identity(&self) -> bool {
        self.cert.is_some() && self.key.is_some()
    }
}

/// Why TLS could not be set up.
#[derive(Debug, Error)]
pub enum TlsError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {why}")]
    Pem { path: PathBuf, why: String },
    #[error("{0}")]
    Config(String),
}

fn read(path: &Path) -> Result<Vec<u8>, TlsError> {
    std::fs::read(path).map_err(|source| TlsError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// Every object of one kind (`what`) in a PEM file; at least one.
fn load_all<T: PemObject>(path: &Path, what: &str) -> Result<Vec<T>, TlsError> {
    parse_all(&read(path)?, path, what)
}

/// Every object of one kind (`what`) in `pem`, read from `path`.
fn parse_all<T: PemObject>(pem: &[u8], path: &Path, what: &str) -> Result<Vec<T>, TlsError> {
    let all = T::pem_slice_iter(pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| TlsError::Pem {
            path: path.to_path_buf(),
            why: format!("not a PEM {what} file: {e}"),
        })?;
    if all.is_empty() {
        return Err(TlsError::Pem {
            path: path.to_path_buf(),
            why: format!("holds no {what}"),
        });
    }
    Ok(all)
}

/// The certificates in a PEM file (at least one).
pub fn load_certs(path: &Path) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    load_all(path, "certificate")
}

/// The private key in a PEM file.
pub fn load_key(path: &Path) -> Result<PrivateKeyDer<'static>, TlsError> {
    parse_key(&read(path)?, path)
}

/// The private key in `pem`, read from `path`.
fn parse_key(pem: &[u8], path: &Path) -> Result<PrivateKeyDer<'static>, TlsError> {
    PrivateKeyDer::from_pem_slice(pem).map_err(|e| TlsError::Pem {
        path: path.to_path_buf(),
        why: format!("not a PEM private key: {e}"),
    })
}

/// The revocation lists in a PEM file (at least one).
pub fn load_crls(path: &Path) -> Result<Vec<CertificateRevocationListDer<'static>>, TlsError> {
    load_all(path, "revocation list")
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The provider with its TLS 1.2 suites limited to `names`: IANA names,
/// or Go's (etcd's), which drop CHACHA20-POLY1305's `_SHA256`.
fn provider_with(names: &[String]) -> Result<Arc<rustls::crypto::CryptoProvider>, TlsError> {
    let mut provider = rustls::crypto::ring::default_provider();
    if names.is_empty() {
        return Ok(Arc::new(provider));
    }
    let name_of = |s: &rustls::SupportedCipherSuite| s.suite().as_str().unwrap_or("").to_string();
    let tls12: Vec<String> = provider
        .cipher_suites
        .iter()
        .filter(|s| s.tls13().is_none())
        .map(name_of)
        .collect();
    for name in names {
        let known = tls12
            .iter()
            .any(|s| s == name || *s == format!("{name}_SHA256"));
        if !known {
            return Err(TlsError::Config(format!(
                "--cipher-suites: {name} is not a TLS 1.2 suite kvd offers; choose from {}",
                tls12.join(", ")
            )));
        }
    }
    provider.cipher_suites.retain(|s| {
        let n = name_of(s);
        s.tls13().is_some()
            || names
                .iter()
                .any(|name| n == *name || n == format!("{name}_SHA256"))
    });
    Ok(Arc::new(provider))
}

/// The CA certificates in `pem`, read from `ca`, as trust anchors.
fn roots(pem: &[u8], ca: &Path) -> Result<rustls::RootCertStore, TlsError> {
    let mut roots = rustls::RootCertStore::empty();
    for cert in parse_all(pem, ca, "certificate")? {
        roots.add(cert).map_err(|e| TlsError::Pem {
            path: ca.to_path_buf(),
            why: format!("not a usable CA certificate: {e}"),
        })?;
    }
    Ok(roots)
}

/// The configuration a listener accepts TLS connections with: `files`'
/// certificate, and with `client_cert_auth` only clients whose
/// certificate the trusted CA signed. gRPC needs ALPN `h2`.
pub fn server_config(files: &TlsFiles) -> Result<Arc<rustls::ServerConfig>, TlsError> {
    let (Some(cert), Some(key)) = (&files.cert, &files.key) else {
        return Err(TlsError::Config(
            "a certificate and its key are needed (--cert-file and --key-file, or --peer-cert-file and --peer-key-file)".into(),
        ));
    };
    let builder = rustls::ServerConfig::builder_with_provider(provider_with(&files.cipher_suites)?)
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Config(e.to_string()))?;
    let builder = if files.client_cert_auth {
        let ca = files.trusted_ca.as_ref().ok_or_else(|| {
            TlsError::Config(
                "client certificate authentication needs the CA that signs them (--trusted-ca-file or --peer-trusted-ca-file)".into(),
            )
        })?;
        let mut verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
            Arc::new(roots(&read(ca)?, ca)?),
            provider(),
        );
        if let Some(crl) = &files.crl {
            verifier = verifier.with_crls(load_crls(crl)?);
        }
        let verifier = verifier
            .build()
            .map_err(|e| TlsError::Config(e.to_string()))?;
        match &files.allowed_cn {
            Some(cn) => builder.with_client_cert_verifier(Arc::new(AllowedCn {
                inner: verifier,
                cn: cn.clone(),
            })),
            None => builder.with_client_cert_verifier(verifier),
        }
    } else {
        builder.with_no_client_auth()
    };
    let mut config = builder
        .with_single_cert(load_certs(cert)?, load_key(key)?)
        .map_err(|e| TlsError::Pem {
            path: key.clone(),
            why: format!(
                "the key does not fit the certificate {}: {e}",
                cert.display()
            ),
        })?;
    config.alpn_protocols = server_alpn();
    Ok(Arc::new(config))
}

/// What a listener offers in ALPN: HTTP/2 (gRPC, JSON) and HTTP/1.1 (the
/// JSON gateway and probes for clients such as `curl --http1.1`).
fn server_alpn() -> Vec<Vec<u8>> {
    vec![b"h2".to_vec(), b"http/1.1".to_vec()]
}

/// etcd's --auto-tls: a certificate made at start, signed by itself, for
/// `hosts` (and localhost); clients cannot verify it and must skip
/// verification, so it encrypts but does not authenticate the server.
pub fn self_signed_server_config(
    hosts: &[String],
    cipher_suites: &[String],
) -> Result<Arc<rustls::ServerConfig>, TlsError> {
    let mut names = vec!["localhost".to_string(), "127.0.0.1".into(), "::1".into()];
    for h in hosts {
        if !names.contains(h) {
            names.push(h.clone());
        }
    }
    let made = (|| {
        let key = rcgen::KeyPair::generate()?;
        let mut params = rcgen::CertificateParams::new(names)?;
        params
            .distinguished_name
            .push(rcgen::DnType::OrganizationName, "kvd auto-tls");
        let cert = params.self_signed(&key)?;
        Ok::<_, rcgen::Error>((cert.der().clone(), key.serialize_der()))
    })()
    .map_err(|e| TlsError::Config(format!("making a self-signed certificate: {e}")))?;
    let key = PrivateKeyDer::try_from(made.1).map_err(|e| TlsError::Config(e.to_string()))?;
    let mut config = rustls::ServerConfig::builder_with_provider(provider_with(cipher_suites)?)
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Config(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(vec![made.0], key)
        .map_err(|e| TlsError::Config(e.to_string()))?;
    config.alpn_protocols = server_alpn();
    Ok(Arc::new(config))
}

/// The common name of a certificate's subject, if it has one.
pub fn common_name(cert: &CertificateDer<'_>) -> Option<String> {
    let (_, parsed) = x509_parser::parse_x509_certificate(cert.as_ref()).ok()?;
    let cn = parsed.subject().iter_common_name().next()?;
    cn.as_str().ok().map(str::to_string)
}

/// A client-certificate verifier that also demands one common name
/// (etcd's --peer-cert-allowed-cn): a certificate the CA signed for some
/// other purpose does not make its holder a member.
#[derive(Debug)]
struct AllowedCn {
    inner: Arc<dyn rustls::server::danger::ClientCertVerifier>,
    cn: String,
}

impl rustls::server::danger::ClientCertVerifier for AllowedCn {
    fn root_hint_subjects(&self) -> &[rustls::DistinguishedName] {
        self.inner.root_hint_subjects()
    }

    fn verify_client_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        now: rustls_pki_types::UnixTime,
    ) -> Result<rustls::server::danger::ClientCertVerified, rustls::Error> {
        let verified = self
            .inner
            .verify_client_cert(end_entity, intermediates, now)?;
        match common_name(end_entity) {
            Some(cn) if cn == self.cn => Ok(verified),
            found => Err(rustls::Error::General(format!(
                "the certificate's common name is {found:?}, not the one allowed ({:?})",
                self.cn
            ))),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// The configuration to dial TLS endpoints with: trust `trusted_ca`, and
/// present `cert` and `key` if given (for servers that ask for a client
/// certificate).
pub fn client_config(files: &TlsFiles) -> Result<tonic::transport::ClientTlsConfig, TlsError> {
    let mut config = tonic::transport::ClientTlsConfig::new();
    // Each file is read once and checked here, where its path can be
    // named, before tonic takes its bytes.
    match &files.trusted_ca {
        Some(ca) => {
            let pem = read(ca)?;
            roots(&pem, ca)?;
            config = config.ca_certificate(tonic::transport::Certificate::from_pem(pem));
        }
        None => config = config.with_enabled_roots(),
    }
    if let (Some(cert), Some(key)) = (&files.cert, &files.key) {
        let (cert_pem, key_pem) = (read(cert)?, read(key)?);
        parse_all::<CertificateDer>(&cert_pem, cert, "certificate")?;
        parse_key(&key_pem, key)?;
        config = config.identity(tonic::transport::Identity::from_pem(cert_pem, key_pem));
    }
    Ok(config)
}

/// How a client speaks TLS to https endpoints.
#[derive(Clone)]
pub enum ClientTls {
    /// Verifying the server's certificate (`client_config`).
    Verified(tonic::transport::ClientTlsConfig),
    /// Encrypting, but taking any server certificate
    /// (`--insecure-skip-tls-verify`; for `--auto-tls` servers).
    SkipVerify(Arc<rustls::ClientConfig>),
}

/// A rustls client that takes any server certificate (the handshake's
/// signatures are still checked), offering `files`' certificate if any.
pub fn insecure_client_config(files: &TlsFiles) -> Result<Arc<rustls::ClientConfig>, TlsError> {
    let provider = provider();
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Config(e.to_string()))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(AnyServer(provider)));
    let mut config = match (&files.cert, &files.key) {
        (Some(cert), Some(key)) => builder
            .with_client_auth_cert(load_certs(cert)?, load_key(key)?)
            .map_err(|e| TlsError::Config(format!("--cert/--key: {e}")))?,
        _ => builder.with_no_client_auth(),
    };
    config.alpn_protocols = vec![b"h2".to_vec()];
    Ok(Arc::new(config))
}

/// Takes whatever certificate a server shows.
#[derive(Debug)]
struct AnyServer(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for AnyServer {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &rustls_pki_types::ServerName<'_>,
        _ocsp_response: &[u8],
        _now: rustls_pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        let algorithms = &self.0.signature_verification_algorithms;
        rustls::crypto::verify_tls12_signature(message, cert, dss, algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        let algorithms = &self.0.signature_verification_algorithms;
        rustls::crypto::verify_tls13_signature(message, cert, dss, algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// Dials `endpoint` over TLS that takes any server certificate: tonic's
/// own TLS always verifies, so the connection is made here and handed to
/// tonic as if it were plain. The endpoint's URL must say http:// (tonic
/// refuses an https URL it does not encrypt itself).
pub async fn connect_skipping_verification(
    endpoint: &tonic::transport::Endpoint,
    config: Arc<rustls::ClientConfig>,
) -> Result<tonic::transport::Channel, tonic::transport::Error> {
    let connector = tower::service_fn(move |uri: tonic::codegen::http::Uri| {
        let config = config.clone();
        async move {
            let host = uri
                .host()
                .unwrap_or_default()
                .trim_matches(['[', ']'])
                .to_string();
            let port = uri.port_u16().unwrap_or(443);
            let tcp = tokio::net::TcpStream::connect((host.as_str(), port)).await?;
            tcp.set_nodelay(true)?;
            let name = rustls_pki_types::ServerName::try_from(host)
                .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
            let tls = tokio_rustls::TlsConnector::from(config)
                .connect(name, tcp)
                .await?;
            Ok::<_, std::io::Error>(hyper_util::rt::TokioIo::new(tls))
        }
    });
    endpoint.connect_with_connector(connector).await
}

/// A channel to `url` (routed as the chaos harness asks), over TLS from
/// `tls` when the URL is https; for every dial a member makes.
pub async fn connect(
    url: &str,
    tls: Option<&ClientTls>,
    connect_timeout: Option<std::time::Duration>,
) -> Result<tonic::transport::Channel, String> {
    let routed = crate::hooks::route(url);
    let https = url.starts_with("https://");
    let skip = match tls {
        Some(ClientTls::SkipVerify(config)) if https => Some(config.clone()),
        _ => None,
    };
    // Without verification the TLS is ours: tonic sees a plain URL.
    let target = match skip {
        Some(_) => routed.replacen("https://", "http://", 1),
        None => routed,
    };
    let mut endpoint =
        tonic::transport::Endpoint::from_shared(target).map_err(|e| format!("{url}: {e}"))?;
    if let Some(t) = connect_timeout {
        endpoint = endpoint.connect_timeout(t);
    }
    let connected = match (skip, tls) {
        (Some(config), _) => connect_skipping_verification(&endpoint, config).await,
        (None, Some(ClientTls::Verified(config))) if https => {
            endpoint
                .tls_config(config.clone())
                .map_err(|e| format!("{url}: {e}"))?
                .connect()
                .await
        }
        (None, _) if https => {
            return Err(format!("{url} needs TLS, but no certificates were given"))
        }
        (None, _) => endpoint.connect().await,
    };
    connected.map_err(|e| error_chain(&e))
}

/// An error with its causes, `a: b: c`: tonic's transport errors say
/// "transport error" and keep the reason (a refused certificate) below.
pub fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let part = s.to_string();
        if !text.contains(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_common_name_is_read_from_a_certificate() {
        let key = rcgen::KeyPair::generate().unwrap();
        let cert_named = |cn: Option<&str>| {
            let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
            params.distinguished_name = rcgen::DistinguishedName::new();
            if let Some(cn) = cn {
                params
                    .distinguished_name
                    .push(rcgen::DnType::CommonName, cn);
            }
            params.self_signed(&key).unwrap()
        };
        let alice = cert_named(Some("alice"));
        assert_eq!(common_name(alice.der()), Some("alice".to_string()));
        assert_eq!(common_name(cert_named(None).der()), None);
    }
}
