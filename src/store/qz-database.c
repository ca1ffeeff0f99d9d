/* qz-database.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-database"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>

#include "qz-atomic-file.h"
#include "qz-database-private.h"

/* "QzDB": marks the file as ours in the SQLite header. */
#define QZ_APPLICATION_ID 0x517a4442

struct _QzDatabase
{
  GObject  parent_instance;

  sqlite3 *db;
  char    *path;
  char    *origin;
  /* Who makes the edits, for their history (Preferences' report author). */
  char    *author;
  /* Open transactions: an edit made of several (a sample, an import)
   * wraps them, and only the outermost commits. */
  guint    depth;
  /* Set when the background check found the file damaged: nothing more
   * is written, and every write says why. */
  GError  *damage;
  /* Registered so that no export replaces the file. */
  gboolean protected;
};

G_DEFINE_FINAL_TYPE (QzDatabase, qz_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (qz-database-error-quark, qz_database_error)

/* migrations[n] brings a database from user_version n to n + 1, inside the
 * same transaction that records the new version. Never edit a shipped step:
 * add one. */
static const char *migrations[QZ_DATABASE_VERSION] = {
  /* 0 → 1: enterprises, and the id of this database for rows that travel. */
  "CREATE TABLE meta ("
  "  key   TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ");"
  "CREATE TABLE enterprise ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  name          TEXT NOT NULL CHECK (name <> ''),"
  "  uscc          TEXT NOT NULL DEFAULT '',"
  "  industry_code TEXT NOT NULL DEFAULT '',"
  "  province      TEXT NOT NULL DEFAULT '',"
  "  city          TEXT NOT NULL DEFAULT '',"
  "  county        TEXT NOT NULL DEFAULT '',"
  "  address       TEXT NOT NULL DEFAULT '',"
  "  contact_name  TEXT NOT NULL DEFAULT '',"
  "  contact_phone TEXT NOT NULL DEFAULT '',"
  "  notes         TEXT NOT NULL DEFAULT '',"
  "  employees     INTEGER CHECK (employees >= 0),"
  "  revenue       REAL CHECK (revenue >= 0),"
  "  created       INTEGER NOT NULL,"
  "  updated       INTEGER NOT NULL,"
  "  origin        TEXT NOT NULL,"
  "  deleted       INTEGER"
  ");"
  "CREATE INDEX enterprise_by_change ON enterprise (deleted, updated DESC);",

  /* 1 → 2: frameworks as filled, assessments, answers and photo evidence. */
  "CREATE TABLE framework ("
  "  id           INTEGER PRIMARY KEY,"
  "  framework_id TEXT NOT NULL,"
  "  version      TEXT NOT NULL,"
  "  sha256       TEXT NOT NULL UNIQUE,"
  "  source       BLOB NOT NULL,"
  "  added        INTEGER NOT NULL"
  ");"
  "CREATE TABLE assessment ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  enterprise    INTEGER NOT NULL REFERENCES enterprise (id),"
  "  framework     INTEGER NOT NULL REFERENCES framework (id),"
  "  visit_date    TEXT NOT NULL,"
  "  assessors     TEXT NOT NULL DEFAULT '',"
  "  target_level  TEXT NOT NULL DEFAULT '',"
  "  status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'complete')),"
  "  created       INTEGER NOT NULL,"
  "  updated       INTEGER NOT NULL,"
  "  origin        TEXT NOT NULL,"
  "  deleted       INTEGER"
  ");"
  "CREATE INDEX assessment_by_enterprise ON assessment (enterprise, visit_date);"
  "CREATE TABLE answer ("
  "  assessment    INTEGER NOT NULL REFERENCES assessment (id),"
  "  indicator     TEXT NOT NULL,"
  "  na            INTEGER NOT NULL DEFAULT 0,"
  "  options       TEXT,"
  "  value         REAL,"
  "  numerator     REAL,"
  "  denominator   REAL,"
  "  grade         INTEGER,"
  "  note          TEXT NOT NULL DEFAULT '',"
  "  flagged       INTEGER NOT NULL DEFAULT 0,"
  "  updated       INTEGER NOT NULL,"
  "  origin        TEXT NOT NULL,"
  "  PRIMARY KEY (assessment, indicator)"
  ") WITHOUT ROWID;"
  "CREATE TABLE photo ("
  "  sha256        TEXT PRIMARY KEY,"
  "  jpeg          BLOB NOT NULL,"
  "  thumbnail     BLOB NOT NULL,"
  "  width         INTEGER NOT NULL,"
  "  height        INTEGER NOT NULL"
  ") WITHOUT ROWID;"
  "CREATE TABLE evidence ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  assessment    INTEGER NOT NULL REFERENCES assessment (id),"
  "  indicator     TEXT NOT NULL,"
  "  photo         TEXT NOT NULL REFERENCES photo (sha256),"
  "  caption       TEXT NOT NULL DEFAULT '',"
  "  created       INTEGER NOT NULL,"
  "  updated       INTEGER NOT NULL,"
  "  origin        TEXT NOT NULL,"
  "  deleted       INTEGER"
  ");"
  "CREATE INDEX evidence_by_answer ON evidence (assessment, indicator);",

  /* 2 → 3: the improvement plan of an assessment. */
  "CREATE TABLE plan_item ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  assessment    INTEGER NOT NULL REFERENCES assessment (id),"
  "  position      INTEGER NOT NULL,"
  "  measure       TEXT,"
  "  indicator     TEXT,"
  "  title         TEXT NOT NULL CHECK (title <> ''),"
  "  detail        TEXT NOT NULL DEFAULT '',"
  "  effect        TEXT NOT NULL DEFAULT '',"
  "  phase         INTEGER NOT NULL CHECK (phase BETWEEN 0 AND 2),"
  "  priority      INTEGER NOT NULL CHECK (priority BETWEEN 0 AND 2),"
  "  status        INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),"
  "  owner         TEXT NOT NULL DEFAULT '',"
  "  start_date    TEXT NOT NULL DEFAULT '',"
  "  due_date      TEXT NOT NULL DEFAULT '',"
  "  budget_min    REAL CHECK (budget_min >= 0),"
  "  budget_max    REAL CHECK (budget_max >= budget_min),"
  "  edited        INTEGER NOT NULL DEFAULT 0,"
  "  stale         INTEGER NOT NULL DEFAULT 0,"
  "  created       INTEGER NOT NULL,"
  "  updated       INTEGER NOT NULL,"
  "  origin        TEXT NOT NULL,"
  "  deleted       INTEGER"
  ");"
  "CREATE INDEX plan_item_by_assessment ON plan_item (assessment, position);",

  /* 3 → 4: a smaller copy of each photo for reports (NULL for photos
   * stored before: reports take the image itself). */
  "ALTER TABLE photo ADD COLUMN print BLOB;"
  "ALTER TABLE photo ADD COLUMN print_width INTEGER;"
  "ALTER TABLE photo ADD COLUMN print_height INTEGER;",

  /* 4 → 5: what a consultant's first week asked for.
   * - the expert's overall opinion, printed in the report's summary;
   * - when an assessment was completed and reopened, and by whom;
   * - notes kept out of the report: an answer's note_internal is NULL
   *   while it follows the default (internal when flagged for follow-up);
   *   an enterprise's notes are internal unless the expert says otherwise;
   * - answers copied from the previous visit wait for review;
   * - a measure carried from the previous visit's plan names its item, and
   *   one drafted for a dimension the results call weakest says so;
   * - several contacts per enterprise, starting with the one it had. */
  "ALTER TABLE assessment ADD COLUMN opinion TEXT NOT NULL DEFAULT '';"
  "CREATE TABLE assessment_event ("
  "  id            INTEGER PRIMARY KEY,"
  "  assessment    INTEGER NOT NULL REFERENCES assessment (id),"
  "  kind          TEXT NOT NULL CHECK (kind IN ('completed', 'reopened')),"
  "  at            INTEGER NOT NULL,"
  "  author        TEXT NOT NULL DEFAULT '',"
  "  origin        TEXT NOT NULL"
  ");"
  "CREATE INDEX assessment_event_by_assessment ON assessment_event (assessment, at);"
  "ALTER TABLE answer ADD COLUMN note_internal INTEGER CHECK (note_internal IN (0, 1));"
  "ALTER TABLE answer ADD COLUMN review INTEGER NOT NULL DEFAULT 0 CHECK (review IN (0, 1));"
  "ALTER TABLE enterprise ADD COLUMN notes_internal INTEGER NOT NULL DEFAULT 1 CHECK (notes_internal IN (0, 1));"
  "ALTER TABLE plan_item ADD COLUMN carried_from TEXT;"
  "ALTER TABLE plan_item ADD COLUMN weakest INTEGER NOT NULL DEFAULT 0 CHECK (weakest IN (0, 1));"
  "CREATE TABLE contact ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  enterprise    INTEGER NOT NULL REFERENCES enterprise (id),"
  "  position      INTEGER NOT NULL,"
  "  name          TEXT NOT NULL DEFAULT '',"
  "  title         TEXT NOT NULL DEFAULT '',"
  "  mobile        TEXT NOT NULL DEFAULT '',"
  "  wechat        TEXT NOT NULL DEFAULT '',"
  "  created       INTEGER NOT NULL,"
  "  updated       INTEGER NOT NULL,"
  "  origin        TEXT NOT NULL,"
  "  deleted       INTEGER"
  ");"
  "CREATE INDEX contact_by_enterprise ON contact (enterprise, position);"
  "INSERT INTO contact (uuid, enterprise, position, name, mobile, created, updated, origin)"
  "  SELECT lower (substr (h, 1, 8) || '-' || substr (h, 9, 4) || '-4' || substr (h, 14, 3) || '-8'"
  "                || substr (h, 18, 3) || '-' || substr (h, 21, 12)),"
  "         id, 0, contact_name, contact_phone, updated, updated, origin"
  "  FROM (SELECT hex (randomblob (16)) AS h, * FROM enterprise"
  "        WHERE contact_name <> '' OR contact_phone <> '');",

  /* 5 → 6: each assessment's total and level, kept for the list of
   * enterprises so that it need not score every assessment at start-up.
   * scored = 0 says they are not known: every assessment until the list
   * first needs it, and whichever has an answer changed since (the
   * triggers), so that no writer of answers can leave a stale level.
   * The names and ranks of the levels reached are kept too, so that the
   * list shows them without reading a framework. */
  "ALTER TABLE assessment ADD COLUMN scored INTEGER NOT NULL DEFAULT 0 CHECK (scored IN (0, 1));"
  "ALTER TABLE assessment ADD COLUMN total REAL;"
  "ALTER TABLE assessment ADD COLUMN level TEXT;"
  "CREATE TABLE framework_level ("
  "  framework     INTEGER NOT NULL REFERENCES framework (id),"
  "  level         TEXT NOT NULL,"
  "  rank          INTEGER NOT NULL,"
  "  name_zh       TEXT NOT NULL,"
  "  name_en       TEXT NOT NULL,"
  "  PRIMARY KEY (framework, level)"
  ") WITHOUT ROWID;"
  "CREATE TRIGGER answer_inserted AFTER INSERT ON answer BEGIN"
  "  UPDATE assessment SET scored = 0 WHERE id = NEW.assessment; END;"
  "CREATE TRIGGER answer_updated AFTER UPDATE ON answer BEGIN"
  "  UPDATE assessment SET scored = 0 WHERE id IN (OLD.assessment, NEW.assessment); END;"
  "CREATE TRIGGER answer_deleted AFTER DELETE ON answer BEGIN"
  "  UPDATE assessment SET scored = 0 WHERE id = OLD.assessment; END;",

  /* 6 → 7: who confirmed a complete assessment, for the report's sign-off
   * block: the experts as typed, the enterprise's representative and the
   * date (YYYY-MM-DD). All three NULL until it is signed off, and again
   * once it is reopened. */
  "ALTER TABLE assessment ADD COLUMN signoff_experts TEXT;"
  "ALTER TABLE assessment ADD COLUMN signoff_representative TEXT;"
  "ALTER TABLE assessment ADD COLUMN signoff_date TEXT;",

  /* 7 → 8: rows that travel between databases (see qz-history.c).
   * - version: each record's version vector, none while nobody has
   *   changed it; records are "enterprise/UUID", "assessment/UUID",
   *   "answer/ASSESSMENT-UUID/INDICATOR", "plan_item/UUID", "evidence/UUID"
   *   and "contact/UUID";
   * - change: the history of every edit, who made it where and when, and
   *   the versions it went from and to; travels with the records;
   * - conflict: the other side's value of a record changed on both sides,
   *   kept until the expert chooses;
   * - peer: the author last known for each database records came from. */
  "CREATE TABLE version ("
  "  record        TEXT PRIMARY KEY,"
  "  vv            TEXT NOT NULL"
  ") WITHOUT ROWID;"
  "CREATE TABLE change ("
  "  uuid          TEXT PRIMARY KEY,"
  "  record        TEXT NOT NULL,"
  "  old           TEXT,"
  "  new           TEXT,"
  "  at            INTEGER NOT NULL,"
  "  origin        TEXT NOT NULL,"
  "  author        TEXT NOT NULL DEFAULT '',"
  "  base          TEXT NOT NULL DEFAULT '',"
  "  vv            TEXT NOT NULL"
  ") WITHOUT ROWID;"
  "CREATE INDEX change_by_record ON change (record, at);"
  "CREATE TABLE conflict ("
  "  record        TEXT PRIMARY KEY,"
  "  theirs        TEXT NOT NULL,"
  "  vv            TEXT NOT NULL,"
  "  origin        TEXT NOT NULL,"
  "  author        TEXT NOT NULL DEFAULT '',"
  "  at            INTEGER NOT NULL"
  ") WITHOUT ROWID;"
  "CREATE TABLE peer ("
  "  origin        TEXT PRIMARY KEY,"
  "  author        TEXT NOT NULL DEFAULT ''"
  ") WITHOUT ROWID;",
};

static gboolean
set_error (QzDatabase  *self,
           int          rc,
           GError     **error)
{
  if (self->damage != NULL)
    {
      g_propagate_error (error, g_error_copy (self->damage));
      return FALSE;
    }

  return qz_database_set_sqlite_error (self->path, self->db, rc, error);
}

static gboolean
exec (QzDatabase  *self,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  return rc == SQLITE_OK || set_error (self, rc, error);
}

static gboolean
query_int (QzDatabase  *self,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (self, sql, error);
  gboolean has_row;

  if (stmt == NULL || !qz_database_step (self, stmt, &has_row, error))
    return FALSE;

  *value = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

/**
 * qz_database_get_migration:
 * @version: a schema version below %QZ_DATABASE_VERSION
 *
 * Returns: the SQL that brings a database from @version to @version + 1
 */
const char *
qz_database_get_migration (guint version)
{
  g_return_val_if_fail (version < QZ_DATABASE_VERSION, NULL);

  return migrations[version];
}

/* Decides from the header and the schema, reading only, whether the file is
 * ours: a file we refuse is left exactly as it was. */
static gboolean
check_file (QzDatabase  *self,
            gboolean     read_only,
            gint64      *version,
            GError     **error)
{
  gint64 application_id, n_objects;

  if (!query_int (self, "PRAGMA application_id", &application_id, error) ||
      !query_int (self, "PRAGMA user_version", version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_master", &n_objects, error))
    return FALSE;

  /* Only a file of ours carries our id, from its first migration on; an
   * empty file without it is new only if nothing has numbered it either. */
  if ((application_id != 0 && application_id != QZ_APPLICATION_ID) ||
      (application_id == 0 && (n_objects > 0 || *version != 0)) ||
      *version < 0)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_QIZHEN,
                   _("“%s” is a database of another program, not of Qizhen. Qizhen has left it alone: move it aside, or restore Qizhen’s database from a backup."),
                   self->path);
      return FALSE;
    }

  if (*version > QZ_DATABASE_VERSION)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Qizhen (data version %d; this version reads up to %d). Update Qizhen to open it."),
                   self->path, (int) *version, QZ_DATABASE_VERSION);
      return FALSE;
    }

  if (!qz_database_check_schema (self, *version, error))
    return FALSE;

  if (read_only && *version < QZ_DATABASE_VERSION)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FAILED,
                   _("“%s” was written by an older version of Qizhen; open it in Qizhen once to update it."),
                   self->path);
      return FALSE;
    }

  if (!read_only && sqlite3_db_readonly (self->db, "main") == 1)
    return set_error (self, SQLITE_READONLY, error);

  return TRUE;
}

static gboolean
migrate (QzDatabase  *self,
         gint64       version,
         GError     **error)
{
  g_autofree char *stamp = NULL;

  if (version == QZ_DATABASE_VERSION)
    return TRUE;

  if (!qz_database_begin (self, error))
    return FALSE;

  for (gint64 v = version; v < QZ_DATABASE_VERSION; v++)
    {
      if (!exec (self, migrations[v], error))
        goto failed;
    }

  stamp = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                           QZ_DATABASE_VERSION, QZ_APPLICATION_ID);
  if (!exec (self, stamp, error) || !qz_database_commit (self, error))
    goto failed;

  g_debug ("Migrated %s from version %d to %d", self->path, (int) version, QZ_DATABASE_VERSION);
  return TRUE;

failed:
  qz_database_rollback (self);
  return FALSE;
}

static gboolean
load_origin (QzDatabase  *self,
             gboolean     read_only,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) select = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *origin = NULL;
  gboolean has_row;

  select = qz_database_prepare (self, "SELECT value FROM meta WHERE key = 'origin'", error);
  if (select == NULL || !qz_database_step (self, select, &has_row, error))
    return FALSE;

  if (has_row || read_only)
    {
      self->origin = has_row ? g_strdup ((const char *) sqlite3_column_text (select, 0)) : NULL;
      return TRUE;
    }

  origin = g_uuid_string_random ();
  insert = qz_database_prepare (self, "INSERT INTO meta (key, value) VALUES ('origin', ?)", error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_text (insert, 1, origin, -1, SQLITE_STATIC);
  if (!qz_database_step (self, insert, NULL, error))
    return FALSE;

  self->origin = g_steal_pointer (&origin);
  return TRUE;
}

static void
qz_database_finalize (GObject *object)
{
  QzDatabase *self = (QzDatabase *)object;

  if (self->protected)
    qz_atomic_file_unprotect (self->path);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->origin, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_error (&self->damage);

  G_OBJECT_CLASS (qz_database_parent_class)->finalize (object);
}

static void
qz_database_class_init (QzDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = qz_database_finalize;
}

static void
qz_database_init (QzDatabase *self)
{
}

/**
 * qz_database_dup_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/qizhen/qizhen.db`
 */
char *
qz_database_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "qizhen", "qizhen.db", NULL);
}

static QzDatabase *
open_database (const char  *path,
               gboolean     read_only,
               GError     **error)
{
  g_autoptr(QzDatabase) self = NULL;
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  gint64 version = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (QZ_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  if (!read_only && g_strcmp0 (path, ":memory:") != 0)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CANNOT_OPEN,
                       _("The folder “%s” for Qizhen’s database cannot be created (%s). Check that the disk is there and that you may write in its parent folder."),
                       dir, g_strerror (saved_errno));
          return NULL;
        }
    }

  if (g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CANNOT_OPEN,
                   _("“%s” is not a regular file, so it cannot be Qizhen’s database. Move it aside; without a file, Qizhen starts a new, empty database."), path);
      return NULL;
    }

  /* Create only a file that is missing: an existing one is checked first. */
  if (!read_only && !g_file_test (path, G_FILE_TEST_EXISTS))
    flags |= SQLITE_OPEN_CREATE;

  rc = sqlite3_open_v2 (path, &self->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_error (self, rc, error);
      return NULL;
    }

  /* Closing must not checkpoint a WAL left by a crash into a file that is
   * then refused: that would write to it. Allowed again once accepted. */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  /* The file may come from anywhere: its schema must not be rewritten by
   * SQL, nor run functions with side effects from its triggers or views. */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_extended_result_codes (self->db, TRUE);
  /* Short: the database is this process's own, a wait means trouble, and
   * the interface must not freeze while it lasts. */
  sqlite3_busy_timeout (self->db, 250);

  if (!exec (self, "PRAGMA trusted_schema = OFF", error) ||
      !check_file (self, read_only, &version, error))
    return NULL;

  if (g_strcmp0 (path, ":memory:") != 0)
    {
      qz_atomic_file_protect (path);
      self->protected = TRUE;
    }

  if (read_only)
    return load_origin (self, TRUE, error) ? g_steal_pointer (&self) : NULL;

  if (!exec (self, "PRAGMA journal_mode = WAL;"
                   "PRAGMA synchronous = NORMAL;"
                   "PRAGMA foreign_keys = ON;", error) ||
      !migrate (self, version, error) ||
      !load_origin (self, FALSE, error))
    return NULL;

  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
  return g_steal_pointer (&self);
}

/**
 * qz_database_open:
 * @path: the database file, or ":memory:" for a private in-memory database
 * @error: return location for a #QzDatabaseError
 *
 * Opens the database, creating it and its folder when missing, and brings
 * an older schema up to date in one transaction. A file that is damaged,
 * belongs to another program, comes from a newer version of Qizhen or
 * cannot be written is refused before anything is written to it.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
QzDatabase *
qz_database_open (const char  *path,
                  GError     **error)
{
  return open_database (path, FALSE, error);
}

/**
 * qz_database_open_read_only:
 * @path: an existing database file
 * @error: return location for a #QzDatabaseError
 *
 * Opens the database for reading only, as the command line's listings do:
 * nothing is created, migrated or written, and a file of an older schema
 * is refused rather than updated.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
QzDatabase *
qz_database_open_read_only (const char  *path,
                            GError     **error)
{
  return open_database (path, TRUE, error);
}

/**
 * qz_database_stop_writing:
 * @self: a #QzDatabase
 * @damage: why
 *
 * From now on nothing is written: the connection itself refuses, and every
 * write reports @damage.
 */
void
qz_database_stop_writing (QzDatabase   *self,
                          const GError *damage)
{
  g_return_if_fail (QZ_IS_DATABASE (self));

  if (self->damage != NULL)
    return;

  qz_database_rollback (self);
  sqlite3_exec (self->db, "PRAGMA query_only = ON", NULL, NULL, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  self->damage = g_error_copy (damage);
}

/**
 * qz_database_get_damage:
 * @self: a #QzDatabase
 *
 * Returns: (nullable): why the database stopped writing, or %NULL while
 *   it has not
 */
const GError *
qz_database_get_damage (QzDatabase *self)
{
  g_return_val_if_fail (QZ_IS_DATABASE (self), NULL);

  return self->damage;
}

/**
 * qz_database_get_path:
 * @self: a #QzDatabase
 *
 * Returns: the file the database lives in
 */
const char *
qz_database_get_path (QzDatabase *self)
{
  g_return_val_if_fail (QZ_IS_DATABASE (self), NULL);

  return self->path;
}

/**
 * qz_database_get_origin:
 * @self: a #QzDatabase
 *
 * Returns: the UUID that identifies this database in the rows it changes
 */
const char *
qz_database_get_origin (QzDatabase *self)
{
  g_return_val_if_fail (QZ_IS_DATABASE (self), NULL);

  return self->origin;
}

/* For the checks and the exchange files, in the store only. */
sqlite3 *
qz_database_get_handle (QzDatabase *self)
{
  g_return_val_if_fail (QZ_IS_DATABASE (self), NULL);

  return self->db;
}

/**
 * qz_database_get_author:
 * @self: a #QzDatabase
 *
 * Returns: who makes the edits, as the history records them ("" if unknown)
 */
const char *
qz_database_get_author (QzDatabase *self)
{
  g_return_val_if_fail (QZ_IS_DATABASE (self), "");

  return self->author != NULL ? self->author : "";
}

/**
 * qz_database_set_author:
 * @self: a #QzDatabase
 * @author: (nullable): the expert's name, from Preferences
 */
void
qz_database_set_author (QzDatabase *self,
                        const char *author)
{
  g_return_if_fail (QZ_IS_DATABASE (self));

  g_free (self->author);
  self->author = g_strdup (author);
}

/**
 * qz_database_is_read_only:
 * @self: a #QzDatabase
 *
 * Returns: whether @self was opened for reading only, as the command
 *   line's exports open it
 */
gboolean
qz_database_is_read_only (QzDatabase *self)
{
  g_return_val_if_fail (QZ_IS_DATABASE (self), TRUE);

  return sqlite3_db_readonly (self->db, "main") != 0;
}

/**
 * qz_database_prepare:
 * @self: a #QzDatabase
 * @sql: one SQL statement
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full): the prepared statement, to be finalised by the
 *   caller (`g_autoptr(sqlite3_stmt)`), or %NULL with @error set
 */
sqlite3_stmt *
qz_database_prepare (QzDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (QZ_IS_DATABASE (self), NULL);

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_error (self, rc, error);
      return NULL;
    }

  return stmt;
}

/**
 * qz_database_step:
 * @self: a #QzDatabase
 * @stmt: a statement from qz_database_prepare()
 * @has_row: (out) (optional): whether a row is ready to be read
 * @error: return location for a #QzDatabaseError
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
qz_database_step (QzDatabase    *self,
                  sqlite3_stmt  *stmt,
                  gboolean      *has_row,
                  GError       **error)
{
  int rc;

  g_return_val_if_fail (QZ_IS_DATABASE (self), FALSE);

  rc = sqlite3_step (stmt);
  if (has_row)
    *has_row = rc == SQLITE_ROW;

  return rc == SQLITE_ROW || rc == SQLITE_DONE || set_error (self, rc, error);
}

/**
 * qz_database_begin:
 * @self: a #QzDatabase
 * @error: return location for a #QzDatabaseError
 *
 * Starts the transaction of one user edit, taking the write lock at once.
 * Inside another transaction it only nests: the outermost commit writes.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_database_begin (QzDatabase  *self,
                   GError     **error)
{
  g_return_val_if_fail (QZ_IS_DATABASE (self), FALSE);

  if (self->damage != NULL)
    return set_error (self, SQLITE_READONLY, error);

  if (self->depth == 0 && !exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->depth++;
  return TRUE;
}

/**
 * qz_database_commit:
 * @self: a #QzDatabase
 * @error: return location for a #QzDatabaseError
 *
 * Returns: %TRUE on success; on failure the transaction is still open and
 *   the caller rolls it back
 */
gboolean
qz_database_commit (QzDatabase  *self,
                    GError     **error)
{
  g_return_val_if_fail (QZ_IS_DATABASE (self), FALSE);

  if (self->depth == 0)
    {
      g_set_error_literal (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FAILED,
                           _("The change was abandoned after an error and not saved."));
      return FALSE;
    }

  if (self->depth == 1 && !exec (self, "COMMIT", error))
    return FALSE;

  self->depth--;
  return TRUE;
}

/**
 * qz_database_rollback:
 * @self: a #QzDatabase
 *
 * Abandons the open transaction, nested ones with it.
 */
/**
 * qz_database_end:
 * @self: a #QzDatabase in a transaction
 * @ok: whether the transaction's work succeeded
 * @error: return location for a #QzDatabaseError
 *
 * Commits when @ok, rolls back otherwise or when the commit fails.
 *
 * Returns: whether the work is stored
 */
gboolean
qz_database_end (QzDatabase  *self,
                 gboolean     ok,
                 GError     **error)
{
  if (ok && qz_database_commit (self, error))
    return TRUE;

  qz_database_rollback (self);
  return FALSE;
}

/* NAN stands for "none": a NULL in the column. */
void
qz_database_bind_double (sqlite3_stmt *stmt,
                         int           column,
                         double        value)
{
  if (isnan (value))
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_double (stmt, column, value);
}

void
qz_database_rollback (QzDatabase *self)
{
  g_return_if_fail (QZ_IS_DATABASE (self));

  self->depth = 0;
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}
