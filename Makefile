# Two commands for a fresh machine:
#   make run   - create .venv, install, build the knowledge base from data/, serve http://127.0.0.1:8000
#                (make run PORT=8001 HOST=0.0.0.0 KB=other/kb to change where)
#   make test  - create .venv, install with test extras, run the whole test suite
# Both are idempotent: a stamp file remembers what .venv already has.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
KB     ?= data/kb
PORT   ?= 8000
HOST   ?= 127.0.0.1
DOCS   := $(wildcard data/*.txt data/*.md data/*.jsonl)

.PHONY: run test build clean bench lint

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[fast]'
	@touch $@

# torch first, pinned: it is the CPU build found locally (an unpinned torch pulls CUDA)
$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e '.[test,st,fast,onnxruntime,ray]'
	@touch $@ $(VENV)/.installed

$(KB)/CURRENT: $(DOCS) | $(VENV)/.installed
	$(BIN)/kgsearch build --kb $(KB) data/

build: $(KB)/CURRENT

run: $(VENV)/.installed $(KB)/CURRENT
	$(BIN)/kgsearch serve --kb $(KB) --host $(HOST) --port $(PORT)

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

clean:
	rm -rf $(KB) .pytest_cache

# ruff fixes what it can and formats; `make test` only checks
lint: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
