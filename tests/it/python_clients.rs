//! Python's etcd clients from PyPI against kvd: python-etcd3 (gRPC) and
//! etcd3gw (the v3 JSON gateway over HTTP), each through a script of the
//! calls their users make. The clients live in a venv under the build's
//! temporary directory, made (with pip, from PyPI) when missing.

use crate::common;

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use common::Server;

/// The pinned clients (python-etcd3 needs a protobuf older than 3.21).
const PACKAGES: &[&str] = &["etcd3gw==2.7.0", "etcd3==0.12.0", "protobuf==3.20.3"];

/// The venv's python, made once per test run.
fn python() -> PathBuf {
    static PYTHON: OnceLock<PathBuf> = OnceLock::new();
    PYTHON
        .get_or_init(|| {
            let venv = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("python-clients");
            let python = venv.join("bin/python");
            let stamp = venv.join(PACKAGES.join(" ").replace(['=', ' '], "_"));
            if !stamp.exists() {
                let made = Command::new("python3")
                    .args(["-m", "venv"])
                    .arg(&venv)
                    .status()
                    .expect("python3 runs (Debian: apt-get install -y python3 python3-venv)");
                assert!(made.success(), "python3 -m venv failed");
                let pip = Command::new(&python)
                    .args(["-m", "pip", "install", "-q", "--disable-pip-version-check"])
                    .args(PACKAGES)
                    .output()
                    .expect("pip runs");
                assert!(
                    pip.status.success(),
                    "pip could not install {PACKAGES:?} from PyPI: {}",
                    String::from_utf8_lossy(&pip.stderr)
                );
                std::fs::write(&stamp, "").expect("stamp");
            }
            python
        })
        .clone()
}

/// Runs `script` with the venv's python against `server`; its stdout.
fn run(server: &Server, script: &str) -> String {
    let port = server.endpoint.rsplit(':').next().expect("a port");
    let out = Command::new(python())
        .arg("-c")
        .arg(script)
        .env("KVD_PORT", port)
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "the script failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn etcd3gw_works_over_the_json_gateway() {
    let kvd = Server::kvd();
    let out = run(
        &kvd,
        r#"
import os, etcd3gw
c = etcd3gw.client(host='127.0.0.1', port=int(os.environ['KVD_PORT']))
print(c.put('/gw/a', 'b'))
print(c.get('/gw/a'))
print(c.status()['version'])
lease = c.lease(ttl=30)
print(c.put('/gw/l', 'v', lease=lease), lease.ttl() > 0)
print([v for v, _ in c.get_prefix('/gw/')])
print(c.replace('/gw/a', 'b', 'c'), c.get('/gw/a'))
print(c.delete('/gw/a'), c.get('/gw/a'))
events, cancel = c.watch('/gw/w')
c.put('/gw/w', '1')
for e in events:
    print(e['kv']['key'], e['kv']['value'])
    break
cancel()
print([m['name'] for m in c.members()])
lock = c.lock('mylock', ttl=30)
print(lock.acquire(), lock.release())
print(lease.revoke(), c.get('/gw/l'))
"#,
    );
    assert_eq!(
        out,
        "True\n[b'b']\n3.4.0\nTrue True\n[b'b', b'v']\nTrue [b'c']\nTrue []\n\
         b'/gw/w' b'1'\n['default']\nTrue True\nTrue []\n"
    );
}

#[test]
fn python_etcd3_works_over_grpc() {
    let kvd = Server::kvd();
    let out = run(
        &kvd,
        r#"
import os, etcd3
c = etcd3.client(host='127.0.0.1', port=int(os.environ['KVD_PORT']))
c.put('/py/a', 'b')
print(c.get('/py/a')[0])
print(c.status().version)
lease = c.lease(30)
c.put('/py/l', 'v', lease=lease)
print(lease.remaining_ttl > 0)
print(sorted(v for v, _ in c.get_prefix('/py/')))
with c.lock('pylock', ttl=10) as lock:
    print(lock.is_acquired())
ok, _ = c.transaction(
    compare=[c.transactions.value('/py/a') == b'b'],
    success=[c.transactions.put('/py/t', 'yes')],
    failure=[])
print(ok, c.get('/py/t')[0])
events, cancel = c.watch('/py/w')
c.put('/py/w', '1')
for e in events:
    print(type(e).__name__, e.key, e.value)
    break
cancel()
print([m.name for m in c.members])
print(c.delete_prefix('/py/').deleted)
import io
backup = io.BytesIO()
c.snapshot(backup)
print(len(backup.getvalue()) > 32)
c.defragment()
print(type(c.hash()).__name__)
"#,
    );
    assert_eq!(
        out,
        "b'b'\n3.4.0\nTrue\n[b'b', b'v']\nTrue\nTrue b'yes'\nPutEvent b'/py/w' b'1'\n['default']\n4\nTrue\nint\n"
    );
}
