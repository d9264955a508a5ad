#!/bin/bash
# Run from the repository root after `cargo build --release`.
# One member under 30,000 puts from 256 clients: perf (cpu-clock) by thread, library, symbol.
K=${KVD:-target/release/kvd}
D=$(mktemp -d)
$K serve --data-dir $D/d --listen-client-urls http://127.0.0.1:23791 --advertise-client-urls http://127.0.0.1:23791 --listen-peer-urls http://127.0.0.1:23801 --initial-advertise-peer-urls http://127.0.0.1:23801 --initial-cluster default=http://127.0.0.1:23801 > $D/log 2>&1 &
P=$!
sleep 1.5
perf record -e cpu-clock -F 999 -g -p $P -o $D/perf.data 2>/dev/null &
R=$!
sleep 0.5
$K --endpoints 127.0.0.1:23791 bench put --clients 256 --conns 32 --total 30000 --key-size 8 --val-size 256 --key-space-size 100000 --json | python3 -c "import json,sys; b=json.load(sys.stdin); print({k:v for k,v in b.items() if not isinstance(v,(dict,list))})"
kill -INT $R; wait $R
kill $P
perf report -i $D/perf.data --no-children --sort dso --stdio 2>/dev/null | grep -v "^#" | grep -v "^$" | head -12
perf report -i $D/perf.data --no-children --sort comm --stdio 2>/dev/null | grep -v "^#" | grep -v "^$" | head -10
perf report -i $D/perf.data --no-children --sort sym --stdio -g none 2>/dev/null | grep -v "^#" | grep -v "^$" | head -40
