#!/bin/bash
# Run from the repository root after `cargo build --release`.
# Put p50 of one client (2,000 puts) on 1 member, then on 3 members, for the
# binary in $KVD (default target/release/kvd): compares builds of kvd.
K=${KVD:-target/release/kvd}
D=$(mktemp -d)
$K serve --data-dir $D/d --listen-client-urls http://127.0.0.1:23791 --advertise-client-urls http://127.0.0.1:23791 --listen-peer-urls http://127.0.0.1:23801 --initial-advertise-peer-urls http://127.0.0.1:23801 --initial-cluster default=http://127.0.0.1:23801 > $D/log 2>&1 &
P=$!; sleep 1.5
echo -n "1 member p50: "; $K --endpoints 127.0.0.1:23791 bench put --clients 1 --conns 1 --total 2000 --key-size 8 --val-size 256 --key-space-size 100000 --json | python3 -c "import json,sys; print(json.load(sys.stdin)['summaries'][0]['latency_us']['p50'])"
kill $P; sleep 0.5
. bench/scripts/three_members.sh
echo -n "3 members p50: "; $K $E bench put --clients 1 --conns 1 --total 2000 --key-size 8 --val-size 256 --key-space-size 100000 --json | python3 -c "import json,sys; print(json.load(sys.stdin)['summaries'][0]['latency_us']['p50'])"
for i in 0 1 2; do kill $(cat $D/pid$i); done
