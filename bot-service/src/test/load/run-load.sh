#!/usr/bin/env bash
# Load run on loopback against the extractive composer: start-up to healthy, light load (4 connections),
# saturation (32 connections), the same app's trivial endpoint for the ratio, and resident memory after
# 10,000+ sessions. Runs with every question new (the query embedding computed each time) and with recurring
# questions (served from the query-vector cache). Needs wrk (apt-get install wrk). Usage: bot-service/src/test/load/run-load.sh [port]
set -euo pipefail
cd "$(dirname "$0")/../../../.."
port="${1:-18090}"
jar=bot-service/target/bot-service.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
here=bot-service/src/test/load

# Rate limits are switched off for the run: all traffic comes from one address.
cache=$(mktemp -d)
pid=
start_service() {
  local start=$(date +%s%N)
  java -Xmx512m -jar "$jar" --server.port="$port" --safepace.rate-limit.enabled=false \
    --safepace.knowledge.embedding-cache-dir="$cache" --logging.level.org.safepace=WARN > /tmp/safepace-load.log 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do sleep 0.05; done
  echo "startup_to_healthy_ms ($1)=$(( ($(date +%s%N) - start) / 1000000 ))"
}
trap 'kill $pid 2>/dev/null || true; rm -rf "$cache"' EXIT
start_service "cold: passages embedded"
kill $pid; wait $pid 2>/dev/null || true
start_service "embeddings cached"

wrk -t2 -c8 -d10s -s "$here/chat.lua" "http://127.0.0.1:$port" >/dev/null   # warm-up (JIT, caches)
echo -n "chat light, every question new (4 connections, 30 s): "
UNIQUE=1 wrk -t2 -c4 -d30s -s "$here/chat.lua" "http://127.0.0.1:$port" | tail -1
echo -n "chat saturation, every question new (32 connections, 30 s): "
UNIQUE=1 wrk -t2 -c32 -d30s -s "$here/chat.lua" "http://127.0.0.1:$port" | tail -1
echo -n "chat light, 40 recurring questions (4 connections, 30 s): "
wrk -t2 -c4 -d30s -s "$here/chat.lua" "http://127.0.0.1:$port" | tail -1
echo -n "chat saturation, 40 recurring questions (32 connections, 30 s): "
wrk -t2 -c32 -d30s -s "$here/chat.lua" "http://127.0.0.1:$port" | tail -1
echo -n "health light (4 connections, 15 s): "; wrk -t2 -c4 -d15s -s "$here/health.lua" "http://127.0.0.1:$port/actuator/health" | tail -1
echo -n "health saturation (32 connections, 15 s): "; wrk -t2 -c32 -d15s -s "$here/health.lua" "http://127.0.0.1:$port/actuator/health" | tail -1
# Every request above opened a new session (more than 10,000 in all; at most safepace.sessions.max-sessions are kept).
echo "rss_mb_after_sessions=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))"
