//! TLS on the client and peer ports: Debian's etcdctl with client
//! certificates against a kvd that demands them; clients without a
//! certificate, or with one another CA signed, refused; a 3-member cluster
//! over peer TLS; a member with a foreign peer certificate unable to join.
//! Certificates come from `kvd certs init`.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{debian_tool, free_port, free_port_run, kvd_bin, run, Reaped};

/// Makes a CA and its certificates in `dir` with `kvd certs init`.
fn certs(dir: &Path) -> PathBuf {
    let (out, err, code) = run(Command::new(kvd_bin()).args(["certs", "init"]).arg(dir));
    assert_eq!(code, 0, "{out}{err}");
    dir.to_path_buf()
}

/// The flags that make a member serve TLS on both ports with `certs`,
/// demanding certificates from clients and peers.
fn tls_flags(certs: &Path) -> Vec<String> {
    let f = |name: &str| certs.join(name).display().to_string();
    vec![
        "--cert-file".into(),
        f("server.pem"),
        "--key-file".into(),
        f("server-key.pem"),
        "--trusted-ca-file".into(),
        f("ca.pem"),
        "--client-cert-auth".into(),
        "--peer-cert-file".into(),
        f("peer.pem"),
        "--peer-key-file".into(),
        f("peer-key.pem"),
        "--peer-trusted-ca-file".into(),
        f("ca.pem"),
        "--peer-client-cert-auth".into(),
    ]
}

/// A member on https client and peer URLs.
struct Member {
    name: String,
    client: String,
    peer: String,
    data_dir: PathBuf,
    log: PathBuf,
}

impl Member {
    fn new(dir: &Path, name: &str) -> Member {
        Member {
            name: name.into(),
            client: format!("https://127.0.0.1:{}", free_port()),
            peer: format!("https://127.0.0.1:{}", free_port()),
            data_dir: dir.join(name),
            log: dir.join(format!("{name}.log")),
        }
    }

    fn start(&self, initial_cluster: &str, state: &str, certs: &Path) -> Reaped {
        self.start_with(initial_cluster, state, certs, &[])
    }

    fn start_with(
        &self,
        initial_cluster: &str,
        state: &str,
        certs: &Path,
        extra: &[&str],
    ) -> Reaped {
        let log = std::fs::File::create(&self.log).unwrap();
        let child = Command::new(kvd_bin())
            .arg("serve")
            .args(["--name", &self.name])
            .arg("--data-dir")
            .arg(&self.data_dir)
            .args(["--listen-client-urls", &self.client])
            .args(["--advertise-client-urls", &self.client])
            .args(["--listen-peer-urls", &self.peer])
            .args(["--initial-advertise-peer-urls", &self.peer])
            .args(["--initial-cluster", initial_cluster])
            .args(["--initial-cluster-state", state])
            .args(tls_flags(certs))
            .args(extra)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("start kvd");
        Reaped(child)
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

/// Debian's etcdctl against `endpoint` with `tls` flags.
fn etcdctl(endpoint: &str, tls: &[String], args: &[&str]) -> (String, String, i32) {
    run(Command::new(debian_tool("etcdctl", "etcd-client"))
        .env("ETCDCTL_API", "3")
        .args([
            "--endpoints",
            endpoint,
            "--dial-timeout",
            "2s",
            "--command-timeout",
            "4s",
        ])
        .args(tls)
        .args(args))
}

fn client_tls(certs: &Path) -> Vec<String> {
    let f = |name: &str| certs.join(name).display().to_string();
    vec![
        "--cacert".into(),
        f("ca.pem"),
        "--cert".into(),
        f("client.pem"),
        "--key".into(),
        f("client-key.pem"),
    ]
}

/// Retries `put` until the cluster answers (a leader is elected).
fn put_until_ready(endpoint: &str, tls: &[String], log: impl Fn() -> String) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (out, err, code) = etcdctl(endpoint, tls, &["put", "ready", "yes"]);
        if code == 0 {
            return;
        }
        assert!(Instant::now() < deadline, "{out}{err}\n{}", log());
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Three members over peer TLS with `certs` (and `extra` flags), once one
/// answers a put; their `--initial-cluster` too.
fn three_members(dir: &Path, certs: &Path, extra: &[&str]) -> (Vec<Member>, String, Vec<Reaped>) {
    let members: Vec<Member> = (0..3).map(|i| Member::new(dir, &format!("m{i}"))).collect();
    let initial = members
        .iter()
        .map(|m| format!("{}={}", m.name, m.peer))
        .collect::<Vec<_>>()
        .join(",");
    let servers = members
        .iter()
        .map(|m| m.start_with(&initial, "new", certs, extra))
        .collect();
    put_until_ready(&members[0].client, &client_tls(certs), || members[0].log());
    (members, initial, servers)
}

/// Adds a learner `m3` through `members[0]`, then starts it with
/// `intruder_certs` and waits for it to give up joining; returns its log.
fn intruder_log(
    dir: &Path,
    members: &[Member],
    initial: &str,
    certs: &Path,
    intruder_certs: &Path,
    extra: &[&str],
) -> String {
    let tls = client_tls(certs);
    let intruder = Member::new(dir, "m3");
    let peer_urls = format!("--peer-urls={}", intruder.peer);
    let add = ["member", "add", "m3", peer_urls.as_str(), "--learner"];
    // Membership changes wait until every voter's link has been up 5 s.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (out, err, code) = etcdctl(&members[0].client, &tls, &add);
        if code == 0 {
            break;
        }
        assert!(Instant::now() < deadline, "{out}{err}");
        std::thread::sleep(Duration::from_millis(500));
    }
    let joined = format!("{initial},m3={}", intruder.peer);
    let mut child = intruder.start_with(&joined, "existing", intruder_certs, extra);
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.0.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "the intruder kept running:\n{}",
            intruder.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(!status.success());
    intruder.log()
}

#[test]
fn etcdctl_with_a_client_certificate_gets_in_and_others_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let ours = certs(&tmp.path().join("ours"));
    let theirs = certs(&tmp.path().join("theirs"));
    let m = Member::new(tmp.path(), "m0");
    let _server = m.start(&format!("m0={}", m.peer), "new", &ours);
    let tls = client_tls(&ours);
    put_until_ready(&m.client, &tls, || m.log());
    let (out, err, code) = etcdctl(&m.client, &tls, &["put", "foo", "bar"]);
    assert_eq!((out.as_str(), code), ("OK\n", 0), "{err}");
    let (out, _, _) = etcdctl(&m.client, &tls, &["get", "foo"]);
    assert_eq!(out, "foo\nbar\n");

    // No client certificate: the handshake is refused.
    let ca_only = tls[..2].to_vec();
    let (out, err, code) = etcdctl(&m.client, &ca_only, &["get", "foo"]);
    assert_ne!(code, 0, "{out}{err}");
    // A certificate another CA signed: refused too.
    let mut foreign = client_tls(&theirs);
    foreign[1] = ours.join("ca.pem").display().to_string();
    let (out, err, code) = etcdctl(&m.client, &foreign, &["get", "foo"]);
    assert_ne!(code, 0, "{out}{err}");
    // Not trusting the server's CA: the client refuses the server.
    let (out, err, code) = etcdctl(&m.client, &client_tls(&theirs), &["get", "foo"]);
    assert_ne!(code, 0, "{out}{err}");
    // Plain HTTP/2 on the TLS port gets nowhere.
    let plain = m.client.replace("https://", "http://");
    let (out, err, code) = etcdctl(&plain, &[], &["get", "foo"]);
    assert_ne!(code, 0, "{out}{err}");
    // kvd's own client, with etcdctl's flags.
    let (out, err, code) = run(Command::new(kvd_bin())
        .args(["--endpoints", &m.client])
        .args(&tls)
        .args(["get", "foo", "--print-value-only"]));
    assert_eq!((out.as_str(), code), ("bar\n", 0), "{err}");
    assert!(m.log().contains("TLS handshake from"), "{}", m.log());
    // The JSON gateway over TLS, HTTP/1.1 and HTTP/2, with curl.
    for version in ["--http1.1", "--http2"] {
        let (out, err, code) = run(Command::new("curl")
            .args(["-s", version, "--cacert"])
            .arg(ours.join("ca.pem"))
            .arg("--cert")
            .arg(ours.join("client.pem"))
            .arg("--key")
            .arg(ours.join("client-key.pem"))
            .args(["-X", "POST", "--data-binary", r#"{"key":"Zm9v"}"#])
            .arg(format!("{}/v3/kv/range", m.client)));
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(r#""value":"YmFy""#), "{version}: {out}");
    }
}

#[test]
fn three_members_form_a_cluster_over_peer_tls_and_a_foreign_certificate_cannot_join() {
    let tmp = tempfile::tempdir().unwrap();
    let ours = certs(&tmp.path().join("ours"));
    let theirs = certs(&tmp.path().join("theirs"));
    let (members, initial, _servers) = three_members(tmp.path(), &ours, &[]);
    let tls = client_tls(&ours);
    let (_, err, code) = etcdctl(&members[0].client, &tls, &["put", "k", "v"]);
    assert_eq!(code, 0, "{err}");
    let (out, err, _) = etcdctl(
        &members[2].client,
        &tls,
        &["get", "k", "--print-value-only"],
    );
    assert_eq!(out, "v\n", "{err}\n{}", members[2].log());
    let (out, err, code) = etcdctl(&members[1].client, &tls, &["member", "list"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.matches("https://").count(), 6, "{out}");

    // A fourth member, added, but holding a certificate another CA signed.
    let log = intruder_log(tmp.path(), &members, &initial, &ours, &theirs, &[]);
    assert!(log.contains("joining the cluster"), "{log}");
    assert!(log.contains("certificate"), "the reason is named: {log}");
    // The members refused its handshakes, and still work.
    assert!(
        members
            .iter()
            .any(|m| m.log().contains("TLS handshake from")),
        "no member logged a refused handshake"
    );
    let (_, err, code) = etcdctl(&members[1].client, &tls, &["put", "k", "v2"]);
    assert_eq!(code, 0, "{err}");
}

/// The CA `kvd certs init` made, as an issuer again: the same name and key
/// sign certificates its ca.pem verifies.
fn issuer(certs: &Path) -> (rcgen::Certificate, rcgen::KeyPair) {
    let key_pem = std::fs::read_to_string(certs.join("ca-key.pem")).unwrap();
    let key = rcgen::KeyPair::from_pem(&key_pem).unwrap();
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "kvd CA");
    params.key_usages = vec![
        rcgen::KeyUsagePurpose::KeyCertSign,
        rcgen::KeyUsagePurpose::CrlSign,
        rcgen::KeyUsagePurpose::DigitalSignature,
    ];
    (params.self_signed(&key).unwrap(), key)
}

#[test]
fn a_revoked_client_certificate_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let ours = certs(&tmp.path().join("ours"));
    let (ca, ca_key) = issuer(&ours);
    // A client certificate with a known serial, then a list revoking it.
    let key = rcgen::KeyPair::generate().unwrap();
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "revoked");
    params.serial_number = Some(rcgen::SerialNumber::from(4242u64));
    params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ClientAuth];
    let cert = params.signed_by(&key, &ca, &ca_key).unwrap();
    std::fs::write(ours.join("revoked.pem"), cert.pem()).unwrap();
    std::fs::write(ours.join("revoked-key.pem"), key.serialize_pem()).unwrap();
    let crl = rcgen::CertificateRevocationListParams {
        this_update: rcgen::date_time_ymd(2024, 1, 1),
        next_update: rcgen::date_time_ymd(4000, 1, 1),
        crl_number: rcgen::SerialNumber::from(1u64),
        issuing_distribution_point: None,
        revoked_certs: vec![rcgen::RevokedCertParams {
            serial_number: rcgen::SerialNumber::from(4242u64),
            revocation_time: rcgen::date_time_ymd(2024, 1, 1),
            reason_code: Some(rcgen::RevocationReason::KeyCompromise),
            invalidity_date: None,
        }],
        key_identifier_method: rcgen::KeyIdMethod::Sha256,
    }
    .signed_by(&ca, &ca_key)
    .unwrap();
    let crl_path = ours.join("crl.pem");
    std::fs::write(&crl_path, crl.pem().unwrap()).unwrap();

    let m = Member::new(tmp.path(), "m0");
    let _server = m.start_with(
        &format!("m0={}", m.peer),
        "new",
        &ours,
        &["--client-crl-file", crl_path.to_str().unwrap()],
    );
    let tls = client_tls(&ours);
    put_until_ready(&m.client, &tls, || m.log());
    let mut revoked = tls.clone();
    revoked[3] = ours.join("revoked.pem").display().to_string();
    revoked[5] = ours.join("revoked-key.pem").display().to_string();
    let (out, err, code) = etcdctl(&m.client, &revoked, &["get", "ready"]);
    assert_ne!(code, 0, "{out}{err}");
    assert!(m.log().contains("Revoked"), "{}", m.log());
    let (out, err, code) = etcdctl(&m.client, &tls, &["get", "ready", "--print-value-only"]);
    assert_eq!((out.as_str(), code), ("yes\n", 0), "{err}");
}

#[test]
fn auto_tls_encrypts_with_a_certificate_clients_must_skip_verifying() {
    let tmp = tempfile::tempdir().unwrap();
    let client = format!("https://127.0.0.1:{}", free_port());
    let peer = format!("http://127.0.0.1:{}", free_port());
    let log = tmp.path().join("m0.log");
    let _server = Reaped(
        Command::new(kvd_bin())
            .args(["serve", "--auto-tls", "--data-dir"])
            .arg(tmp.path().join("m0"))
            .args(["--listen-client-urls", &client])
            .args(["--advertise-client-urls", &client])
            .args(["--listen-peer-urls", &peer])
            .args(["--initial-advertise-peer-urls", &peer])
            .args(["--initial-cluster", &format!("default={peer}")])
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(std::fs::File::create(tmp.path().join("m0.err")).unwrap())
            .spawn()
            .unwrap(),
    );
    // etcdctl 3.4 skips verification only with transport security on.
    let skip = vec![
        "--insecure-skip-tls-verify".to_string(),
        "--insecure-transport=false".to_string(),
    ];
    put_until_ready(&client, &skip, || {
        std::fs::read_to_string(tmp.path().join("m0.err")).unwrap_or_default()
    });
    let (out, err, code) = etcdctl(&client, &skip, &["get", "ready", "--print-value-only"]);
    assert_eq!((out.as_str(), code), ("yes\n", 0), "{err}");
    // Verifying, a client refuses the self-signed certificate.
    let (out, err, code) = etcdctl(&client, &[], &["get", "ready"]);
    assert_ne!(code, 0, "{out}{err}");
    // kvd's client skips verifying with the same flags (and needs only the
    // first), and refuses the certificate without them.
    let bare = client.trim_start_matches("https://");
    for (endpoint, flags) in [(client.as_str(), &skip[..1]), (bare, &skip[..])] {
        let (out, err, code) = run(Command::new(kvd_bin())
            .args(["--endpoints", endpoint])
            .args(flags)
            .args(["get", "ready", "--print-value-only"]));
        assert_eq!(
            (out.as_str(), code),
            ("yes\n", 0),
            "{endpoint} {flags:?}: {err}"
        );
    }
    let (out, err, code) =
        run(Command::new(kvd_bin()).args(["--endpoints", &client, "get", "ready"]));
    assert_ne!(code, 0, "{out}{err}");
}

/// `kvd cluster up --tls` with 3 members in `dir`, once its certificates
/// exist: the process, the first client port, the certificates' directory.
fn cluster_up_tls(dir: &Path) -> (Reaped, u16, PathBuf) {
    let base = free_port_run(6);
    let up = Reaped(
        Command::new(kvd_bin())
            .args(["cluster", "up", "--tls", "--size", "3", "--base-port"])
            .arg(base.to_string())
            .arg("--dir")
            .arg(dir)
            .stdout(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let certs = dir.join("certs");
    let deadline = Instant::now() + Duration::from_secs(30);
    while !certs.join("client-key.pem").exists() {
        assert!(Instant::now() < deadline, "no certificates were made");
        std::thread::sleep(Duration::from_millis(50));
    }
    (up, base, certs)
}

#[test]
fn cluster_up_with_tls_starts_a_secure_cluster() {
    let tmp = tempfile::tempdir().unwrap();
    let (_up, base, certs) = cluster_up_tls(tmp.path());
    let endpoint = format!("https://127.0.0.1:{base}");
    let tls = client_tls(&certs);
    put_until_ready(&endpoint, &tls, || {
        std::fs::read_to_string(tmp.path().join("n1.log")).unwrap_or_default()
    });
    let (out, err, code) = etcdctl(&endpoint, &tls, &["member", "list"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.matches("https://").count(), 6, "{out}");
    let third = format!("https://127.0.0.1:{}", base + 4);
    let (out, err, _) = etcdctl(&third, &tls, &["get", "ready", "--print-value-only"]);
    assert_eq!(out, "yes\n", "{err}");
    // Without a client certificate, nothing.
    let (out, err, code) = etcdctl(&endpoint, &tls[..2], &["get", "ready"]);
    assert_ne!(code, 0, "{out}{err}");
}

#[test]
fn a_peer_certificate_with_another_common_name_cannot_join() {
    let tmp = tempfile::tempdir().unwrap();
    let ours = certs(&tmp.path().join("ours"));
    // The intruder's files: ours, but a peer certificate our CA signed for
    // another common name.
    let theirs = tmp.path().join("theirs");
    std::fs::create_dir_all(&theirs).unwrap();
    for f in ["ca.pem", "server.pem", "server-key.pem"] {
        std::fs::copy(ours.join(f), theirs.join(f)).unwrap();
    }
    let (ca, ca_key) = issuer(&ours);
    let key = rcgen::KeyPair::generate().unwrap();
    let mut params = rcgen::CertificateParams::new(vec!["127.0.0.1".to_string()]).unwrap();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "intruder");
    params.extended_key_usages = vec![
        rcgen::ExtendedKeyUsagePurpose::ServerAuth,
        rcgen::ExtendedKeyUsagePurpose::ClientAuth,
    ];
    let cert = params.signed_by(&key, &ca, &ca_key).unwrap();
    std::fs::write(theirs.join("peer.pem"), cert.pem()).unwrap();
    std::fs::write(theirs.join("peer-key.pem"), key.serialize_pem()).unwrap();

    let allowed = ["--peer-cert-allowed-cn", "kvd peer"];
    // Members whose certificates carry the allowed name form the cluster.
    let (members, initial, _servers) = three_members(tmp.path(), &ours, &allowed);
    let log = intruder_log(tmp.path(), &members, &initial, &ours, &theirs, &allowed);
    assert!(log.contains("joining the cluster"), "{log}");
    let refused = members.iter().any(|m| m.log().contains("common name"));
    assert!(
        refused,
        "no member named the refused common name:\n{}",
        members[0].log()
    );
}

/// Whether OpenSSL completes a TLS 1.2 handshake with `endpoint` offering
/// only `cipher` (OpenSSL's name).
fn tls12_handshake(endpoint: &str, certs: &Path, cipher: &str) -> bool {
    let f = |name: &str| certs.join(name).display().to_string();
    let out = Command::new("openssl")
        .args([
            "s_client",
            "-connect",
            endpoint.trim_start_matches("https://"),
        ])
        .args(["-tls1_2", "-cipher", cipher, "-alpn", "h2"])
        .args(["-CAfile", &f("ca.pem"), "-cert", &f("client.pem")])
        .args(["-key", &f("client-key.pem")])
        .stdin(Stdio::null())
        .output()
        .expect("openssl (Debian's openssl package)");
    let text = String::from_utf8_lossy(&out.stdout);
    text.contains(&format!("Cipher is {cipher}"))
}

#[test]
fn cipher_suites_limit_what_tls_1_2_may_use() {
    let tmp = tempfile::tempdir().unwrap();
    let ours = certs(&tmp.path().join("ours"));
    let m = Member::new(tmp.path(), "m0");
    let initial = format!("m0={}", m.peer);
    let only = ["--cipher-suites", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"];
    let _server = m.start_with(&initial, "new", &ours, &only);
    let tls = client_tls(&ours);
    put_until_ready(&m.client, &tls, || m.log());
    assert!(tls12_handshake(
        &m.client,
        &ours,
        "ECDHE-ECDSA-AES128-GCM-SHA256"
    ));
    assert!(!tls12_handshake(
        &m.client,
        &ours,
        "ECDHE-ECDSA-CHACHA20-POLY1305"
    ));
    // A name kvd does not offer stops it before it starts, saying why.
    let bad = Member::new(tmp.path(), "m1");
    let mut child = bad.start_with(
        &format!("m1={}", bad.peer),
        "new",
        &ours,
        &["--cipher-suites", "TLS_RSA_WITH_RC4_128_SHA"],
    );
    let status = child.0.wait().unwrap();
    assert!(!status.success());
    assert!(
        bad.log()
            .contains("TLS_RSA_WITH_RC4_128_SHA is not a TLS 1.2 suite"),
        "{}",
        bad.log()
    );
}

#[test]
fn with_auth_on_a_client_certificate_names_the_user() {
    let tmp = tempfile::tempdir().unwrap();
    let certs_dir = tmp.path().join("certs");
    let (out, err, code) = run(Command::new(kvd_bin())
        .args(["certs", "init", "--client-cn", "alice"])
        .arg(&certs_dir));
    assert_eq!(code, 0, "{out}{err}");
    let m = Member::new(tmp.path(), "m0");
    let _server = m.start(&format!("m0={}", m.peer), "new", &certs_dir);
    let tls = client_tls(&certs_dir);
    put_until_ready(&m.client, &tls, || m.log());
    let root = [tls.clone(), vec!["--user".into(), "root:rootpw".into()]].concat();
    for step in [
        "user add root --new-user-password=rootpw",
        "user grant-role root root",
        "user add alice --new-user-password=alicepw",
        "role add mine",
        "role grant-permission mine readwrite /alice/ --prefix",
        "user grant-role alice mine",
        "auth enable",
    ] {
        let args: Vec<&str> = step.split(' ').collect();
        let (out, err, code) = etcdctl(&m.client, &root, &args);
        assert_eq!(code, 0, "{step}: {out}{err}");
    }
    // No user and no token: the certificate's common name is the user.
    let (out, err, code) = etcdctl(&m.client, &tls, &["put", "/alice/x", "1"]);
    assert_eq!((out.as_str(), code), ("OK\n", 0), "{err}");
    let (_, err, code) = etcdctl(&m.client, &tls, &["put", "/bob/x", "1"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("Error: etcdserver: permission denied"),
        "{err}"
    );
    // A token wins over the certificate.
    let (out, err, code) = etcdctl(&m.client, &root, &["put", "/bob/x", "1"]);
    assert_eq!((out.as_str(), code), ("OK\n", 0), "{err}");
}

/// The README's secure cluster: `kvd cluster up --tls`, then auth on with a
/// least-privilege role, all with kvd's own CLI.
#[test]
fn a_secure_cluster_with_auth_takes_a_few_commands() {
    let tmp = tempfile::tempdir().unwrap();
    let (_up, base, certs) = cluster_up_tls(tmp.path());
    let endpoints: Vec<String> = (0..3)
        .map(|i| format!("https://127.0.0.1:{}", base + 2 * i))
        .collect();
    let tls = client_tls(&certs);
    put_until_ready(&endpoints[0], &tls, || {
        std::fs::read_to_string(tmp.path().join("n1.log")).unwrap_or_default()
    });
    let kvd = |endpoint: &str, args: &str| {
        let mut cmd = Command::new(kvd_bin());
        cmd.args(["--endpoints", endpoint]).args(&tls);
        cmd.args(args.split(' '));
        run(&mut cmd)
    };
    for step in [
        "user add root --new-user-password=rootpw",
        "user grant-role root root",
        "role add app",
        "role grant-permission app readwrite /app/ --prefix",
        "user add svc --new-user-password=svcpw",
        "user grant-role svc app",
        "auth enable",
    ] {
        let (out, err, code) = kvd(&endpoints[0], step);
        assert_eq!(code, 0, "{step}: {out}{err}");
    }
    // The token works on every member (simple tokens are replicated).
    for endpoint in &endpoints {
        let (out, err, code) = kvd(endpoint, "--user svc:svcpw put /app/config on");
        assert_eq!((out.as_str(), code), ("OK\n", 0), "{endpoint}: {err}");
    }
    let (_, err, code) = kvd(&endpoints[1], "--user svc:svcpw get /etc/passwd");
    assert_eq!(code, 1);
    assert_eq!(err, "Error: etcdserver: permission denied\n");
    let (_, err, code) = kvd(&endpoints[2], "--user svc:wrong get /app/config");
    assert_eq!(code, 2, "{err}");
    // The default client certificate is root's (kvd certs init --client-cn).
    let (out, err, code) = kvd(&endpoints[2], "get /app/config --print-value-only");
    assert_eq!((out.as_str(), code), ("on\n", 0), "{err}");
}

#[test]
fn peer_auto_tls_encrypts_member_links_without_certificate_files() {
    let tmp = tempfile::tempdir().unwrap();
    let names = ["m0", "m1", "m2"];
    let peers: Vec<String> = names
        .iter()
        .map(|_| format!("https://127.0.0.1:{}", free_port()))
        .collect();
    let clients: Vec<String> = names
        .iter()
        .map(|_| format!("http://127.0.0.1:{}", free_port()))
        .collect();
    let initial = names
        .iter()
        .zip(&peers)
        .map(|(n, p)| format!("{n}={p}"))
        .collect::<Vec<_>>()
        .join(",");
    let log = |n: &str| tmp.path().join(format!("{n}.log"));
    let _servers: Vec<Reaped> = (0..3)
        .map(|i| {
            let out = std::fs::File::create(log(names[i])).unwrap();
            Reaped(
                Command::new(kvd_bin())
                    .args(["serve", "--peer-auto-tls", "--name", names[i], "--data-dir"])
                    .arg(tmp.path().join(names[i]))
                    .args(["--listen-client-urls", &clients[i]])
                    .args(["--advertise-client-urls", &clients[i]])
                    .args(["--listen-peer-urls", &peers[i]])
                    .args(["--initial-advertise-peer-urls", &peers[i]])
                    .args(["--initial-cluster", &initial])
                    .stdin(Stdio::null())
                    .stdout(out.try_clone().unwrap())
                    .stderr(out)
                    .spawn()
                    .unwrap(),
            )
        })
        .collect();
    put_until_ready(&clients[0], &[], || {
        std::fs::read_to_string(log("m0")).unwrap_or_default()
    });
    let (out, err, _) = etcdctl(&clients[2], &[], &["get", "ready", "--print-value-only"]);
    assert_eq!(out, "yes\n", "{err}");
    let m0 = std::fs::read_to_string(log("m0")).unwrap_or_default();
    assert!(m0.contains("--peer-auto-tls"), "{m0}");
    // The peer port speaks TLS, with a certificate made at start.
    let address = peers[1].trim_start_matches("https://");
    let (out, err, _) = run(Command::new("openssl")
        .args(["s_client", "-connect", address])
        .stdin(Stdio::null()));
    assert!(out.contains("BEGIN CERTIFICATE"), "{out}{err}");
}
