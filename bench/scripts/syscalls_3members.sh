#!/bin/bash
# Run from the repository root after `cargo build --release`.
# Three members; syscall counts of one follower and the leader during 20,000 puts from 256 clients.
. "$(dirname "$0")/three_members.sh"
$K $E put warm up > /dev/null
LEADER=$($K $E endpoint status -w json | python3 -c "
import json,sys
s=json.load(sys.stdin)
for i,m in enumerate(s):
    if m['Status']['header']['member_id']==m['Status']['leader']: print(i)")
F=$(( (LEADER + 1) % 3 ))
strace -f -c -e trace=fdatasync,fsync,pwrite64,write,writev -o $D/follower.trace -p $(cat $D/pid$F) &
S1=$!
strace -f -c -e trace=fdatasync,fsync,pwrite64,write,writev -o $D/leader.trace -p $(cat $D/pid$LEADER) &
S2=$!
sleep 1
$K $E bench put --clients 256 --conns 32 --total 20000 --key-size 8 --val-size 256 --key-space-size 100000 --json | python3 -c "import json,sys; b=json.load(sys.stdin); print('bench', {k:v for k,v in b.items() if not isinstance(v,(dict,list))})"
kill -INT $S1 $S2; sleep 1
echo "follower m$F:"; cat $D/follower.trace
echo "leader m$LEADER:"; cat $D/leader.trace
for i in 0 1 2; do kill $(cat $D/pid$i); done
