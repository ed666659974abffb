"""The shared store of a distributed crawl: the SQLite store's interface, in Redis.

Used when ``NEWSCRAWL_REDIS_URL`` is set (:func:`newscrawl.state.open_store`): every worker of
the crawl, on any machine, reads and writes the same delivered-article state, sightings,
failures, walked lists and runs.  Each worker is a *run* of its own (its own id, its own feed
file) with the same two-phase commit as :class:`~.sqlite.SQLiteStore`: articles it emits are
*pending* under its run id and become delivered in :meth:`RedisStore.commit_run`, once its
feed file is whole; a run that dies has its pending articles forgotten by :meth:`recover`.

Runs on several machines at once: each live run keeps a key ``run:<id>:alive`` fresh (a
heartbeat thread); :meth:`recover` settles only runs whose heartbeat
has stopped (``NEWSCRAWL_REDIS_WORKER_TTL``) — a killed worker's, never a live one's.  A dead run that was *finalizing* (its
``.part`` complete, the rename next) is settled by a run on its own host, where its file is.

Multi-key steps (commit, abort, an article's pending write) are Lua scripts, so each is atomic
for every other worker.  Keys start with ``NEWSCRAWL_REDIS_PREFIX`` (``newscrawl:``)::

    a:<id>             hash   an article (as the SQLite row; pending 1/0, bands b0..b5)
    url:<url> hash:<h> string canonical URL / content hash → article id
    band:<i>:<v>       set    near-duplicate index (see :func:`.sqlite.bands`)
    d:<id>             hash   a duplicate of another article (two-phase like articles)
    s:<id>             hash   sightings: url → {"channel", "run_id", "seen_at", "site"}
    t:<id>             string an article's normalised sentences, one a line (near-duplicate check)
    anchor:<h> anc:<id> set   the sentence-anchor index: anchor → ids, id → its anchors
    seq                string counter: the order articles were stored in (earliest delivered wins)
    f:<id>             hash   an article that failed (attempts, first_at, last_at…)
    walked:<site>      set    lists paged to their end by committed runs
    resume:<site>      hash   lists cut by the page cap: path → [next page URL, channel]
    tree:<site>:<host> hash   the channel tree's columns and its dead pages
    run:<id>           hash   a run (status, host, pid, part_path, final_path…)
    run:<id>:articles|dups|walked|sightings|resumes   what the run holds pending
    run:<id>:superseded hash  delivered state of articles the run updates
    run:<id>:found|found-dups set  sightings recorded and duplicates found by the run (its report)
    runs:<site>        set    the site's runs not yet settled (done, failed or killed)
    pending-runs       set    runs holding pending articles (an orphan's are forgotten by recover)
    known:<site>:<host> string this host has run the site (see :meth:`RedisStore.is_new`)
    schema             string the key layout's version (:data:`SCHEMA_VERSION`)
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
from collections import Counter
from contextlib import contextmanager, nullcontext
from datetime import datetime, timedelta, timezone
from pathlib import Path

import redis

from .. import containment
from ..fingerprint import anchors, hamming
from .sqlite import BANDS, MAX_CANDIDATES, Held, Known, Recovery, Sighting, StateError, Tree, _now, bands

logger = logging.getLogger(__name__)

_HEARTBEAT_EVERY = 1.0
#: The layout of the keys below; a Redis written by a later layout is refused (one line).
SCHEMA_VERSION = 1
_ARTICLE_FIELDS = ("site", "canonical_url", "content_hash", "fingerprint", "text_len", "published_at", "version",
                   "run_id", "delivered_at", "pending", *(f"b{i}" for i in range(BANDS)))

# Index entries of the article hash at KEYS[1] (fields as above); ARGV[1] prefix, ARGV[2] id, ARGV[3] add|del.
_INDEX = """
local function index(p, id, fields, op)
  local cu, h = fields['canonical_url'], fields['content_hash']
  if op == 'add' then
    if cu and cu ~= '' then redis.call('SET', p .. 'url:' .. cu, id) end
    if h and h ~= '' then redis.call('SET', p .. 'hash:' .. h, id) end
  else
    if cu and cu ~= '' and redis.call('GET', p .. 'url:' .. cu) == id then redis.call('DEL', p .. 'url:' .. cu) end
    if h and h ~= '' and redis.call('GET', p .. 'hash:' .. h) == id then redis.call('DEL', p .. 'hash:' .. h) end
  end
  for i = 0, 5 do
    local b = fields['b' .. i]
    if b and b ~= '' then
      if op == 'add' then redis.call('SADD', p .. 'band:' .. i .. ':' .. b, id)
      else redis.call('SREM', p .. 'band:' .. i .. ':' .. b, id) end
    end
  end
end
local function hash_to_table(flat)
  local t = {}
  for i = 1, #flat, 2 do t[flat[i]] = flat[i + 1] end
  return t
end
-- An article's normalised sentences (t:<id>) and its anchors (anchor:<h> → ids; anc:<id> → hs).
local function drop_text(p, id)
  for _, h in ipairs(redis.call('SMEMBERS', p .. 'anc:' .. id)) do redis.call('SREM', p .. 'anchor:' .. h, id) end
  redis.call('DEL', p .. 'anc:' .. id, p .. 't:' .. id)
end
local function put_text(p, id, text, anchors_json)
  drop_text(p, id)
  redis.call('SET', p .. 't:' .. id, text)
  for _, h in ipairs(cjson.decode(anchors_json)) do
    redis.call('SADD', p .. 'anchor:' .. h, id)
    redis.call('SADD', p .. 'anc:' .. id, h)
  end
end
"""

# ARGV: prefix, run_id, id, json of the new fields, then '1', the sentences joined by newlines
# and the JSON list of their anchors (as strings), or '0' to leave the stored sentences alone.
# The delivered state it replaces is kept.
_ADD_PENDING = _INDEX + """
local p, rid, id = ARGV[1], ARGV[2], ARGV[3]
local key = p .. 'a:' .. id
local old = hash_to_table(redis.call('HGETALL', key))
if old['pending'] == '0' then  -- kept with its sentences and anchors, put back if the run dies
  local text = redis.call('GET', p .. 't:' .. id)
  if text then old['_text'] = text; old['_anchors'] = redis.call('SMEMBERS', p .. 'anc:' .. id) end
  redis.call('HSET', p .. 'run:' .. rid .. ':superseded', id, cjson.encode(old))
  old['_text'] = nil; old['_anchors'] = nil
end
if next(old) ~= nil then index(p, id, old, 'del') end
local new = cjson.decode(ARGV[4])
redis.call('DEL', key)
local flat = {}
for k, v in pairs(new) do table.insert(flat, k); table.insert(flat, tostring(v)) end
redis.call('HSET', key, unpack(flat))
redis.call('HSET', key, 'seq', redis.call('INCR', p .. 'seq'))  -- the order articles were stored in
index(p, id, new, 'add')
if ARGV[5] == '1' then put_text(p, id, ARGV[6], ARGV[7]) end
redis.call('SADD', p .. 'run:' .. rid .. ':articles', id)
redis.call('SADD', p .. 'pending-runs', rid)
return 1
"""

# ARGV: prefix, id, json of the fields (pending 0), then the sentences as for _ADD_PENDING.  An
# article delivered by an earlier run, rebuilt from a feed; a later version already known is
# kept (several hosts rebuild).
_ADD_DELIVERED = _INDEX + """
local p, id = ARGV[1], ARGV[2]
local key = p .. 'a:' .. id
local new = cjson.decode(ARGV[3])
local old = hash_to_table(redis.call('HGETALL', key))
if old['pending'] == '0' and tonumber(old['version'] or 1) > tonumber(new['version']) then return 0 end
if next(old) ~= nil then index(p, id, old, 'del') end
redis.call('DEL', key)
local flat = {}
for k, v in pairs(new) do table.insert(flat, k); table.insert(flat, tostring(v)) end
redis.call('HSET', key, unpack(flat))
redis.call('HSET', key, 'seq', redis.call('INCR', p .. 'seq'))
index(p, id, new, 'add')
if ARGV[4] == '1' then put_text(p, id, ARGV[5], ARGV[6]) end
return 1
"""

# Lists cut by the page cap, on commit: the run's resume points replace the committed ones; an
# empty value (the list was read to its end) drops the list's.  ARGV[1] prefix, ARGV[2] run_id.
_RESUMES = """
local function settle_resumes(p, rid)
  local flat = redis.call('HGETALL', p .. 'run:' .. rid .. ':resumes')
  for i = 1, #flat, 2 do
    local tab = string.find(flat[i], '\t', 1, true)
    local site, path = string.sub(flat[i], 1, tab - 1), string.sub(flat[i], tab + 1)
    if flat[i + 1] == '' then redis.call('HDEL', p .. 'resume:' .. site, path)
    else redis.call('HSET', p .. 'resume:' .. site, path, flat[i + 1]) end
  end
end
"""

# ARGV: prefix, run_id, site, status, now.  Returns the number of articles delivered.
_COMMIT = _RESUMES + """
local p, rid, site = ARGV[1], ARGV[2], ARGV[3]
local n = 0
for _, id in ipairs(redis.call('SMEMBERS', p .. 'run:' .. rid .. ':articles')) do
  local key = p .. 'a:' .. id
  if redis.call('HGET', key, 'run_id') == rid and redis.call('HGET', key, 'pending') == '1' then
    redis.call('HSET', key, 'pending', '0'); n = n + 1
  end
end
for _, id in ipairs(redis.call('SMEMBERS', p .. 'run:' .. rid .. ':dups')) do
  local key = p .. 'd:' .. id
  if redis.call('HGET', key, 'run_id') == rid then redis.call('HSET', key, 'pending', '0') end
end
local walked = redis.call('SMEMBERS', p .. 'run:' .. rid .. ':walked')
if #walked > 0 then redis.call('SADD', p .. 'walked:' .. site, unpack(walked)) end
settle_resumes(p, rid)
redis.call('DEL', p .. 'run:' .. rid .. ':articles', p .. 'run:' .. rid .. ':dups', p .. 'run:' .. rid .. ':walked',
           p .. 'run:' .. rid .. ':superseded', p .. 'run:' .. rid .. ':sightings', p .. 'run:' .. rid .. ':resumes')
redis.call('SREM', p .. 'pending-runs', rid)
redis.call('HSET', p .. 'run:' .. rid, 'status', ARGV[4], 'finished_at', ARGV[5])
redis.call('SREM', p .. 'runs:' .. ARGV[3], rid)  -- runs:<site> holds the runs not yet settled
return n
"""

# ARGV: prefix, run_id, site, status, now.  Forget what the run holds pending; returns how many.
_ABORT = _INDEX + """
local p, rid = ARGV[1], ARGV[2]
local n = 0
local superseded = p .. 'run:' .. rid .. ':superseded'
for _, id in ipairs(redis.call('SMEMBERS', p .. 'run:' .. rid .. ':articles')) do
  local key = p .. 'a:' .. id
  local cur = hash_to_table(redis.call('HGETALL', key))
  if cur['run_id'] == rid and cur['pending'] == '1' then
    n = n + 1
    index(p, id, cur, 'del')
    redis.call('DEL', key)
    drop_text(p, id)
    local old = redis.call('HGET', superseded, id)
    if old then  -- an update: the delivered version back, its sentences and anchors too
      local t = cjson.decode(old)
      local text, anc = t['_text'], t['_anchors']
      t['_text'] = nil; t['_anchors'] = nil
      local flat = {}
      for k, v in pairs(t) do table.insert(flat, k); table.insert(flat, tostring(v)) end
      redis.call('HSET', key, unpack(flat))
      index(p, id, t, 'add')
      if text then put_text(p, id, text, cjson.encode(anc)) end
    end
  end
end
for _, id in ipairs(redis.call('SMEMBERS', p .. 'run:' .. rid .. ':dups')) do
  local key = p .. 'd:' .. id
  if redis.call('HGET', key, 'run_id') == rid and redis.call('HGET', key, 'pending') == '1' then redis.call('DEL', key) end
end
for _, entry in ipairs(redis.call('SMEMBERS', p .. 'run:' .. rid .. ':sightings')) do
  local tab = string.find(entry, '\\t', 1, true)
  local id, url = string.sub(entry, 1, tab - 1), string.sub(entry, tab + 1)
  if redis.call('EXISTS', p .. 'a:' .. id) == 0 then redis.call('HDEL', p .. 's:' .. id, url) end
end
redis.call('DEL', p .. 'run:' .. rid .. ':articles', p .. 'run:' .. rid .. ':dups', p .. 'run:' .. rid .. ':walked',
           superseded, p .. 'run:' .. rid .. ':sightings', p .. 'run:' .. rid .. ':resumes')
redis.call('SREM', p .. 'pending-runs', rid)
redis.call('HSET', p .. 'run:' .. rid, 'status', ARGV[4], 'finished_at', ARGV[5])
redis.call('SREM', p .. 'runs:' .. ARGV[3], rid)  -- runs:<site> holds the runs not yet settled
return n
"""

# ARGV: prefix, id, site, url, reason, now, run_id.  Returns the attempts.
_FAILURE = """
local key = ARGV[1] .. 'f:' .. ARGV[2]
local last = redis.call('HGET', key, 'last_run')
if not last then
  redis.call('HSET', key, 'site', ARGV[3], 'attempts', 1, 'first_at', ARGV[6])
elseif last ~= ARGV[7] then
  redis.call('HINCRBY', key, 'attempts', 1)
end
redis.call('HSET', key, 'url', ARGV[4], 'reason', ARGV[5], 'last_at', ARGV[6], 'last_run', ARGV[7])
redis.call('SADD', ARGV[1] .. 'failures', ARGV[2])
return tonumber(redis.call('HGET', key, 'attempts'))
"""


# KEYS: a run's hash, its claim key.  ARGV: the claim's life (ms).  Take a dead run to settle
# it, once: returns the status it had, or nil when it is not running/finalizing any more (another
# worker settles or settled it).  A claim whose claimer died too (its key expired) is taken over.
_CLAIM = """
local status = redis.call('HGET', KEYS[1], 'status')
if status == 'settling' and redis.call('EXISTS', KEYS[2]) == 0 then
  status = redis.call('HGET', KEYS[1], 'settling_from')
elseif status ~= 'running' and status ~= 'finalizing' then
  return false
end
redis.call('HSET', KEYS[1], 'status', 'settling', 'settling_from', status)
redis.call('SET', KEYS[2], 1, 'PX', ARGV[1])
return status
"""


def _text_args(sentences: list[str] | None) -> list[str]:
    """The sentence arguments of the scripts: '0', or '1', the text and its anchors."""
    if sentences is None:
        return ["0"]
    return ["1", "\n".join(sentences), json.dumps([str(h) for h in anchors(sentences)])]


class RedisStore:
    def __init__(self, url: str, *, prefix: str = "newscrawl:", near_dup_bits: int = 5, near_dup_min_chars: int = 100,
                 alive_ttl: float = 10.0):
        if not 0 <= near_dup_bits < BANDS:
            raise ValueError(f"near_dup_bits must be between 0 and {BANDS - 1} (the band index finds no more)")
        self.url = url
        self.p = prefix
        self.near_dup_bits = near_dup_bits
        self.near_dup_min_chars = near_dup_min_chars
        self.alive_ttl = alive_ttl  # seconds without a heartbeat after which a run counts as dead
        self.r = redis.Redis.from_url(url, decode_responses=True, socket_timeout=30, socket_connect_timeout=10)
        try:  # fail now, in one line, rather than mid-crawl
            found = self.r.get(f"{prefix}schema")
            if found is None:
                self.r.set(f"{prefix}schema", SCHEMA_VERSION, nx=True)
        except redis.RedisError as exc:
            from ..distributed import redact

            raise StateError(f"Redis store at {redact(url)} cannot be used: {exc}") from None
        if found is not None and int(found) > SCHEMA_VERSION:
            raise StateError(f"Redis store at {url.split('@')[-1]} (prefix {prefix!r}) was written by a newer newscrawl "
                             f"(layout {found}, this one knows {SCHEMA_VERSION}); upgrade newscrawl or use another "
                             "NEWSCRAWL_REDIS_PREFIX")
        #: The layout this Redis had when opened (None: new); no layout was ever migrated.
        self.version_found = int(found) if found is not None else None
        self.schema_version = SCHEMA_VERSION
        self.host = socket.gethostname()
        self._add_pending = self.r.register_script(_ADD_PENDING)
        self._add_delivered = self.r.register_script(_ADD_DELIVERED)
        self._put_text = self.r.register_script(_INDEX + "put_text(ARGV[1], ARGV[2], ARGV[3], ARGV[4])")
        self._commit = self.r.register_script(_COMMIT)
        self._abort = self.r.register_script(_ABORT)
        self._failure = self.r.register_script(_FAILURE)
        self._claim = self.r.register_script(_CLAIM)
        self._alive: dict[str, threading.Event] = {}

    def close(self) -> None:
        for stop in self._alive.values():
            stop.set()
        self._alive.clear()
        self.r.close()

    # -- rebuilding (newscrawl/run/rebuild.py) -----------------------------------------------
    def is_new(self, site: str) -> bool:
        """Whether the store knows nothing of ``site`` from this host (no run begun or rebuilt
        here, no article rebuilt here): Redis fresh or lost.  Per host, because each host's
        feeds are in its own output folder: after a lost Redis, the first worker on each host
        rebuilds what that host delivered, not only the first worker of the crawl."""
        return not self.r.exists(f"{self.p}known:{site}:{self.host}")

    def _known_here(self, site: str) -> None:
        self.r.set(f"{self.p}known:{site}:{self.host}", _now())

    @contextmanager
    def exclusive(self):
        """Hold the store's dedupe lock: ``with store.exclusive(): get → find_duplicate →
        add_pending`` is one step for every worker, so two workers that fetch one story at
        once (twins under two URLs, a reprint and its original) cannot both find it new and
        both emit it.  One lock for every site (a reprint may be on another portal's).  Held for
        milliseconds; a worker killed while holding it frees it after ``alive_ttl`` seconds
        (``NEWSCRAWL_REDIS_WORKER_TTL``), as its heartbeat would.  A live holder that took
        longer than that (a stalled machine) finds it expired when it leaves: a warning, not an
        error — its step is done, and its item must still reach the feed."""
        lock = self.r.lock(f"{self.p}lock:dedupe", timeout=self.alive_ttl, blocking_timeout=120)
        if not lock.acquire():
            raise StateError(f"the Redis store's dedupe lock ({self.p}lock:dedupe) was not free for 120 s")
        try:
            yield
        finally:
            try:
                lock.release()
            except redis.exceptions.LockError:
                logger.warning("The dedupe step took longer than NEWSCRAWL_REDIS_WORKER_TTL=%s s: its lock had "
                               "expired (another worker may have deduplicated at the same time)", self.alive_ttl)

    def bulk(self):
        """Many writes in a row (a rebuild): each is atomic on its own in Redis."""
        return nullcontext()

    def add_delivered(self, *, run_id: str, article_id: str, site: str, canonical_url: str | None,
                      content_hash: str | None, fingerprint: int | None, text_len: int,
                      published_at: str | None, version: int, sentences: list[str] | None = None) -> None:
        """Record an article as delivered by ``run_id`` (rebuilding the state from feeds),
        with its body's normalised sentences for the near-duplicate check."""
        self._add_delivered(args=[self.p, article_id, json.dumps(
            self._fields(run_id, site, canonical_url, content_hash, fingerprint, text_len, published_at, version, "0"),
            ensure_ascii=False), *_text_args(sentences)])
        self._known_here(site)

    def add_known_duplicate(self, *, article_id: str, original: str, key: str | None, canonical_url: str | None,
                            run_id: str | None) -> None:
        """Record a settled duplicate (rebuilding the state from the run reports)."""
        if self.r.hsetnx(f"{self.p}d:{article_id}", "original", original):
            self.r.hset(f"{self.p}d:{article_id}", mapping={"key": key or "", "canonical_url": canonical_url or "",
                                                             "run_id": run_id or "", "pending": "0"})
            if run_id:
                self.r.sadd(f"{self.p}run:{run_id}:found-dups", article_id)

    def run_findings(self, run_id: str) -> dict[str, list[dict]]:
        """As :meth:`SQLiteStore.run_findings`: the sightings ``run_id`` recorded, the duplicates
        it settled (for its report, from which a rebuild restores them)."""
        sightings = []
        for entry in self.r.smembers(f"{self.p}run:{run_id}:found"):
            aid, url = entry.split("\t", 1)
            raw = self.r.hget(f"{self.p}s:{aid}", url)
            value = json.loads(raw) if raw else None
            if value and value.get("run_id") == run_id:
                sightings.append({"article_id": aid, "url": url, "site": value.get("site"),
                                  "channel": value.get("channel") or [], "seen_at": value.get("seen_at")})
        sightings.sort(key=lambda s: (s["seen_at"] or "", s["url"]))
        duplicates = []
        for aid in sorted(self.r.smembers(f"{self.p}run:{run_id}:found-dups")):
            d = self.r.hgetall(f"{self.p}d:{aid}")
            if d.get("run_id") == run_id and d.get("pending") == "0":
                duplicates.append({"id": aid, "original": d["original"], "key": d.get("key") or None,
                                   "canonical_url": d.get("canonical_url") or None})
        return {"sightings": sightings, "duplicates": duplicates}

    def without_sentences(self, site: str) -> set[str]:
        """Ids of ``site``'s articles stored with no sentences (scans every article: a rare step)."""
        out = set()
        for key in self.r.scan_iter(f"{self.p}a:*", count=1000):
            aid = key[len(self.p) + 2:]
            if self.r.hget(key, "site") == site and not self.r.exists(f"{self.p}t:{aid}"):
                out.add(aid)
        return out

    def sentences_due(self, site: str) -> bool:
        """Whether ``site``'s articles still want their sentences.  The Redis layout kept them
        from its first version, so only a ``sentences-due:<site>`` key set by hand asks."""
        return bool(self.r.exists(f"{self.p}sentences-due:{site}"))

    def set_sentences(self, site: str, texts: dict[str, list[str]]) -> None:
        """Give ``site``'s stored articles their sentences (id → the body's normalised sentences)."""
        for article_id, sentences in texts.items():
            self._put_text(keys=[], args=[self.p, article_id, *_text_args(sentences)[1:]])
        self.r.delete(f"{self.p}sentences-due:{site}")

    def add_done_run(self, run_id: str, site: str, final_path: str) -> None:
        """Record a finished run (rebuilding the state from its feed)."""
        if self.r.hsetnx(f"{self.p}run:{run_id}", "status", "done"):
            self.r.hset(f"{self.p}run:{run_id}", mapping={"site": site, "host": self.host, "started_at": _now(),
                                                           "finished_at": _now(), "final_path": final_path})
        self._known_here(site)

    # -- runs -----------------------------------------------------------------------------
    def begin_run(self, run_id: str, site: str, taken=lambda run_id: False) -> str:
        """Register a run under a free id (``run_id``, ``run_id-2``…: ids are taken atomically,
        so workers started in the same second never share one) and start its heartbeat."""
        for n in range(1, 1000):
            candidate = run_id if n == 1 else f"{run_id}-{n}"
            if taken(candidate) or not self.r.hsetnx(f"{self.p}run:{candidate}", "status", "running"):
                continue
            self.r.hset(f"{self.p}run:{candidate}", mapping={"site": site, "pid": os.getpid(), "host": self.host,
                                                              "started_at": _now()})
            self.r.sadd(f"{self.p}runs:{site}", candidate)
            self._known_here(site)
            self._start_heartbeat(candidate)
            return candidate
        raise RuntimeError(f"no free run id after {run_id!r}-999")

    def _start_heartbeat(self, run_id: str) -> None:
        key, stop = f"{self.p}run:{run_id}:alive", threading.Event()
        self.r.set(key, self.host, px=int(self.alive_ttl * 1000))
        client = redis.Redis.from_url(self.url, decode_responses=True, socket_timeout=5)

        def beat():
            while not stop.wait(min(_HEARTBEAT_EVERY, self.alive_ttl / 3)):
                try:
                    client.set(key, self.host, px=int(self.alive_ttl * 1000))
                except redis.RedisError:
                    pass  # Redis briefly away: the next beat tries again
            client.delete(key)
            client.close()

        self._alive[run_id] = stop
        threading.Thread(target=beat, name=f"newscrawl-heartbeat-{run_id}", daemon=True).start()

    def _stop_heartbeat(self, run_id: str) -> None:
        stop = self._alive.pop(run_id, None)
        if stop is not None:
            stop.set()

    def run_alive(self, run_id: str) -> bool:
        """Whether a live worker runs ``run_id`` (its heartbeat is fresh)."""
        return bool(self.r.exists(f"{self.p}run:{run_id}:alive"))

    def set_part(self, run_id: str, part_path: str, final_path: str) -> None:
        self.r.hset(f"{self.p}run:{run_id}", mapping={"part_path": part_path, "final_path": final_path})

    def mark_finalizing(self, run_id: str) -> None:
        self.r.hset(f"{self.p}run:{run_id}", "status", "finalizing")

    def _site(self, run_id: str) -> str:
        return self.r.hget(f"{self.p}run:{run_id}", "site") or ""

    def commit_run(self, run_id: str, status: str = "done") -> int:
        n = int(self._commit(args=[self.p, run_id, self._site(run_id), status, _now()]))
        self._stop_heartbeat(run_id)
        return n

    def abort_run(self, run_id: str, status: str = "failed") -> int:
        n = int(self._abort(args=[self.p, run_id, self._site(run_id), status, _now()]))
        self._stop_heartbeat(run_id)
        return n

    def recover(self, site: str) -> list[Recovery]:
        """Settle the site's runs that died (no heartbeat): a *running* one is discarded (its
        pending articles forgotten, its ``.part`` removed if it is on this host); a
        *finalizing* one on this host is completed as :meth:`SQLiteStore.recover` does, one on
        another host is left to that host (its file is there).  Pending articles of a run that is
        neither (a run whose bookkeeping failed half way) are forgotten too, as SQLite's are."""
        done: list[Recovery] = []
        for run_id in sorted(self.r.smembers(f"{self.p}runs:{site}")):
            run = self.r.hgetall(f"{self.p}run:{run_id}")
            status = run.get("settling_from") if run.get("status") == "settling" else run.get("status")
            if status not in ("running", "finalizing") or self.run_alive(run_id):
                continue
            here = run.get("host") == self.host
            if status == "finalizing" and not here:
                continue  # its whole .part is on its own host: a run there publishes it
            # Workers joining at once settle it once; one that dies while settling leaves it to the next.
            status = self._claim(keys=[f"{self.p}run:{run_id}", f"{self.p}run:{run_id}:claim"],
                                 args=[int(self.alive_ttl * 1000)])
            if status is None:
                continue
            pending = self.r.scard(f"{self.p}run:{run_id}:articles")
            part, final = run.get("part_path"), run.get("final_path")
            if status == "finalizing":
                if final and (Path(final).exists() or (part and Path(part).exists())):
                    action = "committed"
                    if part and Path(part).exists():
                        os.replace(part, final)
                        action = "published_and_committed"
                    self.commit_run(run_id)
                    done.append(Recovery(run_id, action, pending, final))
                    continue
            if here and part:
                Path(part).unlink(missing_ok=True)
            self.abort_run(run_id, status="killed")
            done.append(Recovery(run_id, "discarded", pending, part))
        for run_id in sorted(self.r.smembers(f"{self.p}pending-runs")):
            if self.r.hget(f"{self.p}run:{run_id}", "status") in ("running", "finalizing", "settling"):
                continue
            pending = self.r.scard(f"{self.p}run:{run_id}:articles")
            self.abort_run(run_id, status="killed")
            done.append(Recovery(run_id, "discarded", pending, None))
        return done

    # -- articles -------------------------------------------------------------------------
    @staticmethod
    def _known(article_id: str, row: dict) -> Known | None:
        if not row:
            return None
        return Known(id=article_id, version=int(row.get("version") or 1), content_hash=row.get("content_hash") or None,
                     published_at=row.get("published_at") or None, canonical_url=row.get("canonical_url") or None,
                     pending=row.get("pending") == "1")

    def get(self, article_id: str) -> Known | None:
        return self._known(article_id, self.r.hgetall(f"{self.p}a:{article_id}"))

    def known_ids(self, ids: list[str]) -> dict[str, Known]:
        """As :meth:`SQLiteStore.known_ids`: articles, and settled duplicates of delivered ones."""
        if not ids:
            return {}
        pipe = self.r.pipeline(transaction=False)
        for i in ids:
            pipe.hgetall(f"{self.p}a:{i}")
            pipe.hgetall(f"{self.p}d:{i}")
        rows = pipe.execute()
        known: dict[str, Known] = {}
        dups: list[tuple[str, dict]] = []
        for n, i in enumerate(ids):
            article, dup = rows[2 * n], rows[2 * n + 1]
            if article:
                known[i] = self._known(i, article)
            elif dup and dup.get("pending") == "0":
                dups.append((i, dup))
        if dups:
            originals = self.r.pipeline(transaction=False)
            for _, dup in dups:
                originals.hget(f"{self.p}a:{dup['original']}", "pending")
            for (i, dup), pending in zip(dups, originals.execute()):
                if pending == "0":
                    known[i] = Known(id=i, version=0, content_hash=None, published_at=None,
                                     canonical_url=dup.get("canonical_url") or None, pending=False)
        return known

    def add_duplicate(self, run_id: str, *, article_id: str, original: str, key: str,
                      canonical_url: str | None) -> None:
        pipe = self.r.pipeline()
        pipe.delete(f"{self.p}d:{article_id}")
        pipe.hset(f"{self.p}d:{article_id}", mapping={"original": original, "key": key, "canonical_url": canonical_url or "",
                                                     "run_id": run_id, "pending": "1"})
        pipe.sadd(f"{self.p}run:{run_id}:dups", article_id)
        pipe.sadd(f"{self.p}run:{run_id}:found-dups", article_id)  # for run_findings (kept)
        pipe.execute()
        # Its sightings so far are the original's (as on SQLite): moved, with their run's entries.
        for url, raw in self.r.hgetall(f"{self.p}s:{article_id}").items():
            if self.r.hsetnx(f"{self.p}s:{original}", url, raw):
                rid = json.loads(raw).get("run_id")
                for kind in ("sightings", "found") if rid else ():
                    if self.r.srem(f"{self.p}run:{rid}:{kind}", f"{article_id}\t{url}"):
                        self.r.sadd(f"{self.p}run:{rid}:{kind}", f"{original}\t{url}")
        self.r.delete(f"{self.p}s:{article_id}")

    def original_of(self, article_id: str) -> str | None:
        """The article ``article_id`` was found to duplicate (settled or not), else None."""
        return self.r.hget(f"{self.p}d:{article_id}", "original")

    def find_duplicate(self, *, article_id: str, canonical_url: str | None, content_hash: str | None,
                       fingerprint: int | None, text_len: int,
                       sentences: list[str] | None = None) -> tuple[str, str] | None:
        """As :meth:`SQLiteStore.find_duplicate`: canonical URL, content hash, then a
        near-duplicate candidate from the SimHash bands or the sentence anchors, confirmed by
        :func:`newscrawl.containment.compare` (earliest delivered wins).  The indexes are in
        Redis, so every worker of a shared crawl looks in the same ones (and, under
        :meth:`exclusive`, no two emit one story)."""
        for key, value in (("canonical_url", canonical_url and f"url:{canonical_url}"),
                           ("content_hash", content_hash and f"hash:{content_hash}")):
            if value:
                other = self.r.get(self.p + value)
                if other and other != article_id:
                    return key, other
        near = self._near_duplicate(article_id, fingerprint, text_len, sentences)
        return ("near_duplicate", near) if near is not None else None

    def _near_duplicate(self, article_id: str, fingerprint: int | None, text_len: int,
                        sentences: list[str] | None) -> str | None:
        bits: dict[str, int] = {}  # candidate → SimHash distance (or 64: found by anchors only)
        if fingerprint is not None and text_len >= self.near_dup_min_chars:
            found = sorted(self.r.sunion([f"{self.p}band:{i}:{b}" for i, b in enumerate(bands(fingerprint))])
                           - {article_id})
            pipe = self.r.pipeline(transaction=False)
            for c in found:
                pipe.hmget(f"{self.p}a:{c}", "fingerprint", "text_len")
            for c, (fp, n) in zip(found, pipe.execute()):
                if fp and int(n or 0) >= self.near_dup_min_chars and (d := hamming(fingerprint, int(fp))) <= self.near_dup_bits:
                    bits[c] = d
        if sentences:
            keys = anchors(sentences)
            pipe = self.r.pipeline(transaction=False)
            for h in keys:
                pipe.smembers(f"{self.p}anchor:{h}")
            shared = Counter(c for ids in pipe.execute() for c in ids if c != article_id)
            for c, _n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES]:
                bits.setdefault(c, 64)
        if not bits:
            return None
        ranked = sorted(bits, key=lambda aid: (bits[aid], aid))[:MAX_CANDIDATES]
        pipe = self.r.pipeline(transaction=False)
        for c in ranked:
            pipe.hmget(f"{self.p}a:{c}", "pending", "delivered_at", "seq")
            pipe.get(f"{self.p}t:{c}")
        rows = pipe.execute()
        order, stored = {}, {}
        for c, (pending, delivered_at, seq), text in zip(ranked, rows[::2], rows[1::2]):
            if pending is not None:  # still stored (an anchor may outlive nothing, but be safe)
                order[c] = (pending, delivered_at or "", int(seq or 0))
                stored[c] = text
        confirmed = []
        for aid in ranked:
            if aid not in order:
                continue
            if stored[aid] is None or not sentences:  # stored without sentences: the SimHash decides
                if bits[aid] <= self.near_dup_bits:
                    confirmed.append(aid)
                continue
            if containment.compare(stored[aid].split("\n"), sentences, simhash_bits=bits[aid]).same_story:
                confirmed.append(aid)
        return min(confirmed, key=order.__getitem__) if confirmed else None

    @staticmethod
    def _fields(run_id, site, canonical_url, content_hash, fingerprint, text_len, published_at, version,
                pending: str) -> dict:
        b = bands(fingerprint) if fingerprint is not None else ("",) * BANDS
        return {"site": site or "", "canonical_url": canonical_url or "", "content_hash": content_hash or "",
                "fingerprint": "" if fingerprint is None else str(fingerprint), "text_len": text_len,
                "published_at": published_at or "", "version": version, "run_id": run_id, "delivered_at": _now(),
                "pending": pending, **{f"b{i}": str(v) for i, v in enumerate(b)}}

    def add_pending(self, run_id: str, *, article_id: str, site: str, canonical_url: str | None,
                    content_hash: str | None, fingerprint: int | None, text_len: int,
                    published_at: str | None, version: int, sentences: list[str] | None = None) -> None:
        """As :meth:`SQLiteStore.add_pending`, the sentences and their anchors included."""
        fields = self._fields(run_id, site, canonical_url, content_hash, fingerprint, text_len, published_at, version, "1")
        self._add_pending(args=[self.p, run_id, article_id, json.dumps(fields, ensure_ascii=False),
                                *_text_args(sentences)])

    # -- failures -------------------------------------------------------------------------
    def record_failure(self, run_id: str, *, article_id: str, site: str | None, url: str, reason: str) -> int:
        return int(self._failure(args=[self.p, article_id, site or "", url, reason, _now(), run_id]))

    def clear_failure(self, article_id: str) -> None:
        self.r.delete(f"{self.p}f:{article_id}")
        self.r.srem(f"{self.p}failures", article_id)

    def held_back(self, ids: list[str], *, give_up_after: int, min_hours: float,
                  backoff_hours: float) -> dict[str, Held]:
        """As :meth:`SQLiteStore.held_back`: ``given_up`` or ``backing_off``, and why."""
        if not ids:
            return {}
        pipe = self.r.pipeline(transaction=False)
        for i in ids:
            pipe.hmget(f"{self.p}f:{i}", "reason", "attempts", "first_at", "last_at")
        now = datetime.now(timezone.utc)
        held: dict[str, Held] = {}
        for aid, (reason, attempts, first_at, last_at) in zip(ids, pipe.execute()):
            if not attempts:
                continue
            h = Held.judge(aid, reason, int(attempts), first_at, last_at, now, give_up_after=give_up_after,
                           min_hours=min_hours, backoff_hours=backoff_hours)
            if h is not None:
                held[aid] = h
        return held

    def failures(self) -> list[tuple[str, str, int]]:
        ids = sorted(self.r.smembers(f"{self.p}failures"))
        pipe = self.r.pipeline(transaction=False)
        for i in ids:
            pipe.hmget(f"{self.p}f:{i}", "reason", "attempts")
        return [(i, reason, int(n)) for i, (reason, n) in zip(ids, pipe.execute()) if n]

    # -- lists ------------------------------------------------------------------------------
    def mark_lists_walked(self, run_id: str, site: str, paths: list[str]) -> None:
        if paths:
            self.r.sadd(f"{self.p}run:{run_id}:walked", *paths)

    def walked_lists(self, site: str) -> set[str]:
        return set(self.r.smembers(f"{self.p}walked:{site}"))

    # -- lists cut by the page cap ----------------------------------------------------------
    def set_resume(self, run_id: str, site: str, path: str, url: str | None, channel: list[str] | None = None) -> None:
        """Where the list ``path`` goes on next time (``url`` None: it was read to its end);
        it counts once ``run_id`` commits."""
        value = "" if url is None else json.dumps([url, channel or []], ensure_ascii=False)
        self.r.hset(f"{self.p}run:{run_id}:resumes", f"{site}\t{path}", value)

    def resumes(self, site: str) -> dict[str, tuple[str, list[str]]]:
        """Lists cut short by the page cap: path → (URL of the next page to read, channel)."""
        return {path: tuple(json.loads(value)) for path, value in self.r.hgetall(f"{self.p}resume:{site}").items()}

    # -- the channel tree -------------------------------------------------------------------
    def save_tree(self, site: str, netloc: str, columns: list[tuple[str, list[str]]],
                  failed: dict[str, str] | None = None, walked_at: str | None = None) -> None:
        """As :meth:`SQLiteStore.save_tree`: the columns of a complete walk and its dead pages."""
        self.r.hset(f"{self.p}tree:{site}:{netloc}", mapping={
            "walked_at": walked_at or _now(), "columns_json": json.dumps(sorted(columns), ensure_ascii=False),
            "failed_json": json.dumps(sorted((failed or {}).items()), ensure_ascii=False)})

    def tree(self, site: str, netloc: str, max_age_hours: float) -> Tree | None:
        """The last complete walk, if it is at most ``max_age_hours`` old."""
        cutoff = (datetime.now(timezone.utc) - timedelta(hours=max_age_hours)).replace(microsecond=0).isoformat()
        walked_at, columns, failed = self.r.hmget(f"{self.p}tree:{site}:{netloc}", "walked_at", "columns_json",
                                                  "failed_json")
        if not walked_at or walked_at < cutoff:
            return None
        return Tree([(path, names) for path, names in json.loads(columns)], dict(json.loads(failed or "[]")), walked_at)

    # -- sightings --------------------------------------------------------------------------
    def add_sighting(self, article_id: str, url: str, channel: list[str] | None, run_id: str | None,
                     site: str | None = None, seen_at: str | None = None) -> bool:
        """As :meth:`SQLiteStore.add_sighting`: filed under the original of a known duplicate;
        True if that is news."""
        article_id = self.original_of(article_id) or article_id
        value = json.dumps({"channel": channel or [], "run_id": run_id, "seen_at": seen_at or _now(), "site": site},
                           ensure_ascii=False)
        if not self.r.hsetnx(f"{self.p}s:{article_id}", url, value):
            return False
        if run_id:
            self.r.sadd(f"{self.p}run:{run_id}:sightings", f"{article_id}\t{url}")  # pending: for abort_run
            self.r.sadd(f"{self.p}run:{run_id}:found", f"{article_id}\t{url}")  # kept: for run_findings
        return True

    def sighting_list(self, article_id: str) -> list[Sighting]:
        """Every other place ``article_id`` ran (URL, site, channel, when, which run), oldest first."""
        rows = [(url, json.loads(raw)) for url, raw in self.r.hgetall(f"{self.p}s:{article_id}").items()]
        rows.sort(key=lambda r: (r[1].get("seen_at") or "", r[0]))
        return [Sighting(url=url, site=v.get("site"), channel=v.get("channel") or [], seen_at=v.get("seen_at"),
                         run_id=v.get("run_id")) for url, v in rows]

    def sightings(self, article_id: str) -> list[str]:
        """The URLs ``article_id`` was also found at, oldest first."""
        return [s.url for s in self.sighting_list(article_id)]

    def count(self, *, pending: bool | None = None) -> int:
        n = 0
        for key in self.r.scan_iter(f"{self.p}a:*", count=1000):
            if pending is None or (self.r.hget(key, "pending") == "1") == pending:
                n += 1
        return n
