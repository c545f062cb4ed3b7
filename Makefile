# One-liners for the usual loops; .ci/run is what CI runs.
.PHONY: install test lint typecheck layers check demo demo-crawl mutation
install:
	python3 -m venv .venv && .venv/bin/pip install -q -r requirements-dev.txt
test:
	.venv/bin/python -m pytest
lint:
	.venv/bin/ruff check . && .venv/bin/ruff format --check .
typecheck:
	.venv/bin/mypy
layers:
	.venv/bin/lint-imports
check: lint typecheck layers test
# The demo has its own state directory: replica articles never mix with real ones in .newscrawl/.
demo:
	.venv/bin/python -m replica --port 8000
demo-crawl:
	.venv/bin/scrapy crawl week -s WEEK_BASE_URL=http://127.0.0.1:8000 -s NEWSCRAWL_STATE_DIR=.newscrawl-demo -O /tmp/week.jsonl
# Mutation testing of the cleaner, the page objects, dedup and the registry against the fast unit tests
# ([tool.mutmut] in pyproject.toml); long on 2 cores, so not in .ci/run. Results: docs/mutation.md.
mutation:
	rm -rf mutants && .venv/bin/mutmut run --max-children 2; .venv/bin/mutmut results
