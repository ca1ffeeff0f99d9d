/* test-kill-window.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What is typed into Qizhen's window is in the database at once: killed
 * 50 ms after the typing, or told to end (a logout, a shutdown) while an
 * edit waits to be retried, the application loses nothing. The typing is
 * done inside a real QzApplication by qz-typist; this test kills it and
 * reads the database afterwards. */

#include "qz-config.h"

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include "qz-child.h"
#include "qz-test-utils.h"

/* How long Qizhen may take to start, open its window and type, on a
 * loaded machine; nothing is timed against it. */
#define START_TIMEOUT_MS 60000

static char *
stored_city (QzTestSample *sample)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *city = NULL;

  g_assert_cmpint (sqlite3_open (sample->data.path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT city FROM enterprise WHERE uuid = ?", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_text (stmt, 1, qz_assessment_get_enterprise_uuid (sample->assessment), -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    city = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return city;
}

static QzChild *
start_typist (QzTestSample *sample,
              const char   *mode,
              const char   *text)
{
  const char *typist = g_getenv ("QZ_TEST_TYPIST");
  const char *argv[] = { typist, mode, text, NULL };
  g_auto(GStrv) envp = g_get_environ ();

  g_assert_nonnull (typist);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", sample->data.dir, TRUE);
  return qz_child_spawn (argv, (const char * const *) envp);
}

/* Killed 50 ms after the last keystroke, the text is there. */
static void
test_kill_after_typing (QzTestSample  *sample,
                        gconstpointer  data)
{
  g_autoptr(QzChild) child = start_typist (sample, "kill", "温州市鹿城区");
  g_autofree char *city = NULL;
  int status;

  qz_child_read_until_ready (child, "typed", START_TIMEOUT_MS);
  /* The delay is what the test is about, not a wait for something. */
  g_usleep (50 * G_TIME_SPAN_MILLISECOND);
  qz_child_signal (child, SIGKILL);
  status = qz_child_wait (child, START_TIMEOUT_MS);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

  city = stored_city (sample);
  g_assert_cmpstr (city, ==, "温州市鹿城区");
}

/* Told to end while an edit waits for a lock that has gone, Qizhen
 * writes it and quits cleanly; the same for SIGINT and SIGHUP. */
static void
test_terminate_flushes (QzTestSample  *sample,
                        gconstpointer  data)
{
  int signum = GPOINTER_TO_INT (data);
  g_autofree char *text = g_strdup_printf ("乐清市 %s", g_strsignal (signum));
  g_autoptr(QzChild) child = start_typist (sample, "term", text);
  g_autofree char *city = NULL;
  int status;

  qz_child_read_until_ready (child, "pending", START_TIMEOUT_MS);
  city = stored_city (sample);
  g_assert_cmpstr (city, !=, text);

  qz_child_signal (child, signum);
  status = qz_child_wait (child, START_TIMEOUT_MS);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  g_clear_pointer (&city, g_free);
  city = stored_city (sample);
  g_assert_cmpstr (city, ==, text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/qz/kill-window/kill-after-typing", QzTestSample, NULL,
              qz_test_sample_set_up, test_kill_after_typing, qz_test_sample_tear_down);
  g_test_add ("/qz/kill-window/sigterm", QzTestSample, GINT_TO_POINTER (SIGTERM),
              qz_test_sample_set_up, test_terminate_flushes, qz_test_sample_tear_down);
  g_test_add ("/qz/kill-window/sigint", QzTestSample, GINT_TO_POINTER (SIGINT),
              qz_test_sample_set_up, test_terminate_flushes, qz_test_sample_tear_down);
  g_test_add ("/qz/kill-window/sighup", QzTestSample, GINT_TO_POINTER (SIGHUP),
              qz_test_sample_set_up, test_terminate_flushes, qz_test_sample_tear_down);

  return g_test_run ();
}
