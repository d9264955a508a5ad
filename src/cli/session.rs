//! A session, as Go's `concurrency.Session`: a lease renewed in the
//! background, for keys that must vanish when their owner dies (service
//! registrations, double-barrier waiters). It rides out a member restart
//! (the stream is opened again and the lease, which survives the restart,
//! renewed) and says it is lost when the lease is gone or no renewal got
//! through for a whole TTL; what to do then is the owner's choice.

use std::time::Duration;

use tokio::sync::watch;
use tokio::time::Instant;
use tokio_stream::wrappers::ReceiverStream;

use crate::client::{Client, ClientError};
use crate::proto::etcdserverpb::{LeaseGrantRequest, LeaseKeepAliveRequest, LeaseRevokeRequest};

/// How long to wait before opening a broken keep-alive stream again.
const REOPEN_PAUSE: Duration = Duration::from_millis(200);

/// A lease renewed every third of its TTL until closed, dropped or lost.
pub struct Session {
    client: Client,
    lease: i64,
    ttl: i64,
    lost: watch::Receiver<bool>,
    keeper: tokio::task::JoinHandle<()>,
}

impl Session {
    /// Grants a lease of `ttl` seconds and starts renewing it.
    pub async fn start(client: &Client, ttl: i64) -> Result<Session, ClientError> {
        let req = LeaseGrantRequest { ttl, id: 0 };
        let grant = client
            .call(client.lease().lease_grant(client.request(req)))
            .await?;
        let (tx, lost) = watch::channel(false);
        let keeper = tokio::spawn(renew(client.clone(), grant.id, grant.ttl, tx));
        Ok(Session {
            client: client.clone(),
            lease: grant.id,
            ttl: grant.ttl,
            lost,
            keeper,
        })
    }

    /// The lease's ID.
    pub fn lease(&self) -> i64 {
        self.lease
    }

    /// The TTL the server granted, in seconds.
    pub fn ttl(&self) -> i64 {
        self.ttl
    }

    /// Resolves once the lease is gone (expired or revoked, so its keys
    /// are deleted) or could not be renewed for a whole TTL.
    pub async fn lost(&self) {
        let mut lost = self.lost.clone();
        // A keeper that ended without saying so was stopped: lost too.
        let _ = lost.wait_for(|l| *l).await;
    }

    /// Stops renewing and revokes the lease, which deletes its keys at once
    /// rather than when the TTL runs out.
    pub async fn close(self) -> Result<(), ClientError> {
        self.keeper.abort();
        let req = LeaseRevokeRequest { id: self.lease };
        self.client
            .call(self.client.lease().lease_revoke(self.client.request(req)))
            .await
            .map(|_| ())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.keeper.abort();
    }
}

/// How one keep-alive stream ended.
enum Renewal {
    /// The server says the lease does not exist.
    Gone,
    /// The stream broke or could not be opened.
    Broken,
}

/// Renews `lease` until it is gone or nothing got through for a TTL, then
/// reports it lost.
async fn renew(client: Client, lease: i64, ttl: i64, lost: watch::Sender<bool>) {
    let ttl = Duration::from_secs(ttl.max(1) as u64);
    let mut last_ok = Instant::now();
    loop {
        if let Renewal::Gone = renew_on_one_stream(&client, lease, ttl, &mut last_ok).await {
            break;
        }
        if last_ok.elapsed() >= ttl {
            break;
        }
        tokio::time::sleep(REOPEN_PAUSE).await;
    }
    let _ = lost.send(true);
}

/// Renews every third of `ttl` over one keep-alive stream, noting each
/// success in `last_ok`, until the stream breaks or the lease is gone.
async fn renew_on_one_stream(
    client: &Client,
    lease: i64,
    ttl: Duration,
    last_ok: &mut Instant,
) -> Renewal {
    let every = (ttl / 3).max(Duration::from_millis(100));
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    // Bounded: a member that takes connections but never answers must not
    // hold the session past its TTL.
    let opened = tokio::time::timeout(
        ttl,
        client.lease().lease_keep_alive(ReceiverStream::new(rx)),
    )
    .await;
    let Ok(Ok(stream)) = opened else {
        return Renewal::Broken;
    };
    let mut stream = stream.into_inner();
    loop {
        if tx.send(LeaseKeepAliveRequest { id: lease }).await.is_err() {
            return Renewal::Broken;
        }
        match tokio::time::timeout(ttl, stream.message()).await {
            Ok(Ok(Some(r))) if r.ttl > 0 => *last_ok = Instant::now(),
            Ok(Ok(Some(_))) => return Renewal::Gone,
            _ => return Renewal::Broken,
        }
        tokio::time::sleep(every).await;
    }
}

/// A TTL as kvd's commands take it: whole seconds (`10`) or a Go duration
/// (`1m30s`), rounded up to whole seconds, as leases count them.
pub fn parse_ttl(s: &str) -> Result<i64, String> {
    let seconds = match s.parse::<i64>() {
        Ok(n) => n,
        Err(_) => {
            let d = super::output::gofmt::parse_duration(s)?;
            let whole = d.as_secs() + u64::from(d.subsec_nanos() > 0);
            i64::try_from(whole).map_err(|_| format!("TTL {s} is too long"))?
        }
    };
    if seconds < 1 {
        return Err(format!("TTL {s} is under a second"));
    }
    Ok(seconds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ttls_are_seconds_or_durations_rounded_up() {
        assert_eq!(parse_ttl("30"), Ok(30));
        assert_eq!(parse_ttl("30s"), Ok(30));
        assert_eq!(parse_ttl("1m30s"), Ok(90));
        assert_eq!(parse_ttl("1500ms"), Ok(2));
        assert!(parse_ttl("0").is_err());
        assert!(parse_ttl("soon").is_err());
    }
}
