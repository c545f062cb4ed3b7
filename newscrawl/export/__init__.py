"""`scrapy export`: datasets from the article registry (selection, formats, manifest, report)."""
