/* qz-trash.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-trash"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-column-private.h"
#include "qz-database-private.h"
#include "qz-framework-loader.h"
#include "qz-trash.h"

/* Recently Deleted: what the expert deleted (enterprises, assessments,
 * plan measures, photos) waits here, its row kept with `deleted` set,
 * until it is restored, deleted for good, or purged once it has waited
 * QZ_TRASH_KEEP_DAYS. Restoring something whose assessment or enterprise
 * is deleted too brings those back with it: a measure or a photo has no
 * meaning without them, and refusing would leave the expert to find and
 * restore them first.
 *
 * A drafted measure deleted for good keeps a bare row (position −1, its
 * text and figures cleared) so that a redraft still leaves it out, as the
 * expert asked when removing it. */
struct _QzTrash
{
  GObject            parent_instance;

  QzEnterpriseStore *enterprises;
  QzDatabase        *database;
};

G_DEFINE_FINAL_TYPE (QzTrash, qz_trash, G_TYPE_OBJECT)

static const char *tables[] = {
  [QZ_TRASH_ENTERPRISE] = "enterprise",
  [QZ_TRASH_ASSESSMENT] = "assessment",
  [QZ_TRASH_PLAN_ITEM] = "plan_item",
  [QZ_TRASH_PHOTO] = "evidence",
};

void
qz_trash_item_free (QzTrashItem *item)
{
  if (item == NULL)
    return;

  g_free (item->uuid);
  g_free (item->title);
  g_free (item->enterprise);
  g_free (item->framework);
  g_free (item->visit_date);
  g_free (item->indicator);
  g_free (item->sha256);
  g_free (item);
}

static void
qz_trash_finalize (GObject *object)
{
  QzTrash *self = (QzTrash *) object;

  g_clear_object (&self->enterprises);

  G_OBJECT_CLASS (qz_trash_parent_class)->finalize (object);
}

static void
qz_trash_class_init (QzTrashClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qz_trash_finalize;
}

static void
qz_trash_init (QzTrash *self)
{
}

/**
 * qz_trash_new:
 * @enterprises: the enterprises, whose list follows what is restored
 *
 * Returns: (transfer full): Recently Deleted of @enterprises' database
 */
QzTrash *
qz_trash_new (QzEnterpriseStore *enterprises)
{
  QzTrash *self;

  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (enterprises), NULL);

  self = g_object_new (QZ_TYPE_TRASH, NULL);
  self->enterprises = g_object_ref (enterprises);
  self->database = qz_enterprise_store_get_database (enterprises);
  return self;
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return qz_column_dup_text (stmt, column, QZ_COLUMN_SHORT_TEXT);
}

/* The framework of a row, read once per listing. */
static QzFramework *
framework_of (QzTrash     *self,
              GHashTable  *frameworks,
              gint64       id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GBytes) source = NULL;
  QzFramework *framework = g_hash_table_lookup (frameworks, &id);
  gboolean has_row = FALSE;
  gint64 *key;

  if (framework != NULL || g_hash_table_contains (frameworks, &id))
    return framework;

  stmt = qz_database_prepare (self->database, "SELECT source, framework_id FROM framework WHERE id = ?", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      qz_database_step (self->database, stmt, &has_row, NULL);
    }
  if (has_row)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      source = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
      framework = qz_framework_load (source, name ? name : "framework", NULL, NULL);
    }

  key = g_new (gint64, 1);
  *key = id;
  g_hash_table_insert (frameworks, key, framework);
  return framework;
}

static void
unref_framework (gpointer framework)
{
  if (framework != NULL)
    g_object_unref (framework);
}

static const char list_sql[] =
  "SELECT 0, e.uuid, e.deleted, e.name, NULL, 0, NULL, NULL, 0, NULL, NULL"
  "  FROM enterprise e WHERE e.deleted IS NOT NULL"
  " UNION ALL "
  "SELECT 1, a.uuid, a.deleted, NULL, e.name, e.deleted IS NOT NULL, a.framework, a.visit_date, 0, NULL, NULL"
  "  FROM assessment a JOIN enterprise e ON e.id = a.enterprise WHERE a.deleted IS NOT NULL"
  " UNION ALL "
  "SELECT 2, p.uuid, p.deleted, p.title, e.name, e.deleted IS NOT NULL, a.framework, a.visit_date,"
  "       a.deleted IS NOT NULL, NULL, NULL"
  "  FROM plan_item p JOIN assessment a ON a.id = p.assessment JOIN enterprise e ON e.id = a.enterprise"
  "  WHERE p.deleted IS NOT NULL AND p.position >= 0"
  " UNION ALL "
  "SELECT 3, v.uuid, v.deleted, v.caption, e.name, e.deleted IS NOT NULL, a.framework, a.visit_date,"
  "       a.deleted IS NOT NULL, v.indicator, v.photo"
  "  FROM evidence v JOIN assessment a ON a.id = v.assessment JOIN enterprise e ON e.id = a.enterprise"
  "  WHERE v.deleted IS NOT NULL"
  " ORDER BY 3 DESC";

static QzTrashItem *
read_item (QzTrash      *self,
           sqlite3_stmt *stmt,
           GHashTable   *frameworks)
{
  QzTrashItem *item = g_new0 (QzTrashItem, 1);
  QzFramework *framework = NULL;

  item->kind = sqlite3_column_int (stmt, 0);
  item->uuid = column_dup (stmt, 1);
  item->deleted = sqlite3_column_int64 (stmt, 2);
  item->title = column_dup (stmt, 3);
  item->enterprise = column_dup (stmt, 4);
  item->enterprise_deleted = sqlite3_column_int (stmt, 5) != 0;
  item->visit_date = column_dup (stmt, 7);
  item->assessment_deleted = sqlite3_column_int (stmt, 8) != 0;
  item->sha256 = column_dup (stmt, 10);

  if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
    framework = framework_of (self, frameworks, sqlite3_column_int64 (stmt, 6));
  if (framework != NULL)
    {
      const char *indicator_id = (const char *) sqlite3_column_text (stmt, 9);
      const QzIndicator *indicator = indicator_id ? qz_framework_find_indicator (framework, indicator_id) : NULL;

      item->framework = g_strdup (qz_text_get (qz_framework_get_title (framework)));
      if (indicator != NULL)
        item->indicator = g_strdup (qz_text_get (&indicator->title));
    }
  if (item->kind == QZ_TRASH_PHOTO && item->indicator == NULL)
    item->indicator = column_dup (stmt, 9);

  return item;
}

/**
 * qz_trash_list:
 * @self: a #QzTrash
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full) (element-type QzTrashItem): what is deleted
 *   and can still be restored, the latest deletion first; %NULL with
 *   @error set
 */
GPtrArray *
qz_trash_list (QzTrash  *self,
               GError  **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) qz_trash_item_free);
  /* A framework that cannot be read is kept as NULL: not read again. */
  g_autoptr(GHashTable) frameworks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, unref_framework);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  g_return_val_if_fail (QZ_IS_TRASH (self), NULL);

  stmt = qz_database_prepare (self->database, list_sql, error);
  if (stmt == NULL)
    return NULL;

  while ((ok = qz_database_step (self->database, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (items, read_item (self, stmt, frameworks));

  return ok ? g_steal_pointer (&items) : NULL;
}

/* Runs each statement with ?1 bound to @id. */
static gboolean
run_each (QzTrash            *self,
          const char * const *statements,
          gint64              id,
          GError            **error)
{
  for (guint i = 0; statements[i] != NULL; i++)
    {
      g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (self->database, statements[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!qz_database_step (self->database, stmt, NULL, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
set_deleted (QzTrash     *self,
             const char  *table,
             const char  *uuid,
             gint64       now,
             GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET deleted = ?1, updated = ?1, origin = ?2"
                                          " WHERE uuid = ?3 AND deleted IS NULL RETURNING id", table);
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (self->database, sql, error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_text (stmt, 2, qz_database_get_origin (self->database), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, uuid, -1, SQLITE_STATIC);
  if (!qz_database_step (self->database, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                           _("This assessment no longer exists or is already deleted."));
      return FALSE;
    }

  return TRUE;
}

/**
 * qz_trash_delete_assessment:
 * @self: a #QzTrash
 * @uuid: an assessment that is not deleted
 * @error: return location for a #QzDatabaseError
 *
 * Deletes the assessment, with its answers, photos and plan, so that it
 * can be restored from Recently Deleted; one transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_trash_delete_assessment (QzTrash     *self,
                            const char  *uuid,
                            GError     **error)
{
  g_return_val_if_fail (QZ_IS_TRASH (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!qz_database_begin (self->database, error))
    return FALSE;

  return qz_database_end (self->database,
                          set_deleted (self, "assessment", uuid, g_get_real_time (), error), error);
}

/* Clears the `deleted` of one row of @table; @parent is then the id of
 * its enterprise (an assessment's) or assessment (a measure's, a photo's). */
static gboolean
undelete_row (QzTrash      *self,
              QzTrashKind   kind,
              const char   *uuid,
              gint64        now,
              gint64       *parent,
              GError      **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  sql = g_strdup_printf ("UPDATE %s SET deleted = NULL, updated = ?1, origin = ?2 WHERE uuid = ?3 AND %s"
                         " RETURNING %s", tables[kind],
                         kind == QZ_TRASH_PLAN_ITEM ? "deleted IS NOT NULL AND position >= 0" : "deleted IS NOT NULL",
                         kind == QZ_TRASH_ASSESSMENT ? "enterprise" : "assessment");
  stmt = qz_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_text (stmt, 2, qz_database_get_origin (self->database), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, uuid, -1, SQLITE_STATIC);
  if (!qz_database_step (self->database, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                           _("This is no longer among the recently deleted: it was restored or deleted for good."));
      return FALSE;
    }

  *parent = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Brings back the assessment @id if it is deleted; gives its enterprise. */
static gboolean
undelete_assessment (QzTrash          *self,
                     gint64            id,
                     gint64            now,
                     gint64           *enterprise,
                     QzTrashRestored  *restored,
                     GError          **error)
{
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(sqlite3_stmt) select = NULL;
  gboolean has_row = FALSE;

  update = qz_database_prepare (self->database,
                                "UPDATE assessment SET deleted = NULL, updated = ?1, origin = ?2"
                                " WHERE id = ?3 AND deleted IS NOT NULL", error);
  select = qz_database_prepare (self->database, "SELECT enterprise FROM assessment WHERE id = ?", error);
  if (update == NULL || select == NULL)
    return FALSE;
  sqlite3_bind_int64 (update, 1, now);
  sqlite3_bind_text (update, 2, qz_database_get_origin (self->database), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (update, 3, id);
  sqlite3_bind_int64 (select, 1, id);
  if (!qz_database_step (self->database, update, NULL, error) ||
      !qz_database_step (self->database, select, &has_row, error))
    return FALSE;

  if (sqlite3_changes (sqlite3_db_handle (update)) > 0)
    *restored |= QZ_TRASH_RESTORED_ASSESSMENT;
  *enterprise = has_row ? sqlite3_column_int64 (select, 0) : -1;
  return TRUE;
}

/* Brings back the enterprise @id if it is deleted, into the list too. */
static gboolean
undelete_enterprise (QzTrash          *self,
                     gint64            id,
                     QzTrashRestored  *restored,
                     GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (self->database,
                                                      "SELECT uuid FROM enterprise WHERE id = ? AND deleted IS NOT NULL",
                                                      error);
  g_autofree char *uuid = NULL;
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!qz_database_step (self->database, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;

  uuid = column_dup (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (qz_enterprise_store_undelete (self->enterprises, uuid, error) == NULL)
    return FALSE;

  *restored |= QZ_TRASH_RESTORED_ENTERPRISE;
  return TRUE;
}

static gboolean
restore_in_transaction (QzTrash          *self,
                        QzTrashKind       kind,
                        const char       *uuid,
                        QzTrashRestored  *restored,
                        GError          **error)
{
  gint64 now = g_get_real_time ();
  gint64 parent = -1;

  if (kind == QZ_TRASH_ENTERPRISE)
    return qz_enterprise_store_undelete (self->enterprises, uuid, error) != NULL;

  if (!undelete_row (self, kind, uuid, now, &parent, error))
    return FALSE;

  if (kind != QZ_TRASH_ASSESSMENT &&
      !undelete_assessment (self, parent, now, &parent, restored, error))
    return FALSE;

  /* Last, so that only the commit can fail after the list has changed. */
  return undelete_enterprise (self, parent, restored, error);
}

/**
 * qz_trash_restore:
 * @self: a #QzTrash
 * @kind: what @uuid is
 * @uuid: a deleted item's UUID
 * @restored: (out) (optional): what came back with it
 * @error: return location for a #QzDatabaseError
 *
 * Brings the item back where it was, in one transaction. An assessment,
 * measure or photo whose assessment or enterprise is deleted brings them
 * back too, and says so in @restored.
 *
 * Returns: %TRUE on success; %QZ_DATABASE_ERROR_NOT_FOUND when the item
 *   is no longer deleted or no longer exists
 */
gboolean
qz_trash_restore (QzTrash          *self,
                  QzTrashKind       kind,
                  const char       *uuid,
                  QzTrashRestored  *restored,
                  GError          **error)
{
  QzTrashRestored also = QZ_TRASH_RESTORED_ITEM;

  g_return_val_if_fail (QZ_IS_TRASH (self), FALSE);
  g_return_val_if_fail (kind <= QZ_TRASH_PHOTO, FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!qz_database_begin (self->database, error))
    return FALSE;

  if (!qz_database_end (self->database, restore_in_transaction (self, kind, uuid, &also, error), error))
    {
      /* An enterprise put back in the list before the rollback leaves it. */
      if (also & QZ_TRASH_RESTORED_ENTERPRISE)
        qz_enterprise_store_reload (self->enterprises, NULL);
      return FALSE;
    }

  if (restored != NULL)
    *restored = also;
  return TRUE;
}

#define OF_ASSESSMENTS_OF_ENTERPRISE "IN (SELECT id FROM assessment WHERE enterprise = ?1)"

static const char * const forget_enterprise[] = {
  "DELETE FROM evidence WHERE assessment " OF_ASSESSMENTS_OF_ENTERPRISE,
  "DELETE FROM plan_item WHERE assessment " OF_ASSESSMENTS_OF_ENTERPRISE,
  "DELETE FROM answer WHERE assessment " OF_ASSESSMENTS_OF_ENTERPRISE,
  "DELETE FROM assessment_event WHERE assessment " OF_ASSESSMENTS_OF_ENTERPRISE,
  "DELETE FROM assessment WHERE enterprise = ?1",
  "DELETE FROM contact WHERE enterprise = ?1",
  "DELETE FROM enterprise WHERE id = ?1",
  NULL
};

static const char * const forget_assessment[] = {
  "DELETE FROM evidence WHERE assessment = ?1",
  "DELETE FROM plan_item WHERE assessment = ?1",
  "DELETE FROM answer WHERE assessment = ?1",
  "DELETE FROM assessment_event WHERE assessment = ?1",
  "DELETE FROM assessment WHERE id = ?1",
  NULL
};

/* A drafted measure keeps a bare row, so that a redraft leaves it out;
 * one added by hand goes. */
static const char * const forget_plan_item[] = {
  "UPDATE plan_item SET position = -1, title = measure, detail = '', effect = '', owner = '',"
  " start_date = '', due_date = '', budget_min = NULL, budget_max = NULL, edited = 0, stale = 0"
  " WHERE id = ?1 AND measure IS NOT NULL",
  "DELETE FROM plan_item WHERE id = ?1 AND measure IS NULL",
  NULL
};

static const char * const forget_photo[] = {
  "DELETE FROM evidence WHERE id = ?1",
  NULL
};

static const char * const * const forget_statements[] = {
  [QZ_TRASH_ENTERPRISE] = forget_enterprise,
  [QZ_TRASH_ASSESSMENT] = forget_assessment,
  [QZ_TRASH_PLAN_ITEM] = forget_plan_item,
  [QZ_TRASH_PHOTO] = forget_photo,
};

/* Images that no evidence shows any more, removed or not, go. */
static gboolean
drop_unused_photos (QzTrash  *self,
                    GError  **error)
{
  static const char * const statements[] = {
    "DELETE FROM photo WHERE sha256 NOT IN (SELECT photo FROM evidence)",
    NULL
  };

  return run_each (self, statements, 0, error);
}

static gboolean
forget_in_transaction (QzTrash      *self,
                       QzTrashKind   kind,
                       const char   *uuid,
                       GError      **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE uuid = ? AND deleted IS NOT NULL%s",
                                          tables[kind], kind == QZ_TRASH_PLAN_ITEM ? " AND position >= 0" : "");
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (self->database, sql, error);
  gboolean has_row = FALSE;
  gint64 id;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  if (!qz_database_step (self->database, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                           _("This is no longer among the recently deleted: it was restored or deleted for good."));
      return FALSE;
    }

  id = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);
  return run_each (self, forget_statements[kind], id, error) && drop_unused_photos (self, error);
}

/**
 * qz_trash_forget:
 * @self: a #QzTrash
 * @kind: what @uuid is
 * @uuid: a deleted item's UUID
 * @error: return location for a #QzDatabaseError
 *
 * Deletes the item for good, in one transaction: an enterprise with its
 * assessments, answers, photos, plans and contacts; an assessment with its
 * answers, photos and plan. Images no evidence uses any more go too.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_trash_forget (QzTrash      *self,
                 QzTrashKind   kind,
                 const char   *uuid,
                 GError      **error)
{
  g_return_val_if_fail (QZ_IS_TRASH (self), FALSE);
  g_return_val_if_fail (kind <= QZ_TRASH_PHOTO, FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!qz_database_begin (self->database, error))
    return FALSE;

  return qz_database_end (self->database, forget_in_transaction (self, kind, uuid, error), error);
}

static const char purge_sql[] =
  "SELECT 0, id FROM enterprise WHERE deleted < ?1"
  " UNION ALL SELECT 1, id FROM assessment WHERE deleted < ?1"
  " UNION ALL SELECT 2, id FROM plan_item WHERE deleted < ?1 AND position >= 0"
  " UNION ALL SELECT 3, id FROM evidence WHERE deleted < ?1"
  " ORDER BY 1";

typedef struct
{
  QzTrashKind kind;
  gint64      id;
} Row;

static gboolean
purge_in_transaction (QzTrash  *self,
                      gint64    before,
                      guint    *n_purged,
                      GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (self->database, purge_sql, error);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  gboolean has_row = FALSE;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, before);
  while ((ok = qz_database_step (self->database, stmt, &has_row, error)) && has_row)
    {
      Row row = { sqlite3_column_int (stmt, 0), sqlite3_column_int64 (stmt, 1) };

      g_array_append_val (rows, row);
    }
  if (!ok)
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* Enterprises first: what they take with them is then gone already. */
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);

      if (!run_each (self, forget_statements[row->kind], row->id, error))
        return FALSE;
    }

  *n_purged = rows->len;
  return drop_unused_photos (self, error);
}

/**
 * qz_trash_purge:
 * @self: a #QzTrash
 * @now: the time, in µs since the epoch
 * @n_purged: (out) (optional): how many items were deleted for good
 * @error: return location for a #QzDatabaseError
 *
 * Deletes for good, in one transaction, what was deleted more than
 * %QZ_TRASH_KEEP_DAYS days before @now, as qz_trash_forget() does.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_trash_purge (QzTrash  *self,
                gint64    now,
                guint    *n_purged,
                GError  **error)
{
  guint n = 0;

  g_return_val_if_fail (QZ_IS_TRASH (self), FALSE);

  if (!qz_database_begin (self->database, error))
    return FALSE;

  if (!qz_database_end (self->database,
                        purge_in_transaction (self, now - (gint64) QZ_TRASH_KEEP_DAYS * G_TIME_SPAN_DAY, &n, error),
                        error))
    return FALSE;

  if (n_purged != NULL)
    *n_purged = n;
  return TRUE;
}
