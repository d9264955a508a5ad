#!/usr/bin/env bash
# A work queue with several workers: every job is taken by exactly one
# worker; a priority queue serves urgent work first; a worker can block
# until work arrives.
# Needs `kvd` on PATH and a server (KVD_ENDPOINTS, default 127.0.0.1:2379).
set -eu
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT

kvd queue push jobs job-01 job-02 job-03 job-04 job-05 job-06 \
  job-07 job-08 job-09 job-10 job-11 job-12
echo "queued: $(kvd queue len jobs)"
echo "next up: $(kvd queue peek jobs)"

# Three workers pop until the queue is empty (pop fails on an empty queue).
for w in 1 2 3; do
  (
    while job=$(kvd queue pop jobs 2> /dev/null); do
      echo "$job" >> "$tmp/done.$w"
    done
  ) &
done
wait
echo "done: $(cat "$tmp"/done.* | wc -l | tr -d ' ') jobs, $(cat "$tmp"/done.* | sort -u | wc -l | tr -d ' ') distinct"
echo "left: $(kvd queue len jobs)"

# A priority queue: lower numbers first, first in first out within one.
kvd pqueue push tasks 5 "rebuild the index"
kvd pqueue push tasks 1 "page the on-call"
kvd pqueue push tasks 5 "send the digest"
kvd pqueue push tasks 3 "resize images"
echo "by priority:"
for _ in 1 2 3 4; do kvd pqueue pop tasks; done

# A worker that blocks until a job arrives (or gives up after 10 s).
kvd queue pop urgent --wait --timeout 10s > "$tmp/urgent" &
waiter=$!
kvd queue push urgent "restart the web tier"
wait "$waiter"
echo "the waiting worker got: $(cat "$tmp/urgent")"
