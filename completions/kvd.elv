
use builtin;
use str;

set edit:completion:arg-completer[kvd] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'kvd'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'kvd'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Run a member of a kvd cluster'
            cand put 'Puts the given key into the store'
            cand get 'Gets the key or a range of keys'
            cand del 'Removes the specified key or range of keys [key, range_end)'
            cand txn 'Txn processes all the requests in one transaction'
            cand watch 'Watches events stream on keys or prefixes'
            cand lock 'Acquires a named lock'
            cand elect 'Observes and participates in leader election'
            cand compaction 'Compacts the event history in etcd'
            cand defrag 'Defragments the storage of the etcd members with given endpoints'
            cand lease 'Lease related commands'
            cand endpoint 'Endpoint related commands'
            cand member 'Membership related commands'
            cand move-leader 'Transfers leadership to another member'
            cand snapshot 'Manages etcd node snapshots'
            cand check 'Commands for checking properties of the etcd cluster'
            cand alarm 'Alarm related commands'
            cand version 'Prints the version of the client and the API it speaks'
            cand auth 'Enable or disable authentication'
            cand user 'User related commands'
            cand role 'Role related commands'
            cand register 'Registers a service instance under /services/SERVICE/ID, on a lease kept alive until exit'
            cand discover 'Lists a service''s live instances; watches them, or picks one round robin'
            cand queue 'A FIFO queue shared with etcd''s Go recipe (recipe.NewQueue)'
            cand pqueue 'A priority queue shared with etcd''s Go recipe (recipe.NewPriorityQueue)'
            cand barrier 'Barriers and double barriers shared with etcd''s Go recipes'
            cand set 'Sets a key through etcd''s v2 API, as `ETCDCTL_API=2 etcdctl set` does, and prints its value'
            cand completion 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand install-links 'Make `etcd` and `etcdctl` links to this binary in a directory'
            cand cluster 'Run a local cluster, for development and demos'
            cand bench 'Benchmark an etcd-API endpoint (like etcd''s `benchmark` tool)'
            cand certs 'Make TLS certificates for a local secure cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;serve'= {
            cand --name 'Human-readable name for this member'
            cand --data-dir 'Path to the data directory [default: ./<name>.kvd]'
            cand --listen-client-urls 'URLs to listen on for client traffic'
            cand --advertise-client-urls 'This member''s client URLs to advertise to the cluster'
            cand --listen-peer-urls 'URLs to listen on for peer traffic [default: this member''s --peers URL, or http://127.0.0.1:2380]'
            cand --initial-advertise-peer-urls 'This member''s peer URLs to advertise to the cluster [default: as --listen-peer-urls]'
            cand --initial-cluster 'Initial cluster configuration, as name=peer-url,... [default: <name>=<initial-advertise-peer-urls>]'
            cand --peers 'Short form of --initial-cluster: name=peer-url,... of every member; this member''s peer URL comes from its own entry'
            cand --initial-cluster-state 'Initial cluster state: `new` bootstraps a cluster; `existing` joins a running one (after `kvd member add`)'
            cand --initial-cluster-token 'Initial cluster token, which makes member and cluster IDs unique'
            cand --max-request-bytes 'Largest client request accepted, in bytes'
            cand --max-txn-ops 'Most operations allowed in one transaction'
            cand --quota-backend-bytes 'Database size, in bytes, above which writes are refused'
            cand --snapshot-count 'Applied entries kept in the Raft log for members that lag; a member further behind is sent a snapshot'
            cand --experimental-watch-progress-notify-interval 'How often idle watchers that asked for it get a progress notification'
            cand --strict-reconfig-check 'Refuse membership changes that would leave too few started, connected voters for a quorum (`--strict-reconfig-check=false` to allow them)'
            cand --cert-file 'The client port''s certificate (PEM), for https:// client URLs'
            cand --key-file 'The key of --cert-file (PEM)'
            cand --trusted-ca-file 'The CA that signs client certificates (PEM)'
            cand --client-crl-file 'Client certificates revoked (PEM certificate revocation lists)'
            cand --peer-cert-file 'The peer port''s certificate (PEM), used both ways between members'
            cand --peer-key-file 'The key of --peer-cert-file (PEM)'
            cand --peer-trusted-ca-file 'The CA that signs the members'' peer certificates (PEM)'
            cand --peer-crl-file 'Peer certificates revoked (PEM certificate revocation lists)'
            cand --cipher-suites 'TLS 1.2 cipher suites the client and peer ports offer (comma-separated names, as Go''s crypto/tls spells them); TLS 1.3 is not restricted'
            cand --peer-cert-allowed-cn 'The only common name a member''s peer certificate may carry'
            cand --auth-token 'Auth tokens: `simple`, or `jwt,pub-key=FILE,priv-key=FILE,sign-method=RS256|ES256|...[,ttl=5m]`'
            cand --auth-token-ttl 'Seconds an unused simple token stays valid'
            cand --auto-compaction-mode 'Interpret --auto-compaction-retention as a time window (periodic) or a number of revisions (revision)'
            cand --auto-compaction-retention 'History to keep: for periodic a duration (`1h`, `30m`; a bare number is hours), for revision a count; 0 turns auto-compaction off'
            cand --logger '`zap` for JSON lines as etcd''s zap logger writes them, `capnslog` for text'
            cand --log-level 'debug, info, warn, error, panic or fatal'
            cand --log-outputs 'Where logs go: `default` or `stderr`, `stdout`, or file paths (comma-separated; several at once)'
            cand --experimental-corrupt-check-time 'How often the leader compares the members'' keyspace hashes and raises CORRUPT for one that differs (0s: never)'
            cand --experimental-initial-corrupt-check 'Before serving clients, compare this member''s keyspace hash with its peers'' and refuse to start if one differs'
            cand --config-file 'etcd''s YAML configuration file; when given, it replaces the other flags (as in etcd)'
            cand --bcrypt-cost 'bcrypt cost for hashing passwords (4 to 31)'
            cand --listen-metrics-urls 'More URLs to serve /metrics and /health on (comma-separated), e.g. for Prometheus on a port clients do not use'
            cand --metrics '`basic`, or `extensive` to add gRPC latency histograms'
            cand --enable-v2 'Serve etcd''s v2 HTTP API (/v2/keys, /v2/members) on the client URLs, kept in the v3 store'
            cand --ui 'Serve the web dashboard at /ui on the client URLs (and on --listen-metrics-urls); `--ui=false` turns it off'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --client-cert-auth 'Accept only clients with a certificate --trusted-ca-file signed'
            cand --auto-tls 'Serve https client URLs with a self-signed certificate made at start when no --cert-file is given (clients must skip verification)'
            cand --peer-auto-tls 'Serve https peer URLs with a self-signed certificate made at start when no --peer-cert-file is given (members then take any certificate from each other: encrypted, not authenticated)'
            cand --peer-client-cert-auth 'Accept only members with a certificate --peer-trusted-ca-file signed'
            cand --force-new-cluster 'Restart as the only member of the cluster, keeping this member''s data: for when a majority of members is lost for good. Remove the flag once the member runs (it is harmless if left)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;put'= {
            cand --lease 'Lease ID (in hexadecimal) to attach to the key'
            cand --prev-kv 'Return the previous key-value pair before modification'
            cand --ignore-value 'Update the key using its current value'
            cand --ignore-lease 'Update the key using its current lease'
            cand --ttl 'Attach the key to a new lease of this TTL (seconds, or a duration such as 30s): the key is deleted when it runs out. -w json prints the lease'
            cand --from-file 'Take the value from this file, byte for byte'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;get'= {
            cand --consistency 'Linearizable(l) or Serializable(s)'
            cand --order 'Order of results; ASCEND or DESCEND (ASCEND by default)'
            cand --sort-by 'Sort target; CREATE, KEY, MODIFY, VALUE, or VERSION'
            cand --limit 'Maximum number of results'
            cand --prefix 'Get keys with matching prefix'
            cand --from-key 'Get keys that are greater than or equal to the given key using byte compare'
            cand --rev 'Specify the kv revision'
            cand --keys-only 'Get only the keys'
            cand --count-only 'Get only the count'
            cand --print-value-only 'Only write values when using the "simple" output format'
            cand --wait 'If no key matches, wait until one does (race-free: the get, then a watch from its revision)'
            cand --timeout 'Wait at most this long (implies --wait), e.g. 10s'
            cand --raw 'Write only the values, byte for byte, without a newline: `get KEY --raw > F` gives back the file `put KEY --from-file F` stored'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;del'= {
            cand --prefix 'Delete keys with matching prefix'
            cand --prev-kv 'Return deleted key-value pairs'
            cand --from-key 'Delete keys that are greater than or equal to the given key using byte compare'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;txn'= {
            cand -i 'Input transaction in interactive mode'
            cand --interactive 'Input transaction in interactive mode'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;watch'= {
            cand --prefix 'Watch on a prefix if prefix is set'
            cand --rev 'Revision to start watching'
            cand --prev-kv 'Get the previous key-value pair before the event happens'
            cand --progress-notify 'Get periodic watch progress notification from server'
            cand -i 'Interactive mode: read `watch ...`, `progress` and `cancel ID` lines from stdin'
            cand --interactive 'Interactive mode: read `watch ...`, `progress` and `cancel ID` lines from stdin'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;lock'= {
            cand --ttl 'Timeout for session, in seconds'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;elect'= {
            cand -l 'Observation mode'
            cand --listen 'Observation mode'
            cand --ttl 'Timeout for session, in seconds'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;compaction'= {
            cand --physical 'Wait for the compaction to physically remove all old revisions'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;defrag'= {
            cand --cluster 'Use all endpoints from the cluster member list'
            cand --data-dir 'Optional. If present, defragments a data directory not in use by etcd'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;lease'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand grant 'Creates leases'
            cand revoke 'Revokes leases'
            cand timetolive 'Get lease information'
            cand list 'List all active leases'
            cand keep-alive 'Keeps leases alive (renew)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;lease;grant'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;lease;revoke'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;lease;timetolive'= {
            cand --keys 'Get keys attached to this lease'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;lease;list'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;lease;keep-alive'= {
            cand --once 'Resets the keep-alive time to its original value and exits immediately'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;lease;help'= {
            cand grant 'Creates leases'
            cand revoke 'Revokes leases'
            cand timetolive 'Get lease information'
            cand list 'List all active leases'
            cand keep-alive 'Keeps leases alive (renew)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;lease;help;grant'= {
        }
        &'kvd;lease;help;revoke'= {
        }
        &'kvd;lease;help;timetolive'= {
        }
        &'kvd;lease;help;list'= {
        }
        &'kvd;lease;help;keep-alive'= {
        }
        &'kvd;lease;help;help'= {
        }
        &'kvd;endpoint'= {
            cand --cluster 'Use all endpoints from the cluster member list'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Prints out the status of endpoints specified in `--endpoints` flag'
            cand health 'Checks the healthiness of endpoints specified in `--endpoints` flag'
            cand hashkv 'Prints the KV history hash for each endpoint in --endpoints'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;endpoint;status'= {
            cand --cluster 'Use all endpoints from the cluster member list'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;endpoint;health'= {
            cand --cluster 'Use all endpoints from the cluster member list'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;endpoint;hashkv'= {
            cand --rev 'Maximum revision to hash (default: all revisions)'
            cand --cluster 'Use all endpoints from the cluster member list'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;endpoint;help'= {
            cand status 'Prints out the status of endpoints specified in `--endpoints` flag'
            cand health 'Checks the healthiness of endpoints specified in `--endpoints` flag'
            cand hashkv 'Prints the KV history hash for each endpoint in --endpoints'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;endpoint;help;status'= {
        }
        &'kvd;endpoint;help;health'= {
        }
        &'kvd;endpoint;help;hashkv'= {
        }
        &'kvd;endpoint;help;help'= {
        }
        &'kvd;member'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Lists all members in the cluster'
            cand add 'Adds a member into the cluster'
            cand remove 'Removes a member from the cluster'
            cand update 'Updates a member in the cluster'
            cand promote 'Promotes a non-voting member in the cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;member;list'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;member;add'= {
            cand --peer-urls 'Comma separated peer URLs for the new member'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --learner 'Indicates if the new member is raft learner'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;member;remove'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;member;update'= {
            cand --peer-urls 'Comma separated peer URLs for the updated member'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;member;promote'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;member;help'= {
            cand list 'Lists all members in the cluster'
            cand add 'Adds a member into the cluster'
            cand remove 'Removes a member from the cluster'
            cand update 'Updates a member in the cluster'
            cand promote 'Promotes a non-voting member in the cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;member;help;list'= {
        }
        &'kvd;member;help;add'= {
        }
        &'kvd;member;help;remove'= {
        }
        &'kvd;member;help;update'= {
        }
        &'kvd;member;help;promote'= {
        }
        &'kvd;member;help;help'= {
        }
        &'kvd;move-leader'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;snapshot'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand save 'Stores an etcd node backend snapshot to a given file'
            cand status 'Gets backend snapshot status of a given file'
            cand restore 'Restores an etcd member snapshot to an etcd directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;snapshot;save'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;snapshot;status'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;snapshot;restore'= {
            cand --data-dir 'Path to the data directory (default: NAME.kvd)'
            cand --name 'Human-readable name for this member'
            cand --initial-cluster 'Initial cluster configuration for restore bootstrap'
            cand --initial-cluster-token 'Initial cluster token for the etcd cluster during restore bootstrap'
            cand --initial-advertise-peer-urls 'List of this member''s peer URLs to advertise to the rest of the cluster'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --skip-hash-check 'Ignore snapshot integrity hash value (required if copied from data directory)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;snapshot;help'= {
            cand save 'Stores an etcd node backend snapshot to a given file'
            cand status 'Gets backend snapshot status of a given file'
            cand restore 'Restores an etcd member snapshot to an etcd directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;snapshot;help;save'= {
        }
        &'kvd;snapshot;help;status'= {
        }
        &'kvd;snapshot;help;restore'= {
        }
        &'kvd;snapshot;help;help'= {
        }
        &'kvd;check'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand perf 'Check the performance of the etcd cluster'
            cand datascale 'Check the memory usage of holding data for different workloads on a given server endpoint'
            cand data 'Verify a stopped member''s data directory; exit 1 if it is damaged'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;check;perf'= {
            cand --load 'The performance check''s workload model. Accepted workloads: s(small), m(medium), l(large), xl(xLarge)'
            cand --prefix 'The prefix for writing the performance check''s keys'
            cand --auto-compact 'Compact storage with last revision after test is finished'
            cand --auto-defrag 'Defragment storage after test is finished'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;check;datascale'= {
            cand --load 'The datascale check''s workload model. Accepted workloads: s(small), m(medium), l(large), xl(xLarge)'
            cand --prefix 'The prefix for writing the datascale check''s keys'
            cand --auto-compact 'Compact storage with last revision after test is finished'
            cand --auto-defrag 'Defragment storage after test is finished'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;check;data'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;check;help'= {
            cand perf 'Check the performance of the etcd cluster'
            cand datascale 'Check the memory usage of holding data for different workloads on a given server endpoint'
            cand data 'Verify a stopped member''s data directory; exit 1 if it is damaged'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;check;help;perf'= {
        }
        &'kvd;check;help;datascale'= {
        }
        &'kvd;check;help;data'= {
        }
        &'kvd;check;help;help'= {
        }
        &'kvd;alarm'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Lists all alarms'
            cand disarm 'Disarms all alarms'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;alarm;list'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;alarm;disarm'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;alarm;help'= {
            cand list 'Lists all alarms'
            cand disarm 'Disarms all alarms'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;alarm;help;list'= {
        }
        &'kvd;alarm;help;disarm'= {
        }
        &'kvd;alarm;help;help'= {
        }
        &'kvd;version'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;auth'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand enable 'Enables authentication'
            cand disable 'Disables authentication'
            cand status 'Returns authentication status'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;auth;enable'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;auth;disable'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;auth;status'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;auth;help'= {
            cand enable 'Enables authentication'
            cand disable 'Disables authentication'
            cand status 'Returns authentication status'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;auth;help;enable'= {
        }
        &'kvd;auth;help;disable'= {
        }
        &'kvd;auth;help;status'= {
        }
        &'kvd;auth;help;help'= {
        }
        &'kvd;user'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Adds a new user'
            cand delete 'Deletes a user'
            cand get 'Gets detailed information of a user'
            cand list 'Lists all users'
            cand passwd 'Changes password of user'
            cand grant-role 'Grants a role to a user'
            cand revoke-role 'Revokes a role from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;user;add'= {
            cand --interactive 'Read password from stdin instead of interactive terminal'
            cand --new-user-password 'Supply password from the command line flag'
            cand --no-password 'Create a user without password (CN based auth only)'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;user;delete'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;user;get'= {
            cand --detail 'Show permissions of roles granted to the user'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;user;list'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;user;passwd'= {
            cand --interactive 'If true, read password from stdin instead of interactive terminal'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;user;grant-role'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;user;revoke-role'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;user;help'= {
            cand add 'Adds a new user'
            cand delete 'Deletes a user'
            cand get 'Gets detailed information of a user'
            cand list 'Lists all users'
            cand passwd 'Changes password of user'
            cand grant-role 'Grants a role to a user'
            cand revoke-role 'Revokes a role from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;user;help;add'= {
        }
        &'kvd;user;help;delete'= {
        }
        &'kvd;user;help;get'= {
        }
        &'kvd;user;help;list'= {
        }
        &'kvd;user;help;passwd'= {
        }
        &'kvd;user;help;grant-role'= {
        }
        &'kvd;user;help;revoke-role'= {
        }
        &'kvd;user;help;help'= {
        }
        &'kvd;role'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Adds a new role'
            cand delete 'Deletes a role'
            cand get 'Gets detailed information of a role'
            cand list 'Lists all roles'
            cand grant-permission 'Grants a key to a role'
            cand revoke-permission 'Revokes a key from a role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;role;add'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;role;delete'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;role;get'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;role;list'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;role;grant-permission'= {
            cand --prefix 'Grant a prefix permission'
            cand --from-key 'Grant a permission of keys that are greater than or equal to the given key using byte compare'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;role;revoke-permission'= {
            cand --prefix 'Revoke a prefix permission'
            cand --from-key 'Revoke a permission of keys that are greater than or equal to the given key using byte compare'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;role;help'= {
            cand add 'Adds a new role'
            cand delete 'Deletes a role'
            cand get 'Gets detailed information of a role'
            cand list 'Lists all roles'
            cand grant-permission 'Grants a key to a role'
            cand revoke-permission 'Revokes a key from a role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;role;help;add'= {
        }
        &'kvd;role;help;delete'= {
        }
        &'kvd;role;help;get'= {
        }
        &'kvd;role;help;list'= {
        }
        &'kvd;role;help;grant-permission'= {
        }
        &'kvd;role;help;revoke-permission'= {
        }
        &'kvd;role;help;help'= {
        }
        &'kvd;register'= {
            cand --id 'The instance''s ID, the last part of its key [default: ADDR]'
            cand --ttl 'The lease''s TTL: seconds, or a duration such as 10s. The instance disappears this long after its registrar dies'
            cand --meta 'Metadata, as KEY=VALUE; repeat for more'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;discover'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --watch 'Print the instances, then each join and leave as it happens'
            cand --pick 'Print one instance''s address, round robin across all callers'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;queue'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand push 'Adds values at the tail, one item each (the value from stdin if none is given)'
            cand pop 'Removes the oldest item and prints its value'
            cand peek 'Prints the oldest item''s value, leaving it queued'
            cand len 'Prints the number of items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;queue;push'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;queue;pop'= {
            cand --timeout 'Wait at most this long (implies --wait), e.g. 10s'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --wait 'If the queue is empty, wait for an item instead of failing'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;queue;peek'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;queue;len'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;queue;help'= {
            cand push 'Adds values at the tail, one item each (the value from stdin if none is given)'
            cand pop 'Removes the oldest item and prints its value'
            cand peek 'Prints the oldest item''s value, leaving it queued'
            cand len 'Prints the number of items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;queue;help;push'= {
        }
        &'kvd;queue;help;pop'= {
        }
        &'kvd;queue;help;peek'= {
        }
        &'kvd;queue;help;len'= {
        }
        &'kvd;queue;help;help'= {
        }
        &'kvd;pqueue'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand push 'Adds values with a priority, one item each (the value from stdin if none is given)'
            cand pop 'Removes the first item (lowest priority number, oldest first) and prints its value'
            cand peek 'Prints the first item''s value, leaving it queued'
            cand len 'Prints the number of items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;pqueue;push'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;pqueue;pop'= {
            cand --timeout 'Wait at most this long (implies --wait), e.g. 10s'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --wait 'If the queue is empty, wait for an item instead of failing'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;pqueue;peek'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;pqueue;len'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;pqueue;help'= {
            cand push 'Adds values with a priority, one item each (the value from stdin if none is given)'
            cand pop 'Removes the first item (lowest priority number, oldest first) and prints its value'
            cand peek 'Prints the first item''s value, leaving it queued'
            cand len 'Prints the number of items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;pqueue;help;push'= {
        }
        &'kvd;pqueue;help;pop'= {
        }
        &'kvd;pqueue;help;peek'= {
        }
        &'kvd;pqueue;help;len'= {
        }
        &'kvd;pqueue;help;help'= {
        }
        &'kvd;barrier'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand hold 'Holds a barrier: creates its key; fails if it is already held'
            cand release 'Releases a barrier: deletes its key, letting every waiter through'
            cand wait 'Waits until a barrier is released (at once if it is not held)'
            cand enter 'Double barrier: waits until --count processes have entered, runs the command if one is given, then waits until all of them have left'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;barrier;hold'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;barrier;release'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;barrier;wait'= {
            cand --timeout 'Wait at most this long, e.g. 30s'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;barrier;enter'= {
            cand --count 'How many processes the barrier waits for'
            cand --ttl 'The session''s TTL: seconds, or a duration; a process that dies inside the barrier is let go this long after'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;barrier;help'= {
            cand hold 'Holds a barrier: creates its key; fails if it is already held'
            cand release 'Releases a barrier: deletes its key, letting every waiter through'
            cand wait 'Waits until a barrier is released (at once if it is not held)'
            cand enter 'Double barrier: waits until --count processes have entered, runs the command if one is given, then waits until all of them have left'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;barrier;help;hold'= {
        }
        &'kvd;barrier;help;release'= {
        }
        &'kvd;barrier;help;wait'= {
        }
        &'kvd;barrier;help;enter'= {
        }
        &'kvd;barrier;help;help'= {
        }
        &'kvd;set'= {
            cand --ttl 'Key time-to-live in seconds (0: none)'
            cand --swap-with-value 'Set only if the key has this value now'
            cand --swap-with-index 'Set only if the key was last modified at this index'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;completion'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;install-links'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;cluster'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand up 'Start a local cluster on loopback and run it until Ctrl-C'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;cluster;up'= {
            cand --size 'Number of members'
            cand --dir 'Directory for the members'' data directories and logs'
            cand --base-port 'First port: member i serves clients on base+2i and peers on base+2i+1'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --tls 'TLS on every client and peer link, with certificates from `kvd certs init` in DIR/certs (made there on the first run)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;cluster;help'= {
            cand up 'Start a local cluster on loopback and run it until Ctrl-C'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;cluster;help;up'= {
        }
        &'kvd;cluster;help;help'= {
        }
        &'kvd;bench'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand put 'Benchmark put'
            cand range 'Benchmark range: KEY, or the range [KEY, END)'
            cand txn-put 'Benchmark transactions of puts'
            cand txn-mixed 'Benchmark transactions that read the range [KEY, END) or put one key'
            cand watch 'Benchmark watch: events per second delivered to many watchers'
            cand watch-latency 'Benchmark watch latency: how long a put takes to reach the watchers (puts paced at --rate, 100/s unless given)'
            cand lease-keepalive 'Benchmark lease keep-alive: one lease and keep-alive stream per client'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;bench;put'= {
            cand --key-size 'Bytes per key'
            cand --val-size 'Bytes per value'
            cand --key-space-size 'Number of distinct keys written'
            cand --clients 'Concurrent clients'
            cand --conns 'gRPC connections, shared by the clients in turn'
            cand --total 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]'
            cand --duration 'Send requests for this long instead of --total requests (e.g. 30s, 1m)'
            cand --rate 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]'
            cand --plot 'Draw the latency histogram and throughput over time into this SVG file'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --sequential-keys 'Write the keys in order rather than at random'
            cand --target-leader 'Send every request to the leader (found with a status request to each endpoint)'
            cand --json 'Print the report as one JSON object (and no progress bar)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;bench;range'= {
            cand --consistency 'Linearizable(l) or Serializable(s)'
            cand --limit 'Maximum number of keys per answer; 0 for all'
            cand --clients 'Concurrent clients'
            cand --conns 'gRPC connections, shared by the clients in turn'
            cand --total 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]'
            cand --duration 'Send requests for this long instead of --total requests (e.g. 30s, 1m)'
            cand --rate 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]'
            cand --plot 'Draw the latency histogram and throughput over time into this SVG file'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --count-only 'Ask for the count of keys only'
            cand --target-leader 'Send every request to the leader (found with a status request to each endpoint)'
            cand --json 'Print the report as one JSON object (and no progress bar)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;bench;txn-put'= {
            cand --txn-ops 'Puts per transaction'
            cand --key-size 'Bytes per key'
            cand --val-size 'Bytes per value'
            cand --key-space-size 'Number of distinct keys written'
            cand --clients 'Concurrent clients'
            cand --conns 'gRPC connections, shared by the clients in turn'
            cand --total 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]'
            cand --duration 'Send requests for this long instead of --total requests (e.g. 30s, 1m)'
            cand --rate 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]'
            cand --plot 'Draw the latency histogram and throughput over time into this SVG file'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --sequential-keys 'Write the keys in order rather than at random'
            cand --target-leader 'Send every request to the leader (found with a status request to each endpoint)'
            cand --json 'Print the report as one JSON object (and no progress bar)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;bench;txn-mixed'= {
            cand --rw-ratio 'Reads per write'
            cand --consistency 'Linearizable(l) or Serializable(s)'
            cand --limit 'Maximum number of keys per answer; 0 for all'
            cand --key-size 'Bytes per key'
            cand --val-size 'Bytes per value'
            cand --key-space-size 'Number of distinct keys written'
            cand --clients 'Concurrent clients'
            cand --conns 'gRPC connections, shared by the clients in turn'
            cand --total 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]'
            cand --duration 'Send requests for this long instead of --total requests (e.g. 30s, 1m)'
            cand --rate 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]'
            cand --plot 'Draw the latency histogram and throughput over time into this SVG file'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --count-only 'Ask for the count of keys only'
            cand --sequential-keys 'Write the keys in order rather than at random'
            cand --target-leader 'Send every request to the leader (found with a status request to each endpoint)'
            cand --json 'Print the report as one JSON object (and no progress bar)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;bench;watch'= {
            cand --streams 'Watch streams, spread over the connections'
            cand --watchers-per-stream 'Watchers on each stream, each on the whole key space'
            cand --key-size 'Bytes per key'
            cand --val-size 'Bytes per value'
            cand --key-space-size 'Number of distinct keys written'
            cand --clients 'Concurrent clients'
            cand --conns 'gRPC connections, shared by the clients in turn'
            cand --total 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]'
            cand --duration 'Send requests for this long instead of --total requests (e.g. 30s, 1m)'
            cand --rate 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]'
            cand --plot 'Draw the latency histogram and throughput over time into this SVG file'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --sequential-keys 'Write the keys in order rather than at random'
            cand --target-leader 'Send every request to the leader (found with a status request to each endpoint)'
            cand --json 'Print the report as one JSON object (and no progress bar)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;bench;watch-latency'= {
            cand --streams 'Watch streams, spread over the connections'
            cand --watchers-per-stream 'Watchers on each stream, each on the whole key space'
            cand --key-size 'Bytes per key'
            cand --val-size 'Bytes per value'
            cand --key-space-size 'Number of distinct keys written'
            cand --clients 'Concurrent clients'
            cand --conns 'gRPC connections, shared by the clients in turn'
            cand --total 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]'
            cand --duration 'Send requests for this long instead of --total requests (e.g. 30s, 1m)'
            cand --rate 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]'
            cand --plot 'Draw the latency histogram and throughput over time into this SVG file'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --sequential-keys 'Write the keys in order rather than at random'
            cand --target-leader 'Send every request to the leader (found with a status request to each endpoint)'
            cand --json 'Print the report as one JSON object (and no progress bar)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;bench;lease-keepalive'= {
            cand --ttl 'TTL of the leases, in seconds'
            cand --clients 'Concurrent clients'
            cand --conns 'gRPC connections, shared by the clients in turn'
            cand --total 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]'
            cand --duration 'Send requests for this long instead of --total requests (e.g. 30s, 1m)'
            cand --rate 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]'
            cand --plot 'Draw the latency histogram and throughput over time into this SVG file'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --target-leader 'Send every request to the leader (found with a status request to each endpoint)'
            cand --json 'Print the report as one JSON object (and no progress bar)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;bench;help'= {
            cand put 'Benchmark put'
            cand range 'Benchmark range: KEY, or the range [KEY, END)'
            cand txn-put 'Benchmark transactions of puts'
            cand txn-mixed 'Benchmark transactions that read the range [KEY, END) or put one key'
            cand watch 'Benchmark watch: events per second delivered to many watchers'
            cand watch-latency 'Benchmark watch latency: how long a put takes to reach the watchers (puts paced at --rate, 100/s unless given)'
            cand lease-keepalive 'Benchmark lease keep-alive: one lease and keep-alive stream per client'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;bench;help;put'= {
        }
        &'kvd;bench;help;range'= {
        }
        &'kvd;bench;help;txn-put'= {
        }
        &'kvd;bench;help;txn-mixed'= {
        }
        &'kvd;bench;help;watch'= {
        }
        &'kvd;bench;help;watch-latency'= {
        }
        &'kvd;bench;help;lease-keepalive'= {
        }
        &'kvd;bench;help;help'= {
        }
        &'kvd;certs'= {
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Make a CA and server, peer and client certificates in a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;certs;init'= {
            cand --hosts 'Host names and IP addresses the server and peer certificates are valid for, besides localhost, 127.0.0.1 and ::1'
            cand --client-cn 'Common name of the client certificate: the user it authenticates as when the server checks client certificates and auth is on'
            cand --endpoints 'gRPC endpoints'
            cand --dial-timeout 'Dial timeout for client connections'
            cand --command-timeout 'Timeout for short running commands (excluding dial timeout)'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --hex 'Print byte strings as hex encoded strings'
            cand --cacert 'Verify certificates of TLS-enabled secure servers using this CA bundle'
            cand --cert 'Identify secure client using this TLS certificate file'
            cand --key 'Identify secure client using this TLS key file'
            cand --insecure-transport 'Disable transport security for client connections (bare host:port endpoints are https when false)'
            cand --user 'Username[:password] for authentication (prompt if password is not supplied)'
            cand --password 'Password for authentication (if this option is used, --user option shouldn''t include password)'
            cand --insecure-skip-tls-verify 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kvd;certs;help'= {
            cand init 'Make a CA and server, peer and client certificates in a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;certs;help;init'= {
        }
        &'kvd;certs;help;help'= {
        }
        &'kvd;help'= {
            cand serve 'Run a member of a kvd cluster'
            cand put 'Puts the given key into the store'
            cand get 'Gets the key or a range of keys'
            cand del 'Removes the specified key or range of keys [key, range_end)'
            cand txn 'Txn processes all the requests in one transaction'
            cand watch 'Watches events stream on keys or prefixes'
            cand lock 'Acquires a named lock'
            cand elect 'Observes and participates in leader election'
            cand compaction 'Compacts the event history in etcd'
            cand defrag 'Defragments the storage of the etcd members with given endpoints'
            cand lease 'Lease related commands'
            cand endpoint 'Endpoint related commands'
            cand member 'Membership related commands'
            cand move-leader 'Transfers leadership to another member'
            cand snapshot 'Manages etcd node snapshots'
            cand check 'Commands for checking properties of the etcd cluster'
            cand alarm 'Alarm related commands'
            cand version 'Prints the version of the client and the API it speaks'
            cand auth 'Enable or disable authentication'
            cand user 'User related commands'
            cand role 'Role related commands'
            cand register 'Registers a service instance under /services/SERVICE/ID, on a lease kept alive until exit'
            cand discover 'Lists a service''s live instances; watches them, or picks one round robin'
            cand queue 'A FIFO queue shared with etcd''s Go recipe (recipe.NewQueue)'
            cand pqueue 'A priority queue shared with etcd''s Go recipe (recipe.NewPriorityQueue)'
            cand barrier 'Barriers and double barriers shared with etcd''s Go recipes'
            cand set 'Sets a key through etcd''s v2 API, as `ETCDCTL_API=2 etcdctl set` does, and prints its value'
            cand completion 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand install-links 'Make `etcd` and `etcdctl` links to this binary in a directory'
            cand cluster 'Run a local cluster, for development and demos'
            cand bench 'Benchmark an etcd-API endpoint (like etcd''s `benchmark` tool)'
            cand certs 'Make TLS certificates for a local secure cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kvd;help;serve'= {
        }
        &'kvd;help;put'= {
        }
        &'kvd;help;get'= {
        }
        &'kvd;help;del'= {
        }
        &'kvd;help;txn'= {
        }
        &'kvd;help;watch'= {
        }
        &'kvd;help;lock'= {
        }
        &'kvd;help;elect'= {
        }
        &'kvd;help;compaction'= {
        }
        &'kvd;help;defrag'= {
        }
        &'kvd;help;lease'= {
            cand grant 'Creates leases'
            cand revoke 'Revokes leases'
            cand timetolive 'Get lease information'
            cand list 'List all active leases'
            cand keep-alive 'Keeps leases alive (renew)'
        }
        &'kvd;help;lease;grant'= {
        }
        &'kvd;help;lease;revoke'= {
        }
        &'kvd;help;lease;timetolive'= {
        }
        &'kvd;help;lease;list'= {
        }
        &'kvd;help;lease;keep-alive'= {
        }
        &'kvd;help;endpoint'= {
            cand status 'Prints out the status of endpoints specified in `--endpoints` flag'
            cand health 'Checks the healthiness of endpoints specified in `--endpoints` flag'
            cand hashkv 'Prints the KV history hash for each endpoint in --endpoints'
        }
        &'kvd;help;endpoint;status'= {
        }
        &'kvd;help;endpoint;health'= {
        }
        &'kvd;help;endpoint;hashkv'= {
        }
        &'kvd;help;member'= {
            cand list 'Lists all members in the cluster'
            cand add 'Adds a member into the cluster'
            cand remove 'Removes a member from the cluster'
            cand update 'Updates a member in the cluster'
            cand promote 'Promotes a non-voting member in the cluster'
        }
        &'kvd;help;member;list'= {
        }
        &'kvd;help;member;add'= {
        }
        &'kvd;help;member;remove'= {
        }
        &'kvd;help;member;update'= {
        }
        &'kvd;help;member;promote'= {
        }
        &'kvd;help;move-leader'= {
        }
        &'kvd;help;snapshot'= {
            cand save 'Stores an etcd node backend snapshot to a given file'
            cand status 'Gets backend snapshot status of a given file'
            cand restore 'Restores an etcd member snapshot to an etcd directory'
        }
        &'kvd;help;snapshot;save'= {
        }
        &'kvd;help;snapshot;status'= {
        }
        &'kvd;help;snapshot;restore'= {
        }
        &'kvd;help;check'= {
            cand perf 'Check the performance of the etcd cluster'
            cand datascale 'Check the memory usage of holding data for different workloads on a given server endpoint'
            cand data 'Verify a stopped member''s data directory; exit 1 if it is damaged'
        }
        &'kvd;help;check;perf'= {
        }
        &'kvd;help;check;datascale'= {
        }
        &'kvd;help;check;data'= {
        }
        &'kvd;help;alarm'= {
            cand list 'Lists all alarms'
            cand disarm 'Disarms all alarms'
        }
        &'kvd;help;alarm;list'= {
        }
        &'kvd;help;alarm;disarm'= {
        }
        &'kvd;help;version'= {
        }
        &'kvd;help;auth'= {
            cand enable 'Enables authentication'
            cand disable 'Disables authentication'
            cand status 'Returns authentication status'
        }
        &'kvd;help;auth;enable'= {
        }
        &'kvd;help;auth;disable'= {
        }
        &'kvd;help;auth;status'= {
        }
        &'kvd;help;user'= {
            cand add 'Adds a new user'
            cand delete 'Deletes a user'
            cand get 'Gets detailed information of a user'
            cand list 'Lists all users'
            cand passwd 'Changes password of user'
            cand grant-role 'Grants a role to a user'
            cand revoke-role 'Revokes a role from a user'
        }
        &'kvd;help;user;add'= {
        }
        &'kvd;help;user;delete'= {
        }
        &'kvd;help;user;get'= {
        }
        &'kvd;help;user;list'= {
        }
        &'kvd;help;user;passwd'= {
        }
        &'kvd;help;user;grant-role'= {
        }
        &'kvd;help;user;revoke-role'= {
        }
        &'kvd;help;role'= {
            cand add 'Adds a new role'
            cand delete 'Deletes a role'
            cand get 'Gets detailed information of a role'
            cand list 'Lists all roles'
            cand grant-permission 'Grants a key to a role'
            cand revoke-permission 'Revokes a key from a role'
        }
        &'kvd;help;role;add'= {
        }
        &'kvd;help;role;delete'= {
        }
        &'kvd;help;role;get'= {
        }
        &'kvd;help;role;list'= {
        }
        &'kvd;help;role;grant-permission'= {
        }
        &'kvd;help;role;revoke-permission'= {
        }
        &'kvd;help;register'= {
        }
        &'kvd;help;discover'= {
        }
        &'kvd;help;queue'= {
            cand push 'Adds values at the tail, one item each (the value from stdin if none is given)'
            cand pop 'Removes the oldest item and prints its value'
            cand peek 'Prints the oldest item''s value, leaving it queued'
            cand len 'Prints the number of items'
        }
        &'kvd;help;queue;push'= {
        }
        &'kvd;help;queue;pop'= {
        }
        &'kvd;help;queue;peek'= {
        }
        &'kvd;help;queue;len'= {
        }
        &'kvd;help;pqueue'= {
            cand push 'Adds values with a priority, one item each (the value from stdin if none is given)'
            cand pop 'Removes the first item (lowest priority number, oldest first) and prints its value'
            cand peek 'Prints the first item''s value, leaving it queued'
            cand len 'Prints the number of items'
        }
        &'kvd;help;pqueue;push'= {
        }
        &'kvd;help;pqueue;pop'= {
        }
        &'kvd;help;pqueue;peek'= {
        }
        &'kvd;help;pqueue;len'= {
        }
        &'kvd;help;barrier'= {
            cand hold 'Holds a barrier: creates its key; fails if it is already held'
            cand release 'Releases a barrier: deletes its key, letting every waiter through'
            cand wait 'Waits until a barrier is released (at once if it is not held)'
            cand enter 'Double barrier: waits until --count processes have entered, runs the command if one is given, then waits until all of them have left'
        }
        &'kvd;help;barrier;hold'= {
        }
        &'kvd;help;barrier;release'= {
        }
        &'kvd;help;barrier;wait'= {
        }
        &'kvd;help;barrier;enter'= {
        }
        &'kvd;help;set'= {
        }
        &'kvd;help;completion'= {
        }
        &'kvd;help;install-links'= {
        }
        &'kvd;help;cluster'= {
            cand up 'Start a local cluster on loopback and run it until Ctrl-C'
        }
        &'kvd;help;cluster;up'= {
        }
        &'kvd;help;bench'= {
            cand put 'Benchmark put'
            cand range 'Benchmark range: KEY, or the range [KEY, END)'
            cand txn-put 'Benchmark transactions of puts'
            cand txn-mixed 'Benchmark transactions that read the range [KEY, END) or put one key'
            cand watch 'Benchmark watch: events per second delivered to many watchers'
            cand watch-latency 'Benchmark watch latency: how long a put takes to reach the watchers (puts paced at --rate, 100/s unless given)'
            cand lease-keepalive 'Benchmark lease keep-alive: one lease and keep-alive stream per client'
        }
        &'kvd;help;bench;put'= {
        }
        &'kvd;help;bench;range'= {
        }
        &'kvd;help;bench;txn-put'= {
        }
        &'kvd;help;bench;txn-mixed'= {
        }
        &'kvd;help;bench;watch'= {
        }
        &'kvd;help;bench;watch-latency'= {
        }
        &'kvd;help;bench;lease-keepalive'= {
        }
        &'kvd;help;certs'= {
            cand init 'Make a CA and server, peer and client certificates in a directory'
        }
        &'kvd;help;certs;init'= {
        }
        &'kvd;help;help'= {
        }
    ]
    $completions[$command]
}
