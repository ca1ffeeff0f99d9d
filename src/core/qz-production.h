/* qz-production.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "qz-framework.h"

G_BEGIN_DECLS

/* How an enterprise manufactures: discrete (parts made and assembled:
 * machinery, electrical goods, footwear, apparel …) or process (materials
 * transformed in continuous or batch flows: chemicals, metals, paper …).
 * GB/T 39116 / 39117 weigh their sub-domains differently for the two. */
typedef enum
{
  QZ_PRODUCTION_DISCRETE,
  QZ_PRODUCTION_PROCESS,
} QzProduction;

typedef struct
{
  QzProduction  production;
  const char   *prefix;    /* the GB/T 4754 code the rule matched, or NULL for the default */
  gboolean      verified;  /* whether the rule was checked against an official text */
} QzProductionRule;

void        qz_production_for_industry (const char       *industry_code,
                                        QzProductionRule *rule);
const char *qz_production_to_id        (QzProduction      production);
gboolean    qz_production_from_id      (const char       *id,
                                        QzProduction     *production);
const char *qz_production_to_string    (QzProduction      production);
char       *qz_weight_set_describe     (const QzWeightSet *set,
                                        const char        *industry_code);

G_END_DECLS
