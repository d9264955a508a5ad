//! What a user sees of a command line (stdout, stderr, exit code), the
//! shared scripts of the differential tests (leases, watches, auth,
//! members), and the masks for what differs between servers by nature.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use super::*;

/// Runs a command, returning (stdout, stderr, exit code).
pub fn run(cmd: &mut Command) -> (String, String, i32) {
    let out = cmd.output().expect("run command");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// Runs `program` with `args` (split on spaces; `''` is an empty argument)
/// and `stdin`, and renders what a user sees: the command line, stdout,
/// stderr and the exit code.
pub fn transcript(
    program: &Path,
    shown_as: &str,
    endpoint: &str,
    args: &str,
    stdin: &str,
) -> String {
    transcript_for(program, shown_as, endpoint, args, stdin, None)
}

/// As `transcript`, for a command that runs until stopped (a watch): it is
/// killed after `run_for`, and its exit shows as `[stopped]`.
pub fn transcript_for(
    program: &Path,
    shown_as: &str,
    endpoint: &str,
    args: &str,
    stdin: &str,
    run_for: Option<Duration>,
) -> String {
    use std::io::Write as _;
    let argv: Vec<String> = args
        .split(' ')
        .filter(|a| !a.is_empty())
        .map(|a| {
            if a == "''" {
                String::new()
            } else {
                a.replace('~', " ")
            }
        })
        .collect();
    let mut child = Command::new(program)
        .args(&argv)
        .env("KVD_ENDPOINTS", endpoint)
        .env("ETCDCTL_ENDPOINTS", endpoint)
        .env("ETCDCTL_API", "3")
        .env_remove("KVD_WRITE_OUT")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run command");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin.as_bytes()).expect("write stdin");
    drop(input);
    let killer = run_for.map(|d| {
        let pid = child.id() as i32;
        std::thread::spawn(move || {
            std::thread::sleep(d);
            // SAFETY: sending a signal to our own child process.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        })
    });
    let out = child.wait_with_output().expect("command output");
    if let Some(k) = killer {
        let _ = k.join();
    }
    shown(shown_as, args, stdin, &out)
}

/// What a user saw of a command: the command line (as `shown_as ARGS`),
/// stdin, stdout, stderr and the exit (`stopped` when the test stopped it).
pub fn shown(shown_as: &str, args: &str, stdin: &str, out: &std::process::Output) -> String {
    let stdin_note = if stdin.is_empty() {
        String::new()
    } else {
        format!("<<< {}\n", stdin.escape_debug())
    };
    let exit = match out.status.code() {
        Some(code) => format!("exit {code}"),
        None => "stopped".to_string(),
    };
    format!(
        "$ {shown_as} {args}\n{stdin_note}{}{}[{exit}]\n",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    )
}

/// Command lines about one lease: `lease grant 100` runs first, then each
/// step with `{L}` replaced by the granted lease's hex ID. The lease ID
/// (hex and decimal) reads `LEASE` in the transcripts, and a remaining TTL
/// of 98 s reads as 99 s.
pub const LEASE_STEPS: &[(&str, &str)] = &[
    ("put k v --lease={L}", ""),
    ("get k -w json", ""),
    ("lease timetolive {L}", ""),
    // etcd lists a lease's keys in no fixed order: one key here.
    ("lease timetolive {L} --keys", ""),
    ("lease timetolive {L} --keys -w json", ""),
    ("lease timetolive {L} --keys -w fields", ""),
    ("put k2 v --lease={L}", ""),
    ("lease list", ""),
    ("lease list -w json", ""),
    ("lease list -w fields", ""),
    ("lease keep-alive --once {L}", ""),
    ("lease keep-alive --once {L} -w json", ""),
    ("lease keep-alive --once {L} -w fields", ""),
    ("lease revoke {L}", ""),
    ("get k", ""),
    ("lease timetolive {L}", ""),
    ("lease timetolive {L} -w json", ""),
    ("lease timetolive {L} -w fields", ""),
    ("lease revoke {L}", ""),
    ("lease keep-alive --once {L}", ""),
    ("lease grant", ""),
    ("lease grant x", ""),
    ("lease grant 9000000001", ""),
    ("lease revoke", ""),
    ("lease timetolive zz", ""),
    ("lease keep-alive", ""),
    ("put k v --lease=abc", ""),
];

/// Runs `LEASE_STEPS` with `program` against `endpoint`.
pub fn lease_transcripts(program: &Path, shown_as: &str, endpoint: &str) -> Vec<String> {
    let mut out = Vec::new();
    let grant = transcript(program, shown_as, endpoint, "lease grant 100", "");
    let hex = grant
        .lines()
        .find(|l| l.starts_with("lease ") && l.contains(" granted "))
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or_else(|| panic!("no lease granted: {grant}"))
        .to_string();
    let id = i64::from_str_radix(&hex, 16).expect("hex lease ID");
    // A second may tick between the grant and a look at the remaining TTL.
    let remaining = regex::Regex::new(r#"(remaining\(|"ttl":|"TTL" : )(9[89])\b"#).unwrap();
    let mask = |t: String| {
        let t = t.replace(&hex, "LEASE").replace(&id.to_string(), "LEASE");
        remaining.replace_all(&t, "${1}99").into_owned()
    };
    out.push(mask(grant));
    for (args, stdin) in LEASE_STEPS {
        let args = args.replace("{L}", &hex);
        out.push(mask(transcript(program, shown_as, endpoint, &args, stdin)));
    }
    out
}

/// Writes that give a server a known history for watch tests (revisions
/// 2 to 9, compacted at 3).
pub const WATCH_SETUP: &[&str] = &[
    "put /app/a 1",
    "put /app/b 2",
    "put /app/a 3",
    "put other x",
    "del /app/b",
    "put /app/c 4",
    "put /app/a 5",
    "put sp va~lue",
    "compaction 3",
];

/// Watch command lines, each run for a moment after `WATCH_SETUP`.
pub const WATCH_STEPS: &[&str] = &[
    "watch /app/a --rev=3",
    "watch /app --prefix --rev=3 --prev-kv",
    "watch /app/a /app/c --rev=4 -w json",
    "watch /app --prefix --rev=4 -w fields",
    "watch /app/a --rev=3 --hex",
    "watch /app --prefix --rev=2",
    "watch",
    "watch a b --prefix",
    "watch a --",
];

/// Runs `WATCH_SETUP` then `WATCH_STEPS` with `program` against `endpoint`.
pub fn watch_transcripts(program: &Path, shown_as: &str, endpoint: &str) -> Vec<String> {
    for args in WATCH_SETUP {
        transcript(program, shown_as, endpoint, args, "");
    }
    WATCH_STEPS
        .iter()
        .map(|args| {
            let run_for = Some(Duration::from_millis(1000));
            transcript_for(program, shown_as, endpoint, args, "", run_for)
        })
        .collect()
}

/// Users, roles and permissions, then the same server with auth on: every
/// `auth`, `user` and `role` command with its errors, `--user` with right
/// and wrong passwords, a reader refused a write, and auth off again. All
/// passwords are given on the command line or on stdin
/// (`--interactive=false`): a prompt needs a terminal.
pub const AUTH_STEPS: &[(&str, &str)] = &[
    ("auth enable", ""),
    ("user add root:rootpw", ""),
    ("user add root:again", ""),
    ("user add", ""),
    ("user add a b", ""),
    ("user add :pw", ""),
    ("user add '' --new-user-password=x", ""),
    ("user add alice --new-user-password=alicepw -w json", ""),
    // Go's Scanf("%s"): the first word.
    ("user add bob --interactive=false", "bobpw extra\n"),
    ("user add carol:c1 -w fields", ""),
    ("user add dave:d:e", ""),
    // The user is made before etcdctl finds it cannot print a table.
    ("user add erin:e -w table", ""),
    ("user add frank --no-password", ""),
    ("user list", ""),
    ("user list -w json", ""),
    ("user list -w fields", ""),
    ("user list extra", ""),
    ("user get alice", ""),
    ("user get alice -w fields", ""),
    ("user get nobody", ""),
    ("user get", ""),
    ("role add reader", ""),
    ("role add reader", ""),
    ("role add writer -w json", ""),
    ("role add spare -w fields", ""),
    ("role add ''", ""),
    ("role add", ""),
    ("role list", ""),
    ("role list -w json", ""),
    ("role list -w fields", ""),
    ("role grant-permission reader read /app --prefix", ""),
    ("role grant-permission reader read /one", ""),
    ("role grant-permission reader readwrite /a /c -w json", ""),
    (
        "role grant-permission reader READ /from --from-key -w fields",
        "",
    ),
    ("role grant-permission reader read /x /y extra", ""),
    ("role grant-permission spare read '' --prefix", ""),
    ("role grant-permission spare write ''", ""),
    ("role grant-permission writer write /app/ --prefix", ""),
    ("role grant-permission writer rw /x", ""),
    ("role grant-permission writer read", ""),
    ("role grant-permission writer read a b --prefix", ""),
    ("role grant-permission writer read a b --from-key", ""),
    (
        "role grant-permission writer read a --prefix --from-key",
        "",
    ),
    ("role grant-permission missing read /x", ""),
    ("role get reader", ""),
    ("role get reader -w json", ""),
    ("role get reader -w fields", ""),
    ("role get spare", ""),
    ("role get writer", ""),
    ("role get missing", ""),
    ("role get", ""),
    ("role revoke-permission reader /one", ""),
    ("role revoke-permission reader /one", ""),
    ("role revoke-permission reader /a /c -w json", ""),
    ("role revoke-permission reader /from --from-key", ""),
    ("role revoke-permission reader /x /y -w fields", ""),
    ("role revoke-permission spare '' --prefix", ""),
    ("role revoke-permission spare ''", ""),
    ("role revoke-permission missing /x", ""),
    ("role revoke-permission reader", ""),
    ("role revoke-permission reader a b --prefix", ""),
    ("role get reader", ""),
    ("user grant-role alice reader", ""),
    ("user grant-role alice writer -w json", ""),
    ("user grant-role alice spare -w fields", ""),
    ("user grant-role alice missing", ""),
    ("user grant-role nobody reader", ""),
    ("user grant-role alice", ""),
    ("user get alice", ""),
    ("user get alice -w json", ""),
    ("user get alice --detail", ""),
    ("user get alice --detail -w json", ""),
    ("user get alice --detail -w fields", ""),
    ("user revoke-role alice spare", ""),
    ("user revoke-role alice spare", ""),
    ("user revoke-role alice writer -w json", ""),
    ("user revoke-role nobody reader", ""),
    ("user revoke-role alice", ""),
    ("user passwd carol --interactive=false", "  c2\n"),
    ("user passwd carol --interactive=false -w json", "c2\n"),
    ("user passwd nobody --interactive=false", "x\n"),
    ("user passwd", ""),
    ("user delete dave", ""),
    ("user delete dave", ""),
    ("user delete erin -w json", ""),
    ("user delete", ""),
    ("role delete spare", ""),
    ("role delete spare", ""),
    ("role delete writer -w fields", ""),
    ("role delete", ""),
    ("user list", ""),
    ("role list", ""),
    ("put /app/k v", ""),
    ("auth enable x", ""),
    ("auth disable x", ""),
    // root has no role root yet: etcdctl grants it, and enables.
    ("auth enable", ""),
    ("get /app/k", ""),
    ("role list", ""),
    ("--user root:wrong get /app/k", ""),
    ("--user nobody:x get /app/k", ""),
    ("--user root:rootpw get /app/k", ""),
    ("--user root --password rootpw role list", ""),
    ("--user root:rootpw --password rootpw role list", ""),
    ("--user root:rootpw user get root", ""),
    ("--user root:rootpw role get root", ""),
    ("--user root:rootpw auth enable", ""),
    ("--user alice:alicepw get /app/k", ""),
    ("--user alice:alicepw get /app --prefix -w json", ""),
    ("--user alice:alicepw put /app/k v2", ""),
    ("--user alice:alicepw put /one v", ""),
    ("--user alice:alicepw user list", ""),
    ("--user alice:alicepw auth disable", ""),
    ("--user bob:bobpw get /app/k", ""),
    ("--user carol:c2 get /app/k", ""),
    ("--user root:rootpw put /app/k v3", ""),
    ("--user root:rootpw lock /l echo locked", ""),
    ("--user root:rootpw user delete root", ""),
    ("--user root:rootpw auth disable", ""),
    // Auth off: etcdctl goes on without a token, password unchecked.
    ("--user root:wrong get /app/k", ""),
    ("get /app/k", ""),
    ("user get root", ""),
];

/// Runs `AUTH_STEPS` with `program` against `endpoint`.
pub fn auth_transcripts(program: &Path, shown_as: &str, endpoint: &str) -> Vec<String> {
    AUTH_STEPS
        .iter()
        .map(|(args, stdin)| transcript(program, shown_as, endpoint, args, stdin))
        .collect()
}

/// What differs between two servers by nature: their peer URL, endpoint,
/// cluster and member IDs. `apply` replaces them with names.
pub struct IdMasks(Vec<(String, String)>);

impl IdMasks {
    /// The masks for `server`.
    pub async fn of(server: &Server) -> IdMasks {
        let mut c = server.client().await;
        let status = c.status().await.expect("status");
        let h = status.header().cloned().expect("header");
        let members = c.member_list().await.expect("members");
        let peer = members.members()[0].peer_urls()[0].clone();
        IdMasks(vec![
            (peer, "http://PEER".into()),
            (server.endpoint.clone(), "ENDPOINT".into()),
            (h.cluster_id().to_string(), "CLUSTER_ID".into()),
            (h.member_id().to_string(), "MEMBER_ID".into()),
            (format!("{:x}", h.member_id()), "MEMBER_HEX".into()),
        ])
    }

    /// `text` with the IDs named.
    pub fn apply(&self, text: &str) -> String {
        let mut t = text.to_string();
        for (from, to) in &self.0 {
            t = t.replace(from, to);
        }
        t
    }
}

/// `text` with every match of each pattern replaced.
pub fn replace_all(text: &str, patterns: &[(&str, &str)]) -> String {
    let mut t = text.to_string();
    for (pattern, with) in patterns {
        t = regex::Regex::new(pattern)
            .expect("valid pattern")
            .replace_all(&t, *with)
            .into_owned();
    }
    t
}

/// Member commands on a one-member cluster: a learner is added (it never
/// starts, so quorum is unaffected), listed, refused promotion, given new
/// peer URLs and removed; then the errors the client and the server give.
/// `{L}` is the learner's ID, `{SELF}` the member's own, `{PEER}` its peer
/// URL.
pub const MEMBER_STEPS: &[&str] = &[
    "member list",
    "member list -w json",
    "member add n2 --peer-urls=http://127.0.0.1:1 --learner",
    "member list",
    "member list -w json",
    "member add n3 --peer-urls=http://127.0.0.1:2 --learner",
    "member add n3 --peer-urls={PEER}",
    "member promote {L}",
    "member promote {SELF}",
    "member update {L} --peer-urls={PEER}",
    // Not -w json: etcd 3.4 then lists the learner as a voter (its bug).
    "member update {L} --peer-urls=http://127.0.0.1:3",
    "member remove {L}",
    "member remove {L}",
    "member promote {L} -w json",
    "member add n4 --peer-urls=http://127.0.0.1:4 --learner -w fields",
    "member update ffff --peer-urls=http://127.0.0.1:5",
    "member add",
    "member add x",
    "member add x y --peer-urls=http://127.0.0.1:6",
    "member add x --peer-urls=bad",
    "member add x --peer-urls=http://nohost",
    "member remove",
    "member remove zz",
    "member update 1",
    "member promote",
    "endpoint health --cluster",
];

/// Runs `MEMBER_STEPS` with `program` against `server`. A learner's ID
/// (random) reads `LEARNER` and the server's peer URL `PEER`; other IDs
/// are left for the caller to mask.
pub async fn member_transcripts(program: &Path, server: &Server) -> Vec<String> {
    let mut client = server.client().await;
    let own = client
        .status()
        .await
        .expect("status")
        .header()
        .expect("header")
        .member_id();
    let mut learner = String::new();
    let mut out = Vec::new();
    for step in MEMBER_STEPS {
        let args = step
            .replace("{L}", &learner)
            .replace("{SELF}", &format!("{own:x}"))
            .replace("{PEER}", &server.peer_url());
        let mut text = transcript(program, "etcdctl", &server.endpoint, &args, "");
        let members = client.member_list().await.expect("member list");
        if let Some(l) = members.members().iter().find(|m| m.is_learner()) {
            learner = format!("{:x}", l.id());
        }
        if !learner.is_empty() {
            let id = u64::from_str_radix(&learner, 16).unwrap_or(0);
            text = text
                .replace(&learner, "LEARNER")
                .replace(&id.to_string(), "LEARNER");
        }
        out.push(text.replace(&server.peer_url(), "PEER"));
    }
    out
}

/// Members are listed in ID order, and a learner's ID is random; so that
/// two servers compare, members' order (lines, `ETCD_INITIAL_CLUSTER`
/// entries, JSON `members` items) and the padding of `%16x` IDs are
/// normalised. Nothing else is touched. Apply after masking IDs.
pub fn without_id_order(transcript: &str) -> String {
    let text = replace_all(transcript, &[("(Member|cluster) +", "$1 ")]);
    let text = regex::Regex::new(r#"ETCD_INITIAL_CLUSTER="([^"]*)""#)
        .unwrap()
        .replace_all(&text, |c: &regex::Captures| {
            let mut parts: Vec<&str> = c[1].split(',').collect();
            parts.sort_unstable();
            format!("ETCD_INITIAL_CLUSTER=\"{}\"", parts.join(","))
        })
        .into_owned();
    let text = regex::Regex::new(r#""members":\[(.*)\]\}"#)
        .unwrap()
        .replace_all(&text, |c: &regex::Captures| {
            let inner = c[1].trim_start_matches('{').trim_end_matches('}');
            let mut items: Vec<&str> = inner.split("},{").collect();
            items.sort_unstable();
            format!("\"members\":[{{{}}}]}}", items.join("},{"))
        })
        .into_owned();
    let mut lines: Vec<&str> = text.lines().collect();
    if lines.len() > 2 {
        let last = lines.len() - 1;
        lines[1..last].sort_unstable();
    }
    lines.join("\n")
}
