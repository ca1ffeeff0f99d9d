/* qz-history.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history of every change to a record that travels, and its version.
 * The stores call qz_history_snapshot() before an edit and
 * qz_history_note() after it, inside the edit's transaction: an edit that
 * changed something gets a new version (one more for this database's
 * origin) and a line in the history, with who made it, where and when.
 */

#define G_LOG_DOMAIN "qz-history"

#include "qz-config.h"

#include "qz-exchange-private.h"
#include "qz-history.h"
#include "qz-version.h"

/**
 * qz_history_snapshot:
 * @database: a #QzDatabase
 * @record: a record key
 * @content: (out): what the merge compares of it, or %NULL if there is no such row
 * @display: (out): what its history shows of it, or %NULL
 * @error: return location for a #QzDatabaseError
 *
 * Returns: %TRUE on success
 */
gboolean
qz_history_snapshot (QzDatabase  *database,
                     const char  *record,
                     char       **content,
                     char       **display,
                     GError     **error)
{
  const QzRecordKind *kind = qz_record_kind_of_key (record);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *what = NULL;
  g_autofree char *sql = NULL;
  gboolean has_row;

  g_return_val_if_fail (kind != NULL, FALSE);

  *content = *display = NULL;
  {
    g_autofree char *expression = qz_record_content_sql (kind, NULL);

    what = g_strdup_printf ("%s, %s", expression, kind->display);
  }
  sql = qz_record_select_sql (kind, what);
  stmt = qz_database_prepare (database, sql, error);
  if (stmt == NULL)
    return FALSE;
  qz_record_bind_key (stmt, record);
  if (!qz_database_step (database, stmt, &has_row, error))
    return FALSE;

  if (has_row)
    {
      *content = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      *display = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  return TRUE;
}

/**
 * qz_history_dup_version:
 * @database: a #QzDatabase
 * @record: a record key
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full): the record's version ("" if never changed), or
 *   %NULL with @error set
 */
char *
qz_history_dup_version (QzDatabase  *database,
                        const char  *record,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  stmt = qz_database_prepare (database, "SELECT vv FROM version WHERE record = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, record, -1, SQLITE_STATIC);
  if (!qz_database_step (database, stmt, &has_row, error))
    return NULL;
  return g_strdup (has_row ? (const char *) sqlite3_column_text (stmt, 0) : "");
}

/**
 * qz_history_note:
 * @database: a #QzDatabase in the edit's transaction
 * @record: the record edited
 * @old_content: (nullable): its content before, from qz_history_snapshot()
 * @old_display: (nullable): what its history showed of it before
 * @error: return location for a #QzDatabaseError
 *
 * Gives the record a new version and adds the edit to its history, if the
 * edit changed anything.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_history_note (QzDatabase  *database,
                 const char  *record,
                 const char  *old_content,
                 const char  *old_display,
                 GError     **error)
{
  g_autofree char *content = NULL;
  g_autofree char *display = NULL;

  if (!qz_history_snapshot (database, record, &content, &display, error))
    return FALSE;
  if (g_strcmp0 (content, old_content) == 0)
    return TRUE;

  return qz_history_add (database, record, old_display, error);
}

/**
 * qz_history_add:
 * @database: a #QzDatabase in the edit's transaction
 * @record: the record edited
 * @old_display: (nullable): what its history showed of it before
 * @error: return location for a #QzDatabaseError
 *
 * Gives the record a new version, one more for this database, and adds
 * the edit to its history, whether its content changed or not (a conflict
 * resolved for our own value is still a decision).
 *
 * Returns: %TRUE on success
 */
gboolean
qz_history_add (QzDatabase  *database,
                const char  *record,
                const char  *old_display,
                GError     **error)
{
  const char *origin = qz_database_get_origin (database);
  g_autofree char *content = NULL;
  g_autofree char *display = NULL;
  g_autofree char *base = NULL;
  g_autofree char *version = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autoptr(sqlite3_stmt) set = NULL;
  g_autoptr(sqlite3_stmt) add = NULL;

  if (!qz_history_snapshot (database, record, &content, &display, error))
    return FALSE;

  base = qz_history_dup_version (database, record, error);
  if (base == NULL)
    return FALSE;
  version = qz_version_bump (base, origin);

  set = qz_database_prepare (database,
                             "INSERT INTO version (record, vv) VALUES (?1, ?2)"
                             " ON CONFLICT (record) DO UPDATE SET vv = ?2", error);
  add = qz_database_prepare (database,
                             "INSERT INTO change (uuid, record, old, new, at, origin, author, base, vv)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (set == NULL || add == NULL)
    return FALSE;
  sqlite3_bind_text (set, 1, record, -1, SQLITE_STATIC);
  sqlite3_bind_text (set, 2, version, -1, SQLITE_STATIC);
  sqlite3_bind_text (add, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (add, 2, record, -1, SQLITE_STATIC);
  sqlite3_bind_text (add, 3, old_display, -1, SQLITE_STATIC);
  sqlite3_bind_text (add, 4, display, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (add, 5, g_get_real_time ());
  sqlite3_bind_text (add, 6, origin, -1, SQLITE_STATIC);
  sqlite3_bind_text (add, 7, qz_database_get_author (database), -1, SQLITE_STATIC);
  sqlite3_bind_text (add, 8, base, -1, SQLITE_STATIC);
  sqlite3_bind_text (add, 9, version, -1, SQLITE_STATIC);

  return qz_database_step (database, set, NULL, error) &&
         qz_database_step (database, add, NULL, error);
}

void
qz_change_free (QzChange *change)
{
  if (change == NULL)
    return;

  g_free (change->old_text);
  g_free (change->new_text);
  g_free (change->author);
  g_free (change->origin);
  g_free (change->origin_author);
  g_free (change);
}

/**
 * qz_history_list_answer:
 * @database: a #QzDatabase
 * @assessment_uuid: an assessment
 * @indicator: one of its framework's indicators
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full) (element-type QzChange): the answer's changes,
 *   newest first, or %NULL with @error set
 */
GPtrArray *
qz_history_list_answer (QzDatabase  *database,
                        const char  *assessment_uuid,
                        const char  *indicator,
                        GError     **error)
{
  g_autofree char *record = qz_record_key (QZ_RECORD_ANSWER, assessment_uuid, indicator);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) qz_change_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (QZ_IS_DATABASE (database), NULL);

  stmt = qz_database_prepare (database,
                              "SELECT old, new, at, change.author, change.origin, peer.author"
                              " FROM change LEFT JOIN peer ON peer.origin = change.origin"
                              "   AND change.origin <> ?2"
                              " WHERE record = ?1 ORDER BY at DESC, vv DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, record, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, qz_database_get_origin (database), -1, SQLITE_STATIC);

  while (qz_database_step (database, stmt, &has_row, error) && has_row)
    {
      QzChange *change = g_new0 (QzChange, 1);

      change->old_text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      change->new_text = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      change->at = sqlite3_column_int64 (stmt, 2);
      change->author = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      change->origin = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      change->origin_author = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      g_ptr_array_add (changes, change);
    }
  if (has_row)
    return NULL;

  return g_steal_pointer (&changes);
}

/**
 * qz_history_count_conflicts:
 * @database: a #QzDatabase
 * @assessment_uuid: (nullable): an assessment, or %NULL for all
 * @error: return location for a #QzDatabaseError
 *
 * Returns: how many records wait for the expert to choose between two values
 */
guint
qz_history_count_conflicts (QzDatabase  *database,
                            const char  *assessment_uuid,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *prefix = NULL;
  gboolean has_row;

  stmt = qz_database_prepare (database,
                              "SELECT count(*) FROM conflict WHERE ?1 IS NULL OR record GLOB ?1", error);
  if (stmt == NULL)
    return 0;
  if (assessment_uuid != NULL)
    prefix = g_strconcat ("answer/", assessment_uuid, "/*", NULL);
  sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_STATIC);
  if (!qz_database_step (database, stmt, &has_row, error))
    return 0;
  return sqlite3_column_int (stmt, 0);
}
