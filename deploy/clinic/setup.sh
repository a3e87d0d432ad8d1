#!/usr/bin/env bash
# Once, after the first `docker compose up -d`: CouchDB's system databases, and the clinic's own.
set -euo pipefail
cd "$(dirname "$0")"
source .env
run() { docker compose exec -T couchdb curl -fsS -u "$COUCHDB_ADMIN:$COUCHDB_ADMIN_PASSWORD" "$@"; }
until run http://127.0.0.1:5984/_up >/dev/null 2>&1; do sleep 1; done
for db in _users _replicator deft-clinic; do run -X PUT "http://127.0.0.1:5984/$db" >/dev/null 2>&1 || true; done
# The clinic's plans and its list of children: staff only.
run -X PUT http://127.0.0.1:5984/deft-clinic/_security -H 'content-type: application/json' \
  -d '{"admins":{"names":[],"roles":["deft-staff"]},"members":{"names":[],"roles":["deft-staff"]}}' >/dev/null
echo "Ready. Add each therapist: ./add-therapist.sh NAME (--admin for whoever adds children)."
