"""The offline replica of 山西新闻网: a deterministic site generator and a loopback server.

    python -m newscrawl.replica --port 8000          # serve the bundled replica

:class:`~.site.Replica` is the content and the truth, :mod:`.pages` the HTML,
:class:`~.server.ReplicaServer` the HTTP side.
"""

from .server import ReplicaServer
from .site import Replica

__all__ = ["Replica", "ReplicaServer"]
