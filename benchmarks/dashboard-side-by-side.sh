#!/bin/bash
# The dashboard beside a person read on two running `serve` builds (e.g. before and after a change)
# over the same data, in one run: DashboardLoad at each number of clients against each build in
# turn, the load average printed beside each run (the machine is shared; compare within a run).
#
#   benchmarks/dashboard-side-by-side.sh API_KEY OLD_URL NEW_URL [SECONDS=15] [WARMUP=10] [CLIENTS="8 32"]
#
# Prints, per run, DashboardLoad's two lines for GET /api/v1/persons/{id} and …/dashboard.
set -euo pipefail
key=$1 old=$2 new=$3 seconds=${4:-15} warmup=${5:-10} clients=${6:-8 32}
jar="$(dirname "$0")/target/benchmarks.jar"
for c in $clients; do
  for side in old new; do
    url=$([ "$side" = old ] && echo "$old" || echo "$new")
    echo "== $side $url clients=$c $(uptime | sed 's/.*load/load/')"
    java -cp "$jar" dev.concierge.benchmarks.DashboardLoad "$url" "$key" "$seconds" "$c" "$warmup" |
      grep -F -e 'GET /api/v1/persons/{id} ' -e 'GET /api/v1/persons/{id}/dashboard'
  done
done
