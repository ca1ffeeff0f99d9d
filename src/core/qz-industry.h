/* qz-industry.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  QZ_INDUSTRY_LEVEL_SECTION,
  QZ_INDUSTRY_LEVEL_DIVISION,
  QZ_INDUSTRY_LEVEL_GROUP,
  QZ_INDUSTRY_LEVEL_CLASS,
} QzIndustryLevel;

typedef struct _QzIndustry QzIndustry;

const QzIndustry *qz_industry_lookup             (const char        *code);
const QzIndustry *qz_industry_get_nth            (guint              n);
guint             qz_industry_get_count          (void);
const char       *qz_industry_get_code           (const QzIndustry  *self);
const char       *qz_industry_get_name           (const QzIndustry  *self);
QzIndustryLevel   qz_industry_get_level          (const QzIndustry  *self);
const QzIndustry *qz_industry_get_parent         (const QzIndustry  *self);
gboolean          qz_industry_get_division_range (const QzIndustry  *self,
                                                  guint             *first,
                                                  guint             *last);
char             *qz_industry_dup_label          (const char        *code);
gboolean          qz_industry_is_industrial      (const char        *code);

G_END_DECLS
