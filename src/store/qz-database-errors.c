/* qz-database-errors.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What SQLite's result codes mean to the user: what happened to which
 * file, and what to do about it.
 */

#define G_LOG_DOMAIN "qz-database"

#include "qz-config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>

#include "qz-database-private.h"

/* SQLite reports a full disk met while growing its shared memory, or
 * writing past the end, as an I/O error: the system's errno says more. */
static gboolean
errno_is_full (int system_errno)
{
  return system_errno == ENOSPC
#ifdef EDQUOT
         || system_errno == EDQUOT
#endif
         || system_errno == EFBIG;
}

static gboolean
errno_is_denied (int system_errno)
{
  return system_errno == EACCES || system_errno == EPERM || system_errno == EROFS;
}

static void
set_full (const char  *path,
          GError     **error)
{
  g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FULL,
               _("The disk holding “%s” is full, so Qizhen could not write to it. Free some space (empty the trash, move large files away), then try again."),
               path);
}

static void
set_denied (const char  *path,
            GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);

  g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_READ_ONLY,
               _("“%s” cannot be written. Qizhen needs to write the file and to create files beside it in the folder “%s”: check the permissions of both, and whether the disk is read-only."),
               path, folder);
}

/**
 * qz_database_set_sqlite_error:
 * @path: the database file
 * @db: (nullable): the connection that failed, for details
 * @rc: the extended result code
 * @error: return location for a #QzDatabaseError
 *
 * Sets @error to a message that names @path, says what happened and what
 * to do.
 *
 * Returns: %FALSE, for `return qz_database_set_sqlite_error (…)`
 */
gboolean
qz_database_set_sqlite_error (const char  *path,
                              sqlite3     *db,
                              int          rc,
                              GError     **error)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  int system_errno = db != NULL ? sqlite3_system_errno (db) : 0;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      set_full (path, error);
      break;

    case SQLITE_READONLY:
      set_denied (path, error);
      break;

    case SQLITE_IOERR:
      if (errno_is_full (system_errno))
        set_full (path, error);
      else if (errno_is_denied (system_errno))
        set_denied (path, error);
      else
        g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FAILED,
                     _("Reading or writing “%s” failed (%s). The disk may have been removed or be failing: check it, then try again. If it happens again, copy the file aside and restore it from a backup."),
                     path, system_errno != 0 ? g_strerror (system_errno) : detail);
      break;

    case SQLITE_CORRUPT:
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s). Close Qizhen, copy the file aside, and restore it from a backup."),
                   path, detail);
      break;

    case SQLITE_NOTADB:
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT,
                   _("“%s” is not a database, or its beginning is damaged. Move it aside and restore it from a backup; without a file, Qizhen starts a new, empty database."),
                   path);
      break;

    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      if (errno_is_denied (system_errno))
        set_denied (path, error);
      else if (errno_is_full (system_errno))
        set_full (path, error);
      else
        g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CANNOT_OPEN,
                     _("“%s” cannot be opened (%s). Check that the disk holding it is there and that its folder exists."),
                     path, system_errno != 0 ? g_strerror (system_errno) : detail);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_BUSY,
                   _("“%s” is in use by another program, which holds it locked. Close other copies of Qizhen and any program that may have the file open, then try again."),
                   path);
      break;

    default:
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FAILED,
                   _("The database “%s” reported an error: %s"),
                   path, detail);
      break;
    }

  return FALSE;
}
