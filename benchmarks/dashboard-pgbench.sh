#!/bin/bash
# PostgreSQL's own CPU per dashboard, without the JVM or HTTP: pgbench sends a dashboard's
# statements as the driver does (prepared, pipelined, one Sync) for 20 persons in turn, in one
# session as the tenant role, and the backend's CPU time is divided by the dashboards it ran.
#
#   benchmarks/dashboard-pgbench.sh PG_PORT ORG_ID IDS_FILE SQL_FILE [DASHBOARDS=3000]
#
# SQL_FILE: the statement text with its :orgId, :personId, :earliest, :latest and :limit, e.g. the
# value of JdbiDashboardStore.DASHBOARD printed by a build. IDS_FILE: person ids of ORG_ID, one a
# line (the first 20 are used). Prints backend_us_per_dashboard, pgbench's tps and the load average.
set -euo pipefail
pg=$1 org=$2 ids=$3 sql=$4 n=${5:-3000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
k=0
for id in $(head -20 "$ids"); do
  sed "s/:orgId/'$org'::uuid/g; s/:personId/'$id'::uuid/g; s/:earliest/current_date - 1/g;
       s/:latest/current_date + 1/g; s/:limit/5/g" "$sql" | tr '\n' ' ' | tr ';' '\n' |
    sed 's/^ *//; /^$/d; s/$/;/' | { echo '\startpipeline'; cat; echo '\endpipeline'; } > "$dir/$k.sql"
  k=$((k + 1))
done
args=()
for f in "$dir"/*.sql; do args+=(-f "$f"); done
app=dashboard-pgbench-$$
PGOPTIONS="-c role=concierge_tenant -c concierge.org_id=$org" PGAPPNAME=$app \
  pgbench -h localhost -p "$pg" -U postgres -n -M prepared -c 1 -t "$n" "${args[@]}" concierge \
  > "$dir/out" 2>&1 &
bench=$!
pid=
while [ -z "$pid" ] && kill -0 "$bench" 2>/dev/null; do
  pid=$(psql -h localhost -p "$pg" -U postgres -d postgres -Atc \
    "select pid from pg_stat_activity where application_name = '$app'")
done
ticks=0
while kill -0 "$bench" 2>/dev/null; do # the backend's CPU, read until pgbench ends
  s=($(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null || true))
  [ -n "${s[12]:-}" ] && ticks=$((s[11] + s[12]))
  sleep 0.05
done
wait "$bench" || { cat "$dir/out"; exit 1; }
echo "backend_us_per_dashboard=$((ticks * 1000000 / $(getconf CLK_TCK) / n))" \
  "$(grep -E '^tps' "$dir/out")" "load=$(cut -d' ' -f1-3 /proc/loadavg)"
