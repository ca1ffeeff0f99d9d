/* test-exchange-defence.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hostile exchange files: each refused with a message that says what is
 * wrong, the user's database byte for byte as it was.
 */

#include <glib/gstdio.h>
#include <string.h>

#include "qz-exchange.h"
#include "qz-sample.h"
#include "qz-test-utils.h"

typedef struct
{
  const char *name;
  const char *sql;       /* run on a good file to spoil it, or NULL */
  void      (*spoil) (const char *path);
  const char *message;   /* what the refusal must say */
} Hostile;

static void
truncate_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length / 2, NULL));
}

static void
random_bytes (const char *path)
{
  g_autofree char *bytes = g_malloc (8192);

  for (guint i = 0; i < 8192; i++)
    bytes[i] = g_random_int_range (0, 256);
  g_assert_true (g_file_set_contents (path, bytes, 8192, NULL));
}

static void
other_program (const char *path)
{
  g_assert_cmpint (g_unlink (path), ==, 0);
  qz_test_sqlite_exec (path, "CREATE TABLE song (title TEXT); INSERT INTO song VALUES ('月亮代表我的心');");
}

static void
huge_text (const char *path)
{
  g_autofree char *text = g_strnfill (1024 * 1024, 'x');
  g_autofree char *sql = g_strdup_printf ("UPDATE enterprise SET notes = '%s'", text);

  qz_test_sqlite_exec (path, sql);
}

static const Hostile hostiles[] = {
  { "truncated", NULL, truncate_file, "damaged" },
  { "random-bytes", NULL, random_bytes, "not a Qizhen exchange file" },
  { "other-program", NULL, other_program, "not a Qizhen exchange file" },
  { "newer-format", "PRAGMA user_version = 99", NULL, "newer version" },
  { "planted-trigger",
    "CREATE TRIGGER mark AFTER INSERT ON enterprise BEGIN"
    " INSERT INTO peer (origin, author) VALUES ('marker', 'marker'); END", NULL, "trigger “mark”" },
  { "planted-view",
    "CREATE VIEW marker AS SELECT * FROM enterprise", NULL, "view “marker”" },
  { "huge-text", NULL, huge_text, "longer than Qizhen allows" },
  { "invalid-utf8", "UPDATE enterprise SET name = CAST (X'C328E4BC81' AS TEXT)", NULL, "not valid UTF-8" },
  { "bad-uscc", "UPDATE enterprise SET uscc = '91330381MA2AAAAAA0'", NULL, "unified social credit code" },
  { "not-an-image",
    "INSERT INTO photo (sha256, jpeg, thumbnail, width, height) VALUES ('feed', X'3C7376673E', X'00', 1, 1);"
    "INSERT INTO evidence (uuid, assessment, indicator, photo, created, updated, origin)"
    " SELECT '0c4e7f7a-8f55-4d0d-9a8e-1b7b0f6f0001', id, 'x', 'feed', 0, 0, 'o' FROM assessment",
    NULL, "not a readable image" },
  { "invalid-framework", "UPDATE framework SET source = CAST ('{\"id\": 1}' AS BLOB)", NULL,
    "is not valid" },
  { "unknown-indicator",
    "UPDATE answer SET indicator = 'no.such.indicator' WHERE indicator = (SELECT min (indicator) FROM answer)",
    NULL, "which its framework lacks" },
  { "answer-out-of-range", "UPDATE answer SET options = 'no-such-option', na = 0", NULL, "is not valid" },
  { "bad-version", "INSERT INTO version VALUES ((SELECT 'enterprise/' || uuid FROM enterprise), 'x:y')", NULL,
    "version" },
};

static char *
file_sha256 (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_hostile (gconstpointer data)
{
  const Hostile *hostile = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "cases.qizhen", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *uuid = NULL;
  QzTestData source, target;
  QzExchangeSummary *summary;
  QzDatabase *database;

  /* A good file, from the sample case. */
  qz_test_data_set_up (&source, NULL);
  {
    g_autoptr(QzDatabase) from = qz_database_open (source.path, &error);
    g_autoptr(QzEnterpriseStore) enterprises = qz_enterprise_store_new (from, &error);
    g_autoptr(QzAssessmentStore) store = qz_assessment_store_new (from);

    g_assert_no_error (error);
    uuid = qz_sample_load (enterprises, store, &error);
    g_assert_no_error (error);
    g_assert_true (qz_exchange_export (from, NULL, file, &error));
  }
  if (hostile->sql != NULL)
    qz_test_sqlite_exec (file, hostile->sql);
  if (hostile->spoil != NULL)
    hostile->spoil (file);

  /* The user's database, with a case of its own. */
  qz_test_data_set_up (&target, NULL);
  {
    g_autoptr(QzDatabase) user = qz_database_open (target.path, &error);
    g_autoptr(QzEnterpriseStore) enterprises = qz_enterprise_store_new (user, &error);

    g_assert_no_error (error);
    g_assert_nonnull (qz_enterprise_store_create (enterprises, "瑞安汽配", &error));
  }
  before = file_sha256 (target.path);

  database = qz_database_open (target.path, &error);
  g_assert_no_error (error);
  summary = qz_exchange_import (database, file, FALSE, &error);
  g_assert_null (summary);
  g_assert_nonnull (error);
  if (strstr (error->message, hostile->message) == NULL)
    g_error ("%s: “%s” does not say “%s”", hostile->name, error->message, hostile->message);
  g_test_message ("%s: %s", hostile->name, error->message);
  g_assert_nonnull (strstr (error->message, file));
  g_object_unref (database);

  after = file_sha256 (target.path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (qz_test_sqlite_count (target.path, "SELECT count(*) FROM peer WHERE author = 'marker'"), ==, 0);

  qz_test_data_tear_down (&source, NULL);
  qz_test_data_tear_down (&target, NULL);
  qz_test_remove_tree (dir);
}

/* The good file itself goes in: the checks refuse only what is wrong. */
static void
test_sound (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "cases.qizhen", NULL);
  g_autoptr(QzExchangeSummary) summary = NULL;
  g_autoptr(QzExchangeSummary) preview = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *digest = NULL;
  QzTestData source, target;

  qz_test_data_set_up (&source, NULL);
  qz_test_data_set_up (&target, NULL);
  {
    g_autoptr(QzDatabase) from = qz_database_open (source.path, &error);
    g_autoptr(QzEnterpriseStore) enterprises = qz_enterprise_store_new (from, &error);
    g_autoptr(QzAssessmentStore) store = qz_assessment_store_new (from);

    uuid = qz_sample_load (enterprises, store, &error);
    g_assert_no_error (error);
    g_assert_true (qz_exchange_export (from, NULL, file, &error));
  }
  {
    g_autoptr(QzDatabase) user = qz_database_open (target.path, &error);

    g_assert_no_error (error);
    empty = qz_exchange_digest (user, NULL, &error);
    /* The preview says what would happen and writes nothing. */
    preview = qz_exchange_import (user, file, TRUE, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (preview->enterprises_new, ==, 1);
    g_assert_cmpuint (preview->assessments_new, ==, 1);
    g_assert_cmpuint (preview->answers_updated, >, 0);
    digest = qz_exchange_digest (user, NULL, &error);
    g_assert_cmpstr (digest, ==, empty);

    summary = qz_exchange_import (user, file, FALSE, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (summary->answers_updated, ==, preview->answers_updated);
  }

  qz_test_data_tear_down (&source, NULL);
  qz_test_data_tear_down (&target, NULL);
  qz_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exchange-defence/sound", test_sound);
  for (guint i = 0; i < G_N_ELEMENTS (hostiles); i++)
    {
      g_autofree char *path = g_strdup_printf ("/exchange-defence/%s", hostiles[i].name);

      g_test_add_data_func (path, &hostiles[i], test_hostile);
    }

  return g_test_run ();
}
