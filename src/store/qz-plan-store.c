/* qz-plan-store.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-plan-store"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qz-plan-store.h"
#include "qz-exchange-private.h"
#include "qz-column-private.h"
#include "qz-database-private.h"

/* An assessment's improvement plan in the database: its items in order.
 * Every edit is one transaction; a removed item stays, marked, so that
 * Undo brings it back. */
struct _QzPlanStore
{
  GObject     parent_instance;

  QzDatabase *database;
  gint64      last_stamp;
};

G_DEFINE_FINAL_TYPE (QzPlanStore, qz_plan_store, G_TYPE_OBJECT)

static void
qz_plan_store_finalize (GObject *object)
{
  QzPlanStore *self = (QzPlanStore *)object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (qz_plan_store_parent_class)->finalize (object);
}

static void
qz_plan_store_class_init (QzPlanStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qz_plan_store_finalize;
}

static void
qz_plan_store_init (QzPlanStore *self)
{
}

QzPlanStore *
qz_plan_store_new (QzDatabase *database)
{
  QzPlanStore *self;

  g_return_val_if_fail (QZ_IS_DATABASE (database), NULL);

  self = g_object_new (QZ_TYPE_PLAN_STORE, NULL);
  self->database = g_object_ref (database);
  return self;
}

/* Change times only go up, even when the clock steps back. */
static gint64
next_stamp (QzPlanStore *self)
{
  self->last_stamp = MAX (g_get_real_time (), self->last_stamp + 1);
  return self->last_stamp;
}

static double
column_double (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, column);
}

/**
 * qz_plan_store_load:
 * @self: a #QzPlanStore
 * @assessment_uuid: an assessment
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full): the plan's #QzPlanItem in order, empty when
 *   none was drafted, or %NULL with @error set
 */
GListStore *
qz_plan_store_load (QzPlanStore  *self,
                    const char   *assessment_uuid,
                    GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) items = g_list_store_new (QZ_TYPE_PLAN_ITEM);
  gboolean has_row, ok;

  g_return_val_if_fail (QZ_IS_PLAN_STORE (self), NULL);

  stmt = qz_database_prepare (self->database,
                              "SELECT uuid, measure, indicator, title, detail, effect, phase, priority, status,"
                              " owner, start_date, due_date, budget_min, budget_max, edited, stale,"
                              " weakest, carried_from FROM plan_item WHERE deleted IS NULL"
                              " AND assessment = (SELECT id FROM assessment WHERE uuid = ?)"
                              " ORDER BY position", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, assessment_uuid, -1, SQLITE_STATIC);
  while ((ok = qz_database_step (self->database, stmt, &has_row, error)) && has_row)
    {
      g_autofree char *title = qz_column_dup_text (stmt, 3, QZ_COLUMN_LONG_TEXT);
      g_autofree char *detail = qz_column_dup_text (stmt, 4, QZ_COLUMN_LONG_TEXT);
      g_autofree char *effect = qz_column_dup_text (stmt, 5, QZ_COLUMN_LONG_TEXT);
      g_autofree char *owner = qz_column_dup_text (stmt, 9, QZ_COLUMN_SHORT_TEXT);
      g_autoptr(QzPlanItem) item = NULL;

      /* A row without its identity cannot be edited or removed. */
      if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
        {
          g_message ("A plan item without a UUID is left out.");
          continue;
        }

      item = qz_plan_item_new ((const char *) sqlite3_column_text (stmt, 0),
                               (const char *) sqlite3_column_text (stmt, 1),
                               (const char *) sqlite3_column_text (stmt, 2));
      g_object_set (item,
                    "title", title,
                    "detail", detail,
                    "effect", effect,
                    "phase", CLAMP (sqlite3_column_int (stmt, 6), QZ_PLAN_PHASE_NEAR, QZ_PLAN_PHASE_LONG),
                    "priority", CLAMP (sqlite3_column_int (stmt, 7), QZ_PLAN_PRIORITY_HIGH, QZ_PLAN_PRIORITY_LOW),
                    "status", CLAMP (sqlite3_column_int (stmt, 8), QZ_PLAN_STATUS_PROPOSED, QZ_PLAN_STATUS_DONE),
                    "owner", owner,
                    "start-date", sqlite3_column_text (stmt, 10),
                    "due-date", sqlite3_column_text (stmt, 11),
                    "edited", sqlite3_column_int (stmt, 14) != 0,
                    "stale", sqlite3_column_int (stmt, 15) != 0,
                    "weakest", sqlite3_column_int (stmt, 16) != 0,
                    "carried-from", sqlite3_column_text (stmt, 17),
                    NULL);
      qz_plan_item_set_budget (item, column_double (stmt, 12), column_double (stmt, 13));
      g_list_store_append (items, item);
    }

  if (!ok)
    return NULL;

  return g_steal_pointer (&items);
}

/**
 * qz_plan_store_dup_dismissed:
 * @self: a #QzPlanStore
 * @assessment_uuid: an assessment
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full): the measures of the items removed from the
 *   plan, which a redraft must not bring back; %NULL with @error set
 */
GStrv
qz_plan_store_dup_dismissed (QzPlanStore  *self,
                             const char   *assessment_uuid,
                             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean has_row, ok;

  g_return_val_if_fail (QZ_IS_PLAN_STORE (self), NULL);

  stmt = qz_database_prepare (self->database,
                              "SELECT DISTINCT measure FROM plan_item WHERE deleted IS NOT NULL"
                              " AND measure IS NOT NULL"
                              " AND assessment = (SELECT id FROM assessment WHERE uuid = ?)", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, assessment_uuid, -1, SQLITE_STATIC);
  while ((ok = qz_database_step (self->database, stmt, &has_row, error)) && has_row)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));

  if (!ok)
    return NULL;

  return g_strv_builder_end (builder);
}

static gboolean
upsert (QzPlanStore  *self,
        const char   *assessment_uuid,
        QzPlanItem   *item,
        guint         position,
        GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *record = qz_record_key (QZ_RECORD_PLAN_ITEM, qz_plan_item_get_uuid (item), NULL);
  g_autofree char *before = NULL;
  g_autofree char *shown = NULL;
  gint64 now = next_stamp (self);
  gboolean has_row;

  if (!qz_plan_item_check (item, error) ||
      !qz_history_snapshot (self->database, record, &before, &shown, error))
    return FALSE;

  stmt = qz_database_prepare (self->database,
                              "INSERT INTO plan_item (uuid, assessment, position, measure, indicator, title,"
                              " detail, effect, phase, priority, status, owner, start_date, due_date,"
                              " budget_min, budget_max, edited, stale, created, updated, origin, weakest,"
                              " carried_from)"
                              " SELECT ?1, id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                              " ?16, ?17, ?18, ?18, ?19, ?21, ?22 FROM assessment WHERE uuid = ?20 AND deleted IS NULL"
                              " ON CONFLICT (uuid) DO UPDATE SET position = ?2, title = ?5, detail = ?6,"
                              " effect = ?7, phase = ?8, priority = ?9, status = ?10, owner = ?11,"
                              " start_date = ?12, due_date = ?13, budget_min = ?14, budget_max = ?15,"
                              " edited = ?16, stale = ?17, updated = ?18, origin = ?19, deleted = NULL,"
                              " weakest = ?21"
                              " RETURNING id", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, qz_plan_item_get_uuid (item), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, qz_plan_item_get_measure_id (item), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, qz_plan_item_get_indicator_id (item), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, qz_plan_item_get_title (item), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, qz_plan_item_get_detail (item), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, qz_plan_item_get_effect (item), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 8, qz_plan_item_get_phase (item));
  sqlite3_bind_int (stmt, 9, qz_plan_item_get_priority (item));
  sqlite3_bind_int (stmt, 10, qz_plan_item_get_status (item));
  sqlite3_bind_text (stmt, 11, qz_plan_item_get_owner (item), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, qz_plan_item_get_start_date (item), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, qz_plan_item_get_due_date (item), -1, SQLITE_STATIC);
  qz_database_bind_double (stmt, 14, qz_plan_item_get_budget_min (item));
  qz_database_bind_double (stmt, 15, qz_plan_item_get_budget_max (item));
  sqlite3_bind_int (stmt, 16, qz_plan_item_get_edited (item));
  sqlite3_bind_int (stmt, 17, qz_plan_item_get_stale (item));
  sqlite3_bind_int64 (stmt, 18, now);
  sqlite3_bind_text (stmt, 19, qz_database_get_origin (self->database), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 20, assessment_uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 21, qz_plan_item_get_weakest (item));
  sqlite3_bind_text (stmt, 22, qz_plan_item_get_carried_from (item), -1, SQLITE_STATIC);

  if (!qz_database_step (self->database, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                   _("The assessment of this plan no longer exists."));
      return FALSE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  return qz_history_note (self->database, record, before, shown, error);
}

/**
 * qz_plan_store_save:
 * @self: a #QzPlanStore
 * @assessment_uuid: the plan's assessment
 * @item: an item, new or stored
 * @position: its place in the plan
 * @error: return location for a #QzInputError or #QzDatabaseError
 *
 * Checks @item and writes it in one transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_plan_store_save (QzPlanStore  *self,
                    const char   *assessment_uuid,
                    QzPlanItem   *item,
                    guint         position,
                    GError      **error)
{
  g_return_val_if_fail (QZ_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_PLAN_ITEM (item), FALSE);

  if (!qz_database_begin (self->database, error))
    return FALSE;

  return qz_database_end (self->database, upsert (self, assessment_uuid, item, position, error), error);
}

/**
 * qz_plan_store_save_all:
 * @self: a #QzPlanStore
 * @assessment_uuid: the plan's assessment
 * @items: (element-type QzPlanItem): the whole plan, in order
 * @error: return location for a #QzInputError or #QzDatabaseError
 *
 * Writes every item and its place in one transaction: all or nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_plan_store_save_all (QzPlanStore  *self,
                        const char   *assessment_uuid,
                        GListModel   *items,
                        GError      **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (QZ_IS_PLAN_STORE (self), FALSE);

  if (!qz_database_begin (self->database, error))
    return FALSE;

  for (guint i = 0; ok && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(QzPlanItem) item = g_list_model_get_item (items, i);

      ok = upsert (self, assessment_uuid, item, i, error);
    }

  return qz_database_end (self->database, ok, error);
}

/**
 * qz_plan_store_remove:
 * @self: a #QzPlanStore
 * @item_uuid: a stored item
 * @removed: %TRUE to remove, %FALSE to undo the removal
 * @error: return location for a #QzDatabaseError
 *
 * Returns: %TRUE on success
 */
gboolean
qz_plan_store_remove (QzPlanStore  *self,
                      const char   *item_uuid,
                      gboolean      removed,
                      GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *record = NULL;
  g_autofree char *before = NULL;
  g_autofree char *shown = NULL;
  gint64 now;
  gboolean has_row = FALSE;

  g_return_val_if_fail (QZ_IS_PLAN_STORE (self), FALSE);

  now = next_stamp (self);
  stmt = qz_database_prepare (self->database,
                              "UPDATE plan_item SET deleted = ?, updated = ?, origin = ? WHERE uuid = ?"
                              " RETURNING id", error);
  if (stmt == NULL || !qz_database_begin (self->database, error))
    return FALSE;

  if (removed)
    sqlite3_bind_int64 (stmt, 1, now);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_text (stmt, 3, qz_database_get_origin (self->database), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, item_uuid, -1, SQLITE_STATIC);
  record = qz_record_key (QZ_RECORD_PLAN_ITEM, item_uuid, NULL);
  if (qz_history_snapshot (self->database, record, &before, &shown, error) &&
      qz_database_step (self->database, stmt, &has_row, error) && !has_row)
    g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                 _("This measure is not in the plan any more."));
  g_clear_pointer (&stmt, sqlite3_finalize);
  return qz_database_end (self->database,
                          has_row && qz_history_note (self->database, record, before, shown, error),
                          error);
}
