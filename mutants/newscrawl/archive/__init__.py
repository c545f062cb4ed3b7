"""The web archive of every run (WARC files under the state directory) and replay from it.

- `warc`: the files: writing exchanges, the index, repair after a kill, reading captures back.
- `middleware.ArchiveMiddleware`: archives what a crawl fetches.
- `replay.ReplayMiddleware`: answers a crawl's requests from the archive instead of the network.
"""

# Request meta set by the replay: the capture a response came from ({"date", "record_id", "run"}).
# The spider dates a replayed article by its capture and marks it re-extracted.
CAPTURE_META = "newscrawl_capture"
