/* qz-benchmark.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-assessment.h"
#include "qz-enterprise.h"

G_BEGIN_DECLS

/* Fewer enterprises than this and an average could give one of them away. */
#define QZ_BENCHMARK_MIN_ENTERPRISES 3

typedef enum
{
  QZ_BENCHMARK_DIVISION,
  QZ_BENCHMARK_CLASS,
  QZ_BENCHMARK_REGION,
} QzBenchmarkScope;

typedef struct
{
  guint       n_enterprises;  /* how many contributed */
  GHashTable *means;          /* node id → double *, NULL below the minimum */
} QzBenchmark;

gboolean     qz_benchmark_in_scope (QzEnterprise       *own,
                                    QzEnterprise       *other,
                                    QzBenchmarkScope    scope);
QzBenchmark *qz_benchmark_average  (GPtrArray          *peers);
gboolean     qz_benchmark_get      (QzBenchmark        *benchmark,
                                   const char         *node_id,
                                   double             *mean);
void         qz_benchmark_free     (QzBenchmark        *benchmark);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzBenchmark, qz_benchmark_free)

G_END_DECLS
