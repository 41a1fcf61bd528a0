#!/usr/bin/env bash
# Reminder delivery beside db-scheduler, both sides in one run on one embedded PostgreSQL, fsync on
# and then off (docs/PERFORMANCE.md, "Reminder delivery beside db-scheduler, second round").
#
#   benchmarks/delivery-vs-db-scheduler.sh [REMINDERS=20000] [ROUNDS=1]
#
# Builds the CLI and the benchmarks (never installs), then runs DeliveryLoad with pg_stat_statements
# loaded. The load average is printed before and after: on a shared machine only the ratios within
# one run mean anything. A few minutes on a quiet 2-core machine at 20,000 reminders.
set -euo pipefail
cd "$(dirname "$0")/.."
REMINDERS=${1:-20000}
ROUNDS=${2:-1}
mvn -B -q -DskipTests -Dspotless.check.skip=true package -pl adapters-cli,benchmarks -am >&2
echo "before: $(uptime)"
java -Dpgss=true -cp benchmarks/target/benchmarks.jar dev.concierge.benchmarks.DeliveryLoad \
  "$REMINDERS" ./concierge-admin "$ROUNDS"
echo "after: $(uptime)"
