# Joule: spec-first telemetry API server.
SHELL := /bin/bash
.DEFAULT_GOAL := build

GENERATOR_VERSION := 7.26.0
VENV := .venv
GENERATOR := $(VENV)/bin/openapi-generator-cli
GEN_PROPS := packageName=joule-api,packageVersion=0.1.0,hideGenerationTimestamp=true
SCHEMATHESIS_VERSION := 4.32.5
SCHEMATHESIS_STAMP := $(VENV)/.schemathesis-$(SCHEMATHESIS_VERSION)
SELENIUM_VERSION := 4.51.0
SELENIUM_STAMP := $(VENV)/.selenium-$(SELENIUM_VERSION)
CARGO ?= cargo
TEST_PACKAGES := -p joule -p joule-server -p joule-db

.PHONY: generate check-generated build run test test-sqlite test-postgres lint fmt bench conformance console-test

$(VENV)/bin/python:
	python3 -m venv $(VENV)

$(GENERATOR): | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet "openapi-generator-cli==$(GENERATOR_VERSION)"

$(SCHEMATHESIS_STAMP): | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet "schemathesis==$(SCHEMATHESIS_VERSION)"
	touch $@

$(SELENIUM_STAMP): | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet "selenium==$(SELENIUM_VERSION)"
	touch $@

# Regenerate the stub crate from api-spec.yaml; everything not protected by
# generated/.openapi-generator-ignore is removed first so stale files disappear.
generate: $(GENERATOR)
	find generated -mindepth 1 -maxdepth 1 ! -name .openapi-generator-ignore -exec rm -rf {} +
	$(GENERATOR) generate -g rust-server -i api-spec.yaml -o generated \
		--additional-properties=$(GEN_PROPS) >/dev/null
	sha256sum api-spec.yaml | cut -d' ' -f1 > generated/api-spec.sha256
	@echo "generated/ is up to date with api-spec.yaml"

# Regenerate into a temporary folder and fail on any difference with generated/.
check-generated: $(GENERATOR)
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	cp generated/.openapi-generator-ignore "$$tmp/"; \
	$(GENERATOR) generate -g rust-server -i api-spec.yaml -o "$$tmp" \
		--additional-properties=$(GEN_PROPS) >/dev/null; \
	sha256sum api-spec.yaml | cut -d' ' -f1 > "$$tmp/api-spec.sha256"; \
	if diff -r "$$tmp" generated; then echo "generated/ matches api-spec.yaml"; \
	else echo "generated/ is stale or hand-edited: run 'make generate'"; exit 1; fi

build:
	$(CARGO) build --release

run:
	$(CARGO) run --release -- serve

# generated/ is left exactly as the generator wrote it (make check-generated diffs it),
# so formatting and lints cover the hand-written crates only.
LINT_PACKAGES := $(TEST_PACKAGES) -p joule-bench

fmt:
	$(CARGO) fmt $(LINT_PACKAGES)

lint:
	$(CARGO) fmt $(LINT_PACKAGES) -- --check
	$(CARGO) clippy $(LINT_PACKAGES) --all-targets -- -D warnings

test-sqlite:
	env -u JOULE_TEST_POSTGRES_URL $(CARGO) nextest run $(TEST_PACKAGES) --no-fail-fast

# Runs only when JOULE_TEST_POSTGRES_URL is set; then the same tests run on PostgreSQL.
test-postgres:
	@if [ -n "$$JOULE_TEST_POSTGRES_URL" ]; then \
		$(CARGO) nextest run $(TEST_PACKAGES) --no-fail-fast; \
	else echo "JOULE_TEST_POSTGRES_URL not set: PostgreSQL tests not run"; fi

# schemathesis (every check, fixed examples per operation and seed) against a release
# server on a fresh database, authenticated; see scripts/conformance.py.
conformance: $(SCHEMATHESIS_STAMP)
	$(CARGO) build --release -p joule
	$(VENV)/bin/python scripts/conformance.py --bin "$${CARGO_TARGET_DIR:-target}/release/joule"

# The web console in headless Chromium (Debian's chromium and chromium-driver) against
# a release server on a fresh database; screenshots in target/console-test/.
console-test: $(SELENIUM_STAMP)
	$(CARGO) build --release -p joule
	$(VENV)/bin/python scripts/console_test.py --bin "$${CARGO_TARGET_DIR:-target}/release/joule" \
		--out "$${CARGO_TARGET_DIR:-target}/console-test"

test: lint check-generated test-sqlite test-postgres conformance console-test

# Starts the release binary on fresh databases and measures it over HTTP (see BENCHMARKS.md).
bench:
	$(CARGO) build --release -p joule -p joule-bench
	$(CARGO) run --release -p joule-bench -- --joule target/release/joule
