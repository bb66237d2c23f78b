"""Read a chat: messages as bubbles with sender, time, text and media (thumbnails or typed
placeholders that open the file). Messages are paged in lazily in the background and
thumbnails are decoded off the GUI thread, so very long chats open instantly."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QImage,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QShortcut,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...library import attachments
from ...library import events as event_sentences
from ...library.model import (
    SELF_ACTOR,
    UNKNOWN_ACTOR,
    Chat,
    MediaRef,
    Message,
    Origin,
    Versions,
    origin_template,
    other_chat_template,
    spell_actors,
    versions_case,
    versions_template,
)
from ...library.store import media_path
from ..language import isolate, text_direction
from ..tasks import call_in_background
from ..widgets import style
from ..widgets.elide import ElidedLabel, bounded_text, elide
from ..widgets.fit import keep_on_screen
from ..widgets.formatting import (
    day_header,
    format_datetime,
    format_time,
    human_duration,
    human_size,
)
from ..widgets.icons import app_icon, render

PAGE = 300
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 10
THUMB_MAX = QSize(260, 200)
_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex


# A media message that lists no attachment: one its export did not include, in a library
# imported before they were kept, or restored from a backup (which sends only files).
_NOT_INCLUDED = MediaRef("file", "", 0, "", "")


_PLACEHOLDER = re.compile(r"%([1-3])")
_DELETED_TEXTS = frozenset(s for sid, s in event_sentences.SENTENCES
                           if sid in ("deleted", "deleted_by_me"))


def fill(template: str, *args: str) -> str:
    """A translated template's %1..%3 put in from ``args`` in one pass: what is put in
    (names, texts) is data, never read as a placeholder."""
    return _PLACEHOLDER.sub(lambda g: args[int(g.group(1)) - 1]
                            if int(g.group(1)) <= len(args) else g.group(0), template)


def from_phone(m: Message) -> bool:
    """Whether a message came from a phone backup (``whatsapp_db``: ids ``wp-``), where a
    missing file is one the media folder did not have, not one an export left out."""
    return m.id.startswith("wp-")


def shown_attachments(m: Message) -> tuple[MediaRef, ...]:
    """What the viewer shows of a message's attachments."""
    return m.media or ((_NOT_INCLUDED,) if m.kind == "media" else ())




@dataclass(frozen=True)
class Page:
    chat: Chat | None
    messages: list[Message]
    total: int
    offset: int  # where ``messages`` start in the chat
    # Messages of the page that have other versions (SECURITY.md 2.13), by id.
    versions: dict[str, Versions] = field(default_factory=dict)
    # What the page's replies quote: reply_to id -> the message (None: not in this chat).
    replied: dict[str, Message | None] = field(default_factory=dict)


def load_page(library_dir: Path, chat_id: str, offset: int | None, with_chat: bool,
              limit: int = PAGE) -> Page:
    """One page of messages (background); ``offset`` None: the newest page."""
    from ...library.store import Library

    lib = Library(library_dir, create=False)
    try:
        chat = lib.chat(chat_id) if with_chat else None
        total = -1
        if with_chat or offset is None:
            total = next((c.message_count for c in lib.list_chats() if c.id == chat_id), 0)
        if offset is None:
            offset = max(0, total - limit)
        msgs = lib.messages(chat_id, limit=limit, offset=offset)
        replied = lib.replied(chat_id, msgs)
        # The quoted messages' other versions too: a quote says that its message has two.
        quoted = [q for q in replied.values() if q is not None]
        return Page(chat, msgs, total, offset, lib.versions(chat_id, msgs + quoted), replied)
    finally:
        lib.close()


def load_page_around(library_dir: Path, chat_id: str, message_id: str, ts_ms: int,
                     limit: int = PAGE) -> Page | None:
    """The page holding a message (background), with it near the middle; None if the chat
    does not hold it (any more)."""
    from ...library.store import Library

    lib = Library(library_dir, create=False)
    try:
        pos = lib.position(chat_id, message_id, ts_ms)
    finally:
        lib.close()
    if pos is None:
        return None
    return load_page(library_dir, chat_id, max(0, pos - limit // 2), True, limit)


def load_thumbnail(path: Path) -> QImage:
    """A small decoded image (background; QImage is safe off the GUI thread)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB_MAX, Qt.AspectRatioMode.KeepAspectRatio)
                             .boundedTo(size))
    img = reader.read()
    return img


def media_file_for_opening(library_dir: Path, ref: MediaRef) -> Path:
    """The private copy of an attachment to hand to the system (``library/attachments.py``);
    ``PermissionError`` for a file that is not allowed media: it may only be saved."""
    opening = attachments.prepare(library_dir, ref)
    if opening.path is None:
        raise PermissionError(f"{opening.suggested_name} is not a photo, video, audio or PDF file")
    return opening.path


class MessageModel(QAbstractListModel):
    """A window of one chat's messages, ``PAGE`` at a time: it opens on the newest, grows
    downwards (``fetchMore``) and upwards (``fetch_older``) as the view scrolls, and jumps
    to either end (``jump_to_start``/``jump_to_end``) without loading what lies between."""

    loaded = Signal()
    olderLoaded = Signal(int)  # rows put in front
    jumped = Signal(str)  # "start" | "end": the window was replaced
    located = Signal(int)  # the row of the message ``go_to`` asked for
    failed = Signal(object)
    thumbnailReady = Signal(str)

    def __init__(self, library_dir: Path, chat_id: str, parent=None) -> None:
        super().__init__(parent)
        self.library_dir = library_dir
        self.chat_id = chat_id
        self.chat: Chat | None = None
        self.total = -1
        self.first = 0  # the chat position of messages[0]
        self.messages: list[Message] = []
        self.names: dict[str, str] = {}
        self.me: set[str] = set()
        self._fetching = False
        self.thumbs: dict[str, QImage] = {}
        self._thumb_pending: set[str] = set()
        self._rows_by_sha: dict[str, list[int]] = {}
        self._sentences: dict[str, tuple[str, str | None]] | None = None
        self._several: dict[str, tuple[str, str]] | None = None
        self._names_known: tuple[dict[str, str], frozenset[str]] | None = None
        self._shortened: dict[str, str] = {}  # message id -> its shortened text (rare)
        self.versions: dict[str, Versions] = {}  # message id -> its other versions
        self.replied: dict[str, Message | None] = {}  # reply_to id -> the quoted message
        self.highlighted: str | None = None  # a message just gone to (shown briefly)
        # Each row's laid-out height (``MessageDelegate.sizeHint``), by message id, with what
        # it was laid out for. Held here so that a row's entry goes *before* its dataChanged
        # is announced: a view that asks again while handling the signal gets the new size.
        self.sizes: dict[str, tuple[tuple, QSize, Message]] = {}

    def _take(self, page: Page) -> None:
        """What a page brings besides its messages: other versions, quoted messages."""
        self.versions.update(page.versions)
        self.replied.update(page.replied)

    def start(self) -> None:
        """Load the chat and its newest messages."""
        self._fetching = True
        call_in_background(load_page, self.library_dir, self.chat_id, None, True,
                           name="chat-page", on_done=self._first_page, on_error=self._failed,
                           owner=self, cancel_with_owner=True)

    def _fetch(self, with_chat: bool = False) -> None:
        self._fetching = True
        call_in_background(load_page, self.library_dir, self.chat_id,
                           self.first + len(self.messages), with_chat,
                           name="chat-page", on_done=self._page, on_error=self._failed,
                           owner=self, cancel_with_owner=True)

    @property
    def at_start(self) -> bool:
        return self.first == 0

    @property
    def at_end(self) -> bool:
        return self.total != -1 and self.first + len(self.messages) >= self.total

    def fetch_older(self) -> bool:
        """Load the page before the window (put in front); False if there is none or a load
        runs already."""
        if self._fetching or self.first == 0 or self.total == -1:
            return False
        self._fetching = True
        offset = max(0, self.first - PAGE)
        call_in_background(load_page, self.library_dir, self.chat_id, offset, False,
                           self.first - offset, name="chat-page", on_done=self._older,
                           on_error=self._failed, owner=self, cancel_with_owner=True)
        return True

    def jump_to_start(self) -> None:
        self._jump(0, "start")

    def jump_to_end(self) -> None:
        self._jump(None, "end")

    # What was asked while a page loaded, done once it is in: Home or End (a jump), or a
    # quote followed (the message to go to). The newest request wins: End then a quote
    # goes to the quote, a quote then End to the end.
    _pending: tuple[int | None, str] | Message | None = None

    def _jump(self, offset: int | None, where: str) -> None:
        if self._fetching:  # Home or End while a page loads: done once it is in
            self._pending = (offset, where)
            return
        if (where == "start" and self.at_start) or (where == "end" and self.at_end):
            self.jumped.emit(where)  # already here: the view just scrolls
            return
        self._fetching = True
        call_in_background(load_page, self.library_dir, self.chat_id, offset, False,
                           name="chat-page", on_done=lambda p: self._replace(p, where),
                           on_error=self._failed, owner=self, cancel_with_owner=True)

    def row_of(self, message_id: str) -> int | None:
        return next((i for i, m in enumerate(self.messages) if m.id == message_id), None)

    def go_to(self, m: Message) -> None:
        """Bring a message of the chat into the window (its page loaded in the background if
        it is not in it) and tell its row (``located``)."""
        row = self.row_of(m.id)
        if row is not None:
            self.located.emit(row)
            return
        if self._fetching:  # a page loads: gone to once it is in (it was dropped before)
            self._pending = m
            return
        self._fetching = True
        call_in_background(load_page_around, self.library_dir, self.chat_id, m.id, m.ts_ms,
                           name="chat-page", on_done=lambda p: self._around(p, m.id),
                           on_error=self._failed, owner=self, cancel_with_owner=True)

    def _around(self, page: Page | None, message_id: str) -> None:
        self._fetching = False
        if page is None:  # (gone since the page was shown: nothing to go to)
            self._run_pending()
            return
        if page.total >= 0:
            self.total = page.total
        self._show_page(page)
        row = self.row_of(message_id)
        if row is not None:
            self.located.emit(row)
        self._run_pending()

    def set_highlighted(self, message_id: str | None) -> None:
        """Show a message highlighted (the one a quote was followed to), or none."""
        rows = [r for r in (self.row_of(i) for i in (self.highlighted, message_id) if i)
                if r is not None]
        self.highlighted = message_id
        for r in rows:
            self._row_changed(r)

    def _row_changed(self, row: int) -> None:
        """Say that ``row`` changed, its cached size forgotten first."""
        self.sizes.pop(self.messages[row].id, None)
        self.dataChanged.emit(self.index(row), self.index(row))

    def _run_pending(self) -> None:
        if self._fetching or self._pending is None:
            return
        pending, self._pending = self._pending, None
        if isinstance(pending, Message):
            self.go_to(pending)
        else:
            self._jump(*pending)

    def _index_media(self) -> None:
        self._rows_by_sha = {}
        for i, m in enumerate(self.messages):
            for ref in m.media:
                self._rows_by_sha.setdefault(ref.sha256, []).append(i)

    def _first_page(self, page: Page) -> None:
        self._fetching = False
        if page.chat is not None:
            self.chat = page.chat
            self.names = {p.person_id: p.name for p in page.chat.participants}
            self.me = {p.person_id for p in page.chat.participants if p.is_me}
        self.total = page.total
        self._show_page(page)
        self.loaded.emit()
        self._run_pending()

    def _show_page(self, page: Page) -> None:
        """The model holds ``page`` alone (a first load, a jump, a quoted message's page)."""
        self._take(page)
        self.beginResetModel()
        self.sizes.clear()
        self.first = page.offset
        self.messages = list(page.messages)
        self._index_media()
        self.endResetModel()

    def _replace(self, page: Page, where: str) -> None:
        self._fetching = False
        if page.total >= 0:
            self.total = page.total
        self._show_page(page)
        self.jumped.emit(where)
        self._run_pending()

    def _older(self, page: Page) -> None:
        self._fetching = False
        n = len(page.messages)
        if not n:
            self.first = 0
            self._run_pending()
            return
        self._take(page)
        self.beginInsertRows(QModelIndex(), 0, n - 1)
        self.messages[:0] = page.messages
        self.first = page.offset
        self._index_media()
        self.endInsertRows()
        self.olderLoaded.emit(n)
        self._run_pending()

    def _failed(self, exc: BaseException) -> None:
        self._fetching = False
        self._pending = None
        self.failed.emit(exc)

    def _page(self, page: Page) -> None:
        self._fetching = False
        if page.chat is not None:
            self.chat = page.chat
            self.total = page.total
            self.names = {p.person_id: p.name for p in page.chat.participants}
            self.me = {p.person_id for p in page.chat.participants if p.is_me}
        if not page.messages:
            self.total = self.first + len(self.messages)
            self.loaded.emit()
            self._run_pending()
            return
        first = len(self.messages)
        self._take(page)
        self.beginInsertRows(QModelIndex(), first, first + len(page.messages) - 1)
        self.messages.extend(page.messages)
        for i, m in enumerate(page.messages, start=first):
            for ref in m.media:
                self._rows_by_sha.setdefault(ref.sha256, []).append(i)
        self.endInsertRows()
        if len(page.messages) < PAGE:
            self.total = self.first + len(self.messages)
        self.loaded.emit()
        self._run_pending()

    # --- Qt API -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.messages)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and not self._fetching and self.total != -1 and \
            self.first + len(self.messages) < self.total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if self.canFetchMore(parent):
            self._fetch()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self.messages[index.row()]
        if role == MESSAGE_ROLE:
            return m
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.spoken(m)
        return None

    def spoken(self, m: Message) -> str:
        """A message as assistive technology reads it: sender, date and time, text (and what
        is attached)."""
        who = self.sender_name(m)
        phone = from_phone(m)
        media = self.tr(", ", "separator in a list of attachments").join(
            self.tr("%1, %2", "kind of attachment, size").replace("%2", human_size(r.size))
            .replace("%1", self.media_label(r, phone)) if r.sha256 else self.media_label(r, phone)
            for r in shown_attachments(m))
        text = self.text_of(m)
        what = text if not media else (media if not text else self.tr(
            "%1 (%2)", "message text (attachments)").replace("%2", media).replace("%1", text))
        when = format_datetime(m.ts_ms)
        if m.reply_to and m.kind != "system":
            what = self.quote_spoken(m) + " " + what
        mark = self.versions_mark(m)
        if mark:
            what = what + " " + mark if what else mark
        # (one pass: a text or a name that holds "%1" is data, never read as a placeholder)
        if m.kind == "system" or not who:
            return fill(self.tr("%1: %2", "time: text of a message without a sender"), when, what)
        return fill(self.tr("%1, %2: %3", "sender, time: message text"), isolate(who), when, what)

    # --- replies and other versions of a message ------------------------------------------
    def quoted(self, m: Message) -> tuple[str, str] | None:
        """What a reply's quote shows: (the quoted message's sender, its first line), or
        None for a message that replies to nothing. A quoted message not in this chat (not
        in the export, or in another chat) says so in place of its line."""
        if not m.reply_to or m.kind == "system":
            return None
        q = self.replied.get(m.reply_to)
        if q is None:
            return "", self.tr("Reply to a message not found in this chat")
        text = self.text_of(q).strip()
        line = text.splitlines()[0] if text else ""
        if not line:
            refs = shown_attachments(q)
            line = self.media_label(refs[0], from_phone(q)) if refs else ""
        return self.sender_name(q), elide(line, 200)

    def quoted_message(self, m: Message) -> Message | None:
        """The message a reply quotes, if it is in this chat."""
        if not m.reply_to or m.kind == "system":
            return None
        return self.replied.get(m.reply_to)

    def quote_note(self, m: Message) -> str:
        """What a reply's quote says of the quoted message's other versions (SECURITY.md
        2.13): the reply was written to one of them, and the quote shows this one."""
        q = self.quoted_message(m)
        v = self.versions.get(q.id) if q is not None else None
        if v is None or not v.others:
            return ""
        if v.others[0].relation == "edited":
            return self.tr("Edited: this message has two versions",
                           "in a reply's quote: the quoted message has another version")
        return self.tr("This message has two versions",
                       "in a reply's quote: the quoted message has another version")

    def quote_spoken(self, m: Message) -> str:
        """A reply's quote as assistive technology reads it, before the message's text."""
        who, line = self.quoted(m) or ("", "")
        shown = isolate(line) if who else line  # (a quoted line is data; our words are not)
        note = self.quote_note(m)
        if note:
            shown = fill(self.tr("%1 (%2)", "a quoted line (a note on it)"), shown, note)
        if not who:
            return fill(self.tr("Reply: %1", "spoken before a reply's text; %1: the quoted line"),
                        shown)
        return fill(self.tr("Reply to %1: %2", "spoken before a reply's text; %1: a person, %2: "
                            "the first line of the message replied to"), isolate(who), shown)

    def origin_text(self, origin: Origin) -> str:
        """Where a copy of a message came from, with its date and time, as a phrase."""
        when = format_datetime(origin.at_ms) if origin.at_ms is not None else ""
        # (the core's words, which ``export`` says too: translated as the core's messages)
        return fill(QCoreApplication.translate("core", origin_template(origin.kind)), when)

    def versions_mark(self, m: Message) -> str:
        """The mark on a message that has other versions (an import kept both: SECURITY.md
        2.13): whether it looks like an edit (the same sender, and the service's mark of an
        edit) or differs otherwise (another sender: planted, or changed elsewhere), and
        where this copy and the other came from. Empty for any other message."""
        v = self.versions.get(m.id)
        if v is None or not v.others:
            return ""
        other = v.others[0]
        core = QCoreApplication.translate
        template = core("core", versions_template(versions_case(other.relation, m.sender,
                                                                other.sender)))
        there = self.origin_text(other.origin)
        if other.chat_id != m.chat_id:
            there = fill(core("core", other_chat_template()), there)
        text = fill(template, self.origin_text(v.origin), there)
        if len(v.others) > 1:
            text += " " + self.tr("%Ln more version(s).", "", len(v.others) - 1)
        return text

    # --- helpers ----------------------------------------------------------------------------
    def text_of(self, m: Message) -> str:
        """A message's text as shown: a phone backup's event, reaction, missed call or
        deleted message (stored as WhatsApp's English exports write them) in the UI's
        language, with the names as they are; in another service message (Telegram's "…
        joined the group") the importers' mark of an unknown actor is "Someone" in the UI's
        language, and their mark of the owner "You". A text longer than ``bounded_text``
        lays out (a backup made with the key may hold megabytes in one message) is shown up
        to there and says how much more there is: every paint and size hint lays out what is
        shown (SECURITY.md 2.10)."""
        text = self._shortened.get(m.id) if m.text else None
        whole = text is None
        if whole:
            shown, left = bounded_text(m.text)
            whole = not left
            text = m.text if whole else self.tr(
                "%1\n… (%Ln more character(s) not shown here)", "", left).replace("%1", shown)
            if not whole:
                self._shortened[m.id] = text
        if whole and from_phone(m) and (m.kind == "system" or m.text in _DELETED_TEXTS):
            event = self.event_text(m.text)
            if event is not None:
                return event
        if m.kind != "system" or (UNKNOWN_ACTOR not in text and SELF_ACTOR not in text):
            return text
        return spell_actors(text, isolate(self.tr("You")),
                            isolate(self.tr("Someone", "an unknown person")))

    def event_text(self, text: str) -> str | None:
        """A stored event sentence in the UI's language, None if ``text`` is none of them.
        Names, titles and quotes are data: put in as they are (one pass, each isolated),
        never read as part of the sentence."""
        parsed = event_sentences.parse(text)
        if parsed is None:
            return None
        sid, args = parsed
        if args and args[0] == "You":
            return None  # stored by an older backupgui: shown as it is (test_viewer_owner_mark)
        if self._sentences is None:
            self._sentences = self.event_sentences()
        general, mine = self._sentences[sid]
        template = mine if mine is not None and args and args[0] == SELF_ACTOR else general
        you, someone = self.tr("You"), self.tr("Someone", "an unknown person")
        shown = [isolate(spell_actors(a, you, someone)) for a in args]
        if sid in event_sentences.CALL_LENGTH_SENTENCES:
            seconds = event_sentences.call_seconds(args[0])
            if seconds is None:
                return None  # (over a week: no importer writes it; shown as it is)
            shown = [human_duration(seconds)]
        listed = event_sentences.PEOPLE_ARGS.get(sid)
        if listed is not None and listed <= len(args):
            names = event_sentences.split_people(args[listed - 1], self._known_names())
            if len(names) > 1:
                shown[listed - 1] = self.people_list(
                    [isolate(spell_actors(n, you, someone)) for n in names])
                if listed == 1:  # the list is the subject: the verb agrees with it
                    if self._several is None:
                        self._several = self.several_sentences()
                    template = self._several[sid][0 if len(names) == 2 else 1]
        return _PLACEHOLDER.sub(lambda g: shown[int(g.group(1)) - 1]
                                if int(g.group(1)) <= len(shown) else g.group(0), template)

    def _known_names(self) -> frozenset[str]:
        """The chat's people's names: a name holding ", " or " and " stays whole in a list."""
        if self._names_known is None or self._names_known[0] is not self.names:
            self._names_known = (self.names, frozenset(self.names.values()))
        return self._names_known[1]

    def people_list(self, names: list[str]) -> str:
        """Names (each already isolated) as a list in the UI's language: CLDR's list
        patterns ("A and B"; "A, B and C": no comma before the last in English, as
        WhatsApp writes it, nor in German; Arabic joins each with "و", Hindi the last with
        ", और"). The names are data: put in in one pass, never read as a pattern; the
        joining words are not isolated, so they run in the UI's direction."""
        def put(pattern: str, a: str, b: str) -> str:
            return _PLACEHOLDER.sub(lambda g: a if g.group(1) == "1" else
                                    b if g.group(1) == "2" else g.group(0), pattern)

        if len(names) == 1:
            return names[0]
        if len(names) == 2:
            return put(self.tr("%1 and %2", "a list of two people"), names[0], names[1])
        out = put(self.tr("%1 and %2", "the last two of a list of three or more people"),
                  names[-2], names[-1])
        between = self.tr("%1, %2", "a person and the rest of a list of people")
        for name in reversed(names[:-2]):
            out = put(between, name, out)
        return out

    def event_sentences(self) -> dict[str, tuple[str, str | None]]:
        """Each stored event sentence (``library/events.py``) as the UI says it: (with %1 a
        person, the same with the owner as %1: "You created this group" reads differently
        from "%1 created this group" in most languages)."""
        return {
            "e2e": (self.tr("Messages and calls are end-to-end encrypted. No one outside of this "
                       "chat, not even WhatsApp, can read or listen to them."), None),
            "deleted": (self.tr("This message was deleted"), None),
            "deleted_by_me": (self.tr("You deleted this message"), None),
            "missed_voice": (self.tr("Missed voice call"), None),
            "missed_video": (self.tr("Missed video call"), None),
            "missed_group_voice": (self.tr("Missed group voice call"), None),
            "missed_group_video": (self.tr("Missed group video call"), None),
            "call_voice_no_answer": (self.tr("Voice call, no answer", "a call you made"), None),
            "call_video_no_answer": (self.tr("Video call, no answer", "a call you made"), None),
            "call_group_voice_no_answer": (self.tr("Group voice call, no answer",
                                                   "a call you made"), None),
            "call_group_video_no_answer": (self.tr("Group video call, no answer",
                                                   "a call you made"), None),
            "call_voice": (self.tr("Voice call, %1", "%1: how long it lasted"), None),
            "call_video": (self.tr("Video call, %1", "%1: how long it lasted"), None),
            "call_group_voice": (self.tr("Group voice call, %1", "%1: how long it lasted"), None),
            "call_group_video": (self.tr("Group video call, %1", "%1: how long it lasted"), None),
            "you_were_added": (self.tr("You were added", "group event"), None),
            "you_were_removed": (self.tr("You were removed", "group event"), None),
            "you_admin": (self.tr("You're now an admin", "group event"), None),
            "you_joined_link": (self.tr("You joined using this group's invite link"), None),
            "code": (self.tr("Your security code changed"), None),
            "code_with": (self.tr("Your security code with %1 changed", "%1: a person"), None),
            "name_to": (self.tr('%1 changed the group name to "%2"', "%1: a person, %2: the new name"),
                        self.tr('You changed the group name to "%2"', "%2: the new name")),
            "name": (self.tr("%1 changed the group name", "%1: a person"),
                     self.tr("You changed the group name")),
            "icon": (self.tr("%1 changed this group's icon", "%1: a person"),
                     self.tr("You changed this group's icon")),
            "icon_deleted": (self.tr("%1 deleted this group's icon", "%1: a person"),
                             self.tr("You deleted this group's icon")),
            "description": (self.tr("%1 changed the group description", "%1: a person"),
                            self.tr("You changed the group description")),
            "number_to": (self.tr("%1 changed their phone number to %2",
                             "%1: the old number, %2: the new number"), None),
            "number": (self.tr("%1 changed their phone number", "%1: a person"), None),
            "created_named": (self.tr('%1 created group "%2"', "%1: a person, %2: the group's name"),
                              self.tr('You created group "%2"', "%2: the group's name")),
            "created": (self.tr("%1 created this group", "%1: a person"),
                        self.tr("You created this group")),
            "joined_link": (self.tr("%1 joined using this group's invite link", "%1: one person"),
                            self.tr("You joined using this group's invite link")),
            "joined": (self.tr("%1 joined", "%1: one person"), self.tr("You joined")),
            "was_added": (self.tr("%1 was added", "%1: one person"), self.tr("You were added", "group event")),
            "left": (self.tr("%1 left", "%1: one person"), self.tr("You left")),
            "added_you": (self.tr("%1 added you", "%1: a person"), None),
            "removed_you": (self.tr("%1 removed you", "%1: a person"), None),
            "added_someone": (self.tr("%1 added a participant", "%1: a person"),
                              self.tr("You added a participant")),
            "removed_someone": (self.tr("%1 removed a participant", "%1: a person"),
                                self.tr("You removed a participant")),
            "admin": (self.tr("%1 is now an admin", "%1: one person"),
                      self.tr("You're now an admin", "group event")),
            "added": (self.tr("%1 added %2", "%1: a person, %2: people"),
                      self.tr("You added %2", "%2: people")),
            "removed": (self.tr("%1 removed %2", "%1: a person, %2: people"),
                        self.tr("You removed %2", "%2: people")),
            "reacted_to": (self.tr('%1 reacted %2 to "%3"',
                              "%1: a person, %2: an emoji, %3: the start of the message"),
                           self.tr('You reacted %2 to "%3"',
                              "%2: an emoji, %3: the start of the message")),
            "reacted": (self.tr("%1 reacted %2", "%1: a person, %2: an emoji"),
                        self.tr("You reacted %2", "%2: an emoji")),
        }

    def several_sentences(self) -> dict[str, tuple[str, str]]:
        """The sentences whose subject (%1) is a list of people, as said of (two people, three
        or more): "Ben and Carla were added", not "was added". By the list's length, not
        through Qt's plural forms: those agree with a numeral (Russian's "one" form takes 21
        and 31), while a list of 21 names takes the plural; Arabic has a dual for two.
        Every ``PEOPLE_ARGS`` sentence whose list is %1 is here (test_viewer_people_counts)."""
        return {
            "was_added": (self.tr("%1 were added", "%1: two people"),
                          self.tr("%1 were added", "%1: three or more people")),
            "joined": (self.tr("%1 joined", "%1: two people"),
                       self.tr("%1 joined", "%1: three or more people")),
            "left": (self.tr("%1 left", "%1: two people"),
                     self.tr("%1 left", "%1: three or more people")),
            "joined_link": (
                self.tr("%1 joined using this group's invite link", "%1: two people"),
                self.tr("%1 joined using this group's invite link", "%1: three or more people")),
            "admin": (self.tr("%1 are now admins", "%1: two people"),
                      self.tr("%1 are now admins", "%1: three or more people")),
        }

    @staticmethod
    def file_name_of(ref: MediaRef) -> str:
        """An attachment's file name as its card shows it: one line of at most 200
        characters, without the bidirectional controls that would make ``x\u202egpj.exe``
        read ``xexe.jpg`` (as "Save as…" names it: ``attachments.safe_name``)."""
        return elide(attachments.without_bidi_controls(ref.filename), 200)

    def sender_name(self, m: Message) -> str:
        if m.sender is None:
            # A group's message whose sender the source does not name (a phone backup's row
            # without one): someone in the group, never the owner.
            if m.kind != "system" and self.chat is not None and self.chat.kind == "group":
                return self.tr("Unknown member", "a group member the backup does not name")
            return ""
        if m.sender in self.me:
            return self.tr("You")
        # A person without a name (Telegram's deleted accounts) is called as Telegram does.
        return self.names.get(m.sender, m.sender) or self.tr("Deleted Account")

    def is_me(self, m: Message) -> bool:
        return m.sender in self.me

    def media_label(self, ref: MediaRef, phone: bool = False) -> str:
        """What the attachment is; for one without its file, why: the export did not
        include it, or (``phone``: a phone backup's message) the media folder given with
        the backup did not have it."""
        if not ref.sha256 and phone:
            if not ref.mime:
                return self.tr("Media not on this computer")
            absent = {"image": self.tr("Photo not on this computer"),
                      "video": self.tr("Video not on this computer"),
                      "voice": self.tr("Voice note not on this computer"),
                      "audio": self.tr("Audio not on this computer"),
                      "sticker": self.tr("Sticker not on this computer")}
            return absent.get(ref.kind, self.tr("Document not on this computer"))
        if not ref.sha256:  # named by the export, which did not include the file
            if not ref.mime:  # "<Media omitted>": the export does not say what it was
                return self.tr("Media not included in the export")
            missing = {"image": self.tr("Photo not included in the export"),
                       "video": self.tr("Video not included in the export"),
                       "voice": self.tr("Voice note not included in the export"),
                       "audio": self.tr("Audio not included in the export"),
                       "sticker": self.tr("Sticker not included in the export")}
            return missing.get(ref.kind, self.tr("Document not included in the export"))
        kinds = {"image": self.tr("Photo"), "video": self.tr("Video"),
                 "voice": self.tr("Voice note"), "audio": self.tr("Audio"),
                 "sticker": self.tr("Sticker"), "file": self.tr("Document")}
        return kinds.get(ref.kind, self.tr("File"))

    def thumbnail(self, ref: MediaRef) -> QImage | None:
        """The cached thumbnail, or None while it loads (a load is started once)."""
        if not ref.sha256:
            return None  # no file: the export did not include it
        img = self.thumbs.get(ref.sha256)
        if img is not None:
            return img if not img.isNull() else None
        if ref.sha256 not in self._thumb_pending:
            self._thumb_pending.add(ref.sha256)
            call_in_background(lambda: load_thumbnail(media_path(self.library_dir / "media", ref.sha256)),
                               name="thumbnail",
                               on_done=lambda img, s=ref.sha256: self._thumb_done(s, img),
                               on_error=lambda _e, s=ref.sha256: self._thumb_done(s, QImage()),
                               owner=self, cancel_with_owner=True)
        return None

    def _thumb_done(self, sha: str, img: QImage) -> None:
        self.thumbs[sha] = img
        self._thumb_pending.discard(sha)
        for row in self._rows_by_sha.get(sha, []):
            self._row_changed(row)
        self.thumbnailReady.emit(sha)


class MessageDelegate(QStyledItemDelegate):
    """Paints a message as a bubble; media as a thumbnail or a typed placeholder card."""

    PAD = 10
    MAX_W = 520
    EVENT_PAD = 8  # above and below an event's line(s)
    QUOTE_PAD = 4  # inside a reply's quote
    QUOTE_BAR = 3  # the quote's bar on its leading side

    def __init__(self, model: MessageModel, is_group: bool, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.is_group = is_group
        self.layouts = 0  # rows laid out for their size (not served from ``model.sizes``)

    # --- geometry -----------------------------------------------------------------------------
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.82))
        return base, bold, small

    def _bubble_width(self, option: QStyleOptionViewItem) -> int:
        return max(200, min(self.MAX_W, int(option.rect.width() * 0.72)))

    def _day_header(self, row: int) -> str:
        m = self.model.messages[row]
        d = QDateTime.fromMSecsSinceEpoch(m.ts_ms).date()
        if row > 0:
            prev = QDateTime.fromMSecsSinceEpoch(self.model.messages[row - 1].ts_ms).date()
            if prev == d:
                return ""
        return day_header(d)

    def _layout(self, option: QStyleOptionViewItem, index: Index) -> dict:
        m: Message = index.data(MESSAGE_ROLE)
        base, bold, small = self._fonts(option)
        width = self._bubble_width(option)
        inner = width - 2 * self.PAD
        fm, fb, fs = QFontMetrics(base), QFontMetrics(bold), QFontMetrics(small)
        out: dict = {"m": m, "header": self._day_header(index.row())}
        h = 0
        if out["header"]:
            h += fs.height() + 18
        if m.kind == "system":
            # Laid out once, at the width it is drawn at: measuring at one width and drawing
            # at another left a gap under a long line (or cut it).
            text = self.model.text_of(m)
            layout, text_h = _event_layout(text, small, inner,
                                           text_direction(text, option.direction))
            out.update(kind="system", layout=layout, text_h=text_h, text_w=inner)
            return out | {"height": h + text_h + 2 * self.EVENT_PAD}
        show_name = self.is_group and not self.model.is_me(m)
        name_h = fb.height() + 2 if show_name else 0
        media_h = 0
        media_boxes: list[QSize] = []
        for ref in shown_attachments(m):
            img = self.model.thumbnail(ref) if ref.kind in ("image", "sticker") else None
            box = img.size().scaled(QSize(inner, THUMB_MAX.height()),
                                    Qt.AspectRatioMode.KeepAspectRatio) if img is not None else \
                (QSize(min(inner, 260), 160) if ref.kind in ("image", "sticker") and ref.sha256
                 else QSize(min(inner, 280), 52))
            media_boxes.append(box)
            media_h += box.height() + 6
        text = self.model.text_of(m)  # (a deleted message's words in the UI's language)
        text_rect = fm.boundingRect(QRect(0, 0, inner, 100_000), Qt.TextFlag.TextWordWrap,
                                    text) if text else QRect()
        quote = self.model.quoted(m)
        note = self.model.quote_note(m) if quote is not None else ""
        quote_h = (2 + bool(note)) * fs.height() + 2 * self.QUOTE_PAD + 4 if quote is not None \
            else 0
        quote_w = max(fs.horizontalAdvance(quote[0]), fs.horizontalAdvance(quote[1]),
                      fs.horizontalAdvance(note)) + \
            2 * self.QUOTE_PAD + self.QUOTE_BAR + 2 if quote is not None else 0
        mark = self.model.versions_mark(m)
        mark_rect = fs.boundingRect(QRect(0, 0, inner, 100_000), Qt.TextFlag.TextWordWrap,
                                    mark) if mark else QRect()
        mark_h = mark_rect.height() + 4 if mark else 0
        time_h = fs.height()
        bubble_h = (self.PAD + name_h + quote_h + media_h + text_rect.height() + mark_h + time_h
                    + self.PAD)
        # (a name's width rounded up and a pixel more: elidedText measures it unrounded, and
        # a bubble exactly as wide as the rounded width cut names short by a letter)
        content_w = max([text_rect.width(), fb.horizontalAdvance(self.model.sender_name(m)) + 2
                         if show_name else 0, fs.horizontalAdvance(format_time(m.ts_ms)) + 8,
                         min(inner, quote_w), mark_rect.width() + 1]
                        + [b.width() for b in media_boxes])
        out.update(kind="msg", show_name=show_name, name_h=name_h, media=media_boxes,
                   text_h=text_rect.height(), bubble_w=min(width, content_w + 2 * self.PAD),
                   bubble_h=bubble_h, quote=quote, quote_h=quote_h, quote_note=note, mark=mark,
                   mark_h=mark_h)
        return out | {"height": h + bubble_h + 6}

    def _bubble_rect(self, option: QStyleOptionViewItem, lay: dict) -> QRect:
        r = option.rect
        y = r.top() + (QFontMetrics(self._fonts(option)[2]).height() + 18 if lay["header"] else 0)
        return QRect(self.bubble_x(r, lay["bubble_w"], self.model.is_me(lay["m"]),
                                   option.direction), y + 2, lay["bubble_w"], lay["bubble_h"])

    def _quote_rect(self, bubble: QRect, lay: dict) -> QRect:
        return QRect(bubble.left() + self.PAD, bubble.top() + self.PAD + lay["name_h"],
                     lay["bubble_w"] - 2 * self.PAD, lay["quote_h"] - 4)

    def quote_rect(self, option: QStyleOptionViewItem, index: Index) -> QRect | None:
        """Where a reply's quote is drawn in its row (what a click on it follows), or None."""
        lay = self._layout(option, index)
        if lay["kind"] != "msg" or lay["quote"] is None:
            return None
        return self._quote_rect(self._bubble_rect(option, lay), lay)

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem,
                    index: Index) -> bool:
        """A click on a reply's quote goes to the quoted message (``quoteActivated``)."""
        if (event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton):
            rect = self.quote_rect(option, index)
            if rect is not None and rect.contains(event.position().toPoint()):
                view = self.parent()
                if isinstance(view, _MessageList):
                    view.quoteActivated.emit(index.data(MESSAGE_ROLE))
                    return True
        return super().editorEvent(event, model, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """The row's size, laid out once per (message, width, font, direction, day header,
        UI language): a page put in front makes the list ask every loaded row again, and
        laying them all out again cost ~1 s a page at 2,400 rows (docs/PERFORMANCE.md)."""
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else 600
        row = index.row()
        m = self.model.messages[row]
        # Everything the height depends on besides the message itself (whose changes, a
        # thumbnail come in, drop its entry: ``MessageModel._row_changed``). The day header
        # is in the key because a page put in front gives the old first row a predecessor.
        key = (width, option.font.key(), option.direction, self._day_header(row),
               QLocale().name())
        hit = self.model.sizes.get(m.id)
        # (``is m``: two messages of a hostile backup with one id must not share a size)
        if hit is not None and hit[2] is m and hit[0] == key:
            return QSize(hit[1])
        option.rect.setWidth(width)
        self.layouts += 1
        size = QSize(width, self._layout(option, index)["height"])
        self.model.sizes[m.id] = (key, QSize(size), m)
        return size

    # --- painting -------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        lay = self._layout(option, index)
        m: Message = lay["m"]
        base, bold, small = self._fonts(option)
        pal: QPalette = option.palette
        dark = style.is_dark(pal)
        r = option.rect
        ui_dir = option.direction  # the window's direction: Arabic mirrors the whole chat
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(ui_dir)
        y = r.top()
        fs = QFontMetrics(small)
        muted = QColor(pal.color(QPalette.ColorRole.PlaceholderText))
        if lay["header"]:
            w = fs.horizontalAdvance(lay["header"]) + 24
            pill = QRect(r.center().x() - w // 2, y + 6, w, fs.height() + 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pal.color(QPalette.ColorRole.AlternateBase).darker(104 if not dark else 80))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(small)
            painter.setPen(muted)
            _draw_text(painter, pill, lay["header"], Qt.AlignmentFlag.AlignCenter, ui_dir)
            y += fs.height() + 18
        if lay["kind"] == "system":
            painter.setPen(muted)
            painter.setClipRect(r)  # (combining marks stacked by the hundred reach far)
            lay["layout"].draw(painter, QPointF(self.event_rect(r, lay).topLeft()))
            painter.restore()
            return
        mine = self.model.is_me(m)
        bw, bh = lay["bubble_w"], lay["bubble_h"]
        bubble = QRect(self.bubble_x(r, bw, mine, ui_dir), y + 2, bw, bh)
        if mine:
            fill = style.own_bubble_color(dark)
        else:
            fill = pal.color(QPalette.ColorRole.Base)
        path = QPainterPath()
        path.addRoundedRect(bubble, 10, 10)
        painter.setPen(QColor(pal.color(QPalette.ColorRole.Mid)) if not mine else Qt.PenStyle.NoPen)
        painter.fillPath(path, fill)
        if m.id == self.model.highlighted:  # the message a quote was followed to, briefly
            tint = QColor(style.accent())
            tint.setAlpha(64 if not dark else 96)
            painter.fillPath(path, tint)
        if not mine:
            painter.setBrush(Qt.BrushStyle.NoBrush)  # (the day's pill left its brush set)
            painter.drawPath(path)
        if option.state & QStyle.StateFlag.State_HasFocus or option.state & QStyle.StateFlag.State_Selected:
            pen = QPen(QColor(style.accent()), 2)  # the keyboard focus, clearly visible
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bubble.adjusted(-2, -2, 2, 2), 11, 11)
        # Nothing of a message is drawn outside its bubble: a letter with hundreds of
        # combining marks stacks them over the other messages and the chat's header.
        painter.setClipRect(bubble)
        cx, cy = bubble.left() + self.PAD, bubble.top() + self.PAD
        inner = bw - 2 * self.PAD
        if lay["show_name"]:
            painter.setFont(bold)
            colors = style.sender_colors(dark)
            painter.setPen(QColor(colors[zlib.crc32((m.sender or "").encode()) % len(colors)]))
            name = QFontMetrics(bold).elidedText(self.model.sender_name(m),
                                                  Qt.TextElideMode.ElideRight, inner)
            _draw_text(painter, QRect(cx, cy, inner, lay["name_h"]), name,
                       Qt.AlignmentFlag.AlignLeft, ui_dir)  # at the bubble's start, like WhatsApp
            cy += lay["name_h"]
        if lay["quote"] is not None:
            view = self.parent()
            hovered = isinstance(view, _MessageList) and view.hovered_quote == m.id
            self._paint_quote(painter, self._quote_rect(bubble, lay), lay["quote"], pal, small,
                              ui_dir, lay["quote_note"], self._note_color(lay["m"], pal, dark),
                              hovered=hovered)
            cy += lay["quote_h"]
        for ref, box in zip(shown_attachments(m), lay["media"], strict=True):
            media_x = cx if ui_dir != Qt.LayoutDirection.RightToLeft else cx + inner - box.width()
            self._paint_media(painter, QRect(media_x, cy, box.width(), box.height()), ref, pal,
                              small, ui_dir, from_phone(m))
            cy += box.height() + 6
        text = self.model.text_of(m)
        if text:
            painter.setFont(base)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            # Each message runs in its own direction (an Arabic message in an English window
            # reads right to left), and the bidi algorithm orders mixed Arabic/Latin words.
            _draw_text(painter, QRect(cx, cy, inner, lay["text_h"]), text,
                       Qt.AlignmentFlag.AlignLeft, text_direction(text, ui_dir), wrap=True)
            cy += lay["text_h"]
        if lay["mark"]:
            # In the UI's words and direction; a colour other than the text's, and words
            # (not the colour alone) say what it is.
            painter.setFont(small)
            v = self.model.versions.get(m.id)
            edited = v is not None and v.others[0].relation == "edited"
            painter.setPen(muted if edited else self.mark_color(dark))
            _draw_text(painter, QRect(cx, cy + 2, inner, lay["mark_h"] - 4), lay["mark"],
                       Qt.AlignmentFlag.AlignLeft, ui_dir, wrap=True)
            cy += lay["mark_h"]
        painter.setFont(small)
        painter.setPen(muted)
        _draw_text(painter, QRect(cx, cy, inner, fs.height()), format_time(m.ts_ms),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, ui_dir)
        painter.restore()

    @staticmethod
    def mark_color(dark: bool) -> QColor:
        """The colour of the mark on a message with a differing version: the theme's error
        red (readable on a bubble: 4.5:1 on the light and the dark theme's backgrounds); an
        edit's mark is in the muted colour of the time, as messaging apps show "edited"."""
        return QColor(style.DANGER_DARK if dark else style.DANGER)

    def _note_color(self, m: Message, pal: QPalette, dark: bool) -> QColor:
        """A quote's note in its message's mark colours: muted for an edit, else red."""
        q = self.model.quoted_message(m)
        v = self.model.versions.get(q.id) if q is not None else None
        if v is not None and v.others and v.others[0].relation == "edited":
            return QColor(pal.color(QPalette.ColorRole.PlaceholderText))
        return self.mark_color(dark)

    @staticmethod
    def quote_fill(pal: QPalette, hovered: bool) -> QColor:
        """A quote's background; under the mouse, tinted with the accent (in a dark theme
        too: a lighter or darker grey alone is hardly seen on a bubble)."""
        fill = QColor(pal.color(QPalette.ColorRole.AlternateBase))
        if not hovered:
            return fill
        tint = QColor(style.accent())
        a = 0.22 if style.is_dark(pal) else 0.14
        return QColor(round(fill.red() * (1 - a) + tint.red() * a),
                      round(fill.green() * (1 - a) + tint.green() * a),
                      round(fill.blue() * (1 - a) + tint.blue() * a))

    def _paint_quote(self, p: QPainter, rect: QRect, quote: tuple[str, str], pal: QPalette,
                     small: QFont, ui_dir: Qt.LayoutDirection, note: str = "",
                     note_color: QColor | None = None, hovered: bool = False) -> None:
        """A reply's quote: a bar on the leading side, the quoted sender, its first line, and
        a note when the quoted message has two versions. Under the mouse (it can be
        followed) it is lit with the accent colour and its bar is wider."""
        who, line = quote
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.quote_fill(pal, hovered))
        p.drawRoundedRect(rect, 4, 4)
        bar = self.QUOTE_BAR + (2 if hovered else 0)
        p.fillRect(QStyle.visualRect(ui_dir, rect, QRect(rect.left(), rect.top(), bar,
                                                         rect.height())), style.accent())
        inner = rect.adjusted(self.QUOTE_PAD + self.QUOTE_BAR + 2, self.QUOTE_PAD,
                              -self.QUOTE_PAD, -self.QUOTE_PAD)
        inner = QStyle.visualRect(ui_dir, rect, inner)
        fs = QFontMetrics(small)
        # At the quote's start in the window's direction; a name and a line (data) each in
        # their own direction inside it (isolated).
        p.setFont(small)
        if who:
            p.setPen(QColor(style.accent()))
            name = fs.elidedText(who, Qt.TextElideMode.ElideRight, inner.width())
            _draw_text(p, QRect(inner.left(), inner.top(), inner.width(), fs.height()),
                       isolate(name), Qt.AlignmentFlag.AlignLeft, ui_dir)
        p.setPen(QColor(pal.color(QPalette.ColorRole.PlaceholderText)))
        shown = fs.elidedText(line, Qt.TextElideMode.ElideRight, inner.width())
        top = inner.top() + (fs.height() if who else fs.height() // 2)
        _draw_text(p, QRect(inner.left(), top, inner.width(), fs.height()),
                   isolate(shown) if who else shown, Qt.AlignmentFlag.AlignLeft, ui_dir)
        if note:
            p.setPen(note_color or QColor(pal.color(QPalette.ColorRole.PlaceholderText)))
            _draw_text(p, QRect(inner.left(), top + fs.height(), inner.width(), fs.height()),
                       fs.elidedText(note, Qt.TextElideMode.ElideRight, inner.width()),
                       Qt.AlignmentFlag.AlignLeft, ui_dir)

    def event_rect(self, row: QRect, lay: dict) -> QRect:
        """Where an event's lines are drawn in its row: as wide as they were laid out (the
        bubbles' text width), in the middle, under the day's header."""
        top = row.top() + lay["height"] - lay["text_h"] - self.EVENT_PAD
        return QRect(row.left() + (row.width() - lay["text_w"]) // 2, top, lay["text_w"],
                     lay["text_h"])

    @staticmethod
    def bubble_x(row: QRect, width: int, mine: bool, direction: Qt.LayoutDirection) -> int:
        """Where a bubble starts: your messages on the trailing side (right, or left when the
        window runs right to left), the others' on the leading side, as in WhatsApp."""
        trailing = mine != (direction == Qt.LayoutDirection.RightToLeft)
        return row.right() - width - 16 if trailing else row.left() + 16

    def _paint_media(self, p: QPainter, rect: QRect, ref: MediaRef, pal: QPalette, small: QFont,
                     ui_dir: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight,
                     phone: bool = False) -> None:
        img = self.model.thumbs.get(ref.sha256)
        if ref.kind in ("image", "sticker") and img is not None and not img.isNull():
            clip = QPainterPath()
            clip.addRoundedRect(rect, 6, 6)
            p.save()
            p.setClipPath(clip)
            p.drawImage(rect, img)
            p.restore()
            return
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
        p.drawRoundedRect(rect, 6, 6)
        icon_name = {"image": "image", "sticker": "image", "video": "video",
                     "voice": "voice", "audio": "voice"}.get(ref.kind, "file")
        size = 28 if rect.height() < 100 else 40
        pm = render(icon_name, size, style.accent())
        label = self.model.media_label(ref, phone)
        if ref.sha256:  # a file the library has (not one the export left out)
            label = self.tr("%1 · %2", "kind of attachment · size").replace(
                "%1", label).replace("%2", human_size(ref.size))
        if rect.height() < 100:
            icon_rect = QStyle.visualRect(ui_dir, rect, QRect(rect.left() + 12,
                                          rect.center().y() - size // 2, size, size))
            p.drawPixmap(icon_rect.topLeft(), pm)
            p.setFont(small)
            p.setPen(pal.color(QPalette.ColorRole.Text))
            detail = self.model.file_name_of(ref)
            text_rect = QStyle.visualRect(ui_dir, rect, rect.adjusted(size + 22, 4, -8, -4))
            _draw_text(p, text_rect, label + ("\n" + detail if detail else ""),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, ui_dir)
        else:
            p.drawPixmap(rect.center().x() - size // 2, rect.center().y() - size // 2 - 8, pm)
            p.setFont(small)
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            _draw_text(p, rect.adjusted(0, size + 12, 0, 0), label, Qt.AlignmentFlag.AlignCenter,
                       ui_dir)


def _event_layout(text: str, font: QFont, width: int,
                  direction: Qt.LayoutDirection) -> tuple[QTextLayout, int]:
    """An event's text laid out in lines of ``width``, centred, in its own direction; and
    its height. The same layout is measured (size hint) and drawn (paint)."""
    layout = QTextLayout(text, font)
    opt = QTextOption(Qt.AlignmentFlag.AlignHCenter)
    opt.setTextDirection(direction)
    opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(opt)
    height = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, int(height + 0.999)


def _draw_text(painter: QPainter, rect: QRect, text: str, align: Qt.AlignmentFlag,
               direction: Qt.LayoutDirection, *, wrap: bool = False) -> None:
    """Text in a rectangle with an explicit base direction; Left/Right alignment follows it
    (Left is the start of the text: the right edge for Arabic)."""
    opt = QTextOption(align)
    opt.setTextDirection(direction)
    opt.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.NoWrap)
    painter.drawText(QRectF(rect), text, opt)


class _MessageList(QListView):
    activatedMessage = Signal(object)
    quoteActivated = Signal(object)  # a reply whose quote was clicked or activated
    jumpRequested = Signal(str)  # "start" (Home) | "end" (End): the chat's first or last message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The reply whose quote the mouse is over (its id), when the quote can be followed:
        # the pointer becomes a hand and the quote is drawn lit (``MessageDelegate``).
        self.hovered_quote: str | None = None
        self.viewport().setMouseTracking(True)

    def _quote_under(self, pos: QPoint) -> Message | None:
        """The reply whose followable quote is at ``pos`` (viewport coordinates), or None."""
        index = self.indexAt(pos)
        delegate = self.itemDelegate()
        if not index.isValid() or not isinstance(delegate, MessageDelegate):
            return None
        m = index.data(MESSAGE_ROLE)
        if m is None or delegate.model.quoted_message(m) is None:
            return None  # (a quote of a message not in this chat leads nowhere)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        rect = delegate.quote_rect(option, index)
        return m if rect is not None and rect.contains(pos) else None

    def _set_hovered(self, m: Message | None) -> None:
        new = m.id if m is not None else None
        if new == self.hovered_quote:
            return
        rows = [self.model().row_of(i) for i in (self.hovered_quote, new) if i]
        self.hovered_quote = new
        if new is None:
            self.viewport().unsetCursor()
        else:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        for r in rows:
            if r is not None:
                self.update(self.model().index(r))

    def mouseMoveEvent(self, e: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._set_hovered(self._quote_under(e.position().toPoint()))
        super().mouseMoveEvent(e)

    def leaveEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt API
        self._set_hovered(None)
        super().leaveEvent(e)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt API
        """What is under the pointer changes as the list scrolls (the wheel, a jump)."""
        super().scrollContentsBy(dx, dy)
        pos = self.viewport().mapFromGlobal(QCursor.pos())
        inside = self.viewport().rect().contains(pos) and self.viewport().underMouse()
        self._set_hovered(self._quote_under(pos) if inside else None)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            m = self.currentIndex().data(MESSAGE_ROLE)
            # Ctrl+Enter, or Enter on a reply without an attachment to open: to its quote.
            ctrl = bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if m is not None and m.reply_to and m.kind != "system" and (
                    ctrl or not (m.media and m.media[0].sha256)):
                self.quoteActivated.emit(m)
                return
            self.activatedMessage.emit(m)
            return
        if e.key() == Qt.Key.Key_Home:
            self.jumpRequested.emit("start")
            return
        if e.key() == Qt.Key.Key_End:
            self.jumpRequested.emit("end")
            return
        super().keyPressEvent(e)


class ChatViewer(QWidget):
    """A window showing one chat."""

    def __init__(self, library_dir: Path, chat_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.library_dir = Path(library_dir)
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Chat"))
        self.resize(style.px(760), style.px(820))
        keep_on_screen(self)  # (820 px is taller than a 1366x768 screen's free area)
        self.model = MessageModel(self.library_dir, chat_id, self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        head = QWidget()
        head.setObjectName("chatHeader")
        hl = QHBoxLayout(head)
        hl.setContentsMargins(18, 12, 18, 12)
        self.avatar = QLabel()
        self.avatar.setPixmap(render("person", 32, style.accent()))
        text = QVBoxLayout()
        text.setSpacing(0)
        self.title = style.leading(ElidedLabel(self.tr("Loading…")))  # a long name: one line
        self.title.setObjectName("title")
        self.subtitle = style.leading(style.label("", "muted"))
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        hl.addWidget(self.avatar)
        hl.addSpacing(6)
        hl.addLayout(text, 1)
        head.setStyleSheet("#chatHeader { border-bottom: 1px solid palette(mid); }")
        lay.addWidget(head)
        self.view = _MessageList()
        self.view.setObjectName("messages")
        self.view.setModel(self.model)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalScrollBar().setSingleStep(24)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSpacing(0)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Messages"))
        self.view.setStyleSheet("QListView#messages { background: palette(window); }")
        self.view.doubleClicked.connect(lambda idx: self.open_media(idx.data(MESSAGE_ROLE)))
        self.view.activatedMessage.connect(self.open_media)
        self.view.jumpRequested.connect(self.jump)
        self.view.quoteActivated.connect(self.go_to_quote)
        self._unhighlight = QTimer(self)
        self._unhighlight.setSingleShot(True)
        self._unhighlight.setInterval(self.HIGHLIGHT_MS)
        self._unhighlight.timeout.connect(lambda: self.model.set_highlighted(None))
        lay.addWidget(self.view, 1)
        self._stick_to_end = True  # follow the newest message until the person scrolls up
        bar = self.view.verticalScrollBar()
        bar.rangeChanged.connect(self._range_changed)
        bar.valueChanged.connect(self._scrolled)
        self.model.loaded.connect(self._loaded)
        self.model.olderLoaded.connect(self._older_loaded)
        self.model.jumped.connect(self._jumped)
        self.model.located.connect(self._located)
        self.model.failed.connect(self._failed)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.setContext(Qt.ShortcutContext.WindowShortcut)
        close.activated.connect(self.close)
        closer = QShortcut(self)  # Ctrl+W, Ctrl+F4: every binding of the platform's "Close"
        closer.setKeys(QKeySequence.StandardKey.Close)
        closer.activated.connect(self.close)
        self._shown_once = False
        self.model.start()

    HIGHLIGHT_MS = 1600  # how long a message a quote was followed to stays highlighted

    # --- scrolling: opens at the newest message; Home and End jump to either end -------------
    def go_to_quote(self, m: Message | None) -> None:
        """Show the message a reply quotes (its page loaded in the background if it is not
        in the window), made current and highlighted briefly."""
        q = self.model.quoted_message(m) if m is not None else None
        if q is None:
            return  # (a quote of a message not in this chat: nothing to go to)
        self._stick_to_end = False
        self.model.go_to(q)

    def _located(self, row: int) -> None:
        idx = self.model.index(row)
        self._stick_to_end = False
        self.view.setCurrentIndex(idx)
        self.view.scrollTo(idx, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.model.set_highlighted(self.model.messages[row].id)
        self._unhighlight.start()

    def jump(self, where: str) -> None:
        """Show the chat's first (``start``) or newest (``end``) message."""
        self._stick_to_end = where == "end"
        if where == "start":
            self.model.jump_to_start()
        else:
            self.model.jump_to_end()

    def _jumped(self, where: str) -> None:
        if not self.model.rowCount():
            return
        row = 0 if where == "start" else self.model.rowCount() - 1
        idx = self.model.index(row)
        self.view.setCurrentIndex(idx)
        if where == "start":
            self.view.scrollToTop()
        else:
            self.view.scrollToBottom()

    def _range_changed(self, _lo: int, hi: int) -> None:
        if self._stick_to_end:
            self.view.verticalScrollBar().setValue(hi)

    def _scrolled(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if value < bar.maximum() - 4:
            if self.view.isVisible() and self._shown_once and not self._restoring:
                self._stick_to_end = False
        if value <= 120 and self._shown_once and not self.model.at_start:
            self._anchor = self.view.indexAt(self.view.viewport().rect().topLeft())
            self._anchor_row = self._anchor.row() if self._anchor.isValid() else 0
            self.model.fetch_older()

    _restoring = False
    _anchor_row = 0

    def _older_loaded(self, n: int) -> None:
        """Rows went in front: keep the message that was at the top where it was."""
        self._restoring = True
        try:
            self.view.scrollTo(self.model.index(self._anchor_row + n),
                               QAbstractItemView.ScrollHint.PositionAtTop)
        finally:
            self._restoring = False

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Home:
            self.jump("start")
            return
        if e.key() == Qt.Key.Key_End:
            self.jump("end")
            return
        super().keyPressEvent(e)

    def _loaded(self) -> None:
        chat = self.model.chat
        if chat is None:
            return
        self.setWindowTitle(elide(chat.name))
        self.title.setText(chat.name)
        if not self._shown_once and self.model.rowCount():
            self._shown_once = True
            self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1))
            self.view.scrollToBottom()
        group = chat.kind == "group"
        self.avatar.setPixmap(render("group" if group else "person", 32, style.accent()))
        if self.view.itemDelegate() is None or not isinstance(self.view.itemDelegate(), MessageDelegate):
            self.view.setItemDelegate(MessageDelegate(self.model, group, self.view))
        people = len(chat.participants)
        messages = self.tr("%Ln message(s)", "", max(self.model.total, 0))
        self.subtitle.setText(self.tr("%1 · %2", "participants · messages").replace(
            "%1", self.tr("%Ln participant(s)", "", people)).replace("%2", messages)
            if group else messages)
        self.avatar.setAccessibleName(self.tr("Group") if group else self.tr("Contact"))
        self.view.setAccessibleDescription(self.tr(
            "Messages of %1, oldest first. The arrow keys move between messages, Home and End "
            "go to the first and the newest, Enter opens an attachment, Control+Enter on a "
            "reply goes to the message it quotes, and Escape closes the chat.").replace(
                "%1", isolate(elide(chat.name, 200))))

    def _failed(self, exc: BaseException) -> None:
        from ..widgets.errors import show_error

        self.title.setText(self.tr("This chat cannot be shown"))
        show_error(self, exc, self.tr("Cannot open the chat"))

    def open_media(self, m: Message | None) -> None:
        """Open the first attachment of a message with the system's default app, if its
        content is of a type that app only displays (``library/attachments.py``); else offer
        "Save as…"."""
        if m is None or not m.media or not m.media[0].sha256:
            return  # (an attachment the export did not include has no file to open)
        ref = m.media[0]

        def opened(opening: attachments.Opening) -> None:
            if opening.path is not None:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(opening.path)))
            else:
                self._offer_save(opening)

        def failed(_exc: BaseException) -> None:
            from ...errors import NotFoundError
            from ..widgets.errors import show_error

            show_error(self, NotFoundError(self.tr("This media file is not on this computer."),
                                           hint=self.tr("Videos may have been left out of the "
                                                        "backup it was restored from.")))

        call_in_background(attachments.prepare, self.library_dir, ref, name="open-media",
                           on_done=opened, on_error=failed, owner=self, cancel_with_owner=True)

    def _offer_save(self, opening: attachments.Opening) -> None:
        """For a file backupgui will not open: explain, and offer to save a copy."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Open attachment"),
                          self.tr("“%1” is not a photo, video, audio or PDF file, so backupgui "
                                  "does not open it.").replace("%1", isolate(opening.suggested_name)),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("saveAttachment")
        box.setInformativeText(self.tr("Files of other kinds can run programs when opened. You "
                                       "can save a copy and open it yourself if you trust the "
                                       "sender."))
        save = box.addButton(self.tr("Save as…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(save)
        from ..widgets.errors import name_icon

        name_icon(box)
        box.finished.connect(lambda _r: self._save_as(opening) if box.clickedButton() is save else None)
        box.open()

    def _save_as(self, opening: attachments.Opening) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment"),
                                                str(Path(folder) / opening.suggested_name))
        if not target:
            return

        def failed(exc: BaseException) -> None:
            from ..widgets.errors import show_error

            show_error(self, exc, self.tr("Could not save the attachment"))

        call_in_background(attachments.save_copy, opening.source, target, name="save-media",
                           on_error=failed, owner=self)
