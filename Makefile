# One-liners for the usual loops; .ci/run is what CI runs.
.PHONY: install test lint typecheck check demo
install:
	python3 -m venv .venv && .venv/bin/pip install -q -r requirements-dev.txt
test:
	.venv/bin/python -m pytest
lint:
	.venv/bin/ruff check . && .venv/bin/ruff format --check .
typecheck:
	.venv/bin/mypy
check: lint typecheck test
demo:
	.venv/bin/python -m newscrawl.replica --port 8000
