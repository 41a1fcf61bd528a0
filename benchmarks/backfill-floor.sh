#!/bin/bash
# What rewriting a first backfill's rows costs PostgreSQL alone, without the JVM: every date's next
# occurrence and every reminder's time written by SQL from values already computed, in four ways,
# each on a fresh copy of a template database (e.g. bf_gen, 1,000,000 dates and 1,000,000 lead-time
# reminders, made by benchmarks/backfill-template.sql). The figures bound what any backfill of the
# shipped schema can reach on the machine it runs on (docs/PERFORMANCE.md, "The floor under a first
# backfill").
#
#   benchmarks/backfill-floor.sh PG_PORT TEMPLATE_DB [MIGRATE_CMD]
#
# MIGRATE_CMD (optional) runs with DATABASE_URL set to each copy before its probe, e.g.
# "java -jar adapters-cli/target/concierge-admin.jar db migrate". Each line gives the wall time and
# the CPU time PostgreSQL's processes spent on it (the server must run on this machine): on a busy
# machine the wall time grows with the load, the CPU time much less. Autovacuum is off on the copies
# so that it does not run into the figures.
set -euo pipefail
export PGHOST=localhost PGPORT=$1 PGUSER=postgres
template=$2 migrate=${3:-}
db=backfill_floor

fresh() {
  dropdb --if-exists "$db"
  createdb -T "$template" "$db"
  if [ -n "$migrate" ]; then DATABASE_URL="postgresql://postgres@localhost:$PGPORT/$db" $migrate > /dev/null; fi
  # the values a backfill would compute, staged where each probe reads them
  psql -qd "$db" -c "create unlogged table st as select date_item_id id, date_value + 1 n,
      xmin::text::bigint v from date_items order by date_item_id" \
    -c "create unlogged table rst as select reminder_rule_id id, now() + interval '1 day' t,
      current_date o, xmin::text::bigint v from reminder_rules order by reminder_rule_id" \
    -c "alter table date_items set (autovacuum_enabled = false)" \
    -c "alter table reminder_rules set (autovacuum_enabled = false)" \
    -c "vacuum analyze" -c "checkpoint"
}

# CPU seconds of the server's ended processes (backends, parallel workers): each probe's sessions
# end before it is read.
postmaster=$(head -1 "$(psql -Atc 'show data_directory' postgres)/postmaster.pid")
ticks=$(getconf CLK_TCK)
# (read a moment after the sessions end: the server counts a process once it has reaped it)
pg_cpu() { sleep 1; awk -v t="$ticks" '{ printf "%.1f", ($16 + $17) / t }' "/proc/$postmaster/stat"; }
start() { t0=$(date +%s.%N) c0=$(pg_cpu); }
report() { # label
  printf '%-52s %6.1f s wall %6.1f s PostgreSQL CPU\n' "$1" \
    "$(echo "$(date +%s.%N) - $t0" | bc)" "$(echo "$(pg_cpu) - $c0" | bc)"
}

sql() { psql -qd "$db" -v ON_ERROR_STOP=1 "$@" > /dev/null; }

# The secondary indexes of a table, as statements that make them again.
index_sql() {
  psql -Atd "$db" -c "select indexdef || ';' from pg_indexes i where tablename = '$1'
    and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.indexname))::regclass)"
}
index_names() {
  psql -Atd "$db" -c "select string_agg(indexname, ', ') from pg_indexes i where tablename = '$1'
    and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.indexname))::regclass)"
}

dates_update="update date_items d set next_occurrence = st.n from st
  where d.date_item_id = st.id and d.xmin::text::bigint = st.v"
reminders_update="update reminder_rules r set scheduled_datetime = s.t, occurrence_date = s.o,
  next_attempt_at = null, metadata_jsonb = r.metadata_jsonb || jsonb_build_object('delivery_status',
    case when r.paused_at is null then 'pending' else 'paused' end)
  from rst s where r.reminder_rule_id = s.id and r.xmin::text::bigint = s.v"

echo "== $(uptime)"

# 1. In place, one statement a table, every index kept: what the online backfill's writes cost,
#    one table after the other, then both at once (as two workers would).
fresh
start; sql -c "$dates_update"; report "1. in place, every index: dates alone"
start; sql -c "$reminders_update"; report "1. in place, every index: reminders alone"
fresh
start; sql -c "$dates_update" & sql -c "$reminders_update"; wait
report "1. in place, every index: both tables at once"

# 2. In place with the secondary indexes dropped first and built again after, one transaction a
#    table, both tables at once (other sessions would wait for the tables the whole time).
fresh
start
sql -c "begin; drop index $(index_names date_items); $dates_update; $(index_sql date_items) commit;" &
sql -c "begin; drop index $(index_names reminder_rules); $reminders_update;
  $(index_sql reminder_rules) commit;"
wait
report "2. indexes dropped and rebuilt: both tables at once"

# 3. A rewrite of each table (ALTER ... TYPE ... USING a lookup of the staged value): no dead row
#    versions and every index built by a sort, but the tables locked the whole time, and only one
#    column of each table rewritten (a reminder's other columns would need a lookup each).
fresh
start
sql -c "create index on st (id)" -c "create function pg_temp.nx(uuid, date) returns date
    language sql stable as 'select coalesce((select n from st where id = \$1), \$2)'" \
  -c "alter table date_items alter column next_occurrence type date
      using pg_temp.nx(date_item_id, next_occurrence)" &
sql -c "create index on rst (id)" -c "create function pg_temp.rt(uuid, timestamptz)
    returns timestamptz language sql stable
    as 'select coalesce((select t from rst where id = \$1), \$2)'" \
  -c "alter table reminder_rules alter column scheduled_datetime type timestamptz
      using pg_temp.rt(reminder_rule_id, scheduled_datetime)"
wait
report "3. rewrite, one column a table: both tables at once"

# 4. The computed values kept in narrow tables of their own (not the shipped schema): a first
#    backfill would insert them, with the two indexes each that the read paths would need.
fresh
sql -c "create table date_schedule (date_item_id uuid primary key, org_id uuid not null,
    person_id uuid not null, next_occurrence date)" \
  -c "create index on date_schedule (org_id, next_occurrence, date_item_id)" \
  -c "create index on date_schedule (person_id, next_occurrence)" \
  -c "create table reminder_schedule (reminder_rule_id uuid primary key, org_id uuid not null,
    scheduled_datetime timestamptz, occurrence_date date)" \
  -c "create index on reminder_schedule (scheduled_datetime)" \
  -c "create index on reminder_schedule (org_id, scheduled_datetime, reminder_rule_id)" \
  -c "checkpoint"
start
sql -c "insert into date_schedule select d.date_item_id, d.org_id, d.person_id, st.n
    from date_items d join st on st.id = d.date_item_id" &
sql -c "insert into reminder_schedule select r.reminder_rule_id, r.org_id, s.t, s.o
    from reminder_rules r join rst s on s.id = r.reminder_rule_id"
wait
report "4. narrow tables of their own: both tables at once"

dropdb "$db"
echo "== $(uptime)"
