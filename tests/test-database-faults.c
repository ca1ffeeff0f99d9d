/* test-database-faults.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the user reads when the disk fails Qizhen: a full disk, a folder
 * that cannot be written, a file in use, a failing disk. A VFS over the
 * system's makes the failures that the tests, run as the superuser on a
 * roomy disk, could not meet for real.
 */

#include <errno.h>
#include <glib/gstdio.h>

#include "qz-database.h"
#include "qz-database-private.h"
#include "qz-test-utils.h"

/* The failure to inject; all zero for none. */
static struct
{
  int open_flags;    /* opening a file of these SQLITE_OPEN_* kinds fails */
  int open_errno;
  int write_rc;      /* writing fails with this result code */
  int shm_errno;     /* growing the shared memory fails */
  int last_errno;    /* what xGetLastError reports after a failure */
} faults;

static sqlite3_vfs *system_vfs;
static sqlite3_vfs faulty_vfs;
/* The system's VFS has several tables of methods (locking or not): each
 * gets its faulty copy. */
#define N_METHODS 8
static const sqlite3_io_methods *system_methods[N_METHODS];
static sqlite3_io_methods faulty_methods[N_METHODS];

static const sqlite3_io_methods *
system_methods_of (sqlite3_file *file)
{
  for (guint i = 0; i < N_METHODS; i++)
    if (file->pMethods == &faulty_methods[i])
      return system_methods[i];
  g_assert_not_reached ();
}

static int
faulty_write (sqlite3_file  *file,
              const void    *buffer,
              int            amount,
              sqlite3_int64  offset)
{
  if (faults.write_rc != 0)
    return faults.write_rc;
  return system_methods_of (file)->xWrite (file, buffer, amount, offset);
}

static int
faulty_shm_map (sqlite3_file  *file,
                int            region,
                int            size,
                int            extend,
                void volatile **pointer)
{
  if (faults.shm_errno != 0)
    {
      faults.last_errno = faults.shm_errno;
      return SQLITE_IOERR_SHMSIZE;
    }
  return system_methods_of (file)->xShmMap (file, region, size, extend, pointer);
}

static int
faulty_open (sqlite3_vfs  *vfs,
             const char   *name,
             sqlite3_file *file,
             int           flags,
             int          *out_flags)
{
  int rc;

  if (faults.open_errno != 0 && (flags & faults.open_flags) != 0)
    {
      faults.last_errno = faults.open_errno;
      file->pMethods = NULL;
      return SQLITE_CANTOPEN;
    }

  rc = system_vfs->xOpen (system_vfs, name, file, flags, out_flags);
  if (rc == SQLITE_OK && file->pMethods != NULL)
    {
      guint i = 0;

      while (i < N_METHODS && system_methods[i] != NULL && system_methods[i] != file->pMethods)
        i++;
      g_assert_cmpuint (i, <, N_METHODS);
      if (system_methods[i] == NULL)
        {
          system_methods[i] = file->pMethods;
          faulty_methods[i] = *file->pMethods;
          faulty_methods[i].xWrite = faulty_write;
          faulty_methods[i].xShmMap = faulty_shm_map;
        }
      file->pMethods = &faulty_methods[i];
    }
  return rc;
}

static int
faulty_get_last_error (sqlite3_vfs *vfs,
                       int          size,
                       char        *buffer)
{
  if (faults.last_errno != 0)
    return faults.last_errno;
  return system_vfs->xGetLastError (system_vfs, size, buffer);
}

static void
install_faulty_vfs (void)
{
  system_vfs = sqlite3_vfs_find (NULL);
  faulty_vfs = *system_vfs;
  faulty_vfs.zName = "qz-faulty";
  faulty_vfs.pNext = NULL;
  faulty_vfs.xOpen = faulty_open;
  faulty_vfs.xGetLastError = faulty_get_last_error;
  g_assert_cmpint (sqlite3_vfs_register (&faulty_vfs, 1), ==, SQLITE_OK);
}

static void
set_up (QzTestData    *fixture,
        gconstpointer  data)
{
  memset (&faults, 0, sizeof faults);
  qz_test_data_set_up (fixture, data);
}

/* The message names the file and says what to do. */
static void
assert_message (const GError *error,
                const char   *path,
                const char   *advice)
{
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, advice));
  g_assert_null (strstr (error->message, "disk I/O error"));
  g_assert_null (strstr (error->message, "unable to open"));
}

/* A full disk met as start-up switches a new file to WAL: SQLite calls it
 * an I/O error, the user reads that the disk is full. */
static void
test_full_at_start (QzTestData    *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = NULL;

  faults.shm_errno = ENOSPC;
  database = qz_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FULL);
  assert_message (error, fixture->path, "Free some space");
}

/* A full disk met by an edit: the edit is refused, with the same advice. */
static void
test_full_on_edit (QzTestData    *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = qz_database_open (fixture->path, &error);
  g_autoptr(QzEnterpriseStore) store = qz_enterprise_store_new (database, &error);

  g_assert_no_error (error);
  faults.write_rc = SQLITE_FULL;
  g_assert_null (qz_enterprise_store_create (store, "永嘉泵阀厂", &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FULL);
  assert_message (error, fixture->path, "Free some space");

  /* Room again: the next edit is stored. */
  faults.write_rc = 0;
  g_clear_error (&error);
  g_assert_nonnull (qz_enterprise_store_create (store, "永嘉泵阀厂", &error));
  g_assert_no_error (error);
}

/* A folder that cannot be written: no new file in it, nor the WAL beside
 * an existing one. */
static void
test_folder_read_only (QzTestData    *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = NULL;
  g_autofree char *origin = NULL;

  faults.open_flags = SQLITE_OPEN_MAIN_DB;
  faults.open_errno = EACCES;
  database = qz_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_READ_ONLY);
  assert_message (error, fixture->path, "permissions");
  g_clear_error (&error);

  memset (&faults, 0, sizeof faults);
  database = qz_database_open (fixture->path, &error);
  g_assert_no_error (error);
  origin = g_strdup (qz_database_get_origin (database));
  g_clear_object (&database);
  qz_test_sqlite_exec (fixture->path, "PRAGMA journal_mode = DELETE;");

  faults.open_flags = SQLITE_OPEN_WAL;
  faults.open_errno = EROFS;
  database = qz_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_READ_ONLY);
  assert_message (error, fixture->path, "read-only");

  /* Once the folder can be written again, the file opens as it was. */
  memset (&faults, 0, sizeof faults);
  g_clear_error (&error);
  database = qz_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qz_database_get_origin (database), ==, origin);
}

/* A missing disk or folder, whatever the cause, is named with its reason. */
static void
test_cannot_open (QzTestData    *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = NULL;

  faults.open_flags = SQLITE_OPEN_MAIN_DB;
  faults.open_errno = ENODEV;
  database = qz_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CANNOT_OPEN);
  assert_message (error, fixture->path, g_strerror (ENODEV));
  g_assert_nonnull (strstr (error->message, "Check that the disk"));
}

/* A failing disk: an I/O error that is neither full nor denied. */
static void
test_io_error (QzTestData    *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = NULL;

  faults.shm_errno = EIO;
  database = qz_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FAILED);
  assert_message (error, fixture->path, "restore it from a backup");
  g_assert_nonnull (strstr (error->message, g_strerror (EIO)));
}

/* Another program holds the write lock: the edit says the file is in use. */
static void
test_busy (QzTestData    *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = qz_database_open (fixture->path, &error);
  sqlite3 *other = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (qz_database_begin (database, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_BUSY);
  assert_message (error, fixture->path, "Close other copies of Qizhen");

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  g_clear_error (&error);
  g_assert_true (qz_database_begin (database, &error));
  g_assert_true (qz_database_commit (database, &error));
}

/* Not a database at all, and a damaged one: each says to restore. */
static void
test_not_a_database (QzTestData    *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = NULL;
  char text[4096];

  memset (text, 'x', sizeof text);
  g_assert_true (g_file_set_contents (fixture->path, text, sizeof text, NULL));
  database = qz_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT);
  assert_message (error, fixture->path, "restore it from a backup");
  g_assert_null (strstr (error->message, "file is not a database"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  install_faulty_vfs ();

#define ADD(path, func) \
  g_test_add (path, QzTestData, NULL, set_up, func, qz_test_data_tear_down)

  ADD ("/qz/database-faults/full-at-start", test_full_at_start);
  ADD ("/qz/database-faults/full-on-edit", test_full_on_edit);
  ADD ("/qz/database-faults/folder-read-only", test_folder_read_only);
  ADD ("/qz/database-faults/cannot-open", test_cannot_open);
  ADD ("/qz/database-faults/io-error", test_io_error);
  ADD ("/qz/database-faults/busy", test_busy);
  ADD ("/qz/database-faults/not-a-database", test_not_a_database);

#undef ADD

  return g_test_run ();
}
