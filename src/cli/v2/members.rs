//! etcdctl v2's `member list|add|remove|update` (over `/v2/members`) and
//! `cluster-health` (each member's `/health`), with etcdctl's lines and
//! its messages, which these commands print themselves rather than as
//! `Error:  ...`.

use std::time::Duration;

use super::api::{self, Member};
use super::args::{self, Parsed};
use super::global::Globals;
use super::help::{self, CommandHelp};
use super::keys::failed;
use super::output::out;
use super::{command_line, exit, no_help_topic, Exit};

/// How long `cluster-health --forever` waits between checks.
const HEALTH_INTERVAL: Duration = Duration::from_secs(10);

const fn subcommand(
    help_name: &'static str,
    usage: &'static str,
    args_usage: &'static str,
) -> CommandHelp {
    CommandHelp {
        help_name,
        usage,
        args_usage,
        description: "",
        flags: &[],
    }
}

const LIST: CommandHelp = subcommand(
    "etcdctl member list",
    "enumerate existing cluster members",
    " ",
);
const ADD: CommandHelp = subcommand(
    "etcdctl member add",
    "add a new member to the etcd cluster",
    "<name> <peerURL>",
);
const REMOVE: CommandHelp = subcommand(
    "etcdctl member remove",
    "remove an existing member from the etcd cluster",
    "<memberID>",
);
const UPDATE: CommandHelp = subcommand(
    "etcdctl member update",
    "update an existing member in the etcd cluster",
    "<memberID> <peerURLs>",
);

fn subcommand_help(name: &str) -> Option<&'static CommandHelp> {
    match name {
        "list" => Some(&LIST),
        "add" => Some(&ADD),
        "remove" => Some(&REMOVE),
        "update" => Some(&UPDATE),
        _ => None,
    }
}

/// `member ...`: a program of its own to urfave, with `-h` and `help`.
pub async fn group(g: &Globals, args: &[String]) -> Result<(), Exit> {
    let (mut parsed, failed_parse) = args::parse(&[args::HELP], args);
    if let Err(why) = args::normalize(&[args::HELP], &mut parsed) {
        out(&format!("{why}\n{}", help::MEMBER));
        return Err(Exit::line(exit::BAD_ARGS, why));
    }
    if let Some(why) = failed_parse {
        out(&format!("Incorrect Usage. {why}\n\n{}", help::MEMBER));
        return Err(Exit::line(exit::BAD_ARGS, why));
    }
    let Some((name, rest)) = parsed.args.split_first().filter(|_| !parsed.bool("help")) else {
        out(help::MEMBER);
        return Ok(());
    };
    if name == "help" || name == "h" {
        return help_topic(rest.first().map(String::as_str));
    }
    let Some(help) = subcommand_help(name) else {
        return Err(no_help_topic(name));
    };
    let Some(a) = command_line(help, rest)? else {
        return Ok(());
    };
    match name.as_str() {
        "list" => list(g, &a).await,
        "add" => add(g, &a).await,
        "remove" => remove(g, &a).await,
        _ => update(g, &a).await,
    }
}

/// `member help [SUBCOMMAND]`.
fn help_topic(topic: Option<&str>) -> Result<(), Exit> {
    match topic {
        None => out(&help::member_app()),
        Some(name) => match subcommand_help(name) {
            Some(help) => out(&help::command(help)),
            None => return Err(no_help_topic(name)),
        },
    }
    Ok(())
}

/// A member command's own failure: the text and a newline, exit 1.
fn refused(text: impl std::fmt::Display) -> Exit {
    Exit::line(exit::BAD_ARGS, text)
}

/// `member list`: one line per member, the leader marked.
async fn list(g: &Globals, a: &Parsed) -> Result<(), Exit> {
    if !a.args.is_empty() {
        return Err(refused("No arguments accepted"));
    }
    let mut cluster = g.connect().await?;
    let deadline = g.deadline();
    let members = api::list_members(&mut cluster, deadline)
        .await
        .map_err(refused)?;
    let leader = api::leader(&mut cluster, deadline)
        .await
        .map_err(|e| refused(format!("Failed to get leader:  {e}")))?;
    let lines: String = members.iter().map(|m| member_line(m, &leader.id)).collect();
    out(&lines);
    Ok(())
}

/// `ID: name=... peerURLs=... clientURLs=... isLeader=...`, or
/// `ID[unstarted]: peerURLs=...`.
fn member_line(m: &Member, leader: &str) -> String {
    let peers = m.peer_urls.join(",");
    if m.name.is_empty() {
        return format!("{}[unstarted]: peerURLs={peers}\n", m.id);
    }
    format!(
        "{}: name={} peerURLs={peers} clientURLs={} isLeader={}\n",
        m.id,
        m.name,
        m.client_urls.join(","),
        m.id == leader
    )
}

/// `member add NAME PEER_URL`: the new member and the settings to start it
/// with.
async fn add(g: &Globals, a: &Parsed) -> Result<(), Exit> {
    let [name, url] = a.args.as_slice() else {
        return Err(refused("Provide a name and a single member peerURL"));
    };
    let mut cluster = g.connect().await?;
    let deadline = g.deadline();
    let peer_urls = api::peer_urls(&[url.as_str()]).map_err(refused)?;
    let added = api::add_member(&mut cluster, &peer_urls, deadline)
        .await
        .map_err(refused)?;
    out(&format!(
        "Added member named {name} with ID {} to cluster\n",
        added.id
    ));
    let members = api::list_members(&mut cluster, deadline)
        .await
        .map_err(refused)?;
    let mut initial = Vec::new();
    for m in &members {
        let member_name = if m.id == added.id { name } else { &m.name };
        for u in &m.peer_urls {
            initial.push(format!("{member_name}={u}"));
        }
    }
    let quote = |s: &str| crate::gofmt::quote(s.as_bytes());
    out(&format!(
        "\nETCD_NAME={}\nETCD_INITIAL_CLUSTER={}\nETCD_INITIAL_CLUSTER_STATE=\"existing\"\n",
        quote(name.as_str()),
        quote(initial.join(",").as_str())
    ));
    Ok(())
}

/// `member remove ID`, after checking the ID is a member's (and pointing
/// out a member named so).
async fn remove(g: &Globals, a: &Parsed) -> Result<(), Exit> {
    let [id] = a.args.as_slice() else {
        return Err(refused("Provide a single member ID"));
    };
    let mut cluster = g.connect().await?;
    let deadline = g.deadline();
    let members = api::list_members(&mut cluster, deadline)
        .await
        .map_err(|e| {
            refused(format!(
                "Error while verifying ID against known members: {e}"
            ))
        })?;
    let mut notes = String::new();
    for m in members.iter().filter(|m| m.name == *id) {
        notes.push_str(&format!(
            "Found a member named {}; if this is correct, please use its ID, eg:\n\tetcdctl member remove {}\n",
            m.name, m.id
        ));
        notes.push_str("For more details, read the documentation at https://github.com/etcd-io/etcd/blob/master/Documentation/runtime-configuration.md#remove-a-member\n\n");
    }
    eprint!("{notes}");
    if !members.iter().any(|m| m.id == *id) {
        let text = format!("Couldn't find a member in the cluster with an ID of {id}.");
        return Err(refused(text));
    }
    if let Err(e) = api::remove_member(&mut cluster, id, deadline).await {
        // etcdctl ends this one without a newline.
        return Err(Exit {
            code: exit::BAD_ARGS,
            stderr: format!("Received an error trying to remove member {id}: {e}"),
        });
    }
    out(&format!("Removed member {id} from cluster\n"));
    Ok(())
}

/// `member update ID PEER_URLS` (comma-separated).
async fn update(g: &Globals, a: &Parsed) -> Result<(), Exit> {
    let [id, urls] = a.args.as_slice() else {
        return Err(refused(
            "Provide an ID and a list of comma separated peerURL (0xabcd http://example.com,http://example1.com)",
        ));
    };
    let mut cluster = g.connect().await?;
    let texts: Vec<&str> = urls.split(',').collect();
    let peer_urls = api::peer_urls(&texts).map_err(refused)?;
    api::update_member(&mut cluster, id, &peer_urls, g.deadline())
        .await
        .map_err(refused)?;
    out(&format!("Updated member with ID {id} in cluster\n"));
    Ok(())
}

/// `cluster-health [--forever]`: each member's `/health`, then the
/// cluster's: healthy (all), degraded (some) or unavailable (none); exit 5
/// unless all are healthy.
pub async fn cluster_health(g: &Globals, a: &Parsed) -> Result<(), Exit> {
    let mut cluster = g.connect_without_sync().await?;
    let members = match api::list_members(&mut cluster, None).await {
        Ok(members) => members,
        Err(e) => {
            out("cluster may be unhealthy: failed to list members\n");
            return Err(failed(e));
        }
    };
    let forever = a.bool("forever");
    let check = async {
        loop {
            let mut healthy = 0;
            for m in &members {
                if member_health(&cluster, m).await {
                    healthy += 1;
                }
            }
            out(match healthy {
                h if h == members.len() => "cluster is healthy\n",
                0 => "cluster is unavailable\n",
                _ => "cluster is degraded\n",
            });
            if !forever {
                return healthy == members.len();
            }
            out("\nnext check after 10 second...\n\n");
            tokio::time::sleep(HEALTH_INTERVAL).await;
        }
    };
    let all_healthy = tokio::select! {
        all = check => all,
        // etcdctl exits 0 on Ctrl-C.
        _ = tokio::signal::ctrl_c() => true,
    };
    if all_healthy {
        Ok(())
    } else {
        Err(Exit {
            code: exit::CLUSTER_NOT_HEALTHY,
            stderr: String::new(),
        })
    }
}

/// Checks one member at its client URLs, the first that answers; prints
/// what it found. Whether it is healthy.
async fn member_health(cluster: &super::cluster::Cluster, m: &Member) -> bool {
    let id = &m.id;
    if m.client_urls.is_empty() {
        out(&format!(
            "member {id} is unreachable: no available published client urls\n"
        ));
        return false;
    }
    for url in &m.client_urls {
        let target = format!("{url}/health");
        let answer = match cluster.http().get(&target).await {
            Ok(answer) => answer,
            Err(e) => {
                let quoted = crate::gofmt::quote(target.as_bytes());
                out(&format!(
                    "failed to check the health of member {id} on {url}: Get {quoted}: {e}\n"
                ));
                continue;
            }
        };
        match healthy(&answer.body) {
            Ok(true) => {
                out(&format!(
                    "member {id} is healthy: got healthy result from {url}\n"
                ));
                return true;
            }
            Ok(false) => {
                out(&format!(
                    "member {id} is unhealthy: got unhealthy result from {url}\n"
                ));
                return false;
            }
            Err(why) => out(&format!(
                "failed to check the health of member {id} on {url}: {why}\n"
            )),
        }
    }
    out(&format!(
        "member {id} is unreachable: [{}] are all unreachable\n",
        m.client_urls.join(" ")
    ));
    false
}

/// Go's reading of `/health`: `{"health":"true"}` (or `true`); any other
/// value, or none, is unhealthy; a body that is not a JSON object fails.
fn healthy(body: &[u8]) -> Result<bool, String> {
    let value: serde_json::Value = serde_json::from_slice(body).map_err(|e| e.to_string())?;
    let serde_json::Value::Object(fields) = value else {
        return Err("json: cannot unmarshal into Go value of type struct { Health bool }".into());
    };
    // Go matches field names without regard to case.
    let health = fields
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("health"))
        .map(|(_, v)| v);
    match health {
        None | Some(serde_json::Value::Null) => Ok(false),
        Some(serde_json::Value::String(s)) => Ok(s == "true"),
        Some(serde_json::Value::Bool(b)) => Ok(*b),
        Some(_) => Err("json: cannot unmarshal into Go struct field .Health of type bool".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_listed_as_etcdctl_lists_them() {
        let m = Member {
            id: "bdae9bbc11dd390d".into(),
            name: "default".into(),
            peer_urls: vec!["http://127.0.0.1:23801".into()],
            client_urls: vec!["http://127.0.0.1:23791".into()],
        };
        assert_eq!(
            member_line(&m, "bdae9bbc11dd390d"),
            "bdae9bbc11dd390d: name=default peerURLs=http://127.0.0.1:23801 clientURLs=http://127.0.0.1:23791 isLeader=true\n"
        );
        let unstarted = Member {
            name: String::new(),
            client_urls: Vec::new(),
            ..m
        };
        assert_eq!(
            member_line(&unstarted, "x"),
            "bdae9bbc11dd390d[unstarted]: peerURLs=http://127.0.0.1:23801\n"
        );
    }

    #[test]
    fn health_reads_as_etcdctl_reads_it() {
        assert_eq!(healthy(br#"{"health":"true"}"#), Ok(true));
        assert_eq!(healthy(br#"{"health":true}"#), Ok(true));
        assert_eq!(healthy(br#"{"health":"false","reason":"x"}"#), Ok(false));
        assert_eq!(healthy(b"{}"), Ok(false));
        assert!(healthy(b"nope").is_err());
    }
}
