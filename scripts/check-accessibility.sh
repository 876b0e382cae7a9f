#!/usr/bin/env bash
# Audits a page of each type, in both languages, with axe-core in headless Chromium (desktop and phone).
# Needs Node.js/npm and Chromium (Debian: apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
work=$(mktemp -d)
npm install --prefix "$work" --no-audit --no-fund --ignore-scripts axe-core@4.11 playwright-core@1 >/dev/null
port=${A11Y_PORT:-7099}
PORT=$port DATABASE_URL="jdbc:h2:mem:a11y;DB_CLOSE_DELAY=-1" java -jar sites/network/target/mmm-network.jar >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://localhost:$port/en/" >/dev/null && break; sleep 0.5; done
NODE_PATH="$work/node_modules" node scripts/accessibility/axe-check.js "http://localhost:$port" \
  /en/ /fr/ /en/news "/fr/news?page=2" /en/news/motherhood-and-the-beijing-agenda-a-retrospective \
  /en/news/mmm-soutient-les-recommandations-du-hcdh-sur-les-droits-de-lenfant-et-la \
  /en/advocacy /fr/advocacy /fr/advocacy/eu /en/national-mmm /fr/national-mmm \
  /belgium/fr/ /belgium/en/ /belgium/fr/news /belgium/fr/pages/la-charte-de-la-mere /belgium/en/pages/mission-vision \
  /mali/fr/ /england/en/news /en/no-such-page "/en/news?page=abc" \
  /belgium/fr/consultation /belgium/en/consultation/thanks /france/fr/workshops /england/en/bridges \
  /lebanon/ar/solidarity /mali/en/programmes "/en/search?q=mothers" "/fr/search?q=maternite&language=fr" \
  "/belgium/fr/search?q=mere&page=2"
