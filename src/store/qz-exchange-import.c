/* qz-exchange-import.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Imports an exchange file into the user's database in one transaction,
 * record by record: the version vectors say whether a side has seen the
 * other's change (take it or keep ours) or both changed the record since
 * their common version (a conflict: ours stays, theirs is kept beside it).
 * Every value goes through the checks typed input gets; the first that
 * fails refuses the whole file.
 */

#define G_LOG_DOMAIN "qz-exchange"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "qz-exchange-import-private.h"
#include "qz-photo.h"
#include "qz-version.h"

/* ---- The merge, record by record ---- */

/* The statements of one kind of record. Values are bound by number: ?1 and
 * ?2 the key, ?3… the columns, then updated, origin, created, extra (a
 * local framework id or photo), record, version, author. */
typedef struct
{
  const QzRecordKind *kind;
  guint               index;
  int                 n;        /* columns */
  sqlite3_stmt       *rows;     /* in the file */
  sqlite3_stmt       *file_version;
  sqlite3_stmt       *file_content;
  sqlite3_stmt       *content;  /* in the database */
  sqlite3_stmt       *version;
  sqlite3_stmt       *insert;
  sqlite3_stmt       *update;
  sqlite3_stmt       *set_version;
  sqlite3_stmt       *conflict;
  sqlite3_stmt       *conflict_version;
  sqlite3_stmt       *drop_conflict;
} Merge;

#define P_UPDATED(m) ((m)->n + 3)
#define P_ORIGIN(m)  ((m)->n + 4)
#define P_CREATED(m) ((m)->n + 5)
#define P_EXTRA(m)   ((m)->n + 6)
#define P_RECORD(m)  ((m)->n + 7)
#define P_VERSION(m) ((m)->n + 8)
#define P_AUTHOR(m)  ((m)->n + 9)

static void
merge_clear (Merge *merge)
{
  sqlite3_stmt **stmts[] = {
    &merge->rows, &merge->file_version, &merge->file_content, &merge->content, &merge->version,
    &merge->insert, &merge->update, &merge->set_version, &merge->conflict, &merge->conflict_version,
    &merge->drop_conflict,
  };

  for (guint i = 0; i < G_N_ELEMENTS (stmts); i++)
    g_clear_pointer (stmts[i], sqlite3_finalize);
}

static char *
insert_sql (Merge *merge)
{
  static const char *const heads[][2] = {
    [QZ_RECORD_ENTERPRISE] = { "uuid", "?1" },
    [QZ_RECORD_ASSESSMENT] = { "uuid, enterprise, framework", "?1, (SELECT id FROM enterprise WHERE uuid = ?2), ?E" },
    [QZ_RECORD_ANSWER] = { "assessment, indicator", "(SELECT id FROM assessment WHERE uuid = ?1), ?2" },
    [QZ_RECORD_PLAN_ITEM] = { "uuid, assessment", "?1, (SELECT id FROM assessment WHERE uuid = ?2)" },
    [QZ_RECORD_EVIDENCE] = { "uuid, assessment, photo", "?1, (SELECT id FROM assessment WHERE uuid = ?2), ?E" },
    [QZ_RECORD_CONTACT] = { "uuid, enterprise", "?1, (SELECT id FROM enterprise WHERE uuid = ?2)" },
  };
  g_autofree char *extra = g_strdup_printf ("?%d", P_EXTRA (merge));
  g_auto(GStrv) parts = g_strsplit (heads[merge->index][1], "?E", -1);
  g_autofree char *values_head = g_strjoinv (extra, parts);
  GString *sql = g_string_new (NULL);
  gboolean created = merge->index != QZ_RECORD_ANSWER;

  g_string_printf (sql, "INSERT INTO %s (%s", merge->kind->table, heads[merge->index][0]);
  for (int i = 0; i < merge->n; i++)
    g_string_append_printf (sql, ", %s", merge->kind->columns[i]);
  g_string_append_printf (sql, ", updated, origin%s) VALUES (%s", created ? ", created" : "", values_head);
  for (int i = 0; i < merge->n; i++)
    g_string_append_printf (sql, ", ?%d", i + 3);
  g_string_append_printf (sql, ", ?%d, ?%d", P_UPDATED (merge), P_ORIGIN (merge));
  if (created)
    g_string_append_printf (sql, ", ?%d", P_CREATED (merge));
  g_string_append (sql, ")");
  return g_string_free (sql, FALSE);
}

static const char *
key_condition (guint index)
{
  return index == QZ_RECORD_ANSWER
         ? "assessment = (SELECT id FROM assessment WHERE uuid = ?1) AND indicator = ?2"
         : "uuid = ?1";
}

static char *
update_sql (Merge *merge)
{
  GString *sql = g_string_new (NULL);

  g_string_printf (sql, "UPDATE %s SET ", merge->kind->table);
  for (int i = 0; i < merge->n; i++)
    g_string_append_printf (sql, "%s = ?%d, ", merge->kind->columns[i], i + 3);
  g_string_append_printf (sql, "updated = ?%d, origin = ?%d WHERE %s", P_UPDATED (merge), P_ORIGIN (merge),
                          key_condition (merge->index));
  return g_string_free (sql, FALSE);
}

static char *
conflict_sql (Merge *merge)
{
  GString *sql = g_string_new (NULL);

  g_string_printf (sql, "INSERT INTO conflict (record, theirs, vv, origin, author, at) VALUES (?%d, json_array (",
                   P_RECORD (merge));
  for (int i = 0; i < merge->n; i++)
    g_string_append_printf (sql, "?%d, ", i + 3);
  g_string_append_printf (sql, "?%d, ?%d), ?%d, ?%d, ?%d, ?%d)"
                          " ON CONFLICT (record) DO UPDATE SET theirs = excluded.theirs, vv = excluded.vv,"
                          " origin = excluded.origin, author = excluded.author, at = excluded.at",
                          P_UPDATED (merge), P_ORIGIN (merge), P_VERSION (merge), P_ORIGIN (merge),
                          P_AUTHOR (merge), P_UPDATED (merge));
  return g_string_free (sql, FALSE);
}

static char *
rows_sql (Merge *merge)
{
  const QzRecordKind *kind = merge->kind;
  GString *sql = g_string_new (NULL);

  g_string_printf (sql, "SELECT %s, %s", kind->key0, kind->key1);
  for (int i = 0; i < merge->n; i++)
    g_string_append_printf (sql, ", t.%s", kind->columns[i]);
  g_string_append_printf (sql, ", t.updated, t.origin, t.%s, %s %s",
                          merge->index == QZ_RECORD_ANSWER ? "updated" : "created", kind->extra, kind->from);
  return g_string_free (sql, FALSE);
}

static gboolean
merge_prepare (Import  *import,
               guint    index,
               Merge   *merge,
               GError **error)
{
  QzDatabase *database = import->database;
  g_autofree char *rows = NULL;
  g_autofree char *content_expression = NULL;
  g_autofree char *content = NULL;
  g_autofree char *insert = NULL;
  g_autofree char *update = NULL;
  g_autofree char *conflict = NULL;

  merge->kind = qz_record_kind (index);
  merge->index = index;
  merge->n = g_strv_length ((char **) merge->kind->columns);
  rows = rows_sql (merge);
  content_expression = qz_record_content_sql (merge->kind, NULL);
  content = qz_record_select_sql (merge->kind, content_expression);
  insert = insert_sql (merge);
  update = update_sql (merge);
  conflict = conflict_sql (merge);

  if (sqlite3_prepare_v2 (import->file, rows, -1, &merge->rows, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (import->file, "SELECT vv FROM version WHERE record = ?", -1,
                          &merge->file_version, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (import->file, content, -1, &merge->file_content, NULL) != SQLITE_OK)
    return qz_exchange_set_file_error (import, error);

  merge->content = qz_database_prepare (database, content, error);
  merge->version = qz_database_prepare (database, "SELECT vv FROM version WHERE record = ?", error);
  merge->insert = qz_database_prepare (database, insert, error);
  merge->update = qz_database_prepare (database, update, error);
  merge->set_version = qz_database_prepare (database,
                                            "INSERT INTO version (record, vv) VALUES (?1, ?2)"
                                            " ON CONFLICT (record) DO UPDATE SET vv = ?2", error);
  merge->conflict = qz_database_prepare (database, conflict, error);
  merge->conflict_version = qz_database_prepare (database, "SELECT vv FROM conflict WHERE record = ?", error);
  merge->drop_conflict = qz_database_prepare (database, "DELETE FROM conflict WHERE record = ?", error);
  return merge->content && merge->version && merge->insert && merge->update && merge->set_version &&
         merge->conflict && merge->conflict_version && merge->drop_conflict;
}

/* The first column of @stmt for @record, or NULL when it has no row. */
static char *
lookup (sqlite3_stmt *stmt,
        const char   *record,
        gboolean      by_key)
{
  sqlite3_reset (stmt);
  if (by_key)
    qz_record_bind_key (stmt, record);
  else
    sqlite3_bind_text (stmt, 1, record, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static void
bind_row (Merge        *merge,
          sqlite3_stmt *target,
          sqlite3_stmt *row)
{
  sqlite3_reset (target);
  sqlite3_clear_bindings (target);
  for (int i = 0; i < merge->n + 5; i++)
    if (i + 1 <= sqlite3_bind_parameter_count (target))
      sqlite3_bind_value (target, i + 1, sqlite3_column_value (row, i));
}

static gboolean
run (Import        *import,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  return qz_database_step (import->database, stmt, NULL, error);
}

/* A photo through the decoder and the encoder, stored under its new hash. */
static const char *
import_photo (Import      *import,
              const char  *sha256,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(QzPhoto) photo = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt = NULL;
  const char *known = g_hash_table_lookup (import->photos, sha256);

  if (known != NULL)
    return known;

  sqlite3_prepare_v2 (import->file, "SELECT jpeg FROM photo WHERE sha256 = ?", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  sqlite3_finalize (stmt);
  if (bytes == NULL)
    {
      qz_exchange_set_invalid (import, error, _("a photo it names is missing"));
      return NULL;
    }

  photo = qz_photo_new_from_bytes (bytes, &local_error);
  if (photo == NULL)
    {
      qz_exchange_set_invalid (import, error, _("a photo is not a readable image (%s)"), local_error->message);
      return NULL;
    }

  insert = qz_database_prepare (import->database,
                                "INSERT INTO photo (sha256, jpeg, thumbnail, width, height, print, print_width,"
                                " print_height) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                                error);
  if (insert == NULL)
    return NULL;
  sqlite3_bind_text (insert, 1, photo->sha256, -1, SQLITE_STATIC);
  sqlite3_bind_blob (insert, 2, g_bytes_get_data (photo->jpeg, NULL), g_bytes_get_size (photo->jpeg), SQLITE_STATIC);
  sqlite3_bind_blob (insert, 3, g_bytes_get_data (photo->thumbnail, NULL), g_bytes_get_size (photo->thumbnail),
                     SQLITE_STATIC);
  sqlite3_bind_int (insert, 4, photo->width);
  sqlite3_bind_int (insert, 5, photo->height);
  sqlite3_bind_blob (insert, 6, g_bytes_get_data (photo->print, NULL), g_bytes_get_size (photo->print), SQLITE_STATIC);
  sqlite3_bind_int (insert, 7, photo->print_width);
  sqlite3_bind_int (insert, 8, photo->print_height);
  if (!run (import, insert, error))
    return NULL;

  g_hash_table_insert (import->photos, g_strdup (sha256), g_strdup (photo->sha256));
  return g_hash_table_lookup (import->photos, sha256);
}

static gboolean
insert_record (Import        *import,
               Merge         *merge,
               sqlite3_stmt  *row,
               GError       **error)
{
  gint64 extra = sqlite3_column_int64 (row, P_EXTRA (merge) - 1);

  bind_row (merge, merge->insert, row);
  if (merge->index == QZ_RECORD_ASSESSMENT)
    sqlite3_bind_int64 (merge->insert, P_EXTRA (merge),
                        *(gint64 *) g_hash_table_lookup (import->framework_ids, &extra));
  else if (merge->index == QZ_RECORD_EVIDENCE)
    {
      const char *photo = import_photo (import, (const char *) sqlite3_column_text (row, P_EXTRA (merge) - 1),
                                        error);

      if (photo == NULL)
        return FALSE;
      sqlite3_bind_text (merge->insert, P_EXTRA (merge), photo, -1, SQLITE_TRANSIENT);
    }
  return run (import, merge->insert, error);
}

static void
count (Import   *import,
       guint     index,
       gboolean  is_new,
       gboolean  changed)
{
  QzExchangeSummary *summary = import->summary;

  if (index == QZ_RECORD_ENTERPRISE)
    *(is_new ? &summary->enterprises_new : changed ? &summary->enterprises_updated
                                                   : &summary->enterprises_unchanged) += 1;
  else if (index == QZ_RECORD_ASSESSMENT)
    *(is_new ? &summary->assessments_new : changed ? &summary->assessments_updated
                                                   : &summary->assessments_unchanged) += 1;
  else if (changed || is_new)
    *(index == QZ_RECORD_ANSWER ? &summary->answers_updated : &summary->others_updated) += 1;
}

static gboolean
set_version (Import      *import,
             Merge       *merge,
             const char  *record,
             const char  *version,
             GError     **error)
{
  sqlite3_reset (merge->set_version);
  sqlite3_bind_text (merge->set_version, 1, record, -1, SQLITE_STATIC);
  sqlite3_bind_text (merge->set_version, 2, version, -1, SQLITE_STATIC);
  return run (import, merge->set_version, error);
}

/* A conflict kept for @record is settled once @version has seen it. */
static gboolean
settle_conflict (Import      *import,
                 Merge       *merge,
                 const char  *record,
                 const char  *version,
                 GError     **error)
{
  g_autofree char *theirs = lookup (merge->conflict_version, record, FALSE);
  QzVersionOrder order;

  if (theirs == NULL)
    return TRUE;
  order = qz_version_compare (theirs, version);
  if (order != QZ_VERSION_BEFORE && order != QZ_VERSION_EQUAL)
    return TRUE;
  sqlite3_reset (merge->drop_conflict);
  sqlite3_bind_text (merge->drop_conflict, 1, record, -1, SQLITE_STATIC);
  return run (import, merge->drop_conflict, error);
}

static gboolean
merge_row (Import        *import,
           Merge         *merge,
           sqlite3_stmt  *row,
           GError       **error)
{
  g_autofree char *record = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *mine = NULL;
  g_autofree char *content = NULL;
  g_autofree char *their_content = NULL;
  g_autofree char *merged = NULL;
  QzVersionOrder order;

  if (!qz_exchange_check_row (import, merge->index, row, error))
    return FALSE;

  record = qz_record_key (merge->index, (const char *) sqlite3_column_text (row, 0),
                          (const char *) sqlite3_column_text (row, 1));
  theirs = lookup (merge->file_version, record, FALSE);
  if (theirs == NULL)
    theirs = g_strdup ("");
  if (!qz_version_is_valid (theirs))
    return qz_exchange_set_invalid (import, error, _("the version of “%s” is not valid"), record);

  /* A record with a version is here: what this side has seen decides
   * first, and most records of a file imported before are seen. */
  mine = lookup (merge->version, record, FALSE);
  order = qz_version_compare (theirs, mine ? mine : "");
  if (mine != NULL && (order == QZ_VERSION_EQUAL || order == QZ_VERSION_BEFORE))
    {
      count (import, merge->index, FALSE, FALSE);
      return TRUE;
    }

  content = lookup (merge->content, record, TRUE);
  if (content == NULL)
    {
      count (import, merge->index, TRUE, FALSE);
      return insert_record (import, merge, row, error) &&
             (*theirs == '\0' || set_version (import, merge, record, theirs, error));
    }
  if (order == QZ_VERSION_EQUAL || order == QZ_VERSION_BEFORE)
    {
      count (import, merge->index, FALSE, FALSE);
      return TRUE;
    }

  their_content = lookup (merge->file_content, record, TRUE);
  if (order == QZ_VERSION_AFTER)
    {
      count (import, merge->index, FALSE, g_strcmp0 (content, their_content) != 0);
      bind_row (merge, merge->update, row);
      return run (import, merge->update, error) && set_version (import, merge, record, theirs, error) &&
             settle_conflict (import, merge, record, theirs, error);
    }

  /* Changed on both sides: the same change is no conflict. */
  if (g_strcmp0 (content, their_content) == 0)
    {
      merged = qz_version_merge (mine, theirs);
      count (import, merge->index, FALSE, FALSE);
      return set_version (import, merge, record, merged, error) &&
             settle_conflict (import, merge, record, merged, error);
    }

  import->summary->conflicts++;
  bind_row (merge, merge->conflict, row);
  sqlite3_bind_text (merge->conflict, P_RECORD (merge), record, -1, SQLITE_STATIC);
  sqlite3_bind_text (merge->conflict, P_VERSION (merge), theirs, -1, SQLITE_STATIC);
  sqlite3_bind_text (merge->conflict, P_AUTHOR (merge), import->summary->author, -1, SQLITE_STATIC);
  return run (import, merge->conflict, error);
}

static gboolean
merge_kind (Import  *import,
            guint    index,
            GError **error)
{
  Merge merge = { NULL, };
  gboolean ok;
  int rc = SQLITE_DONE;

  ok = merge_prepare (import, index, &merge, error);
  while (ok && (rc = sqlite3_step (merge.rows)) == SQLITE_ROW)
    ok = merge_row (import, &merge, merge.rows, error);
  if (ok && rc != SQLITE_DONE)
    ok = qz_exchange_set_file_error (import, error);
  merge_clear (&merge);
  return ok;
}

/* The history travels with the records, each change once. */
static gboolean
import_history (Import  *import,
                GError **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) peer = NULL;
  sqlite3_stmt *rows = NULL;
  gboolean ok = TRUE;
  int rc;

  insert = qz_database_prepare (import->database,
                                "INSERT INTO change (uuid, record, old, new, at, origin, author, base, vv)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING", error);
  peer = qz_database_prepare (import->database,
                              "INSERT INTO peer (origin, author) VALUES (?1, ?2)"
                              " ON CONFLICT (origin) DO UPDATE SET author = ?2", error);
  if (insert == NULL || peer == NULL)
    return FALSE;

  sqlite3_prepare_v2 (import->file, "SELECT uuid, record, old, new, at, origin, author, base, vv FROM change",
                      -1, &rows, NULL);
  while (ok && (rc = sqlite3_step (rows)) == SQLITE_ROW)
    {
      ok = qz_exchange_check_values (import, rows, 9, error);
      if (ok && (!qz_version_is_valid ((const char *) sqlite3_column_text (rows, 8)) ||
                 qz_record_kind_of_key ((const char *) sqlite3_column_text (rows, 1)) == NULL))
        ok = qz_exchange_set_invalid (import, error, _("its history is not valid"));
      sqlite3_reset (insert);
      for (int i = 0; ok && i < 9; i++)
        sqlite3_bind_value (insert, i + 1, sqlite3_column_value (rows, i));
      ok = ok && run (import, insert, error);
    }
  if (ok && rc != SQLITE_DONE)
    ok = qz_exchange_set_file_error (import, error);
  sqlite3_finalize (rows);

  /* Who the exporting laptop belongs to, for the history's words. */
  if (ok && g_strcmp0 (import->summary->origin, qz_database_get_origin (import->database)) != 0)
    {
      sqlite3_bind_text (peer, 1, import->summary->origin, -1, SQLITE_STATIC);
      sqlite3_bind_text (peer, 2, import->summary->author, -1, SQLITE_STATIC);
      ok = run (import, peer, error);
    }
  return ok;
}

static const guint merge_order[] = {
  QZ_RECORD_ENTERPRISE, QZ_RECORD_CONTACT, QZ_RECORD_ASSESSMENT, QZ_RECORD_ANSWER,
  QZ_RECORD_PLAN_ITEM, QZ_RECORD_EVIDENCE,
};

void
qz_exchange_summary_free (QzExchangeSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->origin);
  g_free (summary->author);
  g_free (summary->qizhen_version);
  g_free (summary);
}

/**
 * qz_exchange_import:
 * @database: the user's #QzDatabase
 * @path: an exchange file, from anywhere
 * @preview_only: whether to say what would happen and write nothing
 * @error: return location for a #QzDatabaseError
 *
 * Checks the file and merges it in one transaction: all or nothing. A file
 * that fails a check is refused with a message that says what is wrong,
 * and the database is left as it was.
 *
 * Returns: (transfer full): what the import did (or would do), or %NULL
 *   with @error set
 */
QzExchangeSummary *
qz_exchange_import (QzDatabase  *database,
                    const char  *path,
                    gboolean     preview_only,
                    GError     **error)
{
  g_autoptr(QzExchangeSummary) summary = g_new0 (QzExchangeSummary, 1);
  Import import = { database, NULL, path, NULL, NULL, NULL, summary };
  gboolean ok;

  g_return_val_if_fail (QZ_IS_DATABASE (database), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  import.file = qz_exchange_file_open (path, error);
  if (import.file == NULL)
    return NULL;
  import.frameworks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  import.framework_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  import.photos = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  ok = qz_exchange_read_manifest (&import, error) && qz_exchange_check_counts (&import, error) &&
       qz_database_begin (database, error);
  if (ok)
    {
      ok = qz_exchange_import_frameworks (&import, error);
      for (guint i = 0; ok && i < G_N_ELEMENTS (merge_order); i++)
        ok = merge_kind (&import, merge_order[i], error);
      ok = ok && import_history (&import, error);
      if (preview_only)
        qz_database_rollback (database);
      else
        ok = qz_database_end (database, ok, error);
    }

  g_hash_table_unref (import.frameworks);
  g_hash_table_unref (import.framework_ids);
  g_hash_table_unref (import.photos);
  sqlite3_close (import.file);
  return ok ? g_steal_pointer (&summary) : NULL;
}
