/* qz-exchange-file.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens an exchange file, which comes from someone else's machine: read
 * into memory within a size limit, opened read-only with SQLite's
 * defensive mode, no triggers or views, schemas not trusted; then its
 * header, its pages (integrity_check) and its schema, compared with the
 * one Qizhen writes, before any row is read.
 */

#define G_LOG_DOMAIN "qz-exchange"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qz-exchange-private.h"
#include "qz-exchange.h"

/* Larger than any team's cases with their photos. */
#define MAX_FILE_SIZE (512 * 1024 * 1024)
/* The longest value SQLite may return: a photo. */
#define MAX_VALUE_LENGTH (64 * 1024 * 1024)

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gboolean
set_damaged (const char  *path,
             const char  *problem,
             GError     **error)
{
  g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT,
               _("“%s” is damaged (%s), perhaps cut short while it was copied: nothing was imported. Ask for the file again."),
               path, problem);
  return FALSE;
}

static gboolean
check_pages (sqlite3     *db,
             const char  *path,
             GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *problem = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check (1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    problem = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_ROW)
    problem = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);

  return problem == NULL || set_damaged (path, problem, error);
}

static gboolean
check_header (sqlite3     *db,
              const char  *path,
              GError     **error)
{
  gint64 application_id = query_int (db, "PRAGMA application_id");
  gint64 format = query_int (db, "PRAGMA user_version");

  if (application_id != QZ_EXCHANGE_APPLICATION_ID)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_QIZHEN,
                   _("“%s” is not a Qizhen exchange file: it is a database of another kind. Nothing was imported."),
                   path);
      return FALSE;
    }
  if (format > QZ_EXCHANGE_FORMAT || format < 1)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Qizhen (exchange format %d; this version reads up to %d). Update Qizhen to import it."),
                   path, (int) format, QZ_EXCHANGE_FORMAT);
      return FALSE;
    }
  return TRUE;
}

/**
 * qz_exchange_file_open:
 * @path: an exchange file
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full): a read-only connection to the file's copy in
 *   memory, once it passed every check, or %NULL with @error set
 */
sqlite3 *
qz_exchange_file_open (const char  *path,
                       GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3 *db = NULL;
  unsigned char *copy;
  gsize size;
  int rc;

  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CANNOT_OPEN,
                   _("“%s” cannot be read: %s"), path, local_error->message);
      return NULL;
    }
  size = g_mapped_file_get_length (mapped);
  if (size > MAX_FILE_SIZE)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_INVALID,
                   _("“%s” is too large for an exchange file (%s): nothing was imported."),
                   path, g_format_size (size));
      return NULL;
    }
  if (size < 100 || memcmp (g_mapped_file_get_contents (mapped), "SQLite format 3", 16) != 0)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_QIZHEN,
                   _("“%s” is not a Qizhen exchange file. Nothing was imported."), path);
      return NULL;
    }

  /* A copy in memory that nobody else writes while it is checked and read. */
  copy = sqlite3_malloc64 (size);
  rc = copy != NULL ? sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL)
                    : SQLITE_NOMEM;
  if (rc == SQLITE_OK)
    {
      memcpy (copy, g_mapped_file_get_contents (mapped), size);
      rc = sqlite3_deserialize (db, "main", copy, size, size,
                                SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
      copy = NULL;
    }
  sqlite3_free (copy);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FAILED,
                   _("“%s” cannot be opened: %s"), path, sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_limit (db, SQLITE_LIMIT_LENGTH, MAX_VALUE_LENGTH);
  sqlite3_exec (db, "PRAGMA trusted_schema = OFF; PRAGMA query_only = ON", NULL, NULL, NULL);

  if (!check_pages (db, path, error) ||
      !check_header (db, path, error) ||
      !qz_database_check_objects (db, path, qz_exchange_schema_steps (), TRUE, error))
    {
      sqlite3_close (db);
      return NULL;
    }

  return db;
}
