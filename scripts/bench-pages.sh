#!/usr/bin/env bash
# Measures the public pages served by the site and, in the same run, the very same bytes served by nginx as
# static files: for each page, both throughputs with wrk at 64 connections, their ratio, and the site's p50
# and p99 latency, then the site's live heap after the load. It does so over N generated associations beside the
# shipped ones and M generated articles spread over all the sites, loaded by the site's content loader into an H2
# file database; then again over the same associations and 1,000 articles. Last, the time the built site takes
# from its start to its first answer, on a new database and on an existing one.
# Usage: scripts/bench-pages.sh [associations, default 30] [articles, default 100000] [seconds per measure, default 10]
# Needs wrk and nginx (Debian packages wrk and nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
associations=${1:-30}
articles=${2:-100000}
seconds=${3:-10}
mvn -B -q -DskipTests package
work=$(mktemp -d)
run=
server=
trap 'stop; rm -rf "$work"' EXIT

. scripts/bench-common.sh

# Stops the site (its standard input closes) and nginx of the current run, if any.
stop() {
  if [ -n "$server" ]; then
    exec 3>&-
    nginx -p "$run" -c "$run/nginx.conf" -s stop 2>/dev/null || true
    wait "$server" || true
    server=
  fi
}

# Measures the site over $1 generated associations and $2 generated articles, and nginx beside it.
bench() {
  run="$work/$2"
  mkdir -p "$run"
  mkfifo "$run/stdin"
  java -Xmx512m -cp "sites/network/target/mmm-network.jar:sites/network/target/test-classes:core/target/test-classes" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    org.makemothersmatter.sites.network.bench.PageBenchmark "$1" "$2" "$run/www" "$run/data" \
    < "$run/stdin" > "$run/site.out" &
  server=$!
  exec 3> "$run/stdin"
  until grep -q READY "$run/site.out" 2>/dev/null; do
    kill -0 "$server" 2>/dev/null || { cat "$run/site.out"; exit 1; }
    sleep 1
  done
  # The generated data is gigabytes still being written out by the system: measure once it is on disk.
  sync
  local port nginx_port
  port=$(awk '/READY/ { print $2 }' "$run/site.out")
  nginx_port=$(free_port)
  cat > "$run/nginx.conf" <<CONF
worker_processes 2;
pid $run/nginx.pid;
error_log $run/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    root $run/www;
    location / { default_type "text/html; charset=utf-8"; }
  }
}
CONF
  nginx -p "$run" -c "$run/nginx.conf"

  grep -v READY "$run/site.out"
  echo "$2 articles, $1 generated associations; wrk -t2 -c64 for ${seconds} s a page; the same bytes from nginx in the same run"
  printf '%-20s %-60s %10s %10s %6s %9s %9s\n' page address 'site req/s' 'nginx' ratio 'site p50' 'site p99'
  # The site warmed on every page before any is measured: the code that answers them all is compiled by then,
  # and the first page measured is not the one that pays for it.
  while read -r _ address _; do
    wrk -t2 -c64 -d5s "http://127.0.0.1:$port$address" > /dev/null
  done < "$run/www/manifest.txt"
  while read -r file address name; do
    # A short run first on each side, so that both are measured warm.
    wrk -t2 -c64 -d2s "http://127.0.0.1:$port$address" > /dev/null
    wrk -t2 -c64 -d2s "http://127.0.0.1:$nginx_port/$file" > /dev/null
    read -r site_rps site_p50 site_p99 <<< "$(measure "http://127.0.0.1:$port$address")"
    read -r nginx_rps _ _ <<< "$(measure "http://127.0.0.1:$nginx_port/$file")"
    printf '%-20s %-60s %10s %10s %6.2f %7sms %7sms\n' "$name" "$address" "$site_rps" "$nginx_rps" \
      "$(echo "$site_rps / $nginx_rps" | bc -l)" "$site_p50" "$site_p99"
  done < "$run/www/manifest.txt"

  jcmd "$server" GC.run > /dev/null
  echo "Live heap after the load: $(jstat -gc "$server" | awk 'NR == 2 { printf "%.1f MB", $8 / 1024 }')"
  stop
  rm -rf "$run"
  echo
}

bench "$associations" "$articles"
bench "$associations" 1000

# From the start of the documented command to the first page, on a new database, then on the same one again.
data="$work/start"
mkdir -p "$data"
for start in "new database" "existing database"; do
  port=$(free_port)
  begin=$(date +%s%N)
  (cd "$data" && PORT=$port exec java -Xmx256m -XX:+ExitOnOutOfMemoryError \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$OLDPWD/sites/network/target/mmm-network.jar") \
    > "$data/server.log" 2>&1 &
  site=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/en/"; do sleep 0.05; done
  echo "Start to first answer, $start: $(( ($(date +%s%N) - begin) / 1000000 )) ms"
  kill $site
  wait $site || true
done
