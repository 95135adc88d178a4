# Rapport: the two commands a new user runs are `make run` and `make test` (see README.md).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DB ?= var/rapport.sqlite3
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install system-deps lint typecheck test-sqlite test-postgres sample serve clean

## run: set up, load the bundled sample corpus into SQLite and serve the web app on :8000
run: install
	$(BIN)/rapport --db $(DB) sample
	$(BIN)/rapport --db $(DB) serve --host $(HOST) --port $(PORT)

## test: set up (PostgreSQL and chromium via apt when root) and run the whole suite twice
test: system-deps install-dev lint typecheck test-sqlite test-postgres

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	# The machine's pip is old and drops lxml's html_clean extra that trafilatura needs.
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev,postgres,dask]"

system-deps:
	bash scripts/system-deps.sh

lint:
	$(BIN)/ruff check src tests benchmarks

typecheck:
	$(BIN)/mypy

test-sqlite:
	RAPPORT_DATABASE_URL= $(BIN)/pytest

test-postgres:
	bash scripts/with-postgres.sh $(BIN)/pytest -m "not pure"

clean:
	rm -rf $(VENV) var test-artifacts build src/*.egg-info
