/* qz-test-utils.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gio/gio.h>
#include <sqlite3.h>

#include <glib/gstdio.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <math.h>
#include <signal.h>
#include <sys/resource.h>
#include <string.h>

#include "qz-sample.h"
#include "qz-test-utils.h"
#include "qz-database-private.h"

/* A fresh folder below the system's temporary folder; remove it with
 * qz_test_remove_tree(). */
char *
qz_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("qizhen-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_file_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFile *child = NULL;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL &&
         g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) &&
         child != NULL)
    remove_file_tree (child);

  g_file_delete (file, NULL, NULL);
}

void
qz_test_remove_tree (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  remove_file_tree (file);
}

void
qz_test_data_set_up (QzTestData    *data,
                     gconstpointer  unused)
{
  g_autofree char *folder = NULL;

  data->dir = qz_test_make_tmpdir ();
  folder = g_build_filename (data->dir, "qizhen", NULL);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  data->path = g_build_filename (folder, "qizhen.db", NULL);
}

void
qz_test_data_tear_down (QzTestData    *data,
                        gconstpointer  unused)
{
  qz_test_remove_tree (data->dir);
  g_clear_pointer (&data->dir, g_free);
  g_clear_pointer (&data->path, g_free);
}

GBytes *
qz_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* Runs SQL on a file behind the app's back, to fabricate the files of
 * other versions and programs. */
void
qz_test_sqlite_exec (const char *path,
                     const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static gint64
sqlite_int (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* The first column of the first row of @sql, read on a connection of its own. */
gint64
qz_test_sqlite_count (const char *path,
                      const char *sql)
{
  sqlite3 *db = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  value = sqlite_int (db, sql);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return value;
}

/* Fills the framework table of the database at @path, which start-up does
 * not read, then wrecks the header of one of its pages in the file: damage
 * that only a check of the whole file finds. */
void
qz_test_damage_unread_page (const char *path)
{
  static const guint8 garbage[8] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
  sqlite3 *db = NULL;
  gint64 page, page_size;
  FILE *file;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA journal_mode = DELETE;"
                                 "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)"
                                 " INSERT INTO framework (framework_id, version, sha256, source, added)"
                                 " SELECT 'damaged', '1', hex (randomblob (32)), zeroblob (500), 0 FROM n;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  page = sqlite_int (db, "SELECT min (pageno) FROM dbstat WHERE name = 'framework' AND pagetype = 'leaf'");
  page_size = sqlite_int (db, "PRAGMA page_size");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  g_assert_cmpint (page, >, 1);

  file = fopen (path, "r+b");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, (long) ((page - 1) * page_size), SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (garbage, 1, sizeof garbage, file), ==, sizeof garbage);
  g_assert_cmpint (fclose (file), ==, 0);
}

/* Makes every write past @bytes into any file fail with EFBIG, as a full
 * disk would, for the superuser too; 0 lifts the limit. */
void
qz_test_limit_file_size (goffset bytes)
{
  static struct rlimit saved;
  static gboolean limited;
  struct rlimit limit;

  if (bytes == 0)
    {
      g_assert_true (limited);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
      limited = FALSE;
      return;
    }

  g_assert_false (limited);
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = (rlim_t) bytes;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  limited = TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined by spaces: to show that a failed
 * export left nothing behind. */
char *
qz_test_list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* Runs @sql on the database at @path as if @table had no NOT NULL
 * constraints, then puts its schema back as it was: rows that a damaged
 * or hostile file can hold, and that Qizhen never writes. */
void
qz_test_sqlite_exec_unchecked (const char *path,
                               const char *table,
                               const char *sql)
{
  g_autofree char *original = NULL;
  char *relax, *restore;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT sql FROM sqlite_schema WHERE name = ?", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  original = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  relax = sqlite3_mprintf ("PRAGMA writable_schema = ON;"
                           " UPDATE sqlite_schema SET sql = replace(sql, ' NOT NULL', '') WHERE name = %Q;", table);
  restore = sqlite3_mprintf ("PRAGMA writable_schema = ON;"
                             " UPDATE sqlite_schema SET sql = %Q WHERE name = %Q;", original, table);
  qz_test_sqlite_exec (path, relax);
  qz_test_sqlite_exec (path, sql);      /* a new connection reads the relaxed schema */
  qz_test_sqlite_exec (path, restore);
  sqlite3_free (relax);
  sqlite3_free (restore);
}

/* For qsort() of the timings in the benchmarks. */
int
qz_test_compare_doubles (gconstpointer a,
                         gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* A camera-sized photo: shapes and shading with grain, which compresses
 * about as a shop-floor photo does. */
GBytes *
qz_test_photo_jpeg (guint seed)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 2048, 1536);
  guchar *pixels = gdk_pixbuf_get_pixels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  gchar *buffer = NULL;
  gsize size;

  for (int y = 0; y < 1536; y++)
    for (int x = 0; x < 2048; x++)
      {
        int grain = g_rand_int_range (rand, -5, 6);

        for (int c = 0; c < 3; c++)
          {
            double shade = 110 + 60 * sin ((x + 40.0 * seed) / (90.0 + 20 * c)) * cos (y / 70.0) +
                           ((x / 256 + y / 192) % 2) * 30;

            pixels[y * stride + x * 3 + c] = (guchar) CLAMP (shade + grain, 0, 255);
          }
      }
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, "jpeg", NULL, "quality", "92", NULL));
  return g_bytes_new_take (buffer, size);
}

void
qz_test_sample_set_up (QzTestSample  *sample,
                       gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  qz_test_data_set_up (&sample->data, NULL);
  sample->database = qz_database_open (sample->data.path, &error);
  g_assert_no_error (error);
  sample->enterprises = qz_enterprise_store_new (sample->database, &error);
  g_assert_no_error (error);
  sample->store = qz_assessment_store_new (sample->database);
  uuid = qz_sample_load (sample->enterprises, sample->store, &error);
  g_assert_no_error (error);
  sample->assessment = qz_assessment_store_load (sample->store, uuid, &error);
  g_assert_no_error (error);
}

void
qz_test_sample_tear_down (QzTestSample  *sample,
                          gconstpointer  unused)
{
  g_clear_object (&sample->assessment);
  g_clear_object (&sample->store);
  g_clear_object (&sample->enterprises);
  g_clear_object (&sample->database);
  qz_test_data_tear_down (&sample->data, NULL);
}

static guint32
crc32 (const guchar *data,
       gsize         size)
{
  guint32 crc = 0xffffffff;

  for (gsize i = 0; i < size; i++)
    {
      crc ^= data[i];
      for (int bit = 0; bit < 8; bit++)
        crc = (crc >> 1) ^ (0xedb88320 & (0u - (crc & 1)));
    }

  return crc ^ 0xffffffff;
}

static void
append_uint32 (GByteArray *out,
               guint32     value)
{
  guint32 big_endian = GUINT32_TO_BE (value);

  g_byte_array_append (out, (const guchar *) &big_endian, 4);
}

static void
append_png_chunk (GByteArray   *out,
                  const char   *type,
                  const guchar *data,
                  guint32       size)
{
  g_autoptr(GByteArray) typed = g_byte_array_new ();

  g_byte_array_append (typed, (const guchar *) type, 4);
  g_byte_array_append (typed, data, size);
  append_uint32 (out, size);
  g_byte_array_append (out, typed->data, typed->len);
  append_uint32 (out, crc32 (typed->data, typed->len));
}

/* A valid PNG declaring @width × @height, with only a little compressed
 * data: what a decompression bomb starts with. */
GBytes *
qz_test_png_header (guint32 width,
                    guint32 height)
{
  const guchar signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  /* zlib stream of a few zero bytes */
  const guchar idat[] = { 0x78, 0x9c, 0x63, 0x60, 0x60, 0x60, 0x00, 0x00, 0x00, 0x04, 0x00, 0x01 };
  guchar ihdr[13] = { 0 };
  guint32 be_width = GUINT32_TO_BE (width);
  guint32 be_height = GUINT32_TO_BE (height);
  GByteArray *out = g_byte_array_new ();

  memcpy (ihdr, &be_width, 4);
  memcpy (ihdr + 4, &be_height, 4);
  ihdr[8] = 8;   /* bit depth */
  ihdr[9] = 2;   /* RGB */

  g_byte_array_append (out, signature, sizeof signature);
  append_png_chunk (out, "IHDR", ihdr, sizeof ihdr);
  append_png_chunk (out, "IDAT", idat, sizeof idat);
  append_png_chunk (out, "IEND", NULL, 0);

  return g_byte_array_free_to_bytes (out);
}
