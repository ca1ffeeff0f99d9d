/* bench-report.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "qz-assessment-store.h"
#include "qz-enterprise-store.h"
#include "qz-photo.h"
#include "qz-test-utils.h"

/* Exporting the sample's report with twenty photos, as a user does from
 * the command line: wall time and peak memory of the qizhen process,
 * over several runs. */

#define N_RUNS 7
#define N_PHOTOS 20

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *uuid = NULL;
  g_auto(GStrv) env = NULL;
  double times[N_RUNS], peaks[N_RUNS];
  QzTestSample sample;

  /* The sample's database is where the command looks, below XDG_DATA_HOME. */
  qz_test_sample_set_up (&sample, NULL);
  pdf = g_build_filename (sample.data.dir, "report.pdf", NULL);
  env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", sample.data.dir, TRUE);
  uuid = g_strdup (qz_assessment_get_uuid (sample.assessment));
  for (guint i = 0; i < N_PHOTOS; i++)
    {
      g_autoptr(GBytes) jpeg = qz_test_photo_jpeg (i);
      g_autoptr(QzPhoto) photo = qz_photo_new_from_bytes (jpeg, &error);
      g_autoptr(QzEvidence) evidence = qz_evidence_store_add_photo (qz_assessment_store_get_evidence (sample.store),
                                                                    sample.assessment, "network-connectivity",
                                                                    photo, &error);

      g_assert_no_error (error);
    }
  /* The command has the database to itself. */
  g_clear_object (&sample.assessment);
  g_clear_object (&sample.store);
  g_clear_object (&sample.enterprises);
  g_clear_object (&sample.database);

  for (guint run = 0; run < N_RUNS; run++)
    {
      const char *args[] = { g_getenv ("QZ_TEST_QIZHEN"), "--export-pdf", uuid, "--output", pdf, NULL };
      struct rusage usage;
      gint64 start = g_get_monotonic_time ();
      GPid pid;
      int status;

      g_assert_true (g_spawn_async (NULL, (char **) args, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error));
      g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
      times[run] = (g_get_monotonic_time () - start) / 1000.0;
      peaks[run] = usage.ru_maxrss / 1024.0;
      g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
      g_spawn_close_pid (pid);
    }

  qsort (times, N_RUNS, sizeof (double), qz_test_compare_doubles);
  qsort (peaks, N_RUNS, sizeof (double), qz_test_compare_doubles);
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (pdf, &st), ==, 0);
    g_print ("export the sample's report with %d photos (%.1f MB): median %.0f ms (max %.0f ms), "
             "peak memory median %.0f MB over %d runs\n",
             N_PHOTOS, st.st_size / 1e6, times[N_RUNS / 2], times[N_RUNS - 1], peaks[N_RUNS / 2], N_RUNS);
  }

  qz_test_sample_tear_down (&sample, NULL);
  return 0;
}
