"""Contact names: Android's ``wa.db`` and the iPhone's ``ContactsV2.sqlite``.

Both are read as hostile databases (``hostile.open_database``); a name is used only if it is
a non-empty string, a jid only if it has a jid's grammar.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .hostile import HostileDatabaseError, open_database, require_tables, translate
from .model import jid_or_none, name_or_none

MAX_CONTACTS = 1_000_000


def is_contacts_db(con: sqlite3.Connection) -> bool:
    return bool(require_tables(con, ["wa_contacts", "ZWAADDRESSBOOKCONTACT"]))


def read_contacts(con: sqlite3.Connection, name: str = "the contacts file") -> dict[str, str]:
    """jid -> the name this phone shows for it (address-book name, else the person's own)."""
    tables = require_tables(con, ["wa_contacts", "ZWAADDRESSBOOKCONTACT"])
    out: dict[str, str] = {}
    with translate(name):
        if "wa_contacts" in tables:
            cols = tables["wa_contacts"]
            picks = [c for c in ("display_name", "wa_name", "given_name") if c in cols]
            if "jid" not in cols or not picks:
                raise HostileDatabaseError(f"{name} has no contact names (wa_contacts).")
            sql = f"SELECT jid, {', '.join(picks)} FROM wa_contacts LIMIT {MAX_CONTACTS}"
            for jid, *names in con.execute(sql):
                _add(out, jid, names)
        if "ZWAADDRESSBOOKCONTACT" in tables:
            cols = tables["ZWAADDRESSBOOKCONTACT"]
            picks = [c for c in ("zfullname", "zgivenname", "zbusinessname") if c in cols]
            if "zwhatsappid" in cols and picks:
                sql = (f"SELECT ZWHATSAPPID, {', '.join(picks)} FROM ZWAADDRESSBOOKCONTACT"
                       f" LIMIT {MAX_CONTACTS}")
                for jid, *names in con.execute(sql):
                    if type(jid) is str and "@" not in jid:
                        jid = jid + "@s.whatsapp.net"
                    _add(out, jid, names)
    return out


def _add(out: dict[str, str], jid: object, names: list[object]) -> None:
    j = jid_or_none(jid)
    if j is None:
        return
    for n in names:
        name = name_or_none(n)
        if name:
            out.setdefault(j, name)
            return


def read_contacts_file(path: Path) -> dict[str, str]:
    """Names from a plain wa.db / ContactsV2.sqlite file."""
    con = open_database(path)
    try:
        if not is_contacts_db(con):
            raise HostileDatabaseError(f"{path.name} is not WhatsApp's contact database "
                                       "(wa.db or ContactsV2.sqlite).")
        return read_contacts(con, path.name)
    finally:
        con.close()
