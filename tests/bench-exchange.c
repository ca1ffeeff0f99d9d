/* bench-exchange.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exchange files at the size of a programme office's year: 1,000
 * enterprises with two assessments each, every indicator answered, no
 * photos. Measures the export, the import into an empty database and the
 * import of the same file again, and prints the medians. Asserts nothing
 * about time.
 */

#include <glib/gstdio.h>
#include <stdlib.h>

#include "qz-exchange.h"
#include "qz-sample.h"
#include "qz-test-utils.h"

#define N_ENTERPRISES 1000
#define N_RUNS 3

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *runs)
{
  qsort (runs, N_RUNS, sizeof (double), compare_doubles);
  return runs[N_RUNS / 2];
}

static void
fill (QzDatabase *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzEnterpriseStore) enterprises = qz_enterprise_store_new (database, &error);
  g_autoptr(QzAssessmentStore) store = qz_assessment_store_new (database);
  g_autofree char *sample_uuid = qz_sample_load (enterprises, store, &error);
  g_autoptr(QzAssessment) sample = qz_assessment_store_load (store, sample_uuid, &error);
  QzFramework *framework = qz_assessment_get_framework (sample);
  GPtrArray *indicators = qz_framework_get_indicators (framework);

  g_assert_no_error (error);
  g_assert_true (qz_database_begin (database, &error));
  for (guint i = 1; i < N_ENTERPRISES; i++)
    {
      g_autofree char *name = g_strdup_printf ("温州第%u机械有限公司", i);
      QzEnterprise *enterprise = qz_enterprise_store_create (enterprises, name, &error);

      g_assert_no_error (error);
      for (guint a = 0; a < 2; a++)
        {
          g_autoptr(QzAssessment) assessment = qz_assessment_store_create (store, enterprise, framework,
                                                                           a ? "2026-11-18" : "2025-11-18", &error);

          g_assert_no_error (error);
          for (guint k = 0; k < indicators->len; k++)
            {
              const QzIndicator *indicator = g_ptr_array_index (indicators, k);
              const QzAnswer *answer = qz_assessment_get_answer (sample, indicator->id);

              if (answer != NULL)
                g_assert_true (qz_assessment_store_save_answer (store, assessment, indicator->id, answer, &error));
            }
        }
    }
  g_assert_true (qz_database_commit (database, &error));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "cases.qizhen", NULL);
  double export_runs[N_RUNS], import_runs[N_RUNS], again_runs[N_RUNS];
  QzTestData source;
  g_autoptr(QzDatabase) database = NULL;
  GTimer *timer = g_timer_new ();

  qz_test_data_set_up (&source, NULL);
  database = qz_database_open (source.path, &error);
  g_assert_no_error (error);
  fill (database);
  g_print ("Filled %u enterprises with two assessments each in %.1f s\n", N_ENTERPRISES,
           g_timer_elapsed (timer, NULL));

  for (guint r = 0; r < N_RUNS; r++)
    {
      QzTestData target;
      g_autoptr(QzDatabase) empty = NULL;
      g_autoptr(QzExchangeSummary) first = NULL;
      g_autoptr(QzExchangeSummary) second = NULL;

      g_timer_start (timer);
      g_assert_true (qz_exchange_export (database, NULL, file, &error));
      export_runs[r] = g_timer_elapsed (timer, NULL);

      qz_test_data_set_up (&target, NULL);
      empty = qz_database_open (target.path, &error);
      g_assert_no_error (error);
      g_timer_start (timer);
      first = qz_exchange_import (empty, file, FALSE, &error);
      import_runs[r] = g_timer_elapsed (timer, NULL);
      g_assert_no_error (error);
      g_assert_cmpuint (first->enterprises_new, ==, N_ENTERPRISES);

      g_timer_start (timer);
      second = qz_exchange_import (empty, file, FALSE, &error);
      again_runs[r] = g_timer_elapsed (timer, NULL);
      g_assert_no_error (error);
      g_assert_cmpuint (second->enterprises_unchanged, ==, N_ENTERPRISES);

      g_clear_object (&empty);
      qz_test_data_tear_down (&target, NULL);
    }

  {
    GStatBuf st;

    g_stat (file, &st);
    g_print ("Exchange file: %.1f MB\n", st.st_size / 1e6);
  }
  g_print ("Export of %u enterprises (median of %d): %.2f s (target ≤ 2 s)\n", N_ENTERPRISES, N_RUNS,
           median (export_runs));
  g_print ("Import into an empty database: %.2f s (target ≤ 3 s)\n", median (import_runs));
  g_print ("Import of the same file again: %.2f s (target ≤ 1 s)\n", median (again_runs));

  g_timer_destroy (timer);
  qz_test_data_tear_down (&source, NULL);
  qz_test_remove_tree (dir);
  return 0;
}
