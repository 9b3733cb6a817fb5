"""``ShardedMap``: a read-only mapping whose changed copy costs what the change touches.

The per-document tables a knowledge base publishes after every change (its sentences, the
spans of its mentions, the positions of each document) are shared with readers of the previous
revision, so a change cannot write into them; copying a dict of 44,000 documents for each
one-document change cost ~25 ms, a third of the whole change.  ``ShardedMap`` keeps its items
in 256 dicts by the key's hash: ``changed`` copies the list of shards and only the shards it
writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

__all__ = ["ShardedMap"]

_SHARDS = 256


class ShardedMap(Mapping):
    """A mapping never changed once made; ``changed`` gives a new one sharing untouched shards.

    >>> a = ShardedMap.of({"doc-1": 1, "doc-2": 2})
    >>> b = a.changed({"doc-3": 3}, gone=["doc-1"])
    >>> sorted(a.items()), sorted(b.items())
    ([('doc-1', 1), ('doc-2', 2)], [('doc-2', 2), ('doc-3', 3)])
    """

    __slots__ = ("_len", "_shards")

    def __init__(self, shards: list[dict] | None = None, size: int = 0):
        self._shards = shards if shards is not None else [{} for _ in range(_SHARDS)]
        self._len = size

    @classmethod
    def of(cls, items: Mapping[str, Any]) -> ShardedMap:
        return cls().changed(items)

    def changed(self, put: Mapping[str, Any] = {}, gone: Iterable[str] = ()) -> ShardedMap:
        """A new map with ``put`` written over this one's items and the keys ``gone`` left out."""
        shards = list(self._shards)
        own: set[int] = set()
        size = self._len

        def shard(key: str) -> dict:
            i = hash(key) % _SHARDS
            if i not in own:
                shards[i] = dict(shards[i])
                own.add(i)
            return shards[i]

        for key in gone:
            if key in shards[hash(key) % _SHARDS]:
                del shard(key)[key]
                size -= 1
        for key, value in put.items():
            s = shard(key)
            size += key not in s
            s[key] = value
        return ShardedMap(shards, size)

    def __getitem__(self, key: str) -> Any:
        return self._shards[hash(key) % _SHARDS][key]

    def get(self, key: str, default: Any = None) -> Any:
        return self._shards[hash(key) % _SHARDS].get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._shards[hash(key) % _SHARDS]

    def __iter__(self) -> Iterator[str]:
        for s in self._shards:
            yield from s

    def __len__(self) -> int:
        return self._len

    def __reduce__(self):  # string hashes differ between processes: pickle the items
        return (ShardedMap.of, (dict(self.items()),))
