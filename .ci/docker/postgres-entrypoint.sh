#!/bin/bash
# Entrypoint of the locally built PostgreSQL 17 test image (see start-engine.sh).
#
# No registry is reachable from the CI machines, so the official `postgres` image cannot be pulled.
# This script reproduces the part of the official image's contract that Testcontainers'
# PostgreSQLContainer relies on:
#   * POSTGRES_USER / POSTGRES_PASSWORD / POSTGRES_DB create the superuser and database;
#   * "database system is ready to accept connections" is logged twice on a fresh start
#     (once by a socket-only init server, once by the real one) - the default wait strategy counts two;
#   * arguments such as `postgres -c fsync=off` are passed to the real server;
#   * clients on other hosts (the Docker host, through the published port) log in with a password.
# Also honoured, like the official image: POSTGRES_HOST_AUTH_METHOD, POSTGRES_INITDB_ARGS and
# *.sh / *.sql / *.sql.gz files in /docker-entrypoint-initdb.d.
set -euo pipefail

PGBIN=/usr/lib/postgresql/17/bin
# The PostgreSQL 17 binaries come without client tools; Debian's psql 15 talks to a 17 server fine.
PSQL=/usr/lib/postgresql/15/bin/psql
SOCKET_DIR=/var/run/postgresql

export PGDATA="${PGDATA:-/var/lib/postgresql/data}"
POSTGRES_USER="${POSTGRES_USER:-postgres}"
POSTGRES_DB="${POSTGRES_DB:-$POSTGRES_USER}"
POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-}"
POSTGRES_HOST_AUTH_METHOD="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}"
POSTGRES_INITDB_ARGS="${POSTGRES_INITDB_ARGS:-}"

log() { printf 'entrypoint: %s\n' "$*"; }

# Same argument convention as the official image: bare options mean "postgres with these options",
# anything else (e.g. `bash`) is run as given.
if [ "$#" -eq 0 ] || [ "${1#-}" != "$1" ]; then
  set -- postgres "$@"
fi
if [ "$1" != postgres ]; then
  exec "$@"
fi
shift

if [ "$(id -u)" = 0 ]; then
  # initdb and postgres refuse to run as root: prepare the directories, then re-run this script as
  # `postgres`. exec keeps PID 1, so `docker stop` signals reach the server directly.
  mkdir -p "$PGDATA" "$SOCKET_DIR"
  chown -R postgres:postgres "$PGDATA"
  chown postgres:postgres "$SOCKET_DIR"
  chmod 700 "$PGDATA"
  chmod 2775 "$SOCKET_DIR"
  exec setpriv --reuid=postgres --regid=postgres --init-groups "${BASH_SOURCE[0]}" postgres "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -z "$POSTGRES_PASSWORD" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != trust ]; then
    log "error: POSTGRES_PASSWORD is empty; set it (or POSTGRES_HOST_AUTH_METHOD=trust for no password)" >&2
    exit 1
  fi

  initdb_args=(--username="$POSTGRES_USER" --encoding=UTF8 --locale=C.UTF-8
               --auth-local=trust --auth-host="$POSTGRES_HOST_AUTH_METHOD")
  pwfile=
  if [ -n "$POSTGRES_PASSWORD" ]; then
    # A file rather than an argument keeps the password out of `ps` output.
    pwfile="$(mktemp)"
    printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
    initdb_args+=(--pwfile="$pwfile")
  fi
  # POSTGRES_INITDB_ARGS is a space-separated option list, as in the official image.
  # shellcheck disable=SC2206
  initdb_args+=($POSTGRES_INITDB_ARGS)
  "$PGBIN/initdb" "${initdb_args[@]}"
  [ -z "$pwfile" ] || rm -f "$pwfile"

  # These binaries default to sockets in /tmp; Debian's psql looks in /var/run/postgresql.
  cat >>"$PGDATA/postgresql.conf" <<EOF
listen_addresses = '*'
unix_socket_directories = '$SOCKET_DIR'
EOF
  # initdb only lets 127.0.0.1 and ::1 in over TCP; the Docker host connects from the bridge network.
  printf 'host all all all %s\n' "$POSTGRES_HOST_AUTH_METHOD" >>"$PGDATA/pg_hba.conf"

  # Socket-only server: nobody can connect over TCP (and a wait strategy cannot mistake it for the
  # real server) until initialisation is complete.
  "$PGBIN/pg_ctl" -D "$PGDATA" -w -o "-c listen_addresses='' -p 5432" start

  psql_init=("$PSQL" -v ON_ERROR_STOP=1 --no-psqlrc --host="$SOCKET_DIR" --port=5432
             --username="$POSTGRES_USER")
  if [ "$POSTGRES_DB" != postgres ]; then
    "${psql_init[@]}" --dbname=postgres --set=db="$POSTGRES_DB" <<'SQL'
CREATE DATABASE :"db";
SQL
  fi

  for f in /docker-entrypoint-initdb.d/*; do
    [ -e "$f" ] || continue
    case "$f" in
      *.sh)     log "running $f"; bash "$f" ;;
      *.sql)    log "running $f"; "${psql_init[@]}" --dbname="$POSTGRES_DB" -f "$f" ;;
      *.sql.gz) log "running $f"; gzip -dc "$f" | "${psql_init[@]}" --dbname="$POSTGRES_DB" ;;
      *)        log "ignoring $f" ;;
    esac
  done

  "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop
  log "PostgreSQL init process complete; ready for start up."
else
  log "PostgreSQL database directory appears to contain a database; skipping initialization"
fi

exec "$PGBIN/postgres" "$@"
