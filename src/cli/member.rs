//! `member list|add|remove|update|promote`, as etcdctl: same arguments,
//! same checks, same output.

use clap::{Args, Subcommand};

use super::{emit, CliError, GlobalArgs};
use crate::proto::etcdserverpb::{
    MemberAddRequest, MemberListRequest, MemberPromoteRequest, MemberRemoveRequest,
    MemberUpdateRequest,
};

/// `member` subcommands.
#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// Lists all members in the cluster.
    List,
    /// Adds a member into the cluster.
    Add(AddArgs),
    /// Removes a member from the cluster.
    Remove(IdArgs),
    /// Updates a member in the cluster.
    Update(UpdateArgs),
    /// Promotes a non-voting member in the cluster.
    Promote(IdArgs),
}

/// Flags of `member add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// <memberName>
    pub args: Vec<String>,
    /// Comma separated peer URLs for the new member.
    #[arg(long, default_value = "")]
    pub peer_urls: String,
    /// Indicates if the new member is raft learner.
    #[arg(long)]
    pub learner: bool,
}

/// Flags of `member update`.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// <memberID>
    pub args: Vec<String>,
    /// Comma separated peer URLs for the updated member.
    #[arg(long, default_value = "")]
    pub peer_urls: String,
}

/// The argument of `member remove` and `member promote`.
#[derive(Debug, Args)]
pub struct IdArgs {
    /// <memberID>
    pub args: Vec<String>,
}

/// Runs a `member` subcommand.
pub async fn member(g: &GlobalArgs, c: MemberCommand) -> Result<(), CliError> {
    match c {
        MemberCommand::List => list(g).await,
        MemberCommand::Add(a) => add(g, a).await,
        MemberCommand::Remove(a) => remove(g, a).await,
        MemberCommand::Update(a) => update(g, a).await,
        MemberCommand::Promote(a) => promote(g, a).await,
    }
}

async fn list(g: &GlobalArgs) -> Result<(), CliError> {
    let client = g.connect().await?;
    let resp = client
        .call_read(|| {
            let mut cluster = client.cluster();
            let r = client.request(MemberListRequest::default());
            async move { cluster.member_list(r).await }
        })
        .await?;
    emit(&g.printer().member_list(&resp)?)
}

async fn add(g: &GlobalArgs, a: AddArgs) -> Result<(), CliError> {
    let name = match a.args.as_slice() {
        [] => return Err(CliError::bad_args("member name not provided")),
        [name] => name.clone(),
        _ => return Err(CliError::bad_args("too many arguments")),
    };
    if a.peer_urls.is_empty() {
        return Err(CliError::bad_args("member peer urls not provided"));
    }
    let urls = parse_urls(&a.peer_urls)?;
    let client = g.connect().await?;
    let req = MemberAddRequest {
        peer_ur_ls: urls,
        is_learner: a.learner,
    };
    let resp = client
        .call(client.cluster().member_add(client.request(req)))
        .await?;
    emit(&g.printer().member_add(&name, &resp)?)
}

async fn remove(g: &GlobalArgs, a: IdArgs) -> Result<(), CliError> {
    let id = member_id(&a.args)?;
    let client = g.connect().await?;
    let resp = client
        .call(
            client
                .cluster()
                .member_remove(client.request(MemberRemoveRequest { id })),
        )
        .await?;
    let out = g
        .printer()
        .member_changed("removed from", id, &resp, &resp.header, &resp.members)?;
    emit(&out)
}

async fn update(g: &GlobalArgs, a: UpdateArgs) -> Result<(), CliError> {
    let id = member_id(&a.args)?;
    if a.peer_urls.is_empty() {
        return Err(CliError::bad_args("member peer urls not provided"));
    }
    let urls: Vec<String> = a.peer_urls.split(',').map(str::to_string).collect();
    let client = g.connect().await?;
    let req = MemberUpdateRequest {
        id,
        peer_ur_ls: urls,
    };
    let resp = client
        .call(client.cluster().member_update(client.request(req)))
        .await?;
    let out = g
        .printer()
        .member_changed("updated in", id, &resp, &resp.header, &resp.members)?;
    emit(&out)
}

async fn promote(g: &GlobalArgs, a: IdArgs) -> Result<(), CliError> {
    let id = member_id(&a.args)?;
    let client = g.connect().await?;
    let resp = client
        .call(
            client
                .cluster()
                .member_promote(client.request(MemberPromoteRequest { id })),
        )
        .await?;
    let out = g
        .printer()
        .member_changed("promoted in", id, &resp, &resp.header, &resp.members)?;
    emit(&out)
}

/// The one hex member ID argument, checked as etcdctl checks it.
fn member_id(args: &[String]) -> Result<u64, CliError> {
    let [arg] = args else {
        return Err(CliError::bad_args("member ID is not provided"));
    };
    u64::from_str_radix(arg, 16).map_err(|e| {
        CliError::bad_args(format!(
            "bad member ID arg (strconv.ParseUint: parsing {}: {}), expecting ID in Hex",
            super::output::gofmt::quote(arg.as_bytes()),
            super::kv::go_parse_error(&e)
        ))
    })
}

/// Peer URLs, checked as etcdctl checks them before asking the server.
fn parse_urls(list: &str) -> Result<Vec<String>, CliError> {
    let mut urls = Vec::new();
    for url in list.split(',') {
        let Some((scheme, rest)) = url.split_once("://") else {
            return Err(CliError::new(
                super::exit::ERROR,
                format!("URL scheme must be http, https, unix, or unixs: {url}"),
            ));
        };
        if !matches!(scheme, "http" | "https" | "unix" | "unixs") {
            return Err(CliError::new(
                super::exit::ERROR,
                format!("URL scheme must be http, https, unix, or unixs: {url}"),
            ));
        }
        let hostport = rest.split('/').next().unwrap_or("");
        let has_port = hostport
            .rsplit_once(':')
            .is_some_and(|(h, p)| !h.is_empty() && !p.is_empty());
        if !has_port {
            return Err(CliError::new(
                super::exit::ERROR,
                format!("URL address does not have the form \"host:port\": {url}"),
            ));
        }
        urls.push(url.to_string());
    }
    urls.sort();
    Ok(urls)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_ids_are_hex_and_errors_are_etcdctls() {
        assert_eq!(
            member_id(&["8e9e05c52164694d".into()]).unwrap(),
            0x8e9e05c52164694d
        );
        let e = member_id(&["zz".into()]).unwrap_err();
        assert_eq!(
            e.message,
            "bad member ID arg (strconv.ParseUint: parsing \"zz\": invalid syntax), expecting ID in Hex"
        );
        assert_eq!(
            member_id(&[]).unwrap_err().message,
            "member ID is not provided"
        );
    }

    #[test]
    fn peer_urls_need_a_scheme_and_a_port() {
        assert!(parse_urls("http://127.0.0.1:2380").is_ok());
        assert_eq!(
            parse_urls("bad").unwrap_err().message,
            "URL scheme must be http, https, unix, or unixs: bad"
        );
        assert_eq!(
            parse_urls("http://a").unwrap_err().message,
            "URL address does not have the form \"host:port\": http://a"
        );
    }
}
