/* qz-measure.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-scoring.h"

G_BEGIN_DECLS

gboolean    qz_measure_category_from_string (const char        *text,
                                             QzMeasureCategory *category);
const char *qz_measure_category_get_name    (QzMeasureCategory  category);
gboolean    qz_programme_is_known           (const char        *id);
const char *qz_programme_get_name           (const char        *id);
QzAnswer   *qz_measure_apply                (const QzMeasure   *measure,
                                             const QzAnswer    *answer);
gboolean    qz_measure_is_for_industry      (const QzMeasure   *measure,
                                             const char        *industry_code);
gboolean    qz_measure_is_specific_to       (const QzMeasure   *measure,
                                             const char        *industry_code);

G_END_DECLS
