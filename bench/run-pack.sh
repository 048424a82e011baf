#!/usr/bin/env bash
# Board pack benchmark: the demo council (Release build, Production settings, SQLite) builds the pack
# for its next meeting as PDF and as Word. Reports the PDF's page count, the first PDF (Chromium
# starting), and the median of N warm builds of each format. Usage: bench/run-pack.sh [N]   (default 5)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
work="${BENCH_DIR:-/tmp/hub-bench-pack}"
mkdir -p "$work"
source "$root/scripts/lib/postgres.sh"
apt_install_missing /usr/bin/chromium=chromium curl=curl

[ -n "${BENCH_SKIP_PUBLISH:-}" ] || dotnet publish "$root/src/CorporateParenting.Web" -c Release -o "$work/web" --nologo -v quiet >&2
rm -rf "$work/data"; mkdir -p "$work/data"
export ASPNETCORE_ENVIRONMENT=Production Hub__PublicUrl=https://hub.bench.example ForwardedHeaders__KnownProxies=127.0.0.1 Logging__LogLevel__Default=Warning Hub__DataDirectory="$work/data" \
  Database__Provider=Sqlite ConnectionStrings__Hub="Data Source=$work/data/bench.db"
(cd "$work/web" && dotnet CorporateParenting.Web.dll migrate) >/dev/null

port=5098
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
proxy="X-Forwarded-Proto: https"
(cd "$work/web" && ASPNETCORE_FORWARDEDHEADERS_ENABLED=true Demo__Seed=true Demo__Password=bench-password-123 \
  ASPNETCORE_URLS="http://127.0.0.1:$port" exec dotnet CorporateParenting.Web.dll) >"$work/web.log" 2>&1 &
web=$!
trap 'kill $web 2>/dev/null || true' EXIT
for _ in $(seq 180); do curl -s -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 1; done

# Sign in as the board officer; cookies are Secure in Production, so they are carried by hand.
page=$(curl -s -H "$proxy" -D "$work/h1" "http://127.0.0.1:$port/Account/SignIn")
token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//')
anti=$(grep -i '^set-cookie: cph.antiforgery' "$work/h1" | sed 's/^[^:]*: //;s/;.*//' | tr -d '\r')
curl -s -o /dev/null -D "$work/h2" -H "$proxy" -H "Cookie: $anti" --data-urlencode "Input.Email=officer@hub.example" \
  --data-urlencode "Input.Password=bench-password-123" --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/Account/SignIn"
auth=$(grep -i '^set-cookie:' "$work/h2" | grep -vi antiforgery | sed 's/^[^:]*: //;s/;.*//' | tr -d '\r' | paste -sd ';' -)

# The demo's meetings are numbered in date order; the fifth is the next one, with a published scorecard.
fetch() { curl -s -o "$work/$2" -w '%{time_total}' -H "$proxy" -H "Cookie: $auth" "http://127.0.0.1:$port/Governance/Meetings/Pack/5?handler=$1"; }
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] }'; }
first=$(fetch Pdf pack.pdf | xargs printf "%.2f")
head -c 5 "$work/pack.pdf" | grep -q '%PDF' || { echo "No PDF came back: see $work/web.log" >&2; exit 1; }
pages=$(grep -a -o '/Type /Page\b' "$work/pack.pdf" | wc -l)
pdf=$(for _ in $(seq "$runs"); do fetch Pdf pack.pdf; echo; done | median)
word=$(for _ in $(seq "$runs"); do fetch Word pack.docx; echo; done | median)

echo "| board pack for the demo's next meeting | figure |"
echo "| --- | --- |"
echo "| PDF pages | $pages |"
echo "| first PDF (starts Chromium) | ${first} s |"
echo "| PDF, median of $runs (two prints: the second fills in the contents) | ${pdf} s |"
echo "| Word, median of $runs (includes the PDF print that numbers its contents) | ${word} s |"
echo "| Word file size | $(stat -c %s "$work/pack.docx") bytes |"
