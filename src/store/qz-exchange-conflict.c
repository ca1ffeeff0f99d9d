/* qz-exchange-conflict.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The records both sides changed since their common version: ours stays in
 * place, theirs waits in the conflict table until the expert chooses. The
 * choice gets a version that has seen both, plus one for this database, so
 * that it travels back and settles the other side's conflict too.
 */

#define G_LOG_DOMAIN "qz-exchange"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qz-exchange-private.h"
#include "qz-exchange.h"
#include "qz-version.h"

void
qz_conflict_free (QzConflict *conflict)
{
  if (conflict == NULL)
    return;

  g_free (conflict->record);
  g_free (conflict->mine);
  g_free (conflict->theirs);
  g_free (conflict->their_author);
  g_free (conflict);
}

/* "c0 = json_extract (?1, '$[0]'), …" for an UPDATE, or
 * "json_extract (?1, '$[0]') AS c0, …" for a SELECT. */
static char *
json_columns (const QzRecordKind *kind,
              gboolean            assign)
{
  GString *sql = g_string_new (NULL);

  for (guint i = 0; kind->columns[i] != NULL; i++)
    {
      if (assign)
        g_string_append_printf (sql, "%s%s = json_extract (?1, '$[%u]')", i ? ", " : "", kind->columns[i], i);
      else
        g_string_append_printf (sql, "%sjson_extract (?1, '$[%u]') AS %s", i ? ", " : "", i, kind->columns[i]);
    }
  return g_string_free (sql, FALSE);
}

static char *
their_display (QzDatabase  *database,
               const char  *record,
               const char  *theirs,
               GError     **error)
{
  const QzRecordKind *kind = qz_record_kind_of_key (record);
  g_autofree char *columns = json_columns (kind, FALSE);
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM (SELECT %s)", kind->display, columns);
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (database, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, theirs, -1, SQLITE_STATIC);
  if (!qz_database_step (database, stmt, NULL, error))
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/**
 * qz_exchange_list_conflicts:
 * @database: a #QzDatabase
 * @assessment_uuid: (nullable): an assessment, for its answers and plan
 *   items, or %NULL for every conflict
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full) (element-type QzConflict): the conflicts in
 *   the order of their records, or %NULL with @error set
 */
GPtrArray *
qz_exchange_list_conflicts (QzDatabase  *database,
                            const char  *assessment_uuid,
                            GError     **error)
{
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) qz_conflict_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (QZ_IS_DATABASE (database), NULL);

  stmt = qz_database_prepare (database,
                              "SELECT record, theirs, author, at FROM conflict WHERE ?1 IS NULL"
                              " OR record GLOB 'answer/' || ?1 || '/*' OR record = 'assessment/' || ?1"
                              " OR record IN (SELECT 'plan_item/' || p.uuid FROM plan_item p"
                              "   JOIN assessment a ON a.id = p.assessment WHERE a.uuid = ?1)"
                              " ORDER BY record", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, assessment_uuid, -1, SQLITE_STATIC);

  while (qz_database_step (database, stmt, &has_row, error) && has_row)
    {
      g_autoptr(QzConflict) conflict = g_new0 (QzConflict, 1);
      g_autofree char *content = NULL;

      conflict->record = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      conflict->their_author = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      conflict->their_time = sqlite3_column_int64 (stmt, 3);
      conflict->theirs = their_display (database, conflict->record,
                                        (const char *) sqlite3_column_text (stmt, 1), error);
      if (conflict->theirs == NULL ||
          !qz_history_snapshot (database, conflict->record, &content, &conflict->mine, error))
        return NULL;
      g_ptr_array_add (conflicts, g_steal_pointer (&conflict));
    }
  if (has_row)
    return NULL;

  return g_steal_pointer (&conflicts);
}

static gboolean
take_theirs (QzDatabase  *database,
             const char  *record,
             const char  *theirs,
             GError     **error)
{
  const QzRecordKind *kind = qz_record_kind_of_key (record);
  g_autofree char *columns = json_columns (kind, TRUE);
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  sql = g_strdup_printf ("UPDATE %s SET %s, updated = ?3, origin = ?4 WHERE %s", kind->table, columns,
                         g_str_has_prefix (record, "answer/")
                         ? "assessment = (SELECT id FROM assessment WHERE uuid = ?5) AND indicator = ?6"
                         : "uuid = ?5");
  stmt = qz_database_prepare (database, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, theirs, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, g_get_real_time ());
  sqlite3_bind_text (stmt, 4, qz_database_get_origin (database), -1, SQLITE_STATIC);
  {
    /* The key at ?5 and ?6: bind it at ?1 and ?2 of a statement of its own numbering. */
    const char *uuid = strchr (record, '/') + 1;
    const char *indicator = g_str_has_prefix (record, "answer/") ? strchr (uuid, '/') : NULL;

    sqlite3_bind_text (stmt, 5, uuid, indicator ? indicator - uuid : -1, SQLITE_TRANSIENT);
    if (indicator != NULL)
      sqlite3_bind_text (stmt, 6, indicator + 1, -1, SQLITE_TRANSIENT);
  }
  return qz_database_step (database, stmt, NULL, error);
}

static gboolean
resolve (QzDatabase  *database,
         const char  *record,
         gboolean     theirs,
         GError     **error)
{
  g_autoptr(sqlite3_stmt) select = NULL;
  g_autoptr(sqlite3_stmt) drop = NULL;
  g_autoptr(sqlite3_stmt) set = NULL;
  g_autofree char *content = NULL;
  g_autofree char *display = NULL;
  g_autofree char *mine = NULL;
  g_autofree char *merged = NULL;
  gboolean has_row;

  select = qz_database_prepare (database, "SELECT theirs, vv FROM conflict WHERE record = ?", error);
  drop = qz_database_prepare (database, "DELETE FROM conflict WHERE record = ?", error);
  set = qz_database_prepare (database,
                             "INSERT INTO version (record, vv) VALUES (?1, ?2)"
                             " ON CONFLICT (record) DO UPDATE SET vv = ?2", error);
  if (select == NULL || drop == NULL || set == NULL)
    return FALSE;
  sqlite3_bind_text (select, 1, record, -1, SQLITE_STATIC);
  if (!qz_database_step (database, select, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                   _("This conflict has been resolved already."));
      return FALSE;
    }

  mine = qz_history_dup_version (database, record, error);
  if (mine == NULL || !qz_history_snapshot (database, record, &content, &display, error))
    return FALSE;
  if (theirs && !take_theirs (database, record, (const char *) sqlite3_column_text (select, 0), error))
    return FALSE;

  merged = qz_version_merge (mine, (const char *) sqlite3_column_text (select, 1));
  sqlite3_bind_text (set, 1, record, -1, SQLITE_STATIC);
  sqlite3_bind_text (set, 2, merged, -1, SQLITE_STATIC);
  sqlite3_bind_text (drop, 1, record, -1, SQLITE_STATIC);
  return qz_database_step (database, set, NULL, error) &&
         qz_history_add (database, record, display, error) &&
         qz_database_step (database, drop, NULL, error);
}

/**
 * qz_exchange_resolve:
 * @database: a #QzDatabase
 * @record: a record in conflict, from qz_exchange_list_conflicts()
 * @theirs: %TRUE to take the other side's value, %FALSE to keep ours
 * @error: return location for a #QzDatabaseError
 *
 * Settles the conflict in one transaction, as an edit of this database.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_exchange_resolve (QzDatabase  *database,
                     const char  *record,
                     gboolean     theirs,
                     GError     **error)
{
  g_return_val_if_fail (QZ_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (qz_record_kind_of_key (record) != NULL, FALSE);

  if (!qz_database_begin (database, error))
    return FALSE;
  return qz_database_end (database, resolve (database, record, theirs, error), error);
}
