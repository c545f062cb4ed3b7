"""RedisPipe: one thread per worker process that sends its Redis commands in order, batching what waits.

Every Redis call made on the reactor thread stops the whole crawl for a round trip, and with two
workers, nginx and Redis on the same cores a round trip is often a context switch or two away. So the
crawl's frontier (newscrawl.distributed.scheduler) and registry (newscrawl.distributed.registry) only
queue their commands here; this thread sends everything queued as one pipeline (one round trip) and
starts on what queued meanwhile as soon as the replies are in. Order is kept: commands go out in the
order they were queued, on one connection, so a lease acknowledged after its request's discoveries
were pushed and its article recorded reaches Redis after them. A caller that needs an answer (a
registry lookup, a claim) gets a future: its command rides with whatever was queued before it, and
sees it applied. The spider's lookups wait for it (one per discovery page); the pipeline's claim is
awaited on the event loop, so the reactor goes on meanwhile.

In a crawl (`batch_per_turn`, set by the scheduler), what is queued during one turn of the reactor
(a response's callback, its items, the requests it found) waits for the end of that turn and goes
out together: without it the thread, woken by the first command, would send the commands one by one
whenever Python's GIL let it run. Anything that waits for a reply (`call`, `flush`) sends at once.

The client's retry policy (newscrawl.distributed.connection) covers each round trip: a Redis restart
pauses this thread, not the reactor. Past FRONTIER_REDIS_OUTAGE_SECONDS every command of the batch
fails with the error, which its caller handles.

Scripts go out as EVAL with their source (`Script`): EVALSHA in a redis-py pipeline costs a
SCRIPT EXISTS round trip before every batch, and a NOSCRIPT error after a Redis restart would fail
commands in the middle of an ordered batch. The source is under 2 KB, and Redis compiles each
script once (its cache is keyed by the SHA1 of the source).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    import redis
    from redis.client import Pipeline

logger = logging.getLogger(__name__)

Command = tuple[Any, ...]  # the arguments of redis.Redis.execute_command
MAX_BATCH = 2000  # commands per round trip: bounds the reply a batch waits for


def run(client: redis.Redis | Pipeline, command: Command) -> Any:
    """`command` on `client` (or queued on a pipeline), as redis-py sends it: its reply unparsed but
    for redis-py's own reply callbacks."""
    return client.execute_command(*command)  # type: ignore[no-untyped-call]  # redis-py leaves it untyped


class Script:
    """A Lua script, run with EVAL (see the module docstring)."""

    def __init__(self, body: str):
        self.body = body

    def command(self, keys: Sequence[Any], args: Sequence[Any]) -> Command:
        return ("EVAL", self.body, len(keys), *keys, *args)

    def __call__(self, client: redis.Redis, keys: Sequence[Any] = (), args: Sequence[Any] = ()) -> Any:
        """Run it now on `client` (commands, tests and the scheduler's start and end)."""
        return run(client, self.command(keys, args))


class RedisPipe:
    """The thread and its queue. `send` queues a command and returns its future; `call` waits for it;
    `flush` waits for everything sent so far. Shared by the components of a process
    (`newscrawl.distributed.connection.pipe_for`): each `acquire`s it, and the last to `release` it
    sends what is queued and stops the thread."""

    def __init__(self, client: redis.Redis):
        self.client = client
        self._users = 0
        self._queue: deque[tuple[Command, Future[Any]]] = deque()
        self._wakeup = threading.Condition()
        self._closing = False
        self._last: Future[Any] | None = None
        self._later: Callable[..., object] | None = None
        self._held = False  # commands queued this turn wait for _release
        self._thread = threading.Thread(target=self._run, name="newscrawl-redis", daemon=True)
        self._thread.start()

    def batch_per_turn(self, call_later: Callable[..., object]) -> None:
        """From now on, hold what is queued until the end of the reactor's turn (`call_later`:
        the reactor's callLater; `send` must then be called from the reactor thread only)."""
        self._later = call_later

    def send(self, *command: Any, now: bool = False) -> Future[Any]:
        """Queue a command; `now`: send it (and what waits before it) without waiting for the turn's end."""
        future: Future[Any] = Future()
        hold = False
        with self._wakeup:
            if self._closing:
                raise RuntimeError("the Redis pipe is closed")
            self._queue.append((command, future))
            self._last = future
            if now or self._later is None:
                self._held = False
                self._wakeup.notify()
            elif not self._held:
                self._held = hold = True
        if hold and self._later is not None:
            self._later(0, self._release)
        return future

    def call(self, *command: Any) -> Any:
        """Send and wait for the reply (raises what Redis or the connection raised)."""
        return self.send(*command, now=True).result()

    def flush(self) -> None:
        """Wait until every command sent so far has its reply (or its error): replies are set in order."""
        self._release()
        last = self._last
        if last is not None:
            last.exception()

    def _release(self) -> None:
        with self._wakeup:
            self._held = False
            self._wakeup.notify()

    @property
    def closed(self) -> bool:
        return self._closing

    def acquire(self) -> None:
        with self._wakeup:
            if self._closing:
                raise RuntimeError("the Redis pipe is closed")
            self._users += 1

    def release(self) -> None:
        with self._wakeup:
            self._users -= 1
            if self._users > 0:
                return
            self._closing = True  # send() refuses from now on; the thread sends what is queued, then ends
            self._wakeup.notify()
        self._thread.join()
        self.client.close()

    def _run(self) -> None:
        while True:
            with self._wakeup:
                while not self._closing and (not self._queue or self._held):
                    self._wakeup.wait()
                if not self._queue:
                    return
                batch = [self._queue.popleft() for _ in range(min(len(self._queue), MAX_BATCH))]
            self._execute(batch)

    def _execute(self, batch: list[tuple[Command, Future[Any]]]) -> None:
        try:
            if len(batch) == 1:
                replies: list[Any] = [run(self.client, batch[0][0])]
            else:
                with self.client.pipeline(transaction=False) as pipe:
                    for command, _ in batch:
                        run(pipe, command)
                    replies = pipe.execute(raise_on_error=False)
        except Exception as exc:  # noqa: BLE001  (every caller gets it: a Redis error or a bug, theirs to report)
            for _, future in batch:
                future.set_exception(exc)
            return
        for (_, future), reply in zip(batch, replies, strict=True):
            if isinstance(reply, Exception):
                future.set_exception(reply)
            else:
                future.set_result(reply)
