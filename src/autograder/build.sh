#!/usr/bin/env bash
# build.sh OUT.zip BPDIFF_JAR LIB_FOLDER: the autograder.zip a course uploads to Gradescope, with setup.sh and
# run_autograder at its root and bpdiff in bpdiff/ (the jar, and every jar of LIB_FOLDER in bpdiff/lib/).
# REFERENCE=solution.py adds reference.py, GRADE_ARGS=file adds grade.args; ZIP_LEVEL (0-9, default 1: the jars are
# compressed already) sets zip's compression.
set -euo pipefail
out=$1 jar=$2 lib=$3 reference=${REFERENCE:-} gradeargs=${GRADE_ARGS:-}
here=$(cd "$(dirname "$0")" && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp "$here/setup.sh" "$here/run_autograder" "$stage/"
chmod 755 "$stage/setup.sh" "$stage/run_autograder"
mkdir -p "$stage/bpdiff/lib"
cp "$jar" "$stage/bpdiff/bpdiff.jar"
cp "$lib"/*.jar "$stage/bpdiff/lib/"
if [ -n "$reference" ]; then cp "$reference" "$stage/reference.py"; fi
if [ -n "$gradeargs" ]; then cp "$gradeargs" "$stage/grade.args"; fi
mkdir -p "$(dirname "$out")"
target="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
rm -f "$target"
(cd "$stage" && zip -q -r -X "-${ZIP_LEVEL:-1}" "$target" .)
echo "autograder: $out ($(du -h "$target" | cut -f1))"
