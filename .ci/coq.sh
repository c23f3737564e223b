#!/usr/bin/env bash
# Certifies every sample with --coq and compiles each certificate.v with coqc; fails when coqc
# rejects a file or a `Print Assumptions` prints anything but "Closed under the global context".
# Prints the compile time of each file (wall and CPU seconds, from bash's `time`): a
# measurement, not an assertion. Usage: .ci/coq.sh [SPEC...] (after mvn package; repo root).
set -euo pipefail
jar="cli/target/depthcert.jar"
[ -f "$jar" ] || { echo "coq: build first (mvn -q -o package -DskipTests)" >&2; exit 2; }
command -v coqc >/dev/null || { echo "coq: coqc not found (apt-get install coq)" >&2; exit 2; }
out="target/ci-coq"
rm -rf "$out"
specs=("$@")
[ ${#specs[@]} -gt 0 ] || specs=(samples/*.yaml)
echo "coqc $(coqc --print-version | cut -d' ' -f1)"
printf '%-60s %9s %8s %6s %9s\n' "spec" "wall (s)" "cpu (s)" "lines" "theorems"
for spec in "${specs[@]}"; do
  name="$(basename "$spec" .yaml | tr -c 'A-Za-z0-9_\n' '_')"
  dir="$out/$name"
  # a spec whose claim fails certifies with exit 1 (tensor-attention's Lemma 4.5)
  java -jar "$jar" certify "$spec" -o "$dir" --coq > /dev/null || [ $? -eq 1 ]
  cp "$dir/certificate.v" "$dir/$name.v"
  TIMEFORMAT='%R %U %S'
  { time coqc "$dir/$name.v" > "$dir/coqc.out" 2>&1; } 2> "$dir/time" || {
    cat "$dir/coqc.out" >&2; echo "coq: coqc rejects $dir/$name.v" >&2; exit 1; }
  prints=$(grep -c '^Print Assumptions ' "$dir/$name.v")
  closed=$(grep -c '^Closed under the global context$' "$dir/coqc.out" || true)
  if [ "$prints" -ne "$closed" ]; then
    cat "$dir/coqc.out" >&2
    echo "coq: $name: $closed of $prints Print Assumptions are closed" >&2
    exit 1
  fi
  read -r wall user sys < "$dir/time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  printf '%-60s %9s %8s %6s %9s\n' "$spec" "$wall" "$cpu" "$(wc -l < "$dir/$name.v")" "$prints"
done
