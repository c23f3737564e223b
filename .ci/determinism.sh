#!/usr/bin/env bash
# Determinism across JDKs: runs the CLI on every sample (certify -> certificate.json and its
# summary, certificate.v, check --format json, check text) under the default java and under a second JDK
# (default: the Temurin 25 JDK), and compares every output byte for byte. Also runs the default
# JDK twice, so that nondeterminism within one JDK (hash order, time) is caught too.
# Usage: .ci/determinism.sh   (from the repo root, after mvn package)
#   OTHER_JAVA=/path/to/bin/java .ci/determinism.sh   to compare against another JDK
# Exit 0 when identical (or when the second JDK is absent: then it says so and compares the
# default JDK with itself only), 1 on any difference.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/cli/target/depthcert.jar"
[ -f "$jar" ] || { echo "determinism: build first (mvn -q -o package -DskipTests)" >&2; exit 2; }
other="${OTHER_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

runs=("default:java" "default-again:java")
if [ -x "$other" ]; then
  runs+=("other:$other")
else
  echo "determinism: $other not found; comparing the default JDK with itself only"
fi

for run in "${runs[@]}"; do
  name="${run%%:*}"
  java="${run#*:}"
  dir="$work/$name"
  mkdir -p "$dir"
  ln -s "$root/samples" "$dir/samples"   # same relative spec paths in every run's output
  "$java" -version 2>&1 | head -1 > "$dir/java-version.txt"
  (
    cd "$dir"
    for spec in samples/*.yaml; do
      base="$(basename "$spec" .yaml)"
      set +e
      "$java" -jar "$jar" certify "$spec" -o "out/$base" --coq > "out-certify-$base.txt" 2>&1
      echo "exit $?" >> "out-certify-$base.txt"
      "$java" -jar "$jar" check "$spec" --format json > "out-check-$base.json" 2>&1
      echo "exit $?" >> "out-check-$base.json"
      "$java" -jar "$jar" check "$spec" > "out-check-$base.txt" 2>&1
      echo "exit $?" >> "out-check-$base.txt"
      set -e
    done
    "$java" -jar "$jar" lemmas > out-lemmas.txt 2>&1
  )
  echo "determinism: $name: $(cat "$dir/java-version.txt")"
done

status=0
compared=0
ref="$work/default"
for run in "${runs[@]:1}"; do
  name="${run%%:*}"
  while IFS= read -r -d '' f; do
    rel="${f#"$ref"/}"
    compared=$((compared + 1))
    if ! cmp -s "$f" "$work/$name/$rel"; then
      echo "determinism: DIFFERS ($name): $rel"
      diff "$f" "$work/$name/$rel" | head -10 || true
      status=1
    fi
  done < <(find -L "$ref" -path "$ref/samples" -prune -o -type f -name 'out*' -print0 \
      -o -type f -path '*/out/*' -print0)
done
certs=$(find "$ref/out" -name certificate.json | wc -l)
if [ "$certs" -eq 0 ]; then
  echo "determinism: no certificate was written" >&2
  exit 1
fi
if [ "$status" -eq 0 ]; then
  echo "determinism: $compared outputs byte-identical across ${#runs[@]} runs ($certs certificates)"
fi
exit "$status"
