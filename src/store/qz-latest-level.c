/* qz-latest-level.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-latest-level"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-database-private.h"
#include "qz-enterprise-private.h"
#include "qz-latest-level.h"

/* The latest assessment of each enterprise, as the list of enterprises
 * shows, sorts and filters it: its status, and the level reached. The
 * level is kept with the assessment (scored, total, level: schema 6) and
 * marked unknown by triggers when an answer changes; it is scored again
 * only when the list needs it, a few at a time, never all at start-up.
 * The names of the levels reached are kept (framework_level), so that
 * reading them needs no framework. */

struct _QzLatestLevels
{
  QzDatabase *database;
};

/* The latest assessment of every enterprise (or of ?1 only) that is not
 * deleted, latest visit first as the profile lists them; ?2 keeps only
 * those not scored. */
static const char latest_sql[] =
  "SELECT e.uuid, a.uuid, a.status, a.scored, l.rank, l.name_zh, l.name_en, a.framework FROM"
  " (SELECT *, row_number () OVER (PARTITION BY enterprise"
  "                                ORDER BY visit_date DESC, created DESC, id DESC) AS n"
  "  FROM assessment WHERE deleted IS NULL"
  "   AND (?1 IS NULL OR enterprise = (SELECT id FROM enterprise WHERE uuid = ?1))) AS a"
  " JOIN enterprise e ON e.id = a.enterprise"
  " LEFT JOIN framework_level l ON l.framework = a.framework AND l.level = a.level"
  " WHERE a.n = 1 AND e.deleted IS NULL AND (?2 = 0 OR a.scored = 0)"
  " LIMIT ?3";

QzLatestLevels *
qz_latest_levels_new (QzDatabase *database)
{
  QzLatestLevels *self = g_new0 (QzLatestLevels, 1);

  self->database = g_object_ref (database);
  return self;
}

void
qz_latest_levels_free (QzLatestLevels *self)
{
  g_clear_object (&self->database);
  g_free (self);
}

static QzLatestStatus
status_of (const char *status)
{
  return g_strcmp0 (status, "complete") == 0 ? QZ_LATEST_COMPLETE : QZ_LATEST_DRAFT;
}

/* The level of a row of latest_sql, in the language of the interface. */
static void
set_latest_from_row (QzEnterprise *enterprise,
                     sqlite3_stmt *stmt)
{
  QzText name = {
    .zh_cn = (char *) sqlite3_column_text (stmt, 5),
    .en = (char *) sqlite3_column_text (stmt, 6),
  };
  gboolean known = sqlite3_column_int (stmt, 3) && sqlite3_column_type (stmt, 4) != SQLITE_NULL;

  _qz_enterprise_set_latest (enterprise, status_of ((const char *) sqlite3_column_text (stmt, 2)),
                             known ? qz_text_get (&name) : NULL,
                             known ? sqlite3_column_int (stmt, 4) : 0);
}

/* Keeps the names and ranks of @framework's levels with its row. */
static gboolean
store_levels (QzLatestLevels  *self,
              QzFramework     *framework,
              gint64           framework_row,
              GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray *levels = qz_framework_get_levels (framework);

  stmt = qz_database_prepare (self->database,
                              "INSERT OR IGNORE INTO framework_level (framework, level, rank, name_zh, name_en)"
                              " VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < levels->len; i++)
    {
      const QzLevel *level = g_ptr_array_index (levels, i);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, framework_row);
      sqlite3_bind_text (stmt, 2, level->id, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, level->rank);
      sqlite3_bind_text (stmt, 4, level->name.zh_cn ? level->name.zh_cn : "", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, level->name.en ? level->name.en : "", -1, SQLITE_STATIC);
      if (!qz_database_step (self->database, stmt, NULL, error))
        return FALSE;
    }

  return TRUE;
}

static sqlite3_stmt *
prepare_latest (QzLatestLevels  *self,
                QzEnterprise    *only,
                gboolean         pending,
                guint            max,
                GError         **error)
{
  sqlite3_stmt *stmt = qz_database_prepare (self->database, latest_sql, error);

  if (stmt == NULL)
    return NULL;
  if (only != NULL)
    sqlite3_bind_text (stmt, 1, qz_enterprise_get_uuid (only), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, pending);
  sqlite3_bind_int64 (stmt, 3, max > 0 ? (gint64) max : -1);
  return stmt;
}

static GHashTable *
index_by_uuid (GListModel   *enterprises,
               QzEnterprise *only)
{
  GHashTable *by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  guint n = only ? 0 : g_list_model_get_n_items (enterprises);

  if (only != NULL)
    g_hash_table_insert (by_uuid, (gpointer) qz_enterprise_get_uuid (only), g_object_ref (only));
  for (guint i = 0; i < n; i++)
    {
      QzEnterprise *enterprise = g_list_model_get_item (enterprises, i);

      g_hash_table_insert (by_uuid, (gpointer) qz_enterprise_get_uuid (enterprise), enterprise);
    }

  return by_uuid;
}

/**
 * qz_latest_levels_read:
 * @self: a #QzLatestLevels
 * @enterprises: the enterprises, as a #GListModel of #QzEnterprise
 * @only: (nullable): the one enterprise to read again, or %NULL for all
 * @error: return location for a #QzDatabaseError
 *
 * Gives the enterprises their latest assessment's status, and its level
 * where it is known; nothing is scored.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_latest_levels_read (QzLatestLevels  *self,
                       GListModel      *enterprises,
                       QzEnterprise    *only,
                       GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare_latest (self, only, FALSE, 0, error);
  g_autoptr(GHashTable) by_uuid = NULL;
  gboolean has_row = TRUE;
  gboolean found = FALSE;

  if (stmt == NULL)
    return FALSE;

  while (qz_database_step (self->database, stmt, &has_row, error))
    {
      QzEnterprise *enterprise;

      if (!has_row)
        {
          if (only != NULL && !found)
            _qz_enterprise_set_latest (only, QZ_LATEST_NONE, NULL, 0);
          return TRUE;
        }

      /* Built on the first row: a case base without assessments pays nothing. */
      if (by_uuid == NULL)
        by_uuid = index_by_uuid (enterprises, only);
      enterprise = g_hash_table_lookup (by_uuid, sqlite3_column_text (stmt, 0));
      if (enterprise == NULL)
        continue;
      found = TRUE;
      set_latest_from_row (enterprise, stmt);
    }

  return FALSE;
}

/* One transaction: the assessment's total and level, its framework's
 * level names. */
static gboolean
score_one (QzLatestLevels     *self,
           QzAssessmentStore  *assessments,
           QzEnterprise       *enterprise,
           const char         *uuid,
           gint64              framework_row,
           GError            **error)
{
  g_autoptr(QzAssessment) assessment = qz_assessment_store_load (assessments, uuid, error);
  g_autoptr(QzResult) result = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *level;

  if (assessment == NULL)
    return FALSE;

  result = qz_assessment_score (assessment);
  level = result->level ? result->level->id : NULL;
  if (!qz_database_begin (self->database, error))
    return FALSE;
  if (!store_levels (self, qz_assessment_get_framework (assessment), framework_row, error))
    return qz_database_end (self->database, FALSE, error);
  stmt = qz_database_prepare (self->database,
                              "UPDATE assessment SET scored = 1, total = ?1, level = ?2 WHERE uuid = ?3",
                              error);
  if (stmt == NULL)
    return qz_database_end (self->database, FALSE, error);
  qz_database_bind_double (stmt, 1, result->total);
  sqlite3_bind_text (stmt, 2, level, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, uuid, -1, SQLITE_STATIC);
  if (!qz_database_end (self->database, qz_database_step (self->database, stmt, NULL, error), error))
    return FALSE;

  if (enterprise != NULL)
    _qz_enterprise_set_latest (enterprise,
                               qz_assessment_get_status (assessment) == QZ_ASSESSMENT_COMPLETE
                               ? QZ_LATEST_COMPLETE : QZ_LATEST_DRAFT,
                               result->level ? qz_text_get (&result->level->name) : NULL,
                               result->level ? result->level->rank : 0);
  return TRUE;
}

/**
 * qz_latest_levels_score_pending:
 * @self: a #QzLatestLevels
 * @enterprises: the enterprises, as a #GListModel of #QzEnterprise
 * @assessments: the assessments, to load and score
 * @only: (nullable): the one enterprise to score, or %NULL for any
 * @max: how many assessments to score at most
 * @error: return location for a #QzDatabaseError
 *
 * Scores up to @max latest assessments whose level is not known, stores
 * their total and level, and gives them to their enterprises.
 *
 * Returns: how many were scored (fewer than @max: none is left), or -1
 *   with @error set
 */
int
qz_latest_levels_score_pending (QzLatestLevels     *self,
                                GListModel         *enterprises,
                                QzAssessmentStore  *assessments,
                                QzEnterprise       *only,
                                guint               max,
                                GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare_latest (self, only, TRUE, max, error);
  g_autoptr(GHashTable) by_uuid = NULL;
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) framework_rows = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean has_row = TRUE;

  if (stmt == NULL)
    return -1;

  /* Read first, then write: the statement is done before the updates. */
  while (qz_database_step (self->database, stmt, &has_row, error) && has_row)
    {
      g_ptr_array_add (pending, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (pending, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
      g_array_append_vals (framework_rows, &(gint64) { sqlite3_column_int64 (stmt, 7) }, 1);
    }
  if (has_row)
    return -1;
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (pending->len > 0)
    by_uuid = index_by_uuid (enterprises, only);
  for (guint i = 0; i < pending->len; i += 2)
    {
      QzEnterprise *enterprise = g_hash_table_lookup (by_uuid, g_ptr_array_index (pending, i));

      if (!score_one (self, assessments, enterprise, g_ptr_array_index (pending, i + 1),
                      g_array_index (framework_rows, gint64, i / 2), error))
        return -1;
    }

  return pending->len / 2;
}
