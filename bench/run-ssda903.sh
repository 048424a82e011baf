#!/usr/bin/env bash
# Whole-process benchmark of the SSDA903 engine through `cpb`: wall time and peak memory of
# `validate` and `measure` on generated returns, (a) a 600-child council over 5 years and
# (b) England's size, 85,000 children looked after in a year with last year beside it.
# Usage: bench/run-ssda903.sh [runs]   (default 5 runs each; prints the median wall time and the highest peak RSS)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
work="${BENCH_DIR:-/tmp/hub-bench}"
mkdir -p "$work"

echo "Publishing cpb (Release, Native AOT)..." >&2
dotnet publish "$root/src/CorporateParenting.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/cpb" --nologo -v quiet >&2
cpb="$work/cpb/cpb"

generate() { # name children years
  [ -d "$work/$1" ] || "$cpb" generate --children "$2" --years "$3" --seed 1 --out "$work/$1" >&2
}
# Generated data is kept between runs; a generator change needs it deleted (the postcode files say it is recent enough).
[ -f "$work/england/postcodes.csv" ] || rm -rf "$work/council" "$work/england"
generate council 600 5
generate england 85000 2

measure() { # label command...
  local label="$1"; shift
  local times=() peak=0
  for _ in $(seq "$runs"); do
    # Exit code 1 (rule failures found) is a result, not an error.
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
    local seconds kb
    read -r seconds kb < <(tail -n 1 "$work/time.txt")
    times+=("$seconds")
    [ "$kb" -gt "$peak" ] && peak="$kb"
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '| %s | %s s | %d MB |\n' "$label" "$median" "$((peak / 1024))"
}

echo "| run | median wall time | peak memory |"
echo "| --- | --- | --- |"
measure "validate, 600 children x 5 years (2025, with postcodes and providers)" "$cpb" validate "$work"/council/2024 "$work"/council/2025 "$work"/council/postcodes.csv "$work"/council/providers.csv
measure "measure, 600 children x 5 years (2025)" "$cpb" measure "$work"/council/* --year 2025 --format json
measure "validate, England size (2025 with 2024, postcodes and providers)" "$cpb" validate "$work"/england/2024 "$work"/england/2025 "$work"/england/postcodes.csv "$work"/england/providers.csv
measure "measure, England size (2025 with 2024)" "$cpb" measure "$work"/england/* --year 2025 --format json
