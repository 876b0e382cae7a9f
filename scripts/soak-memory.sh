#!/usr/bin/env bash
# Reads the public pages under load and prints, every 30 seconds, the server's heap after a full collection
# and its resident memory: with nothing held by the database after a read, both stay flat.
# Usage: scripts/soak-memory.sh [minutes, default 10]. Needs wrk (Debian package wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
mvn -B -q -DskipTests package
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$work" && PORT=$port exec java -Xmx256m -XX:+ExitOnOutOfMemoryError \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$OLDPWD/sites/network/target/mmm-network.jar") \
  > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/en/"; do sleep 0.5; done
# Every article and listing of the international site, read in turn.
curl -fs "http://127.0.0.1:$port/en/news" | grep -o 'href="/en/news/[^"]*"' | sed 's/href="//; s/"$//' \
  | sort -u > "$work/paths"
echo "/en/" >> "$work/paths"; echo "/en/news" >> "$work/paths"
{
  echo 'paths = {}'
  while read -r p; do echo "table.insert(paths, \"$p\")"; done < "$work/paths"
  echo 'i = 0'
  echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'
} > "$work/rotate.lua"
echo "Reading $(wc -l < "$work/paths") pages for $minutes minutes, 2 threads, 32 connections (heap limit 256 MB)"
wrk -t2 -c32 -d"${minutes}m" -s "$work/rotate.lua" "http://127.0.0.1:$port" > "$work/wrk.txt" &
load=$!
printf '%8s %22s %14s\n' seconds 'live heap (full GC)' resident
for ((t = 30; t <= minutes * 60; t += 30)); do
  sleep 30
  jcmd $server GC.run > /dev/null
  heap=$(jstat -gc $server | awk 'NR == 2 { printf "%.1f MB", $8 / 1024 }')
  rss=$(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' /proc/$server/status)
  printf '%8d %22s %14s\n' $t "$heap" "$rss"
done
wait $load
grep -E 'Requests/sec|requests in' "$work/wrk.txt"
