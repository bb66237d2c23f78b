"""plain() and key() skip str.translate when a text holds nothing the tables change: the
forms must stay those of translating always (every table text, and texts made of the
characters the tables change)."""

import random

from backupgui.library.importers import whatsapp_locale as wl


def _plain_always(text: str) -> str:
    k = wl._SPACES.sub(" ", text.translate(wl._PLAIN_TABLE)).strip()
    if "<" in k or ">" in k:
        k = wl._INNER.sub(lambda m: m.group(0).strip(), k)
    return k


def _key_always(text: str) -> str:
    k = _plain_always(text).translate(wl._KEY_TABLE)
    if " :" in k:
        k = k.replace(" :", ":")
    return k.casefold()


def _texts() -> list[str]:
    out: list[str] = []
    for d in wl._data():
        for v in d.values():
            items = list(v.values()) if isinstance(v, dict) else v if isinstance(v, list) else [v]
            for x in items:
                out += [y for y in x if isinstance(y, str)] if isinstance(x, list) else [x]
    out = [t for t in out if isinstance(t, str)]
    assert len(out) > 3000
    alphabet = ("".join(map(chr, wl._PLAIN_TABLE)) + "".join(map(chr, wl._KEY_TABLE))
                + "ab :<>\n\té")
    rnd = random.Random(1)
    out += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
            for _ in range(20_000)]
    return out


def test_plain_and_key_are_those_of_translating_always() -> None:
    texts = _texts()
    assert [wl.plain(t) for t in texts] == [_plain_always(t) for t in texts]
    assert [wl.key(t) for t in texts] == [_key_always(t) for t in texts]
    # the skip is taken for the plain texts and not for the others
    assert wl.plain("a\u200eb") == "ab" and wl.key("«x» :") == '"x":'
