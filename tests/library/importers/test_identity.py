"""What the WhatsApp importer stores must not change: people re-import exports, and dedupe
relies on the message ids (and users would notice any other stored value changing).

The digests in fixtures/identity_digests.json were captured under TZ=UTC from the test
fixtures and a generated corpus (wa_corpus.py); regenerate them only for a deliberate,
documented change of identity. They were first taken with the importer as it was before its
speed-up (commit 1c51220), and taken again for issue 20 (docs/IMPORT.md, "What changed in
issue 20"): placeholders, system lines and senders read in every language, attachments the
export lacks kept as rows, the file's last line feeds no longer part of the last message,
and the schema-4 sequence.
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


@pytest.mark.parametrize("max_names", [40, 50_000])
def test_first_pass_in_two_halves_finds_the_same(tmp_path, monkeypatch, max_names):
    # Big exports: the importing process reads pass 1's second half while the child reads
    # the first, and the child merges the two, unless reading on would have pruned the
    # name counts (then it reads the second half itself). Either way: what one pass finds.
    from backupgui.library.importers import whatsapp
    from backupgui.library.importers.common import ExportSource

    monkeypatch.setattr(whatsapp, "_MAX_NAMES", max_names)
    many = tmp_path / "WhatsApp Chat with Ana.txt"
    lines = [f"1/{1 + i // 100}/21, 10:{i % 60:02d} AM - {('Ana', 'Bob')[i % 2]}: w{i}: text {i}"
             for i in range(600)]
    lines += [f"2/1/21, 9:{i:02d} AM - Ana: Dr: Who{i % 3}: hi" for i in range(60)]
    many.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Dates going back and forth: whether they go back where the halves meet counts too.
    zigzags = []
    for n in range(20, 26):
        zigzag = tmp_path / f"WhatsApp Chat with Zig {n}.txt"
        zigzag.write_text("".join(f"{('5/3/21', '3/4/21', '4/5/21')[i % 3]}, 10:00 - Zig: {i}\n"
                                  for i in range(n)), encoding="utf-8")
        zigzags.append(zigzag)
    quiet = whatsapp._QUIET
    split = 0
    for export in [many, *zigzags, *list(exports(tmp_path / "corpus").values())[:40]]:
        with ExportSource(export) as source:
            parser = whatsapp.WhatsAppParser(source)
            cut = parser.split_point()
            if cut is None:
                continue
            split += 1
            rest = whatsapp.WhatsAppParser(source).scan_from(quiet, *cut)
            halves = parser.scan(quiet, cut[0], lambda rest=rest: rest)
            assert halves == whatsapp.WhatsAppParser(source).scan(quiet), export.name
            if export == many:
                assert halves.pruned == (max_names == 40)
    assert split > 30


if __name__ == "__main__":  # capture: PYTHONPATH=<old tree> TZ=UTC python -m ...test_identity
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = {name: digest(p) for name, p in exports(Path(tmp)).items()}
    DIGESTS.write_text(json.dumps(out, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(out), "digests written to", DIGESTS)
