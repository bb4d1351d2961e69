# liftbench: `make run` runs the main job offline; `make test` runs the tests.
# Both set up what they need first (idempotent): system packages, .venv, the task runtime.

SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := .runtime/python
APT_PACKAGES := bubblewrap git chromium gcc libc6-dev clang-tidy
APT_OPTIONAL := docker.io debootstrap

.PHONY: setup system venv runtime jsdeps mutdeps run test check validate-all mutate-all scorecard docker-images clean

setup: system venv runtime jsdeps mutdeps

system:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "setup: installing$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing >/dev/null) \
	      || echo "setup: WARNING could not install$$missing"; \
	  else echo "setup: WARNING cannot install$$missing (need root and apt-get)"; fi; \
	fi; \
	command -v bwrap >/dev/null || echo "setup: WARNING bubblewrap missing: the sandbox falls back to docker, else to UNISOLATED local"

venv: $(BIN)/.stamp
$(BIN)/.stamp: requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check "uv==$$(grep -oP '^uv==\K[^ ]+' requirements.lock)"
	@$(BIN)/uv pip install -q --python $(BIN)/python --require-hashes -r requirements.lock
	@$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	@touch $@
	@echo "setup: $(VENV) ready ($$($(BIN)/python --version))"

runtime: $(RUNTIME)/.stamp
$(RUNTIME)/.stamp: configs/runtimes/python.lock $(BIN)/.stamp
	@test -x $(RUNTIME)/bin/python || $(PY) -m venv $(RUNTIME)
	@$(BIN)/uv pip install -q --python $(RUNTIME)/bin/python --require-hashes -r configs/runtimes/python.lock
	@touch $@
	@echo "setup: Python task runtime ready in $(RUNTIME)"

jsdeps: harness/scoring/js/node_modules/.stamp
harness/scoring/js/node_modules/.stamp: harness/scoring/js/package-lock.json
	@command -v npm >/dev/null || { echo "setup: WARNING node/npm missing: JavaScript tasks will be infrastructure failures"; exit 0; }
	@npm ci --prefix harness/scoring/js --ignore-scripts --no-audit --no-fund --silent
	@touch $@

# Stryker, for `liftbench tasks mutate` on JavaScript tasks.
mutdeps: harness/mutation/js/node_modules/.stamp
harness/mutation/js/node_modules/.stamp: harness/mutation/js/package-lock.json
	@command -v npm >/dev/null || { echo "setup: WARNING node/npm missing: JavaScript mutation scores cannot be measured"; exit 0; }
	@npm ci --prefix harness/mutation/js --ignore-scripts --no-audit --no-fund --silent
	@touch $@
	@echo "setup: JavaScript scorer packages ready in harness/scoring/js"

run: setup
	$(BIN)/liftbench run --html runs/report.html $(if $(MODEL),--model $(MODEL)) $(ARGS)

test: setup
	$(BIN)/python -m pytest

check: setup
	$(BIN)/ruff check harness agents tools tests
	$(BIN)/ruff format --check harness agents tools tests
	$(BIN)/mypy

validate-all: setup
	$(BIN)/liftbench tasks validate

# Measure every task's hidden-test mutation score again and record it in its task.yaml.
mutate-all: setup
	$(BIN)/liftbench tasks mutate

scorecard: setup
	$(BIN)/python -m harness.bench.scorecard

docker-images: setup
	@for p in $(APT_OPTIONAL); do dpkg -s $$p >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$p >/dev/null || echo "setup: could not install $$p"; done
	$(BIN)/python -m harness.sandbox.dockerd
	$(BIN)/python -m harness.sandbox.images --language all

clean:
	rm -rf $(VENV) .runtime runs harness/scoring/js/node_modules
