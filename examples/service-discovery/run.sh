#!/usr/bin/env bash
# Service discovery behind a round-robin caller: instances register on
# leases, a caller picks one per request, and instances that stop (or die)
# drop out of the list.
# Needs `kvd` on PATH and a server (KVD_ENDPOINTS, default 127.0.0.1:2379).
set -eu
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT

count() { kvd discover web | wc -l; }
wait_count() {
  for _ in $(seq 300); do
    [ "$(count)" -eq "$1" ] && return 0
    sleep 0.05
  done
  echo "timed out waiting for $1 instances" >&2
  exit 1
}

# A watcher prints every join and leave as it happens.
kvd discover web --watch > "$tmp/events" 2> /dev/null &

# Three instances register, each on a 3-second lease kept alive.
pids=()
for port in 8001 8002 8003; do
  kvd register web "127.0.0.1:$port" --ttl 3 --meta "zone=z$((port - 8000))" > /dev/null 2>&1 &
  pids+=($!)
  wait_count $((port - 8000))
done
echo "instances:"
kvd discover web -w table

# A caller asks for an address per request: round robin, the turn kept in
# the store, so callers anywhere share it.
for _ in 1 2 3 4 5 6; do kvd discover web --pick; done | sort | uniq -c |
  awk '{ print $2 " picked " $1 " times" }'

# One instance stops cleanly (SIGTERM): it deregisters at once.
kill -TERM "${pids[0]}"
wait "${pids[0]}"
echo "after a clean stop:"
kvd discover web

# Another dies (kill -9): its lease expires within the TTL and it is gone.
kill -9 "${pids[1]}"
wait "${pids[1]}" || true
wait_count 1
echo "after kill -9, within the TTL:"
kvd discover web

# A command can run registered: the instance lives as long as it does.
echo "a command sees itself registered:"
kvd register batch 127.0.0.1:9000 --ttl 3 -- kvd discover batch 2> /dev/null
echo "and is gone after it exits: [$(kvd discover batch)]"

for _ in $(seq 100); do
  [ "$(wc -l < "$tmp/events")" -ge 5 ] && break
  sleep 0.05
done
echo "the watcher saw:"
cat "$tmp/events"
