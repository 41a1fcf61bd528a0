#!/bin/bash
# One first backfill, timed, on a fresh copy of a template database (e.g. bf_gen: 1,000,000 dates
# with no next occurrence and 1,000,000 lead-time reminders with no time, made by
# benchmarks/backfill-template.sql), on a PostgreSQL running on this machine — e.g. the embedded one
# that `CONCIERGE_DATA_DIR=DIR ./concierge-admin serve` starts. Prints the backfill's own line
# (its `seconds=` leaves out the vacuum after it), the wall time of the whole command, the JVM's and
# PostgreSQL's CPU time, the WAL written and the checkpoints met.
#
#   [BACKFILL_OPTIONS=...] [PRE_SQL=...] benchmarks/backfill-alone.sh PG_PORT TEMPLATE_DB ORG_ID [WORKERS=2] [JAR=adapters-cli/target/concierge-admin.jar]
set -euo pipefail
export PGHOST=localhost PGPORT=$1 PGUSER=postgres
template=$2 org=$3 workers=${4:-2} jar=${5:-adapters-cli/target/concierge-admin.jar}
db=backfill_alone url="postgresql://postgres@localhost:$1/backfill_alone"

dropdb --if-exists "$db"
createdb -T "$template" "$db"
DATABASE_URL=$url java -jar "$jar" db migrate > /dev/null
if [ -n "${PRE_SQL:-}" ]; then psql -qd "$db" -c "$PRE_SQL"; fi   # e.g. a probe's dropped index
psql -qd "$db" -c "vacuum analyze" && psql -qc checkpoint postgres

postmaster=$(head -1 "$(psql -Atc 'show data_directory' postgres)/postmaster.pid")
ticks=$(getconf CLK_TCK)
# (read a moment after the sessions end: the server counts a process once it has reaped it)
pg_cpu() { sleep 1; awk -v t="$ticks" '{ printf "%.1f", ($16 + $17) / t }' "/proc/$postmaster/stat"; }
checkpoints() { psql -Atc "select num_timed + num_requested from pg_stat_checkpointer" postgres; }
lsn=$(psql -Atc "select pg_current_wal_lsn()" postgres) ck=$(checkpoints) cpu=$(pg_cpu)
echo "== $(uptime)"
start=$(date +%s.%N)
DATABASE_URL=$url /usr/bin/time -f "jvm cpu: user %U s, system %S s" \
  java -jar "$jar" backfill next-occurrences --org "$org" --workers "$workers" ${BACKFILL_OPTIONS:-} 2>&1 | grep -v '^…'
echo "wall (backfill and its vacuum): $(echo "$(date +%s.%N) - $start" | bc) s"
echo "postgresql cpu (ended backends): $(echo "$(pg_cpu) - $cpu" | bc) s"
echo "wal: $(psql -Atc "select pg_size_pretty(pg_current_wal_lsn() - '$lsn'::pg_lsn)" postgres)," \
  "checkpoints: $(($(checkpoints) - ck))"
psql -Atd "$db" -c "select 'autovacuum during the run: ' || string_agg(relname || ' ' || autovacuum_count
  || ' vacuum(s), ' || autoanalyze_count || ' analyze(s)', '; ') from pg_stat_user_tables
  where relname in ('date_items', 'reminder_rules')"
echo "== $(uptime)"
dropdb "$db"
