/* qz-enterprise-store-load.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading the enterprises without holding up the caller: the list loaded
 * by a worker on a connection of its own while the window shows, and the
 * rows streamed one at a time for the command line. */

#define G_LOG_DOMAIN "qz-enterprise-store"

#include "qz-config.h"

#include "qz-enterprise-private.h"
#include "qz-enterprise-store-private.h"

/* The worker's reading: every enterprise, ready to be searched; NULL when
 * the file cannot be read so, and the caller reads it on its own
 * connection, which says why. */
static GPtrArray *
read_all (const char *path)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
      sqlite3_busy_timeout (db, 250);
      rc = sqlite3_exec (db, "PRAGMA trusted_schema = OFF", NULL, NULL, NULL);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, _qz_enterprise_store_select_sql, -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      QzEnterprise *enterprise = _qz_enterprise_store_read_row (stmt);

      rc = SQLITE_OK;
      if (enterprise == NULL)
        continue;
      /* Paid here rather than on the first keystroke. */
      _qz_enterprise_prepare_search (enterprise);
      g_ptr_array_add (items, enterprise);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return rc == SQLITE_DONE ? g_steal_pointer (&items) : NULL;
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      path,
             GCancellable *cancellable)
{
  GPtrArray *items = read_all (path);

  if (items != NULL)
    g_task_return_pointer (task, items, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_new_error (task, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FAILED, "read in the worker");
}

/* The enterprises read join those added meanwhile, after them: those are
 * more recent. One added, or deleted, since is not taken twice. */
static void
merge (QzEnterpriseStore *self,
       GPtrArray         *loaded)
{
  g_autoptr(GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
  guint position = self->items->len;

  for (guint i = 0; i < self->items->len; i++)
    g_hash_table_add (present, (gpointer) qz_enterprise_get_uuid (g_ptr_array_index (self->items, i)));

  for (guint i = 0; i < loaded->len; i++)
    {
      QzEnterprise *enterprise = g_ptr_array_index (loaded, i);
      const char *uuid = qz_enterprise_get_uuid (enterprise);

      if (g_hash_table_contains (present, uuid) || g_hash_table_contains (self->deleted, uuid))
        continue;
      self->last_stamp = MAX (self->last_stamp, qz_enterprise_get_updated (enterprise));
      g_ptr_array_add (self->items, g_object_ref (enterprise));
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, self->items->len - position);
}

/* Whether there is any enterprise to load: a case base without one is
 * loaded at once, and the window shows its empty state from the start. */
static gboolean
has_enterprises (QzDatabase *database)
{
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (database,
                                                      "SELECT 1 FROM enterprise WHERE deleted IS NULL LIMIT 1",
                                                      NULL);
  gboolean has_row = TRUE;

  /* Unsure, the load says what is wrong. */
  return stmt == NULL || !qz_database_step (database, stmt, &has_row, NULL) || has_row;
}

/**
 * qz_enterprise_store_new_unloaded:
 * @database: an open #QzDatabase
 *
 * A store to be loaded with qz_enterprise_store_load_async(), so that the
 * window shows before the enterprises are read. Until then it holds only
 * those created in it. Without any enterprise in the database, it is
 * loaded already.
 *
 * Returns: (transfer full): the store, loading unless empty
 */
QzEnterpriseStore *
qz_enterprise_store_new_unloaded (QzDatabase *database)
{
  QzEnterpriseStore *self;

  g_return_val_if_fail (QZ_IS_DATABASE (database), NULL);

  self = g_object_new (QZ_TYPE_ENTERPRISE_STORE, "database", database, NULL);
  self->latest = qz_latest_levels_new (database);
  self->loading = has_enterprises (database);
  return self;
}

/**
 * qz_enterprise_store_load_async:
 * @self: a #QzEnterpriseStore made by qz_enterprise_store_new_unloaded(),
 *   loading
 * @callback: called in the thread-default main context when read
 * @user_data: for @callback
 *
 * Reads the enterprises in a worker, on a connection of its own; an
 * in-memory database is read at once. The enterprises join the list in
 * qz_enterprise_store_load_finish().
 */
void
qz_enterprise_store_load_async (QzEnterpriseStore   *self,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  const char *path;

  g_return_if_fail (QZ_IS_ENTERPRISE_STORE (self));
  g_return_if_fail (self->loading);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, qz_enterprise_store_load_async);
  path = qz_database_get_path (self->database);
  if (g_strcmp0 (path, ":memory:") == 0)
    {
      g_autoptr(GError) error = NULL;

      if (_qz_enterprise_store_load (self, &error))
        g_task_return_pointer (task, NULL, NULL);
      else
        g_task_return_error (task, g_steal_pointer (&error));
      _qz_enterprise_store_set_loading (self, FALSE);
      return;
    }

  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * qz_enterprise_store_load_finish:
 * @self: a #QzEnterpriseStore
 * @result: what qz_enterprise_store_load_async()'s callback was given
 * @error: return location for a #QzDatabaseError
 *
 * Adds the enterprises read to the list, with their latest levels. When
 * the worker could not read them, they are read here, which says why.
 *
 * Returns: %TRUE when the list is whole
 */
gboolean
qz_enterprise_store_load_finish (QzEnterpriseStore  *self,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GError) worker_error = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), &worker_error);
  /* Read at once (an in-memory database): nothing is left to add. */
  if (!self->loading)
    {
      if (worker_error == NULL)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&worker_error));
      return FALSE;
    }

  if (loaded != NULL)
    {
      merge (self, loaded);
      ok = qz_latest_levels_read (self->latest, G_LIST_MODEL (self), NULL, error);
    }
  else
    ok = qz_enterprise_store_reload (self, error);

  _qz_enterprise_store_set_loading (self, FALSE);
  return ok;
}

/**
 * qz_enterprise_store_get_loading:
 * @self: a #QzEnterpriseStore
 *
 * Returns: %TRUE until the enterprises of a store made by
 *   qz_enterprise_store_new_unloaded() are loaded
 */
gboolean
qz_enterprise_store_get_loading (QzEnterpriseStore *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (self), FALSE);

  return self->loading;
}

/**
 * qz_enterprise_store_each:
 * @database: an open #QzDatabase
 * @func: (scope call): called with each enterprise that is not deleted,
 *   most recently changed first
 * @user_data: for @func
 * @error: return location for a #QzDatabaseError, or @func's error
 *
 * Reads the enterprises one at a time, without a store: each is made as
 * its row is read and dropped after @func, so that memory does not grow
 * with their number.
 *
 * Returns: %TRUE when every enterprise was read and passed to @func
 */
gboolean
qz_enterprise_store_each (QzDatabase        *database,
                          QzEnterpriseFunc   func,
                          gpointer           user_data,
                          GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;
  gboolean ok;

  g_return_val_if_fail (QZ_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  stmt = qz_database_prepare (database, _qz_enterprise_store_select_sql, error);
  if (stmt == NULL)
    return FALSE;

  while ((ok = qz_database_step (database, stmt, &has_row, error)) && has_row)
    {
      g_autoptr(QzEnterprise) enterprise = _qz_enterprise_store_read_row (stmt);

      if (enterprise != NULL && !func (enterprise, user_data, error))
        return FALSE;
    }

  return ok;
}
