//! Auth set-ups the tests share: a client signed in as a user, and a
//! member with root and a reader, auth enabled.

use etcd_client::{Client, ConnectOptions, Permission};

use super::Server;

/// The message of a gRPC error, or the error as text.
pub fn message(e: etcd_client::Error) -> String {
    match e {
        etcd_client::Error::GRpcStatus(s) => s.message().to_string(),
        other => other.to_string(),
    }
}

/// A client signed in as `user`, or the error's message.
pub async fn connect_as(server: &Server, user: &str, password: &str) -> Result<Client, String> {
    let options = ConnectOptions::new().with_user(user, password);
    Client::connect([server.endpoint.as_str()], Some(options))
        .await
        .map_err(message)
}

/// root (with the root role), and alice with read on /app/ and
/// readwrite on /alice/; auth enabled. Returns root's client.
pub async fn secured(server: &Server) -> Client {
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
