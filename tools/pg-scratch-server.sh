#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A scratch PostgreSQL server for trying the team library and for `lector-bench --import` against
# a local server (docs/team-library.md, docs/performance.md): initdb into DIR, listening on
# 127.0.0.1:PORT only, trust authentication for local connections (a scratch server, never a
# team's), run as `nobody` when started by root. Default (durable) settings unless --fast, which
# turns off fsync as the tests' throw-away servers do.
#
#   tools/pg-scratch-server.sh start DIR PORT [--fast]   then --library postgresql://lector@127.0.0.1:PORT/lector
#   tools/pg-scratch-server.sh stop DIR                  stops it; rm -rf DIR removes it
set -euo pipefail
command="${1:-}" dir="${2:-}"
[ -n "$command" ] && [ -n "$dir" ] || { sed -n '3,11p' "$0"; exit 2; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (tools/install-deps.sh)" >&2; exit 1; }
as_server() {
    if [ "$(id -u)" -eq 0 ]; then setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME="$dir" "$@"
    else "$@"; fi
}
case "$command" in
start)
    port="${3:?PORT}"
    mkdir -p "$dir"
    [ "$(id -u)" -ne 0 ] || chown nobody:nogroup "$dir"
    chmod 700 "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_server "$bin/initdb" -D "$dir/data" -U lector -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    {
        echo "listen_addresses = '127.0.0.1'"
        echo "port = $port"
        echo "unix_socket_directories = '$dir'"
        if [ "${4:-}" = "--fast" ]; then echo "fsync = off"; echo "synchronous_commit = off"; fi
    } >"$dir/data/postgresql.auto.conf"
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
    as_server "$bin/psql" -h 127.0.0.1 -p "$port" -U lector -d postgres -tAq \
        -c "SELECT 1 FROM pg_database WHERE datname = 'lector'" | grep -q 1 ||
        as_server "$bin/createdb" -h 127.0.0.1 -p "$port" -U lector lector
    echo "postgresql://lector@127.0.0.1:$port/lector"
    ;;
stop)
    as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
*) echo "unknown command $command" >&2; exit 2 ;;
esac
