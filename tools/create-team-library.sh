#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Creates a team library on a PostgreSQL server: the database, an owner role, a writers group and
# a readers group, and the login roles of the team in them (docs/team-library.md). Run it as a
# PostgreSQL superuser, e.g. `sudo -u postgres tools/create-team-library.sh ...`, or with
# PGHOST/PGPORT/PGUSER set for a remote server. Every name is passed to psql as a variable and
# quoted there (:"name"), never pasted into SQL. Passwords are not set here (they would show in
# the process list): each user sets theirs with `psql -c '\password'`, or the administrator runs
# `\password NAME` in psql; Lector then reads it from ~/.pgpass.
#
#   tools/create-team-library.sh --database newsdesk --owner newsdesk_owner \
#       --writer ana --writer ben --reader intern
#
# The owner opens the library once (e.g. `lector search x --library
# postgresql://newsdesk_owner@HOST/newsdesk`), which creates Lector's tables; writers and readers
# can use it from then on. Readers can list and search but not add articles or corrections.
set -euo pipefail

database="" owner="" writers=() readers=()
while [ $# -gt 0 ]; do
    case "$1" in
        --database) database="$2"; shift 2 ;;
        --owner) owner="$2"; shift 2 ;;
        --writer) writers+=("$2"); shift 2 ;;
        --reader) readers+=("$2"); shift 2 ;;
        -h|--help) sed -n '3,16p' "$0"; exit 0 ;;
        *) echo "Unknown argument: $1" >&2; exit 2 ;;
    esac
done
if [ -z "$database" ] || [ -z "$owner" ]; then
    echo "Usage: $0 --database DB --owner ROLE [--writer ROLE]... [--reader ROLE]..." >&2
    exit 2
fi

psql_admin() { psql -v ON_ERROR_STOP=1 -X -q "$@"; }

exists() { # role name -> 0 when the role exists
    [ "$(psql_admin -d postgres -tA -v name="$1" <<<"SELECT 1 FROM pg_roles WHERE rolname = :'name';")" = 1 ]
}

create_role() { # name [LOGIN|NOLOGIN]
    if ! exists "$1"; then
        psql_admin -d postgres -v name="$1" <<<"CREATE ROLE :\"name\" $2;"
    fi
}

create_role "$owner" LOGIN
create_role "${database}_writers" NOLOGIN
create_role "${database}_readers" NOLOGIN
for w in "${writers[@]}"; do
    create_role "$w" LOGIN
    psql_admin -d postgres -v name="$w" -v grp="${database}_writers" <<<'GRANT :"grp" TO :"name";'
done
for r in "${readers[@]}"; do
    create_role "$r" LOGIN
    psql_admin -d postgres -v name="$r" -v grp="${database}_readers" <<<'GRANT :"grp" TO :"name";'
done

if [ "$(psql_admin -d postgres -tA -v db="$database" <<<"SELECT 1 FROM pg_database WHERE datname = :'db';")" != 1 ]; then
    psql_admin -d postgres -v db="$database" -v owner="$owner" \
        <<<'CREATE DATABASE :"db" OWNER :"owner" ENCODING '"'UTF8'"' LC_CTYPE '"'C.UTF-8'"' LC_COLLATE '"'C.UTF-8'"' TEMPLATE template0;'
fi

# In the library's database: the accent-folding dictionary Lector's full-text search uses, and
# the rights the owner's future tables give to the two groups.
psql_admin -d "$database" -v owner="$owner" -v writers="${database}_writers" \
    -v readers="${database}_readers" <<'SQL'
CREATE EXTENSION IF NOT EXISTS unaccent;
REVOKE ALL ON DATABASE :"DBNAME" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"DBNAME" TO :"writers", :"readers";
GRANT USAGE ON SCHEMA public TO :"writers", :"readers";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT ON TABLES TO :"readers";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"writers";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO :"writers";
-- Tables the owner already made (a library opened before this script ran again).
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"readers";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"writers";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"writers";
SQL

echo "Team library $database is ready. Next:"
echo "  1. set passwords:   psql -d postgres -c '\\password $owner'   (and each writer/reader)"
echo "  2. the owner opens it once to create Lector's tables:"
echo "       lector search test --library postgresql://$owner@HOST/$database"
echo "  3. everyone: --library postgresql://NAME@HOST/$database, password in ~/.pgpass"
