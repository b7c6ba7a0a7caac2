#!/usr/bin/env bash
# Hit totals of search queries on a data directory, one "total<TAB>query" line each: the
# before/after figures of bench/RESULTS.md (session 14, lane fixsearch14).
#   bench/search-counts.sh JAR DATA_DIR QUERY...
#   e.g. bench/search-counts.sh marsad-app/target/marsad-app.jar /tmp/d 'city:مكة' 'تشنغ'
set -euo pipefail
jar=$1; data=$2; shift 2
for q in "$@"; do
  total=$(java -Xmx1g -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -jar "$jar" search --data "$data" --json --size 0 "$q" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  printf '%s\t%s\n' "$total" "$q"
done
