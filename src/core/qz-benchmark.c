/* qz-benchmark.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-benchmark"

#include "qz-config.h"

#include <string.h>

#include "qz-benchmark.h"

/* The industry benchmark from the user's own cases: the mean of the latest
 * complete assessment of every other enterprise of the same kind, with the
 * same framework; shown only when enough enterprises contribute. */

/**
 * qz_benchmark_in_scope:
 * @own: the enterprise compared
 * @other: another enterprise
 * @scope: which enterprises are "of the same kind"
 *
 * Returns: %TRUE if @other is of the same kind as @own
 */
gboolean
qz_benchmark_in_scope (QzEnterprise     *own,
                       QzEnterprise     *other,
                       QzBenchmarkScope  scope)
{
  const char *code_a = qz_enterprise_get_text (own, QZ_ENTERPRISE_INDUSTRY_CODE);
  const char *code_b = qz_enterprise_get_text (other, QZ_ENTERPRISE_INDUSTRY_CODE);

  switch (scope)
    {
    case QZ_BENCHMARK_DIVISION:
      /* "C34", from "C34", "C344" or "C3443" */
      return strlen (code_a) >= 3 && strncmp (code_a, code_b, 3) == 0;

    case QZ_BENCHMARK_CLASS:
      return code_a[0] != '\0' && g_str_equal (code_a, code_b);

    case QZ_BENCHMARK_REGION:
      {
        g_autofree char *region_a = qz_enterprise_dup_region (own);
        g_autofree char *region_b = qz_enterprise_dup_region (other);

        return region_a[0] != '\0' && g_str_equal (region_a, region_b);
      }

    default:
      return FALSE;
    }
}

/**
 * qz_benchmark_average:
 * @peers: (element-type QzAssessment): the latest complete assessment of
 *   each other enterprise in scope, all with the same framework
 *
 * Averages @peers node by node (dimensions, areas, indicators). Below
 * %QZ_BENCHMARK_MIN_ENTERPRISES peers, only their number is returned; a
 * node applicable to fewer peers than that has no mean.
 *
 * Returns: (transfer full): the benchmark
 */
QzBenchmark *
qz_benchmark_average (GPtrArray *peers)
{
  g_autoptr(GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  QzBenchmark *benchmark;
  GHashTableIter iter;
  gpointer key, value;

  benchmark = g_new0 (QzBenchmark, 1);
  benchmark->n_enterprises = peers->len;
  if (benchmark->n_enterprises < QZ_BENCHMARK_MIN_ENTERPRISES)
    return benchmark;

  for (guint i = 0; i < peers->len; i++)
    {
      g_autoptr(QzResult) result = qz_assessment_score (g_ptr_array_index (peers, i));
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
