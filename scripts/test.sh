#!/usr/bin/env bash
# Runs every test of the Hub on a fresh machine: installs what is missing (PostgreSQL server, Chromium,
# and LibreOffice for Word papers in the board pack, from apt; npm packages through the build), starts a throwaway PostgreSQL on 127.0.0.1
# as a non-root user, runs every test project, stops what it started, and exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

source "$root/scripts/lib/postgres.sh"
apt_install_missing /usr/bin/chromium=chromium soffice=libreoffice-writer-nogui
start_throwaway_postgres

# The test processes spend much of their time compiling code they run for seconds (a profile of the web tests: the JIT
# and the runtime about 40%, the tests' own code 14%). Write-xor-execute remaps every page of compiled code, and tiered
# PGO instruments methods to compile them again: both cost the tests more than they return (ADR 5 addendum). The
# build is a little faster without them too (92 s against 101 s on a clean clone).
export DOTNET_EnableWriteXorExecute=0 DOTNET_TieredPGO=0
export HUB_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=hub;Database=postgres"
export HUB_TEST_ARTIFACTS="$root/test-artifacts"
mkdir -p "$HUB_TEST_ARTIFACTS"

# New files, not old ones truncated: a test host left over from an earlier run cannot write into them.
rm -f "$HUB_TEST_ARTIFACTS"/test-output*.txt
set +e
# One compiler process for the whole build, not one per project: each new one spent seconds compiling the compiler
# (104-123 s against 53-68 s for a clean build here). The server is stopped once the build is done, so it holds no
# memory or core while the tests run and outlives nothing.
UseSharedCompilation=true dotnet build CorporateParenting.slnx --nologo 2>&1 | tee "$HUB_TEST_ARTIFACTS/test-output.txt"
status=${PIPESTATUS[0]}
dotnet build-server shutdown > /dev/null 2>&1
if [ "$status" -eq 0 ]; then
  # One project at a time: side by side on two cores they took as long in all and timed requests out.
  for project in tests/*/*.Tests.csproj; do
    name="$(basename "$project" .csproj)"
    # The TRX file keeps each test's duration, for finding what makes the suite slow.
    dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$HUB_TEST_ARTIFACTS/$name.trx" 2>&1 \
      | tee "$HUB_TEST_ARTIFACTS/test-output-$name.txt"
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  done
  cat "$HUB_TEST_ARTIFACTS"/test-output-*.txt >> "$HUB_TEST_ARTIFACTS/test-output.txt"
fi
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
