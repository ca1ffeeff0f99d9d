/* qz-exchange-export.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes the exchange file: a SQLite database in the shape of Qizhen's own
 * (the same migrations, without the triggers, which only keep caches)
 * holding the chosen enterprises with everything of theirs, their
 * versions and history, and a manifest. Built in memory and written
 * whole, under a temporary name that is then renamed.
 */

#define G_LOG_DOMAIN "qz-exchange"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-atomic-file.h"
#include "qz-exchange-private.h"
#include "qz-exchange.h"

/* What an exchange file holds beyond the migrations. */
static const char exchange_sql[] =
  "DROP TRIGGER answer_inserted;"
  "DROP TRIGGER answer_updated;"
  "DROP TRIGGER answer_deleted;"
  "CREATE TABLE manifest ("
  "  key   TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ") WITHOUT ROWID;";

/**
 * qz_exchange_schema_steps:
 *
 * Returns: (array zero-terminated=1): the SQL that makes an exchange file
 */
const char *const *
qz_exchange_schema_steps (void)
{
  static const char *steps[QZ_DATABASE_VERSION + 2];

  if (steps[0] == NULL)
    {
      for (guint v = 0; v < QZ_DATABASE_VERSION; v++)
        steps[v] = qz_database_get_migration (v);
      steps[QZ_DATABASE_VERSION] = exchange_sql;
    }
  return steps;
}

/* The records of the enterprise bound at ?1, for its versions and history. */
#define RECORDS_OF_ENTERPRISE \
  "SELECT 'enterprise/' || uuid FROM enterprise WHERE id = ?1" \
  " UNION ALL SELECT 'contact/' || uuid FROM contact WHERE enterprise = ?1" \
  " UNION ALL SELECT 'assessment/' || uuid FROM assessment WHERE enterprise = ?1" \
  " UNION ALL SELECT 'answer/' || a.uuid || '/' || n.indicator FROM answer n" \
  "   JOIN assessment a ON a.id = n.assessment WHERE a.enterprise = ?1" \
  " UNION ALL SELECT 'plan_item/' || p.uuid FROM plan_item p" \
  "   JOIN assessment a ON a.id = p.assessment WHERE a.enterprise = ?1" \
  " UNION ALL SELECT 'evidence/' || v.uuid FROM evidence v" \
  "   JOIN assessment a ON a.id = v.assessment WHERE a.enterprise = ?1"

#define OF_ASSESSMENTS "assessment IN (SELECT id FROM assessment WHERE enterprise = ?1)"

/* Each table and which of its rows belong to the enterprise bound at ?1. */
static const struct
{
  const char *table;
  const char *where;
} copies[] = {
  { "enterprise", "id = ?1" },
  { "contact", "enterprise = ?1" },
  { "framework", "id IN (SELECT framework FROM assessment WHERE enterprise = ?1)" },
  { "assessment", "enterprise = ?1" },
  { "assessment_event", OF_ASSESSMENTS },
  { "answer", OF_ASSESSMENTS },
  { "plan_item", OF_ASSESSMENTS },
  { "photo", "sha256 IN (SELECT photo FROM evidence WHERE " OF_ASSESSMENTS ")" },
  { "evidence", OF_ASSESSMENTS },
  { "version", "record IN (" RECORDS_OF_ENTERPRISE ")" },
  { "change", "record IN (" RECORDS_OF_ENTERPRISE ")" },
};

typedef struct
{
  sqlite3_stmt *select;
  sqlite3_stmt *insert;
} Copy;

static gboolean
set_file_error (sqlite3     *file,
                GError     **error)
{
  g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FAILED,
               _("The exchange file could not be made: %s"), sqlite3_errmsg (file));
  return FALSE;
}

static gboolean
prepare_copy (QzDatabase  *database,
              sqlite3     *file,
              guint        index,
              Copy        *copy,
              GError     **error)
{
  g_autofree char *select = g_strdup_printf ("SELECT * FROM \"%s\" WHERE %s", copies[index].table,
                                             copies[index].where);
  GString *insert;
  int n;

  copy->select = qz_database_prepare (database, select, error);
  if (copy->select == NULL)
    return FALSE;

  n = sqlite3_column_count (copy->select);
  insert = g_string_new (NULL);
  g_string_printf (insert, "INSERT OR IGNORE INTO \"%s\" VALUES (?", copies[index].table);
  for (int i = 1; i < n; i++)
    g_string_append (insert, ", ?");
  g_string_append (insert, ")");
  if (sqlite3_prepare_v2 (file, insert->str, -1, &copy->insert, NULL) != SQLITE_OK)
    {
      g_string_free (insert, TRUE);
      return set_file_error (file, error);
    }
  g_string_free (insert, TRUE);
  return TRUE;
}

static gboolean
copy_rows (QzDatabase  *database,
           sqlite3     *file,
           Copy        *copy,
           gint64       enterprise,
           GError     **error)
{
  int n = sqlite3_column_count (copy->select);
  gboolean has_row;

  sqlite3_reset (copy->select);
  sqlite3_bind_int64 (copy->select, 1, enterprise);
  while (qz_database_step (database, copy->select, &has_row, error) && has_row)
    {
      sqlite3_reset (copy->insert);
      for (int i = 0; i < n; i++)
        sqlite3_bind_value (copy->insert, i + 1, sqlite3_column_value (copy->select, i));
      if (sqlite3_step (copy->insert) != SQLITE_DONE)
        return set_file_error (file, error);
    }
  return !has_row;
}

/* The enterprises to export: those named, or all, deleted ones too (their
 * deletion travels). */
static GArray *
find_enterprises (QzDatabase         *database,
                  const char *const  *uuids,
                  GError            **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  stmt = qz_database_prepare (database,
                              "SELECT id FROM enterprise WHERE ?1 IS NULL OR uuid = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return NULL;

  for (guint i = 0; uuids == NULL ? i == 0 : uuids[i] != NULL; i++)
    {
      guint before = ids->len;

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, uuids ? uuids[i] : NULL, -1, SQLITE_STATIC);
      while (qz_database_step (database, stmt, &has_row, error) && has_row)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);
        }
      if (has_row)
        return NULL;
      if (uuids != NULL && ids->len == before)
        {
          g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                       _("There is no enterprise “%s” in the database."), uuids[i]);
          return NULL;
        }
    }
  return g_steal_pointer (&ids);
}

static gboolean
write_manifest (QzDatabase  *database,
                sqlite3     *file,
                GError     **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *time = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_real_time ());
  char *quoted[3];
  int rc;

  quoted[0] = sqlite3_mprintf ("%Q", qz_database_get_origin (database));
  quoted[1] = sqlite3_mprintf ("%Q", qz_database_get_author (database));
  quoted[2] = sqlite3_mprintf ("%Q", PACKAGE_VERSION);
  sql = g_strdup_printf ("INSERT INTO manifest (key, value) VALUES"
                         " ('format', '%d'), ('origin', %s), ('author', %s), ('qizhen', %s),"
                         " ('time', '%s'),"
                         " ('enterprises', (SELECT count(*) FROM enterprise)),"
                         " ('assessments', (SELECT count(*) FROM assessment)),"
                         " ('answers', (SELECT count(*) FROM answer)),"
                         " ('photos', (SELECT count(*) FROM photo));"
                         "INSERT INTO peer (origin, author) VALUES (%s, %s)"
                         " ON CONFLICT (origin) DO UPDATE SET author = excluded.author;",
                         QZ_EXCHANGE_FORMAT, quoted[0], quoted[1], quoted[2], time,
                         quoted[0], quoted[1]);
  for (guint i = 0; i < G_N_ELEMENTS (quoted); i++)
    sqlite3_free (quoted[i]);

  rc = sqlite3_exec (file, sql, NULL, NULL, NULL);
  return rc == SQLITE_OK || set_file_error (file, error);
}

static gboolean
fill (QzDatabase         *database,
      sqlite3            *file,
      const char *const  *uuids,
      GError            **error)
{
  g_autoptr(GArray) ids = find_enterprises (database, uuids, error);
  Copy copy[G_N_ELEMENTS (copies)] = { { NULL, NULL }, };
  gboolean ok = ids != NULL;

  for (guint c = 0; ok && c < G_N_ELEMENTS (copies); c++)
    ok = prepare_copy (database, file, c, &copy[c], error);
  ok = ok && sqlite3_exec (file, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
  for (guint i = 0; ok && i < ids->len; i++)
    for (guint c = 0; ok && c < G_N_ELEMENTS (copies); c++)
      ok = copy_rows (database, file, &copy[c], g_array_index (ids, gint64, i), error);
  ok = ok && sqlite3_exec (file, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;

  for (guint c = 0; c < G_N_ELEMENTS (copies); c++)
    {
      sqlite3_finalize (copy[c].select);
      sqlite3_finalize (copy[c].insert);
    }
  return ok && write_manifest (database, file, error);
}

/* Who the other databases are, to name the laptops in the history. */
static gboolean
copy_peers (QzDatabase  *database,
            sqlite3     *file,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) select = qz_database_prepare (database, "SELECT origin, author FROM peer", error);
  sqlite3_stmt *insert = NULL;
  gboolean has_row = FALSE;

  if (select == NULL || sqlite3_prepare_v2 (file, "INSERT INTO peer VALUES (?, ?)", -1, &insert, NULL) != SQLITE_OK)
    return select != NULL && set_file_error (file, error);
  while (qz_database_step (database, select, &has_row, error) && has_row)
    {
      sqlite3_reset (insert);
      sqlite3_bind_value (insert, 1, sqlite3_column_value (select, 0));
      sqlite3_bind_value (insert, 2, sqlite3_column_value (select, 1));
      sqlite3_step (insert);
    }
  sqlite3_finalize (insert);
  return !has_row;
}

/**
 * qz_exchange_export:
 * @database: a #QzDatabase
 * @enterprise_uuids: (nullable) (array zero-terminated=1): the enterprises
 *   to export, or %NULL for all
 * @path: the exchange file to write, replaced whole or not at all
 * @error: return location for a #QzDatabaseError or #QzAtomicFileError
 *
 * Returns: %TRUE on success
 */
gboolean
qz_exchange_export (QzDatabase         *database,
                    const char *const  *enterprise_uuids,
                    const char         *path,
                    GError            **error)
{
  const char *const *steps = qz_exchange_schema_steps ();
  g_autofree char *stamp = NULL;
  sqlite3 *file = NULL;
  unsigned char *bytes = NULL;
  sqlite3_int64 size = 0;
  gboolean ok;

  g_return_val_if_fail (QZ_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  ok = sqlite3_open_v2 (":memory:", &file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK;
  for (guint i = 0; ok && steps[i] != NULL; i++)
    ok = sqlite3_exec (file, steps[i], NULL, NULL, NULL) == SQLITE_OK;
  stamp = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                           QZ_EXCHANGE_FORMAT, QZ_EXCHANGE_APPLICATION_ID);
  ok = ok && sqlite3_exec (file, stamp, NULL, NULL, NULL) == SQLITE_OK;
  if (!ok)
    {
      set_file_error (file, error);
      sqlite3_close (file);
      return FALSE;
    }

  ok = copy_peers (database, file, error) && fill (database, file, enterprise_uuids, error);
  if (ok)
    {
      bytes = sqlite3_serialize (file, "main", &size, 0);
      ok = bytes != NULL || set_file_error (file, error);
    }
  ok = ok && qz_atomic_file_set_contents (path, bytes, size, error);

  sqlite3_free (bytes);
  sqlite3_close (file);
  return ok;
}

/**
 * qz_exchange_digest:
 * @database: a #QzDatabase
 * @enterprise_uuid: (nullable): one enterprise, or %NULL for all
 * @error: return location for a #QzDatabaseError
 *
 * Two databases that hold the same cases have the same digest, whoever
 * made which edit when: it covers the content of every record that
 * travels, not its times, origins or versions.
 *
 * Returns: (transfer full): the SHA-256 in hexadecimal, or %NULL with
 *   @error set
 */
char *
qz_exchange_digest (QzDatabase  *database,
                    const char  *enterprise_uuid,
                    GError     **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  g_return_val_if_fail (QZ_IS_DATABASE (database), NULL);

  for (guint k = 0; k < QZ_N_RECORD_KINDS; k++)
    {
      g_autofree char *sql = qz_record_digest_sql (k);
      g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (database, sql, error);
      gboolean has_row;

      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, enterprise_uuid, -1, SQLITE_STATIC);
      while (qz_database_step (database, stmt, &has_row, error) && has_row)
        for (int c = 0; c < 2; c++)
          {
            const char *text = (const char *) sqlite3_column_text (stmt, c);

            g_checksum_update (checksum, (const guchar *) (text ? text : ""), -1);
            g_checksum_update (checksum, (const guchar *) "\n", 1);
          }
      if (has_row)
        return NULL;
    }

  return g_strdup (g_checksum_get_string (checksum));
}
