//! Loopback ports for test servers, claimed so that no other test (in
//! this process or another) and no outgoing connection takes them.

use std::fs::OpenOptions;
use std::net::TcpListener;
use std::path::Path;
use std::sync::Mutex;

/// A loopback TCP port no other test takes. Test binaries run at once, and
/// a port merely found free (bound, then released) may be taken before the
/// server binds it: by another test, or by the kernel for an outgoing
/// connection. So ports come from outside the kernel's ephemeral range, and
/// each is claimed by a file in `$TMPDIR/kvd-test-ports` holding the
/// claimer's PID (a dead claimer's port is taken over).
pub fn free_port() -> u16 {
    free_port_run(1)
}

/// The first of `n` consecutive ports, each claimed as by `free_port`.
pub fn free_port_run(n: u16) -> u16 {
    // Where this process looks next; processes start at different places.
    static NEXT: Mutex<Option<u32>> = Mutex::new(None);
    let (first, len) = test_port_range();
    let dir = std::env::temp_dir().join("kvd-test-ports");
    std::fs::create_dir_all(&dir).expect("port claim directory");
    let pid = std::process::id();
    let mut next = NEXT.lock().unwrap_or_else(|e| e.into_inner());
    let mut at = next.unwrap_or((u64::from(pid) * 2_654_435_761 % u64::from(len)) as u32);
    for _ in 0..len {
        if at + u32::from(n) > len {
            at = 0;
        }
        match (0..u32::from(n)).find(|i| !claim_port(&dir, first + at + i, pid)) {
            None => {
                *next = Some(at + u32::from(n));
                return (first + at) as u16;
            }
            Some(i) => at += i + 1,
        }
    }
    panic!("no {n} free test ports in {first}..{}", first + len);
}

/// The first port and the number of ports tests may claim: the larger gap
/// below (from 15000) or above the kernel's ephemeral range; with no gap,
/// every port from 15000.
fn test_port_range() -> (u32, u32) {
    let (low, high) = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
        .ok()
        .and_then(|s| {
            let mut w = s.split_whitespace().map(|w| w.parse::<u32>().ok());
            Some((w.next()??, w.next()??))
        })
        .unwrap_or((32768, 60999));
    let (below, above) = (low.saturating_sub(15000), 65535u32.saturating_sub(high));
    match below.max(above) {
        0 => (15000, 65536 - 15000),
        _ if below >= above => (15000, below),
        _ => (high + 1, above),
    }
}

/// Claims `port` for process `pid`: true if its claim file was created (or
/// taken over from a dead claimer) and the port can be bound now.
fn claim_port(dir: &Path, port: u32, pid: u32) -> bool {
    use std::io::Write as _;
    let path = dir.join(port.to_string());
    let create = |p: &Path| OpenOptions::new().write(true).create_new(true).open(p);
    let mut file = match create(&path) {
        Ok(file) => file,
        Err(_) => {
            let owner = std::fs::read_to_string(&path).unwrap_or_default();
            let Ok(owner) = owner.trim().parse::<u32>() else {
                return false; // being written, or not ours to judge
            };
            if Path::new("/proc").join(owner.to_string()).exists() {
                return false;
            }
            // Only the process that creates `PORT.OWNER` may remove the
            // dead owner's claim, so two cannot both take it over.
            let guard = dir.join(format!("{port}.{owner}"));
            if create(&guard).is_err() {
                return false;
            }
            let unchanged =
                std::fs::read_to_string(&path).is_ok_and(|s| s.trim().parse() == Ok(owner));
            let taken = unchanged && std::fs::remove_file(&path).is_ok();
            let file = if taken { create(&path).ok() } else { None };
            let _ = std::fs::remove_file(&guard);
            match file {
                Some(file) => file,
                None => return false,
            }
        }
    };
    let _ = write!(file, "{pid}");
    TcpListener::bind(("127.0.0.1", port as u16)).is_ok()
}
