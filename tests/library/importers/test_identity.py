"""What the WhatsApp importer stores must not change: people re-import exports, and dedupe
relies on the message ids (and users would notice any other stored value changing).

The digests in fixtures/identity_digests.json were captured with the importer as it was
before its speed-up (commit 1c51220), under TZ=UTC, from the test fixtures and a generated
corpus (wa_corpus.py); regenerate them only for a deliberate, documented change of identity.
"""

import hashlib
import json
import os
import time
from pathlib import Path

import pytest

from .conftest import FIXTURES
from .wa_corpus import dump, write_corpus

DIGESTS = FIXTURES / "identity_digests.json"
CORPUS = 100


def digest(export: Path) -> str:
    data = json.dumps(dump(export), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def exports(folder: Path) -> dict[str, Path]:
    found = {p.name: p for p in sorted(FIXTURES.glob("*.txt"))}
    for p in write_corpus(folder, CORPUS):
        found[f"corpus/{p.parent.name}/{p.name}"] = p
    return found


@pytest.fixture
def utc():
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset to read times as UTC")
def test_import_output_is_unchanged(tmp_path, utc):
    expected = json.loads(DIGESTS.read_text(encoding="utf-8"))
    got = {name: digest(p) for name, p in exports(tmp_path).items()}
    assert got.keys() == expected.keys()
    changed = [name for name in got if got[name] != expected[name]]
    assert not changed, f"import output changed for {len(changed)} exports: {changed[:10]}"


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset to read times as UTC")
def test_parsing_in_a_child_process_stores_the_same(tmp_path, utc, monkeypatch):
    # Big exports are parsed in a child process (worker.py); force that for small ones.
    from backupgui.library.importers import worker

    monkeypatch.setattr(worker, "CHILD_MIN_BYTES", 0)
    expected = json.loads(DIGESTS.read_text(encoding="utf-8"))
    found = exports(tmp_path)
    # A zip with media, binary and non-UTF-8 lines, CRLF, a preamble, an iOS chat.
    names = ["WhatsApp Chat with Broken.txt", "_chat.txt",
             *(n for n in found if n.startswith(("corpus/0001/", "corpus/0003/", "corpus/0006/")))]
    assert len(names) == 5
    for name in names:
        assert digest(found[name]) == expected[name], name


if __name__ == "__main__":  # capture: PYTHONPATH=<old tree> TZ=UTC python -m ...test_identity
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = {name: digest(p) for name, p in exports(Path(tmp)).items()}
    DIGESTS.write_text(json.dumps(out, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(out), "digests written to", DIGESTS)
