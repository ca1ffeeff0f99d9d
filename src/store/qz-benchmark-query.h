/* qz-benchmark-query.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-assessment-store.h"
#include "qz-benchmark.h"
#include "qz-enterprise-store.h"

G_BEGIN_DECLS

QzBenchmark *qz_benchmark_compute (QzAssessmentStore  *assessments,
                                   QzEnterpriseStore  *enterprises,
                                   QzAssessment       *assessment,
                                   QzBenchmarkScope    scope,
                                   GError            **error);

G_END_DECLS
