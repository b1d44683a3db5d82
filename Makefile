# FrenchText: two commands, `make report` and `make test`.
SWIFT ?= swift
DEBIAN_PACKAGES := libicu-dev libhunspell-dev hunspell-fr-comprehensive libsqlite3-dev
REPORT_DIR := report

.PHONY: deps build release report install test clean bench bench-corpus bench-report bench-serve bench-large fuzz fuzz-build fuzz-smoke

# Installs the Debian packages FrenchText links against, when any is missing.
deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product frtext

# HTML and Markdown reports of Corpus/ in report/. frtext exits 1 when it skipped a file (it says
# which on standard error); the reports are still written, so only a status above 1 fails: 2 a
# usage error, 3 an output that could not be written or an internal failure.
report: release
	@mkdir -p $(REPORT_DIR)
	@bin=$$($(SWIFT) build -c release --show-bin-path)/frtext; \
	$$bin report Corpus --format html --output $(REPORT_DIR)/index.html --quiet || [ $$? -eq 1 ]; \
	$$bin report Corpus --format md --output $(REPORT_DIR)/report.md --quiet || [ $$? -eq 1 ]
	@echo "Report written to:"
	@echo "  file://$(CURDIR)/$(REPORT_DIR)/index.html"
	@echo "  $(CURDIR)/$(REPORT_DIR)/report.md"

# Installs frtext in $(PREFIX)/bin (default /usr/local/bin): `make install PREFIX=$$HOME/.local`.
PREFIX ?= /usr/local
install: release
	@bin=$$($(SWIFT) build -c release --show-bin-path)/frtext; \
	install -d "$(DESTDIR)$(PREFIX)/bin" && install -m 755 "$$bin" "$(DESTDIR)$(PREFIX)/bin/frtext" && \
	echo "Installed $(DESTDIR)$(PREFIX)/bin/frtext"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel

# Throughput (chars/s), tokenizer against bare ICU, peak memory: the nested package-benchmark package.
bench: deps
	cd Benchmarks && $(SWIFT) package benchmark

# A synthetic corpus for measuring the report (1,000 and 10,000 documents from Corpus/ and the
# dev texts when present), under /tmp, never in the repository.
BENCH_DIR ?= /tmp/frtext-bench
bench-corpus:
	rm -rf $(BENCH_DIR)/1x $(BENCH_DIR)/10x
	python3 Benchmarks/Report/make-corpus.py $(BENCH_DIR)/1x --documents 1000 Corpus $(wildcard ../shared/corpus/dev)
	python3 Benchmarks/Report/make-corpus.py $(BENCH_DIR)/10x --documents 10000 Corpus $(wildcard ../shared/corpus/dev)

# files/s, MB/s and peak memory of `frtext report` (release) at 1x and 10x.
bench-report: release
	@[ -d $(BENCH_DIR)/1x ] || $(MAKE) bench-corpus
	Benchmarks/Report/measure.sh $$($(SWIFT) build -c release --show-bin-path)/frtext $(BENCH_DIR)

# Peak memory of `frtext report` on one 1, 10 and 60 MB single-line document (Benchmarks/README.md).
bench-large: release
	Benchmarks/Report/measure-large.sh $$($(SWIFT) build -c release --show-bin-path)/frtext

# libFuzzer on the decoder, the analyser and the JSON round trip (Sources/FrenchTextFuzz), built
# with -sanitize=fuzzer,address in its own scratch path. New inputs go to .build-fuzz/corpus, the
# seeds are the project's own texts (Corpus/); a crash leaves .build-fuzz/crash-* and fails.
FUZZ_BUILD := .build-fuzz
# lld: gold fails on the sanitizer runtime's debug information.
FUZZ_FLAGS := -c release --scratch-path $(FUZZ_BUILD) --product FrenchTextFuzz \
	-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
FUZZ_SECONDS ?= 600
fuzz-build: deps
	$(SWIFT) build $(FUZZ_FLAGS)

fuzz: fuzz-build
	@mkdir -p $(FUZZ_BUILD)/corpus
	$$($(SWIFT) build $(FUZZ_FLAGS) --show-bin-path 2>/dev/null)/FrenchTextFuzz $(FUZZ_BUILD)/corpus Corpus \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=30 -rss_limit_mb=4096 \
	  -artifact_prefix=$(FUZZ_BUILD)/ -print_final_stats=1

# 60 seconds, for CI (.ci/run).
fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=60

# requests/s and p99 latency of `frtext serve` (release) under wrk, a 2,000-character release per request.
bench-serve: release
	@command -v wrk >/dev/null || { echo "bench-serve needs wrk (apt-get install wrk)"; exit 1; }
	Benchmarks/Serve/load.sh $$($(SWIFT) build -c release --show-bin-path)/frtext

clean:
	rm -rf .build $(FUZZ_BUILD) $(REPORT_DIR)
