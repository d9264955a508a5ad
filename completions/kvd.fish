# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kvd_global_optspecs
    string join \n endpoints= dial-timeout= command-timeout= w/write-out= hex= cacert= cert= key= insecure-skip-tls-verify insecure-transport= user= password= h/help V/version
end

function __fish_kvd_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kvd_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kvd_using_subcommand
    set -l cmd (__fish_kvd_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kvd -n "__fish_kvd_needs_command" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_needs_command" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_needs_command" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_needs_command" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_needs_command" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_needs_command" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_needs_command" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_needs_command" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_needs_command" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_needs_command" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_needs_command" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_needs_command" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_needs_command" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "serve" -d 'Run a member of a kvd cluster'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "put" -d 'Puts the given key into the store'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "get" -d 'Gets the key or a range of keys'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "del" -d 'Removes the specified key or range of keys [key, range_end)'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "txn" -d 'Txn processes all the requests in one transaction'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "watch" -d 'Watches events stream on keys or prefixes'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "lock" -d 'Acquires a named lock'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "elect" -d 'Observes and participates in leader election'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "compaction" -d 'Compacts the event history in etcd'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "defrag" -d 'Defragments the storage of the etcd members with given endpoints'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "lease" -d 'Lease related commands'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "endpoint" -d 'Endpoint related commands'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "member" -d 'Membership related commands'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "move-leader" -d 'Transfers leadership to another member'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "snapshot" -d 'Manages etcd node snapshots'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "check" -d 'Commands for checking properties of the etcd cluster'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "alarm" -d 'Alarm related commands'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "version" -d 'Prints the version of the client and the API it speaks'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "auth" -d 'Enable or disable authentication'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "user" -d 'User related commands'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "role" -d 'Role related commands'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "register" -d 'Registers a service instance under /services/SERVICE/ID, on a lease kept alive until exit'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "discover" -d 'Lists a service\'s live instances; watches them, or picks one round robin'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "queue" -d 'A FIFO queue shared with etcd\'s Go recipe (recipe.NewQueue)'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "pqueue" -d 'A priority queue shared with etcd\'s Go recipe (recipe.NewPriorityQueue)'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "barrier" -d 'Barriers and double barriers shared with etcd\'s Go recipes'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "set" -d 'Sets a key through etcd\'s v2 API, as `ETCDCTL_API=2 etcdctl set` does, and prints its value'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "completion" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "install-links" -d 'Make `etcd` and `etcdctl` links to this binary in a directory'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "cluster" -d 'Run a local cluster, for development and demos'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "bench" -d 'Benchmark an etcd-API endpoint (like etcd\'s `benchmark` tool)'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "certs" -d 'Make TLS certificates for a local secure cluster'
complete -c kvd -n "__fish_kvd_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l name -d 'Human-readable name for this member' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l data-dir -d 'Path to the data directory [default: ./<name>.kvd]' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l listen-client-urls -d 'URLs to listen on for client traffic' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l advertise-client-urls -d 'This member\'s client URLs to advertise to the cluster' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l listen-peer-urls -d 'URLs to listen on for peer traffic [default: this member\'s --peers URL, or http://127.0.0.1:2380]' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l initial-advertise-peer-urls -d 'This member\'s peer URLs to advertise to the cluster [default: as --listen-peer-urls]' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l initial-cluster -d 'Initial cluster configuration, as name=peer-url,... [default: <name>=<initial-advertise-peer-urls>]' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l peers -d 'Short form of --initial-cluster: name=peer-url,... of every member; this member\'s peer URL comes from its own entry' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l initial-cluster-state -d 'Initial cluster state: `new` bootstraps a cluster; `existing` joins a running one (after `kvd member add`)' -r -f -a "new\t''
existing\t''"
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l initial-cluster-token -d 'Initial cluster token, which makes member and cluster IDs unique' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l max-request-bytes -d 'Largest client request accepted, in bytes' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l max-txn-ops -d 'Most operations allowed in one transaction' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l quota-backend-bytes -d 'Database size, in bytes, above which writes are refused' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l snapshot-count -d 'Applied entries kept in the Raft log for members that lag; a member further behind is sent a snapshot' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l experimental-watch-progress-notify-interval -d 'How often idle watchers that asked for it get a progress notification' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l strict-reconfig-check -d 'Refuse membership changes that would leave too few started, connected voters for a quorum (`--strict-reconfig-check=false` to allow them)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l cert-file -d 'The client port\'s certificate (PEM), for https:// client URLs' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l key-file -d 'The key of --cert-file (PEM)' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l trusted-ca-file -d 'The CA that signs client certificates (PEM)' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l client-crl-file -d 'Client certificates revoked (PEM certificate revocation lists)' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l peer-cert-file -d 'The peer port\'s certificate (PEM), used both ways between members' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l peer-key-file -d 'The key of --peer-cert-file (PEM)' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l peer-trusted-ca-file -d 'The CA that signs the members\' peer certificates (PEM)' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l peer-crl-file -d 'Peer certificates revoked (PEM certificate revocation lists)' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l cipher-suites -d 'TLS 1.2 cipher suites the client and peer ports offer (comma-separated names, as Go\'s crypto/tls spells them); TLS 1.3 is not restricted' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l peer-cert-allowed-cn -d 'The only common name a member\'s peer certificate may carry' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l auth-token -d 'Auth tokens: `simple`, or `jwt,pub-key=FILE,priv-key=FILE,sign-method=RS256|ES256|...[,ttl=5m]`' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l auth-token-ttl -d 'Seconds an unused simple token stays valid' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l auto-compaction-mode -d 'Interpret --auto-compaction-retention as a time window (periodic) or a number of revisions (revision)' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l auto-compaction-retention -d 'History to keep: for periodic a duration (`1h`, `30m`; a bare number is hours), for revision a count; 0 turns auto-compaction off' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l logger -d '`zap` for JSON lines as etcd\'s zap logger writes them, `capnslog` for text' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l log-level -d 'debug, info, warn, error, panic or fatal' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l log-outputs -d 'Where logs go: `default` or `stderr`, `stdout`, or file paths (comma-separated; several at once)' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l experimental-corrupt-check-time -d 'How often the leader compares the members\' keyspace hashes and raises CORRUPT for one that differs (0s: never)' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l experimental-initial-corrupt-check -d 'Before serving clients, compare this member\'s keyspace hash with its peers\' and refuse to start if one differs' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l config-file -d 'etcd\'s YAML configuration file; when given, it replaces the other flags (as in etcd)' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l bcrypt-cost -d 'bcrypt cost for hashing passwords (4 to 31)' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l listen-metrics-urls -d 'More URLs to serve /metrics and /health on (comma-separated), e.g. for Prometheus on a port clients do not use' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l metrics -d '`basic`, or `extensive` to add gRPC latency histograms' -r -f -a "basic\t''
extensive\t''"
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l enable-v2 -d 'Serve etcd\'s v2 HTTP API (/v2/keys, /v2/members) on the client URLs, kept in the v3 store' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l ui -d 'Serve the web dashboard at /ui on the client URLs (and on --listen-metrics-urls); `--ui=false` turns it off' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l client-cert-auth -d 'Accept only clients with a certificate --trusted-ca-file signed'
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l auto-tls -d 'Serve https client URLs with a self-signed certificate made at start when no --cert-file is given (clients must skip verification)'
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l peer-auto-tls -d 'Serve https peer URLs with a self-signed certificate made at start when no --peer-cert-file is given (members then take any certificate from each other: encrypted, not authenticated)'
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l peer-client-cert-auth -d 'Accept only members with a certificate --peer-trusted-ca-file signed'
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l force-new-cluster -d 'Restart as the only member of the cluster, keeping this member\'s data: for when a majority of members is lost for good. Remove the flag once the member runs (it is harmless if left)'
complete -c kvd -n "__fish_kvd_using_subcommand serve" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand serve" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand put" -l lease -d 'Lease ID (in hexadecimal) to attach to the key' -r
complete -c kvd -n "__fish_kvd_using_subcommand put" -l prev-kv -d 'Return the previous key-value pair before modification' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand put" -l ignore-value -d 'Update the key using its current value' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand put" -l ignore-lease -d 'Update the key using its current lease' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand put" -l ttl -d 'Attach the key to a new lease of this TTL (seconds, or a duration such as 30s): the key is deleted when it runs out. -w json prints the lease' -r
complete -c kvd -n "__fish_kvd_using_subcommand put" -l from-file -d 'Take the value from this file, byte for byte' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand put" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand put" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand put" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand put" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand put" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand put" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand put" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand put" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand put" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand put" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand put" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand put" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand put" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand get" -l consistency -d 'Linearizable(l) or Serializable(s)' -r
complete -c kvd -n "__fish_kvd_using_subcommand get" -l order -d 'Order of results; ASCEND or DESCEND (ASCEND by default)' -r
complete -c kvd -n "__fish_kvd_using_subcommand get" -l sort-by -d 'Sort target; CREATE, KEY, MODIFY, VALUE, or VERSION' -r
complete -c kvd -n "__fish_kvd_using_subcommand get" -l limit -d 'Maximum number of results' -r
complete -c kvd -n "__fish_kvd_using_subcommand get" -l prefix -d 'Get keys with matching prefix' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand get" -l from-key -d 'Get keys that are greater than or equal to the given key using byte compare' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand get" -l rev -d 'Specify the kv revision' -r
complete -c kvd -n "__fish_kvd_using_subcommand get" -l keys-only -d 'Get only the keys' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand get" -l count-only -d 'Get only the count' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand get" -l print-value-only -d 'Only write values when using the "simple" output format' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand get" -l wait -d 'If no key matches, wait until one does (race-free: the get, then a watch from its revision)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand get" -l timeout -d 'Wait at most this long (implies --wait), e.g. 10s' -r
complete -c kvd -n "__fish_kvd_using_subcommand get" -l raw -d 'Write only the values, byte for byte, without a newline: `get KEY --raw > F` gives back the file `put KEY --from-file F` stored' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand get" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand get" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand get" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand get" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand get" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand get" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand get" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand get" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand get" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand get" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand get" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand get" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand get" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand del" -l prefix -d 'Delete keys with matching prefix' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand del" -l prev-kv -d 'Return deleted key-value pairs' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand del" -l from-key -d 'Delete keys that are greater than or equal to the given key using byte compare' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand del" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand del" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand del" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand del" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand del" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand del" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand del" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand del" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand del" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand del" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand del" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand del" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand del" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand del" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand txn" -s i -l interactive -d 'Input transaction in interactive mode' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand txn" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand txn" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand txn" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand txn" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand txn" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand txn" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand txn" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand txn" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand txn" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand txn" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand txn" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand txn" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand txn" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand txn" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l prefix -d 'Watch on a prefix if prefix is set' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l rev -d 'Revision to start watching' -r
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l prev-kv -d 'Get the previous key-value pair before the event happens' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l progress-notify -d 'Get periodic watch progress notification from server' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand watch" -s i -l interactive -d 'Interactive mode: read `watch ...`, `progress` and `cancel ID` lines from stdin' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand watch" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand watch" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand watch" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand lock" -l ttl -d 'Timeout for session, in seconds' -r
complete -c kvd -n "__fish_kvd_using_subcommand lock" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand lock" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand lock" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lock" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand lock" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lock" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lock" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lock" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lock" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lock" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lock" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lock" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand lock" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand elect" -s l -l listen -d 'Observation mode' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand elect" -l ttl -d 'Timeout for session, in seconds' -r
complete -c kvd -n "__fish_kvd_using_subcommand elect" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand elect" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand elect" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand elect" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand elect" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand elect" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand elect" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand elect" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand elect" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand elect" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand elect" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand elect" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand elect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand elect" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -l physical -d 'Wait for the compaction to physically remove all old revisions' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand compaction" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -l cluster -d 'Use all endpoints from the cluster member list' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -l data-dir -d 'Optional. If present, defragments a data directory not in use by etcd' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand defrag" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -f -a "grant" -d 'Creates leases'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -f -a "revoke" -d 'Revokes leases'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -f -a "timetolive" -d 'Get lease information'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -f -a "list" -d 'List all active leases'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -f -a "keep-alive" -d 'Keeps leases alive (renew)'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from grant" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from grant" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from grant" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from grant" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from grant" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from grant" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from grant" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from grant" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from grant" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from grant" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from grant" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from grant" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from revoke" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l keys -d 'Get keys attached to this lease' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from list" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from list" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from list" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from list" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from list" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from list" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from list" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from list" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from list" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from list" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from list" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l once -d 'Resets the keep-alive time to its original value and exits immediately' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Creates leases'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revokes leases'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "timetolive" -d 'Get lease information'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "list" -d 'List all active leases'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "keep-alive" -d 'Keeps leases alive (renew)'
complete -c kvd -n "__fish_kvd_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -l cluster -d 'Use all endpoints from the cluster member list' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -f -a "status" -d 'Prints out the status of endpoints specified in `--endpoints` flag'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -f -a "health" -d 'Checks the healthiness of endpoints specified in `--endpoints` flag'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -f -a "hashkv" -d 'Prints the KV history hash for each endpoint in --endpoints'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and not __fish_seen_subcommand_from status health hashkv help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l cluster -d 'Use all endpoints from the cluster member list' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l cluster -d 'Use all endpoints from the cluster member list' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l rev -d 'Maximum revision to hash (default: all revisions)' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l cluster -d 'Use all endpoints from the cluster member list' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "status" -d 'Prints out the status of endpoints specified in `--endpoints` flag'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "health" -d 'Checks the healthiness of endpoints specified in `--endpoints` flag'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "hashkv" -d 'Prints the KV history hash for each endpoint in --endpoints'
complete -c kvd -n "__fish_kvd_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -f -a "list" -d 'Lists all members in the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -f -a "add" -d 'Adds a member into the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -f -a "remove" -d 'Removes a member from the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -f -a "update" -d 'Updates a member in the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -f -a "promote" -d 'Promotes a non-voting member in the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from list" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from list" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from list" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from list" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from list" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from list" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from list" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from list" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from list" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from list" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from list" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -l peer-urls -d 'Comma separated peer URLs for the new member' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -l learner -d 'Indicates if the new member is raft learner'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from remove" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from remove" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from remove" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from remove" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from remove" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from remove" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from remove" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from remove" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from remove" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from remove" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from remove" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from remove" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -l peer-urls -d 'Comma separated peer URLs for the updated member' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from promote" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from promote" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from promote" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from promote" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from promote" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from promote" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from promote" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from promote" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from promote" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from promote" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from promote" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from promote" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from promote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from promote" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "list" -d 'Lists all members in the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "add" -d 'Adds a member into the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Removes a member from the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "update" -d 'Updates a member in the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "promote" -d 'Promotes a non-voting member in the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand move-leader" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand move-leader" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand move-leader" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand move-leader" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand move-leader" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand move-leader" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand move-leader" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand move-leader" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand move-leader" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand move-leader" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand move-leader" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand move-leader" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand move-leader" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand move-leader" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -f -a "save" -d 'Stores an etcd node backend snapshot to a given file'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -f -a "status" -d 'Gets backend snapshot status of a given file'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -f -a "restore" -d 'Restores an etcd member snapshot to an etcd directory'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l data-dir -d 'Path to the data directory (default: NAME.kvd)' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l name -d 'Human-readable name for this member' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l initial-cluster -d 'Initial cluster configuration for restore bootstrap' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l initial-cluster-token -d 'Initial cluster token for the etcd cluster during restore bootstrap' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l initial-advertise-peer-urls -d 'List of this member\'s peer URLs to advertise to the rest of the cluster' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l skip-hash-check -d 'Ignore snapshot integrity hash value (required if copied from data directory)'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "save" -d 'Stores an etcd node backend snapshot to a given file'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "status" -d 'Gets backend snapshot status of a given file'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restores an etcd member snapshot to an etcd directory'
complete -c kvd -n "__fish_kvd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -f -a "perf" -d 'Check the performance of the etcd cluster'
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -f -a "datascale" -d 'Check the memory usage of holding data for different workloads on a given server endpoint'
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -f -a "data" -d 'Verify a stopped member\'s data directory; exit 1 if it is damaged'
complete -c kvd -n "__fish_kvd_using_subcommand check; and not __fish_seen_subcommand_from perf datascale data help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l load -d 'The performance check\'s workload model. Accepted workloads: s(small), m(medium), l(large), xl(xLarge)' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l prefix -d 'The prefix for writing the performance check\'s keys' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l auto-compact -d 'Compact storage with last revision after test is finished' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l auto-defrag -d 'Defragment storage after test is finished' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from perf" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l load -d 'The datascale check\'s workload model. Accepted workloads: s(small), m(medium), l(large), xl(xLarge)' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l prefix -d 'The prefix for writing the datascale check\'s keys' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l auto-compact -d 'Compact storage with last revision after test is finished' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l auto-defrag -d 'Defragment storage after test is finished' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from datascale" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from data" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from data" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from data" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from data" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from data" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from data" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from data" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from data" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from data" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from data" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from data" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from data" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from data" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from data" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "perf" -d 'Check the performance of the etcd cluster'
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "datascale" -d 'Check the memory usage of holding data for different workloads on a given server endpoint'
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "data" -d 'Verify a stopped member\'s data directory; exit 1 if it is damaged'
complete -c kvd -n "__fish_kvd_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -f -a "list" -d 'Lists all alarms'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -f -a "disarm" -d 'Disarms all alarms'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from list" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "list" -d 'Lists all alarms'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "disarm" -d 'Disarms all alarms'
complete -c kvd -n "__fish_kvd_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand version" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand version" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand version" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand version" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand version" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand version" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand version" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand version" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand version" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand version" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand version" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand version" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand version" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -f -a "enable" -d 'Enables authentication'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -f -a "disable" -d 'Disables authentication'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -f -a "status" -d 'Returns authentication status'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from enable" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from enable" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from enable" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from enable" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from enable" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from enable" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from enable" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from enable" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from enable" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from enable" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from enable" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from enable" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from disable" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from disable" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from disable" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from disable" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from disable" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from disable" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from disable" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from disable" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from disable" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from disable" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from disable" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from disable" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from status" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from status" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from status" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from status" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from status" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from status" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from status" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from status" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from status" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from status" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from status" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from status" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enables authentication'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disables authentication'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Returns authentication status'
complete -c kvd -n "__fish_kvd_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "add" -d 'Adds a new user'
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "delete" -d 'Deletes a user'
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "get" -d 'Gets detailed information of a user'
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "list" -d 'Lists all users'
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "passwd" -d 'Changes password of user'
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "grant-role" -d 'Grants a role to a user'
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "revoke-role" -d 'Revokes a role from a user'
complete -c kvd -n "__fish_kvd_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -l interactive -d 'Read password from stdin instead of interactive terminal' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -l new-user-password -d 'Supply password from the command line flag' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -l no-password -d 'Create a user without password (CN based auth only)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from delete" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from delete" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from delete" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from delete" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from delete" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from delete" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from delete" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from delete" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from delete" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from delete" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from delete" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from delete" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -l detail -d 'Show permissions of roles granted to the user' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from list" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from list" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from list" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from list" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from list" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from list" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from list" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from list" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from list" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from list" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from list" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -l interactive -d 'If true, read password from stdin instead of interactive terminal' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from grant-role" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from grant-role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from grant-role" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Adds a new user'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Deletes a user'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "get" -d 'Gets detailed information of a user'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'Lists all users'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Changes password of user'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "grant-role" -d 'Grants a role to a user'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "revoke-role" -d 'Revokes a role from a user'
complete -c kvd -n "__fish_kvd_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -f -a "add" -d 'Adds a new role'
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -f -a "delete" -d 'Deletes a role'
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -f -a "get" -d 'Gets detailed information of a role'
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -f -a "list" -d 'Lists all roles'
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -f -a "grant-permission" -d 'Grants a key to a role'
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -f -a "revoke-permission" -d 'Revokes a key from a role'
complete -c kvd -n "__fish_kvd_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from add" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from add" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from add" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from add" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from add" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from add" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from add" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from add" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from add" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from add" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from add" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from add" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from delete" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from delete" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from delete" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from delete" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from delete" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from delete" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from delete" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from delete" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from delete" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from delete" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from delete" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from delete" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from get" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from get" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from get" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from get" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from get" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from get" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from get" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from get" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from get" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from get" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from get" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from get" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from list" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from list" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from list" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from list" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from list" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from list" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from list" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from list" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from list" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from list" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from list" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l prefix -d 'Grant a prefix permission' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l from-key -d 'Grant a permission of keys that are greater than or equal to the given key using byte compare' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l prefix -d 'Revoke a prefix permission' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l from-key -d 'Revoke a permission of keys that are greater than or equal to the given key using byte compare' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "add" -d 'Adds a new role'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Deletes a role'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "get" -d 'Gets detailed information of a role'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "list" -d 'Lists all roles'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "grant-permission" -d 'Grants a key to a role'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "revoke-permission" -d 'Revokes a key from a role'
complete -c kvd -n "__fish_kvd_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand register" -l id -d 'The instance\'s ID, the last part of its key [default: ADDR]' -r
complete -c kvd -n "__fish_kvd_using_subcommand register" -l ttl -d 'The lease\'s TTL: seconds, or a duration such as 10s. The instance disappears this long after its registrar dies' -r
complete -c kvd -n "__fish_kvd_using_subcommand register" -l meta -d 'Metadata, as KEY=VALUE; repeat for more' -r
complete -c kvd -n "__fish_kvd_using_subcommand register" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand register" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand register" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand register" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand register" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand register" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand register" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand register" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand register" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand register" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand register" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand register" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand register" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand discover" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand discover" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand discover" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand discover" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand discover" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand discover" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand discover" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand discover" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand discover" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand discover" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand discover" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand discover" -l watch -d 'Print the instances, then each join and leave as it happens'
complete -c kvd -n "__fish_kvd_using_subcommand discover" -l pick -d 'Print one instance\'s address, round robin across all callers'
complete -c kvd -n "__fish_kvd_using_subcommand discover" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand discover" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand discover" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -f -a "push" -d 'Adds values at the tail, one item each (the value from stdin if none is given)'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -f -a "pop" -d 'Removes the oldest item and prints its value'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -f -a "peek" -d 'Prints the oldest item\'s value, leaving it queued'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -f -a "len" -d 'Prints the number of items'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and not __fish_seen_subcommand_from push pop peek len help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from push" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from push" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from push" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from push" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from push" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from push" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from push" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from push" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from push" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from push" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from push" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from push" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -l timeout -d 'Wait at most this long (implies --wait), e.g. 10s' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -l wait -d 'If the queue is empty, wait for an item instead of failing'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from pop" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from peek" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from peek" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from peek" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from peek" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from peek" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from peek" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from peek" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from peek" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from peek" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from peek" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from peek" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from peek" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from peek" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from peek" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from len" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from len" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from len" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from len" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from len" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from len" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from len" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from len" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from len" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from len" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from len" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from len" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from len" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from len" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "push" -d 'Adds values at the tail, one item each (the value from stdin if none is given)'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "pop" -d 'Removes the oldest item and prints its value'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "peek" -d 'Prints the oldest item\'s value, leaving it queued'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "len" -d 'Prints the number of items'
complete -c kvd -n "__fish_kvd_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -f -a "push" -d 'Adds values with a priority, one item each (the value from stdin if none is given)'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -f -a "pop" -d 'Removes the first item (lowest priority number, oldest first) and prints its value'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -f -a "peek" -d 'Prints the first item\'s value, leaving it queued'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -f -a "len" -d 'Prints the number of items'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and not __fish_seen_subcommand_from push pop peek len help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from push" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from push" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from push" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from push" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from push" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from push" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from push" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from push" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from push" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from push" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from push" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from push" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -l timeout -d 'Wait at most this long (implies --wait), e.g. 10s' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -l wait -d 'If the queue is empty, wait for an item instead of failing'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from pop" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from peek" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from peek" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from peek" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from peek" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from peek" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from peek" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from peek" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from peek" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from peek" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from peek" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from peek" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from peek" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from peek" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from peek" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from len" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from len" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from len" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from len" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from len" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from len" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from len" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from len" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from len" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from len" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from len" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from len" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from len" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from len" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from help" -f -a "push" -d 'Adds values with a priority, one item each (the value from stdin if none is given)'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from help" -f -a "pop" -d 'Removes the first item (lowest priority number, oldest first) and prints its value'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from help" -f -a "peek" -d 'Prints the first item\'s value, leaving it queued'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from help" -f -a "len" -d 'Prints the number of items'
complete -c kvd -n "__fish_kvd_using_subcommand pqueue; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -f -a "hold" -d 'Holds a barrier: creates its key; fails if it is already held'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -f -a "release" -d 'Releases a barrier: deletes its key, letting every waiter through'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -f -a "wait" -d 'Waits until a barrier is released (at once if it is not held)'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -f -a "enter" -d 'Double barrier: waits until --count processes have entered, runs the command if one is given, then waits until all of them have left'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and not __fish_seen_subcommand_from hold release wait enter help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from hold" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from hold" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from hold" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from hold" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from hold" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from hold" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from hold" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from hold" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from hold" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from hold" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from hold" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from hold" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from hold" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from hold" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from release" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from release" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from release" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from release" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from release" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from release" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from release" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from release" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from release" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from release" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from release" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from release" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from release" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from release" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -l timeout -d 'Wait at most this long, e.g. 30s' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -l count -d 'How many processes the barrier waits for' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -l ttl -d 'The session\'s TTL: seconds, or a duration; a process that dies inside the barrier is let go this long after' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from enter" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from help" -f -a "hold" -d 'Holds a barrier: creates its key; fails if it is already held'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from help" -f -a "release" -d 'Releases a barrier: deletes its key, letting every waiter through'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Waits until a barrier is released (at once if it is not held)'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from help" -f -a "enter" -d 'Double barrier: waits until --count processes have entered, runs the command if one is given, then waits until all of them have left'
complete -c kvd -n "__fish_kvd_using_subcommand barrier; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand set" -l ttl -d 'Key time-to-live in seconds (0: none)' -r
complete -c kvd -n "__fish_kvd_using_subcommand set" -l swap-with-value -d 'Set only if the key has this value now' -r
complete -c kvd -n "__fish_kvd_using_subcommand set" -l swap-with-index -d 'Set only if the key was last modified at this index' -r
complete -c kvd -n "__fish_kvd_using_subcommand set" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand set" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand set" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand set" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand set" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand set" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand set" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand set" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand set" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand set" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand set" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand set" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand set" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand completion" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand completion" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand completion" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand completion" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand completion" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand completion" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand completion" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand completion" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand completion" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand completion" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand completion" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand completion" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand completion" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand install-links" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand install-links" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand install-links" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand install-links" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand install-links" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand install-links" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand install-links" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand install-links" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand install-links" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand install-links" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand install-links" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand install-links" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand install-links" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand install-links" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -f -a "up" -d 'Start a local cluster on loopback and run it until Ctrl-C'
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and not __fish_seen_subcommand_from up help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l size -d 'Number of members' -r
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l dir -d 'Directory for the members\' data directories and logs' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l base-port -d 'First port: member i serves clients on base+2i and peers on base+2i+1' -r
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l tls -d 'TLS on every client and peer link, with certificates from `kvd certs init` in DIR/certs (made there on the first run)'
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from up" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "up" -d 'Start a local cluster on loopback and run it until Ctrl-C'
complete -c kvd -n "__fish_kvd_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -f -a "put" -d 'Benchmark put'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -f -a "range" -d 'Benchmark range: KEY, or the range [KEY, END)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -f -a "txn-put" -d 'Benchmark transactions of puts'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -f -a "txn-mixed" -d 'Benchmark transactions that read the range [KEY, END) or put one key'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -f -a "watch" -d 'Benchmark watch: events per second delivered to many watchers'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -f -a "watch-latency" -d 'Benchmark watch latency: how long a put takes to reach the watchers (puts paced at --rate, 100/s unless given)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -f -a "lease-keepalive" -d 'Benchmark lease keep-alive: one lease and keep-alive stream per client'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put txn-mixed watch watch-latency lease-keepalive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l key-size -d 'Bytes per key' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l val-size -d 'Bytes per value' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l key-space-size -d 'Number of distinct keys written' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l clients -d 'Concurrent clients' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l conns -d 'gRPC connections, shared by the clients in turn' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l total -d 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l duration -d 'Send requests for this long instead of --total requests (e.g. 30s, 1m)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l rate -d 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l plot -d 'Draw the latency histogram and throughput over time into this SVG file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l sequential-keys -d 'Write the keys in order rather than at random'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l target-leader -d 'Send every request to the leader (found with a status request to each endpoint)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l json -d 'Print the report as one JSON object (and no progress bar)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from put" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l consistency -d 'Linearizable(l) or Serializable(s)' -r -f -a "l\t''
s\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l limit -d 'Maximum number of keys per answer; 0 for all' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l clients -d 'Concurrent clients' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l conns -d 'gRPC connections, shared by the clients in turn' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l total -d 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l duration -d 'Send requests for this long instead of --total requests (e.g. 30s, 1m)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l rate -d 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l plot -d 'Draw the latency histogram and throughput over time into this SVG file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l count-only -d 'Ask for the count of keys only'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l target-leader -d 'Send every request to the leader (found with a status request to each endpoint)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l json -d 'Print the report as one JSON object (and no progress bar)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from range" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l txn-ops -d 'Puts per transaction' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l key-size -d 'Bytes per key' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l val-size -d 'Bytes per value' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l key-space-size -d 'Number of distinct keys written' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l clients -d 'Concurrent clients' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l conns -d 'gRPC connections, shared by the clients in turn' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l total -d 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l duration -d 'Send requests for this long instead of --total requests (e.g. 30s, 1m)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l rate -d 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l plot -d 'Draw the latency histogram and throughput over time into this SVG file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l sequential-keys -d 'Write the keys in order rather than at random'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l target-leader -d 'Send every request to the leader (found with a status request to each endpoint)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l json -d 'Print the report as one JSON object (and no progress bar)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l rw-ratio -d 'Reads per write' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l consistency -d 'Linearizable(l) or Serializable(s)' -r -f -a "l\t''
s\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l limit -d 'Maximum number of keys per answer; 0 for all' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l key-size -d 'Bytes per key' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l val-size -d 'Bytes per value' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l key-space-size -d 'Number of distinct keys written' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l clients -d 'Concurrent clients' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l conns -d 'gRPC connections, shared by the clients in turn' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l total -d 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l duration -d 'Send requests for this long instead of --total requests (e.g. 30s, 1m)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l rate -d 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l plot -d 'Draw the latency histogram and throughput over time into this SVG file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l count-only -d 'Ask for the count of keys only'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l sequential-keys -d 'Write the keys in order rather than at random'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l target-leader -d 'Send every request to the leader (found with a status request to each endpoint)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l json -d 'Print the report as one JSON object (and no progress bar)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from txn-mixed" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l streams -d 'Watch streams, spread over the connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l watchers-per-stream -d 'Watchers on each stream, each on the whole key space' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l key-size -d 'Bytes per key' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l val-size -d 'Bytes per value' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l key-space-size -d 'Number of distinct keys written' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l clients -d 'Concurrent clients' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l conns -d 'gRPC connections, shared by the clients in turn' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l total -d 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l duration -d 'Send requests for this long instead of --total requests (e.g. 30s, 1m)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l rate -d 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l plot -d 'Draw the latency histogram and throughput over time into this SVG file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l sequential-keys -d 'Write the keys in order rather than at random'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l target-leader -d 'Send every request to the leader (found with a status request to each endpoint)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l json -d 'Print the report as one JSON object (and no progress bar)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l streams -d 'Watch streams, spread over the connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l watchers-per-stream -d 'Watchers on each stream, each on the whole key space' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l key-size -d 'Bytes per key' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l val-size -d 'Bytes per value' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l key-space-size -d 'Number of distinct keys written' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l clients -d 'Concurrent clients' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l conns -d 'gRPC connections, shared by the clients in turn' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l total -d 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l duration -d 'Send requests for this long instead of --total requests (e.g. 30s, 1m)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l rate -d 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l plot -d 'Draw the latency histogram and throughput over time into this SVG file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l sequential-keys -d 'Write the keys in order rather than at random'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l target-leader -d 'Send every request to the leader (found with a status request to each endpoint)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l json -d 'Print the report as one JSON object (and no progress bar)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l ttl -d 'TTL of the leases, in seconds' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l clients -d 'Concurrent clients' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l conns -d 'gRPC connections, shared by the clients in turn' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l total -d 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l duration -d 'Send requests for this long instead of --total requests (e.g. 30s, 1m)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l rate -d 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l plot -d 'Draw the latency histogram and throughput over time into this SVG file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l target-leader -d 'Send every request to the leader (found with a status request to each endpoint)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l json -d 'Print the report as one JSON object (and no progress bar)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from lease-keepalive" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "put" -d 'Benchmark put'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "range" -d 'Benchmark range: KEY, or the range [KEY, END)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "txn-put" -d 'Benchmark transactions of puts'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "txn-mixed" -d 'Benchmark transactions that read the range [KEY, END) or put one key'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Benchmark watch: events per second delivered to many watchers'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "watch-latency" -d 'Benchmark watch latency: how long a put takes to reach the watchers (puts paced at --rate, 100/s unless given)'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "lease-keepalive" -d 'Benchmark lease keep-alive: one lease and keep-alive stream per client'
complete -c kvd -n "__fish_kvd_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -f -a "init" -d 'Make a CA and server, peer and client certificates in a directory'
complete -c kvd -n "__fish_kvd_using_subcommand certs; and not __fish_seen_subcommand_from init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -l hosts -d 'Host names and IP addresses the server and peer certificates are valid for, besides localhost, 127.0.0.1 and ::1' -r
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -l client-cn -d 'Common name of the client certificate: the user it authenticates as when the server checks client certificates and auth is on' -r
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -l endpoints -d 'gRPC endpoints' -r
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -l dial-timeout -d 'Dial timeout for client connections' -r
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -l command-timeout -d 'Timeout for short running commands (excluding dial timeout)' -r
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -s w -l write-out -d 'Output format' -r -f -a "simple\t'Human-readable lines, as etcdctl prints them'
json\t'The response as JSON, as etcdctl prints it'
fields\t'One `"Field" : value` line per field, as etcdctl prints them'
protobuf\t'The response\'s protobuf encoding'
table\t'A table'"
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -l hex -d 'Print byte strings as hex encoded strings' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -l cacert -d 'Verify certificates of TLS-enabled secure servers using this CA bundle' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -l cert -d 'Identify secure client using this TLS certificate file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -l key -d 'Identify secure client using this TLS key file' -r -F
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -l insecure-transport -d 'Disable transport security for client connections (bare host:port endpoints are https when false)' -r -f -a "true\t''
false\t''"
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -l user -d 'Username[:password] for authentication (prompt if password is not supplied)' -r
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -l password -d 'Password for authentication (if this option is used, --user option shouldn\'t include password)' -r
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -l insecure-skip-tls-verify -d 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from help" -f -a "init" -d 'Make a CA and server, peer and client certificates in a directory'
complete -c kvd -n "__fish_kvd_using_subcommand certs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "serve" -d 'Run a member of a kvd cluster'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "put" -d 'Puts the given key into the store'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "get" -d 'Gets the key or a range of keys'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "del" -d 'Removes the specified key or range of keys [key, range_end)'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "txn" -d 'Txn processes all the requests in one transaction'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "watch" -d 'Watches events stream on keys or prefixes'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "lock" -d 'Acquires a named lock'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "elect" -d 'Observes and participates in leader election'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "compaction" -d 'Compacts the event history in etcd'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "defrag" -d 'Defragments the storage of the etcd members with given endpoints'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "lease" -d 'Lease related commands'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "endpoint" -d 'Endpoint related commands'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "member" -d 'Membership related commands'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "move-leader" -d 'Transfers leadership to another member'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "snapshot" -d 'Manages etcd node snapshots'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "check" -d 'Commands for checking properties of the etcd cluster'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "alarm" -d 'Alarm related commands'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "version" -d 'Prints the version of the client and the API it speaks'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "auth" -d 'Enable or disable authentication'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "user" -d 'User related commands'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "role" -d 'Role related commands'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "register" -d 'Registers a service instance under /services/SERVICE/ID, on a lease kept alive until exit'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "discover" -d 'Lists a service\'s live instances; watches them, or picks one round robin'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "queue" -d 'A FIFO queue shared with etcd\'s Go recipe (recipe.NewQueue)'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "pqueue" -d 'A priority queue shared with etcd\'s Go recipe (recipe.NewPriorityQueue)'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "barrier" -d 'Barriers and double barriers shared with etcd\'s Go recipes'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "set" -d 'Sets a key through etcd\'s v2 API, as `ETCDCTL_API=2 etcdctl set` does, and prints its value'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "completion" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "install-links" -d 'Make `etcd` and `etcdctl` links to this binary in a directory'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "cluster" -d 'Run a local cluster, for development and demos'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "bench" -d 'Benchmark an etcd-API endpoint (like etcd\'s `benchmark` tool)'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "certs" -d 'Make TLS certificates for a local secure cluster'
complete -c kvd -n "__fish_kvd_using_subcommand help; and not __fish_seen_subcommand_from serve put get del txn watch lock elect compaction defrag lease endpoint member move-leader snapshot check alarm version auth user role register discover queue pqueue barrier set completion install-links cluster bench certs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from lease" -f -a "grant" -d 'Creates leases'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from lease" -f -a "revoke" -d 'Revokes leases'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from lease" -f -a "timetolive" -d 'Get lease information'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from lease" -f -a "list" -d 'List all active leases'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from lease" -f -a "keep-alive" -d 'Keeps leases alive (renew)'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from endpoint" -f -a "status" -d 'Prints out the status of endpoints specified in `--endpoints` flag'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from endpoint" -f -a "health" -d 'Checks the healthiness of endpoints specified in `--endpoints` flag'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from endpoint" -f -a "hashkv" -d 'Prints the KV history hash for each endpoint in --endpoints'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "list" -d 'Lists all members in the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "add" -d 'Adds a member into the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Removes a member from the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "update" -d 'Updates a member in the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "promote" -d 'Promotes a non-voting member in the cluster'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "save" -d 'Stores an etcd node backend snapshot to a given file'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "status" -d 'Gets backend snapshot status of a given file'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "restore" -d 'Restores an etcd member snapshot to an etcd directory'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "perf" -d 'Check the performance of the etcd cluster'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "datascale" -d 'Check the memory usage of holding data for different workloads on a given server endpoint'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "data" -d 'Verify a stopped member\'s data directory; exit 1 if it is damaged'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from alarm" -f -a "list" -d 'Lists all alarms'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from alarm" -f -a "disarm" -d 'Disarms all alarms'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "enable" -d 'Enables authentication'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "disable" -d 'Disables authentication'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Returns authentication status'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Adds a new user'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Deletes a user'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "get" -d 'Gets detailed information of a user'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'Lists all users'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "passwd" -d 'Changes password of user'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "grant-role" -d 'Grants a role to a user'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "revoke-role" -d 'Revokes a role from a user'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "add" -d 'Adds a new role'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Deletes a role'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "get" -d 'Gets detailed information of a role'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'Lists all roles'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "grant-permission" -d 'Grants a key to a role'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "revoke-permission" -d 'Revokes a key from a role'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "push" -d 'Adds values at the tail, one item each (the value from stdin if none is given)'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "pop" -d 'Removes the oldest item and prints its value'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "peek" -d 'Prints the oldest item\'s value, leaving it queued'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "len" -d 'Prints the number of items'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from pqueue" -f -a "push" -d 'Adds values with a priority, one item each (the value from stdin if none is given)'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from pqueue" -f -a "pop" -d 'Removes the first item (lowest priority number, oldest first) and prints its value'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from pqueue" -f -a "peek" -d 'Prints the first item\'s value, leaving it queued'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from pqueue" -f -a "len" -d 'Prints the number of items'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from barrier" -f -a "hold" -d 'Holds a barrier: creates its key; fails if it is already held'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from barrier" -f -a "release" -d 'Releases a barrier: deletes its key, letting every waiter through'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from barrier" -f -a "wait" -d 'Waits until a barrier is released (at once if it is not held)'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from barrier" -f -a "enter" -d 'Double barrier: waits until --count processes have entered, runs the command if one is given, then waits until all of them have left'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "up" -d 'Start a local cluster on loopback and run it until Ctrl-C'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "put" -d 'Benchmark put'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "range" -d 'Benchmark range: KEY, or the range [KEY, END)'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "txn-put" -d 'Benchmark transactions of puts'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "txn-mixed" -d 'Benchmark transactions that read the range [KEY, END) or put one key'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "watch" -d 'Benchmark watch: events per second delivered to many watchers'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "watch-latency" -d 'Benchmark watch latency: how long a put takes to reach the watchers (puts paced at --rate, 100/s unless given)'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "lease-keepalive" -d 'Benchmark lease keep-alive: one lease and keep-alive stream per client'
complete -c kvd -n "__fish_kvd_using_subcommand help; and __fish_seen_subcommand_from certs" -f -a "init" -d 'Make a CA and server, peer and client certificates in a directory'
