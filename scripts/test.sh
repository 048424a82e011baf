#!/usr/bin/env bash
# Runs every test of the Hub on a fresh machine: installs what is missing (PostgreSQL server and
# Chromium from apt; npm packages through the build), starts a throwaway PostgreSQL on 127.0.0.1
# as a non-root user, runs every test project, stops what it started, and exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
[ -x "$(postgres_bin)/initdb" ] || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from apt..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
pg_bin="$(postgres_bin)"

# A throwaway PostgreSQL server, never as root: root runs it as the package's 'postgres' user.
pg_dir="$(mktemp -d /tmp/hub-test-postgres.XXXXXX)"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$pg_dir"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi
port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

stop_postgres() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U hub --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
echo "Throwaway PostgreSQL on 127.0.0.1:$port"

export HUB_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=hub;Database=postgres"
export HUB_TEST_ARTIFACTS="$root/test-artifacts"
mkdir -p "$HUB_TEST_ARTIFACTS"

set +e
dotnet test CorporateParenting.slnx --nologo 2>&1 | tee "$HUB_TEST_ARTIFACTS/test-output.txt"
status=${PIPESTATUS[0]}
set -e

# One closing line with the totals over every test project.
awk '
  /(Passed|Failed)! +- +Failed: / {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") failed += $(i + 1) + 0
      if ($i == "Passed:") passed += $(i + 1) + 0
      if ($i == "Skipped:") skipped += $(i + 1) + 0
    }
    projects++
  }
  END {
    if (projects == 0) { print "Tests: none ran (the build failed?)"; exit }
    printf "Tests: %d passed, %d failed, %d skipped, in %d projects\n", passed, failed, skipped, projects
  }' "$HUB_TEST_ARTIFACTS/test-output.txt"
exit "$status"
