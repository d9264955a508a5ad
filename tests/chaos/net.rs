//! The network between members: a TCP proxy on every directed link. Member
//! `a` dials member `b` (its peer port, and its client port when it talks
//! to the leader) through the proxies of link a→b, routed there by
//! `KVD_DIAL_ROUTES`. Raft traffic from a to b travels only on connections
//! a opens, so one link's state decides one direction of one pair:
//! partitions, one-way drops and bridges are sets of blocked links.
//!
//! A blocked link stalls its connections (bytes are held, not lost, as TCP
//! holds them while packets are dropped) and stalls new ones; healing lets
//! them flow again. A slow link delays every chunk by a delay plus jitter,
//! keeping order (TCP cannot reorder a stream). A lossy link resets its
//! connections at random, losing what was in flight, which is what a
//! client of TCP sees of heavy loss.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::task::AbortHandle;

use crate::rng::Rng;

/// The state of one directed link.
#[derive(Default)]
pub struct Link {
    blocked: AtomicBool,
    delay_ms: AtomicU64,
    jitter_ms: AtomicU64,
    resets_per_mille: AtomicU32,
    connections: Mutex<Vec<AbortHandle>>,
}

impl Link {
    fn is_blocked(&self) -> bool {
        self.blocked.load(Ordering::SeqCst)
    }

    /// Resets every open connection of this link.
    fn reset(&self) {
        for c in self.connections.lock().unwrap().drain(..) {
            c.abort();
        }
    }
}

/// Every directed link between `slots` member slots, with their proxies.
pub struct Net {
    slots: usize,
    links: Vec<Arc<Link>>,
    /// (from, to, target port) -> the proxy port `from` dials instead.
    ports: HashMap<(usize, usize, u16), u16>,
    accepts: Vec<AbortHandle>,
}

impl Net {
    /// Proxies for every link between slots whose (client, peer) ports are
    /// `targets`.
    pub async fn start(targets: &[(u16, u16)]) -> Net {
        let slots = targets.len();
        let links: Vec<Arc<Link>> = (0..slots * slots).map(|_| Arc::default()).collect();
        let mut ports = HashMap::new();
        let mut accepts = Vec::new();
        for from in 0..slots {
            for (to, &(client, peer)) in targets.iter().enumerate() {
                if from == to {
                    continue;
                }
                for target in [client, peer] {
                    let link = links[from * slots + to].clone();
                    let seed = (from * 97 + to * 13 + target as usize) as u64;
                    let (port, accept) = proxy(target, link, seed).await;
                    ports.insert((from, to, target), port);
                    accepts.push(accept);
                }
            }
        }
        Net {
            slots,
            links,
            ports,
            accepts,
        }
    }

    /// `KVD_DIAL_ROUTES` for the member in slot `from`.
    pub fn routes_for(&self, from: usize) -> String {
        let mut routes: Vec<String> = self
            .ports
            .iter()
            .filter(|((f, _, _), _)| *f == from)
            .map(|((_, _, target), port)| format!("127.0.0.1:{target}=127.0.0.1:{port}"))
            .collect();
        routes.sort();
        routes.join(",")
    }

    fn link(&self, from: usize, to: usize) -> &Link {
        &self.links[from * self.slots + to]
    }

    /// Stops traffic from `from` to `to` (one direction): held, or with
    /// `drop` also lost (its open connections reset).
    pub fn block(&self, from: usize, to: usize, drop: bool) {
        let link = self.link(from, to);
        link.blocked.store(true, Ordering::SeqCst);
        if drop {
            link.reset();
        }
    }

    /// Cuts `a` and `b` apart in both directions (traffic held).
    pub fn cut(&self, a: usize, b: usize) {
        self.block(a, b, false);
        self.block(b, a, false);
    }

    /// Splits the slots into `side` and the rest: no traffic crosses.
    pub fn partition(&self, side: &[usize], drop: bool) {
        for a in 0..self.slots {
            for b in 0..self.slots {
                if a != b && side.contains(&a) != side.contains(&b) {
                    self.block(a, b, drop);
                }
            }
        }
    }

    /// Delays every chunk on every link by `delay` plus up to `jitter`.
    pub fn slow(&self, delay: Duration, jitter: Duration) {
        for l in &self.links {
            l.delay_ms.store(delay.as_millis() as u64, Ordering::SeqCst);
            l.jitter_ms
                .store(jitter.as_millis() as u64, Ordering::SeqCst);
        }
    }

    /// Resets a connection at each chunk with probability `per_mille`/1000.
    pub fn lossy(&self, per_mille: u32) {
        for l in &self.links {
            l.resets_per_mille.store(per_mille, Ordering::SeqCst);
        }
    }

    /// Every link open, fast and reliable again.
    pub fn heal(&self) {
        for l in &self.links {
            l.blocked.store(false, Ordering::SeqCst);
            l.delay_ms.store(0, Ordering::SeqCst);
            l.jitter_ms.store(0, Ordering::SeqCst);
            l.resets_per_mille.store(0, Ordering::SeqCst);
        }
    }

    /// Resets every connection on every link (members reconnect).
    pub fn reset_all(&self) {
        for l in &self.links {
            l.reset();
        }
    }
}

impl Drop for Net {
    fn drop(&mut self) {
        for a in &self.accepts {
            a.abort();
        }
        self.reset_all();
    }
}

/// Starts a proxy to 127.0.0.1:`target` governed by `link`; returns its
/// port and its accept task.
async fn proxy(target: u16, link: Arc<Link>, seed: u64) -> (u16, AbortHandle) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
    let port = listener.local_addr().expect("proxy address").port();
    let accept = tokio::spawn(async move {
        let mut n = 0;
        while let Ok((inbound, _)) = listener.accept().await {
            n += 1;
            let l = link.clone();
            let task = tokio::spawn(async move {
                let Ok(outbound) = TcpStream::connect(("127.0.0.1", target)).await else {
                    return;
                };
                let _ = inbound.set_nodelay(true);
                let _ = outbound.set_nodelay(true);
                let (ri, wi) = inbound.into_split();
                let (ro, wo) = outbound.into_split();
                let rng = Rng::new(seed ^ (n as u64) << 20);
                tokio::select! {
                    _ = pump(ri, wo, l.clone(), rng.fork(1)) => {}
                    _ = pump(ro, wi, l.clone(), rng.fork(2)) => {}
                }
            });
            let mut conns = link.connections.lock().unwrap();
            conns.retain(|c| !c.is_finished());
            conns.push(task.abort_handle());
        }
    });
    (port, accept.abort_handle())
}

/// Copies one direction of a connection under its link's faults; returns
/// when either side closes or the link resets it.
async fn pump(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    link: Arc<Link>,
    mut rng: Rng,
) {
    let (tx, mut rx) = mpsc::unbounded_channel::<(Instant, Vec<u8>)>();
    let writer = async move {
        while let Some((at, chunk)) = rx.recv().await {
            tokio::time::sleep_until(at.into()).await;
            if to.write_all(&chunk).await.is_err() {
                return;
            }
        }
    };
    let reader = async move {
        let mut buf = vec![0u8; 64 * 1024];
        let mut last = Instant::now();
        loop {
            let n = match from.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            // A blocked link holds the bytes and reads no more: the sender
            // sees its window fill, as behind a dropped route.
            while link.is_blocked() {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            let resets = link.resets_per_mille.load(Ordering::SeqCst);
            if resets > 0 && rng.below(1000) < resets as u64 {
                return;
            }
            let delay = link.delay_ms.load(Ordering::SeqCst);
            let jitter = link.jitter_ms.load(Ordering::SeqCst);
            let wait = delay + if jitter > 0 { rng.below(jitter + 1) } else { 0 };
            // Order is kept: a chunk never overtakes the one before it.
            last = last.max(Instant::now() + Duration::from_millis(wait));
            if tx.send((last, buf[..n].to_vec())).is_err() {
                return;
            }
        }
    };
    tokio::select! {
        _ = writer => {}
        _ = reader => {}
    }
}
