/* qz-database-check.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What is checked of a file beyond its header: that its schema is what
 * the migrations made, before anything is written; and, in a worker that
 * start-up does not wait for, the whole file for damage.
 */

#define G_LOG_DOMAIN "qz-database"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qz-database-private.h"

/* One line per schema object, "type name table", to compare the objects of
 * two databases. */
static char *
object_key (sqlite3_stmt *stmt)
{
  const char *type = (const char *) sqlite3_column_text (stmt, 0);
  const char *name = (const char *) sqlite3_column_text (stmt, 1);
  const char *table = (const char *) sqlite3_column_text (stmt, 2);

  return g_strdup_printf ("%s\x1f%s\x1f%s", type ? type : "", name ? name : "", table ? table : "");
}

#define SCHEMA_OBJECTS "SELECT type, name, tbl_name FROM sqlite_master"

/* What a file of ours holds: the objects @steps create, found by running
 * them on an empty database in memory. The migrations stay the one list
 * of what Qizhen makes. */
static GHashTable *
dup_expected_objects (const char *const *steps)
{
  g_autoptr(GHashTable) objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3 *memory = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  ok = sqlite3_open_v2 (":memory:", &memory, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK;
  for (guint i = 0; ok && steps[i] != NULL; i++)
    ok = sqlite3_exec (memory, steps[i], NULL, NULL, NULL) == SQLITE_OK;
  ok = ok && sqlite3_prepare_v2 (memory, SCHEMA_OBJECTS, -1, &stmt, NULL) == SQLITE_OK;
  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (objects, object_key (stmt));

  sqlite3_finalize (stmt);
  sqlite3_close (memory);
  return ok ? g_steal_pointer (&objects) : NULL;
}

static const char *
describe_type (const char *type)
{
  if (g_strcmp0 (type, "trigger") == 0)
    return _("trigger");
  if (g_strcmp0 (type, "view") == 0)
    return _("view");
  if (g_strcmp0 (type, "index") == 0)
    return _("index");
  return _("table");
}

/* SQLite's own statistics, which ANALYZE or PRAGMA optimize may add. */
static gboolean
is_statistics (sqlite3_stmt *stmt)
{
  const char *name = (const char *) sqlite3_column_text (stmt, 1);

  return g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "table") == 0 &&
         name != NULL && g_str_has_prefix (name, "sqlite_stat");
}

static void
set_unexpected (GError      **error,
                const char   *path,
                gboolean      exchange,
                const char   *type,
                const char   *name)
{
  if (exchange)
    g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_QIZHEN,
                 /* Translators: the second %s is “trigger”, “view”, “table” or “index” */
                 _("“%s” holds something Qizhen does not write into exchange files: the %s “%s”. It could alter your data, so nothing was imported. Ask for the file to be exported again."),
                 path, describe_type (type), name ? name : "");
  else
    g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_QIZHEN,
                 /* Translators: the second %s is “trigger”, “view”, “table” or “index” */
                 _("“%s” holds something Qizhen did not create: the %s “%s”. Another program has changed the file, and what it added could alter your data, so Qizhen does not use it. Restore the file from a backup, or move it aside to start with a new, empty database."),
                 path, describe_type (type), name ? name : "");
}

static void
set_missing (GError      **error,
             const char   *path,
             gboolean      exchange,
             const char   *type,
             const char   *name)
{
  if (exchange)
    g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT,
                 /* Translators: the second %s is “trigger”, “view”, “table” or “index” */
                 _("“%s” lacks the %s “%s” of an exchange file: it is damaged or was changed by another program, so nothing was imported."),
                 path, describe_type (type), name);
  else
    g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT,
                 /* Translators: the second %s is “trigger”, “view”, “table” or “index” */
                 _("“%s” lacks the %s “%s” that Qizhen needs: the file is damaged or was changed by another program. Restore it from a backup, or move it aside to start with a new, empty database."),
                 path, describe_type (type), name);
}

/**
 * qz_database_check_objects:
 * @db: an open connection to the file
 * @path: the file, for messages
 * @steps: (array zero-terminated=1): the SQL that made the file's schema
 * @exchange: whether the file is an exchange file rather than a database
 * @error: return location for a #QzDatabaseError
 *
 * A file of ours holds exactly what @steps make: a trigger or a view
 * planted by another program would act on the user's data. Reads only.
 *
 * Returns: %TRUE if the schema is what @steps make
 */
gboolean
qz_database_check_objects (sqlite3            *db,
                           const char         *path,
                           const char *const  *steps,
                           gboolean            exchange,
                           GError            **error)
{
  g_autoptr(GHashTable) expected = dup_expected_objects (steps);
  sqlite3_stmt *stmt = NULL;
  GHashTableIter iter;
  const char *missing;
  int rc;

  if (expected == NULL)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FAILED,
                   _("The database “%s” could not be checked: out of memory."), path);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (db, SCHEMA_OBJECTS, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = SQLITE_ROW;
  while (rc == SQLITE_ROW && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *key = object_key (stmt);

      if (!g_hash_table_remove (expected, key) && !is_statistics (stmt))
        {
          set_unexpected (error, path, exchange, (const char *) sqlite3_column_text (stmt, 0),
                          (const char *) sqlite3_column_text (stmt, 1));
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return qz_database_set_sqlite_error (path, db, rc, error);

  g_hash_table_iter_init (&iter, expected);
  if (g_hash_table_iter_next (&iter, (gpointer *) &missing, NULL))
    {
      g_auto(GStrv) parts = g_strsplit (missing, "\x1f", 3);

      set_missing (error, path, exchange, parts[0], parts[1]);
      return FALSE;
    }

  return TRUE;
}

/**
 * qz_database_check_schema:
 * @self: a #QzDatabase being opened
 * @version: its `user_version`, at most %QZ_DATABASE_VERSION
 * @error: return location for a #QzDatabaseError
 *
 * A database of ours holds exactly what the migrations made. Reads only.
 *
 * Returns: %TRUE if the schema is Qizhen's
 */
gboolean
qz_database_check_schema (QzDatabase  *self,
                          gint64       version,
                          GError     **error)
{
  const char *steps[QZ_DATABASE_VERSION + 1] = { NULL, };

  for (gint64 v = 0; v < version; v++)
    steps[v] = qz_database_get_migration ((guint) v);

  return qz_database_check_objects (qz_database_get_handle (self), qz_database_get_path (self),
                                    steps, FALSE, error);
}

/* PRAGMA quick_check on a connection of its own, so that it can run in a
 * worker while the window uses the database. */
static gboolean
quick_check (const char  *path,
             GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *problem = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check (1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      /* "*** in database main ***\nPage 114: …": the page is what matters. */
      const char *text = (const char *) sqlite3_column_text (stmt, 0);
      const char *last_line = text != NULL ? strrchr (text, '\n') : NULL;

      problem = g_strdup (last_line != NULL ? last_line + 1 : text);
    }
  else if (rc != SQLITE_ROW)
    problem = g_strdup (db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));

  sqlite3_finalize (stmt);
  sqlite3_close (db);

  if (problem == NULL)
    return TRUE;

  /* The check itself could not run (no memory, a lock): that says
   * nothing of the file. */
  if (rc != SQLITE_ROW && (rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FAILED,
                   _("“%s” could not be checked for damage: %s"), path, problem);
      return FALSE;
    }

  g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT,
               _("“%s” is damaged (%s). Qizhen has stopped saving changes to it so that the damage does not spread; what you see may be incomplete. Close Qizhen, copy the file aside, and restore it from a backup."),
               path, problem);
  return FALSE;
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (quick_check (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * qz_database_check_async:
 * @self: a #QzDatabase
 * @cancellable: (nullable): a #GCancellable
 * @callback: called in the thread-default main context when done
 * @user_data: for @callback
 *
 * Reads the whole file in a worker, on a connection of its own, for damage
 * on pages that start-up does not read (`PRAGMA quick_check`).
 */
void
qz_database_check_async (QzDatabase          *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  const char *path;

  g_return_if_fail (QZ_IS_DATABASE (self));

  path = qz_database_get_path (self);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, qz_database_check_async);
  if (g_strcmp0 (path, ":memory:") == 0)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, check_thread);
}

/**
 * qz_database_check_finish:
 * @self: a #QzDatabase
 * @result: the result given to the callback
 * @error: return location for a #QzDatabaseError
 *
 * When the file is damaged, the database stops writing: every later edit
 * fails with the same %QZ_DATABASE_ERROR_CORRUPT error, which says what
 * to do.
 *
 * Returns: %TRUE if the file is sound
 */
gboolean
qz_database_check_finish (QzDatabase    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (g_task_propagate_boolean (G_TASK (result), &local_error))
    return TRUE;

  if (g_error_matches (local_error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT))
    qz_database_stop_writing (self, local_error);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * qz_database_check:
 * @self: a #QzDatabase
 * @error: return location for a #QzDatabaseError
 *
 * qz_database_check_async(), waiting for its end, for the command line.
 *
 * Returns: %TRUE if the file is sound
 */
gboolean
qz_database_check (QzDatabase  *self,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *path;

  g_return_val_if_fail (QZ_IS_DATABASE (self), FALSE);

  path = qz_database_get_path (self);
  if (g_strcmp0 (path, ":memory:") == 0 || quick_check (path, &local_error))
    return TRUE;

  if (g_error_matches (local_error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT))
    qz_database_stop_writing (self, local_error);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

