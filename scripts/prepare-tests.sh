#!/usr/bin/env bash
# Prepares a machine for `npm test` (run as its pretest step): installs
# Debian's chromium and the docker-compose client when missing, starts Redis
# and PostgreSQL on 127.0.0.1 when they are down. A step that needs root when
# the user is not root prints the one command to run and fails: the suite
# must never run with tests that cannot pass.
#
# The addresses are knobs so this script's own test can point them at free
# ports it owns: CASEFILE_TEST_REDIS_PORT (6379), CASEFILE_TEST_PG_PORT (5432),
# CASEFILE_TEST_CHROMIUM (/usr/bin/chromium, where the browser tests look).
set -uo pipefail

REDIS_PORT="${CASEFILE_TEST_REDIS_PORT:-6379}"
PG_PORT="${CASEFILE_TEST_PG_PORT:-5432}"
CHROMIUM="${CASEFILE_TEST_CHROMIUM:-/usr/bin/chromium}"
WAIT_S="${CASEFILE_TEST_WAIT_S:-30}"

log() { printf '[prepare-tests] %s\n' "$*" >&2; }
is_root() { [ "$(id -u)" -eq 0 ]; }
# The command a non-root user runs: through sudo when there is one.
as_root() {
  if ! command -v sudo >/dev/null 2>&1; then printf '%s' "$*"
  elif [[ "$*" == *'&&'* ]]; then printf "sudo sh -c '%s'" "$*"
  else printf 'sudo %s' "$*"; fi
}
fail() {
  log "FAILED: $1"
  if [ -n "${2:-}" ]; then
    if command -v sudo >/dev/null 2>&1; then log "run this, then npm test again:"; else log "run this as root, then npm test again:"; fi
    printf '    %s\n' "$2" >&2
  fi
  exit 1
}

# 1. Packages: the browser tests drive Debian's chromium; docker-compose (the
#    client only, no engine) checks docker-compose.yml.
packages=""
[ -x "$CHROMIUM" ] || packages="$packages chromium"
command -v docker-compose >/dev/null 2>&1 || docker compose version >/dev/null 2>&1 || packages="$packages docker-compose"
packages="${packages# }"
if [ -n "$packages" ]; then
  install="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $packages"
  if ! is_root; then
    fail "missing $packages; installing needs root" "$(as_root "apt-get update && apt-get install -y $packages")"
  fi
  log "installing $packages (apt-get)"
  if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null); then
    fail "apt-get install -y $packages failed (see above)" "$install"
  fi
  if [[ " $packages " == *" chromium "* ]] && [ ! -x "$CHROMIUM" ]; then fail "chromium installed but $CHROMIUM is not there"; fi
fi

# 2. Services the integration tests use, when they are down.
redis_up() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }
pg_up() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; }
wait_for() {
  local i
  for i in $(seq 1 "$WAIT_S"); do "$1" && return 0; sleep 1; done
  "$1"
}

if ! redis_up; then
  command -v redis-server >/dev/null 2>&1 || fail "Redis is down on 127.0.0.1:$REDIS_PORT and redis-server is not installed" "$(as_root 'apt-get install -y redis-server')"
  log "starting redis on 127.0.0.1:$REDIS_PORT"
  # No persistence: test data is throwaway; needs no root (port above 1024).
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no >/dev/null \
    || fail "redis-server did not start on 127.0.0.1:$REDIS_PORT"
  wait_for redis_up || fail "redis-server started but 127.0.0.1:$REDIS_PORT does not answer PING"
fi

if ! pg_up; then
  version="$(ls /etc/postgresql 2>/dev/null | head -n1)"
  [ -n "$version" ] || fail "PostgreSQL is down on 127.0.0.1:$PG_PORT and no cluster is installed" "$(as_root 'apt-get install -y postgresql')"
  start="pg_ctlcluster --skip-systemctl-redirect $version main start"
  is_root || fail "PostgreSQL is down on 127.0.0.1:$PG_PORT; starting it needs root" "$(as_root "$start")"
  log "starting postgresql ($start)"
  $start || log "pg_ctlcluster said it failed; waiting for 127.0.0.1:$PG_PORT anyway"
  wait_for pg_up || fail "PostgreSQL does not answer on 127.0.0.1:$PG_PORT"
fi

# The store tests use database "test" (trust auth on 127.0.0.1).
if ! psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d test -Atqc 'select 1' >/dev/null 2>&1; then
  log "creating database test"
  createdb -h 127.0.0.1 -p "$PG_PORT" -U postgres test || fail "database test is missing and could not be created"
fi

log "ready: chromium, docker-compose, redis 127.0.0.1:$REDIS_PORT, postgresql 127.0.0.1:$PG_PORT"
