"""One crawl, many workers: the frontier in Redis (scrapy-redis), shared by every process.

    scrapy crawl portal -a site=sxrb -s NEWSCRAWL_REDIS_URL=redis://host:6379/0

started on any number of machines (or several times on one) makes each process a worker of
one shared crawl of the site.  :class:`DistributedAddon` (in ``ADDONS``; it does nothing
without ``NEWSCRAWL_REDIS_URL``) switches on:

- :class:`Scheduler` — scrapy-redis's scheduler and dupefilter, under keys of the current
  crawl: every request any worker finds goes into one Redis queue, each URL once;
- :class:`SharedCrawl` — who takes part.  The first worker to arrive when no crawl of the site
  is live starts a new one (a new crawl id: an empty frontier and dupefilter) and its start
  request seeds it; a worker arriving while a crawl is live joins it (its own start request is
  a duplicate of the seed's, so it just takes requests from the queue).  The join is one Lua
  script, so two workers starting together cannot both start a crawl.  Each worker keeps a
  heartbeat (``NEWSCRAWL_REDIS_WORKER_TTL``); a killed worker simply drops out;
- the end: a worker whose queue is empty stays (``DontCloseSpider``) while another live worker
  is busy — its pages may still add requests — and closes once none is: every worker exits
  (0, like any finished run) when the shared frontier is drained, none idles forever.  The last
  one out removes the crawl's keys.

Each worker is a run of its own — its own run id and feed file, the same two-phase commit —
on the shared :class:`~newscrawl.state.redis.RedisStore` (delivered articles, sightings,
failures, runs), which :func:`newscrawl.state.open_store` returns when ``NEWSCRAWL_REDIS_URL``
is set.  So the union of the workers' whole feed files holds each article once; a worker
killed mid-crawl loses nothing: the requests it held are not re-queued in that crawl, and its
pending articles are forgotten by :meth:`~newscrawl.state.redis.RedisStore.recover`, so the
next run delivers them.  The per-site file lock of single-host runs is not used (workers of
one site are the point); the crawl membership is the lock.  The channel tree is not cached
between runs (``NEWSCRAWL_TREE_TTL_HOURS`` is forced to 0): no single worker sees all of it.

Settings: ``NEWSCRAWL_REDIS_URL``; ``NEWSCRAWL_REDIS_PREFIX`` (``newscrawl:``) for all keys;
``NEWSCRAWL_REDIS_WORKER_TTL`` (10 s) without a heartbeat before a worker, and its run, count
as dead.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler as RedisScheduler
from twisted.internet import task

from .monitors import CRAWL_PREFIX, LAST_WORKER, shared_counts

logger = logging.getLogger(__name__)

_BEAT_EVERY = 1.0
#: How often a worker waiting for work checks the shared queue (Scrapy's own idle loop is 5 s).
_POLL_EVERY = 0.25

# KEYS: crawl key, workers zset, busy hash.  ARGV: now, ttl, worker id, new crawl id.
# Returns {crawl id, 1 if this worker started it}.
_JOIN = """
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
local current = redis.call('GET', KEYS[1])
if current and redis.call('ZCARD', KEYS[2]) > 0 then
  redis.call('ZADD', KEYS[2], ARGV[1], ARGV[3])
  redis.call('HSET', KEYS[3], ARGV[3], 1)
  return {current, 0}
end
redis.call('SET', KEYS[1], ARGV[4])
redis.call('DEL', KEYS[2], KEYS[3])
redis.call('ZADD', KEYS[2], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[3], ARGV[3], 1)
return {ARGV[4], 1}
"""

# KEYS: crawl key, workers zset, busy hash, queue, dupefilter, totals hash.  ARGV: worker id,
# crawl id, now, ttl, then name/value pairs to add to the crawl's totals.  Returns {1 if this was
# the last live worker (the crawl's keys are then gone), the totals as a flat list}.  A worker
# without a heartbeat for ttl seconds (killed) is not waited for.
_LEAVE = """
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[3], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[3]) - tonumber(ARGV[4]))
for i = 5, #ARGV, 2 do redis.call('HINCRBY', KEYS[6], ARGV[i], ARGV[i + 1]) end
if redis.call('ZCARD', KEYS[2]) == 0 and redis.call('GET', KEYS[1]) == ARGV[2] then
  local totals = redis.call('HGETALL', KEYS[6])
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6])
  return {1, totals}
end
return {0, {}}
"""


class SharedCrawl:
    """This worker's membership of the site's shared crawl (see the module docstring)."""

    def __init__(self, url: str, site: str, prefix: str = "newscrawl:", ttl: float = 10.0):
        self.r = redis.Redis.from_url(url, decode_responses=True, socket_timeout=30)
        self.ttl = ttl
        self.url = url
        base = f"{prefix}crawl:{site}"
        self.crawl_key, self.workers_key, self.busy_key = base, f"{base}:workers", f"{base}:busy"
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        crawl_id, started = self.r.register_script(_JOIN)(
            keys=[self.crawl_key, self.workers_key, self.busy_key],
            args=[time.time(), self.ttl, self.worker, uuid.uuid4().hex[:12]])
        self.crawl_id, self.seeder = crawl_id, bool(int(started))
        self.queue_key = f"{base}:{self.crawl_id}:requests"
        self.dupefilter_key = f"{base}:{self.crawl_id}:dupefilter"
        self._busy = True
        self._stop = threading.Event()
        self._beat = threading.Thread(target=self._heartbeat, name="newscrawl-worker-heartbeat", daemon=True)
        self._beat.start()

    def _heartbeat(self) -> None:
        client = redis.Redis.from_url(self.url, decode_responses=True, socket_timeout=5)
        while not self._stop.wait(_BEAT_EVERY):
            try:
                client.zadd(self.workers_key, {self.worker: time.time()}, xx=True)
            except redis.RedisError:
                pass
        client.close()

    def set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.r.hset(self.busy_key, self.worker, int(busy))

    def others_busy(self) -> list[str]:
        """Live workers other than this one that are working on requests."""
        live = set(self.r.zrangebyscore(self.workers_key, time.time() - self.ttl, "+inf"))
        busy = self.r.hgetall(self.busy_key)
        return sorted(w for w in live - {self.worker} if busy.get(w) == "1")

    def queued(self) -> int:
        return int(self.r.zcard(self.queue_key))

    def leave(self, counts: dict[str, int]) -> dict[str, int] | None:
        """Leave the crawl, adding ``counts`` to the crawl's totals; the totals of every worker
        that left if this was the last one (the crawl is over), else None."""
        self._stop.set()
        last, flat = self.r.register_script(_LEAVE)(
            keys=[self.crawl_key, self.workers_key, self.busy_key, self.queue_key, self.dupefilter_key,
                  f"{self.crawl_key}:{self.crawl_id}:totals"],
            args=[self.worker, self.crawl_id, time.time(), self.ttl, *(x for kv in counts.items() for x in kv)])
        self.r.close()
        return {flat[i]: int(flat[i + 1]) for i in range(0, len(flat), 2)} if int(last) else None


class DistributedCrawl:
    """The extension: joins the shared crawl, keeps a drained worker from idling forever."""

    def __init__(self, crawler, crawl: SharedCrawl):
        self.crawler = crawler
        self.crawl = crawl
        self._poll: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        url = crawler.settings.get("NEWSCRAWL_REDIS_URL")
        if not url:
            raise NotConfigured
        spider = crawler.spider
        site = getattr(spider, "site", None) or crawler.settings.get("NEWSCRAWL_SITE")
        crawl = SharedCrawl(url, site, crawler.settings.get("NEWSCRAWL_REDIS_PREFIX", "newscrawl:"),
                            ttl=crawler.settings.getfloat("NEWSCRAWL_REDIS_WORKER_TTL", 10))
        ext = cls(crawler, crawl)
        logger.info("Worker %s %s shared crawl %s of %s (Redis %s)", crawl.worker,
                    "started" if crawl.seeder else "joined", crawl.crawl_id, site, redact(url))
        crawler.stats.set_value("newscrawl/redis/seeder", int(crawl.seeder))
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_idle(self, spider):
        self.crawl.set_busy(False)
        if self.crawl.queued():
            self.crawl.set_busy(True)
            self._wake()
            raise DontCloseSpider
        others = self.crawl.others_busy()
        if others:
            self._wake()
            raise DontCloseSpider
        logger.info("Shared frontier drained: worker %s done", self.crawl.worker)

    def _wake(self) -> None:
        """Ask the engine for the next request soon rather than at its 5 s heartbeat."""
        if self._poll is None:
            self._poll = task.LoopingCall(self._poke)
            self._poll.start(_POLL_EVERY, now=False)

    def _poke(self) -> None:
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None and (self.crawl.queued() or not self.crawl.others_busy()):
            slot.nextcall.schedule()

    def spider_closed(self, spider, reason):
        """Leave the crawl.  What only the whole crawl can be judged on (articles seen, list
        pages reached, the fetch error rate: :func:`newscrawl.monitors.crawl_stats`) goes into
        the crawl's totals; the last worker out gets them as stats (``newscrawl/crawl/…``) for
        its verdict, monitors and report, the others are not judged on them
        (``newscrawl/redis/last_worker`` 0).  Runs before the monitors (Spidermon's
        spider_closed) and the verdict (engine_stopped): this extension is loaded first."""
        if self._poll is not None and self._poll.running:
            self._poll.stop()
        stats = self.crawler.stats
        totals = self.crawl.leave(shared_counts(stats.get_stats()))
        stats.set_value(LAST_WORKER, int(totals is not None))
        if totals is not None:
            for name, value in totals.items():
                stats.set_value(f"{CRAWL_PREFIX}{name}", value)
            logger.info("Last worker out: shared crawl %s is over (%s)", self.crawl.crawl_id,
                        ", ".join(f"{k} {v}" for k, v in sorted(totals.items())))


class Scheduler(RedisScheduler):
    """scrapy-redis's scheduler on the current crawl's queue and dupefilter keys."""

    crawler = None

    @classmethod
    def from_crawler(cls, crawler):
        instance = super().from_crawler(crawler)
        instance.crawler = crawler
        return instance

    def open(self, spider):
        crawl = self.crawler.get_extension(DistributedCrawl).crawl
        self.queue_key = crawl.queue_key
        self.df = RFPDupeFilter(self.server, key=crawl.dupefilter_key)
        self._crawl = crawl
        return super().open(spider)

    # scrapy-redis's own two, without the ``spider`` argument Scrapy 2.13+ deprecates in stats calls.
    def enqueue_request(self, request):
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self):
        request = self.queue.pop(self.idle_before_close)
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
            self._crawl.set_busy(True)
        return request


class DistributedAddon:
    """``ADDONS`` entry: with ``NEWSCRAWL_REDIS_URL`` set, the components of a shared crawl."""

    def update_settings(self, settings) -> None:
        url = settings.get("NEWSCRAWL_REDIS_URL")
        if not url:
            return
        settings.set("SCHEDULER", "newscrawl.distributed.Scheduler", "addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", "addon")
        settings.set("REDIS_URL", url, "addon")
        settings.set("SCHEDULER_PERSIST", True, "addon")  # the last worker out removes the keys
        # 90: before the run state (100), whose verdict reads the crawl's totals it leaves with.
        settings.set_in_component_priority_dict("EXTENSIONS", DistributedCrawl, 90)


def redact(url: str) -> str:
    """A Redis URL without its password, for logs."""
    if "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    return f"{scheme}://***@{rest.split('@', 1)[1]}"
