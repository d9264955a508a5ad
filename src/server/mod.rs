//! The member: opens the data directory, starts Raft and the state machine,
//! and serves etcd's gRPC services on the client URLs.

mod auth;
mod autocompact;
mod cluster;
mod config;
mod corrupt;
mod grpc_status;
mod h2_authority;
mod join;
mod kv;
mod lease;
mod lease_expiry;
mod listen;
mod lock;
mod maintenance;
mod peer;
mod reconfig;
mod status;
mod validate;
mod watch;

use std::net::SocketAddr;
use std::time::Duration;

use thiserror::Error;

use crate::apply::{Applier, Compactor};
use crate::error::{Error, Result};
use crate::lease::Lessor;
use crate::proto::etcdserverpb::auth_server::AuthServer;
use crate::proto::etcdserverpb::cluster_server::ClusterServer;
use crate::proto::etcdserverpb::kv_server::KvServer;
use crate::proto::etcdserverpb::lease_server::LeaseServer;
use crate::proto::etcdserverpb::maintenance_server::MaintenanceServer;
use crate::proto::etcdserverpb::watch_server::WatchServer;
use crate::proto::etcdserverpb::ResponseHeader;
use crate::proto::kvdpb::internal_request::Request as Internal;
use crate::proto::kvdpb::{ClusterVersion, MemberAttributes};
use crate::proto::v3electionpb::election_server::ElectionServer;
use crate::proto::v3lockpb::lock_server::LockServer;
use crate::raft::{RaftConfig, RaftHandle};
use crate::store::{meta, Store, StoreError};
use crate::watch::WatchHub;

pub use autocompact::AutoCompaction;
pub use config::{new_cluster, ConfigError, ServerConfig};
pub use h2_authority::rewrite_connection;
pub use maintenance::ETCD_API_VERSION;
pub use peer::admit as admit_peer_message;
pub use validate::request as validate_request;

/// Limits on what clients may ask, with etcd's defaults.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest request, encoded.
    pub max_request_bytes: usize,
    /// Most operations in one transaction branch.
    pub max_txn_ops: usize,
    /// Database size above which writes are refused.
    pub quota_backend_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_request_bytes: 1536 * 1024,
            max_txn_ops: 128,
            quota_backend_bytes: 2 << 30,
        }
    }
}

/// What every service shares.
#[derive(Clone)]
pub struct Ctx {
    raft: RaftHandle,
    store: Store,
    cluster_id: u64,
    member_id: u64,
    limits: Limits,
    compaction_done: tokio::sync::watch::Receiver<i64>,
    lessor: std::sync::Arc<Lessor>,
    hub: std::sync::Arc<WatchHub>,
    progress_every: Duration,
    strict_reconfig_check: bool,
    /// TLS for this member's dials to other members' https client URLs.
    client_dial_tls: Option<crate::tls::ClientTls>,
    auth: std::sync::Arc<crate::auth::Auth>,
}

impl Ctx {
    /// Who `request` runs as: its token's user (gRPC metadata `token`, or
    /// `authorization` as the gateway sends it), else its TLS client
    /// certificate's common name; `Anyone` while auth is off.
    fn caller<T>(&self, request: &tonic::Request<T>) -> Result<crate::auth::Caller> {
        let (token, cn) = credentials(request);
        self.caller_from(token.as_deref(), cn.as_deref())
    }

    /// Who a request with these credentials runs as.
    fn caller_from(&self, token: Option<&str>, cn: Option<&str>) -> Result<crate::auth::Caller> {
        let txn = self.store.read()?;
        self.auth.caller(txn.view(), token, cn)
    }

    /// Runs `check` on the auth state as it is now.
    fn check(
        &self,
        check: impl FnOnce(crate::store::View<'_>) -> crate::auth::Checked,
    ) -> Result<()> {
        let txn = self.store.read()?;
        Ok(check(txn.view())?)
    }

    /// Refuses unless `caller` has the root role.
    fn check_admin(&self, caller: &crate::auth::Caller) -> Result<()> {
        self.check(|view| crate::auth::check_admin(view, caller))
    }

    /// A response header carrying `partial`'s revision, stamped with this
    /// member's identity and the current term.
    fn header(&self, partial: Option<ResponseHeader>) -> Option<ResponseHeader> {
        Some(ResponseHeader {
            cluster_id: self.cluster_id,
            member_id: self.member_id,
            revision: partial.map(|h| h.revision).unwrap_or_default(),
            raft_term: self.raft.status().term(),
        })
    }

    /// A header at `revision`.
    fn header_at(&self, revision: i64) -> Option<ResponseHeader> {
        self.header(Some(ResponseHeader {
            revision,
            ..Default::default()
        }))
    }

    /// A header at the store's current revision.
    fn header_now(&self) -> Result<Option<ResponseHeader>> {
        Ok(self.header_at(self.store.read()?.view().current_rev()?))
    }

    /// A channel to the leader's client URL, for what only the leader
    /// answers (lease renewals, promotions).
    async fn leader_channel(&self) -> Result<tonic::transport::Channel> {
        let leader = self.raft.status().leader();
        if leader == 0 {
            return Err(Error::NoLeader);
        }
        let txn = self.store.read()?;
        let url = meta::members(txn.view())?
            .into_iter()
            .find(|m| m.id == leader)
            .and_then(|m| m.client_urls.first().cloned())
            .ok_or(Error::NoLeader)?;
        drop(txn);
        let tls = self.client_dial_tls.as_ref();
        crate::tls::connect(&url, tls, Some(Duration::from_secs(2)))
            .await
            .map_err(|_| Error::NoLeader)
    }

    /// A Lease client to the leader.
    async fn leader_lease_client(
        &self,
    ) -> Result<crate::proto::etcdserverpb::lease_client::LeaseClient<tonic::transport::Channel>>
    {
        Ok(crate::proto::etcdserverpb::lease_client::LeaseClient::new(
            self.leader_channel().await?,
        ))
    }

    /// Lease renewals are the leader's: its lessor holds the deadlines.
    fn require_leader(&self) -> Result<()> {
        match self.raft.status().leader() {
            0 => Err(Error::NoLeader),
            l if l == self.member_id => Ok(()),
            _ => Err(Error::NotLeader),
        }
    }

    /// NOSPACE: raised through Raft by a member over its quota (it stays
    /// until disarmed, on every member, as etcd's), or this member's disk
    /// ran out (cleared once there is room again).
    fn out_of_space(&self) -> bool {
        self.store.space().exhausted() || self.nospace_raised()
    }

    fn nospace_raised(&self) -> bool {
        use crate::proto::etcdserverpb::AlarmType;
        self.store
            .read()
            .and_then(|t| meta::alarms(t.view()))
            .is_ok_and(|alarms| alarms.iter().any(|a| a.alarm == AlarmType::Nospace as i32))
    }

    /// Refuses a request that would grow the database while NOSPACE is
    /// raised; over the quota, this member raises it first (through Raft,
    /// in the background: the refusal need not wait for it).
    fn check_quota(&self) -> Result<()> {
        if self.store.size_in_use() > self.limits.quota_backend_bytes && !self.nospace_raised() {
            tracing::warn!(
                in_use = self.store.size_in_use(),
                quota = self.limits.quota_backend_bytes,
                "the database is over its quota: raising NOSPACE"
            );
            let raft = self.raft.clone();
            let member_id = self.member_id;
            tokio::spawn(async move {
                use crate::proto::etcdserverpb::{
                    alarm_request::AlarmAction, AlarmRequest, AlarmType,
                };
                let raise = AlarmRequest {
                    action: AlarmAction::Activate as i32,
                    member_id,
                    alarm: AlarmType::Nospace as i32,
                };
                if let Err(e) = raft.propose(Internal::Alarm(raise)).await {
                    tracing::warn!("raising NOSPACE: {e}");
                }
            });
            return Err(Error::NoSpace);
        }
        if self.out_of_space() {
            return Err(Error::NoSpace);
        }
        Ok(())
    }
}

/// A request's token and TLS client certificate common name, if any.
fn credentials<T>(request: &tonic::Request<T>) -> (Option<String>, Option<String>) {
    let meta = request.metadata();
    let token = meta
        .get("token")
        .or_else(|| meta.get("authorization"))
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let cn = request
        .extensions()
        .get::<listen::ConnInfo>()
        .and_then(|c| c.client_cn.clone());
    (token, cn)
}

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
        for (url, listener) in client_listeners {
            let bound = listener.local_addr().map_err(|source| ServeError::Listen {
                url: url.clone(),
                source,
            })?;
            client_addrs.push(bound);
            let accept = tls
                .client_accept
                .clone()
                .filter(|_| url.starts_with("https://"));
            servers.push(tokio::spawn(serve_clients(
                ctx.clone(),
                listen::accepted(listener, accept),
                url.clone(),
            )));
            tracing::info!("serving client requests on {bound}");
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

async fn futures_first(
    servers: Vec<tokio::task::JoinHandle<std::result::Result<(), ServeError>>>,
) -> std::result::Result<(), ServeError> {
    let (tx, mut rx) = tokio::sync::mpsc::channel(servers.len().max(1));
    for s in servers {
        let tx = tx.clone();
        tokio::spawn(async move {
            let r = match s.await {
                Ok(r) => r,
                Err(e) => Err(ServeError::Member(Error::Internal(format!(
                    "listener: {e}"
                )))),
            };
            let _ = tx.send(r).await;
        });
    }
    drop(tx);
    rx.recv().await.unwrap_or(Ok(()))
}

async fn serve_clients(
    ctx: Ctx,
    connections: Connections,
    url: String,
) -> std::result::Result<(), ServeError> {
    // gRPC accepts a little more than a request's limit, so that an
    // oversized request gets etcd's "request is too large" error, as etcd.
    let max_message = ctx.limits.max_request_bytes + 512 * 1024;
    let kv = KvServer::new(kv::KvService::new(ctx.clone()))
        .max_decoding_message_size(max_message)
        .max_encoding_message_size(usize::MAX);
    let maintenance = MaintenanceServer::new(maintenance::MaintenanceService::new(ctx.clone()))
        .max_decoding_message_size(max_message)
        .max_encoding_message_size(usize::MAX);
    let cluster = ClusterServer::new(cluster::ClusterService::new(ctx.clone()))
        .max_decoding_message_size(max_message);
    let lease = LeaseServer::new(lease::LeaseService::new(ctx.clone()))
        .max_decoding_message_size(max_message);
    let watch = WatchServer::new(watch::WatchService::new(ctx.clone()))
        .max_decoding_message_size(max_message)
        .max_encoding_message_size(usize::MAX);
    let auth =
        AuthServer::new(auth::AuthService::new(ctx.clone())).max_decoding_message_size(max_message);
    let served = [
        crate::proto::etcdserverpb::kv_server::SERVICE_NAME,
        crate::proto::etcdserverpb::maintenance_server::SERVICE_NAME,
        crate::proto::etcdserverpb::cluster_server::SERVICE_NAME,
        crate::proto::etcdserverpb::lease_server::SERVICE_NAME,
        crate::proto::etcdserverpb::watch_server::SERVICE_NAME,
        crate::proto::etcdserverpb::auth_server::SERVICE_NAME,
        crate::proto::v3lockpb::lock_server::SERVICE_NAME,
        crate::proto::v3electionpb::election_server::SERVICE_NAME,
    ];
    tonic::transport::Server::builder()
        .layer(grpc_status::EtcdStatusLayer::new(&served))
        .add_service(kv)
        .add_service(maintenance)
        .add_service(cluster)
        .add_service(lease)
        .add_service(watch)
        .add_service(auth)
        .add_service(LockServer::new(lock::LockService::new(ctx.clone())))
        .add_service(ElectionServer::new(lock::ElectionService::new(ctx.clone())))
        .serve_with_incoming(client_connections(connections))
        .await
        .map_err(|source| ServeError::Transport { url, source })
}

/// A listener's accepted connections.
type Connections = tokio_stream::wrappers::ReceiverStream<std::io::Result<listen::Conn>>;

/// Accepted client connections, each wrapped to accept etcdctl's URL
/// authorities.
fn client_connections(
    connections: Connections,
) -> impl tokio_stream::Stream<Item = std::io::Result<h2_authority::FixAuthority<listen::Conn>>> {
    use tokio_stream::StreamExt as _;
    connections.map(|conn| conn.map(h2_authority::FixAuthority::new))
}

/// The TLS a member's flags ask for: to accept on https client and peer
/// URLs, and to dial other members' https URLs.
struct Tls {
    client_accept: Option<std::sync::Arc<rustls::ServerConfig>>,
    peer_accept: Option<std::sync::Arc<rustls::ServerConfig>>,
    client_dial: Option<crate::tls::ClientTls>,
    peer_dial: Option<crate::tls::ClientTls>,
}

impl Tls {
    fn of(config: &ServerConfig) -> std::result::Result<Tls, ServeError> {
        let https = |urls: &[String]| urls.iter().any(|u| u.starts_with("https://"));
        let peer_https = https(&config.listen_peer_urls)
            || https(&config.initial_advertise_peer_urls)
            || config.initial_cluster.contains("https://");
        let suites = &config.client_tls.cipher_suites;
        let hosts_of = |urls: &[&[String]]| -> Vec<String> {
            urls.iter()
                .flat_map(|u| u.iter())
                .filter_map(|u| config::url_host(u))
                .collect()
        };
        let client_auto = config.auto_tls && !config.client_tls.has_identity();
        let peer_auto = config.peer_auto_tls && !config.peer_tls.has_identity();
        let client_accept = if !https(&config.listen_client_urls) {
            None
        } else if client_auto {
            let hosts = hosts_of(&[&config.listen_client_urls, &config.advertise_client_urls]);
            tracing::warn!("--auto-tls: serving clients with a self-signed certificate; clients cannot verify this server");
            Some(crate::tls::self_signed_server_config(&hosts, suites)?)
        } else {
            Some(crate::tls::server_config(&config.client_tls)?)
        };
        let peer_accept = if !https(&config.listen_peer_urls) {
            None
        } else if peer_auto {
            let hosts = hosts_of(&[
                &config.listen_peer_urls,
                &config.initial_advertise_peer_urls,
            ]);
            tracing::warn!("--peer-auto-tls: members talk over TLS with self-signed certificates, encrypted but not authenticated");
            Some(crate::tls::self_signed_server_config(&hosts, suites)?)
        } else {
            Some(crate::tls::server_config(&config.peer_tls)?)
        };
        // Self-signed certificates cannot be verified: a member with
        // auto TLS takes any certificate from the members it dials.
        let dial = |auto: bool, files: &crate::tls::TlsFiles, wanted: bool| {
            if auto {
                crate::tls::insecure_client_config(files)
                    .map(|c| Some(crate::tls::ClientTls::SkipVerify(c)))
            } else if wanted || files.has_identity() {
                crate::tls::client_config(files).map(|c| Some(crate::tls::ClientTls::Verified(c)))
            } else {
                Ok(None)
            }
        };
        let client_dial = dial(
            client_auto,
            &config.client_tls,
            https(&config.advertise_client_urls),
        )?;
        let peer_dial = dial(peer_auto, &config.peer_tls, peer_https)?;
        Ok(Tls {
            client_accept,
            peer_accept,
            client_dial,
            peer_dial,
        })
    }
}

/// Listens on `addr`, the address of `url`.
async fn bind(
    url: &str,
    addr: SocketAddr,
) -> std::result::Result<tokio::net::TcpListener, ServeError> {
    tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Listen {
            url: url.to_string(),
            source,
        })
}

async fn serve_peers(
    raft: RaftHandle,
    store: Store,
    connections: Connections,
    url: String,
    max_request_bytes: usize,
) -> std::result::Result<(), ServeError> {
    let service =
        crate::proto::kvdpeer::peer_server::PeerServer::new(peer::PeerService::new(raft, store))
            .max_decoding_message_size(crate::raft::peer_message_limit(max_request_bytes));
    tonic::transport::Server::builder()
        .layer(grpc_status::EtcdStatusLayer::new(&[
            crate::proto::kvdpeer::peer_server::SERVICE_NAME,
        ]))
        .add_service(service)
        .serve_with_incoming(connections)
        .await
        .map_err(|source| ServeError::Transport { url, source })
}

/// Clears a full disk's NOSPACE once there is room again.
async fn recover_space(store: Store) {
    loop {
        tokio::time::sleep(Duration::from_secs(1)).await;
        if !store.space().exhausted() {
            continue;
        }
        let store = store.clone();
        let recovered = tokio::task::spawn_blocking(move || store.space().recover());
        if recovered.await.unwrap_or(false) {
            tracing::info!("the disk has room again: reserve rebuilt, NOSPACE cleared");
        }
    }
}

/// Publishes this member's name and client URLs through Raft (as etcd
/// does on every start), then, on the leader, the cluster version if unset.
async fn publish(ctx: Ctx, name: String, client_urls: Vec<String>) {
    let attrs = MemberAttributes {
        member_id: ctx.member_id,
        name,
        client_urls,
    };
    loop {
        match ctx
            .raft
            .propose(Internal::MemberAttributes(attrs.clone()))
            .await
        {
            Ok(_) => break,
            Err(e) => {
                tracing::warn!("publishing member attributes: {e}; retrying");
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        }
    }
    let unset = ctx
        .store
        .read()
        .ok()
        .and_then(|t| meta::cluster_version(t.view()).ok())
        .flatten()
        .is_none();
    if unset && ctx.raft.status().leader() == ctx.member_id {
        let version = ClusterVersion {
            version: ETCD_API_VERSION.to_string(),
        };
        if let Err(e) = ctx.raft.propose(Internal::ClusterVersion(version)).await {
            tracing::warn!("setting cluster version: {e}");
        }
    }
}
