/* qz-result-text.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-scoring.h"

G_BEGIN_DECLS

/* Results in words, the same on the results page and in the report. */

typedef struct
{
  const QzArea *area;
  double        share;   /* 0 … 1 */
} QzAreaShare;

/* A row of the table of dimensions. */
typedef struct
{
  const QzDimension *dimension;
  const QzNodeScore *node;
  double             shown;   /* its points as printed: rounded so that, with the
                               * points method, the rows add up to the total */
} QzDimensionRow;

/* A row of the table of scenarios. */
typedef struct
{
  const QzIndicator *indicator;
  char              *title;   /* ★ before a constrained scenario */
  char              *grade;
} QzScenarioRow;

/* How many areas the results call the strongest and the weakest. */
#define QZ_RESULT_N_EXTREMES 3

char      *qz_format_percent        (double             points,
                                     double             max);
char      *qz_result_describe_next  (QzResult          *result,
                                     const QzNextLevel *next);
GArray    *qz_result_rank_areas     (QzResult          *result,
                                     QzFramework       *framework);
GArray    *qz_result_weakest_areas  (QzResult          *result,
                                     QzFramework       *framework);
double     qz_result_change         (QzResult          *result,
                                     QzResult          *earlier,
                                     const char        *id);
char      *qz_format_change         (double             change);
GArray    *qz_result_strongest_areas (QzResult          *result,
                                      QzFramework       *framework);
char      *qz_answer_describe       (const QzAnswer    *answer,
                                     QzFramework       *framework,
                                     const QzIndicator *indicator);
char      *qz_indicator_describe    (const QzIndicator *indicator,
                                     guint              number,
                                     const QzAnswer    *answer,
                                     QzFramework       *framework,
                                     gboolean           review);
GArray    *qz_result_dimension_rows (QzResult          *result,
                                     QzFramework       *framework,
                                     guint              decimals);
void       qz_round_to_total        (const double      *values,
                                     double            *rounded,
                                     guint              n_values,
                                     double             total,
                                     guint              decimals);
GPtrArray *qz_scenario_rows         (QzFramework       *framework,
                                     GHashTable        *answers);

G_END_DECLS
