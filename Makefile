# Resonanz tasks. `make demo` and `make test` work on a fresh clone: they install what they need.
SHELL := /bin/bash
UV ?= $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
export UV_PYTHON_DOWNLOADS := never
export UV_SYSTEM_CERTS := 1

.PHONY: demo test lint fix bench docs install browser

$(UV):  ## bootstrap uv without touching the system Python
	python3 -m venv .tools && .tools/bin/pip install -q uv

install: $(UV)
	$(UV) sync --all-groups

demo: install  ## fresh demo database, demo data, dashboard on http://127.0.0.1:8000
	$(UV) run resonanz demo

browser:  ## Debian's chromium for the browser tests (root only; otherwise they skip)
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	fi

test: install browser  ## what CI runs: lint, types, all tests
	$(UV) run ruff check
	$(UV) run ruff format --check
	$(UV) run mypy
	$(UV) run pytest

lint: install
	$(UV) run ruff check && $(UV) run ruff format --check && $(UV) run mypy

fix: install
	$(UV) run ruff check --fix && $(UV) run ruff format

bench: install  ## throughput and latency figures, each beside a baseline from the same run
	$(UV) run python bench/ingest_file.py
	$(UV) run python bench/query_throughput.py
	$(UV) run python bench/nlp_annotate.py
	$(UV) run python bench/dashboard_latency.py
	$(UV) run python bench/jobs.py
