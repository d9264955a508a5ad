# Sourced by the scripts here: starts three release kvd members on fixed
# loopback ports in a new temporary directory ($D), pids in $D/pid0..2,
# and sets $K (the binary) and $E (--endpoints).
K=${KVD:-target/release/kvd}
D=$(mktemp -d)
IC="m0=http://127.0.0.1:24800,m1=http://127.0.0.1:24801,m2=http://127.0.0.1:24802"
for i in 0 1 2; do
  $K serve --name m$i --data-dir $D/m$i --listen-client-urls http://127.0.0.1:2470$i --advertise-client-urls http://127.0.0.1:2470$i --listen-peer-urls http://127.0.0.1:2480$i --initial-advertise-peer-urls http://127.0.0.1:2480$i --initial-cluster $IC > $D/m$i.log 2>&1 &
  echo $! > $D/pid$i
done
sleep 3
E="--endpoints 127.0.0.1:24700,127.0.0.1:24701,127.0.0.1:24702"
