/* qz-sign-off-group.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qz-assessment-store.h"

G_BEGIN_DECLS

#define QZ_TYPE_SIGN_OFF_GROUP (qz_sign_off_group_get_type ())

G_DECLARE_FINAL_TYPE (QzSignOffGroup, qz_sign_off_group, QZ, SIGN_OFF_GROUP, AdwPreferencesGroup)

void qz_sign_off_group_set_assessment (QzSignOffGroup    *self,
                                       QzAssessmentStore *store,
                                       QzAssessment      *assessment);

G_END_DECLS
