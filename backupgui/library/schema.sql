-- backupgui chat library, schema version 5 (4: no origins table nor origin columns;
-- 3: no messages.seq, and media rows counted
-- whether or not the export included their file; 2: media.message_id referred to
-- messages(id); 1: messages.id was the PRIMARY KEY).
-- Timestamps are milliseconds since the Unix epoch, UTC.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS chats (
    id            TEXT PRIMARY KEY,          -- stable identity (importer- or demo-assigned)
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('direct', 'group')),
    source        TEXT NOT NULL DEFAULT '',  -- 'demo', 'whatsapp', 'telegram', 'restore'
    created_ms    INTEGER,
    -- Summary columns kept by triggers so listing 10,000 chats never scans messages.
    message_count INTEGER NOT NULL DEFAULT 0,
    media_count   INTEGER NOT NULL DEFAULT 0,
    media_bytes   INTEGER NOT NULL DEFAULT 0,
    video_bytes   INTEGER NOT NULL DEFAULT 0,
    last_ms       INTEGER,
    rev           INTEGER NOT NULL DEFAULT 0 -- bumped on every message change (backup cache key)
);

CREATE TABLE IF NOT EXISTS participants (
    chat_id   TEXT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL,
    name      TEXT NOT NULL,
    is_me     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (chat_id, person_id)
);

CREATE TABLE IF NOT EXISTS messages (
    id        TEXT NOT NULL,                 -- stable message identity; merges dedupe on it
    chat_id   TEXT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    ts_ms     INTEGER NOT NULL,
    sender    TEXT,                          -- participant person_id; NULL for system events
    kind      TEXT NOT NULL CHECK (kind IN ('text', 'media', 'system')),
    text      TEXT NOT NULL DEFAULT '',
    reply_to  TEXT,                          -- id of the message replied to, if any
    -- Display order among the chat's messages with the same ts_ms (an export's minutes hold
    -- many): the position in the export or in the backup's blob; only its order within one
    -- ts_ms counts. Merges renumber the groups they mix (LibraryWriter.order_merged).
    seq       INTEGER NOT NULL DEFAULT 0,
    -- Which import or restore on this computer added it: origins.id, or 0 for not recorded
    -- (a library from before schema 5, the demo). Kept locally only, never in a backup.
    origin    INTEGER NOT NULL DEFAULT 0
);
-- Unique message ids as an index of its own (libraries made before 2026-11-27 have it as the
-- table's PRIMARY KEY): a restore into an empty library drops it and builds it once at the
-- end by sorting, instead of inserting hashed ids at random places one by one.
CREATE UNIQUE INDEX IF NOT EXISTS messages_id ON messages (id);
-- (chat_id, ts_ms, seq, id) serves the display-ordered scans (viewer, backup) without a sort.
CREATE INDEX IF NOT EXISTS messages_chat_ts_seq ON messages (chat_id, ts_ms, seq, id);

-- A restored month of a chat whose messages were not in the library yet, kept as the backup
-- made it: the message blob of docs/FORMAT.md section 8, as one zstd frame (or plain JSON).
-- Storing it costs a fraction of one row per message; readers decode it, a backup sends it
-- again as it is, and the first change to the chat turns its blocks into rows. A chat's
-- messages are either all in blocks or all in rows.
CREATE TABLE IF NOT EXISTS message_blocks (
    chat_id  TEXT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    month    TEXT NOT NULL,                  -- "YYYY-MM", UTC
    count    INTEGER NOT NULL,
    first_ms INTEGER NOT NULL,               -- ts of its first and of its last message
    last_ms  INTEGER NOT NULL,
    body     BLOB NOT NULL,
    origin   INTEGER NOT NULL DEFAULT 0,     -- the restore that kept it (origins.id)
    PRIMARY KEY (chat_id, month)
);

-- Where messages came from, one row per import or restore that added any (messages.origin,
-- message_blocks.origin): what the viewer tells the two copies of a message apart by when an
-- import kept both (SECURITY.md 2.13). Written by this computer only; a backup carries none
-- (what a backup said of its messages' origin would be written by whoever holds its key).
CREATE TABLE IF NOT EXISTS origins (
    id    INTEGER PRIMARY KEY,
    kind  TEXT NOT NULL CHECK (kind IN ('whatsapp', 'telegram', 'phone', 'restore')),
    at_ms INTEGER NOT NULL                   -- when it ran (its start), UTC
);

-- Attachments of messages in rows and in blocks alike, so message_id refers to no table;
-- rows go with their chat, and clear_chat deletes them with its messages.
CREATE TABLE IF NOT EXISTS media (
    message_id TEXT NOT NULL,
    seq        INTEGER NOT NULL DEFAULT 0,   -- order of attachments within a message
    chat_id    TEXT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('image', 'video', 'voice', 'audio', 'file', 'sticker')),
    mime       TEXT NOT NULL DEFAULT 'application/octet-stream',
    filename   TEXT NOT NULL DEFAULT '',
    size       INTEGER NOT NULL,
    -- content address: media/<sha256[:2]>/<sha256>; '' (and size 0) for an attachment whose
    -- file the export did not include: its name and kind are kept, marked missing.
    sha256     TEXT NOT NULL,
    PRIMARY KEY (message_id, seq)
);
CREATE INDEX IF NOT EXISTS media_chat ON media (chat_id);
CREATE INDEX IF NOT EXISTS media_sha ON media (sha256);

CREATE TRIGGER IF NOT EXISTS messages_ai AFTER INSERT ON messages BEGIN
    UPDATE chats SET message_count = message_count + 1, rev = rev + 1,
                     last_ms = max(coalesce(last_ms, NEW.ts_ms), NEW.ts_ms)
     WHERE id = NEW.chat_id;
END;
CREATE TRIGGER IF NOT EXISTS messages_ad AFTER DELETE ON messages BEGIN
    UPDATE chats SET message_count = message_count - 1, rev = rev + 1 WHERE id = OLD.chat_id;
END;
-- (The media count leaves out attachments not included in the export: sha256 = ''.)
CREATE TRIGGER IF NOT EXISTS media_ai AFTER INSERT ON media BEGIN
    UPDATE chats SET media_count = media_count + (NEW.sha256 != ''),
                     media_bytes = media_bytes + NEW.size,
                     video_bytes = video_bytes + (CASE WHEN NEW.kind = 'video' THEN NEW.size ELSE 0 END)
     WHERE id = NEW.chat_id;
END;
CREATE TRIGGER IF NOT EXISTS media_ad AFTER DELETE ON media BEGIN
    UPDATE chats SET media_count = media_count - (OLD.sha256 != ''),
                     media_bytes = media_bytes - OLD.size,
                     video_bytes = video_bytes - (CASE WHEN OLD.kind = 'video' THEN OLD.size ELSE 0 END)
     WHERE id = OLD.chat_id;
END;

-- Text blobs of the last backup per (set, chat) at a given chat revision, so an unchanged chat
-- is not re-serialized. Blob ids are keyed MACs: they reveal nothing without the key.
CREATE TABLE IF NOT EXISTS backup_text_cache (
    set_id  TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    rev     INTEGER NOT NULL,
    blobs   TEXT NOT NULL,  -- JSON [[month, blob_id, message_count], ...]
    PRIMARY KEY (set_id, chat_id)
);
