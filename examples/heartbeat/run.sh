#!/usr/bin/env bash
# Heartbeat monitoring: each node refreshes a key with a short TTL every
# second; a monitor watching the prefix sees the key deleted when a node
# stops beating, and raises an alert.
# Needs `kvd` on PATH and a server (KVD_ENDPOINTS, default 127.0.0.1:2379).
set -eu
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT

# A node's heartbeat: the key under a fresh 5-second lease, every second.
beat() {
  while true; do
    kvd put "/health/$1" alive --ttl 5 > /dev/null
    sleep 1
  done
}

# The monitor: from the current revision on, a DELETE under /health/ means
# a node missed its heartbeats.
rev=$(kvd get /health/ --prefix -w fields | sed -n 's/^"Revision" : //p')
kvd watch /health/ --prefix --rev $((rev + 1)) -- sh -c '
  if [ "$ETCD_WATCH_EVENT_TYPE" = "\"DELETE\"" ]; then
    echo "ALERT: $ETCD_WATCH_KEY stopped beating" | tr -d \"
  fi' > "$tmp/monitor" 2> /dev/null &

beat node1 > /dev/null &
beat node2 > /dev/null &
node2=$!
for _ in $(seq 200); do
  [ "$(kvd get /health/ --prefix --count-only -w fields | sed -n 's/^"Count" : //p')" -eq 2 ] && break
  sleep 0.05
done
echo "alive:"
kvd get /health/ --prefix --keys-only | sed '/^$/d'

# node2 stops beating (crashed, hung, cut off).
kill "$node2"
for _ in $(seq 300); do
  grep -q ALERT "$tmp/monitor" && break
  sleep 0.05
done
grep ALERT "$tmp/monitor"
echo "alive:"
kvd get /health/ --prefix --keys-only | sed '/^$/d'
