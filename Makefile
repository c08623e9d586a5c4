# dateline: `make demo` and `make test` each work as the first command on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The optional extras to install: `make test EXTRAS=parquet,dev,embeddings` adds the fine-tuned
# MiniLM event classifier (torch, about 1.5 GB), which CI installs to hold its quality floors.
EXTRAS ?= parquet,dev
STAMP := $(VENV)/.installed-$(EXTRAS)

.PHONY: setup demo test lint format quality clean

setup: $(STAMP)

# Re-install only when the project's dependency list changes; pip is upgraded first because
# older pips fail to resolve trafilatura's lxml extras.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS)]"
	touch $(STAMP)

demo: setup
	rm -f .demo/dateline.db*
	mkdir -p .demo
	$(BIN)/dateline ingest examples/corpus --db .demo/dateline.db
	$(BIN)/dateline articles --db .demo/dateline.db
	$(BIN)/dateline events --db .demo/dateline.db
	$(BIN)/dateline search "ceasefire" --db .demo/dateline.db

test: setup lint
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format: setup
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

quality: setup
	$(BIN)/python -m pytest -q -m quality

clean:
	rm -rf $(VENV) .demo build dist src/*.egg-info
