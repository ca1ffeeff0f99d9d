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

char   *qz_format_percent        (double             points,
                                  double             max);
char   *qz_result_describe_next  (QzResult          *result,
                                  const QzNextLevel *next);
GArray *qz_result_rank_areas     (QzResult          *result,
                                  QzFramework       *framework);
char   *qz_answer_describe       (const QzAnswer    *answer,
                                  QzFramework       *framework,
                                  const QzIndicator *indicator);

G_END_DECLS
