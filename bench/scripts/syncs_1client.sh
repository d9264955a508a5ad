#!/bin/bash
# Run from the repository root after `cargo build --release`.
# One member, 1 client puts under strace: syscall counts and sync latencies per put.
set -e
K=${KVD:-target/release/kvd}
D=$(mktemp -d)
$K serve --data-dir $D/d --listen-client-urls http://127.0.0.1:23791 --advertise-client-urls http://127.0.0.1:23791 --listen-peer-urls http://127.0.0.1:23801 --initial-advertise-peer-urls http://127.0.0.1:23801 --initial-cluster default=http://127.0.0.1:23801 > $D/log 2>&1 &
P=$!
sleep 1.5
$K --endpoints 127.0.0.1:23791 put warm up >/dev/null
strace -f -T -e trace=fdatasync,fsync -o $D/trace -p $P &
S=$!
sleep 1
$K --endpoints 127.0.0.1:23791 bench put --clients 1 --conns 1 --total 2000 --key-size 8 --val-size 256 --json > $D/bench.json
kill $S; sleep 0.5
ls -la /proc/$P/fd | grep -E "wal|mdb" | awk '{print $9, $11}' > $D/fds
kill $P
python3 - $D <<'PY'
import sys, re, json, collections
d=sys.argv[1]
fds={}
for l in open(d+"/fds"):
    fd,path=l.split()
    fds[fd]=path.split('/')[-1]
c=collections.defaultdict(list)
for l in open(d+"/trace"):
    m=re.search(r'(fdatasync|fsync)\((\d+)\).*<([\d.]+)>',l)
    if m: c[(m.group(1),fds.get(m.group(2),m.group(2)))].append(float(m.group(3)))
b=json.load(open(d+"/bench.json"))
print("bench:", {k:b[k] for k in b if not isinstance(b[k],(list,dict))})
for k,v in c.items():
    v.sort(); print(k, "calls", len(v), "per put %.2f"%(len(v)/2000), "p50 %.0f us"%(v[len(v)//2]*1e6), "mean %.0f us"%(sum(v)/len(v)*1e6))
PY
