//! Accepting connections, plain or TLS. An accept error — out of file
//! descriptors, most often — is logged once and retried after a pause that
//! grows to a second, instead of at once: retrying at once spins a core
//! while the limit lasts. A TLS handshake runs on its own task, so a slow
//! or silent client holds up no one else.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

/// The first pause after an accept error, and the longest.
const FIRST_PAUSE: Duration = Duration::from_millis(10);
const LONGEST_PAUSE: Duration = Duration::from_secs(1);
/// How long a client may take over its TLS handshake.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// An accepted connection.
pub enum Conn {
    Plain(TcpStream),
    Tls(Box<tokio_rustls::server::TlsStream<TcpStream>>),
}

/// The connections `listener` accepts (through TLS with `tls`), as a
/// stream for the gRPC server. It never yields an error: errors are
/// handled here.
pub fn accepted(
    listener: TcpListener,
    tls: Option<Arc<rustls::ServerConfig>>,
) -> ReceiverStream<io::Result<Conn>> {
    let (tx, rx) = mpsc::channel(64);
    let acceptor = tls.map(tokio_rustls::TlsAcceptor::from);
    tokio::spawn(async move {
        let mut pause: Option<Duration> = None;
        loop {
            match listener.accept().await {
                Ok((stream, from)) => {
                    if pause.take().is_some() {
                        tracing::info!("accepting connections again");
                    }
                    // Requests and answers are small: no Nagle delay.
                    let _ = stream.set_nodelay(true);
                    let Some(acceptor) = &acceptor else {
                        if tx.send(Ok(Conn::Plain(stream))).await.is_err() {
                            return;
                        }
                        continue;
                    };
                    let (acceptor, tx) = (acceptor.clone(), tx.clone());
                    tokio::spawn(async move {
                        let handshake = acceptor.accept(stream);
                        match tokio::time::timeout(HANDSHAKE_TIMEOUT, handshake).await {
                            Ok(Ok(tls)) => {
                                let _ = tx.send(Ok(Conn::Tls(Box::new(tls)))).await;
                            }
                            Ok(Err(e)) => tracing::info!("TLS handshake from {from} failed: {e}"),
                            Err(_) => tracing::info!("TLS handshake from {from} timed out"),
                        }
                    });
                }
                Err(e) => {
                    let next = match pause {
                        None => {
                            tracing::warn!(
                                "cannot accept a connection: {e}; retrying every second at most until it works"
                            );
                            FIRST_PAUSE
                        }
                        Some(p) => (p * 2).min(LONGEST_PAUSE),
                    };
                    pause = Some(next);
                    tokio::time::sleep(next).await;
                }
            }
        }
    });
    ReceiverStream::new(rx)
}

impl AsyncRead for Conn {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Conn::Tls(s) => Pin::new(s).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Conn {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Conn::Tls(s) => Pin::new(s).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_flush(cx),
            Conn::Tls(s) => Pin::new(s).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Conn::Tls(s) => Pin::new(s).poll_shutdown(cx),
        }
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_write_vectored(cx, bufs),
            Conn::Tls(s) => Pin::new(s).poll_write_vectored(cx, bufs),
        }
    }

    fn is_write_vectored(&self) -> bool {
        match self {
            Conn::Plain(s) => s.is_write_vectored(),
            Conn::Tls(s) => s.is_write_vectored(),
        }
    }
}

/// What a request's connection tells about its client: on TLS with a
/// client certificate, the certificate's common name (the user, when auth
/// is on and the request has no token).
#[derive(Debug, Clone)]
pub struct ConnInfo {
    /// The client certificate's common name, if one was presented.
    pub client_cn: Option<String>,
}

impl tonic::transport::server::Connected for Conn {
    type ConnectInfo = ConnInfo;

    fn connect_info(&self) -> Self::ConnectInfo {
        match self {
            Conn::Plain(_) => ConnInfo { client_cn: None },
            Conn::Tls(s) => {
                let (_, session) = s.get_ref();
                ConnInfo {
                    client_cn: session
                        .peer_certificates()
                        .and_then(|certs| certs.first())
                        .and_then(crate::tls::common_name),
                }
            }
        }
    }
}
