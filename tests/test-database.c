/* test-database.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "qz-database.h"
#include "qz-enterprise-store.h"
#include "qz-database-private.h"
#include "qz-test-utils.h"


static gint64
read_int (QzDatabase *database,
          const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (database, sql, &error);
  gboolean has_row;

  g_assert_no_error (error);
  g_assert_true (qz_database_step (database, stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

/* Opening must fail with @code and leave the file exactly as it was. */
static void
assert_refused (const char      *path,
                QzDatabaseError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = qz_test_read_file (path);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *sum_before = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, before);
  g_autofree char *sum_after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  gboolean had_wal = g_file_test (wal, G_FILE_TEST_EXISTS);
  g_autoptr(QzDatabase) database = qz_database_open (path, &error);

  g_assert_null (database);
  g_assert_error (error, QZ_DATABASE_ERROR, (int) code);
  /* The message names the file, for the error page. */
  g_assert_nonnull (strstr (error->message, path));

  after = qz_test_read_file (path);
  sum_after = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, after);
  g_assert_cmpstr (sum_before, ==, sum_after);
  if (!had_wal)
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

/* A file refused by the read-only opening, as the command line's, too. */
static void
assert_refused_read_only (const char      *path,
                          QzDatabaseError  code,
                          const char      *named)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = qz_database_open_read_only (path, &error);

  g_assert_null (database);
  g_assert_error (error, QZ_DATABASE_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, path));
  if (named != NULL)
    g_assert_nonnull (strstr (error->message, named));
}

static void
test_create (QzTestData    *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = NULL;
  g_autofree char *nested = g_build_filename (fixture->dir, "a", "b", "qizhen.db", NULL);
  g_autofree char *origin = NULL;

  database = qz_database_open (nested, &error);
  g_assert_no_error (error);
  g_assert_nonnull (database);
  g_assert_cmpstr (qz_database_get_path (database), ==, nested);
  g_assert_true (g_uuid_string_is_valid (qz_database_get_origin (database)));
  g_assert_cmpint (read_int (database, "PRAGMA user_version"), ==, QZ_DATABASE_VERSION);
  g_assert_cmpint (read_int (database, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (read_int (database, "SELECT count(*) FROM enterprise"), ==, 0);
  origin = g_strdup (qz_database_get_origin (database));
  g_assert_finalize_object (g_steal_pointer (&database));

  /* Reopening keeps the same origin: it identifies this database. */
  database = qz_database_open (nested, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qz_database_get_origin (database), ==, origin);
}

static void
test_memory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = qz_database_open (":memory:", &error);

  g_assert_no_error (error);
  g_assert_cmpint (read_int (database, "PRAGMA user_version"), ==, QZ_DATABASE_VERSION);
}

static void
test_migrate_version_0 (QzTestData    *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = NULL;

  /* A version-0 file: a valid SQLite database with no schema yet. */
  qz_test_sqlite_exec (fixture->path, "PRAGMA user_version = 0; VACUUM;");
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));

  database = qz_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (read_int (database, "PRAGMA user_version"), ==, QZ_DATABASE_VERSION);
  g_assert_cmpint (read_int (database, "SELECT count(*) FROM enterprise"), ==, 0);
  g_assert_cmpint (read_int (database, "SELECT count(*) FROM meta WHERE key = 'origin'"), ==, 1);
}

/* A file left by the first release, with two enterprises, gains every
 * later table and keeps its enterprises, contact and origin. */
static void
test_migrate_version_1 (QzTestData    *fixture,
                        gconstpointer  data)
{
  g_autofree char *sql_path = g_test_build_filename (G_TEST_DIST, "databases", "version-1.sql", NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = NULL;

  g_assert_true (g_file_get_contents (sql_path, &sql, NULL, NULL));
  qz_test_sqlite_exec (fixture->path, sql);

  database = qz_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (read_int (database, "PRAGMA user_version"), ==, QZ_DATABASE_VERSION);
  g_assert_cmpstr (qz_database_get_origin (database), ==, "8a1c3f52-5b1e-4c55-9d0e-2f3b4c5d6e7f");
  g_assert_cmpint (read_int (database, "SELECT employees FROM enterprise WHERE name = '永嘉泵阀厂'"), ==, 180);
  g_assert_cmpint (read_int (database, "SELECT count(*) FROM assessment"), ==, 0);
  g_assert_cmpint (read_int (database, "SELECT count(*) FROM answer"), ==, 0);
  g_assert_cmpint (read_int (database, "SELECT count(*) FROM evidence"), ==, 0);

  /* The contact each enterprise had becomes its first contact, with a UUID
   * of its own; an enterprise without one gets none. Notes start internal. */
  g_assert_cmpint (read_int (database, "SELECT count(*) FROM contact"), ==, 1);
  g_assert_cmpint (read_int (database, "SELECT count(*) FROM contact c JOIN enterprise e ON e.id = c.enterprise"
                                       " WHERE e.name = '乐清开关厂' AND c.name = '陈经理'"
                                       " AND c.mobile = '13800000000' AND c.position = 0"
                                       " AND length (c.uuid) = 36 AND c.origin = e.origin"), ==, 1);
  g_assert_cmpint (read_int (database, "SELECT count(*) FROM enterprise WHERE notes_internal = 1"), ==, 2);
  g_assert_cmpint (read_int (database, "SELECT count(*) FROM assessment_event"), ==, 0);

  /* Levels are kept from schema 6 on: none is known yet, and answers
   * written later mark their assessment's level unknown. */
  g_assert_cmpint (read_int (database, "SELECT count(*) FROM framework_level"), ==, 0);
  g_assert_cmpint (read_int (database, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                       " AND tbl_name = 'answer'"), ==, 3);
}

static void
test_empty_file (QzTestData    *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = NULL;

  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  database = qz_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (read_int (database, "PRAGMA user_version"), ==, QZ_DATABASE_VERSION);
}

static void
test_newer_refused (QzTestData    *fixture,
                    gconstpointer  data)
{
  g_autoptr(QzDatabase) database = qz_database_open (fixture->path, NULL);

  g_assert_nonnull (database);
  g_clear_object (&database);

  qz_test_sqlite_exec (fixture->path,
                       "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
  assert_refused (fixture->path, QZ_DATABASE_ERROR_TOO_NEW);
}

/* A newer file with a WAL left behind by a crash: refusing it must not
 * checkpoint the WAL into it on close. */
static void
test_newer_with_wal_refused (QzTestData    *fixture,
                             gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (fixture->dir, "crashed", NULL);
  g_autofree char *copy = g_build_filename (dir, "qizhen.db", NULL);
  g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autoptr(GBytes) wal_before = NULL;
  g_autoptr(GBytes) wal_after = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA application_id = 1366967362;"
                                     "CREATE TABLE t (x); INSERT INTO t VALUES (1); PRAGMA user_version = 99;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  /* Copy the files while the connection still holds the WAL, as a crash would leave them. */
  {
    g_autoptr(GBytes) main_bytes = qz_test_read_file (fixture->path);
    wal_before = qz_test_read_file (wal);
    g_assert_cmpuint (g_bytes_get_size (wal_before), >, 0);
    g_assert_true (g_file_set_contents (copy, g_bytes_get_data (main_bytes, NULL), g_bytes_get_size (main_bytes), NULL));
    g_assert_true (g_file_set_contents (copy_wal, g_bytes_get_data (wal_before, NULL), g_bytes_get_size (wal_before), NULL));
  }
  sqlite3_close (db);

  assert_refused (copy, QZ_DATABASE_ERROR_TOO_NEW);
  wal_after = qz_test_read_file (copy_wal);
  g_assert_true (g_bytes_equal (wal_before, wal_after));
}

static void
test_read_only_open (QzTestData    *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = qz_database_open (fixture->path, &error);
  g_autofree char *origin = g_strdup (qz_database_get_origin (database));
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "none.db", NULL);

  g_clear_object (&database);
  qz_test_sqlite_exec (fixture->path, "PRAGMA journal_mode = DELETE;");
  before = qz_test_read_file (fixture->path);

  database = qz_database_open_read_only (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qz_database_get_origin (database), ==, origin);
  g_assert_cmpint (read_int (database, "SELECT count(*) FROM enterprise"), ==, 0);
  g_clear_object (&database);
  after = qz_test_read_file (fixture->path);
  g_assert_true (g_bytes_equal (before, after));

  /* Nothing is created. */
  database = qz_database_open_read_only (missing, &error);
  g_assert_null (database);
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CANNOT_OPEN);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* An older schema is not updated behind the user's back. */
  qz_test_sqlite_exec (missing, "VACUUM;");
  before = (g_bytes_unref (before), qz_test_read_file (missing));
  database = qz_database_open_read_only (missing, &error);
  g_assert_null (database);
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FAILED);
  g_clear_pointer (&after, g_bytes_unref);
  after = qz_test_read_file (missing);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_corrupt_refused (QzTestData    *fixture,
                      gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4754);
  guint8 garbage[8192];
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (fixture->path, (const char *) garbage, sizeof garbage, NULL));

  assert_refused (fixture->path, QZ_DATABASE_ERROR_CORRUPT);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_damaged_header_refused (QzTestData    *fixture,
                             gconstpointer  data)
{
  g_autoptr(QzDatabase) database = qz_database_open (fixture->path, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree guint8 *copy = NULL;
  gsize size;

  g_assert_nonnull (database);
  g_clear_object (&database);
  qz_test_sqlite_exec (fixture->path, "PRAGMA journal_mode = DELETE;");

  /* Keep the size but wreck the header's magic string. */
  bytes = qz_test_read_file (fixture->path);
  copy = g_memdup2 (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));
  memcpy (copy, "Not a database!", 15);
  g_assert_true (g_file_set_contents (fixture->path, (const char *) copy, size, NULL));

  assert_refused (fixture->path, QZ_DATABASE_ERROR_CORRUPT);
}

static void
test_foreign_refused (QzTestData    *fixture,
                      gconstpointer  data)
{
  qz_test_sqlite_exec (fixture->path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x');");
  assert_refused (fixture->path, QZ_DATABASE_ERROR_NOT_QIZHEN);

  qz_test_sqlite_exec (fixture->path, "DROP TABLE notes; PRAGMA application_id = 1234;");
  assert_refused (fixture->path, QZ_DATABASE_ERROR_NOT_QIZHEN);
}

/* An empty SQLite file that another program numbered 1 or 2 is not an
 * older Qizhen database: refused as foreign before anything is written
 * (no switch to WAL). */
static void
test_numbered_empty_refused (QzTestData    *fixture,
                             gconstpointer  data)
{
  for (int version = 1; version <= 2; version++)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d; VACUUM;", version);
      g_autoptr(GError) error = NULL;
      g_autoptr(QzDatabase) database = NULL;

      g_assert_cmpint (g_remove (fixture->path) == 0 || errno == ENOENT, ==, TRUE);
      qz_test_sqlite_exec (fixture->path, sql);
      assert_refused (fixture->path, QZ_DATABASE_ERROR_NOT_QIZHEN);
      assert_refused_read_only (fixture->path, QZ_DATABASE_ERROR_NOT_QIZHEN, NULL);

      database = qz_database_open (fixture->path, &error);
      g_assert_null (strstr (error->message, "older"));
    }
}

/* A database of ours into which another program planted a trigger or a
 * view: refused by name, the file untouched. */
static void
test_planted_objects_refused (QzTestData    *fixture,
                              gconstpointer  data)
{
  static const struct { const char *sql; const char *name; QzDatabaseError code; } cases[] = {
    { "CREATE TRIGGER rewrite_notes AFTER UPDATE ON enterprise"
      " BEGIN UPDATE answer SET note = 'x'; END;", "rewrite_notes", QZ_DATABASE_ERROR_NOT_QIZHEN },
    { "CREATE VIEW every_contact AS SELECT * FROM contact;", "every_contact", QZ_DATABASE_ERROR_NOT_QIZHEN },
    { "CREATE TABLE extra (x);", "extra", QZ_DATABASE_ERROR_NOT_QIZHEN },
    { "DROP INDEX contact_by_enterprise;", "contact_by_enterprise", QZ_DATABASE_ERROR_CORRUPT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(QzDatabase) database = NULL;
      g_autoptr(GError) error = NULL;

      qz_test_sqlite_exec (fixture->path, "PRAGMA journal_mode = DELETE;");
      g_assert_cmpint (g_remove (fixture->path), ==, 0);
      database = qz_database_open (fixture->path, &error);
      g_assert_no_error (error);
      g_clear_object (&database);
      qz_test_sqlite_exec (fixture->path, "PRAGMA journal_mode = DELETE;");
      qz_test_sqlite_exec (fixture->path, cases[i].sql);

      assert_refused (fixture->path, cases[i].code);
      assert_refused_read_only (fixture->path, cases[i].code, cases[i].name);
      database = qz_database_open (fixture->path, &error);
      g_assert_nonnull (strstr (error->message, cases[i].name));
    }
}

/* SQLite's statistics are not foreign: PRAGMA optimize may add them. */
static void
test_statistics_accepted (QzTestData    *fixture,
                          gconstpointer  data)
{
  g_autoptr(QzDatabase) database = qz_database_open (fixture->path, NULL);
  g_autoptr(GError) error = NULL;

  g_clear_object (&database);
  qz_test_sqlite_exec (fixture->path, "ANALYZE;");
  database = qz_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (read_int (database, "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"), ==, 1);
}

/* The schema cannot be rewritten through SQL, and functions with side
 * effects do not run from the schema. */
static void
test_defensive (QzTestData    *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = qz_database_open (fixture->path, &error);
  g_autoptr(sqlite3_stmt) pragma = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (read_int (database, "PRAGMA trusted_schema"), ==, 0);
  pragma = qz_database_prepare (database, "PRAGMA writable_schema = ON", &error);
  g_assert_no_error (error);
  g_assert_true (qz_database_step (database, pragma, NULL, &error));
  update = qz_database_prepare (database, "UPDATE sqlite_master SET sql = '' WHERE name = 'enterprise'", &error);
  g_assert_null (update);
  g_assert_nonnull (error);
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;

  g_assert_false (qz_database_check_finish (QZ_DATABASE (source), result, error));
}

/* Damage on a page start-up does not read: the file opens, the check
 * finds it, and from then on nothing is written into the file. */
static void
test_damage_stops_writing (QzTestData    *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = qz_database_open (fixture->path, &error);
  g_autoptr(QzEnterpriseStore) store = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

  g_assert_no_error (error);
  g_clear_object (&database);
  qz_test_damage_unread_page (fixture->path);

  /* Start-up itself does not see the damage. */
  database = qz_database_open (fixture->path, &error);
  g_assert_no_error (error);
  store = qz_enterprise_store_new (database, &error);
  g_assert_no_error (error);
  g_assert_null (qz_database_get_damage (database));
  before = qz_test_read_file (fixture->path);

  qz_database_check_async (database, NULL, check_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_assert_nonnull (qz_database_get_damage (database));
  g_clear_error (&error);

  /* An edit is refused with the same message, and the file keeps its bytes. */
  g_assert_null (qz_enterprise_store_create (store, "永嘉泵阀厂", &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_false (qz_database_begin (database, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT);
  g_clear_error (&error);

  g_clear_object (&store);
  g_clear_object (&database);
  after = qz_test_read_file (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_true (!g_file_test (wal, G_FILE_TEST_EXISTS) ||
                 g_bytes_get_size (after = (g_bytes_unref (after), qz_test_read_file (wal))) == 0);
}

/* A sound file passes the check and stays writable. */
static void
test_check_sound (QzTestData    *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = qz_database_open (fixture->path, &error);

  g_assert_true (qz_database_check (database, &error));
  g_assert_no_error (error);
  g_assert_null (qz_database_get_damage (database));
  g_assert_true (qz_database_begin (database, &error));
  g_assert_true (qz_database_commit (database, &error));
}

static void
test_unopenable (QzTestData    *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = NULL;
  g_autofree char *below_file = g_build_filename (fixture->path, "qizhen.db", NULL);

  /* A folder where the file should be. */
  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);
  database = qz_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CANNOT_OPEN);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_clear_error (&error);
  g_assert_cmpint (g_rmdir (fixture->path), ==, 0);

  /* A folder that cannot be made, because a file stands in its way. */
  g_assert_true (g_file_set_contents (fixture->path, "x", 1, NULL));
  database = qz_database_open (below_file, &error);
  g_assert_null (database);
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CANNOT_OPEN);
}

static void
test_read_only (QzTestData    *fixture,
                gconstpointer  data)
{
  g_autoptr(QzDatabase) database = qz_database_open (fixture->path, NULL);

  if (geteuid () == 0)
    {
      g_test_skip ("File permissions do not bind the superuser");
      return;
    }

  g_assert_nonnull (database);
  g_clear_object (&database);
  qz_test_sqlite_exec (fixture->path, "PRAGMA journal_mode = DELETE;");
  g_assert_cmpint (g_chmod (fixture->path, 0400), ==, 0);
  assert_refused (fixture->path, QZ_DATABASE_ERROR_READ_ONLY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, QzTestData, NULL, qz_test_data_set_up, func, qz_test_data_tear_down)

  ADD ("/qz/database/create", test_create);
  g_test_add_func ("/qz/database/memory", test_memory);
  ADD ("/qz/database/migrate-version-0", test_migrate_version_0);
  ADD ("/qz/database/migrate-version-1", test_migrate_version_1);
  ADD ("/qz/database/empty-file", test_empty_file);
  ADD ("/qz/database/newer-refused", test_newer_refused);
  ADD ("/qz/database/newer-with-wal-refused", test_newer_with_wal_refused);
  ADD ("/qz/database/read-only-open", test_read_only_open);
  ADD ("/qz/database/corrupt-refused", test_corrupt_refused);
  ADD ("/qz/database/damaged-header-refused", test_damaged_header_refused);
  ADD ("/qz/database/foreign-refused", test_foreign_refused);
  ADD ("/qz/database/numbered-empty-refused", test_numbered_empty_refused);
  ADD ("/qz/database/planted-objects-refused", test_planted_objects_refused);
  ADD ("/qz/database/statistics-accepted", test_statistics_accepted);
  ADD ("/qz/database/defensive", test_defensive);
  ADD ("/qz/database/damage-stops-writing", test_damage_stops_writing);
  ADD ("/qz/database/check-sound", test_check_sound);
  ADD ("/qz/database/unopenable", test_unopenable);
  ADD ("/qz/database/read-only", test_read_only);

#undef ADD

  return g_test_run ();
}
