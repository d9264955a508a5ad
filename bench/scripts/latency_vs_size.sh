#!/bin/bash
# Run from the repository root after `cargo build --release`.
# Three members, 1 client: put p50 on a fresh cluster, after 100,000 puts, and 10 s later.
. "$(dirname "$0")/three_members.sh"
p50() { python3 -c "import json,sys; b=json.load(sys.stdin); print(json.dumps(b)[:400])"; }
$K $E bench put --clients 1 --conns 1 --total 2000 --key-size 8 --val-size 256 --key-space-size 100000 --json | p50
$K $E bench put --clients 256 --conns 32 --total 100000 --key-size 8 --val-size 256 --key-space-size 100000 --json > /dev/null
$K $E bench put --clients 1 --conns 1 --total 2000 --key-size 8 --val-size 256 --key-space-size 100000 --json | p50
sleep 10
$K $E bench put --clients 1 --conns 1 --total 2000 --key-size 8 --val-size 256 --key-space-size 100000 --json | p50
for i in 0 1 2; do kill $(cat $D/pid$i); done
