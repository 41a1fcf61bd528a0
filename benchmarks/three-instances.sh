#!/usr/bin/env bash
# Three `serve` instances on one PostgreSQL with a delivery backlog, one killed with -9 while it
# holds claims (docs/PERFORMANCE.md, "Three serve instances, one killed"; docs/SCALING.md).
#
#   benchmarks/three-instances.sh postgresql://postgres@localhost:55432/concierge [DUE=100000]
#
# DATABASE_URL must name an empty (or already migrated) database that psql can reach as given.
# Each instance logs what the outbox sends (dev.concierge.outbox at DEBUG), so a reminder sent by
# two instances would show up in two logs whatever the database recorded. Prints: how many claims
# the killed instance held, how long until every one of them was delivered by a survivor, what
# each instance sent and at what rate, reminders sent twice, and DashboardLoad's results against a
# survivor during the kill.
set -euo pipefail
export DATABASE_URL=$1
DUE=${2:-100000}
JAR=${JAR:-adapters-cli/target/concierge-admin.jar}
BENCH=${BENCH:-benchmarks/target/benchmarks.jar}
OUT=${OUT:-/tmp/three-instances}
rm -rf "$OUT" && mkdir -p "$OUT"
sql() { psql "$DATABASE_URL" -Atc "$1"; }

cat > "$OUT/logback.xml" <<'XML'
<configuration>
  <appender name="ERR" class="ch.qos.logback.core.ConsoleAppender">
    <target>System.err</target>
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n</pattern></encoder>
  </appender>
  <logger name="dev.concierge.outbox" level="DEBUG"/>
  <logger name="dev.concierge.delivery" level="WARN"/>
  <logger name="org.eclipse.jetty" level="WARN"/>
  <logger name="com.zaxxer.hikari" level="WARN"/>
  <logger name="org.flywaydb" level="WARN"/>
  <root level="INFO"><appender-ref ref="ERR"/></root>
</configuration>
XML

java -jar "$JAR" db migrate >/dev/null

# one after the other, so that the backlog below finds all three running
PIDS=()
for i in 1 2 3; do
  for attempt in 1 2 3; do
    PORT=$((8100 + i)) REMINDER_CHECK_INTERVAL=5s \
      java -Dlogback.configurationFile="$OUT/logback.xml" -jar "$JAR" serve >"$OUT/serve$i.out" 2>"$OUT/serve$i.log" &
    PID=$!
    for _ in $(seq 1 600); do
      curl -fs "http://localhost:$((8100 + i))/health" >/dev/null && break
      kill -0 "$PID" 2>/dev/null || break
      sleep 1
    done
    kill -0 "$PID" 2>/dev/null && break
    echo "instance $i did not start (attempt $attempt): $(tail -1 "$OUT/serve$i.log")"
  done
  PIDS+=("$PID")
done
echo "three instances up: ${PIDS[*]}"

ORG=$(java -jar "$JAR" generate --persons $((DUE / 5)) --dates-per-person 0 --messages-per-person 0 \
  --due-now 0 | sed -n 's/^organization \([0-9a-f-]*\).*/\1/p')
KEY=$(java -jar "$JAR" api-keys create --org "$ORG" --role analyst --name three-instances | tail -1)
# the backlog: committed at once, so the three instances start on it within one check interval
java -jar "$JAR" generate --org "$ORG" --persons $((DUE / 5)) --dates-per-person 0 \
  --messages-per-person 0 --due-now "$DUE" >"$OUT/generate.txt" 2>&1 &
GEN=$!

# the victim: instance 1, as soon as it holds claims (mid-round)
VICTIM=""
while [ -z "$VICTIM" ]; do
  VICTIM=$(sql "select claimed_by from reminder_rules where claimed_by like '%-${PIDS[0]}-%' limit 1")
  sleep 0.2
done
kill -9 "${PIDS[0]}"
KILLED=$(date +%s.%N)
HELD=$(sql "select count(*) from reminder_rules where claimed_by = '$VICTIM' and sent_at is null and failed_at is null")
echo "killed instance 1 ($VICTIM) holding $HELD unsent claims; sent so far: $(sql "select count(*) from reminder_rules where sent_at is not null")"
java -cp "$BENCH" dev.concierge.benchmarks.DashboardLoad http://localhost:8102 "$KEY" 15 8 0 \
  >"$OUT/dashboard.txt" 2>&1 &
LOAD=$!
while [ "$(sql "select count(*) from reminder_rules where claimed_by = '$VICTIM'")" != 0 ]; do sleep 0.5; done
RECLAIMED=$(date +%s.%N)
while [ "$(sql "select count(*) from reminder_rules where sent_at is null and failed_at is null and scheduled_datetime <= now()")" != 0 ]; do sleep 0.5; done
DRAINED=$(date +%s.%N)
echo "the killed instance's claims taken over after $(echo "$RECLAIMED - $KILLED" | bc) s; backlog empty $(echo "$DRAINED - $KILLED" | bc) s after the kill"
wait "$GEN" "$LOAD" || echo "generate or DashboardLoad failed"
kill "${PIDS[1]}" "${PIDS[2]}"; wait "${PIDS[1]}" "${PIDS[2]}" || true

for i in 1 2 3; do
  SENT=$(grep -c ' outbox ' "$OUT/serve$i.log" || true)
  FIRST=$(grep ' outbox ' "$OUT/serve$i.log" | head -1 | cut -c1-12)
  LAST=$(grep ' outbox ' "$OUT/serve$i.log" | tail -1 | cut -c1-12)
  echo "instance $i sent $SENT reminders between $FIRST and $LAST"
done
cat "$OUT"/serve?.log | grep ' outbox ' | grep -o '([0-9a-f-]\{36\}@[^)]*)' | sort | uniq -d > "$OUT/twice.txt"
echo "reminders sent by two instances (or twice by one): $(wc -l < "$OUT/twice.txt")"
echo "recorded: $(sql "select count(*) from reminder_deliveries where status = 'delivered'") deliveries, \
$(sql "select count(*) from (select 1 from reminder_deliveries where status = 'delivered' group by reminder_rule_id, scheduled_datetime having count(*) > 1) x") cycles twice"
grep -E "req/s|errors|GET" "$OUT/dashboard.txt" || cat "$OUT/dashboard.txt"
