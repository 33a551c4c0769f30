# Two commands for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= warehouse/reconcile.duckdb
STORIES := $(patsubst %/story.toml,%,$(wildcard fixtures/*/story.toml))

export PREFECT_SERVER_ANALYTICS_ENABLED = false
export DO_NOT_TRACK = 1
export HF_HUB_OFFLINE = 1
export TRANSFORMERS_OFFLINE = 1

.PHONY: install demo lint test test-fast bench bench-scale eval calibrate readme-queries clean prefect-server serve

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# The slim CPU torch wheel first: a plain or ranged `torch` pulls a multi-GB CUDA build.
	$(BIN)/python -m pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/reconcile run $(STORIES) --db $(DB)
	# Story discovery: follow the fixture outlets' feeds, group their articles, reconcile the stories.
	$(BIN)/reconcile watch fixtures/discovery/outlets.toml --db $(DB)
	$(BIN)/reconcile report --all --out reports --db $(DB)

# Lint and format-check the whole tree (ruff: pycodestyle, pyflakes, bugbear, pyupgrade, import order).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: install
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not slow"

eval: install
	$(BIN)/reconcile eval fixtures

calibrate: install
	$(BIN)/reconcile calibrate fixtures

# Re-run the README's example queries on the fixture stories and paste their output into it.
readme-queries: install
	$(BIN)/reconcile run $(STORIES) --db build/readme.duckdb
	$(BIN)/python tools/readme_queries.py --db build/readme.duckdb

bench: install
	$(BIN)/python bench/group_bench.py
	$(BIN)/python bench/bench.py

# The flow on a local Dask cluster of 1 and 2 workers (and in-process, for reference); last line scale_2_vs_1=...
bench-scale: install
	$(BIN)/python bench/scale.py

# A local Prefect server (UI at http://127.0.0.1:4200); then, in another terminal, `make serve`
# serves watchlist.example.toml against it (runs, schedule and artifacts show in the UI).
prefect-server: install
	$(BIN)/prefect server start --host 127.0.0.1 --port 4200

serve: install
	PREFECT_API_URL=http://127.0.0.1:4200/api $(BIN)/reconcile serve watchlist.example.toml

clean:
	rm -rf $(VENV) .pytest_cache
