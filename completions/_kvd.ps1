
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'kvd' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'kvd'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'kvd' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run a member of a kvd cluster')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Puts the given key into the store')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Gets the key or a range of keys')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Removes the specified key or range of keys [key, range_end)')
            [CompletionResult]::new('txn', 'txn', [CompletionResultType]::ParameterValue, 'Txn processes all the requests in one transaction')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watches events stream on keys or prefixes')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Acquires a named lock')
            [CompletionResult]::new('elect', 'elect', [CompletionResultType]::ParameterValue, 'Observes and participates in leader election')
            [CompletionResult]::new('compaction', 'compaction', [CompletionResultType]::ParameterValue, 'Compacts the event history in etcd')
            [CompletionResult]::new('defrag', 'defrag', [CompletionResultType]::ParameterValue, 'Defragments the storage of the etcd members with given endpoints')
            [CompletionResult]::new('lease', 'lease', [CompletionResultType]::ParameterValue, 'Lease related commands')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoint related commands')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Membership related commands')
            [CompletionResult]::new('move-leader', 'move-leader', [CompletionResultType]::ParameterValue, 'Transfers leadership to another member')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Manages etcd node snapshots')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Commands for checking properties of the etcd cluster')
            [CompletionResult]::new('alarm', 'alarm', [CompletionResultType]::ParameterValue, 'Alarm related commands')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Prints the version of the client and the API it speaks')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Enable or disable authentication')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'User related commands')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Role related commands')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Registers a service instance under /services/SERVICE/ID, on a lease kept alive until exit')
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'Lists a service''s live instances; watches them, or picks one round robin')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'A FIFO queue shared with etcd''s Go recipe (recipe.NewQueue)')
            [CompletionResult]::new('pqueue', 'pqueue', [CompletionResultType]::ParameterValue, 'A priority queue shared with etcd''s Go recipe (recipe.NewPriorityQueue)')
            [CompletionResult]::new('barrier', 'barrier', [CompletionResultType]::ParameterValue, 'Barriers and double barriers shared with etcd''s Go recipes')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Sets a key through etcd''s v2 API, as `ETCDCTL_API=2 etcdctl set` does, and prints its value')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('install-links', 'install-links', [CompletionResultType]::ParameterValue, 'Make `etcd` and `etcdctl` links to this binary in a directory')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Run a local cluster, for development and demos')
            [CompletionResult]::new('bench', 'bench', [CompletionResultType]::ParameterValue, 'Benchmark an etcd-API endpoint (like etcd''s `benchmark` tool)')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Make TLS certificates for a local secure cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;serve' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Human-readable name for this member')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Path to the data directory [default: ./<name>.kvd]')
            [CompletionResult]::new('--listen-client-urls', '--listen-client-urls', [CompletionResultType]::ParameterName, 'URLs to listen on for client traffic')
            [CompletionResult]::new('--advertise-client-urls', '--advertise-client-urls', [CompletionResultType]::ParameterName, 'This member''s client URLs to advertise to the cluster')
            [CompletionResult]::new('--listen-peer-urls', '--listen-peer-urls', [CompletionResultType]::ParameterName, 'URLs to listen on for peer traffic [default: this member''s --peers URL, or http://127.0.0.1:2380]')
            [CompletionResult]::new('--initial-advertise-peer-urls', '--initial-advertise-peer-urls', [CompletionResultType]::ParameterName, 'This member''s peer URLs to advertise to the cluster [default: as --listen-peer-urls]')
            [CompletionResult]::new('--initial-cluster', '--initial-cluster', [CompletionResultType]::ParameterName, 'Initial cluster configuration, as name=peer-url,... [default: <name>=<initial-advertise-peer-urls>]')
            [CompletionResult]::new('--peers', '--peers', [CompletionResultType]::ParameterName, 'Short form of --initial-cluster: name=peer-url,... of every member; this member''s peer URL comes from its own entry')
            [CompletionResult]::new('--initial-cluster-state', '--initial-cluster-state', [CompletionResultType]::ParameterName, 'Initial cluster state: `new` bootstraps a cluster; `existing` joins a running one (after `kvd member add`)')
            [CompletionResult]::new('--initial-cluster-token', '--initial-cluster-token', [CompletionResultType]::ParameterName, 'Initial cluster token, which makes member and cluster IDs unique')
            [CompletionResult]::new('--max-request-bytes', '--max-request-bytes', [CompletionResultType]::ParameterName, 'Largest client request accepted, in bytes')
            [CompletionResult]::new('--max-txn-ops', '--max-txn-ops', [CompletionResultType]::ParameterName, 'Most operations allowed in one transaction')
            [CompletionResult]::new('--quota-backend-bytes', '--quota-backend-bytes', [CompletionResultType]::ParameterName, 'Database size, in bytes, above which writes are refused')
            [CompletionResult]::new('--snapshot-count', '--snapshot-count', [CompletionResultType]::ParameterName, 'Applied entries kept in the Raft log for members that lag; a member further behind is sent a snapshot')
            [CompletionResult]::new('--experimental-watch-progress-notify-interval', '--experimental-watch-progress-notify-interval', [CompletionResultType]::ParameterName, 'How often idle watchers that asked for it get a progress notification')
            [CompletionResult]::new('--strict-reconfig-check', '--strict-reconfig-check', [CompletionResultType]::ParameterName, 'Refuse membership changes that would leave too few started, connected voters for a quorum (`--strict-reconfig-check=false` to allow them)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'The client port''s certificate (PEM), for https:// client URLs')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key of --cert-file (PEM)')
            [CompletionResult]::new('--trusted-ca-file', '--trusted-ca-file', [CompletionResultType]::ParameterName, 'The CA that signs client certificates (PEM)')
            [CompletionResult]::new('--client-crl-file', '--client-crl-file', [CompletionResultType]::ParameterName, 'Client certificates revoked (PEM certificate revocation lists)')
            [CompletionResult]::new('--peer-cert-file', '--peer-cert-file', [CompletionResultType]::ParameterName, 'The peer port''s certificate (PEM), used both ways between members')
            [CompletionResult]::new('--peer-key-file', '--peer-key-file', [CompletionResultType]::ParameterName, 'The key of --peer-cert-file (PEM)')
            [CompletionResult]::new('--peer-trusted-ca-file', '--peer-trusted-ca-file', [CompletionResultType]::ParameterName, 'The CA that signs the members'' peer certificates (PEM)')
            [CompletionResult]::new('--peer-crl-file', '--peer-crl-file', [CompletionResultType]::ParameterName, 'Peer certificates revoked (PEM certificate revocation lists)')
            [CompletionResult]::new('--cipher-suites', '--cipher-suites', [CompletionResultType]::ParameterName, 'TLS 1.2 cipher suites the client and peer ports offer (comma-separated names, as Go''s crypto/tls spells them); TLS 1.3 is not restricted')
            [CompletionResult]::new('--peer-cert-allowed-cn', '--peer-cert-allowed-cn', [CompletionResultType]::ParameterName, 'The only common name a member''s peer certificate may carry')
            [CompletionResult]::new('--auth-token', '--auth-token', [CompletionResultType]::ParameterName, 'Auth tokens: `simple`, or `jwt,pub-key=FILE,priv-key=FILE,sign-method=RS256|ES256|...[,ttl=5m]`')
            [CompletionResult]::new('--auth-token-ttl', '--auth-token-ttl', [CompletionResultType]::ParameterName, 'Seconds an unused simple token stays valid')
            [CompletionResult]::new('--auto-compaction-mode', '--auto-compaction-mode', [CompletionResultType]::ParameterName, 'Interpret --auto-compaction-retention as a time window (periodic) or a number of revisions (revision)')
            [CompletionResult]::new('--auto-compaction-retention', '--auto-compaction-retention', [CompletionResultType]::ParameterName, 'History to keep: for periodic a duration (`1h`, `30m`; a bare number is hours), for revision a count; 0 turns auto-compaction off')
            [CompletionResult]::new('--logger', '--logger', [CompletionResultType]::ParameterName, '`zap` for JSON lines as etcd''s zap logger writes them, `capnslog` for text')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'debug, info, warn, error, panic or fatal')
            [CompletionResult]::new('--log-outputs', '--log-outputs', [CompletionResultType]::ParameterName, 'Where logs go: `default` or `stderr`, `stdout`, or file paths (comma-separated; several at once)')
            [CompletionResult]::new('--experimental-corrupt-check-time', '--experimental-corrupt-check-time', [CompletionResultType]::ParameterName, 'How often the leader compares the members'' keyspace hashes and raises CORRUPT for one that differs (0s: never)')
            [CompletionResult]::new('--experimental-initial-corrupt-check', '--experimental-initial-corrupt-check', [CompletionResultType]::ParameterName, 'Before serving clients, compare this member''s keyspace hash with its peers'' and refuse to start if one differs')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'etcd''s YAML configuration file; when given, it replaces the other flags (as in etcd)')
            [CompletionResult]::new('--bcrypt-cost', '--bcrypt-cost', [CompletionResultType]::ParameterName, 'bcrypt cost for hashing passwords (4 to 31)')
            [CompletionResult]::new('--listen-metrics-urls', '--listen-metrics-urls', [CompletionResultType]::ParameterName, 'More URLs to serve /metrics and /health on (comma-separated), e.g. for Prometheus on a port clients do not use')
            [CompletionResult]::new('--metrics', '--metrics', [CompletionResultType]::ParameterName, '`basic`, or `extensive` to add gRPC latency histograms')
            [CompletionResult]::new('--enable-v2', '--enable-v2', [CompletionResultType]::ParameterName, 'Serve etcd''s v2 HTTP API (/v2/keys, /v2/members) on the client URLs, kept in the v3 store')
            [CompletionResult]::new('--ui', '--ui', [CompletionResultType]::ParameterName, 'Serve the web dashboard at /ui on the client URLs (and on --listen-metrics-urls); `--ui=false` turns it off')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--client-cert-auth', '--client-cert-auth', [CompletionResultType]::ParameterName, 'Accept only clients with a certificate --trusted-ca-file signed')
            [CompletionResult]::new('--auto-tls', '--auto-tls', [CompletionResultType]::ParameterName, 'Serve https client URLs with a self-signed certificate made at start when no --cert-file is given (clients must skip verification)')
            [CompletionResult]::new('--peer-auto-tls', '--peer-auto-tls', [CompletionResultType]::ParameterName, 'Serve https peer URLs with a self-signed certificate made at start when no --peer-cert-file is given (members then take any certificate from each other: encrypted, not authenticated)')
            [CompletionResult]::new('--peer-client-cert-auth', '--peer-client-cert-auth', [CompletionResultType]::ParameterName, 'Accept only members with a certificate --peer-trusted-ca-file signed')
            [CompletionResult]::new('--force-new-cluster', '--force-new-cluster', [CompletionResultType]::ParameterName, 'Restart as the only member of the cluster, keeping this member''s data: for when a majority of members is lost for good. Remove the flag once the member runs (it is harmless if left)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;put' {
            [CompletionResult]::new('--lease', '--lease', [CompletionResultType]::ParameterName, 'Lease ID (in hexadecimal) to attach to the key')
            [CompletionResult]::new('--prev-kv', '--prev-kv', [CompletionResultType]::ParameterName, 'Return the previous key-value pair before modification')
            [CompletionResult]::new('--ignore-value', '--ignore-value', [CompletionResultType]::ParameterName, 'Update the key using its current value')
            [CompletionResult]::new('--ignore-lease', '--ignore-lease', [CompletionResultType]::ParameterName, 'Update the key using its current lease')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Attach the key to a new lease of this TTL (seconds, or a duration such as 30s): the key is deleted when it runs out. -w json prints the lease')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Take the value from this file, byte for byte')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;get' {
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'Linearizable(l) or Serializable(s)')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Order of results; ASCEND or DESCEND (ASCEND by default)')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort target; CREATE, KEY, MODIFY, VALUE, or VERSION')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Maximum number of results')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Get keys with matching prefix')
            [CompletionResult]::new('--from-key', '--from-key', [CompletionResultType]::ParameterName, 'Get keys that are greater than or equal to the given key using byte compare')
            [CompletionResult]::new('--rev', '--rev', [CompletionResultType]::ParameterName, 'Specify the kv revision')
            [CompletionResult]::new('--keys-only', '--keys-only', [CompletionResultType]::ParameterName, 'Get only the keys')
            [CompletionResult]::new('--count-only', '--count-only', [CompletionResultType]::ParameterName, 'Get only the count')
            [CompletionResult]::new('--print-value-only', '--print-value-only', [CompletionResultType]::ParameterName, 'Only write values when using the "simple" output format')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'If no key matches, wait until one does (race-free: the get, then a watch from its revision)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Wait at most this long (implies --wait), e.g. 10s')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Write only the values, byte for byte, without a newline: `get KEY --raw > F` gives back the file `put KEY --from-file F` stored')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;del' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Delete keys with matching prefix')
            [CompletionResult]::new('--prev-kv', '--prev-kv', [CompletionResultType]::ParameterName, 'Return deleted key-value pairs')
            [CompletionResult]::new('--from-key', '--from-key', [CompletionResultType]::ParameterName, 'Delete keys that are greater than or equal to the given key using byte compare')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;txn' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Input transaction in interactive mode')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Input transaction in interactive mode')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;watch' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Watch on a prefix if prefix is set')
            [CompletionResult]::new('--rev', '--rev', [CompletionResultType]::ParameterName, 'Revision to start watching')
            [CompletionResult]::new('--prev-kv', '--prev-kv', [CompletionResultType]::ParameterName, 'Get the previous key-value pair before the event happens')
            [CompletionResult]::new('--progress-notify', '--progress-notify', [CompletionResultType]::ParameterName, 'Get periodic watch progress notification from server')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Interactive mode: read `watch ...`, `progress` and `cancel ID` lines from stdin')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Interactive mode: read `watch ...`, `progress` and `cancel ID` lines from stdin')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;lock' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Timeout for session, in seconds')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;elect' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Observation mode')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Observation mode')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Timeout for session, in seconds')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;compaction' {
            [CompletionResult]::new('--physical', '--physical', [CompletionResultType]::ParameterName, 'Wait for the compaction to physically remove all old revisions')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;defrag' {
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Use all endpoints from the cluster member list')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Optional. If present, defragments a data directory not in use by etcd')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;lease' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Creates leases')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revokes leases')
            [CompletionResult]::new('timetolive', 'timetolive', [CompletionResultType]::ParameterValue, 'Get lease information')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all active leases')
            [CompletionResult]::new('keep-alive', 'keep-alive', [CompletionResultType]::ParameterValue, 'Keeps leases alive (renew)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;lease;grant' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;lease;revoke' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;lease;timetolive' {
            [CompletionResult]::new('--keys', '--keys', [CompletionResultType]::ParameterName, 'Get keys attached to this lease')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;lease;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;lease;keep-alive' {
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'Resets the keep-alive time to its original value and exits immediately')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;lease;help' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Creates leases')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revokes leases')
            [CompletionResult]::new('timetolive', 'timetolive', [CompletionResultType]::ParameterValue, 'Get lease information')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all active leases')
            [CompletionResult]::new('keep-alive', 'keep-alive', [CompletionResultType]::ParameterValue, 'Keeps leases alive (renew)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;lease;help;grant' {
            break
        }
        'kvd;lease;help;revoke' {
            break
        }
        'kvd;lease;help;timetolive' {
            break
        }
        'kvd;lease;help;list' {
            break
        }
        'kvd;lease;help;keep-alive' {
            break
        }
        'kvd;lease;help;help' {
            break
        }
        'kvd;endpoint' {
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Use all endpoints from the cluster member list')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Prints out the status of endpoints specified in `--endpoints` flag')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Checks the healthiness of endpoints specified in `--endpoints` flag')
            [CompletionResult]::new('hashkv', 'hashkv', [CompletionResultType]::ParameterValue, 'Prints the KV history hash for each endpoint in --endpoints')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;endpoint;status' {
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Use all endpoints from the cluster member list')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;endpoint;health' {
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Use all endpoints from the cluster member list')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;endpoint;hashkv' {
            [CompletionResult]::new('--rev', '--rev', [CompletionResultType]::ParameterName, 'Maximum revision to hash (default: all revisions)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Use all endpoints from the cluster member list')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;endpoint;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Prints out the status of endpoints specified in `--endpoints` flag')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Checks the healthiness of endpoints specified in `--endpoints` flag')
            [CompletionResult]::new('hashkv', 'hashkv', [CompletionResultType]::ParameterValue, 'Prints the KV history hash for each endpoint in --endpoints')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;endpoint;help;status' {
            break
        }
        'kvd;endpoint;help;health' {
            break
        }
        'kvd;endpoint;help;hashkv' {
            break
        }
        'kvd;endpoint;help;help' {
            break
        }
        'kvd;member' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists all members in the cluster')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds a member into the cluster')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Removes a member from the cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Updates a member in the cluster')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Promotes a non-voting member in the cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;member;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;member;add' {
            [CompletionResult]::new('--peer-urls', '--peer-urls', [CompletionResultType]::ParameterName, 'Comma separated peer URLs for the new member')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--learner', '--learner', [CompletionResultType]::ParameterName, 'Indicates if the new member is raft learner')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;member;remove' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;member;update' {
            [CompletionResult]::new('--peer-urls', '--peer-urls', [CompletionResultType]::ParameterName, 'Comma separated peer URLs for the updated member')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;member;promote' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;member;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists all members in the cluster')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds a member into the cluster')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Removes a member from the cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Updates a member in the cluster')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Promotes a non-voting member in the cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;member;help;list' {
            break
        }
        'kvd;member;help;add' {
            break
        }
        'kvd;member;help;remove' {
            break
        }
        'kvd;member;help;update' {
            break
        }
        'kvd;member;help;promote' {
            break
        }
        'kvd;member;help;help' {
            break
        }
        'kvd;move-leader' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;snapshot' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Stores an etcd node backend snapshot to a given file')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Gets backend snapshot status of a given file')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restores an etcd member snapshot to an etcd directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;snapshot;save' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;snapshot;status' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;snapshot;restore' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Path to the data directory (default: NAME.kvd)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Human-readable name for this member')
            [CompletionResult]::new('--initial-cluster', '--initial-cluster', [CompletionResultType]::ParameterName, 'Initial cluster configuration for restore bootstrap')
            [CompletionResult]::new('--initial-cluster-token', '--initial-cluster-token', [CompletionResultType]::ParameterName, 'Initial cluster token for the etcd cluster during restore bootstrap')
            [CompletionResult]::new('--initial-advertise-peer-urls', '--initial-advertise-peer-urls', [CompletionResultType]::ParameterName, 'List of this member''s peer URLs to advertise to the rest of the cluster')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--skip-hash-check', '--skip-hash-check', [CompletionResultType]::ParameterName, 'Ignore snapshot integrity hash value (required if copied from data directory)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;snapshot;help' {
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Stores an etcd node backend snapshot to a given file')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Gets backend snapshot status of a given file')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restores an etcd member snapshot to an etcd directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;snapshot;help;save' {
            break
        }
        'kvd;snapshot;help;status' {
            break
        }
        'kvd;snapshot;help;restore' {
            break
        }
        'kvd;snapshot;help;help' {
            break
        }
        'kvd;check' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('perf', 'perf', [CompletionResultType]::ParameterValue, 'Check the performance of the etcd cluster')
            [CompletionResult]::new('datascale', 'datascale', [CompletionResultType]::ParameterValue, 'Check the memory usage of holding data for different workloads on a given server endpoint')
            [CompletionResult]::new('data', 'data', [CompletionResultType]::ParameterValue, 'Verify a stopped member''s data directory; exit 1 if it is damaged')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;check;perf' {
            [CompletionResult]::new('--load', '--load', [CompletionResultType]::ParameterName, 'The performance check''s workload model. Accepted workloads: s(small), m(medium), l(large), xl(xLarge)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'The prefix for writing the performance check''s keys')
            [CompletionResult]::new('--auto-compact', '--auto-compact', [CompletionResultType]::ParameterName, 'Compact storage with last revision after test is finished')
            [CompletionResult]::new('--auto-defrag', '--auto-defrag', [CompletionResultType]::ParameterName, 'Defragment storage after test is finished')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;check;datascale' {
            [CompletionResult]::new('--load', '--load', [CompletionResultType]::ParameterName, 'The datascale check''s workload model. Accepted workloads: s(small), m(medium), l(large), xl(xLarge)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'The prefix for writing the datascale check''s keys')
            [CompletionResult]::new('--auto-compact', '--auto-compact', [CompletionResultType]::ParameterName, 'Compact storage with last revision after test is finished')
            [CompletionResult]::new('--auto-defrag', '--auto-defrag', [CompletionResultType]::ParameterName, 'Defragment storage after test is finished')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;check;data' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;check;help' {
            [CompletionResult]::new('perf', 'perf', [CompletionResultType]::ParameterValue, 'Check the performance of the etcd cluster')
            [CompletionResult]::new('datascale', 'datascale', [CompletionResultType]::ParameterValue, 'Check the memory usage of holding data for different workloads on a given server endpoint')
            [CompletionResult]::new('data', 'data', [CompletionResultType]::ParameterValue, 'Verify a stopped member''s data directory; exit 1 if it is damaged')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;check;help;perf' {
            break
        }
        'kvd;check;help;datascale' {
            break
        }
        'kvd;check;help;data' {
            break
        }
        'kvd;check;help;help' {
            break
        }
        'kvd;alarm' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists all alarms')
            [CompletionResult]::new('disarm', 'disarm', [CompletionResultType]::ParameterValue, 'Disarms all alarms')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;alarm;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;alarm;disarm' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;alarm;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists all alarms')
            [CompletionResult]::new('disarm', 'disarm', [CompletionResultType]::ParameterValue, 'Disarms all alarms')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;alarm;help;list' {
            break
        }
        'kvd;alarm;help;disarm' {
            break
        }
        'kvd;alarm;help;help' {
            break
        }
        'kvd;version' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;auth' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enables authentication')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disables authentication')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Returns authentication status')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;auth;enable' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;auth;disable' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;auth;status' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;auth;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enables authentication')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disables authentication')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Returns authentication status')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;auth;help;enable' {
            break
        }
        'kvd;auth;help;disable' {
            break
        }
        'kvd;auth;help;status' {
            break
        }
        'kvd;auth;help;help' {
            break
        }
        'kvd;user' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds a new user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Deletes a user')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Gets detailed information of a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists all users')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Changes password of user')
            [CompletionResult]::new('grant-role', 'grant-role', [CompletionResultType]::ParameterValue, 'Grants a role to a user')
            [CompletionResult]::new('revoke-role', 'revoke-role', [CompletionResultType]::ParameterValue, 'Revokes a role from a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;user;add' {
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Read password from stdin instead of interactive terminal')
            [CompletionResult]::new('--new-user-password', '--new-user-password', [CompletionResultType]::ParameterName, 'Supply password from the command line flag')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Create a user without password (CN based auth only)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;user;delete' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;user;get' {
            [CompletionResult]::new('--detail', '--detail', [CompletionResultType]::ParameterName, 'Show permissions of roles granted to the user')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;user;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;user;passwd' {
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'If true, read password from stdin instead of interactive terminal')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;user;grant-role' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;user;revoke-role' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds a new user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Deletes a user')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Gets detailed information of a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists all users')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Changes password of user')
            [CompletionResult]::new('grant-role', 'grant-role', [CompletionResultType]::ParameterValue, 'Grants a role to a user')
            [CompletionResult]::new('revoke-role', 'revoke-role', [CompletionResultType]::ParameterValue, 'Revokes a role from a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;user;help;add' {
            break
        }
        'kvd;user;help;delete' {
            break
        }
        'kvd;user;help;get' {
            break
        }
        'kvd;user;help;list' {
            break
        }
        'kvd;user;help;passwd' {
            break
        }
        'kvd;user;help;grant-role' {
            break
        }
        'kvd;user;help;revoke-role' {
            break
        }
        'kvd;user;help;help' {
            break
        }
        'kvd;role' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds a new role')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Deletes a role')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Gets detailed information of a role')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists all roles')
            [CompletionResult]::new('grant-permission', 'grant-permission', [CompletionResultType]::ParameterValue, 'Grants a key to a role')
            [CompletionResult]::new('revoke-permission', 'revoke-permission', [CompletionResultType]::ParameterValue, 'Revokes a key from a role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;role;add' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;role;delete' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;role;get' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;role;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;role;grant-permission' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Grant a prefix permission')
            [CompletionResult]::new('--from-key', '--from-key', [CompletionResultType]::ParameterName, 'Grant a permission of keys that are greater than or equal to the given key using byte compare')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;role;revoke-permission' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Revoke a prefix permission')
            [CompletionResult]::new('--from-key', '--from-key', [CompletionResultType]::ParameterName, 'Revoke a permission of keys that are greater than or equal to the given key using byte compare')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;role;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds a new role')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Deletes a role')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Gets detailed information of a role')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists all roles')
            [CompletionResult]::new('grant-permission', 'grant-permission', [CompletionResultType]::ParameterValue, 'Grants a key to a role')
            [CompletionResult]::new('revoke-permission', 'revoke-permission', [CompletionResultType]::ParameterValue, 'Revokes a key from a role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;role;help;add' {
            break
        }
        'kvd;role;help;delete' {
            break
        }
        'kvd;role;help;get' {
            break
        }
        'kvd;role;help;list' {
            break
        }
        'kvd;role;help;grant-permission' {
            break
        }
        'kvd;role;help;revoke-permission' {
            break
        }
        'kvd;role;help;help' {
            break
        }
        'kvd;register' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The instance''s ID, the last part of its key [default: ADDR]')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'The lease''s TTL: seconds, or a duration such as 10s. The instance disappears this long after its registrar dies')
            [CompletionResult]::new('--meta', '--meta', [CompletionResultType]::ParameterName, 'Metadata, as KEY=VALUE; repeat for more')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;discover' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Print the instances, then each join and leave as it happens')
            [CompletionResult]::new('--pick', '--pick', [CompletionResultType]::ParameterName, 'Print one instance''s address, round robin across all callers')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;queue' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Adds values at the tail, one item each (the value from stdin if none is given)')
            [CompletionResult]::new('pop', 'pop', [CompletionResultType]::ParameterValue, 'Removes the oldest item and prints its value')
            [CompletionResult]::new('peek', 'peek', [CompletionResultType]::ParameterValue, 'Prints the oldest item''s value, leaving it queued')
            [CompletionResult]::new('len', 'len', [CompletionResultType]::ParameterValue, 'Prints the number of items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;queue;push' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;queue;pop' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Wait at most this long (implies --wait), e.g. 10s')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'If the queue is empty, wait for an item instead of failing')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;queue;peek' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;queue;len' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;queue;help' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Adds values at the tail, one item each (the value from stdin if none is given)')
            [CompletionResult]::new('pop', 'pop', [CompletionResultType]::ParameterValue, 'Removes the oldest item and prints its value')
            [CompletionResult]::new('peek', 'peek', [CompletionResultType]::ParameterValue, 'Prints the oldest item''s value, leaving it queued')
            [CompletionResult]::new('len', 'len', [CompletionResultType]::ParameterValue, 'Prints the number of items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;queue;help;push' {
            break
        }
        'kvd;queue;help;pop' {
            break
        }
        'kvd;queue;help;peek' {
            break
        }
        'kvd;queue;help;len' {
            break
        }
        'kvd;queue;help;help' {
            break
        }
        'kvd;pqueue' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Adds values with a priority, one item each (the value from stdin if none is given)')
            [CompletionResult]::new('pop', 'pop', [CompletionResultType]::ParameterValue, 'Removes the first item (lowest priority number, oldest first) and prints its value')
            [CompletionResult]::new('peek', 'peek', [CompletionResultType]::ParameterValue, 'Prints the first item''s value, leaving it queued')
            [CompletionResult]::new('len', 'len', [CompletionResultType]::ParameterValue, 'Prints the number of items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;pqueue;push' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;pqueue;pop' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Wait at most this long (implies --wait), e.g. 10s')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'If the queue is empty, wait for an item instead of failing')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;pqueue;peek' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;pqueue;len' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;pqueue;help' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Adds values with a priority, one item each (the value from stdin if none is given)')
            [CompletionResult]::new('pop', 'pop', [CompletionResultType]::ParameterValue, 'Removes the first item (lowest priority number, oldest first) and prints its value')
            [CompletionResult]::new('peek', 'peek', [CompletionResultType]::ParameterValue, 'Prints the first item''s value, leaving it queued')
            [CompletionResult]::new('len', 'len', [CompletionResultType]::ParameterValue, 'Prints the number of items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;pqueue;help;push' {
            break
        }
        'kvd;pqueue;help;pop' {
            break
        }
        'kvd;pqueue;help;peek' {
            break
        }
        'kvd;pqueue;help;len' {
            break
        }
        'kvd;pqueue;help;help' {
            break
        }
        'kvd;barrier' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Holds a barrier: creates its key; fails if it is already held')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Releases a barrier: deletes its key, letting every waiter through')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Waits until a barrier is released (at once if it is not held)')
            [CompletionResult]::new('enter', 'enter', [CompletionResultType]::ParameterValue, 'Double barrier: waits until --count processes have entered, runs the command if one is given, then waits until all of them have left')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;barrier;hold' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;barrier;release' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;barrier;wait' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Wait at most this long, e.g. 30s')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;barrier;enter' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many processes the barrier waits for')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'The session''s TTL: seconds, or a duration; a process that dies inside the barrier is let go this long after')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;barrier;help' {
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Holds a barrier: creates its key; fails if it is already held')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Releases a barrier: deletes its key, letting every waiter through')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Waits until a barrier is released (at once if it is not held)')
            [CompletionResult]::new('enter', 'enter', [CompletionResultType]::ParameterValue, 'Double barrier: waits until --count processes have entered, runs the command if one is given, then waits until all of them have left')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;barrier;help;hold' {
            break
        }
        'kvd;barrier;help;release' {
            break
        }
        'kvd;barrier;help;wait' {
            break
        }
        'kvd;barrier;help;enter' {
            break
        }
        'kvd;barrier;help;help' {
            break
        }
        'kvd;set' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Key time-to-live in seconds (0: none)')
            [CompletionResult]::new('--swap-with-value', '--swap-with-value', [CompletionResultType]::ParameterName, 'Set only if the key has this value now')
            [CompletionResult]::new('--swap-with-index', '--swap-with-index', [CompletionResultType]::ParameterName, 'Set only if the key was last modified at this index')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;completion' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;install-links' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;cluster' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start a local cluster on loopback and run it until Ctrl-C')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;cluster;up' {
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Number of members')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Directory for the members'' data directories and logs')
            [CompletionResult]::new('--base-port', '--base-port', [CompletionResultType]::ParameterName, 'First port: member i serves clients on base+2i and peers on base+2i+1')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS on every client and peer link, with certificates from `kvd certs init` in DIR/certs (made there on the first run)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;cluster;help' {
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start a local cluster on loopback and run it until Ctrl-C')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;cluster;help;up' {
            break
        }
        'kvd;cluster;help;help' {
            break
        }
        'kvd;bench' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Benchmark put')
            [CompletionResult]::new('range', 'range', [CompletionResultType]::ParameterValue, 'Benchmark range: KEY, or the range [KEY, END)')
            [CompletionResult]::new('txn-put', 'txn-put', [CompletionResultType]::ParameterValue, 'Benchmark transactions of puts')
            [CompletionResult]::new('txn-mixed', 'txn-mixed', [CompletionResultType]::ParameterValue, 'Benchmark transactions that read the range [KEY, END) or put one key')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Benchmark watch: events per second delivered to many watchers')
            [CompletionResult]::new('watch-latency', 'watch-latency', [CompletionResultType]::ParameterValue, 'Benchmark watch latency: how long a put takes to reach the watchers (puts paced at --rate, 100/s unless given)')
            [CompletionResult]::new('lease-keepalive', 'lease-keepalive', [CompletionResultType]::ParameterValue, 'Benchmark lease keep-alive: one lease and keep-alive stream per client')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;bench;put' {
            [CompletionResult]::new('--key-size', '--key-size', [CompletionResultType]::ParameterName, 'Bytes per key')
            [CompletionResult]::new('--val-size', '--val-size', [CompletionResultType]::ParameterName, 'Bytes per value')
            [CompletionResult]::new('--key-space-size', '--key-space-size', [CompletionResultType]::ParameterName, 'Number of distinct keys written')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Concurrent clients')
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'gRPC connections, shared by the clients in turn')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Send requests for this long instead of --total requests (e.g. 30s, 1m)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]')
            [CompletionResult]::new('--plot', '--plot', [CompletionResultType]::ParameterName, 'Draw the latency histogram and throughput over time into this SVG file')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--sequential-keys', '--sequential-keys', [CompletionResultType]::ParameterName, 'Write the keys in order rather than at random')
            [CompletionResult]::new('--target-leader', '--target-leader', [CompletionResultType]::ParameterName, 'Send every request to the leader (found with a status request to each endpoint)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the report as one JSON object (and no progress bar)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;bench;range' {
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'Linearizable(l) or Serializable(s)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Maximum number of keys per answer; 0 for all')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Concurrent clients')
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'gRPC connections, shared by the clients in turn')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Send requests for this long instead of --total requests (e.g. 30s, 1m)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]')
            [CompletionResult]::new('--plot', '--plot', [CompletionResultType]::ParameterName, 'Draw the latency histogram and throughput over time into this SVG file')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--count-only', '--count-only', [CompletionResultType]::ParameterName, 'Ask for the count of keys only')
            [CompletionResult]::new('--target-leader', '--target-leader', [CompletionResultType]::ParameterName, 'Send every request to the leader (found with a status request to each endpoint)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the report as one JSON object (and no progress bar)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;bench;txn-put' {
            [CompletionResult]::new('--txn-ops', '--txn-ops', [CompletionResultType]::ParameterName, 'Puts per transaction')
            [CompletionResult]::new('--key-size', '--key-size', [CompletionResultType]::ParameterName, 'Bytes per key')
            [CompletionResult]::new('--val-size', '--val-size', [CompletionResultType]::ParameterName, 'Bytes per value')
            [CompletionResult]::new('--key-space-size', '--key-space-size', [CompletionResultType]::ParameterName, 'Number of distinct keys written')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Concurrent clients')
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'gRPC connections, shared by the clients in turn')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Send requests for this long instead of --total requests (e.g. 30s, 1m)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]')
            [CompletionResult]::new('--plot', '--plot', [CompletionResultType]::ParameterName, 'Draw the latency histogram and throughput over time into this SVG file')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--sequential-keys', '--sequential-keys', [CompletionResultType]::ParameterName, 'Write the keys in order rather than at random')
            [CompletionResult]::new('--target-leader', '--target-leader', [CompletionResultType]::ParameterName, 'Send every request to the leader (found with a status request to each endpoint)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the report as one JSON object (and no progress bar)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;bench;txn-mixed' {
            [CompletionResult]::new('--rw-ratio', '--rw-ratio', [CompletionResultType]::ParameterName, 'Reads per write')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'Linearizable(l) or Serializable(s)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Maximum number of keys per answer; 0 for all')
            [CompletionResult]::new('--key-size', '--key-size', [CompletionResultType]::ParameterName, 'Bytes per key')
            [CompletionResult]::new('--val-size', '--val-size', [CompletionResultType]::ParameterName, 'Bytes per value')
            [CompletionResult]::new('--key-space-size', '--key-space-size', [CompletionResultType]::ParameterName, 'Number of distinct keys written')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Concurrent clients')
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'gRPC connections, shared by the clients in turn')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Send requests for this long instead of --total requests (e.g. 30s, 1m)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]')
            [CompletionResult]::new('--plot', '--plot', [CompletionResultType]::ParameterName, 'Draw the latency histogram and throughput over time into this SVG file')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--count-only', '--count-only', [CompletionResultType]::ParameterName, 'Ask for the count of keys only')
            [CompletionResult]::new('--sequential-keys', '--sequential-keys', [CompletionResultType]::ParameterName, 'Write the keys in order rather than at random')
            [CompletionResult]::new('--target-leader', '--target-leader', [CompletionResultType]::ParameterName, 'Send every request to the leader (found with a status request to each endpoint)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the report as one JSON object (and no progress bar)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;bench;watch' {
            [CompletionResult]::new('--streams', '--streams', [CompletionResultType]::ParameterName, 'Watch streams, spread over the connections')
            [CompletionResult]::new('--watchers-per-stream', '--watchers-per-stream', [CompletionResultType]::ParameterName, 'Watchers on each stream, each on the whole key space')
            [CompletionResult]::new('--key-size', '--key-size', [CompletionResultType]::ParameterName, 'Bytes per key')
            [CompletionResult]::new('--val-size', '--val-size', [CompletionResultType]::ParameterName, 'Bytes per value')
            [CompletionResult]::new('--key-space-size', '--key-space-size', [CompletionResultType]::ParameterName, 'Number of distinct keys written')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Concurrent clients')
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'gRPC connections, shared by the clients in turn')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Send requests for this long instead of --total requests (e.g. 30s, 1m)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]')
            [CompletionResult]::new('--plot', '--plot', [CompletionResultType]::ParameterName, 'Draw the latency histogram and throughput over time into this SVG file')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--sequential-keys', '--sequential-keys', [CompletionResultType]::ParameterName, 'Write the keys in order rather than at random')
            [CompletionResult]::new('--target-leader', '--target-leader', [CompletionResultType]::ParameterName, 'Send every request to the leader (found with a status request to each endpoint)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the report as one JSON object (and no progress bar)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;bench;watch-latency' {
            [CompletionResult]::new('--streams', '--streams', [CompletionResultType]::ParameterName, 'Watch streams, spread over the connections')
            [CompletionResult]::new('--watchers-per-stream', '--watchers-per-stream', [CompletionResultType]::ParameterName, 'Watchers on each stream, each on the whole key space')
            [CompletionResult]::new('--key-size', '--key-size', [CompletionResultType]::ParameterName, 'Bytes per key')
            [CompletionResult]::new('--val-size', '--val-size', [CompletionResultType]::ParameterName, 'Bytes per value')
            [CompletionResult]::new('--key-space-size', '--key-space-size', [CompletionResultType]::ParameterName, 'Number of distinct keys written')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Concurrent clients')
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'gRPC connections, shared by the clients in turn')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Send requests for this long instead of --total requests (e.g. 30s, 1m)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]')
            [CompletionResult]::new('--plot', '--plot', [CompletionResultType]::ParameterName, 'Draw the latency histogram and throughput over time into this SVG file')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--sequential-keys', '--sequential-keys', [CompletionResultType]::ParameterName, 'Write the keys in order rather than at random')
            [CompletionResult]::new('--target-leader', '--target-leader', [CompletionResultType]::ParameterName, 'Send every request to the leader (found with a status request to each endpoint)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the report as one JSON object (and no progress bar)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;bench;lease-keepalive' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'TTL of the leases, in seconds')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Concurrent clients')
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'gRPC connections, shared by the clients in turn')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'Requests to send (puts, for the watch workloads) [default: 10000; 1000 for the watch workloads]')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Send requests for this long instead of --total requests (e.g. 30s, 1m)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'At most this many requests per second over all clients; 0 for no limit [default: 0; 100 for watch-latency]')
            [CompletionResult]::new('--plot', '--plot', [CompletionResultType]::ParameterName, 'Draw the latency histogram and throughput over time into this SVG file')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--target-leader', '--target-leader', [CompletionResultType]::ParameterName, 'Send every request to the leader (found with a status request to each endpoint)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the report as one JSON object (and no progress bar)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;bench;help' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Benchmark put')
            [CompletionResult]::new('range', 'range', [CompletionResultType]::ParameterValue, 'Benchmark range: KEY, or the range [KEY, END)')
            [CompletionResult]::new('txn-put', 'txn-put', [CompletionResultType]::ParameterValue, 'Benchmark transactions of puts')
            [CompletionResult]::new('txn-mixed', 'txn-mixed', [CompletionResultType]::ParameterValue, 'Benchmark transactions that read the range [KEY, END) or put one key')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Benchmark watch: events per second delivered to many watchers')
            [CompletionResult]::new('watch-latency', 'watch-latency', [CompletionResultType]::ParameterValue, 'Benchmark watch latency: how long a put takes to reach the watchers (puts paced at --rate, 100/s unless given)')
            [CompletionResult]::new('lease-keepalive', 'lease-keepalive', [CompletionResultType]::ParameterValue, 'Benchmark lease keep-alive: one lease and keep-alive stream per client')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;bench;help;put' {
            break
        }
        'kvd;bench;help;range' {
            break
        }
        'kvd;bench;help;txn-put' {
            break
        }
        'kvd;bench;help;txn-mixed' {
            break
        }
        'kvd;bench;help;watch' {
            break
        }
        'kvd;bench;help;watch-latency' {
            break
        }
        'kvd;bench;help;lease-keepalive' {
            break
        }
        'kvd;bench;help;help' {
            break
        }
        'kvd;certs' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make a CA and server, peer and client certificates in a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;certs;init' {
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Host names and IP addresses the server and peer certificates are valid for, besides localhost, 127.0.0.1 and ::1')
            [CompletionResult]::new('--client-cn', '--client-cn', [CompletionResultType]::ParameterName, 'Common name of the client certificate: the user it authenticates as when the server checks client certificates and auth is on')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'gRPC endpoints')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Dial timeout for client connections')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Timeout for short running commands (excluding dial timeout)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print byte strings as hex encoded strings')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Verify certificates of TLS-enabled secure servers using this CA bundle')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS certificate file')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Identify secure client using this TLS key file')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Disable transport security for client connections (bare host:port endpoints are https when false)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username[:password] for authentication (prompt if password is not supplied)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for authentication (if this option is used, --user option shouldn''t include password)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kvd;certs;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make a CA and server, peer and client certificates in a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;certs;help;init' {
            break
        }
        'kvd;certs;help;help' {
            break
        }
        'kvd;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run a member of a kvd cluster')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Puts the given key into the store')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Gets the key or a range of keys')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Removes the specified key or range of keys [key, range_end)')
            [CompletionResult]::new('txn', 'txn', [CompletionResultType]::ParameterValue, 'Txn processes all the requests in one transaction')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watches events stream on keys or prefixes')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Acquires a named lock')
            [CompletionResult]::new('elect', 'elect', [CompletionResultType]::ParameterValue, 'Observes and participates in leader election')
            [CompletionResult]::new('compaction', 'compaction', [CompletionResultType]::ParameterValue, 'Compacts the event history in etcd')
            [CompletionResult]::new('defrag', 'defrag', [CompletionResultType]::ParameterValue, 'Defragments the storage of the etcd members with given endpoints')
            [CompletionResult]::new('lease', 'lease', [CompletionResultType]::ParameterValue, 'Lease related commands')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoint related commands')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Membership related commands')
            [CompletionResult]::new('move-leader', 'move-leader', [CompletionResultType]::ParameterValue, 'Transfers leadership to another member')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Manages etcd node snapshots')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Commands for checking properties of the etcd cluster')
            [CompletionResult]::new('alarm', 'alarm', [CompletionResultType]::ParameterValue, 'Alarm related commands')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Prints the version of the client and the API it speaks')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Enable or disable authentication')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'User related commands')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Role related commands')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Registers a service instance under /services/SERVICE/ID, on a lease kept alive until exit')
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'Lists a service''s live instances; watches them, or picks one round robin')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'A FIFO queue shared with etcd''s Go recipe (recipe.NewQueue)')
            [CompletionResult]::new('pqueue', 'pqueue', [CompletionResultType]::ParameterValue, 'A priority queue shared with etcd''s Go recipe (recipe.NewPriorityQueue)')
            [CompletionResult]::new('barrier', 'barrier', [CompletionResultType]::ParameterValue, 'Barriers and double barriers shared with etcd''s Go recipes')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Sets a key through etcd''s v2 API, as `ETCDCTL_API=2 etcdctl set` does, and prints its value')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('install-links', 'install-links', [CompletionResultType]::ParameterValue, 'Make `etcd` and `etcdctl` links to this binary in a directory')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Run a local cluster, for development and demos')
            [CompletionResult]::new('bench', 'bench', [CompletionResultType]::ParameterValue, 'Benchmark an etcd-API endpoint (like etcd''s `benchmark` tool)')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Make TLS certificates for a local secure cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kvd;help;serve' {
            break
        }
        'kvd;help;put' {
            break
        }
        'kvd;help;get' {
            break
        }
        'kvd;help;del' {
            break
        }
        'kvd;help;txn' {
            break
        }
        'kvd;help;watch' {
            break
        }
        'kvd;help;lock' {
            break
        }
        'kvd;help;elect' {
            break
        }
        'kvd;help;compaction' {
            break
        }
        'kvd;help;defrag' {
            break
        }
        'kvd;help;lease' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Creates leases')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revokes leases')
            [CompletionResult]::new('timetolive', 'timetolive', [CompletionResultType]::ParameterValue, 'Get lease information')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all active leases')
            [CompletionResult]::new('keep-alive', 'keep-alive', [CompletionResultType]::ParameterValue, 'Keeps leases alive (renew)')
            break
        }
        'kvd;help;lease;grant' {
            break
        }
        'kvd;help;lease;revoke' {
            break
        }
        'kvd;help;lease;timetolive' {
            break
        }
        'kvd;help;lease;list' {
            break
        }
        'kvd;help;lease;keep-alive' {
            break
        }
        'kvd;help;endpoint' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Prints out the status of endpoints specified in `--endpoints` flag')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Checks the healthiness of endpoints specified in `--endpoints` flag')
            [CompletionResult]::new('hashkv', 'hashkv', [CompletionResultType]::ParameterValue, 'Prints the KV history hash for each endpoint in --endpoints')
            break
        }
        'kvd;help;endpoint;status' {
            break
        }
        'kvd;help;endpoint;health' {
            break
        }
        'kvd;help;endpoint;hashkv' {
            break
        }
        'kvd;help;member' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists all members in the cluster')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds a member into the cluster')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Removes a member from the cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Updates a member in the cluster')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Promotes a non-voting member in the cluster')
            break
        }
        'kvd;help;member;list' {
            break
        }
        'kvd;help;member;add' {
            break
        }
        'kvd;help;member;remove' {
            break
        }
        'kvd;help;member;update' {
            break
        }
        'kvd;help;member;promote' {
            break
        }
        'kvd;help;move-leader' {
            break
        }
        'kvd;help;snapshot' {
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Stores an etcd node backend snapshot to a given file')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Gets backend snapshot status of a given file')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restores an etcd member snapshot to an etcd directory')
            break
        }
        'kvd;help;snapshot;save' {
            break
        }
        'kvd;help;snapshot;status' {
            break
        }
        'kvd;help;snapshot;restore' {
            break
        }
        'kvd;help;check' {
            [CompletionResult]::new('perf', 'perf', [CompletionResultType]::ParameterValue, 'Check the performance of the etcd cluster')
            [CompletionResult]::new('datascale', 'datascale', [CompletionResultType]::ParameterValue, 'Check the memory usage of holding data for different workloads on a given server endpoint')
            [CompletionResult]::new('data', 'data', [CompletionResultType]::ParameterValue, 'Verify a stopped member''s data directory; exit 1 if it is damaged')
            break
        }
        'kvd;help;check;perf' {
            break
        }
        'kvd;help;check;datascale' {
            break
        }
        'kvd;help;check;data' {
            break
        }
        'kvd;help;alarm' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists all alarms')
            [CompletionResult]::new('disarm', 'disarm', [CompletionResultType]::ParameterValue, 'Disarms all alarms')
            break
        }
        'kvd;help;alarm;list' {
            break
        }
        'kvd;help;alarm;disarm' {
            break
        }
        'kvd;help;version' {
            break
        }
        'kvd;help;auth' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enables authentication')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disables authentication')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Returns authentication status')
            break
        }
        'kvd;help;auth;enable' {
            break
        }
        'kvd;help;auth;disable' {
            break
        }
        'kvd;help;auth;status' {
            break
        }
        'kvd;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds a new user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Deletes a user')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Gets detailed information of a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists all users')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Changes password of user')
            [CompletionResult]::new('grant-role', 'grant-role', [CompletionResultType]::ParameterValue, 'Grants a role to a user')
            [CompletionResult]::new('revoke-role', 'revoke-role', [CompletionResultType]::ParameterValue, 'Revokes a role from a user')
            break
        }
        'kvd;help;user;add' {
            break
        }
        'kvd;help;user;delete' {
            break
        }
        'kvd;help;user;get' {
            break
        }
        'kvd;help;user;list' {
            break
        }
        'kvd;help;user;passwd' {
            break
        }
        'kvd;help;user;grant-role' {
            break
        }
        'kvd;help;user;revoke-role' {
            break
        }
        'kvd;help;role' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds a new role')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Deletes a role')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Gets detailed information of a role')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists all roles')
            [CompletionResult]::new('grant-permission', 'grant-permission', [CompletionResultType]::ParameterValue, 'Grants a key to a role')
            [CompletionResult]::new('revoke-permission', 'revoke-permission', [CompletionResultType]::ParameterValue, 'Revokes a key from a role')
            break
        }
        'kvd;help;role;add' {
            break
        }
        'kvd;help;role;delete' {
            break
        }
        'kvd;help;role;get' {
            break
        }
        'kvd;help;role;list' {
            break
        }
        'kvd;help;role;grant-permission' {
            break
        }
        'kvd;help;role;revoke-permission' {
            break
        }
        'kvd;help;register' {
            break
        }
        'kvd;help;discover' {
            break
        }
        'kvd;help;queue' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Adds values at the tail, one item each (the value from stdin if none is given)')
            [CompletionResult]::new('pop', 'pop', [CompletionResultType]::ParameterValue, 'Removes the oldest item and prints its value')
            [CompletionResult]::new('peek', 'peek', [CompletionResultType]::ParameterValue, 'Prints the oldest item''s value, leaving it queued')
            [CompletionResult]::new('len', 'len', [CompletionResultType]::ParameterValue, 'Prints the number of items')
            break
        }
        'kvd;help;queue;push' {
            break
        }
        'kvd;help;queue;pop' {
            break
        }
        'kvd;help;queue;peek' {
            break
        }
        'kvd;help;queue;len' {
            break
        }
        'kvd;help;pqueue' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Adds values with a priority, one item each (the value from stdin if none is given)')
            [CompletionResult]::new('pop', 'pop', [CompletionResultType]::ParameterValue, 'Removes the first item (lowest priority number, oldest first) and prints its value')
            [CompletionResult]::new('peek', 'peek', [CompletionResultType]::ParameterValue, 'Prints the first item''s value, leaving it queued')
            [CompletionResult]::new('len', 'len', [CompletionResultType]::ParameterValue, 'Prints the number of items')
            break
        }
        'kvd;help;pqueue;push' {
            break
        }
        'kvd;help;pqueue;pop' {
            break
        }
        'kvd;help;pqueue;peek' {
            break
        }
        'kvd;help;pqueue;len' {
            break
        }
        'kvd;help;barrier' {
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Holds a barrier: creates its key; fails if it is already held')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Releases a barrier: deletes its key, letting every waiter through')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Waits until a barrier is released (at once if it is not held)')
            [CompletionResult]::new('enter', 'enter', [CompletionResultType]::ParameterValue, 'Double barrier: waits until --count processes have entered, runs the command if one is given, then waits until all of them have left')
            break
        }
        'kvd;help;barrier;hold' {
            break
        }
        'kvd;help;barrier;release' {
            break
        }
        'kvd;help;barrier;wait' {
            break
        }
        'kvd;help;barrier;enter' {
            break
        }
        'kvd;help;set' {
            break
        }
        'kvd;help;completion' {
            break
        }
        'kvd;help;install-links' {
            break
        }
        'kvd;help;cluster' {
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start a local cluster on loopback and run it until Ctrl-C')
            break
        }
        'kvd;help;cluster;up' {
            break
        }
        'kvd;help;bench' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Benchmark put')
            [CompletionResult]::new('range', 'range', [CompletionResultType]::ParameterValue, 'Benchmark range: KEY, or the range [KEY, END)')
            [CompletionResult]::new('txn-put', 'txn-put', [CompletionResultType]::ParameterValue, 'Benchmark transactions of puts')
            [CompletionResult]::new('txn-mixed', 'txn-mixed', [CompletionResultType]::ParameterValue, 'Benchmark transactions that read the range [KEY, END) or put one key')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Benchmark watch: events per second delivered to many watchers')
            [CompletionResult]::new('watch-latency', 'watch-latency', [CompletionResultType]::ParameterValue, 'Benchmark watch latency: how long a put takes to reach the watchers (puts paced at --rate, 100/s unless given)')
            [CompletionResult]::new('lease-keepalive', 'lease-keepalive', [CompletionResultType]::ParameterValue, 'Benchmark lease keep-alive: one lease and keep-alive stream per client')
            break
        }
        'kvd;help;bench;put' {
            break
        }
        'kvd;help;bench;range' {
            break
        }
        'kvd;help;bench;txn-put' {
            break
        }
        'kvd;help;bench;txn-mixed' {
            break
        }
        'kvd;help;bench;watch' {
            break
        }
        'kvd;help;bench;watch-latency' {
            break
        }
        'kvd;help;bench;lease-keepalive' {
            break
        }
        'kvd;help;certs' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make a CA and server, peer and client certificates in a directory')
            break
        }
        'kvd;help;certs;init' {
            break
        }
        'kvd;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
