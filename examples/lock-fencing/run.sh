#!/usr/bin/env bash
# A lock with fencing: workers update a shared counter under a lock, and
# every protected write checks, in the same transaction, that the writer
# still holds the lock, so a holder that lost it cannot write.
# Needs `kvd` on PATH and a server (KVD_ENDPOINTS, default 127.0.0.1:2379).
set -eu
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT

# fenced-put LOCK_KEY KEY VALUE: the put happens only while LOCK_KEY (the
# holder's key, $ETCD_LOCK_KEY) exists; prints SUCCESS or FAILURE.
cat > "$tmp/fenced-put" <<'SCRIPT'
#!/bin/sh
printf 'create("%s") > "0"\n\nput %s "%s"\n\n\n' "$1" "$2" "$3" | kvd txn | head -n 1
SCRIPT
chmod +x "$tmp/fenced-put"
export PATH="$tmp:$PATH"

# Three workers at once: read, think, write the counter + 1. Without the
# lock, updates would be lost.
kvd put /demo/counter 0 > /dev/null
for _ in 1 2 3; do
  kvd lock /locks/counter -- sh -c '
    n=$(kvd get /demo/counter --print-value-only)
    sleep 0.2
    fenced-put "$ETCD_LOCK_KEY" /demo/counter $((n + 1)) > /dev/null' &
done
wait
echo "counter after 3 workers: $(kvd get /demo/counter --print-value-only)"

# Worker A takes the lock, then loses it (a long pause: its lease expired
# and someone else got the lock). It kept its lock key.
stale=$(kvd lock /locks/report -- sh -c 'echo "$ETCD_LOCK_KEY"')
# Worker B holds the lock now and writes.
echo "B's fenced write: $(kvd lock /locks/report -- sh -c 'fenced-put "$ETCD_LOCK_KEY" /demo/report "written by B"')"
# A wakes up and writes as if it still held the lock: refused.
echo "A's stale fenced write: $(fenced-put "$stale" /demo/report "written by A")"
echo "/demo/report = $(kvd get /demo/report --print-value-only)"
