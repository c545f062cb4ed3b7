# One-liners for the usual loops; .ci/run is what CI runs.
.PHONY: install test lint typecheck check demo demo-crawl
install:
	python3 -m venv .venv && .venv/bin/pip install -q -r requirements-dev.txt
test:
	.venv/bin/python -m pytest
lint:
	.venv/bin/ruff check . && .venv/bin/ruff format --check .
typecheck:
	.venv/bin/mypy
check: lint typecheck test
# The demo has its own state directory: replica articles never mix with real ones in .newscrawl/.
demo:
	.venv/bin/python -m replica --port 8000
demo-crawl:
	.venv/bin/scrapy crawl week -s WEEK_BASE_URL=http://127.0.0.1:8000 -s NEWSCRAWL_STATE_DIR=.newscrawl-demo -O /tmp/week.jsonl
