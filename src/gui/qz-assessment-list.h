/* qz-assessment-list.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qz-assessment-store.h"

G_BEGIN_DECLS

#define QZ_TYPE_ASSESSMENT_LIST (qz_assessment_list_get_type ())

G_DECLARE_FINAL_TYPE (QzAssessmentList, qz_assessment_list, QZ, ASSESSMENT_LIST, AdwBin)

void       qz_assessment_list_set_store      (QzAssessmentList  *self,
                                              QzAssessmentStore *store);
void       qz_assessment_list_set_enterprise (QzAssessmentList  *self,
                                              QzEnterprise      *enterprise);
void       qz_assessment_list_reload         (QzAssessmentList  *self);
GtkWindow *qz_assessment_list_new_dialog     (QzAssessmentList  *self);

G_END_DECLS
