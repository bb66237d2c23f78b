"""Print a Debian changelog (debian/changelog format) made from CHANGELOG.md.

    python3 packaging/linux/debian_changelog.py CHANGELOG.md DEB_VERSION

One entry per "## [X.Y.Z] - YYYY-MM-DD" section, newest first; the newest carries DEB_VERSION
(e.g. 0.1.0-1), older ones X.Y.Z-1. Each "- " bullet becomes one "  * " item, wrapped at 78
columns. Dates come from the file, so every build prints the same.
"""

from __future__ import annotations

import re
import sys
import textwrap
from datetime import UTC, datetime

MAINTAINER = "The backupgui developers <backupgui@users.noreply.github.com>"
HEADING = re.compile(r"^## \[(?P<ver>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})\s*$")


def sections(text: str) -> list[tuple[str, str, list[str]]]:
    out: list[tuple[str, str, list[str]]] = []
    for line in text.splitlines():
        m = HEADING.match(line)
        if m:
            out.append((m["ver"], m["date"], []))
        elif out and line.startswith("- "):
            out[-1][2].append(line[2:].strip())
        elif out and out[-1][2] and line.startswith("  ") and line.strip():
            out[-1][2][-1] += " " + line.strip()
    return out


def render(text: str, deb_version: str) -> str:
    entries = []
    for i, (ver, date, items) in enumerate(sections(text)):
        when = datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=UTC)
        body = "\n".join(textwrap.fill(item, 78, initial_indent="  * ",
                                       subsequent_indent="    ") for item in items)
        entries.append(f"backupgui ({deb_version if i == 0 else ver + '-1'}) unstable; "
                       f"urgency=medium\n\n{body or '  * Release ' + ver + '.'}\n\n"
                       f" -- {MAINTAINER}  {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}\n")
    if not entries:
        raise SystemExit("no '## [X.Y.Z] - YYYY-MM-DD' section in the changelog")
    return "\n".join(entries)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        sys.stdout.write(render(fh.read(), sys.argv[2]))
