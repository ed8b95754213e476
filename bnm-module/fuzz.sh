#!/usr/bin/env bash
# Fuzzes each @FuzzTest of bnm-module for a short while (default 20 s each, two at a time).
#
#   bnm-module/fuzz.sh [seconds-per-target]
#
# A plain `mvn test` only replays each fuzz test's committed corpus (regression mode). This script
# runs Jazzer's coverage-guided fuzzing (JAZZER_FUZZ=1), one target per JVM since jazzer-junit
# fuzzes a single @FuzzTest per run. It needs the module's dependencies in the local repository:
# run it after `mvn install` (as CI does), or after `mvn -pl bnm-module -am install -DskipTests`.
# A finding fails the script; Jazzer writes the input under
# src/test/resources/fr/lillemetropole/bnm/internal/fuzz/<Class>Inputs/<method>/crash-*: fix the
# bug in the class that has it, rename the file to say what it is, and commit it as a seed.
set -euo pipefail
cd "$(dirname "$0")"

per_target="${1:-20}"
targets=(
  StrictJsonFuzzTest#parseThenNormalize
  SchemaValidatorFuzzTest#validate
  DossierRulesFuzzTest#check
  DossierJcrFuzzTest#writeThenRead
  FormBindingFuzzTest#post
)

mvn -B -q test-compile
mkdir -p target/fuzz
rm -f target/fuzz/*.status

# one target: its own JVM, its log and its exit status in target/fuzz
fuzz() {
  local target="$1" log="target/fuzz/${1/\#/.}" start
  start=$(date +%s)
  if JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${per_target}s" mvn -B surefire:test \
      -Dtest="fr.lillemetropole.bnm.internal.fuzz.${target}" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dsurefire.reportsDirectory="target/fuzz/reports-${target/\#/.}" \
      -DtempDir="surefire-${target/\#/.}" >"${log}.log" 2>&1; then
    echo "ok $(($(date +%s) - start))" >"${log}.status"
  else
    echo "failed $(($(date +%s) - start))" >"${log}.status"
  fi
}

# two at a time: fuzzing is single-threaded, and most of each run is JVM start-up and instrumentation
for target in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "${FUZZ_PARALLEL:-2}" ]; do
    wait -n || true
  done
  fuzz "$target" &
done
wait

passed=0
failed=0
for target in "${targets[@]}"; do
  log="target/fuzz/${target/\#/.}"
  read -r result took <"${log}.status"
  if [ "$result" = ok ]; then
    passed=$((passed + 1))
    echo "fuzz ${target}: $(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "${log}.log" | tail -1), ${took} s in all"
  else
    failed=$((failed + 1))
    echo "fuzz ${target}: FINDING or failure after ${took} s (full log: bnm-module/${log}.log)"
    grep -v '^INFO: Instrumented' "${log}.log" | grep -E -A12 'FuzzTestFindingException|== Java Exception|ERROR\]' | head -60
  fi
done
echo "fuzz: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
