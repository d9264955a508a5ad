//! The TLS a member's flags ask for: to accept on https client and peer
//! URLs (certificate files, or self-signed with auto TLS), and to dial
//! other members.

use super::{config, ServeError, ServerConfig};

/// The TLS a member's flags ask for: to accept on https client and peer
/// URLs, and to dial other members' https URLs.
pub(super) struct Tls {
    pub(super) client_accept: Option<std::sync::Arc<rustls::ServerConfig>>,
    pub(super) peer_accept: Option<std::sync::Arc<rustls::ServerConfig>>,
    pub(super) client_dial: Option<crate::tls::ClientTls>,
    pub(super) peer_dial: Option<crate::tls::ClientTls>,
}

impl Tls {
    /// The TLS to accept clients with on listener `url` (none on http).
    pub(super) fn client_accept_for(
        &self,
        url: &str,
    ) -> Option<std::sync::Arc<rustls::ServerConfig>> {
        self.client_accept
            .clone()
            .filter(|_| url.starts_with("https://"))
    }

    pub(super) fn of(config: &ServerConfig) -> std::result::Result<Tls, ServeError> {
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
