"""Issue 20, second part: WhatsApp exports whose phones write dates with the month's name
("Mar 5, 2021", "5 мар. 2021 г."), or without the year ("Mar 5, 8:11 PM"), and the other
layouts still refused before: a year's suffix ("5.03.21 г."), a dot after the time
("13:34. - "), a 24-hour time marked "p.m.". Every test here failed before (the file was
refused, or its messages skipped)."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from backupgui.library.importers import ImportFormatError, import_export, preview_export


def wall(ms: int) -> str:
    """A message's time as the export shows it (to the second when it shows seconds)."""
    t = dt.datetime.fromtimestamp(ms / 1000)
    return f"{t:%Y-%m-%d %H:%M}" + (f":{t.second:02d}" if t.second else "")


def _import(lib, path):
    res = import_export(lib, path)
    (chat,) = lib.list_chats()
    names = {p.person_id: p.name for p in lib.chat(chat.id).participants}
    return res, [(wall(m.ts_ms), names.get(m.sender) if m.sender else None, m.text)
                 for m in lib.messages(chat.id)]


def _write(tmp_path, text, name="WhatsApp Chat with Ana.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


# One line per layout: the first message's line, the second's, and the times they give.
WORDS = {
    "en-US android": ("Mar 5, 2021, 8:11\u202fPM - Ana: hello", "Mar 6, 2021, 9:02\u202fAM - Bob: hi"),
    "en-US iphone": ("[Mar 5, 2021 at 8:11:22\u202fPM] Ana: hello", "[Mar 6, 2021 at 9:02:03\u202fAM] Bob: hi"),
    "en-GB android": ("5 Mar 2021, 20:11 - Ana: hello", "6 March 2021, 09:02 - Bob: hi"),
    "en-IN dashes": ("05-Mar-21, 8:11 pm - Ana: hello", "06-Mar-21, 9:02 am - Bob: hi"),
    "de iphone": ("[5. März 2021 um 20:11:22] Ana: hallo", "[6. März 2021 um 09:02:03] Bob: hi"),
    "fr android": ("5 mars 2021 à 20:11 - Ana: salut", "6 mars 2021 à 09:02 - Bob: hi"),
    "es android": ("5 mar 2021, 20:11 - Ana: hola", "6 mar 2021, 9:02 - Bob: hi"),
    "pt android": ("5 de mar. de 2021 20:11 - Ana: olá", "6 de março de 2021 09:02 - Bob: oi"),
    "ru android": ("5 мар. 2021 г., 20:11 - Аня: привет", "6 марта 2021 г., 9:02 - Боб: хай"),
    "uk android": ("5 бер. 2021 р., 20:11 - Аня: привіт", "6 березня 2021 р., 09:02 - Боб: хай"),
    "pl android": ("5 mar 2021, 20:11 - Ania: cześć", "6 marca 2021, 09:02 - Bob: hej"),
    "nl android": ("5 mrt 2021 20:11 - Ana: hoi", "6 maart 2021 09:02 - Bob: hai"),
    "tr android": ("5 Mar 2021 20:11 - Ana: selam", "6 Mart 2021 09:02 - Bob: merhaba"),
    "hu android": ("2021. márc. 5. 20:11 - Anna: szia", "2021. március 6. 9:02 - Bob: hali"),
    "vi android": ("5 thg 3, 2021, 20:11 - An: chào", "6 tháng 3, 2021, 09:02 - Bình: chào"),
    "th buddhist": ("5 มี.ค. 2564, 20:11 - สมชาย: สวัสดี", "6 มีนาคม 2564, 09:02 - สมหญิง: ดี"),
    "he android": ("5 במרץ 2021, 20:11 - דנה: שלום", "6 במרץ 2021, 9:02 - רון: היי"),
    "ar digits": ("\u200f٥ مارس ٢٠٢١، ٨:١١ م - أحمد: مرحبا", "\u200f٦ مارس ٢٠٢١، ٩:٠٢ ص - سارة: أهلا"),
    "hi android": ("5 मार्च 2021, 8:11 pm - राम: नमस्ते", "6 मार्च 2021, 9:02 am - सीता: हाय"),
    "zh android": ("2021年3月5日 下午8:11 - 小明: 你好", "2021年3月6日 上午9:02 - 小红: 嗨"),
    "ja iphone": ("[2021年3月5日 20:11:22] 太郎: こんにちは", "[2021年3月6日 9:02:03] 花子: やあ"),
    "ko android": ("2021년 3월 5일 오후 8:11 - 민수: 안녕", "2021년 3월 6일 오전 9:02 - 지영: 안녕"),
}


@pytest.mark.parametrize("layout", sorted(WORDS))
def test_dates_with_the_months_name(lib, tmp_path, layout):
    first, second = WORDS[layout]
    res, msgs = _import(lib, _write(tmp_path, f"{first}\n{second}\nand a second line\n"))
    assert res.skipped == () and res.warnings == ()
    seconds = layout.endswith("iphone")
    assert [m[0] for m in msgs] == ["2021-03-05 20:11" + (":22" if seconds else ""),
                                    "2021-03-06 09:02" + (":03" if seconds else "")]
    assert msgs[1][2].endswith("\nand a second line") and msgs[0][1] and msgs[1][1]
    assert import_export(lib, tmp_path / "WhatsApp Chat with Ana.txt").messages_added == 0


def test_a_body_line_with_a_date_stays_in_its_message(lib, tmp_path):
    text = ("Mar 5, 2021, 8:11 PM - Ana: the plan\n"
            "May 7 at the lake, bring food - or not: see you\n"
            "Mar 6, 2021, 9:02 AM - Bob: ok\n")
    _res, msgs = _import(lib, _write(tmp_path, text))
    assert [m[2] for m in msgs] == ["the plan\nMay 7 at the lake, bring food - or not: see you",
                                    "ok"]


def test_ambiguous_month_names_follow_the_files_language(lib, tmp_path):
    """"listopad" is October in Croatian, November in Czech and Polish: a Croatian export
    (its other months are Croatian names) reads it as October."""
    text = ("5 ruj 2021, 20:11 - Ana: rujan is September\n"
            "5 listopada 2021, 20:11 - Ana: Croatian: October\n")
    _res, msgs = _import(lib, _write(tmp_path, text))
    assert [m[0][:10] for m in msgs] == ["2021-09-05", "2021-10-05"]


def test_year_suffix_after_a_numeric_date(lib, tmp_path):
    """Bulgarian and Macedonian phones write "г." after the year ("5.03.21 г.")."""
    text = ("5.03.21 г., 20:11 - Иван: здрасти\n"
            "13.03.21 г., 09:02 - Мария: здрасти\n")
    _res, msgs = _import(lib, _write(tmp_path, text))
    assert [m[0] for m in msgs] == ["2021-03-05 20:11", "2021-03-13 09:02"]


def test_a_dot_after_the_time_and_pm_on_a_24_hour_time(lib, tmp_path):
    text = ("2022/12/14, 13:34. - John Doe: a dot after the time\n"
            "[11/10/22 13:37:00 p.m.] John Doe: x\n")
    _res, msgs = _import(lib, _write(tmp_path, text.split("\n")[0] + "\n"))
    assert msgs == [("2022-12-14 13:34", "John Doe", "a dot after the time")]


def test_an_export_whose_every_message_is_unreadable_is_refused(lib, tmp_path):
    p = _write(tmp_path, "2022/12/14, 13:34 xx - John: a\n2022/12/15, 13:34 xx - John: b\n")
    with pytest.raises(ImportFormatError, match="none of its messages could be read"):
        import_export(lib, p)
    assert lib.list_chats() == []  # (before: an empty chat, and success)


# -- dates without the year ------------------------------------------------------------------
def _zip(tmp_path, text, made):
    p = tmp_path / "WhatsApp Chat with Ana.zip"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr(zipfile.ZipInfo("WhatsApp Chat with Ana.txt", date_time=made), text.encode())
    return p


def test_without_a_year_the_zips_date_tells_it(lib, tmp_path):
    """The phone leaves the year out of this year's dates; the zip it made is dated. Dates
    that go back to an earlier day of the year are the next year."""
    text = ("Nov 30, 8:11 PM - Ana: late in the year\n"
            "Dec 31, 11:59 PM - Bob: happy new year\n"
            "Jan 1, 12:01 AM - Ana: to you too\n"
            "Feb 9, 9:00 AM - Bob: and now\n")
    _res, msgs = _import(lib, _zip(tmp_path, text, (2022, 2, 10, 12, 0, 0)))
    assert [m[0] for m in msgs] == ["2021-11-30 20:11", "2021-12-31 23:59", "2022-01-01 00:01",
                                    "2022-02-09 09:00"]


def test_without_a_year_an_attachment_named_with_its_day_tells_it(lib, tmp_path):
    text = ("[Mar 5, 8:11:02 PM] Ana: hi\n"
            "[Mar 5, 8:12:02 PM] Bob: \u200e<attached: 00000005-PHOTO-2024-03-05-20-12-02.jpg>\n"
            "[Mar 6, 8:12:02 PM] Bob: ok\n")
    res, msgs = _import(lib, _write(tmp_path, text, "_chat.txt"))
    assert [m[0] for m in msgs] == ["2024-03-05 20:11:02", "2024-03-05 20:12:02",
                                    "2024-03-06 20:12:02"]
    assert res.warnings == ()


def test_without_a_year_after_dates_with_one_the_next_year_is_assumed(lib, tmp_path):
    text = ("Dec 28, 2020, 8:11 PM - Ana: old\n"
            "Jan 3, 8:12 PM - Bob: new year\n"
            "Mar 5, 8:12 PM - Bob: spring\n")
    res, msgs = _import(lib, _write(tmp_path, text))
    assert [m[0][:10] for m in msgs] == ["2020-12-28", "2021-01-03", "2021-03-05"]
    assert any("without a year" in w and "2021" in w for w in res.warnings)


def test_without_a_year_and_nothing_to_tell_it_the_export_is_refused(lib, tmp_path):
    p = _write(tmp_path, "Mar 5, 8:11 PM - Ana: hello\nMar 5, 8:12 PM - Bob: hi\n")
    with pytest.raises(ImportFormatError, match="without the year") as err:
        preview_export(p)
    assert ".zip" in err.value.hint
    with pytest.raises(ImportFormatError):
        import_export(lib, p)
    assert lib.list_chats() == []


def test_a_big_export_without_a_year_reads_the_same_in_two_processes(lib, tmp_path,
                                                                    monkeypatch):
    """Above 4 MiB the parse runs in a child process and pass 1 is split between the two
    (importers/worker.py): the years come out the same."""
    from backupgui.library.importers import worker

    used = []
    real = worker.run_in_child
    monkeypatch.setattr(worker, "run_in_child", lambda *a, **k: used.append(real(*a, **k))
                        or used[-1])
    lines = []
    day = dt.date(2021, 6, 1)
    for i in range(130_000):
        if i % 300 == 0:
            day += dt.timedelta(days=1)
        lines.append(f"{day:%b} {day.day}, {1 + i % 12}:{i % 60:02d} AM - Ana: message {i}")
    made = (day.year, day.month, day.day, 12, 0, 0)
    res = import_export(lib, _zip(tmp_path, "\n".join(lines) + "\n", made))
    assert used == [True]  # (the child parsed it)
    assert res.messages_added == 130_000 and res.skipped == ()
    (chat,) = lib.list_chats()
    msgs = lib.messages(chat.id)
    assert wall(msgs[0].ts_ms)[:10] == "2021-06-02" and wall(msgs[-1].ts_ms)[:10] == str(day)
