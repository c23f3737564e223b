#!/usr/bin/env bash
# Whole-process latency (issue #13 goal 6): `check` and `certify` of a sample, each a fresh JVM,
# against a hello-world JVM on the same machine. Uses hyperfine when installed, else a loop
# printing the median of RUNS runs. Asserts no timing; it only prints. With hyperfine and jq it
# also prints each command's CPU time (user + system, mean): on a machine shared with other work
# CPU time moves less than wall time, and the ratio of CPU times is the one to compare.
# Usage: bench/oneshot.sh [RUNS] [SAMPLE]    (run from the repo root after mvn package)
#   LAUNCHER=./depthcert bench/oneshot.sh    times the launcher (CDS archive, JVM flags) instead
#                                            of a bare `java -jar cli/target/depthcert.jar`
set -euo pipefail
runs="${1:-10}"
sample="${2:-samples/rope-tensor-attention.yaml}"
jar="${JAR:-cli/target/depthcert.jar}"
[ -f "$jar" ] || { echo "oneshot: build first (mvn -q -o package -DskipTests)" >&2; exit 2; }
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
printf 'class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  > "$dir/Hello.java"
javac -d "$dir" "$dir/Hello.java"
launcher="${LAUNCHER:-java -jar $jar}"
hello="java -cp $dir Hello"
check="$launcher check $sample"
certify="$launcher certify $sample -o $dir/out"
# the commands exit 0 (PASS) or 1 (a claim fails); both are timed, anything else is an error
$check > /dev/null || [ $? -eq 1 ]
if command -v hyperfine > /dev/null; then
  hyperfine -N -w 2 -r "$runs" -i --export-markdown "$dir/table.md" \
    --export-json "$dir/table.json" \
    -n hello-world "$hello" -n check "$check" -n certify "$certify" > /dev/null
  cat "$dir/table.md"
  if command -v jq > /dev/null; then
    echo
    echo "| Command | CPU s (user + system, mean) | x hello-world |"
    echo "|:---|---:|---:|"
    jq -r '(.results[0].user + .results[0].system) as $h | .results[]
      | "| `\(.command)` | \((.user + .system) * 1000 | round / 1000) | \(((.user + .system) / $h * 10 | round) / 10) |"' \
      "$dir/table.json"
  fi
else
  median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  for name in hello check certify; do
    cmd="${!name}"
    for _ in $(seq "$runs"); do
      s=$(date +%s%N); $cmd > /dev/null 2>&1 || true; e=$(date +%s%N)
      echo $(( (e - s) / 1000000 ))
    done | median | sed "s/^/$name median ms: /"
  done
fi
