# FrenchText: two commands, `make report` and `make test`.
SWIFT ?= swift
DEBIAN_PACKAGES := libicu-dev libhunspell-dev hunspell-fr-comprehensive
REPORT_DIR := report

.PHONY: deps build release report test clean

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

report: release
	@mkdir -p $(REPORT_DIR)
	$$($(SWIFT) build -c release --show-bin-path)/frtext report Corpus --format html --output $(REPORT_DIR)/index.html --quiet
	$$($(SWIFT) build -c release --show-bin-path)/frtext report Corpus --format md --output $(REPORT_DIR)/report.md --quiet
	@echo "Report written to $(REPORT_DIR)/index.html and $(REPORT_DIR)/report.md"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel

clean:
	rm -rf .build $(REPORT_DIR)
