"""The English docs a user reads follow the source strings' word rules
(``backupgui/i18n/textcheck.py``, docs/TRANSLATING.md): a desktop app is clicked, not
tapped; a button named in a sentence drops its "…". ``python -m backupgui.i18n.update
--check`` runs the same check."""

from __future__ import annotations

from pathlib import Path

from backupgui.i18n.textcheck import doc_problems

ROOT = Path(__file__).resolve().parents[1]


def test_the_docs_say_click_and_end_sentences_on_one_mark():
    assert doc_problems(ROOT) == []


def test_the_check_finds_a_tap_and_a_button_with_its_ellipsis_outside_code_and_quotes(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "packaging").mkdir()
    (tmp_path / "README.md").write_text(
        "Open backupgui and tap Back up.\n"           # 1: found
        "Choose a folder or use Browse….\n"           # 2: found
        "The old text said \"tap\"; `tap` in code.\n"  # 3: a mention, not a use
        "```sh\necho tap\n```\n"                       # 4-6: a code block
        "From a backup restored on …. The other: ….\n",  # 7: an elided value
        encoding="utf-8")
    (tmp_path / "docs" / "GUI.md").write_text("Tapped twice, it opens.\n", encoding="utf-8")
    (tmp_path / "packaging" / "README.md").write_text("Click Next!\n", encoding="utf-8")
    # the phone's own steps are allowed by their phrase, in their file only
    (tmp_path / "docs" / "IMPORT.md").write_text("open the chat → tap the name at the top\n",
                                                 encoding="utf-8")
    assert doc_problems(tmp_path) == [
        "README.md:1: 'tap' where a desktop says 'click'",
        "README.md:2: a sentence ends right after '…'",
        "docs/GUI.md:1: 'tap' where a desktop says 'click'",
    ]
    (tmp_path / "docs" / "SCHEDULE.md").write_text("open the chat → tap the name at the top\n",
                                                   encoding="utf-8")
    assert "docs/SCHEDULE.md:1: 'tap' where a desktop says 'click'" in doc_problems(tmp_path)
