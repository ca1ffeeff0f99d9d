/* qz-chart.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-assessment.h"
#include "qz-benchmark.h"
#include "qz-radar.h"

G_BEGIN_DECLS

typedef enum
{
  QZ_CHART_CURRENT  = 1 << 0,
  QZ_CHART_TARGET   = 1 << 1,
  QZ_CHART_PREVIOUS = 1 << 2,
  QZ_CHART_INDUSTRY = 1 << 3,
} QzChartSeries;

#define QZ_CHART_ERROR (qz_chart_error_quark ())

typedef enum
{
  QZ_CHART_ERROR_INVALID,
  QZ_CHART_ERROR_FAILED,
} QzChartError;

GQuark       qz_chart_error_quark  (void);
QzChartData *qz_chart_for_assessment    (QzAssessment   *current,
                                    QzAssessment   *previous,
                                    QzBenchmark    *industry,
                                    QzChartSeries   series);
gboolean     qz_chart_parse_series (const char     *text,
                                    QzChartSeries  *series,
                                    GError        **error);
gboolean     qz_chart_export       (QzChartData    *data,
                                    const char     *path,
                                    GError        **error);

G_END_DECLS
