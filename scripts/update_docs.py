"""Paste generated text into the docs between `<!-- NAME -->` and `<!-- /NAME -->` markers.

uv run python scripts/update_docs.py          # rewrite
uv run python scripts/update_docs.py --check  # exit 1 if a file is out of date
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from resonanz.settings import settings_table

ROOT = Path(__file__).resolve().parents[1]
BLOCKS = {"settings-table": settings_table}
FILES = ("README.md", "docs/configuration.md")


def render(text: str) -> str:
    for name, make in BLOCKS.items():
        pattern = re.compile(rf"(<!-- {name} -->\n).*?(<!-- /{name} -->)", re.S)
        text = pattern.sub(lambda m, make=make: m.group(1) + make() + m.group(2), text)
    return text


def main() -> int:
    stale = []
    for name in FILES:
        path = ROOT / name
        old = path.read_text(encoding="utf-8")
        new = render(old)
        if new != old:
            stale.append(name)
            if "--check" not in sys.argv:
                path.write_text(new, encoding="utf-8")
    if stale and "--check" in sys.argv:
        print("out of date:", ", ".join(stale), "— run: uv run python scripts/update_docs.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
