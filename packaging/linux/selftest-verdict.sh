#!/usr/bin/env bash
# Judge a `backupgui --self-test` run by the app's own result, not by what Qt printed.
#
#   packaging/linux/selftest-verdict.sh REPORT EXIT_CODE [STDERR_FILE]
#
# REPORT is the self-test's standard output (one "OK/WARN/FAIL name  text" line per check and
# a last verdict line), EXIT_CODE its exit status. The run passed when the status is 0, no
# check says FAIL, every check ran (qt, fonts, children, keyring, google, crypto, roundtrip)
# and the last line is the "self-test passed" verdict. Whatever is on standard error (Qt's
# warnings and debug output, which vary with the system and are mostly harmless) does not
# decide anything: it is only counted. A crash, a missing platform plugin or any failed check
# fails, whatever stderr says. Prints one line; exits 0 (passed) or 1.
set -euo pipefail
report="${1:?report}" rc="${2:?exit code}" errfile="${3:-}"
noise=0
[ -n "$errfile" ] && [ -f "$errfile" ] && noise="$(wc -l <"$errfile")"
fail() { echo "self-test verdict: FAIL ($*; $noise lines on stderr)"; exit 1; }
[ -f "$report" ] || fail "no report"
[ "$rc" = 0 ] || fail "exit status $rc"
last="$(sed '/^[[:space:]]*$/d' "$report" | tail -n1)"
case "$last" in "OK   self-test passed"*) ;; *) fail "no passing verdict, last line: ${last:-(none)}" ;; esac
failed="$(grep -c '^FAIL' "$report" || true)"
[ "$failed" = 0 ] || fail "$failed failed checks"
for check in qt fonts children keyring google crypto roundtrip; do
  grep -qE "^(OK|WARN) +$check( |$)" "$report" || fail "check $check did not run"
done
warns="$(grep -c '^WARN' "$report" || true)"
echo "self-test verdict: passed ($warns warnings; $noise lines on stderr, not judged)"
