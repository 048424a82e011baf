# Sourced by scripts/test.sh and bench/*.sh: installs what is missing from apt (without prompting)
# and starts a throwaway PostgreSQL on 127.0.0.1 as a non-root user, stopped on exit.
# After start_throwaway_postgres: PG_PORT is the port; the superuser is 'hub', trust auth on loopback.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# apt_install_missing <command-or-path>=<package> ...
apt_install_missing() {
  local missing=() pair
  for pair in "$@"; do
    local probe="${pair%%=*}" package="${pair#*=}"
    if [[ "$probe" == /* ]]; then [ -e "$probe" ] || missing+=("$package"); else command -v "$probe" >/dev/null || missing+=("$package"); fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from apt..."
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
  fi
}

start_throwaway_postgres() {
  apt_install_missing "$(postgres_bin)/initdb=postgresql"
  PG_BIN="$(postgres_bin)"
  PG_DIR="$(mktemp -d /tmp/hub-postgres.XXXXXX)"
  # Never as root: root runs it as the package's 'postgres' user.
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_DIR"
    as_pg() { runuser -u postgres -- "$@"; }
  else
    as_pg() { "$@"; }
  fi
  PG_PORT=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done
  trap stop_throwaway_postgres EXIT
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U hub --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  echo "Throwaway PostgreSQL on 127.0.0.1:$PG_PORT"
}

stop_throwaway_postgres() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
