#!/usr/bin/env bash
# Import benchmark: the England-size generated year (85,000 children looked after, seed 1) imported
# through the Hub's own `import-903` command into SQLite and into a throwaway PostgreSQL, the year
# before already in. Prints a Markdown table (median of `runs` timed imports per database, default 3):
# wall time, and the CPU time (user + system) of the import process, which a busy shared machine
# disturbs far less than wall time. With IMPORT_PHASES=1, also the phase timings the importer logs.
# BENCH_WEB=<folder> times an already published Hub instead (an older commit, for a before/after).
# Usage: bench/run-import.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
work="${BENCH_DIR:-/tmp/hub-bench}"
mkdir -p "$work"
source "$root/scripts/lib/postgres.sh"

echo "Publishing the Hub and cpb (Release)..." >&2
web="${BENCH_WEB:-$work/web}"
[ -n "${BENCH_SKIP_PUBLISH:-}${BENCH_WEB:-}" ] || dotnet publish "$root/src/CorporateParenting.Web" -c Release -o "$web" --nologo -v quiet >&2
[ -n "${BENCH_SKIP_PUBLISH:-}" ] || [ -d "$work/england" ] || dotnet publish "$root/src/CorporateParenting.Cli" -c Release -o "$work/cli" --nologo -v quiet >&2
[ -d "$work/england" ] || dotnet "$work/cli/cpb.dll" generate --children 85000 --years 2 --seed 1 --out "$work/england" >&2

start_throwaway_postgres >&2
export ASPNETCORE_ENVIRONMENT=Production Hub__PublicUrl=https://hub.bench.example Logging__LogLevel__Default=Warning \
  Hub__CouncilName="Bench council" Hub__CouncilCode=NBC
# The importer's phase timings (Information) go to the log; everything else stays at Warning.
hub() { (cd "$web" && env "Logging__LogLevel__CorporateParenting.Web.Features.Performance.Imports=Information" dotnet CorporateParenting.Web.dll "$@"); }
# The same, with the process's CPU time (user + system, seconds) written to the file named first.
hub_timed() { local to="$1"; shift; (cd "$web" && /usr/bin/time -o "$to" -f '%U %S' env "Logging__LogLevel__CorporateParenting.Web.Features.Performance.Imports=Information" dotnet CorporateParenting.Web.dll "$@"); }

timed_import() { # label
  local times=() cpus=() i start ms
  for i in $(seq "$runs"); do
    hub migrate >/dev/null
    hub import-903 "$work/england/2024" 2024 >/dev/null
    start=$(date +%s%N)
    hub_timed "$work/cpu-$1-$i" import-903 "$work/england/2025" 2025 >"$work/import-$1-$i.log" 2>&1
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    times+=("$ms")
    cpus+=("$(awk '{printf "%d", ($1 + $2) * 1000}' "$work/cpu-$1-$i")")
    if [ -n "${IMPORT_PHASES:-}" ]; then
      grep -o '"Message":"[^"]*"' "$work/import-$1-$i.log" | sed 's/"Message":"//;s/"$//' | sed "s/^/  [$1 run $i] /" >&2
    fi
    clear_database "$1"
  done
  local median cpu
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  printf '| import of the 2025 year into %s (2024 already in), median of %d | %d.%d s | %d.%d s |\n' "$1" "$runs" \
    $((median / 1000)) $((median % 1000 / 100)) $((cpu / 1000)) $((cpu % 1000 / 100))
}

clear_database() { # label
  case "$1" in
    SQLite) rm -f "$work/import.db" ;;
    PostgreSQL) psql_hub -c "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public;" >/dev/null ;;
  esac
}
psql_hub() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U hub -d postgres -q "$@"; }

echo "| step | wall time | CPU time |"
echo "| --- | --- | --- |"
rm -f "$work/import.db"
Database__Provider=Sqlite ConnectionStrings__Hub="Data Source=$work/import.db" timed_import SQLite
Database__Provider=Postgres ConnectionStrings__Hub="Host=127.0.0.1;Port=$PG_PORT;Username=hub;Database=postgres" timed_import PostgreSQL
