"""`scrapy export`: datasets from the article registry (selection, formats, manifest, report)."""

import os

# pyarrow's default allocator (mimalloc) keeps freed pages: at 100,000 articles the system allocator
# holds a Parquet export's peak at 142 MB instead of 178 MB (benchmarks/export_100k.py). It must be
# chosen before pyarrow is first imported, which the modules of this package do.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
