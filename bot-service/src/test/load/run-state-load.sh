#!/usr/bin/env bash
# Redis store against memory store in the same run: two instances of the packaged jar, one per store, loaded in
# turn with the same wrk script (recurring questions, one new session per request) at 4 and 32 connections,
# alternating so that a noisy machine hits both alike. Rate limits stay on (with limits too high to refuse) so the
# Redis run pays for its shared buckets. Then the memory instance's heap after a full GC, and Redis's used_memory
# per session. Needs wrk and redis-server. Usage: bot-service/src/test/load/run-state-load.sh [seconds] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../../../.."
secs="${1:-20}"
rounds="${2:-2}"
jar=bot-service/target/bot-service.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
here=bot-service/src/test/load
mem_port=18191 redis_port=18192 redis_server_port=16391
prefix="load$(date +%s):"
dir=$(mktemp -d)
redis-server --port $redis_server_port --bind 127.0.0.1 --save "" --appendonly no --dir "$dir" --daemonize yes \
  --pidfile "$dir/redis.pid"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; kill "$(cat "$dir/redis.pid")" 2>/dev/null || true' EXIT
common=(--safepace.rate-limit.address-capacity=100000000 --safepace.rate-limit.address-refill-per-minute=100000000
  --safepace.sessions.max-sessions=200000 --safepace.knowledge.embedding-cache-dir="$dir/embeddings"
  --logging.level.org.safepace=WARN)
java -Xmx1g -jar "$jar" --server.port=$mem_port "${common[@]}" > "$dir/memory.log" 2>&1 & pids+=($!)
mem_pid=$!
java -Xmx1g -jar "$jar" --server.port=$redis_port --safepace.state.store=redis --safepace.state.key-prefix="$prefix" \
  --spring.data.redis.port=$redis_server_port "${common[@]}" > "$dir/redis.log" 2>&1 & pids+=($!)
until curl -sf localhost:$mem_port/actuator/health/readiness >/dev/null \
  && curl -sf localhost:$redis_port/actuator/health/readiness >/dev/null; do sleep 1; done
used() { redis-cli -p $redis_server_port info memory | awk -F: '/^used_memory:/ {print $2+0}'; }
redis_before=$(used)
for port in $mem_port $redis_port; do
  wrk -t2 -c8 -d10s -s "$here/chat.lua" "http://127.0.0.1:$port" >/dev/null   # warm-up (JIT, query-vector cache)
done
for round in $(seq 1 "$rounds"); do
  for c in 4 32; do
    for store in memory redis; do
      port=$([ $store = memory ] && echo $mem_port || echo $redis_port)
      echo -n "round $round, $store store, $c connections, ${secs} s: "
      wrk -t2 -c$c -d${secs}s -s "$here/chat.lua" "http://127.0.0.1:$port" | tail -1
    done
  done
done
sessions=$(redis-cli -p $redis_server_port --scan --pattern "${prefix}s:*" | wc -l)
redis_after=$(used)
echo "redis: $sessions sessions held, used_memory $redis_before -> $redis_after bytes:" \
  "$(( (redis_after - redis_before) / sessions )) bytes per session (rate-limit buckets included)"
jcmd $mem_pid GC.run >/dev/null; sleep 1
echo "memory instance (-Xmx1g): $(jcmd $mem_pid GC.heap_info | awk '/garbage-first heap/ {print "heap used after GC", $6}')"
