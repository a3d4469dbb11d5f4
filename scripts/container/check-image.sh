#!/usr/bin/env bash
# Builds the image and proves it as an operator would use it: `scripts/container/check-image.sh`.
# Needs a docker daemon; for the two-replica part, Redis on 127.0.0.1:6379 and PostgreSQL on
# 127.0.0.1:5432 (trust auth), as on the development machines, with psql and redis-cli (to make and
# remove the run's own database and keys). Prints one line per check; exits non-zero at the first
# that fails. Nothing here runs in `npm test`: CI machines have no daemon.
set -euo pipefail
cd "$(dirname "$0")/../.."
IMAGE="${IMAGE:-bpm-gateway:check}"
KEY='container-check-key'
KEY_SHA=$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)
net="bpm-check-$$"
work="$(mktemp -d)"
chmod 755 "$work"
# What the two replicas share lives in a database and under a Redis prefix of this run's own,
# removed at the end: the check leaves nothing in the machine's PostgreSQL or Redis.
audit_db="bpm_check_$$"
redis_prefix="bpm-check-$$"
cleanup() {
  docker rm -fv "$net-k2" "$net-gw" "$net-r1" "$net-r2" >/dev/null 2>&1 || true
  docker network rm "$net" >/dev/null 2>&1 || true
  rm -rf "$work"
  psql -qw -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $audit_db with (force)" >/dev/null 2>&1 || true
  redis-cli -h 127.0.0.1 -p 6379 --scan --pattern "$redis_prefix:*" 2>/dev/null | xargs -r redis-cli -h 127.0.0.1 -p 6379 del >/dev/null 2>&1 || true
}
trap cleanup EXIT
ok() { printf 'ok   %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*"; exit 1; }
command -v psql >/dev/null && command -v redis-cli >/dev/null || fail "psql and redis-cli are needed on this machine"

docker build -q -t "$IMAGE" . >/dev/null
ok "image builds: $(docker image inspect -f '{{.Size}}' "$IMAGE" | awk '{printf "%.0f MB", $1/1e6}')"

user=$(docker run --rm --entrypoint id "$IMAGE" -u)
[ "$user" != 0 ] || fail "runs as root"
ok "runs as uid $user"
dev=$(docker run --rm --entrypoint sh "$IMAGE" -c 'ls -d node_modules/typescript/package.json node_modules/vitest/package.json node_modules/rolldown/package.json node_modules/@graphql-codegen/cli/package.json node_modules/playwright-core/package.json 2>/dev/null | wc -l')
[ "$dev" = 0 ] || fail "development dependencies in the image ($dev)"
ok "no development dependencies"
version=$(docker run --rm "$IMAGE" --version)
[[ "$version" == bpm-graphql-gateway\ * ]] || fail "--version said: $version"
ok "--version: $version"

# A K2 emulator in a container of its own, from the same image (it carries the sandbox package).
docker network create "$net" >/dev/null
docker run -d --name "$net-k2" --network "$net" -p 127.0.0.1:18080:8080 --entrypoint node "$IMAGE" --input-type=module -e \
  "const { startK2Emulator } = await import('@bpm-gateway/sandbox'); const { createServer } = await import('node:http');
   const k2 = await startK2Emulator({ host: '0.0.0.0', port: 8080, users: [{ username: 'svc', password: 'pw', canWrite: true }] });
   createServer((req, res) => { k2.slowNext('POST', 3000); res.end('the next POST waits 3 s'); }).listen(8081, '127.0.0.1');" >/dev/null
cat > "$work/gateway.yaml" <<YAML
server:
  host: 0.0.0.0
  auth: { type: apiKeys, keys: [{ id: ops, sha256: $KEY_SHA, roles: [auditor] }] }
backends:
  - { id: k2, vendor: k2, baseUrl: "http://$net-k2:8080/K2Services", auth: { type: basic, username: svc, password: pw } }
YAML
printf 'server: { port: "x", auth: { type: jwt } }\nbackends: []\n' > "$work/bad.yaml"
set +e
problems=$(docker run --rm -v "$work:/cfg:ro" "$IMAGE" --check-config /cfg/bad.yaml 2>&1); code=$?
set -e
[ "$code" = 2 ] && [ "$(grep -c 'config error' <<<"$problems")" -ge 3 ] || fail "--check-config (exit $code): $problems"
ok "--check-config reports $(grep -c 'config error' <<<"$problems") problems at once, exit 2"

docker run -d --name "$net-gw" --network "$net" -p 127.0.0.1::4000 -v "$work/gateway.yaml:/etc/bpm-gateway/gateway.yaml:ro" "$IMAGE" >/dev/null
for _ in $(seq 60); do
  [ "$(docker inspect -f '{{.State.Health.Status}}' "$net-gw")" = healthy ] && break
  sleep 1
done
[ "$(docker inspect -f '{{.State.Health.Status}}' "$net-gw")" = healthy ] || fail "HEALTHCHECK never healthy: $(docker logs "$net-gw" 2>&1 | tail -5)"
ok "HEALTHCHECK: healthy"
port=$(docker port "$net-gw" 4000/tcp | head -1 | sed 's/.*://')
url="http://127.0.0.1:$port"
mutation='{"query":"mutation { updateTask(input: { backend: \"k2\", serialNumber: \"8_25\", action: { kind: SLEEP, sleepSeconds: 60 } }) { __typename } }"}'
answer=$(curl -s -H 'content-type: application/json' -H "x-api-key: $KEY" -d "$mutation" "$url/graphql" || true)
[[ "$answer" == *UpdateTaskSuccess* ]] || fail "mutation through the published port: $answer"
ok "a mutation through the published port reaches the emulator: UpdateTaskSuccess"
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' -d "$mutation" "$url/graphql" || true)
[ "$status" = 401 ] || fail "a caller without a key got $status"
ok "a caller without a key: 401"
# Entries are written in batches, off the request's path: give the batch a moment.
for _ in $(seq 20); do
  audited=$(curl -s -H 'content-type: application/json' -H "x-api-key: $KEY" -d '{"query":"{ auditLog(first: 5) { edges { node { operation outcome } } } }"}' "$url/graphql" || true)
  [[ "$audited" == *UpdateTaskSuccess* ]] && break
  sleep 0.5
done
[[ "$audited" == *UpdateTaskSuccess* ]] || fail "audit trail under /app/data: $audited"
ok "the audit trail is written under /app/data by the unprivileged user"
# A mutation the vendor takes 3 s to answer is in flight when the container is told to stop: it
# is answered with its real outcome, then node exits 0.
docker exec "$net-k2" node -e "fetch('http://127.0.0.1:8081').then((r) => r.text())" >/dev/null
curl -s -H 'content-type: application/json' -H "x-api-key: $KEY" -d "$mutation" "$url/graphql" > "$work/in-flight.json" &
in_flight=$!
sleep 1
started=$(date +%s%N)
docker stop -t 20 "$net-gw" >/dev/null
stopped_ms=$(( ($(date +%s%N) - started) / 1000000 ))
wait "$in_flight" || true
# It was in flight: the stop had to wait for the vendor's answer (2 s of the 3 were left).
[ "$stopped_ms" -ge 1500 ] || fail "docker stop took $stopped_ms ms: the call was not in flight"
[[ "$(cat "$work/in-flight.json")" == *UpdateTaskSuccess* ]] || fail "the mutation in flight at docker stop: $(cat "$work/in-flight.json")"
code=$(docker inspect -f '{{.State.ExitCode}}' "$net-gw")
[ "$code" = 0 ] || fail "docker stop: exit $code"
ok "docker stop with a 3 s vendor call in flight: answered UpdateTaskSuccess, then exit 0 after $stopped_ms ms"

# Two replicas sharing what replicas share: Redis (idempotency, jobs) and PostgreSQL (audit).
# Host networking, so that both reach the machine's Redis and PostgreSQL on loopback.
psql -qw -h 127.0.0.1 -U postgres -d postgres -c "create database $audit_db" >/dev/null || fail "cannot create the database $audit_db"
for replica in 1 2; do
  cat > "$work/replica$replica.yaml" <<YAML
server:
  host: 127.0.0.1
  auth: { type: apiKeys, keys: [{ id: ops, sha256: $KEY_SHA, roles: [auditor] }] }
idempotency: { redisUrl: "redis://127.0.0.1:6379" }
jobs: { redisUrl: "redis://127.0.0.1:6379", redisPrefix: $redis_prefix }
audit: { postgresUrl: "postgres://postgres@127.0.0.1:5432/$audit_db" }
backends:
  - { id: k2, vendor: k2, baseUrl: "http://127.0.0.1:18080/K2Services", auth: { type: basic, username: svc, password: pw } }
YAML
  docker run -d --name "$net-r$replica" --network host -e PORT=$((4100 + replica)) -v "$work/replica$replica.yaml:/etc/bpm-gateway/gateway.yaml:ro" "$IMAGE" >/dev/null
done
for replica in 1 2; do
  for _ in $(seq 60); do curl -sf "http://127.0.0.1:$((4100 + replica))/health" >/dev/null && break; sleep 0.5; done
  curl -sf "http://127.0.0.1:$((4100 + replica))/health" >/dev/null || fail "replica $replica: $(docker logs "$net-r$replica" 2>&1 | tail -5)"
done
ok "two replicas up, sharing Redis and PostgreSQL"
request_id="container-check-$$-$(date +%s)"
answer=$(curl -s -H 'content-type: application/json' -H "x-api-key: $KEY" -H "x-request-id: $request_id" -d "$mutation" http://127.0.0.1:4101/graphql || true)
[[ "$answer" == *UpdateTaskSuccess* ]] || fail "mutation through replica 1: $answer"
seen=""
for _ in $(seq 20); do
  seen=$(curl -s -H 'content-type: application/json' -H "x-api-key: $KEY" -d "{\"query\":\"{ auditLog(first: 1, filter: { requestId: \\\"$request_id\\\" }) { edges { node { requestId outcome } } } }\"}" http://127.0.0.1:4102/graphql || true)
  [[ "$seen" == *UpdateTaskSuccess* ]] && break
  sleep 0.5
done
[[ "$seen" == *"$request_id"* ]] || fail "replica 2 does not see replica 1's audit entry: $seen"
ok "a mutation through replica 1 is in the audit trail replica 2 reads"
docker stop -t 20 "$net-r1" "$net-r2" >/dev/null
for replica in 1 2; do
  code=$(docker inspect -f '{{.State.ExitCode}}' "$net-r$replica")
  [ "$code" = 0 ] || fail "replica $replica stopped with $code: $(docker logs "$net-r$replica" 2>&1 | tail -5)"
done
ok "both replicas stop cleanly"
