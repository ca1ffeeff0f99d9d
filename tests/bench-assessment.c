/* bench-assessment.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measures the checklist's work: loading the built-in frameworks,
 * scoring a complete assessment, and saving one answer. Prints figures;
 * asserts nothing about time.
 */

#include "qz-assessment-store.h"
#include "qz-enterprise-store.h"
#include "qz-framework-loader.h"
#include "qz-plan.h"
#include "qz-test-utils.h"

#define N_LOADS 20
#define N_SCORES 1000
#define N_SAVES 1000
#define N_DRAFTS 30

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  QzTestSample sample;
  QzAssessment *assessment;
  static double loads[N_LOADS], scores[N_SCORES], saves[N_SAVES], drafts[N_DRAFTS];
  const QzIndicator *indicator;
  QzFramework *framework;
  guint n_indicators = 0;

  for (guint i = 0; i < N_LOADS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) frameworks = qz_framework_load_builtin (&error);

      loads[i] = ms_since (start);
      g_assert_no_error (error);
      n_indicators = 0;
      for (guint f = 0; f < frameworks->len; f++)
        n_indicators += qz_framework_get_n_indicators (g_ptr_array_index (frameworks, f));
    }

  /* The sample: a complete MIIT assessment in a database file. */
  qz_test_sample_set_up (&sample, NULL);
  assessment = sample.assessment;
  framework = qz_assessment_get_framework (assessment);

  for (guint i = 0; i < N_SCORES; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(QzResult) result = qz_assessment_score (assessment);

      scores[i] = ms_since (start);
      g_assert_false (result->provisional);
    }

  for (guint i = 0; i < N_DRAFTS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(QzDraft) draft = qz_plan_draft_for (assessment);

      drafts[i] = ms_since (start);
      g_assert_cmpuint (draft->items->len, >, 0);
    }

  /* One answer, changed back and forth, each save its own transaction. */
  indicator = qz_framework_find_indicator (framework, "system-coverage");
  g_assert_nonnull (indicator);
  for (guint i = 0; i < N_SAVES; i++)
    {
      g_autoptr(QzAnswer) answer = qz_answer_copy (qz_assessment_get_answer (assessment, indicator->id));
      QzOption *option = g_ptr_array_index (indicator->options, i % indicator->options->len);
      gint64 start;

      g_free (answer->options[0]);
      answer->options[0] = g_strdup (option->id);
      start = g_get_monotonic_time ();
      g_assert_true (qz_assessment_store_save_answer (sample.store, assessment, indicator->id, answer, &error));
      saves[i] = ms_since (start);
    }

  qsort (loads, N_LOADS, sizeof (double), qz_test_compare_doubles);
  qsort (scores, N_SCORES, sizeof (double), qz_test_compare_doubles);
  qsort (saves, N_SAVES, sizeof (double), qz_test_compare_doubles);
  qsort (drafts, N_DRAFTS, sizeof (double), qz_test_compare_doubles);

  g_print ("load the built-in frameworks (%u indicators): median %.2f ms over %d runs\n",
           n_indicators, loads[N_LOADS / 2], N_LOADS);
  g_print ("score a complete assessment: median %.4f ms, p99 %.4f ms over %d runs\n",
           scores[N_SCORES / 2], scores[N_SCORES * 99 / 100], N_SCORES);
  g_print ("save one answer: median %.3f ms, p99 %.3f ms over %d saves\n",
           saves[N_SAVES / 2], saves[N_SAVES * 99 / 100], N_SAVES);
  g_print ("draft the sample's plan: median %.1f ms, max %.1f ms over %d runs\n",
           drafts[N_DRAFTS / 2], drafts[N_DRAFTS - 1], N_DRAFTS);

  qz_test_sample_tear_down (&sample, NULL);
  return 0;
}
