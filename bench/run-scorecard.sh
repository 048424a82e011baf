#!/usr/bin/env bash
# Scorecard benchmark: an England-size generated year (85,000 children looked after, with the year
# before) imported into PostgreSQL and into SQLite through the Hub's own `import-903` command (timed),
# then the scorecard page under 50 concurrent connections on loopback with wrk (requests per second,
# p50/p95/p99 latency, errors). Usage: bench/run-scorecard.sh [seconds]   (default 20)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-20}"
work="${BENCH_DIR:-/tmp/hub-bench}"
mkdir -p "$work"
source "$root/scripts/lib/postgres.sh"
apt_install_missing wrk=wrk curl=curl

echo "Publishing the Hub and cpb (Release)..." >&2
[ -n "${BENCH_SKIP_PUBLISH:-}" ] || dotnet publish "$root/src/CorporateParenting.Web" -c Release -o "$work/web" --nologo -v quiet >&2
[ -n "${BENCH_SKIP_PUBLISH:-}" ] || dotnet publish "$root/src/CorporateParenting.Cli" -c Release -o "$work/cli" --nologo -v quiet >&2
[ -d "$work/england" ] || dotnet "$work/cli/cpb.dll" generate --children 85000 --years 2 --seed 1 --out "$work/england" >&2

start_throwaway_postgres >&2
export ASPNETCORE_ENVIRONMENT=Production Hub__PublicUrl=https://hub.bench.example ForwardedHeaders__KnownProxies=127.0.0.1 Logging__LogLevel__Default=Warning Hub__CouncilName="Bench council" Hub__CouncilCode=NBC
hub() { (cd "$work/web" && dotnet CorporateParenting.Web.dll "$@"); }

timed_import() { # label
  hub migrate >/dev/null
  hub import-903 "$work/england/2024" 2024 >/dev/null
  local start ms
  start=$(date +%s%N); hub import-903 "$work/england/2025" 2025 >&2; ms=$(( ($(date +%s%N) - start) / 1000000 ))
  printf '| import of the 2025 year into %s (2024 already in) | %d.%d s |\n' "$1" $((ms / 1000)) $((ms % 1000 / 100))
}

echo "| step | figure |"
echo "| --- | --- |"
rm -f "$work/bench.db"
Database__Provider=Sqlite ConnectionStrings__Hub="Data Source=$work/bench.db" timed_import SQLite
export Database__Provider=Postgres ConnectionStrings__Hub="Host=127.0.0.1;Port=$PG_PORT;Username=hub;Database=postgres"
timed_import PostgreSQL

# The Hub on PostgreSQL with the demo accounts (no demo data) and Production settings, as behind a
# TLS-terminating proxy: plain HTTP on loopback with X-Forwarded-Proto: https on every request.
port=5099
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
proxy="X-Forwarded-Proto: https"
(cd "$work/web" && ASPNETCORE_FORWARDEDHEADERS_ENABLED=true Demo__Seed=true Demo__Performance=false Demo__Password=bench-password-123 \
  ASPNETCORE_URLS="http://127.0.0.1:$port" exec dotnet CorporateParenting.Web.dll) >"$work/web.log" 2>&1 &
web=$!
trap 'kill $web 2>/dev/null || true; stop_throwaway_postgres' EXIT
for _ in $(seq 60); do curl -s -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 1; done

# Sign in as the board member (suppressed figures: the most work per request). Cookies are Secure in
# Production, so they are carried by hand rather than by curl's jar.
page=$(curl -s -H "$proxy" -D "$work/h1" "http://127.0.0.1:$port/Account/SignIn")
token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//')
anti=$(grep -i '^set-cookie: cph.antiforgery' "$work/h1" | sed 's/^[^:]*: //;s/;.*//' | tr -d '\r')
curl -s -o /dev/null -D "$work/h2" -H "$proxy" -H "Cookie: $anti" --data-urlencode "Input.Email=member@hub.example" \
  --data-urlencode "Input.Password=bench-password-123" --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/Account/SignIn"
auth=$(grep -i '^set-cookie:' "$work/h2" | grep -vi antiforgery | sed 's/^[^:]*: //;s/;.*//' | tr -d '\r' | paste -sd ';' -)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "$proxy" -H "Cookie: $auth" "http://127.0.0.1:$port/Performance/Scorecard")
[ "$status" = 200 ] || { echo "The scorecard answered $status, not 200: sign-in failed?" >&2; exit 1; }

wrk -t1 -c50 -d5s -H "$proxy" -H "Cookie: $auth" "http://127.0.0.1:$port/Performance/Scorecard" >/dev/null   # warm up
result=$(wrk -t1 -c50 -d"${seconds}s" -H "$proxy" -H "Cookie: $auth" -s "$root/bench/p95.lua" "http://127.0.0.1:$port/Performance/Scorecard" | tail -n 1)
echo "| scorecard page, 50 connections, ${seconds} s, PostgreSQL, England-size year | $result |"
