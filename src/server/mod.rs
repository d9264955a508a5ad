//! The member: opens the data directory, starts Raft and the state machine,
//! and serves etcd's gRPC services on the client URLs.

mod auth;
mod autocompact;
mod client_port;
mod cluster;
mod config;
mod corrupt;
mod ctx;
mod duties;
mod grpc_metrics;
mod grpc_status;
mod h2_authority;
mod http;
mod join;
mod kv;
mod lease;
mod lease_expiry;
mod listen;
mod lock;
mod maintenance;
mod peer;
mod reconfig;
mod serving;
mod status;
mod tls_setup;
mod validate;
mod watch;

use std::net::SocketAddr;
use std::time::Duration;

use thiserror::Error;

use crate::apply::{Applier, Compactor};
use crate::error::{Error, Result};
use crate::lease::Lessor;
use crate::raft::RaftConfig;
use crate::store::{meta, Store, StoreError};
use crate::watch::WatchHub;

pub use autocompact::AutoCompaction;
pub use config::{new_cluster, ConfigError, ServerConfig};
pub use ctx::Limits;
use ctx::{credentials, Ctx};
use duties::{publish, recover_space};
pub use h2_authority::rewrite_connection;
pub use maintenance::ETCD_API_VERSION;
pub use peer::admit as admit_peer_message;
use serving::{bind, futures_first, serve_clients, serve_metrics, serve_peers};
use tls_setup::Tls;
pub use validate::request as validate_request;

/// Why a member could not start or stopped.
#[derive(Debug, Error)]
pub enum ServeError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("TLS: {0}")]
    Tls(#[from] crate::tls::TlsError),
    #[error("{0}")]
    Auth(crate::auth::TokenConfigError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot listen on {url}: {source}")]
    Listen { url: String, source: std::io::Error },
    #[error("{0}")]
    Member(#[from] Error),
    #[error("this member has been removed from the cluster; its data directory must not be used again (remove it, then `kvd member add` and start with --initial-cluster-state existing to rejoin)")]
    Removed,
    #[error("{member:x} found data inconsistency with peers ({peers}): refusing to serve. Find the member whose data is wrong (`kvd endpoint hashkv --cluster`) and rebuild it from the others")]
    Inconsistent { member: u64, peers: String },
    #[error("serving {url}: {source}")]
    Transport {
        url: String,
        source: tonic::transport::Error,
    },
}

/// A running member.
pub struct Member {
    /// This member's ID.
    pub member_id: u64,
    /// The cluster's ID.
    pub cluster_id: u64,
    /// The addresses clients can reach, as bound.
    pub client_addrs: Vec<SocketAddr>,
    raft_thread: std::thread::JoinHandle<Result<()>>,
    servers: Vec<tokio::task::JoinHandle<std::result::Result<(), ServeError>>>,
}

impl Member {
    /// Starts a member as `config` says and returns once it listens.
    pub async fn start(config: ServerConfig) -> std::result::Result<Member, ServeError> {
        // Check everything the flags say before touching the data directory.
        let mut bootstrap = config.bootstrap()?;
        let client_addrs_wanted = config
            .listen_client_urls
            .iter()
            .map(|url| config::socket_addr(url).map(|a| (url.clone(), a)))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let peer_addrs_wanted = config
            .listen_peer_urls
            .iter()
            .map(|url| config::socket_addr(url).map(|a| (url.clone(), a)))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        // Listen first: a member that cannot (a port in use) must fail
        // before it creates or touches its data directory.
        let mut peer_listeners = Vec::new();
        for (url, addr) in &peer_addrs_wanted {
            peer_listeners.push((url.clone(), bind(url, *addr).await?));
        }
        let mut client_listeners = Vec::new();
        for (url, addr) in &client_addrs_wanted {
            client_listeners.push((url.clone(), bind(url, *addr).await?));
        }
        let mut metrics_listeners = Vec::new();
        for url in &config.listen_metrics_urls {
            let addr = config::socket_addr(url)?;
            metrics_listeners.push((url.clone(), bind(url, addr).await?));
        }
        let tls = Tls::of(&config)?;
        if config.joins() && Store::is_new(&config.data_dir) {
            bootstrap = join::bootstrap(&config, tls.peer_dial.as_ref()).await?;
        }
        let (store, opened) = Store::open(&config.data_dir, &bootstrap)?;
        let (member_id, cluster_id) = {
            let txn = store.read().map_err(Error::from)?;
            (
                meta::member_id(txn.view()).map_err(Error::from)?,
                meta::cluster_id(txn.view()).map_err(Error::from)?,
            )
        };
        tracing::info!(
            data_dir = %config.data_dir.display(),
            member = format!("{member_id:x}"),
            cluster = format!("{cluster_id:x}"),
            "{} data directory",
            if opened == crate::store::Opened::Created { "created" } else { "opened" }
        );
        if config.force_new_cluster {
            let removed = store.force_new_cluster(member_id).map_err(Error::from)?;
            if !removed.is_empty() {
                let removed: Vec<String> = removed.iter().map(|id| format!("{id:x}")).collect();
                tracing::warn!(
                    "--force-new-cluster: this member becomes the only one; removing {}",
                    removed.join(", ")
                );
            }
        }
        let auth =
            std::sync::Arc::new(crate::auth::Auth::new(&config.auth).map_err(ServeError::Auth)?);
        let compactor = Compactor::start(store.clone())?;
        let lessor = Lessor::load(
            &store,
            crate::raft::TICK * crate::raft::ELECTION_TICKS as u32,
        )?;
        let hub = WatchHub::new(
            store
                .read()
                .and_then(|t| t.view().current_rev())
                .map_err(Error::from)?,
        );
        let applier = Applier::new(
            store.clone(),
            compactor.clone(),
            lessor.clone(),
            hub.clone(),
            auth.clone(),
        );
        let (raft, raft_thread) = crate::raft::start(
            store.clone(),
            applier,
            RaftConfig {
                member_id,
                max_request_bytes: config.limits.max_request_bytes,
                snapshot_count: config.snapshot_count,
                peer_tls: tls.peer_dial.clone(),
            },
        )?;
        let ctx = Ctx {
            raft,
            store,
            cluster_id,
            member_id,
            limits: config.limits,
            compaction_done: compactor.done(),
            lessor: lessor.clone(),
            hub,
            progress_every: config.watch_progress_notify_interval,
            strict_reconfig_check: config.strict_reconfig_check,
            client_dial_tls: tls.client_dial.clone(),
            auth,
        };
        tokio::spawn(lease_expiry::run(
            lessor,
            ctx.raft.clone(),
            ctx.store.clone(),
            member_id,
        ));
        let mut client_addrs = Vec::new();
        let mut servers = Vec::new();
        for (url, listener) in peer_listeners {
            let accept = tls
                .peer_accept
                .clone()
                .filter(|_| url.starts_with("https://"));
            servers.push(tokio::spawn(serve_peers(
                ctx.raft.clone(),
                ctx.store.clone(),
                listen::accepted(listener, accept),
                url,
                config.limits.max_request_bytes,
            )));
        }
        if config.initial_corrupt_check {
            corrupt::check_initial(&ctx, tls.peer_dial.as_ref()).await?;
        }
        for (url, listener) in client_listeners {
            let bound = listener.local_addr().map_err(|source| ServeError::Listen {
                url: url.clone(),
                source,
            })?;
            client_addrs.push(bound);
            servers.push(tokio::spawn(serve_clients(
                ctx.clone(),
                listen::accepted(listener, tls.client_accept_for(&url)),
                config.metrics_extensive,
                config.enable_v2,
                config.ui,
            )));
            tracing::info!("serving client requests on {bound}");
        }
        for (url, listener) in metrics_listeners {
            servers.push(tokio::spawn(serve_metrics(
                ctx.clone(),
                listen::accepted(listener, tls.client_accept_for(&url)),
                config.metrics_extensive,
                config.ui,
            )));
            tracing::info!("serving /metrics and /health on {url}");
        }
        tokio::spawn(recover_space(ctx.store.clone()));
        tokio::spawn(autocompact::run(ctx.clone(), config.auto_compaction));
        if let Some(every) = config.corrupt_check_every {
            tokio::spawn(corrupt::run(ctx.clone(), every, tls.peer_dial.clone()));
        }
        tokio::spawn(publish(
            ctx.clone(),
            config.name.clone(),
            config.advertise_client_urls.clone(),
        ));
        Ok(Member {
            member_id,
            cluster_id,
            client_addrs,
            raft_thread,
            servers,
        })
    }

    /// Runs until a listener or the Raft driver fails.
    pub async fn wait(self) -> std::result::Result<(), ServeError> {
        let raft = tokio::task::spawn_blocking(move || self.raft_thread.join());
        let servers = futures_first(self.servers);
        tokio::select! {
            r = raft => match r {
                Ok(Ok(Ok(()))) => Ok(()),
                Ok(Ok(Err(Error::Removed))) => {
                    // Let the answer to the removal reach its client.
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    Err(ServeError::Removed)
                }
                Ok(Ok(Err(e))) => Err(ServeError::Member(e)),
                _ => Err(ServeError::Member(Error::Internal("raft driver panicked".into()))),
            },
            r = servers => r,
        }
    }
}
