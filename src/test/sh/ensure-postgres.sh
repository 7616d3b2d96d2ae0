#!/usr/bin/env bash
# Makes sure Debian's PostgreSQL answers on 127.0.0.1:5432 with the store tests' role and database.
# Installs and starts it when missing and we are root; otherwise says what to do.
set -euo pipefail
ROLE=crosscheck
PASSWORD=crosscheck
DB=crosscheck_test
as_root() { [ "$(id -u)" = "0" ]; }
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
  if ! as_root; then
    echo "The store tests need PostgreSQL: run 'sudo apt-get install postgresql'." >&2
    exit 1
  fi
  echo "Installing Debian's postgresql for the store tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
VERSION=$(ls /etc/postgresql | sort -V | tail -n 1)
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if ! as_root; then
    echo "PostgreSQL is installed but not running: run 'sudo pg_ctlcluster $VERSION main start'." >&2
    exit 1
  fi
  pg_ctlcluster "$VERSION" main start
  for _ in $(seq 1 50); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.2; done
fi
if as_root; then
  psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA "$@"; }
  [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" = "1" ] \
    || psql_admin -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'"
  [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" = "1" ] \
    || psql_admin -c "CREATE DATABASE $DB OWNER $ROLE"
fi
PGPASSWORD=$PASSWORD psql -h 127.0.0.1 -U "$ROLE" -d "$DB" -qtAc "SELECT 1" >/dev/null
echo "PostgreSQL $VERSION ready for the store tests on 127.0.0.1:5432 ($DB)"
