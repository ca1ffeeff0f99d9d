/* test-atomic-file.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How exports reach the disk: whole or not at all, and never into the
 * database, a device or a pipe.
 */

#include <errno.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qz-atomic-file.h"
#include "qz-test-utils.h"

static void
write_file (const char *path,
            const char *text)
{
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
assert_contents (const char *path,
                 const char *text)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, text);
}

static void
assert_refused (const char *target)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (qz_atomic_file_set_contents (target, "PNG", 3, &error));
  g_assert_error (error, QZ_ATOMIC_FILE_ERROR, QZ_ATOMIC_FILE_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, target));
}

/* The database, reached by a link, a hard link or its journal's name, is
 * never replaced; once it is closed, its name is a file like any other. */
static void
test_protected (QzTestData    *fixture,
                gconstpointer  data)
{
  g_autofree char *alias = g_build_filename (fixture->dir, "chart.png", NULL);
  g_autofree char *hard = g_build_filename (fixture->dir, "hard.png", NULL);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  write_file (fixture->path, "database");
  qz_atomic_file_protect (fixture->path);
  before = qz_test_list_dir (folder);

  g_assert_cmpint (symlink (fixture->path, alias), ==, 0);
  assert_refused (alias);
  assert_refused (fixture->path);
  g_assert_cmpint (link (fixture->path, hard), ==, 0);
  assert_refused (hard);
  assert_refused (wal);
  assert_contents (fixture->path, "database");
  g_assert_true (g_file_test (alias, G_FILE_TEST_IS_SYMLINK));
  after = qz_test_list_dir (folder);
  g_assert_cmpstr (after, ==, before);

  qz_atomic_file_unprotect (fixture->path);
  g_assert_true (qz_atomic_file_set_contents (alias, "PNG", 3, NULL));
  assert_contents (fixture->path, "PNG");
}

/* A device or a pipe is refused before it is opened: no hang, and the
 * device node stays a device. */
static void
test_not_regular (QzTestData    *fixture,
                  gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (fixture->dir, "pipe.csv", NULL);
  GStatBuf st;

  assert_refused ("/dev/null");
  g_assert_cmpint (g_stat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_refused (fifo);
  assert_refused (fixture->dir);
}

/* A full disk half-way: the old file is kept, the temporary one removed. */
static void
test_full_disk_keeps_old (QzTestData    *fixture,
                          gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "plan.csv", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *big = g_malloc0 (64 * 1024);
  g_autoptr(GError) error = NULL;

  write_file (target, "old plan");
  before = qz_test_list_dir (fixture->dir);

  qz_test_limit_file_size (4096);
  g_assert_false (qz_atomic_file_set_contents (target, big, 64 * 1024, &error));
  qz_test_limit_file_size (0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, target));

  assert_contents (target, "old plan");
  after = qz_test_list_dir (fixture->dir);
  g_assert_cmpstr (after, ==, before);
}

/* A file that cannot be finished, abandoned: nothing is left. */
static void
test_abandoned (QzTestData    *fixture,
                gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "chart.svg", NULL);
  g_autofree char *before = qz_test_list_dir (fixture->dir);
  g_autofree char *after = NULL;
  QzAtomicFile *file = qz_atomic_file_new (target, NULL);

  g_assert_nonnull (file);
  g_assert_true (qz_atomic_file_write (file, "<svg", 4, NULL));
  g_assert_true (g_file_test (qz_atomic_file_get_temp_path (file), G_FILE_TEST_IS_REGULAR));
  qz_atomic_file_free (file);

  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  after = qz_test_list_dir (fixture->dir);
  g_assert_cmpstr (after, ==, before);
}

/* A link to another file is followed: that file is replaced, the link
 * stays, and the file keeps its permissions. */
static void
test_link_followed (QzTestData    *fixture,
                    gconstpointer  data)
{
  g_autofree char *real = g_build_filename (fixture->dir, "real.csv", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "link.csv", NULL);
  GStatBuf st;

  write_file (real, "old");
  g_assert_cmpint (g_chmod (real, 0640), ==, 0);
  g_assert_cmpint (symlink (real, link), ==, 0);

  g_assert_true (qz_atomic_file_set_contents (link, "new", 3, NULL));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  assert_contents (real, "new");
  g_assert_cmpint (g_stat (real, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
}

/* A folder that is not there: an error naming the file, and nothing made. */
static void
test_missing_folder (QzTestData    *fixture,
                     gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "none", "plan.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (qz_atomic_file_set_contents (target, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, target));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, QzTestData, NULL, qz_test_data_set_up, func, qz_test_data_tear_down)

  ADD ("/qz/atomic-file/protected", test_protected);
  ADD ("/qz/atomic-file/not-regular", test_not_regular);
  ADD ("/qz/atomic-file/full-disk-keeps-old", test_full_disk_keeps_old);
  ADD ("/qz/atomic-file/abandoned", test_abandoned);
  ADD ("/qz/atomic-file/link-followed", test_link_followed);
  ADD ("/qz/atomic-file/missing-folder", test_missing_folder);

#undef ADD

  return g_test_run ();
}
