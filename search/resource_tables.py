"""The search layer's Korean-language tables (``search/resources/*.toml``), read in one place.

Fifteen modules each opened their own table with the same three lines; a missing or broken
file then failed with a bare ``FileNotFoundError`` or a TOML parse error that named no file.
Here every table is read once per process and a failure names the file to fix.

>>> resource_table("answer_types.toml")["interrogatives"]["누구"]
'person'
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

__all__ = ["RESOURCE_DIR", "resource_table"]

RESOURCE_DIR = Path(__file__).with_name("resources")


@functools.cache
def resource_table(name: str) -> dict:
    """The TOML table ``name`` of search/resources/, as read (shared: callers must not change it).

    >>> "descriptive" in resource_table("question.toml")
    True
    """
    # a plain file name only: the tables are this folder's, never a path from elsewhere
    if not isinstance(name, str) or Path(name).name != name or not name.endswith(".toml"):
        raise ValueError(f"a search table is a .toml file name of {RESOURCE_DIR}, not {name!r}")
    path = RESOURCE_DIR / name
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise FileNotFoundError(f"search table {path} is missing") from None
    except tomllib.TOMLDecodeError as e:
        raise ValueError(f"search table {path} is not valid TOML: {e}") from e
