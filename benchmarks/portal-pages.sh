#!/usr/bin/env bash
# Times every page of the staff portal on a running server, as a signed-in account sees them:
# each page 5 times to warm up, then ROUNDS times (default 20), printing the median and the
# slowest round trip per page (on 127.0.0.1 the round trip is the server's time plus well under a
# millisecond). The pages of one client, project, conversation, date and reminder are found from
# the home page and the directory, so any data set will do (the demo's, a generated organization).
# Signed in as an admin, the admin pages are timed too (accounts, keys, the audit log, its next page
# and a filtered one).
#
#   benchmarks/portal-pages.sh EMAIL PASSWORD [BASE_URL] [CLIENT_NAME]
set -euo pipefail
email="$1" password="$2" base="${3:-http://localhost:8000}" name="${4:-}"
rounds="${ROUNDS:-20}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT

token() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
csrf="$(curl -fsS -c "$jar" -b "$jar" "$base/login" | token)"
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" \
  --data-urlencode "email=$email" --data-urlencode "password=$password" "$base/login"
get() { curl -fsS -b "$jar" "$base$1"; }
first() { grep -o "$1" | head -1 || true; }

home="$(get /)"
client="$(get "/clients?q=$name" | first '/clients/[0-9a-f-]\{36\}')"
profile="$(get "$client")"
project="$(printf '%s' "$home$profile" | first '/projects/[0-9a-f-]\{36\}')"
conversation="$(printf '%s' "$profile" | first '/conversations/[0-9a-f-]\{36\}')"
date="$(printf '%s' "$home$profile" | first '/dates/[0-9a-f-]\{36\}/edit')"
reminder="$(get '/reminders?status=sent' | first '/reminders/[0-9a-f-]\{36\}')"
person="${client#/clients/}"
pages=(/ /clients "/clients?q=an" "/clients?type=family_member" /calendar /reminders
  "/reminders?status=failed" "/reminders?status=sent" /clients/new "$client" "$client/edit"
  "$client/dates/new" "/dates/preview?person_id=$person&date_value=1980-03-15&recurrence=monthly_nth&nth=2&weekday=TU&lead_days_1=14&lead_days_2=3"
  $project $conversation $date $reminder /agents /agents/reminder_management /digest /digest/preview)
if [[ "$(curl -s -o /dev/null -b "$jar" -w '%{http_code}' "$base/admin/audit-log")" == 200 ]]; then
  older="$(get /admin/audit-log | first 'href="/admin/audit-log?[^"]*after=[^"]*"' | sed 's/^href="//;s/"$//;s/&amp;/\&/g')"
  pages+=(/admin/accounts /admin/api-keys /admin/audit-log "$older" "/admin/audit-log?action=update"
    "/admin/audit-log?entity_type=reminder&since=2026-01-01")
fi

for i in 1 2 3 4 5; do for p in "${pages[@]}"; do curl -s -o /dev/null -b "$jar" "$base$p"; done; done
printf '%-44s %6s %9s %9s\n' page status median slowest
for p in "${pages[@]}"; do
  for i in $(seq 1 "$rounds"); do
    curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_total}\n' "$base$p"
  done | sort -k2 -n | awk -v p="$p" '{t[NR]=$2*1000; s=$1}
    END {printf "%-44s %6s %7.1fms %7.1fms\n", substr(p,1,44), s, t[int((NR+1)/2)], t[NR]}'
done
