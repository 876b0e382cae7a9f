#!/usr/bin/env bash
# Measures the international home page with and without a flood of wrong sign-ins, and in the same run the very same
# bytes served by nginx as a static file under the same flood: requests per second, p50 and p99 with wrk at 64
# connections. The flood is 32 connections posting wrong passwords for ever new addresses, each request from a client
# of its own behind a trusted proxy (X-Forwarded-For), so that neither the delays per address nor the limits per
# client stop it before the password is hashed: what it measures is the bounded hashing pool.
# Usage: scripts/bench-sign-in-flood.sh [seconds per measure, default 10]
# Needs wrk and nginx (Debian packages wrk and nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
mvn -B -q -DskipTests package
work=$(mktemp -d)
site=
trap 'nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true; [ -z "$site" ] || kill "$site"; rm -rf "$work"' EXIT

. scripts/bench-common.sh

port=$(free_port)
(cd "$work" && PORT=$port TRUSTED_PROXIES=127.0.0.1 exec java -Xmx256m -XX:+ExitOnOutOfMemoryError \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$OLDPWD/sites/network/target/mmm-network.jar") \
  > "$work/site.log" 2>&1 &
site=$!
until curl -fs -o "$work/home.html" "http://127.0.0.1:$port/en/"; do sleep 0.2; done

nginx_port=$(free_port)
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work;
    location / { default_type "text/html; charset=utf-8"; }
  }
}
CONF
nginx -p "$work" -c "$work/nginx.conf"

# A wrong sign-in for a new address from a new client each time; the form's token is the attacker's own cookie.
token=$(printf 'f%.0s' {1..40})
cat > "$work/flood.lua" <<LUA
local n = 0
request = function()
  n = n + 1
  local client = "10." .. (n % 250) .. "." .. (math.floor(n / 250) % 250) .. "." .. (math.random(1, 250))
  return wrk.format("POST", "/admin/login", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "mmm_signin=$token",
    ["X-Forwarded-For"] = client
  }, "_csrf=$token&email=flood" .. n .. "-" .. math.random(1, 1000000) .. "%40example.org&password=wrong+guess")
end
LUA

home="http://127.0.0.1:$port/en/"
copy="http://127.0.0.1:$nginx_port/home.html"
# Both warm before anything is measured.
wrk -t2 -c64 -d5s "$home" > /dev/null
wrk -t2 -c64 -d2s "$copy" > /dev/null

echo "International home, wrk -t2 -c64 for ${seconds} s; the same bytes from nginx in the same run"
printf '%-24s %10s %9s %9s %10s %9s %9s\n' '' 'site req/s' 'site p50' 'site p99' 'nginx' 'nginx p50' 'nginx p99'
row() {
  read -r site_rps site_p50 site_p99 <<< "$(measure "$home")"
  read -r nginx_rps nginx_p50 nginx_p99 <<< "$(measure "$copy")"
  printf '%-24s %10s %7sms %7sms %10s %7sms %7sms\n' "$1" "$site_rps" "$site_p50" "$site_p99" \
    "$nginx_rps" "$nginx_p50" "$nginx_p99"
}
row "no sign-ins"
wrk -t1 -c32 -d"$(( seconds * 2 + 10 ))s" -s "$work/flood.lua" "http://127.0.0.1:$port" > "$work/flood.out" &
flood=$!
sleep 3
row "flood of wrong sign-ins"
wait "$flood"
awk '/Requests\/sec/ { printf "The flood: %.0f wrong sign-ins answered a second", $2 }
     END { print " (401, or 503 when the hashing pool was full)" }' "$work/flood.out"
