# bpdiff: every step a new user or CI needs. Prerequisites: JDK 17+, Maven, make.
MVN    ?= mvn -B
JAVA   ?= java
JAR    := target/bpdiff.jar
# The launcher make build writes (git-ignored): put bin/ on the PATH and type `bpdiff check hw2.py` anywhere.
LAUNCHER := bin/bpdiff
# The reference scripts need PyTorch in Python (Debian: apt-get install python3-torch).
PYTHON ?= $(shell for p in /usr/bin/python3 python3; do $$p -c 'import torch' 2>/dev/null && { echo $$p; break; }; done)

# The class-data archive of one bpdiff run (AppCDS): the JVM maps the classes it loaded instead of loading them again.
CDS    := target/bpdiff.jsa
# A run lasts about two seconds: the quick compiler alone (C1) and the serial collector start soonest; measured
# with the archive, a run takes seven tenths of the time it takes with the JVM's defaults (docs/performance.md).
RUN_JVM := -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
# The archive is used when there is one and fits the jar; when it does not (the jar was built again by make test or
# mvn, and make build has not run since) -Xshare:auto falls back, and the -Xlog flags keep the JVM from saying so on
# standard error, which is the user's: bpdiff's one line for bad input stays one line.
ARCHIVE = -XX:SharedArchiveFile=$(1) -Xshare:auto -Xlog:cds=off,cds+dynamic=off
# How make starts bpdiff run.
JAVA_RUN := $(JAVA) $(RUN_JVM) $(call ARCHIVE,$(CDS))

.PHONY: help build launcher run serve serve-load test test-browser pictures reference pytorch-reference notebook-reference bench bench-jmh mutation clean \
  autograder

## build: target/bpdiff.jar with its dependencies in target/lib/, the class-data archive of a run for a quicker start,
## and bin/bpdiff, a launcher that starts the jar as make run does, from any folder (put bin/ on your PATH)
build: $(CDS) launcher

# Maven runs when a source or the pom is newer than the jar; the archive is made again only for a new jar.
$(JAR): pom.xml $(shell find src/main -type f 2>/dev/null)
	$(MVN) -q package -DskipTests
	@touch $@

# The jar is named by its absolute path, so that the archive fits a start from any folder (the launcher's).
$(CDS): $(JAR)
	@$(JAVA) $(RUN_JVM) -XX:ArchiveClassesAtExit=$(CDS) -jar $(CURDIR)/$(JAR) run --out target/cds-run > /dev/null 2>&1 \
	  || { echo "build: no class-data archive (bpdiff run failed); bpdiff still runs, only its start is slower"; rm -f $(CDS); }

# Written at every build (a few lines): the checkout's absolute path, java with make run's flags, the archive when
# it is there, then the jar with the arguments as given.
launcher:
	@mkdir -p $(dir $(LAUNCHER))
	@{ echo '#!/bin/sh'; \
	  echo '# bpdiff, started as make run starts it; written by make build in $(CURDIR) (git-ignored)'; \
	  echo 'home='"'"'$(CURDIR)'"'"; \
	  echo 'archive='; \
	  echo '[ -f "$$home/$(CDS)" ] && archive="$(call ARCHIVE,$$home/$(CDS))"'; \
	  echo 'exec $(JAVA) $(RUN_JVM) $$archive -jar "$$home/$(JAR)" "$$@"'; } > $(LAUNCHER)
	@chmod +x $(LAUNCHER)

## run: every homework experiment, report in report/ (exit 0 when every expected finding holds)
run: build
	$(JAVA_RUN) -jar $(JAR) run

## autograder: target/autograder.zip for Gradescope (setup.sh, run_autograder, bpdiff's jar and libraries);
## REFERENCE=solution.py puts the teacher's solution in it, GRADE_ARGS=file a line of more options (docs/grade.md)
autograder: $(JAR)
	REFERENCE=$(REFERENCE) GRADE_ARGS=$(GRADE_ARGS) src/autograder/build.sh target/autograder.zip $(JAR) target/lib

## serve: the page on http://127.0.0.1:8765/ (and the JSON API), heap limited to 256 MiB (docs/pages.md); Ctrl-C stops it. SERVE_OPTIONS="--port 9000" to change
serve: build
	$(JAVA) -Xmx256m -jar $(JAR) serve $(SERVE_OPTIONS)

## serve-load: 200 checks (homework programs and formula lists) from 8 clients against a fresh serve on 127.0.0.1,
## then 200 more beside hostile clients (60 slow-header connections, 10 memory-exhausting programs, 10 lying
## Content-Lengths): p50/p95/max latency of both, resident memory and load average (target/serve-load.json)
serve-load:
	$(MVN) -q test -Dtest=ServeLoadTest -Dsurefire.failIfNoSpecifiedTests=false

## test: compile, unit, reference and browser tests (the page tests need chromium and chromium-driver, the layout
## tests /usr/bin/python3), every example of README.md and docs/ run and compared with what it shows (DocsExamplesTest),
## then compile the benchmarks so that they cannot fall behind the code they time
test:
	$(MVN) verify
	$(MVN) -q -Pbench test-compile

## test-browser: only the page tests (JUnit tag "browser"): the HTML pages in Debian's headless Chromium
test-browser:
	$(MVN) test -Dgroups=browser -Dsurefire.failIfNoSpecifiedTests=false

## pictures: the screenshots of README.md and docs/, from the browser tests, into docs/
pictures: test-browser
	cp target/browser/compare-buggy.png target/browser/check-published.png target/browser/check-program.png \
	  target/browser/serve-page.png target/browser/serve-program.png docs/
	cp target/browser/serve-diff.png docs/
	cp target/browser/grade-class.png docs/

## reference: regenerate bpdiff's golden outputs in reference-results/golden/
reference: build
	$(JAVA) -jar $(JAR) compare --manual buggy --format json --out reference-results/golden/compare-buggy.json; \
	  status=$$?; [ $$status -eq 1 ] || { echo "expected exit 1 from --manual buggy, got $$status"; exit 1; }
	$(JAVA) -jar $(JAR) compare --manual corrected --format json --out reference-results/golden/compare-corrected.json
	$(JAVA) -jar $(JAR) compare --manual corrected --dtype float32 --epochs 100 --format json --out reference-results/golden/compare-corrected-float32-e100.json
	for n in xor regression-tanh classifier leaky; do \
	  $(JAVA) -jar $(JAR) compare --network examples/networks/$$n.json --format json --out reference-results/golden/compare-$$n.json || exit 1; \
	done

## pytorch-reference: regenerate reference-results/pytorch, python, programs, corpus and the random networks of
## reference-results/networks/random with real PyTorch and numpy
pytorch-reference:
	@test -n "$(PYTHON)" || { echo "no python3 with torch found: apt-get install python3-torch"; exit 1; }
	$(PYTHON) tools/pytorch_reference.py --out reference-results/pytorch
	$(PYTHON) tools/pytorch_network_reference.py --random 30 --seed 11 --out reference-results/networks/random
	$(PYTHON) tools/pytorch_network_reference.py --out reference-results/pytorch/networks \
	  examples/networks/*.json reference-results/networks/*.json reference-results/networks/random/*.json
	$(PYTHON) tools/homework2_published.py --out reference-results/python
	$(PYTHON) tools/numpy_semantics.py --out reference-results/python
	$(PYTHON) tools/numpy_gradients.py --out reference-results/pytorch
	$(PYTHON) tools/program_reference.py --out reference-results/programs
	$(PYTHON) tools/torch_programs.py --out reference-results/torch
	$(PYTHON) tools/torch_semantics.py --out reference-results/python
	$(PYTHON) tools/corpus_reference.py --out reference-results/corpus

## notebook-reference: regenerate the handout notebooks and reference-results/notebooks with IPython's own reading
## of every code cell (tools/notebooks.py; needs a python3 with IPython)
notebook-reference:
	python3 tools/notebooks.py

## bench: the speed goals, Java and PyTorch-in-Python measured in pairs (A B A B), then bpdiff run end to end,
## bpdiff grade on classes of 250 and 1,000 programs (BENCH_GRADE=sizes) and the resident memory over many DJL steps;
## one table (docs/performance.md)
bench: build
	$(MVN) -q -Pbench test-compile
	@set -e; out=target/bench; cp=$$out/test-classes:$$out/classes:$$(cat $$out/classpath.txt); \
	  quiet=-Dorg.slf4j.simpleLogger.defaultLogLevel=error; \
	  rm -f $$out/paired.json $$out/memory.json $$out/run.json $$out/scaling.json $$out/grade.json; \
	  echo "bench: load $$(cat /proc/loadavg)"; \
	  if [ -n "$(PYTHON)" ]; then \
	    $(JAVA) $$quiet -cp $$cp bpdiff.bench.PairedBench $(PYTHON) tools/bench_pytorch.py $$out/paired.json $${BENCH_PAIRS:-21}; \
	  else echo "bench: no python3 with torch, skipping the paired ratios"; fi; \
	  echo "bench: bpdiff run, end to end, as make run starts it"; \
	  $(JAVA) -cp $$cp bpdiff.bench.EndToEnd $(JAR) $$out/run-report $$out/run.json $${BENCH_RUNS:-5} \
	    $(RUN_JVM) -XX:SharedArchiveFile=$(CDS) -Xshare:auto; \
	  echo "bench: check of a per-sample SGD program, 20000 updates against 1, paired"; \
	  $(JAVA) -cp $$cp bpdiff.bench.UpdateScaling $(JAR) $$out/scaling.json $${BENCH_SCALING_PAIRS:-3} \
	    $(RUN_JVM) -XX:SharedArchiveFile=$(CDS) -Xshare:auto; \
	  echo "bench: bpdiff grade, classes of $${BENCH_GRADE:-250,1000} homework-2 programs on 2 threads"; \
	  $(JAVA) -cp $$cp bpdiff.bench.GradeBench $(JAR) $$out/grade-work $$out/grade.json 2 $${BENCH_GRADE:-250,1000}; \
	  echo "bench: resident memory over $${BENCH_MEMORY_STEPS:-200000} DJL steps"; \
	  $(JAVA) $$quiet -Xms256m -Xmx256m -XX:+AlwaysPreTouch -cp $$cp bpdiff.bench.MemoryGrowth \
	    $$out/memory.json $${BENCH_MEMORY_STEPS:-200000}; \
	  $(JAVA) -cp $$cp bpdiff.bench.BenchReport $$out

## bench-jmh: JMH's own figures of the hand and DJL training paths (not paired; for a closer look)
bench-jmh: build
	$(MVN) -q -Pbench test-compile
	@out=target/bench; cp=$$out/test-classes:$$out/classes:$$(cat $$out/classpath.txt); \
	  $(JAVA) -Dorg.slf4j.simpleLogger.defaultLogLevel=error -cp $$cp org.openjdk.jmh.Main \
	    $${BENCH_JMH:--wi 2 -i 3 -f 1 -w 1s -r 1s} -prof gc 'bpdiff\.bench\..*Benchmark'

## mutation: PIT mutation testing of bpdiff.diff (by its own tests; fails below 95 % killed) and of the gradient
## sources (by the gradient and network tests); reports in target/pit-reports/. Not part of make test.
mutation:
	$(MVN) -Pmutation test-compile org.pitest:pitest-maven:mutationCoverage@diff
	$(MVN) -Pmutation test-compile org.pitest:pitest-maven:mutationCoverage@gradient

## help: this list of targets
help:
	@awk '/^## [a-z-]+: / { print substr($$0, 4); next } /^## / { print "    " substr($$0, 4) }' Makefile

## clean: target/, report/ and bin/
clean:
	$(MVN) -q clean
	rm -rf report bin
