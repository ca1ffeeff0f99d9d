/* test-kill.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Killed at any moment of its work, Qizhen loses no edit it said was
 * saved, and leaves a database that is whole. kill-harness edits the
 * sample through the stores (enterprise fields, answers, plan items,
 * photos) and acknowledges each edit once committed; this test SIGKILLs it
 * after a random delay, again and again, and after each kill checks the
 * database's integrity, its foreign keys, and that every acknowledged
 * edit is there (or was overwritten by a later one of the same field).
 *
 * QZ_KILLS sets the number of kills (100 by default); QZ_KILL_MAX_MS the
 * longest delay before a kill (40 ms). */

#include "qz-config.h"

#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "qz-assessment-record.h"
#include "qz-child.h"
#include "qz-test-utils.h"

#define READY_TIMEOUT_MS 60000
/* The sequence numbers of one run of the harness start here. */
#define RUN_SPAN G_GUINT64_CONSTANT (100000000)

typedef struct
{
  QzTestSample  sample;
  char         *enterprise_uuid;
  char         *assessment_uuid;
  GHashTable   *latest;      /* "enterprise", "answer ID", "plan UUID" → last acknowledged seq */
  GHashTable   *photos;      /* evidence uuid acknowledged */
  guint         n_acknowledged;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  qz_test_sample_set_up (&fixture->sample, NULL);
  /* The sample's visit is a record: reopened, its answers can change. */
  if (qz_assessment_get_status (fixture->sample.assessment) == QZ_ASSESSMENT_COMPLETE)
    g_assert_true (qz_assessment_store_reopen (fixture->sample.store, fixture->sample.assessment, "", &error));
  g_assert_no_error (error);
  fixture->enterprise_uuid = g_strdup (qz_assessment_get_enterprise_uuid (fixture->sample.assessment));
  fixture->assessment_uuid = g_strdup (qz_assessment_get_uuid (fixture->sample.assessment));
  fixture->latest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  fixture->photos = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->latest, g_hash_table_unref);
  g_clear_pointer (&fixture->photos, g_hash_table_unref);
  g_clear_pointer (&fixture->enterprise_uuid, g_free);
  g_clear_pointer (&fixture->assessment_uuid, g_free);
  qz_test_sample_tear_down (&fixture->sample, NULL);
}

static guint
env_uint (const char *name,
          guint       fallback)
{
  const char *value = g_getenv (name);

  return value != NULL && value[0] != '\0' ? (guint) g_ascii_strtoull (value, NULL, 10) : fallback;
}

/* Takes in one acknowledgement, "KIND [ID] SEQ". */
static void
acknowledged (Fixture    *fixture,
              const char *line)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  guint n = g_strv_length (words);
  guint64 seq;
  g_autofree char *key = NULL;

  g_assert_cmpuint (n, >=, 2);
  seq = g_ascii_strtoull (words[n - 1], NULL, 10);
  fixture->n_acknowledged++;

  if (g_str_equal (words[0], "photo"))
    {
      g_hash_table_add (fixture->photos, g_strdup (words[1]));
      return;
    }
  key = n == 3 ? g_strdup_printf ("%s %s", words[0], words[1]) : g_strdup (words[0]);
  g_assert_true (g_str_equal (words[0], "enterprise") || g_str_equal (words[0], "answer") ||
                 g_str_equal (words[0], "plan"));
  g_hash_table_insert (fixture->latest, g_steal_pointer (&key), GSIZE_TO_POINTER ((gsize) seq));
}

static char *
query (sqlite3    *db,
       const char *sql,
       const char *parameter)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (parameter != NULL)
    sqlite3_bind_text (stmt, 1, parameter, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* What is stored for @key carries its sequence number after a letter. */
static guint64
stored_seq (sqlite3    *db,
            Fixture    *fixture,
            const char *key)
{
  g_autofree char *value = NULL;

  if (g_str_equal (key, "enterprise"))
    value = query (db, "SELECT city FROM enterprise WHERE uuid = ?", fixture->enterprise_uuid);
  else if (g_str_has_prefix (key, "answer "))
    {
      g_autofree char *sql = g_strdup_printf ("SELECT note FROM answer WHERE indicator = ? AND assessment ="
                                              " (SELECT id FROM assessment WHERE uuid = '%s')",
                                              fixture->assessment_uuid);

      value = query (db, sql, key + strlen ("answer "));
    }
  else
    value = query (db, "SELECT owner FROM plan_item WHERE uuid = ?", key + strlen ("plan "));

  return value != NULL && value[0] != '\0' ? g_ascii_strtoull (value + 1, NULL, 10) : 0;
}

/* The number of acknowledged edits missing from the database, which is
 * checked whole first. */
static guint
check_database (Fixture *fixture)
{
  sqlite3 *db = NULL;
  g_autofree char *integrity = NULL;
  g_autofree char *foreign = NULL;
  GHashTableIter iter;
  gpointer key, value;
  guint lost = 0;

  g_assert_cmpint (sqlite3_open_v2 (fixture->sample.data.path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  integrity = query (db, "PRAGMA integrity_check", NULL);
  g_assert_cmpstr (integrity, ==, "ok");
  foreign = query (db, "SELECT count(*) FROM pragma_foreign_key_check", NULL);
  g_assert_cmpstr (foreign, ==, "0");

  g_hash_table_iter_init (&iter, fixture->latest);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (stored_seq (db, fixture, key) < (guint64) GPOINTER_TO_SIZE (value))
        {
          g_test_message ("lost: %s %" G_GSIZE_FORMAT, (char *) key, GPOINTER_TO_SIZE (value));
          lost++;
        }
    }

  g_hash_table_iter_init (&iter, fixture->photos);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree char *found = query (db, "SELECT count(*) FROM evidence WHERE uuid = ?", key);

      if (g_strcmp0 (found, "1") != 0)
        {
          g_test_message ("lost: photo %s", (char *) key);
          lost++;
        }
    }

  sqlite3_close (db);
  return lost;
}

/* One run of the harness, killed after a random delay. */
static void
run_and_kill (Fixture *fixture,
              guint    run,
              guint    max_delay_ms)
{
  const char *harness = g_getenv ("QZ_TEST_KILL_HARNESS");
  g_autofree char *first = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) (run + 1) * RUN_SPAN);
  const char *argv[] = { harness, fixture->sample.data.path,
                         fixture->enterprise_uuid, fixture->assessment_uuid, first, NULL };
  g_autoptr(QzChild) child = NULL;
  gint64 deadline;
  char *line;
  int status;

  g_assert_nonnull (harness);
  child = qz_child_spawn (argv, NULL);
  qz_child_read_until_ready (child, "ready", READY_TIMEOUT_MS);

  /* The random moment is the point of the test; the edits acknowledged
   * meanwhile are taken in as they come. */
  deadline = g_get_monotonic_time () + g_test_rand_int_range (0, max_delay_ms * 1000 + 1);
  while ((line = qz_child_read_line (child, deadline)) != NULL)
    {
      acknowledged (fixture, line);
      g_free (line);
    }
  qz_child_signal (child, SIGKILL);

  /* What it wrote before it died was acknowledged too. */
  while ((line = qz_child_read_line (child, -1)) != NULL)
    {
      acknowledged (fixture, line);
      g_free (line);
    }
  status = qz_child_wait (child, READY_TIMEOUT_MS);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
}

static void
test_kills (Fixture       *fixture,
            gconstpointer  data)
{
  guint kills = env_uint ("QZ_KILLS", 100);
  guint max_delay_ms = env_uint ("QZ_KILL_MAX_MS", 40);
  guint lost = 0;

  /* Its own writer is the harness alone. */
  g_clear_object (&fixture->sample.assessment);
  g_clear_object (&fixture->sample.store);
  g_clear_object (&fixture->sample.enterprises);

  for (guint run = 0; run < kills; run++)
    {
      run_and_kill (fixture, run, max_delay_ms);
      lost += check_database (fixture);
    }

  g_test_message ("kills: %u, acknowledged edits: %u (photos: %u), lost: %u",
                  kills, fixture->n_acknowledged, g_hash_table_size (fixture->photos), lost);
  g_assert_cmpuint (fixture->n_acknowledged, >, 0);
  g_assert_cmpuint (lost, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/qz/kill/store-edits", Fixture, NULL, fixture_set_up, test_kills, fixture_tear_down);

  return g_test_run ();
}
