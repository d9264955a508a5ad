#!/usr/bin/env bash
# Publish/subscribe on a key: every put is a message, every subscriber's
# watch gets each one in order, and a late subscriber replays the history
# from the revision it names.
# Needs `kvd` on PATH and a server (KVD_ENDPOINTS, default 127.0.0.1:2379).
set -eu
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT

# The revision before the first message.
rev=$(kvd get /topics/news -w fields | sed -n 's/^"Revision" : //p')

# Two subscribers; a watch prints each event as PUT, the key, the value.
kvd watch /topics/news --rev $((rev + 1)) > "$tmp/alice" 2> /dev/null &
kvd watch /topics/news --rev $((rev + 1)) > "$tmp/bob" 2> /dev/null &

# A publisher.
for message in "kvd 0.1 released" "queues from the shell" "watch your keys"; do
  kvd put /topics/news "$message" > /dev/null
done
# Another topic: nobody above hears it.
kvd put /topics/sports "nil-nil" > /dev/null

# A late subscriber asks for the history from the same revision.
kvd watch /topics/news --rev $((rev + 1)) > "$tmp/late" 2> /dev/null &

for who in alice bob late; do
  for _ in $(seq 200); do
    [ "$(wc -l < "$tmp/$who")" -ge 9 ] && break
    sleep 0.05
  done
  # Every third line of a watch's output is a value.
  awk -v who="$who" 'NR % 3 == 0 { print who " got: " $0 }' "$tmp/$who"
done
