#!/usr/bin/env bash
# A/B load run: the chat/health ratio of two jars in the same session, each started in turn, rounds alternating
# (4 connections; every question new, then 40 recurring questions, then health). Needs wrk.
# Usage: bot-service/src/test/load/ab-load.sh before.jar after.jar [rounds]
set -euo pipefail
before=$(realpath "$1"); after=$(realpath "$2"); rounds=${3:-2}
cd "$(dirname "$0")/../../../.."
here=bot-service/src/test/load
port=${AB_PORT:-18190} # another port when another run may be using this one
run_one() {
  local jar=$1 label=$2 cache=$3
  java -Xmx512m -jar "$jar" --server.port=$port --safepace.rate-limit.enabled=false \
    --safepace.knowledge.embedding-cache-dir="$cache" --logging.level.org.safepace=WARN > /tmp/ab-$label.log 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do sleep 0.1; done
  wrk -t2 -c4 -d8s -s "$here/chat.lua" "http://127.0.0.1:$port" >/dev/null
  local newq=$(UNIQUE=1 wrk -t2 -c4 -d15s -s "$here/chat.lua" "http://127.0.0.1:$port" | awk '/Requests\/sec/ {print $2}')
  local rec=$(wrk -t2 -c4 -d15s -s "$here/chat.lua" "http://127.0.0.1:$port" | awk '/Requests\/sec/ {print $2}')
  local health=$(wrk -t2 -c4 -d10s -s "$here/health.lua" "http://127.0.0.1:$port/actuator/health" | awk '/Requests\/sec/ {print $2}')
  kill $pid; wait $pid 2>/dev/null || true
  echo "$label new=$newq recurring=$rec health=$health ratio_new=$(echo "$newq/$health" | bc -l | cut -c1-6) ratio_rec=$(echo "$rec/$health" | bc -l | cut -c1-6) load=$(cut -d' ' -f1 /proc/loadavg)"
}
ca=$(mktemp -d); cb=$(mktemp -d)
for r in $(seq 1 "$rounds"); do run_one "$before" A "$ca"; run_one "$after" B "$cb"; done
rm -rf "$ca" "$cb"
