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
#include "qz-framework-loader.h"
#include "qz-photo.h"
#include "qz-test-utils.h"

/* Exporting the sample's report with twenty photos, as a user does from
 * the command line: wall time and peak memory of the qizhen process,
 * over several runs; then the report of the largest built-in framework
 * with every indicator answered and noted. */

#define N_RUNS 7
#define N_PHOTOS 20

/* The built-in framework with the most indicators. */
static QzFramework *
largest_framework (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) frameworks = qz_framework_load_builtin (&error);
  QzFramework *largest = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < frameworks->len; i++)
    {
      QzFramework *framework = g_ptr_array_index (frameworks, i);

      if (largest == NULL || qz_framework_get_n_indicators (framework) > qz_framework_get_n_indicators (largest))
        largest = framework;
    }
  return g_object_ref (largest);
}

/* An assessment of the sample's enterprise against @framework, every
 * indicator answered with one of its options in turn and a note. */
static char *
answer_all (QzTestSample *sample,
            QzFramework  *framework)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzEnterprise) enterprise = g_list_model_get_item (G_LIST_MODEL (sample->enterprises), 0);
  g_autoptr(QzAssessment) assessment = qz_assessment_store_create (sample->store, enterprise, framework,
                                                                   "2026-12-01", &error);
  GPtrArray *indicators = qz_framework_get_indicators (framework);

  g_assert_no_error (error);
  for (guint i = 0; i < indicators->len; i++)
    {
      const QzIndicator *indicator = g_ptr_array_index (indicators, i);
      GPtrArray *options = indicator->options != NULL && indicator->options->len > 0
                           ? indicator->options : qz_framework_get_scale (framework);
      const QzOption *option;
      QzAnswer *answer = qz_answer_new ();

      g_assert_nonnull (options);
      option = g_ptr_array_index (options, i % options->len);
      answer->options = g_new0 (char *, 2);
      answer->options[0] = g_strdup (option->id);
      answer->note = g_strdup_printf ("现场核查第 %u 项：资料齐全，访谈与记录一致。", i + 1);
      answer->note_internal = 0;
      g_assert_true (qz_assessment_store_save_answer (sample->store, assessment, indicator->id, answer, &error));
      g_assert_no_error (error);
      qz_answer_free (answer);
    }
  return g_strdup (qz_assessment_get_uuid (assessment));
}

/* Exports the report of @uuid N_RUNS times: median wall time and peak
 * memory of the process. */
static void
measure (const char  *uuid,
         const char  *pdf,
         char       **env,
         double      *time,
         double      *peak)
{
  g_autoptr(GError) error = NULL;
  double times[N_RUNS], peaks[N_RUNS];

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
  *time = times[N_RUNS / 2];
  *peak = peaks[N_RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *uuid = NULL;
  g_auto(GStrv) env = NULL;
  g_autoptr(QzFramework) large = largest_framework ();
  g_autofree char *large_uuid = NULL;
  double time, peak;
  guint n_sample;
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
  n_sample = qz_framework_get_n_indicators (qz_assessment_get_framework (sample.assessment));
  large_uuid = answer_all (&sample, large);
  /* The command has the database to itself. */
  g_clear_object (&sample.assessment);
  g_clear_object (&sample.store);
  g_clear_object (&sample.enterprises);
  g_clear_object (&sample.database);

  measure (uuid, pdf, env, &time, &peak);
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (pdf, &st), ==, 0);
    g_print ("export the sample's report (%u indicators) with %d photos (%.1f MB): median %.0f ms, "
             "peak memory median %.0f MB over %d runs\n",
             n_sample, N_PHOTOS, st.st_size / 1e6, time, peak, N_RUNS);
  }
  measure (large_uuid, pdf, env, &time, &peak);
  g_print ("export the report of %s, %u indicators all answered and noted: median %.0f ms, "
           "peak memory median %.0f MB over %d runs\n",
           qz_framework_get_id (large), qz_framework_get_n_indicators (large), time, peak, N_RUNS);

  qz_test_sample_tear_down (&sample, NULL);
  return 0;
}
