#!/usr/bin/env bash
# Adds a therapist's sign-in to the clinic's CouchDB.
#   ./add-therapist.sh ana          a staff sign-in: reads and writes every child's records
#   ./add-therapist.sh ana --admin  also one of CouchDB's administrators, who may create databases:
#                                   a tablet that adds children needs one (CouchDB lets only
#                                   administrators create databases), as does making a family's invitation
set -euo pipefail
cd "$(dirname "$0")"
name=${1:?usage: ./add-therapist.sh NAME [--admin]}
source .env
read -r -s -p "Password for $name: " password; echo
run() { docker compose exec -T couchdb curl -fsS -u "$COUCHDB_ADMIN:$COUCHDB_ADMIN_PASSWORD" "$@"; }
if [ "${2:-}" = "--admin" ]; then
  run -X PUT "http://127.0.0.1:5984/_node/_local/_config/admins/$name" -d "\"$password\"" >/dev/null
else
  run -X PUT "http://127.0.0.1:5984/_users/org.couchdb.user:$name" -H 'content-type: application/json' \
    -d "{\"name\":\"$name\",\"password\":\"$password\",\"roles\":[\"deft-staff\"],\"type\":\"user\"}" >/dev/null
fi
echo "$name can now sign in on a tablet: Grown-ups, Settings, Clinic sync, address /db/."
