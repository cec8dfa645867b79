#!/usr/bin/env bash
# Builds and runs one of newsdash's libFuzzer targets with AddressSanitizer:
#
#   Fuzz/run.sh load 600        # loading + full extraction of one input
#   Fuzz/run.sh json 600        # the JSON parser (and writer round trip)
#   Fuzz/run.sh dashboard 600   # update with random keys on a fixed corpus, then render
#
# The second argument is the time in seconds (default 60); more arguments go to libFuzzer.
# Builds go to Fuzz/.build (ignored by git); the corpus grows in Fuzz/.build/corpus/TARGET,
# seeded from Examples/ and the hostile corpus; crashes land in Fuzz/crashes/TARGET: turn
# each into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Fuzz/run.sh load|json|dashboard [SECONDS] [libFuzzer options]}
seconds=${2:-60}
shift; [ $# -gt 0 ] && shift
case "$target" in load|json|dashboard) ;; *) echo "unknown target '$target' (load, json, dashboard)" >&2; exit 2 ;; esac

build=Fuzz/.build
mkdir -p "$build" "Fuzz/crashes/$target" "$build/corpus/$target"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -I "$build")

# NewsModel (and Dashboard for its target) as modules of their own, instrumented for
# coverage. SwiftPM's Bundle.module does not exist here: the resources are found through
# NEWSDASH_RESOURCES instead.
cat > "$build/BundleShim.swift" <<'SWIFT'
import Foundation
extension Bundle { static var module: Bundle { Bundle.main } }
SWIFT
stamp="$build/NewsModel.stamp"
if [ ! -f "$stamp" ] || [ -n "$(find Sources/NewsModel Sources/Dashboard -name '*.swift' -newer "$stamp")" ]; then
  echo "building NewsModel and Dashboard for fuzzing..."
  swiftc "${flags[@]}" -wmo -module-name NewsModel -emit-module -emit-module-path "$build/NewsModel.swiftmodule" \
    -emit-object -o "$build/NewsModel.o" Sources/NewsModel/*/*.swift "$build/BundleShim.swift"
  swiftc "${flags[@]}" -wmo -module-name Dashboard -emit-module -emit-module-path "$build/Dashboard.swiftmodule" \
    -emit-object -o "$build/Dashboard.o" $(find Sources/Dashboard -name '*.swift')
  touch "$stamp"
fi
objects=("$build/NewsModel.o")
[ "$target" = dashboard ] && objects+=("$build/Dashboard.o")
if [ ! -x "$build/fuzz-$target" ] || [ "Fuzz/Targets/$target.swift" -nt "$build/fuzz-$target" ] || [ "$stamp" -nt "$build/fuzz-$target" ]; then
  swiftc "${flags[@]}" -module-name Fuzz "Fuzz/Targets/$target.swift" "${objects[@]}" -o "$build/fuzz-$target" 2> "$build/link-$target.log" \
    || { cat "$build/link-$target.log" >&2; exit 1; }
fi

# Seeds: the examples and the hostile corpus.
if [ -z "$(ls -A "$build/corpus/$target")" ]; then
  [ -x "$build/seeds" ] || swiftc -O -parse-as-library -module-name Seeds Fuzz/Targets/SeedCorpus.swift Tests/HostileCorpus/HostileCorpus.swift -o "$build/seeds"
  "$build/seeds" "$target" Examples "$build/corpus/$target"
fi

export NEWSDASH_RESOURCES="$PWD/Sources/NewsModel/Resources" NEWSDASH_EXAMPLES="$PWD/Examples"
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
exec "$build/fuzz-$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
  -artifact_prefix="Fuzz/crashes/$target/" -print_final_stats=1 "$@" "$build/corpus/$target"
