#!/usr/bin/env bash
# Leader election with failover: two candidates campaign, an observer
# prints each new leader; the leader is killed with kill -9 and the other
# takes over once the dead leader's lease runs out.
# Needs `kvd` on PATH and a server (KVD_ENDPOINTS, default 127.0.0.1:2379).
set -eu
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT

# Lines of $1 (a file) once it has at least $2.
wait_lines() {
  for _ in $(seq 300); do
    [ "$(wc -l < "$1")" -ge "$2" ] && return 0
    sleep 0.05
  done
  echo "timed out waiting for $1" >&2
  exit 1
}

# The observer prints each leader's key and value (its proposal).
kvd elect --listen /election/demo > "$tmp/observed" 2> /dev/null &

# node1 campaigns first and leads; node2 waits its turn. A candidate's
# session lease has a 3 s TTL: a dead leader is replaced within about that.
kvd elect /election/demo node1 --ttl 3 > "$tmp/node1" 2> /dev/null &
node1=$!
wait_lines "$tmp/node1" 2
kvd elect /election/demo node2 --ttl 3 > "$tmp/node2" 2> /dev/null &
node2=$!
sleep 1
echo "node1 leads: $(tail -n 1 "$tmp/node1")"
echo "node2 is waiting: $([ -s "$tmp/node2" ] && echo no || echo yes)"

kill -9 "$node1"
wait "$node1" || true
wait_lines "$tmp/node2" 2
echo "after kill -9 of node1, the leader is: $(tail -n 1 "$tmp/node2")"

# node2 resigns on SIGTERM (or Ctrl-C), leaving no leader.
kill -TERM "$node2"
wait "$node2"
echo "leader after node2 resigned: [$(kvd get /election/demo/ --prefix --print-value-only)]"

wait_lines "$tmp/observed" 4
echo "the observer saw:"
awk 'NR % 2 == 0' "$tmp/observed"
