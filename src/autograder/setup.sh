#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image: bpdiff needs a Java 17 (or newer)
# runtime; bpdiff itself, its libraries and PyTorch's native library are in source/bpdiff/ of this zip.
set -euo pipefail
if ! java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])'; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jre-headless
fi
# the engine loads offline from the jar: a failure here fails the image build, not every submission
java -cp "/autograder/source/bpdiff/bpdiff.jar:/autograder/source/bpdiff/lib/*" bpdiff.cli.Main --version
