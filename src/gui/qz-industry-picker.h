/* qz-industry-picker.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define QZ_TYPE_INDUSTRY_PICKER (qz_industry_picker_get_type ())

G_DECLARE_FINAL_TYPE (QzIndustryPicker, qz_industry_picker, QZ, INDUSTRY_PICKER, AdwWindow)

QzIndustryPicker *qz_industry_picker_new          (const char       *code);
void              qz_industry_picker_set_query    (QzIndustryPicker *self,
                                                   const char       *query);
guint             qz_industry_picker_get_n_shown  (QzIndustryPicker *self);

G_END_DECLS
