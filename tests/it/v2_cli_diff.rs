//! Differential test of etcdctl's v2 mode (`ETCDCTL_API=2`): the same
//! command lines run with Debian's etcdctl 3.4 against a real etcd 3.4
//! started with --enable-v2, and with kvd's `etcdctl` link against kvd
//! started with --enable-v2, must print the same stdout and stderr and exit
//! with the same code. Masked: what differs by nature — indexes (etcd's v2
//! store counts its own, kvd's are v3 revisions), expiration times and
//! TTLs that tick, member IDs, URLs and ports, and the version etcdctl
//! reports (Debian's patch release against kvd's 3.4.0).

use crate::common;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{debian_tool, kvd_bin, replace_all, IdMasks, Reaped, Server};

/// (command line, stdin). `~` is a space within an argument, `''` an
/// empty argument; `{PEER}` is the server's peer URL, `{ID}` its member ID.
const SCRIPT: &[(&str, &str)] = &[
    ("set /test asdf", ""),
    ("-o extended set /test asdf2", ""),
    ("-o json set /test asdf3", ""),
    ("set /test asdf2 -o extended", ""),
    ("get /test", ""),
    ("-o extended get /test", ""),
    ("-o json get /test", ""),
    ("get --quorum /test", ""),
    ("get /nope", ""),
    ("-o json get /nope", ""),
    ("-o extended get /nope", ""),
    ("get", ""),
    ("get a b", ""),
    ("set", ""),
    ("set /onlykey", ""),
    ("set /fromstdin", "from stdin\n"),
    ("get /fromstdin", ""),
    ("set /sp a~b~c", ""),
    ("get /sp", ""),
    ("set /a~b/c?d v&x~y", ""),
    ("ls --sort /a~b", ""),
    ("set /ttl v --ttl 100", ""),
    ("-o json get /ttl", ""),
    ("-o extended get /ttl", ""),
    ("-o json set --ttl 0 /ttl v2", ""),
    ("set --swap-with-value nope /test x", ""),
    ("set --swap-with-value asdf2 /test asdf4", ""),
    ("set --swap-with-index 1 /test y", ""),
    ("set --ttl x k v", ""),
    ("set --ttl", ""),
    ("set --bogus k v", ""),
    ("set -- -k -v", ""),
    ("get -- -k", ""),
    ("mk /test x", ""),
    ("mk /mk1 v", ""),
    ("-o extended mk /mk2 v", ""),
    ("mk --in-order /queue job1", ""),
    ("-o json mk --in-order /queue job2", ""),
    ("ls --sort /queue", ""),
    ("mkdir /dir", ""),
    ("mkdir /dir", ""),
    ("-o json mkdir /dir2", ""),
    ("-o extended mkdir /dir3", ""),
    ("set /dir/a 1", ""),
    ("set /dir/b 2", ""),
    ("mkdir /dir/sub", ""),
    ("set /dir/sub/c 3", ""),
    ("set /dir x", ""),
    ("set /dir/a/b x", ""),
    ("get /dir", ""),
    ("-o json get /dir", ""),
    ("ls --sort /dir", ""),
    ("ls --sort -r /dir", ""),
    ("ls --sort -p /dir", ""),
    ("ls --sort -r -p", ""),
    ("ls /dir --sort -r", ""),
    ("-o json ls --sort /dir", ""),
    ("-o extended ls /dir", ""),
    ("ls /dir/a", ""),
    ("ls /nope", ""),
    ("ls -q --sort /dir/sub", ""),
    ("ls -r --recursive /dir", ""),
    ("update /nope x", ""),
    ("update /mk1 v2", ""),
    ("-o extended update /mk1 v3", ""),
    ("-o json update --ttl 100 /mk1 v4", ""),
    ("update /dir/sub x", ""),
    ("updatedir /dir/sub", ""),
    ("-o json updatedir /dir/sub", ""),
    ("updatedir /nodir", ""),
    ("setdir /dir/sub", ""),
    ("setdir /sd", ""),
    ("-o json setdir /sd2", ""),
    ("rm /dir/b", ""),
    ("-o extended rm /mk2", ""),
    ("-o json rm /mk1", ""),
    ("rm /dir/sub", ""),
    ("rm --dir /dir/sub", ""),
    ("rm -r /dir/sub", ""),
    ("-o json rm --dir /sd2", ""),
    ("rm /nope", ""),
    ("set /w 1", ""),
    ("rm --with-value 2 /w", ""),
    ("rm --with-index 1 /w", ""),
    ("rm --with-value 1 /w", ""),
    ("set /w 1", ""),
    ("rmdir /w", ""),
    ("rmdir /dir", ""),
    ("rmdir /sd", ""),
    ("-o extended rmdir /dir3", ""),
    ("rm", ""),
    ("rmdir", ""),
    ("mkdir", ""),
    ("update", ""),
    ("update /k", ""),
    ("updatedir", ""),
    ("setdir", ""),
    ("mk", ""),
    ("mk /k", ""),
    ("watch --after-index 1 /test", ""),
    ("watch", ""),
    ("exec-watch k", ""),
    ("-o xml get /test", ""),
    ("-o json --output simple get /test", ""),
    ("--timeout x get /test", ""),
    ("--bogus get /test", ""),
    ("-C http://127.0.0.1:1 get /test", ""),
    ("--no-sync get /test", ""),
    ("--debug --no-sync get /test", ""),
    ("--debug set /a~b/c?d v&x~y", ""),
    ("--debug --no-sync mkdir /dbg", ""),
    ("--debug --no-sync rm --recursive --with-index 3 /dbg", ""),
    ("--total-timeout 0 get /test", ""),
    ("bogus", ""),
    ("help", ""),
    ("help set", ""),
    ("help member", ""),
    ("help bogus", ""),
    ("set -h", ""),
    ("rmdir --help", ""),
    ("cluster-health --bogus", ""),
    ("--version", ""),
    ("member", ""),
    ("member -h", ""),
    ("member bogus", ""),
    ("member list --bogus", ""),
    ("member list", ""),
    ("-o json member list", ""),
    ("member list x", ""),
    ("member add", ""),
    ("member add a", ""),
    ("member add a notaurl", ""),
    ("member add a http://nohost", ""),
    ("member add a http://h:1/p", ""),
    ("member add a {PEER}", ""),
    ("member remove", ""),
    ("member remove 1234", ""),
    ("member remove default", ""),
    ("member update", ""),
    ("member update {ID} {PEER}", ""),
    ("cluster-health", ""),
    ("cluster-health x", ""),
    ("--endpoints http://127.0.0.1:1 get /test", ""),
    ("--endpoints http://127.0.0.1:1 member list", ""),
    ("--endpoints http://127.0.0.1:1 --no-sync get /test", ""),
    ("--endpoints http://127.0.0.1:1 --no-sync mk /a b", ""),
    ("--endpoints http://127.0.0.1:1 --no-sync set /a b", ""),
    ("--endpoints http://127.0.0.1:1 --no-sync member list", ""),
    ("--endpoints http://127.0.0.1:1 cluster-health", ""),
    ("--endpoints 127.0.0.1:1 get /test", ""),
    ("ls --sort", ""),
];

/// A watch: the writes are made first, then the watch runs from the index
/// before them (`{INDEX}`), so nothing depends on when it starts. One that
/// watches `forever` is stopped after a moment.
struct WatchStep {
    watch: &'static str,
    writes: &'static [&'static str],
    forever: bool,
}

const WATCHES: &[WatchStep] = &[
    WatchStep {
        watch: "watch --after-index {INDEX} /wk",
        writes: &["set /wk v1", "set /wk v2"],
        forever: false,
    },
    WatchStep {
        watch: "-o extended watch --after-index {INDEX} /wx",
        writes: &["set /wx 1"],
        forever: false,
    },
    WatchStep {
        watch: "-o json watch -r --after-index {INDEX} /wdir",
        writes: &["mkdir /wdir", "set /wdir/a x"],
        forever: false,
    },
    WatchStep {
        watch: "watch -f -r --after-index {INDEX} /wf",
        writes: &["set /wf/a 1", "rm /wf/a", "set /wf/b 2"],
        forever: true,
    },
    WatchStep {
        watch: "-o json watch --forever --after-index {INDEX} /wj",
        writes: &["set /wj 1", "update /wj 2", "rm /wj"],
        forever: true,
    },
    // etcdctl 3.4 moves a `--` before the key (urfave's reordering), so
    // the key goes last, after the command.
    WatchStep {
        watch: "exec-watch --after-index {INDEX} sh -c echo~$ETCD_WATCH_ACTION~$ETCD_WATCH_KEY~$ETCD_WATCH_VALUE /we",
        // One event: commands run side by side, in no fixed order.
        writes: &["set /we v"],
        forever: true,
    },
    WatchStep {
        watch: "exec-watch --after-index {INDEX} -r sh -c echo~$ETCD_WATCH_KEY /wr",
        writes: &["mkdir /wr/d", "set /wr/d/k 1"],
        forever: true,
    },
    // ... and with `KEY -- COMMAND`, it watches the command's last word.
    WatchStep {
        watch: "exec-watch -r --after-index {INDEX} /wq -- sh -c echo~$ETCD_WATCH_KEY",
        writes: &["set /wq/k 1"],
        forever: true,
    },
];

/// How long a `forever` watch runs before it is stopped.
const WATCH_FOR: Duration = Duration::from_millis(1500);

/// One etcdctl (Debian's, or the link to kvd) and the server it talks to.
struct Etcdctl {
    program: PathBuf,
    endpoint: String,
    peer: String,
    member_hex: String,
}

impl Etcdctl {
    async fn new(program: PathBuf, server: &Server) -> Etcdctl {
        let mut client = server.client().await;
        let status = client.status().await.expect("status");
        let member = status.header().expect("header").member_id();
        Etcdctl {
            program,
            endpoint: server.endpoint.clone(),
            peer: server.peer_url(),
            member_hex: format!("{member:x}"),
        }
    }

    /// The command line with `{PEER}`, `{ID}` and `{INDEX}` filled in.
    fn command(&self, args: &str, index: &str) -> Command {
        let args = args
            .replace("{PEER}", &self.peer)
            .replace("{ID}", &self.member_hex)
            .replace("{INDEX}", index);
        let mut cmd = Command::new(&self.program);
        cmd.args(argv(&args))
            .env("ETCDCTL_API", "2")
            .env("ETCDCTL_ENDPOINTS", format!("http://{}", self.endpoint))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for var in [
            "ETCDCTL_ENDPOINT",
            "ETCDCTL_PEERS",
            "ETCDCTL_USERNAME",
            "ETCDCTL_CA_FILE",
            "ETCDCTL_CERT_FILE",
            "ETCDCTL_KEY_FILE",
            "ETCDCTL_DISCOVERY_SRV",
        ] {
            cmd.env_remove(var);
        }
        cmd
    }

    /// Runs one command line to its end: what a user sees.
    fn run(&self, args: &str, stdin: &str) -> String {
        let mut child = self.command(args, "").spawn().expect("run etcdctl");
        let mut input = child.stdin.take().expect("stdin");
        input.write_all(stdin.as_bytes()).expect("write stdin");
        drop(input);
        let out = child.wait_with_output().expect("etcdctl output");
        common::shown("etcdctl", args, stdin, &out)
    }

    /// The store's index now, as `-o extended` shows it.
    fn index(&self) -> String {
        let out = self.run("-o extended ls /", "");
        out.lines()
            .find_map(|l| l.strip_prefix("Index: "))
            .unwrap_or_else(|| panic!("no index in {out}"))
            .to_string()
    }

    /// Makes the writes, then runs the watch from before them.
    fn watch(&self, step: &WatchStep) -> String {
        let index = self.index();
        let mut seen = String::new();
        for write in step.writes {
            seen.push_str(&self.run(write, ""));
        }
        let child = self
            .command(step.watch, &index)
            .spawn()
            .expect("run etcdctl");
        let mut child = Reaped(child);
        drop(child.0.stdin.take());
        let limit = if step.forever {
            WATCH_FOR
        } else {
            Duration::from_secs(10)
        };
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.0.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = child.0.kill();
        let (stdout, stderr) = (child.0.stdout.take(), child.0.stderr.take());
        let status = child.0.wait().expect("watch ends");
        let out = std::process::Output {
            status,
            stdout: read_all(stdout),
            stderr: read_all(stderr),
        };
        seen.push_str(&common::shown("etcdctl", step.watch, "", &out));
        seen
    }
}

fn read_all(pipe: Option<impl std::io::Read>) -> Vec<u8> {
    let mut bytes = Vec::new();
    if let Some(mut pipe) = pipe {
        let _ = pipe.read_to_end(&mut bytes);
    }
    bytes
}

/// Arguments split on spaces; `''` is an empty argument, `~` a space.
fn argv(args: &str) -> Vec<String> {
    args.split(' ')
        .filter(|a| !a.is_empty())
        .map(|a| {
            if a == "''" {
                String::new()
            } else {
                a.replace('~', " ")
            }
        })
        .collect()
}

/// What differs between the two servers by nature, named.
fn masked(ids: &IdMasks, text: &str) -> String {
    replace_all(
        &ids.apply(text),
        &[
            (r"(Created-Index|Modified-Index|Index): \d+", "$1: N"),
            (r#""(createdIndex|modifiedIndex)":\d+"#, r#""$1":N"#),
            (r"\) \[\d+\]", ") [N]"),
            (r"( != )\d+\]", "${1}N]"),
            (r#""expiration":"[^"]*""#, r#""expiration":"T""#),
            (r#""ttl":\d+"#, r#""ttl":TTL"#),
            (r"TTL: [1-9]\d*", "TTL: N"),
            (r"/queue/\d{20}", "/queue/N"),
            (r"(waitIndex|prevIndex)=\d+", "$1=N"),
            (r"--after-index \d+", "--after-index N"),
            (r"3\.4\.\d+", "3.4.x"),
            // kvd has no v2 data directory to back up and no v2 auth API:
            // its help does not list those commands.
            (r"(?m)^   (backup|user|role|auth) +[^\n]*\n", ""),
        ],
    )
}

/// An `etcdctl` link to the kvd binary in `dir`: kvd as etcdctl.
fn etcdctl_link(dir: &Path) -> PathBuf {
    let link = dir.join("etcdctl");
    std::os::unix::fs::symlink(kvd_bin(), &link).expect("make link");
    link
}

/// Every step's transcript, masked.
fn transcripts(etcdctl: &Etcdctl, ids: &IdMasks) -> Vec<String> {
    let mut all: Vec<String> = SCRIPT
        .iter()
        .map(|(args, stdin)| etcdctl.run(args, stdin))
        .collect();
    all.extend(WATCHES.iter().map(|w| etcdctl.watch(w)));
    all.iter().map(|t| masked(ids, t)).collect()
}

#[tokio::test]
async fn etcdctl_v2_prints_the_same_for_kvd_as_for_etcd() {
    let etcd = Server::etcd_with(&["--enable-v2"]);
    let kvd = Server::kvd_with(&["--enable-v2"]);
    let tmp = tempfile::tempdir().expect("tempdir");
    let theirs = Etcdctl::new(debian_tool("etcdctl", "etcd-client"), &etcd).await;
    let ours = Etcdctl::new(etcdctl_link(tmp.path()), &kvd).await;
    let (etcd_ids, kvd_ids) = (IdMasks::of(&etcd).await, IdMasks::of(&kvd).await);
    let want = transcripts(&theirs, &etcd_ids);
    let got = transcripts(&ours, &kvd_ids);
    // For a person checking what was compared: KVD_DIFF_TRANSCRIPT=FILE.
    if let Ok(path) = std::env::var("KVD_DIFF_TRANSCRIPT") {
        std::fs::write(path, got.join("\n")).expect("write transcript");
    }
    let differences: Vec<String> = want
        .iter()
        .zip(&got)
        .filter(|(w, g)| w != g)
        .map(|(w, g)| format!("--- etcd\n{w}--- kvd\n{g}"))
        .collect();
    assert!(
        differences.is_empty(),
        "{} of {} v2 command lines differ:\n{}",
        differences.len(),
        want.len(),
        differences.join("\n")
    );
    assert!(
        want.iter().any(|t| t.contains("[set] /wf/a")),
        "the script did real work: {want:?}"
    );
}

#[test]
fn kvd_set_prints_the_value_as_the_seed_shows() {
    let kvd = Server::kvd_with(&["--enable-v2"]);
    let set = Command::new(kvd_bin())
        .args(["--endpoints", &kvd.endpoint, "set", "test", "asdf"])
        .output()
        .expect("kvd runs");
    assert_eq!(
        (
            String::from_utf8_lossy(&set.stdout).as_ref(),
            set.status.code()
        ),
        ("asdf\n", Some(0)),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );
    // The seed's `etcdctl get test`: through the link, in v2.
    let dir = tempfile::tempdir().expect("tempdir");
    let etcdctl = etcdctl_link(dir.path());
    let get = Command::new(&etcdctl)
        .env("ETCDCTL_API", "2")
        .args([
            "--endpoints",
            &format!("http://{}", kvd.endpoint),
            "get",
            "test",
        ])
        .output()
        .expect("the link runs");
    assert_eq!(String::from_utf8_lossy(&get.stdout), "asdf\n");
}
