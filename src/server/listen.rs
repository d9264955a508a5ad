//! Accepting connections. An accept error — out of file descriptors, most
//! often — is logged once and retried after a pause that grows to a
//! second, instead of at once: retrying at once spins a core while the
//! limit lasts.

use std::time::Duration;

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

/// The first pause after an accept error, and the longest.
const FIRST_PAUSE: Duration = Duration::from_millis(10);
const LONGEST_PAUSE: Duration = Duration::from_secs(1);

/// The connections `listener` accepts, as a stream for the gRPC server.
/// It never yields an error: errors are handled here.
pub fn accepted(listener: TcpListener) -> ReceiverStream<std::io::Result<TcpStream>> {
    let (tx, rx) = mpsc::channel(64);
    tokio::spawn(async move {
        let mut pause: Option<Duration> = None;
        loop {
            match listener.accept().await {
                Ok((stream, _)) => {
                    if pause.take().is_some() {
                        tracing::info!("accepting connections again");
                    }
                    if tx.send(Ok(stream)).await.is_err() {
                        return;
                    }
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
