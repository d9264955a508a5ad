//! etcdctl v2's key commands: `set`, `get`, `ls`, `mk`, `mkdir`, `setdir`,
//! `update`, `updatedir`, `rm` and `rmdir`. As in etcdctl, each connects
//! (and syncs with the cluster) before it looks at its arguments, so an
//! unreachable cluster is reported before a missing key.

use std::io::Read as _;

use super::api::{self, DeleteOptions, PrevExist, SetOptions};
use super::args::Parsed;
use super::error::V2Error;
use super::global::Globals;
use super::output::{print_ls, print_response_key};
use super::{bad_args, exit, handle_error, Exit};

/// A request that failed: `Error:  ...`, exit 4.
pub fn failed(e: V2Error) -> Exit {
    handle_error(exit::SERVER_ERROR, &e)
}

/// The first argument.
pub fn key_arg(a: &Parsed) -> Result<&str, Exit> {
    a.arg(0).ok_or_else(|| bad_args("key required"))
}

/// etcdctl's `argOrStdin`: the second argument, else all of stdin (which
/// must not be empty).
fn value_arg(a: &Parsed) -> Result<String, Exit> {
    if let Some(value) = a.arg(1) {
        return Ok(value.to_string());
    }
    let mut read = Vec::new();
    match std::io::stdin().read_to_end(&mut read) {
        Ok(_) if !read.is_empty() => Ok(String::from_utf8_lossy(&read).into_owned()),
        _ => Err(bad_args("value required")),
    }
}

/// `set KEY VALUE [--ttl N] [--swap-with-value V] [--swap-with-index I]`.
pub async fn set(g: &Globals, a: &Parsed) -> Result<(), Exit> {
    let mut cluster = g.connect().await?;
    let key = key_arg(a)?;
    let value = value_arg(a)?;
    let o = SetOptions {
        ttl: a.int("ttl"),
        prev_value: a.text("swap-with-value"),
        // Go converts the flag's int to an index as it is, negative or not.
        prev_index: a.int("swap-with-index") as u64,
        ..Default::default()
    };
    let action = api::set_action(key, &value, &o);
    let r = api::keys(&mut cluster, &action, g.deadline())
        .await
        .map_err(failed)?;
    print_response_key(&r, &g.output);
    Ok(())
}

/// `get KEY [--sort] [--quorum]`: a key's value; a directory is an error.
pub async fn get(g: &Globals, a: &Parsed) -> Result<(), Exit> {
    let mut cluster = g.connect().await?;
    let key = key_arg(a)?;
    let action = api::get_action(key, false, a.bool("sort"), a.bool("quorum"));
    let r = api::keys(&mut cluster, &action, g.deadline())
        .await
        .map_err(failed)?;
    if r.node().dir {
        let text = format!("{}: is a directory", r.node().key);
        return Err(Exit::line(exit::BAD_ARGS, text));
    }
    print_response_key(&r, &g.output);
    Ok(())
}

/// `ls [KEY] [--sort] [--recursive] [-p] [--quorum]`: a directory's keys
/// (of `/` by default).
pub async fn ls(g: &Globals, a: &Parsed) -> Result<(), Exit> {
    let mut cluster = g.connect().await?;
    let key = a.arg(0).unwrap_or("/");
    let action = api::get_action(key, a.bool("recursive"), a.bool("sort"), a.bool("quorum"));
    let r = api::keys(&mut cluster, &action, g.deadline())
        .await
        .map_err(failed)?;
    print_ls(&r, &g.output, a.bool("p"));
    Ok(())
}

/// `mk KEY VALUE [--ttl N] [--in-order]`: a key that must not exist yet,
/// or (`--in-order`) a new key under the directory KEY.
pub async fn mk(g: &Globals, a: &Parsed) -> Result<(), Exit> {
    let mut cluster = g.connect().await?;
    let key = key_arg(a)?;
    let value = value_arg(a)?;
    let ttl = a.int("ttl");
    let action = if a.bool("in-order") {
        api::create_in_order_action(key, &value, ttl)
    } else {
        let o = SetOptions {
            ttl,
            prev_exist: PrevExist::NoExist,
            ..Default::default()
        };
        api::set_action(key, &value, &o)
    };
    let r = api::keys(&mut cluster, &action, g.deadline())
        .await
        .map_err(failed)?;
    print_response_key(&r, &g.output);
    Ok(())
}

/// `update KEY VALUE [--ttl N]`: a key that must exist.
pub async fn update(g: &Globals, a: &Parsed) -> Result<(), Exit> {
    let mut cluster = g.connect().await?;
    let key = key_arg(a)?;
    let value = value_arg(a)?;
    let o = SetOptions {
        ttl: a.int("ttl"),
        prev_exist: PrevExist::Exist,
        ..Default::default()
    };
    let action = api::set_action(key, &value, &o);
    let r = api::keys(&mut cluster, &action, g.deadline())
        .await
        .map_err(failed)?;
    print_response_key(&r, &g.output);
    Ok(())
}

/// `mkdir` (the directory must not exist), `updatedir` (it must) and
/// `setdir` (either way) `KEY [--ttl N]`: silent in `simple` output.
pub async fn mkdir(g: &Globals, a: &Parsed, prev_exist: PrevExist) -> Result<(), Exit> {
    let mut cluster = g.connect().await?;
    let key = key_arg(a)?;
    let o = SetOptions {
        ttl: a.int("ttl"),
        dir: true,
        prev_exist,
        ..Default::default()
    };
    let action = api::set_action(key, "", &o);
    let r = api::keys(&mut cluster, &action, g.deadline())
        .await
        .map_err(failed)?;
    if g.output != "simple" {
        print_response_key(&r, &g.output);
    }
    Ok(())
}

/// `rm KEY [--dir] [--recursive] [--with-value V] [--with-index I]`.
pub async fn rm(g: &Globals, a: &Parsed) -> Result<(), Exit> {
    let mut cluster = g.connect().await?;
    let key = key_arg(a)?;
    let o = DeleteOptions {
        prev_value: a.text("with-value"),
        prev_index: a.int("with-index") as u64,
        dir: a.bool("dir"),
        recursive: a.bool("recursive"),
    };
    delete(g, &mut cluster, key, &o).await
}

/// `rmdir KEY`: an empty directory (or a key).
pub async fn rmdir(g: &Globals, a: &Parsed) -> Result<(), Exit> {
    let mut cluster = g.connect().await?;
    let key = key_arg(a)?;
    let o = DeleteOptions {
        dir: true,
        ..Default::default()
    };
    delete(g, &mut cluster, key, &o).await
}

/// A delete; a removed directory prints nothing in `simple` output.
async fn delete(
    g: &Globals,
    cluster: &mut super::cluster::Cluster,
    key: &str,
    o: &DeleteOptions,
) -> Result<(), Exit> {
    let action = api::delete_action(key, o);
    let r = api::keys(cluster, &action, g.deadline())
        .await
        .map_err(failed)?;
    if !r.node().dir || g.output != "simple" {
        print_response_key(&r, &g.output);
    }
    Ok(())
}
