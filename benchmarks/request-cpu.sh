#!/bin/bash
# CPU time per request of a running `serve` and of its PostgreSQL backends, which other processes'
# load inflates far less than throughput or latency on a shared machine.
#
#   benchmarks/request-cpu.sh PORT SERVER_PID PG_PORT API_KEY IDS_FILE [SUFFIX]
#
# Requests GET /api/v1/persons/<id><SUFFIX> for every id of IDS_FILE (one a line) through four
# keep-alive curl clients, and prints the server JVM's and the backends' (those connected to the
# database "concierge") CPU microseconds per request. SUFFIX: empty for a person read, /dashboard.
set -euo pipefail
port=$1 server=$2 pg_port=$3 key=$4 ids=$5 suffix=${6:-}
ticks() {
  local total=0 p s
  for p in "$@"; do
    if [ -r "/proc/$p/stat" ]; then
      s=($(sed 's/^.*) //' "/proc/$p/stat"))
      total=$((total + ${s[11]} + ${s[12]}))
    fi
  done
  echo "$total"
}
n=$(wc -l < "$ids")
backends=$(psql -h localhost -p "$pg_port" -U postgres -d postgres -Atc \
  "select pid from pg_stat_activity where datname = 'concierge'")
jvm0=$(ticks "$server")
pg0=$(ticks $backends)
sed "s|^|http://localhost:$port/api/v1/persons/|; s|\$|$suffix|" "$ids" |
  xargs -P 4 -n $(((n + 3) / 4)) curl -s -H "Authorization: Bearer $key" > /dev/null
jvm1=$(ticks "$server")
pg1=$(ticks $backends)
hz=$(getconf CLK_TCK)
echo "port=$port suffix=${suffix:-none} requests=$n" \
  "jvm_us=$(((jvm1 - jvm0) * 1000000 / hz / n)) pg_us=$(((pg1 - pg0) * 1000000 / hz / n))" \
  "load=$(cut -d' ' -f1-3 /proc/loadavg)"
