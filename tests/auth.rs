//! Auth against the `etcd-client` crate: users, roles and permissions as
//! etcd enforces them, with etcd's error texts; tokens that follow later
//! permission changes and die with their user; auth state that outlives a
//! restart; JWT tokens. Differential checks against etcd 3.4 with Debian's
//! etcdctl are in etcdctl_diff.rs and cli_diff.rs.

mod common;

use common::Server;
use etcd_client::{
    Client, ConnectOptions, EventType, GetOptions, Permission, PutOptions, Txn, TxnOp, WatchOptions,
};

/// The message of a gRPC error, or the error as text.
fn message(e: etcd_client::Error) -> String {
    match e {
        etcd_client::Error::GRpcStatus(s) => s.message().to_string(),
        other => other.to_string(),
    }
}

async fn connect_as(server: &Server, user: &str, password: &str) -> Result<Client, String> {
    let options = ConnectOptions::new().with_user(user, password);
    Client::connect([server.endpoint.as_str()], Some(options))
        .await
        .map_err(message)
}

/// root (with the root role), and alice with read on /app/ and
/// readwrite on /alice/; auth enabled. Returns root's client.
async fn secured(server: &Server) -> Client {
    let mut c = server.client().await;
    c.user_add("root", "rootpw", None).await.unwrap();
    c.user_grant_role("root", "root").await.unwrap();
    c.user_add("alice", "alicepw", None).await.unwrap();
    c.role_add("reader").await.unwrap();
    c.role_grant_permission("reader", Permission::read("/app/").with_prefix())
        .await
        .unwrap();
    c.role_grant_permission("reader", Permission::read_write("/alice/").with_prefix())
        .await
        .unwrap();
    c.user_grant_role("alice", "reader").await.unwrap();
    c.auth_enable().await.unwrap();
    connect_as(server, "root", "rootpw").await.unwrap()
}

#[tokio::test]
async fn enabling_needs_root_with_the_root_role() {
    let server = Server::kvd();
    let mut c = server.client().await;
    let e = c.auth_enable().await.unwrap_err();
    assert_eq!(message(e), "etcdserver: root user does not exist");
    c.user_add("root", "pw", None).await.unwrap();
    let e = c.auth_enable().await.unwrap_err();
    assert_eq!(message(e), "etcdserver: root user does not have root role");
    c.user_grant_role("root", "root").await.unwrap();
    c.auth_enable().await.unwrap();
    let e = c.put("k", "v", None).await.unwrap_err();
    assert_eq!(message(e), "etcdserver: user name is empty");
}

#[tokio::test]
async fn users_get_what_their_roles_allow_and_nothing_more() {
    let server = Server::kvd();
    let mut root = secured(&server).await;
    root.put("/app/config", "v1", None).await.unwrap();
    let mut alice = connect_as(&server, "alice", "alicepw").await.unwrap();
    let got = alice.get("/app/config", None).await.unwrap();
    assert_eq!(got.kvs()[0].value(), b"v1");
    alice
        .get("/app/", Some(GetOptions::new().with_prefix()))
        .await
        .unwrap();
    let denied = "etcdserver: permission denied";
    let e = alice.put("/app/config", "v2", None).await.unwrap_err();
    assert_eq!(message(e), denied);
    let e = alice.get("/other", None).await.unwrap_err();
    assert_eq!(message(e), denied);
    let e = alice
        .get("/", Some(GetOptions::new().with_prefix()))
        .await
        .unwrap_err();
    assert_eq!(message(e), denied, "a range wider than the permission");
    alice.put("/alice/x", "mine", None).await.unwrap();
    // prev_kv reads as well as writes: fine where alice may read.
    alice
        .put("/alice/x", "again", Some(PutOptions::new().with_prev_key()))
        .await
        .unwrap();
    // A txn is checked whole: its compare, and both branches.
    let txn = Txn::new()
        .when([etcd_client::Compare::value(
            "/alice/x",
            etcd_client::CompareOp::Equal,
            "again",
        )])
        .and_then([TxnOp::put("/alice/y", "1", None)])
        .or_else([TxnOp::put("/app/config", "sneaky", None)]);
    let e = alice.txn(txn).await.unwrap_err();
    assert_eq!(message(e), denied);
    let e = alice.auth_client().user_list().await.unwrap_err();
    assert_eq!(message(e), denied, "user reads are root's");
    let e = alice
        .member_add(["http://127.0.0.1:1"], None)
        .await
        .unwrap_err();
    assert_eq!(message(e), denied, "membership is root's");
    let got = root.get("/app/config", None).await.unwrap();
    assert_eq!(got.kvs()[0].value(), b"v1", "nothing denied was written");
    let e = connect_as(&server, "alice", "wrong")
        .await
        .err()
        .expect("refused");
    assert!(
        e.contains("etcdserver: authentication failed, invalid user ID or password"),
        "{e}"
    );
}

#[tokio::test]
async fn a_token_follows_later_permission_changes_and_dies_with_its_user() {
    let server = Server::kvd();
    let mut root = secured(&server).await;
    let mut alice = connect_as(&server, "alice", "alicepw").await.unwrap();
    let e = alice.put("/app/x", "1", None).await.unwrap_err();
    assert_eq!(message(e), "etcdserver: permission denied");
    root.role_grant_permission("reader", Permission::write("/app/x"))
        .await
        .unwrap();
    alice.put("/app/x", "1", None).await.unwrap();
    root.role_revoke_permission("reader", "/app/x", None)
        .await
        .unwrap();
    let e = alice.put("/app/x", "2", None).await.unwrap_err();
    assert_eq!(message(e), "etcdserver: permission denied");
    root.user_delete("alice").await.unwrap();
    let e = alice.get("/app/x", None).await.unwrap_err();
    assert_eq!(message(e), "etcdserver: invalid auth token");
}

#[tokio::test]
async fn a_denied_watch_is_cancelled_with_etcds_reason() {
    let server = Server::kvd();
    let _root = secured(&server).await;
    let mut alice = connect_as(&server, "alice", "alicepw").await.unwrap();
    let mut stream = alice.watch("/secret", None).await.unwrap();
    let resp = stream.message().await.unwrap().expect("a response");
    assert!(resp.created() && resp.canceled(), "{resp:?}");
    assert_eq!(
        resp.cancel_reason(),
        "rpc error: code = PermissionDenied desc = etcdserver: permission denied"
    );
    let mut stream = alice
        .watch("/app/", Some(WatchOptions::new().with_prefix()))
        .await
        .unwrap();
    let created = stream.message().await.unwrap().expect("created");
    assert!(created.created() && !created.canceled());
    let mut root = connect_as(&server, "root", "rootpw").await.unwrap();
    root.put("/app/seen", "yes", None).await.unwrap();
    let event = stream.message().await.unwrap().expect("an event");
    assert_eq!(event.events()[0].event_type(), EventType::Put);
}

#[tokio::test]
async fn revoking_a_lease_needs_write_on_its_keys() {
    let server = Server::kvd();
    let mut root = secured(&server).await;
    let lease = root.lease_grant(60, None).await.unwrap().id();
    root.put(
        "/app/leased",
        "v",
        Some(PutOptions::new().with_lease(lease)),
    )
    .await
    .unwrap();
    let mut alice = connect_as(&server, "alice", "alicepw").await.unwrap();
    let e = alice.lease_revoke(lease).await.unwrap_err();
    assert_eq!(message(e), "etcdserver: permission denied");
    root.lease_revoke(lease).await.unwrap();
}

#[tokio::test]
async fn root_cannot_be_removed_while_auth_is_on() {
    let server = Server::kvd();
    let mut root = secured(&server).await;
    let invalid = "etcdserver: invalid auth management";
    assert_eq!(
        message(root.user_delete("root").await.unwrap_err()),
        invalid
    );
    assert_eq!(
        message(root.user_revoke_role("root", "root").await.unwrap_err()),
        invalid
    );
    assert_eq!(
        message(root.user_grant_role("alice", "nosuch").await.unwrap_err()),
        "etcdserver: role name not found"
    );
    assert_eq!(
        message(root.user_revoke_role("alice", "other").await.unwrap_err()),
        "etcdserver: role is not granted to the user"
    );
    assert_eq!(
        message(
            root.role_revoke_permission("reader", "/nope", None)
                .await
                .unwrap_err()
        ),
        "etcdserver: permission is not granted to the role"
    );
    assert_eq!(
        message(root.user_add("alice", "x", None).await.unwrap_err()),
        "etcdserver: user name already exists"
    );
    root.auth_disable().await.unwrap();
    let mut anyone = server.client().await;
    anyone.put("/free", "again", None).await.unwrap();
}

#[tokio::test]
async fn auth_state_survives_a_restart_and_tokens_do_not() {
    let mut server = Server::kvd();
    let _ = secured(&server).await;
    server.restart(&[]);
    let mut anonymous = server.client().await;
    let e = anonymous.get("/app/x", None).await.unwrap_err();
    assert_eq!(message(e), "etcdserver: user name is empty");
    let mut alice = connect_as(&server, "alice", "alicepw").await.unwrap();
    alice.get("/app/x", None).await.unwrap();
    let roles = connect_as(&server, "root", "rootpw")
        .await
        .unwrap()
        .user_get("alice")
        .await
        .unwrap();
    assert_eq!(roles.roles(), ["reader"]);
}

#[tokio::test]
async fn jwt_tokens_are_signed_and_checked_with_the_given_keys() {
    let dir = tempfile::tempdir().unwrap();
    let key = rcgen::KeyPair::generate().unwrap();
    let (public, private) = (dir.path().join("pub.pem"), dir.path().join("priv.pem"));
    std::fs::write(&public, key.public_key_pem()).unwrap();
    std::fs::write(&private, key.serialize_pem()).unwrap();
    let option = format!(
        "jwt,pub-key={},priv-key={},sign-method=ES256,ttl=10m",
        public.display(),
        private.display()
    );
    let server = Server::kvd_with(&["--auth-token", &option]);
    let _ = secured(&server).await;
    let mut alice = connect_as(&server, "alice", "alicepw").await.unwrap();
    alice.put("/alice/jwt", "ok", None).await.unwrap();
    let token = alice
        .auth_client()
        .authenticate("alice".into(), "alicepw".into())
        .await
        .unwrap();
    assert_eq!(
        token.token().split('.').count(),
        3,
        "a JWT: {}",
        token.token()
    );
}
