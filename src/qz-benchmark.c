/* qz-benchmark.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-benchmark"

#include "qz-config.h"

#include "qz-benchmark.h"

/* The industry benchmark from the user's own cases: the mean of the latest
 * complete assessment of every other enterprise of the same kind, with the
 * same framework; shown only when enough enterprises contribute. */

static gboolean
same_scope (QzEnterprise     *a,
            QzEnterprise     *b,
            QzBenchmarkScope  scope)
{
  const char *code_a = qz_enterprise_get_text (a, QZ_ENTERPRISE_INDUSTRY_CODE);
  const char *code_b = qz_enterprise_get_text (b, QZ_ENTERPRISE_INDUSTRY_CODE);

  switch (scope)
    {
    case QZ_BENCHMARK_DIVISION:
      /* "C34", from "C34", "C344" or "C3443" */
      return strlen (code_a) >= 3 && strncmp (code_a, code_b, 3) == 0;

    case QZ_BENCHMARK_CLASS:
      return code_a[0] != '\0' && g_str_equal (code_a, code_b);

    case QZ_BENCHMARK_REGION:
      {
        g_autofree char *region_a = qz_enterprise_dup_region (a);
        g_autofree char *region_b = qz_enterprise_dup_region (b);

        return region_a[0] != '\0' && g_str_equal (region_a, region_b);
      }

    default:
      return FALSE;
    }
}

/**
 * qz_benchmark_compute:
 * @assessments: the assessment store
 * @enterprises: the enterprise store of the same database
 * @assessment: the assessment to compare
 * @scope: which enterprises are "of the same kind"
 * @error: return location for an error
 *
 * Averages, node by node (dimensions, areas, indicators), the latest
 * complete assessment with the same framework of every other enterprise
 * in @scope. Below %QZ_BENCHMARK_MIN_ENTERPRISES contributors, only their
 * number is returned.
 *
 * Returns: (transfer full): the benchmark, or %NULL with @error set
 */
QzBenchmark *
qz_benchmark_compute (QzAssessmentStore  *assessments,
                      QzEnterpriseStore  *enterprises,
                      QzAssessment       *assessment,
                      QzBenchmarkScope    scope,
                      GError            **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GHashTable) latest = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  QzEnterprise *own;
  const char *framework_id;
  QzBenchmark *benchmark;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), NULL);

  own = qz_enterprise_store_find (enterprises, qz_assessment_get_enterprise_uuid (assessment), NULL);
  framework_id = qz_framework_get_id (qz_assessment_get_framework (assessment));
  all = qz_assessment_store_list (assessments, NULL, error);
  if (all == NULL)
    return NULL;

  /* The list comes latest visit first: the first complete one per
   * enterprise is its latest. */
  for (guint i = 0; i < all->len; i++)
    {
      QzAssessment *other = g_ptr_array_index (all, i);
      const char *uuid = qz_assessment_get_enterprise_uuid (other);
      QzEnterprise *enterprise = qz_enterprise_store_find (enterprises, uuid, NULL);

      if (own == NULL || enterprise == NULL || enterprise == own ||
          qz_assessment_get_status (other) != QZ_ASSESSMENT_COMPLETE ||
          g_strcmp0 (qz_framework_get_id (qz_assessment_get_framework (other)), framework_id) != 0 ||
          g_hash_table_contains (latest, uuid) ||
          !same_scope (own, enterprise, scope))
        continue;

      g_hash_table_insert (latest, (gpointer) uuid, other);
    }

  benchmark = g_new0 (QzBenchmark, 1);
  benchmark->n_enterprises = g_hash_table_size (latest);
  if (benchmark->n_enterprises < QZ_BENCHMARK_MIN_ENTERPRISES)
    return benchmark;

  g_hash_table_iter_init (&iter, latest);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autoptr(QzResult) result = qz_assessment_score (value);
      GHashTableIter nodes;
      gpointer id, node;

      g_hash_table_iter_init (&nodes, result->nodes);
      while (g_hash_table_iter_next (&nodes, &id, &node))
        {
          double *sum = g_hash_table_lookup (sums, id);
          guint *count = g_hash_table_lookup (counts, id);

          if (((QzNodeScore *) node)->na)
            continue;
          if (sum == NULL)
            {
              sum = g_new0 (double, 1);
              count = g_new0 (guint, 1);
              g_hash_table_insert (sums, g_strdup (id), sum);
              g_hash_table_insert (counts, g_strdup (id), count);
            }
          *sum += ((QzNodeScore *) node)->points;
          (*count)++;
        }
    }

  benchmark->means = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, sums);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint count = *(guint *) g_hash_table_lookup (counts, key);
      double *mean;

      /* A node applicable to too few is as revealing as a small group. */
      if (count < QZ_BENCHMARK_MIN_ENTERPRISES)
        continue;
      mean = g_new (double, 1);
      *mean = *(double *) value / count;
      g_hash_table_insert (benchmark->means, g_strdup (key), mean);
    }

  return benchmark;
}

/**
 * qz_benchmark_get:
 * @benchmark: a benchmark
 * @node_id: a dimension, area or indicator id
 * @mean: (out): the mean
 *
 * Returns: %TRUE if there is a mean to show for @node_id
 */
gboolean
qz_benchmark_get (QzBenchmark *benchmark,
                  const char  *node_id,
                  double      *mean)
{
  double *value = benchmark && benchmark->means ? g_hash_table_lookup (benchmark->means, node_id) : NULL;

  if (value == NULL)
    return FALSE;

  *mean = *value;
  return TRUE;
}

void
qz_benchmark_free (QzBenchmark *benchmark)
{
  if (benchmark == NULL)
    return;

  g_clear_pointer (&benchmark->means, g_hash_table_unref);
  g_free (benchmark);
}
