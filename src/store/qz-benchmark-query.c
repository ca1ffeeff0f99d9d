/* qz-benchmark-query.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-benchmark"

#include "qz-config.h"

#include "qz-benchmark-query.h"

/* The industry benchmark from the user's own cases: which of them count
 * is a query over the stores; how they are averaged, qz-benchmark.c. */

/**
 * qz_benchmark_compute:
 * @assessments: the assessment store
 * @enterprises: the enterprise store of the same database
 * @assessment: the assessment to compare
 * @scope: which enterprises are "of the same kind"
 * @error: return location for an error
 *
 * Finds the latest complete assessment with the same framework of every
 * other enterprise in @scope, and averages them with
 * qz_benchmark_average().
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
  g_autoptr(GPtrArray) peers = g_ptr_array_new ();
  QzEnterprise *own;
  const char *framework_id;

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
          !qz_benchmark_in_scope (own, enterprise, scope))
        continue;

      g_hash_table_add (latest, (gpointer) uuid);
      g_ptr_array_add (peers, other);
    }

  return qz_benchmark_average (peers);
}
