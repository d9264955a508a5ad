#!/usr/bin/env bash
# A config centre: an app that waits for its configuration, reads it, and
# reloads on every change after the revision it read.
# Needs `kvd` on PATH and a server (KVD_ENDPOINTS, default 127.0.0.1:2379).
set -eu
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
kvd del /config/app/ --prefix > /dev/null

# The app starts before its configuration exists: `get --wait` blocks until
# the key is there (and returns at once if it already is).
kvd get /config/app/db_url --wait --timeout 10s --print-value-only > "$tmp/db_url" &
app=$!
kvd put /config/app/db_url postgres://db1/app > /dev/null
kvd put /config/app/pool_size 10 > /dev/null
wait "$app"
echo "app started with db_url=$(cat "$tmp/db_url")"

# It watches from the revision after the one it read, so no change made in
# between is missed; the hook runs once per change.
rev=$(kvd get /config/app/ --prefix -w fields | sed -n 's/^"Revision" : //p')
kvd watch /config/app/ --prefix --rev $((rev + 1)) -- \
  sh -c 'echo "reload: $ETCD_WATCH_EVENT_TYPE $ETCD_WATCH_KEY=$ETCD_WATCH_VALUE" | tr -d \"' \
  > "$tmp/watch" 2> /dev/null &

# An operator changes the configuration.
kvd put /config/app/pool_size 20 > /dev/null
kvd put /config/app/db_url postgres://db2/app > /dev/null
kvd del /config/app/pool_size > /dev/null

for _ in $(seq 200); do
  [ "$(grep -c '^reload' "$tmp/watch")" -ge 3 ] && break
  sleep 0.05
done
grep '^reload' "$tmp/watch"
echo "config now:"
kvd get /config/app/ --prefix
