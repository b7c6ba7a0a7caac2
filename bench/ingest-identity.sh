#!/usr/bin/env bash
# Proves that two builds ingest the same thing: bench/ingest-identity.sh BUILD_DIR OUT_DIR [SHARED]
# BUILD_DIR holds a build's marsad-bench.jar and lib/ (copied aside after
# `mvn -B -o -q -DskipTests package -pl bench -am`). One-thread `marsad ingest` of the seed plus
# two SaudiNewsNet days (3,356 documents) with that build, then dumps of what it wrote; the dumps
# are made with the current bench build. Compare two OUT_DIRs with `cmp` (bench/RESULTS.md,
# "Session 7: the same output for less CPU per article"). stories.bin is left out: undated
# articles take the ingest time, so it differs between two runs of the same build; the stories
# listing is compared instead.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
J="$(cd "$1" && pwd)"; O="$2"; S="${3:-$here/../shared}"
rm -rf "$O"; mkdir -p "$O"
uptime > "$O/uptime-start"
java -Xmx2g -Dfile.encoding=UTF-8 -cp "$J/marsad-bench.jar:$J/lib/*" org.marsad.app.cli.MarsadCli \
  ingest --threads 1 --json --data "$O/data" "$S/seed/000_10efc35c20210809.txt" \
  "$S/data/saudinewsnet/2015-07-23.zip" "$S/data/saudinewsnet/2015-07-24.zip" > "$O/summary.json" 2> "$O/ingest.err"
uptime > "$O/uptime-end"
C="$here/bench/target/marsad-bench.jar:$here/bench/target/lib/*"
java -Xmx2g -cp "$C" org.marsad.bench.IndexDump --index "$O/data/index" --out "$O/index-dump.txt" > "$O/index-dump.sha"
java -Xmx2g -cp "$C" org.marsad.bench.SearchDump --data "$O/data" --analysed "$O/data" --out "$O/search-dump.jsonl" --per-kind 50 > "$O/search-dump.out"
java -cp "$C" org.marsad.app.cli.MarsadCli stories --data "$O/data" --json --limit 100000 --min-articles 1 \
  --from 2015-01-01 --to 2015-12-31 > "$O/stories.json"
echo "compare: for f in data/log/segment-000001.log data/entities.jsonl data/near-duplicates.bin index-dump.txt search-dump.jsonl stories.json; do cmp A/\$f B/\$f; done"
