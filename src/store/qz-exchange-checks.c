/* qz-exchange-checks.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What an exchange file's rows must be before any is merged: the checks
 * typed input gets, the strict loader for frameworks, limits on counts and
 * lengths. The first failure refuses the whole file, naming it.
 */

#define G_LOG_DOMAIN "qz-exchange"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "qz-assessment.h"
#include "qz-column-private.h"
#include "qz-exchange-import-private.h"
#include "qz-framework-loader.h"
#include "qz-scoring.h"
#include "qz-uscc.h"

/* A text longer than the stores read back is no note a person typed. */
#define MAX_TEXT QZ_COLUMN_LONG_TEXT
/* More rows of one kind than any team makes. */
#define MAX_ROWS 5000000
#define MAX_FRAMEWORKS 200

gboolean
qz_exchange_set_invalid (Import      *import,
             GError     **error,
             const char  *format,
             ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_INVALID,
               /* Translators: the second %s says what is wrong */
               _("“%s” cannot be imported: %s. Nothing was imported."), import->path, what);
  return FALSE;
}

gboolean
qz_exchange_set_file_error (Import  *import,
                GError **error)
{
  return qz_exchange_set_invalid (import, error, "%s", sqlite3_errmsg (import->file));
}

static char *
file_text (Import     *import,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_prepare_v2 (import->file, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) == SQLITE_TEXT)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static gboolean
check_text (Import      *import,
            const char  *text,
            int          length,
            GError     **error)
{
  if (length > MAX_TEXT)
    return qz_exchange_set_invalid (import, error, _("a text of %d bytes is longer than Qizhen allows"), length);
  if (!g_utf8_validate_len (text, length, NULL))
    return qz_exchange_set_invalid (import, error, _("a text is not valid UTF-8"));
  return TRUE;
}

gboolean
qz_exchange_read_manifest (Import  *import,
               GError **error)
{
  QzExchangeSummary *summary = import->summary;
  g_autofree char *time = file_text (import, "SELECT value FROM manifest WHERE key = 'time'");

  summary->origin = file_text (import, "SELECT value FROM manifest WHERE key = 'origin'");
  summary->author = file_text (import, "SELECT value FROM manifest WHERE key = 'author'");
  summary->qizhen_version = file_text (import, "SELECT value FROM manifest WHERE key = 'qizhen'");
  if (summary->origin == NULL || !g_uuid_string_is_valid (summary->origin) ||
      summary->author == NULL || summary->qizhen_version == NULL || time == NULL)
    return qz_exchange_set_invalid (import, error, _("its manifest is incomplete"));
  summary->time = g_ascii_strtoll (time, NULL, 10);
  return check_text (import, summary->author, strlen (summary->author), error) &&
         check_text (import, summary->qizhen_version, strlen (summary->qizhen_version), error);
}

gboolean
qz_exchange_check_counts (Import  *import,
              GError **error)
{
  static const char *const tables[] = {
    "enterprise", "contact", "assessment", "assessment_event", "answer", "plan_item", "photo",
    "evidence", "version", "change", "peer", "framework",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", tables[i]);
      sqlite3_stmt *stmt = NULL;
      gint64 n = -1;

      if (sqlite3_prepare_v2 (import->file, sql, -1, &stmt, NULL) == SQLITE_OK &&
          sqlite3_step (stmt) == SQLITE_ROW)
        n = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
      if (n < 0 || n > (g_str_equal (tables[i], "framework") ? MAX_FRAMEWORKS : MAX_ROWS))
        return qz_exchange_set_invalid (import, error, _("it holds too many rows of “%s”"), tables[i]);
    }
  return TRUE;
}

/* Each framework through the strict loader, stored when new. */
gboolean
qz_exchange_import_frameworks (Import  *import,
                   GError **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) select = NULL;
  gboolean ok = TRUE;
  int rc;

  insert = qz_database_prepare (import->database,
                                "INSERT INTO framework (framework_id, version, sha256, source, added)"
                                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING", error);
  select = qz_database_prepare (import->database, "SELECT id FROM framework WHERE sha256 = ?", error);
  if (insert == NULL || select == NULL)
    return FALSE;

  sqlite3_prepare_v2 (import->file, "SELECT id, framework_id, source FROM framework", -1, &stmt, NULL);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GBytes) source = g_bytes_new (sqlite3_column_blob (stmt, 2), sqlite3_column_bytes (stmt, 2));
      g_autoptr(GError) local_error = NULL;
      g_autoptr(QzFramework) framework = NULL;
      g_autofree char *sha256 = NULL;
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      gint64 id = sqlite3_column_int64 (stmt, 0);

      framework = qz_framework_load (source, name ? name : "", NULL, &local_error);
      if (framework == NULL)
        {
          ok = qz_exchange_set_invalid (import, error, _("its framework “%s” is not valid (%s)"), name ? name : "",
                            local_error->message);
          break;
        }
      sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, source);
      sqlite3_reset (insert);
      sqlite3_bind_text (insert, 1, qz_framework_get_id (framework), -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 2, qz_framework_get_version (framework), -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 3, sha256, -1, SQLITE_STATIC);
      sqlite3_bind_blob (insert, 4, g_bytes_get_data (source, NULL), g_bytes_get_size (source), SQLITE_STATIC);
      sqlite3_bind_int64 (insert, 5, g_get_real_time ());
      sqlite3_reset (select);
      sqlite3_bind_text (select, 1, sha256, -1, SQLITE_STATIC);
      ok = qz_database_step (import->database, insert, NULL, error) &&
           qz_database_step (import->database, select, NULL, error);
      if (ok)
        {
          g_hash_table_insert (import->framework_ids, g_memdup2 (&id, sizeof id),
                               g_memdup2 (&(gint64) { sqlite3_column_int64 (select, 0) }, sizeof (gint64)));
          g_hash_table_insert (import->frameworks, g_memdup2 (&id, sizeof id), g_steal_pointer (&framework));
        }
    }
  if (ok && rc != SQLITE_DONE)
    ok = qz_exchange_set_file_error (import, error);
  sqlite3_finalize (stmt);
  return ok;
}

/* ---- Checks of a row's values ---- */

gboolean
qz_exchange_check_values (Import        *import,
              sqlite3_stmt  *row,
              int            n,
              GError       **error)
{
  for (int i = 0; i < n; i++)
    {
      int type = sqlite3_column_type (row, i);

      if (type == SQLITE_BLOB)
        return qz_exchange_set_invalid (import, error, _("a value that should be text or a number is binary data"));
      if (type == SQLITE_TEXT &&
          !check_text (import, (const char *) sqlite3_column_text (row, i), sqlite3_column_bytes (row, i), error))
        return FALSE;
      if (type == SQLITE_FLOAT && !isfinite (sqlite3_column_double (row, i)))
        return qz_exchange_set_invalid (import, error, _("a number is not finite"));
    }
  if (sqlite3_column_type (row, 0) != SQLITE_TEXT || sqlite3_column_bytes (row, 0) > 64)
    return qz_exchange_set_invalid (import, error, _("a record has no valid identifier"));
  return TRUE;
}

static double
column_double (sqlite3_stmt *row,
               int           column)
{
  return sqlite3_column_type (row, column) == SQLITE_NULL ? NAN : sqlite3_column_double (row, column);
}

/* An answer as qz_assessment_store_save_answer() would check it. */
static gboolean
check_answer (Import        *import,
              sqlite3_stmt  *row,
              GError       **error)
{
  gint64 framework_id = sqlite3_column_int64 (row, sqlite3_column_count (row) - 1);
  QzFramework *framework = g_hash_table_lookup (import->frameworks, &framework_id);
  const char *indicator_id = (const char *) sqlite3_column_text (row, 1);
  const char *options = (const char *) sqlite3_column_text (row, 3);
  const QzIndicator *indicator;
  g_autoptr(QzAnswer) answer = qz_answer_new ();
  g_autoptr(GError) local_error = NULL;

  indicator = framework ? qz_framework_find_indicator (framework, indicator_id ? indicator_id : "") : NULL;
  if (indicator == NULL)
    return qz_exchange_set_invalid (import, error, _("it answers the indicator “%s”, which its framework lacks"),
                        indicator_id ? indicator_id : "");

  /* Columns from ?3 on: na, options, value, numerator, denominator, grade, note, flagged, note_internal. */
  answer->na = sqlite3_column_int (row, 2);
  answer->options = options ? g_strsplit (options, " ", -1) : NULL;
  answer->value = column_double (row, 4);
  answer->numerator = column_double (row, 5);
  answer->denominator = column_double (row, 6);
  answer->grade = sqlite3_column_type (row, 7) == SQLITE_NULL ? -1 : sqlite3_column_int (row, 7);
  answer->note = g_strdup ((const char *) sqlite3_column_text (row, 8));
  answer->flagged = sqlite3_column_int (row, 9);
  answer->note_internal = sqlite3_column_type (row, 10) == SQLITE_NULL ? -1 : sqlite3_column_int (row, 10);
  if (!qz_answer_check (answer, framework, indicator, &local_error))
    return qz_exchange_set_invalid (import, error, _("its answer to “%s” is not valid (%s)"), indicator_id,
                        local_error->message);
  return TRUE;
}

gboolean
qz_exchange_check_row (Import        *import,
           guint          kind,
           sqlite3_stmt  *row,
           GError       **error)
{
  const char *text;

  if (!qz_exchange_check_values (import, row, sqlite3_column_count (row), error))
    return FALSE;

  switch (kind)
    {
    case QZ_RECORD_ENTERPRISE:
      text = (const char *) sqlite3_column_text (row, 2);
      if (text == NULL || *text == '\0')
        return qz_exchange_set_invalid (import, error, _("an enterprise has no name"));
      text = (const char *) sqlite3_column_text (row, 3);
      if (text != NULL && *text != '\0' && !qz_uscc_validate (text, NULL))
        return qz_exchange_set_invalid (import, error, _("“%s” is not a valid unified social credit code"), text);
      return TRUE;
    case QZ_RECORD_ASSESSMENT:
      text = (const char *) sqlite3_column_text (row, 2);
      if (!qz_date_is_valid (text ? text : ""))
        return qz_exchange_set_invalid (import, error, _("an assessment has no valid visit date"));
      if (!g_hash_table_contains (import->framework_ids,
                                  &(gint64) { sqlite3_column_int64 (row, sqlite3_column_count (row) - 1) }))
        return qz_exchange_set_invalid (import, error, _("an assessment’s framework is missing"));
      return TRUE;
    case QZ_RECORD_ANSWER:
      return check_answer (import, row, error);
    default:
      return TRUE;
    }
}
