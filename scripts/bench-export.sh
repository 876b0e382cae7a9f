#!/usr/bin/env bash
# Times the static export (java -jar mmm-network.jar export <folder>) over the shipped content, then over the
# shipped content and N more generated articles (10,000 by default), spread over the shipped sites, each in its
# site's first two languages (one in five in one of them only), loaded by the site's content loader: for each, the
# command's own summary line (the export alone), its wall time from the start of the JVM to its exit, and its peak
# resident memory, with the JVM options the README gives for the command. On ext4, run it when the disk has not
# deleted many files in the last five minutes (an earlier run's folder, say): ext4 skips inodes freed that recently
# when it creates files, which makes the export's writing several times slower.
# Usage: scripts/bench-export.sh [articles, default 10000]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}
mvn -B -q -DskipTests install
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=sites/network/target/mmm-network.jar

# The JVM options the README gives for the export command.
JAVA_EXPORT="-Xmx256m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"

# Runs the export over the database of $1 into $work/$2, with the JVM options $3 besides the README's, and prints
# what it took.
export_over() {
  local url=$1 name=$2 extra=${3:-} start end wall rss pid
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    DATABASE_URL=$url /usr/bin/time -v -o "$work/$name.time" java $JAVA_EXPORT $extra \
      -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$jar" export "$work/$name" > "$work/$name.out"
    rss=$(awk -F: '/Maximum resident/ { print $2 + 0 }' "$work/$name.time")
  else
    DATABASE_URL=$url java $JAVA_EXPORT $extra -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
      -jar "$jar" export "$work/$name" > "$work/$name.out" &
    pid=$!
    rss=0
    while kill -0 $pid 2>/dev/null; do
      rss=$(ps -o rss= -p $pid | awk -v max="$rss" '{ print ($1 > max ? $1 : max) }')
      sleep 0.1
    done
    wait $pid
  fi
  end=$(date +%s.%N)
  wall=$(echo "$end - $start" | bc -l)
  printf '%s\n  %s\n  command wall time %.1f s, peak resident memory %d MB, %s files, %s in the folder\n' \
    "$name" "$(cat "$work/$name.out")" "$wall" $((rss / 1024)) "$(find "$work/$name" -type f | wc -l)" \
    "$(du -sh "$work/$name" | cut -f1)"
}

# The shipped content: the command's start loads it into a new database first.
export_over "jdbc:h2:file:$work/seeded/mmm" seeded

# The generated content files are deleted once loaded: in memory (/dev/shm) where there is one, because ext4 makes
# the creation of files slow for minutes after many were deleted, and the export creates 25,000.
tmp=/dev/shm
[ -d "$tmp" ] && [ -w "$tmp" ] || tmp=${TMPDIR:-/tmp}
java -cp "$jar:sites/network/target/test-classes:core/target/test-classes" -Djava.io.tmpdir="$tmp" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  org.makemothersmatter.sites.network.bench.BenchDatabase "$articles" "jdbc:h2:file:$work/large/mmm"
# Three times, each into a new folder, as the machine's other work makes single runs vary.
for run in 1 2 3; do
  export_over "jdbc:h2:file:$work/large/mmm" "seeded+$articles-articles-run-$run"
done

# The same with the classes the JVM loads kept in an archive by a first export, as the README describes.
DATABASE_URL="jdbc:h2:file:$work/seeded/mmm" java $JAVA_EXPORT -XX:ArchiveClassesAtExit="$work/mmm-network.jsa" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$jar" export "$work/training" > /dev/null 2>&1
export_over "jdbc:h2:file:$work/large/mmm" "seeded+$articles-articles+class-archive" \
  -XX:SharedArchiveFile="$work/mmm-network.jsa"
