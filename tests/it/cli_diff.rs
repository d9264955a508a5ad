//! Differential test of the CLI: the same command lines run through `kvd`,
//! through an `etcdctl` link to kvd (the multicall personality) and through
//! Debian's etcdctl 3.4, each against its own fresh kvd, must print the
//! same stdout and stderr and exit with the same code. Masked: member and
//! cluster IDs and the endpoint (each server has its own), timings, and
//! etcdctl's client-side JSON log lines on stderr, which kvd does not print.

use crate::common;

use std::path::{Path, PathBuf};

use common::{debian_tool, kvd_bin, transcript, Server};

/// (command line, stdin); `''` is an empty argument, `~` a space in one.
const SCRIPT: &[(&str, &str)] = &[
    ("put foo bar", ""),
    ("put foo bar2 --prev-kv", ""),
    ("put foo bar3 --prev-kv -w json", ""),
    ("put foo bar4 --prev-kv -w fields", ""),
    ("put foo bar5 --prev-kv -w protobuf", ""),
    ("put fromstdin", "value from stdin"),
    ("put", ""),
    ("put k v --ignore-value", ""),
    ("put missing --ignore-value", ""),
    ("put k v --lease=zz", ""),
    ("put k v --lease=1f", ""),
    ("put sp a~b~c", ""),
    ("put /app/a 1", ""),
    ("put /app/b 2", ""),
    ("put /app/b 3", ""),
    ("put /app/c 4", ""),
    ("get foo", ""),
    ("get foo -w json", ""),
    ("get foo -w fields", ""),
    ("get foo -w protobuf", ""),
    ("get /app --prefix", ""),
    ("get /app/a /app/c -w json", ""),
    ("get /app/b --from-key", ""),
    ("get '' --prefix --keys-only", ""),
    ("get '' --from-key -w fields", ""),
    ("get /app --prefix --limit=2 -w json", ""),
    ("get /app --prefix --print-value-only", ""),
    ("get /app --prefix --print-value-only -w json", ""),
    ("get /app --prefix --sort-by=VERSION --order=DESCEND", ""),
    (
        "get /app --prefix --sort-by=CREATE --order=ASCEND -w json",
        "",
    ),
    ("get /app --prefix --sort-by=VALUE", ""),
    ("get /app --prefix --order=DESCEND --limit=1", ""),
    ("get /app --prefix --sort-by=bogus", ""),
    ("get /app --prefix --order=sideways", ""),
    ("get /app --prefix --consistency=s --hex", ""),
    ("get /app --prefix --consistency=x", ""),
    ("get /app --prefix --from-key", ""),
    ("get /app --prefix /b", ""),
    ("get foo --rev=2", ""),
    ("get foo --rev=3 -w json", ""),
    ("get foo --rev=1000", ""),
    ("get", ""),
    ("del missing", ""),
    ("del /app/a --prev-kv", ""),
    ("del /app/b --prev-kv -w json", ""),
    ("del /app --prefix -w fields", ""),
    ("del", ""),
    ("del a b --prefix", ""),
    (
        "txn",
        "value(\"foo\") = \"bar5\"\n\nput t1 x\nget foo\n\nput t2 y\n\n",
    ),
    (
        "txn -w json",
        "mod(\"foo\") > \"1\"\nversion(\"foo\") = \"5\"\n\nget foo\ndel t1\n\nput t3 z\n\n",
    ),
    (
        "txn -w fields",
        "create(\"nothing\") > \"0\"\n\nget foo\n\nput t4 w\nget t4\n\n",
    ),
    ("txn -w protobuf", "\nput t5 p\n\n\n"),
    (
        "txn --interactive",
        "value(\"foo\") != \"x\"\n\nput t6 i\n\nput t7 i\n\n",
    ),
    ("txn -i", "\n\n\n"),
    ("txn", "\nput dup 1\nput dup 2\n\n\n"),
    ("txn", "bogus compare\n\n\n\n"),
    ("txn", "ver(\"foo\") = \"x\"\n\n\n\n"),
    ("txn", "\nfrob x\n\n\n"),
    ("txn", "value(\"foo\") = \"bar5\"\n"),
    ("txn extra", ""),
    ("compaction 5", ""),
    ("compaction 5", ""),
    ("compaction 2", ""),
    ("compaction 100000", ""),
    ("compaction x", ""),
    ("compaction", ""),
    ("compaction 8 --physical", ""),
    ("compaction 9 -w json", ""),
    ("defrag", ""),
    ("defrag --cluster", ""),
    ("get foo --rev=4", ""),
    ("endpoint status", ""),
    ("endpoint status -w json", ""),
    ("endpoint status -w fields", ""),
    ("endpoint status -w protobuf", ""),
    ("endpoint health", ""),
    ("endpoint health -w json", ""),
    ("endpoint health -w fields", ""),
    ("member list", ""),
    ("member list -w json", ""),
    ("member list -w fields", ""),
    ("endpoint hashkv", ""),
    ("endpoint hashkv -w json", ""),
    ("endpoint hashkv -w fields", ""),
    ("endpoint hashkv --rev=12", ""),
    ("endpoint hashkv --rev=99999", ""),
    ("endpoint hashkv --rev=2", ""),
    ("lock", ""),
    ("lock /dl echo hello", ""),
    ("elect", ""),
    ("elect a b c", ""),
    ("elect -l a b", ""),
    ("elect onlyname", ""),
    ("get '' --from-key -w json", ""),
];

/// IDs and timings masked, and etcdctl's client-side log lines dropped.
struct Masks(common::IdMasks);

impl Masks {
    async fn of(server: &Server) -> Masks {
        Masks(common::IdMasks::of(server).await)
    }

    fn apply(&self, text: &str) -> String {
        common::replace_all(
            &self.0.apply(text),
            &[
                (r"took = [0-9.]+[µmn]?s", "took = D"),
                (r#""took":"[0-9.]+[µmn]?s""#, r#""took":"D""#),
                (r#""Took" : [0-9.]+[µmn]?s"#, r#""Took" : D"#),
                (r#"(?m)^\{"level":"warn".*\n"#, ""),
            ],
        )
    }
}

async fn run_script(program: &Path, peer_port: u16) -> Vec<String> {
    let server = Server::kvd_with_peer_port(peer_port);
    let masks = Masks::of(&server).await;
    SCRIPT
        .iter()
        .map(|(args, stdin)| {
            masks.apply(&transcript(
                program,
                "etcdctl",
                &server.endpoint,
                args,
                stdin,
            ))
        })
        .collect()
}

fn etcdctl_link(dir: &Path) -> PathBuf {
    let link = dir.join("etcdctl");
    std::os::unix::fs::symlink(kvd_bin(), &link).expect("make link");
    link
}

fn compare(what: &str, want: &[String], got: &[String]) {
    assert_eq!(want.len(), got.len());
    let differences: Vec<String> = want
        .iter()
        .zip(got)
        .filter(|(w, g)| w != g)
        .map(|(w, g)| format!("--- etcdctl\n{w}--- {what}\n{g}"))
        .collect();
    assert!(
        differences.is_empty(),
        "{} of {} command lines differ between etcdctl and {what}:\n{}",
        differences.len(),
        want.len(),
        differences.join("\n")
    );
}

#[tokio::test]
async fn kvd_prints_what_etcdctl_prints() {
    // One server after the other on one peer port: equal IDs, so even the
    // binary protobuf output can be compared.
    let peer = common::free_port();
    let etcdctl = run_script(&debian_tool("etcdctl", "etcd-client"), peer).await;
    let kvd = run_script(&kvd_bin(), peer).await;
    compare("kvd", &etcdctl, &kvd);
}

#[tokio::test]
async fn an_etcdctl_link_to_kvd_prints_what_etcdctl_prints() {
    let tmp = tempfile::tempdir().unwrap();
    let link = etcdctl_link(tmp.path());
    let peer = common::free_port();
    let etcdctl = run_script(&debian_tool("etcdctl", "etcd-client"), peer).await;
    let linked = run_script(&link, peer).await;
    compare("the etcdctl link", &etcdctl, &linked);
}

#[test]
fn install_links_makes_working_links() {
    let tmp = tempfile::tempdir().unwrap();
    let (out, err, code) = common::run(
        std::process::Command::new(kvd_bin())
            .arg("install-links")
            .arg(tmp.path()),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("etcdctl ->"), "{out}");
    let (out, _, code) =
        common::run(std::process::Command::new(tmp.path().join("etcdctl")).arg("version"));
    assert_eq!(
        (code, out.as_str()),
        (0, "etcdctl version: 3.4.0\nAPI version: 3.4\n")
    );
    let (_, err, code) =
        common::run(std::process::Command::new(tmp.path().join("etcd")).arg("--help"));
    assert_eq!(code, 0, "{err}");
}

async fn run_lease_script(program: &Path, peer_port: u16) -> Vec<String> {
    let server = Server::kvd_with_peer_port(peer_port);
    let masks = Masks::of(&server).await;
    common::lease_transcripts(program, "etcdctl", &server.endpoint)
        .iter()
        .map(|t| masks.apply(t))
        .collect()
}

#[tokio::test]
async fn lease_commands_print_what_etcdctl_prints() {
    let tmp = tempfile::tempdir().unwrap();
    let link = etcdctl_link(tmp.path());
    let peer = common::free_port();
    let etcdctl = run_lease_script(&debian_tool("etcdctl", "etcd-client"), peer).await;
    let kvd = run_lease_script(&kvd_bin(), peer).await;
    let linked = run_lease_script(&link, peer).await;
    assert_eq!(etcdctl.len(), common::LEASE_STEPS.len() + 1);
    compare("kvd", &etcdctl, &kvd);
    compare("the etcdctl link", &etcdctl, &linked);
}

async fn run_watch_script(program: &Path, peer_port: u16) -> Vec<String> {
    let server = Server::kvd_with_peer_port(peer_port);
    let masks = Masks::of(&server).await;
    common::watch_transcripts(program, "etcdctl", &server.endpoint)
        .iter()
        .map(|t| masks.apply(t))
        .collect()
}

#[tokio::test]
async fn watch_prints_what_etcdctl_prints() {
    let peer = common::free_port();
    let etcdctl = run_watch_script(&debian_tool("etcdctl", "etcd-client"), peer).await;
    let kvd = run_watch_script(&kvd_bin(), peer).await;
    compare("kvd", &etcdctl, &kvd);
}

#[tokio::test]
async fn lock_exits_with_the_command_status_or_as_etcdctl_when_linked() {
    let server = Server::kvd();
    server.client().await;
    let tmp = tempfile::tempdir().unwrap();
    let link = etcdctl_link(tmp.path());
    let args = "lock /st -- sh -c exit~3";
    let kvd = transcript(&kvd_bin(), "x", &server.endpoint, args, "");
    assert!(
        kvd.ends_with("[exit 3]\n"),
        "kvd exits with the command's status: {kvd}"
    );
    let want = transcript(
        &debian_tool("etcdctl", "etcd-client"),
        "x",
        &server.endpoint,
        args,
        "",
    );
    let linked = transcript(&link, "x", &server.endpoint, args, "");
    assert_eq!(
        want,
        "$ x lock /st -- sh -c exit~3\nError: exit status 3\n[exit 1]\n"
    );
    assert_eq!(linked, want);
}

async fn run_member_script(program: &Path, peer_port: u16) -> Vec<String> {
    let server = Server::kvd_with_peer_port(peer_port);
    let masks = Masks::of(&server).await;
    common::member_transcripts(program, &server)
        .await
        .iter()
        .map(|t| common::without_id_order(&masks.apply(t)))
        .collect()
}

#[tokio::test]
async fn member_commands_print_what_etcdctl_prints() {
    let tmp = tempfile::tempdir().unwrap();
    let link = etcdctl_link(tmp.path());
    let peer = common::free_port();
    let etcdctl = run_member_script(&debian_tool("etcdctl", "etcd-client"), peer).await;
    let kvd = run_member_script(&kvd_bin(), peer).await;
    let linked = run_member_script(&link, peer).await;
    assert!(etcdctl.iter().any(|t| t.contains("added to cluster")));
    compare("kvd", &etcdctl, &kvd);
    compare("the etcdctl link", &etcdctl, &linked);
}

async fn run_auth_script(program: &Path, peer_port: u16) -> Vec<String> {
    let server = Server::kvd_with_peer_port(peer_port);
    let masks = Masks::of(&server).await;
    common::auth_transcripts(program, "etcdctl", &server.endpoint)
        .iter()
        .map(|t| masks.apply(t))
        .collect()
}

#[tokio::test]
async fn auth_commands_print_what_etcdctl_prints() {
    let tmp = tempfile::tempdir().unwrap();
    let link = etcdctl_link(tmp.path());
    let peer = common::free_port();
    let etcdctl = run_auth_script(&debian_tool("etcdctl", "etcd-client"), peer).await;
    let kvd = run_auth_script(&kvd_bin(), peer).await;
    let linked = run_auth_script(&link, peer).await;
    assert!(
        etcdctl.iter().any(|t| t.contains("Authentication Enabled")),
        "the auth script enabled auth: {etcdctl:?}"
    );
    compare("kvd", &etcdctl, &kvd);
    compare("the etcdctl link", &etcdctl, &linked);
}
