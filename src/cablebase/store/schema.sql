-- cablebase archive, schema version 2 (2: paragraphs kept as places in the body, texts last).
-- Plain tables that any SQLite tool (sqlite3, Datasette, sqlite-utils) can read as they are.
-- Columns holding lists or objects hold JSON text; `record` columns the full JSON of a record.
-- Position columns are '' (not NULL) when a source has no position, so that uniqueness holds.

CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per cable: the version it shows (the best, see cable_versions). Its columns are
-- the fields of `cablebase parse` (lists as JSON); content_hash names the version. Short
-- columns come first and the texts last: a scan of the short ones (the people index's check
-- of content_hash) then reads no text. Version 1 archives keep their column order.
CREATE TABLE IF NOT EXISTS cables (
    ref_id TEXT PRIMARY KEY,
    ref_id_raw TEXT,
    created TEXT,
    released TEXT,
    classification TEXT,
    origin TEXT,
    precedence TEXT,
    dtg TEXT,
    transmission_id TEXT,
    "from" TEXT,
    subject TEXT,
    partial INTEGER NOT NULL DEFAULT 0,
    redactions INTEGER NOT NULL DEFAULT 0,
    row_number INTEGER,
    content_hash TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]',
    captions TEXT NOT NULL DEFAULT '[]',
    eo TEXT,
    classified_by TEXT,
    signers TEXT NOT NULL DEFAULT '[]',
    "to" TEXT NOT NULL DEFAULT '[]',
    info TEXT NOT NULL DEFAULT '[]',
    "references" TEXT NOT NULL DEFAULT '[]',
    paragraphs TEXT NOT NULL DEFAULT '[]',
    warnings TEXT NOT NULL DEFAULT '[]',
    summary TEXT,
    header TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT ''
);
-- The `paragraphs` column holds one object per numbered paragraph: {number, marking, start,
-- end}, where its text stands in `body` (character offsets after its number and marking),
-- or {number, marking, text} when the parser could not place it. This view gives every
-- paragraph with its text as the body prints it (the records give it reflowed).
CREATE VIEW IF NOT EXISTS cable_paragraphs AS
SELECT
    cables.ref_id AS ref_id,
    json_extract(p.value, '$.number') AS number,
    json_extract(p.value, '$.marking') AS marking,
    coalesce(
        json_extract(p.value, '$.text'),
        trim(ltrim(substr(
            cables.body,
            json_extract(p.value, '$.start') + 1,
            json_extract(p.value, '$.end') - json_extract(p.value, '$.start')
        ), ' .:'), ' ' || char(10))
    ) AS text
FROM cables, json_each(cables.paragraphs) AS p;

CREATE INDEX IF NOT EXISTS cables_created ON cables (created);
CREATE INDEX IF NOT EXISTS cables_released ON cables (released);
CREATE INDEX IF NOT EXISTS cables_origin ON cables (origin);
CREATE INDEX IF NOT EXISTS cables_classification ON cables (classification);

-- Every distinct text seen for a cable. content_hash is the hash of the text (header and
-- body, layout ignored); record_hash that of all its parsed fields. record is the JSON of the
-- version, NULL for the one the cables row shows (stored once, there). source_path and
-- source_position name the source the fields were parsed from.
CREATE TABLE IF NOT EXISTS cable_versions (
    ref_id TEXT NOT NULL REFERENCES cables (ref_id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL,
    record_hash TEXT NOT NULL,
    record TEXT,
    first_seen TEXT NOT NULL,
    source_path TEXT NOT NULL,
    source_position TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (ref_id, content_hash)
);

CREATE TABLE IF NOT EXISTS cable_tags (
    ref_id TEXT NOT NULL REFERENCES cables (ref_id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (ref_id, tag)
);
CREATE INDEX IF NOT EXISTS cable_tags_tag ON cable_tags (tag);

CREATE TABLE IF NOT EXISTS cable_references (
    ref_id TEXT NOT NULL REFERENCES cables (ref_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT,
    text TEXT NOT NULL,
    cited_ref_id TEXT,
    kind TEXT NOT NULL,
    PRIMARY KEY (ref_id, position)
);
CREATE INDEX IF NOT EXISTS cable_references_cited ON cable_references (cited_ref_id);

CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    published TEXT,
    language TEXT,
    url TEXT,
    text TEXT NOT NULL,
    cites TEXT NOT NULL DEFAULT '[]',
    cited_rows TEXT NOT NULL DEFAULT '[]',
    warnings TEXT NOT NULL DEFAULT '[]',
    content_hash TEXT NOT NULL,
    record TEXT NOT NULL
);

-- via: 'text' (the article names the ID) or 'row' (a cables.csv row number, resolved).
CREATE TABLE IF NOT EXISTS article_cites (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ref_id TEXT NOT NULL,
    via TEXT NOT NULL,
    row_number INTEGER,
    PRIMARY KEY (article_id, ref_id, via)
);
CREATE INDEX IF NOT EXISTS article_cites_ref ON article_cites (ref_id);

CREATE TABLE IF NOT EXISTS article_cited_rows (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    row_number INTEGER NOT NULL,
    PRIMARY KEY (article_id, row_number)
);

-- Sequential cable numbers (first column of cables.csv) to reference IDs.
-- source: 'cables.csv' (from a cable row) or 'ids' (a user-supplied ID list).
CREATE TABLE IF NOT EXISTS row_numbers (
    row_number INTEGER PRIMARY KEY,
    ref_id TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS row_numbers_ref ON row_numbers (ref_id);

-- Where each record was read. kind: 'cable' (record_id = ref_id) or 'article'.
-- content_hash: the cable version (or article text) that source gave.
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    path TEXT NOT NULL,
    format TEXT NOT NULL,
    position TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    UNIQUE (kind, record_id, path, position)
);

CREATE TABLE IF NOT EXISTS ingests (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    inputs TEXT NOT NULL DEFAULT '[]',
    counts TEXT NOT NULL DEFAULT '{}'
);

-- One row per thing that could not be read; a repeat in a later ingest updates ingest_id.
CREATE TABLE IF NOT EXISTS failures (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    position TEXT NOT NULL DEFAULT '',
    format TEXT,
    reason TEXT NOT NULL,
    ingest_id INTEGER REFERENCES ingests (id),
    UNIQUE (path, position, reason)
);

-- The people each cable names (cablebase.connections.people), derived from the cables and
-- brought up to date after every ingest. person: the key (`burns-william`, `losyukov`);
-- surname: its surname slug; name and surname_shown: as the cable gives them.
CREATE TABLE IF NOT EXISTS cable_people (
    ref_id TEXT NOT NULL REFERENCES cables (ref_id) ON DELETE CASCADE,
    person TEXT NOT NULL,
    surname TEXT NOT NULL,
    name TEXT NOT NULL,
    surname_shown TEXT NOT NULL,
    titles TEXT NOT NULL DEFAULT '[]',
    roles TEXT NOT NULL DEFAULT '[]',
    mentions INTEGER NOT NULL,
    PRIMARY KEY (ref_id, person)
);
CREATE INDEX IF NOT EXISTS cable_people_person ON cable_people (person);
CREATE INDEX IF NOT EXISTS cable_people_surname ON cable_people (surname);

-- The cable text (cables.content_hash) whose people cable_people holds.
CREATE TABLE IF NOT EXISTS people_state (
    ref_id TEXT PRIMARY KEY REFERENCES cables (ref_id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL
);

-- One row per person key, with totals over its cables. canonical: the key it is listed under
-- (a surname-only key joins the archive's only full name with that surname).
CREATE TABLE IF NOT EXISTS people (
    key TEXT PRIMARY KEY,
    canonical TEXT NOT NULL,
    surname TEXT NOT NULL,
    name TEXT NOT NULL,
    surname_shown TEXT NOT NULL,
    titles TEXT NOT NULL DEFAULT '[]',
    roles TEXT NOT NULL DEFAULT '[]',
    mentions INTEGER NOT NULL,
    cables INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS people_canonical ON people (canonical);
CREATE INDEX IF NOT EXISTS people_surname ON people (surname);

-- Surnames whose people rows must be recomputed (set with cable_people, cleared with people).
CREATE TABLE IF NOT EXISTS people_dirty (
    surname TEXT PRIMARY KEY
);
