/* qz-profile-page.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qz-assessment-store.h"
#include "qz-enterprise-store.h"

#include "qz-pending-edits.h"

G_BEGIN_DECLS

#define QZ_TYPE_PROFILE_PAGE (qz_profile_page_get_type ())

G_DECLARE_FINAL_TYPE (QzProfilePage, qz_profile_page, QZ, PROFILE_PAGE, AdwBin)

QzEnterprise *qz_profile_page_get_enterprise (QzProfilePage     *self);
void          qz_profile_page_set_enterprise (QzProfilePage     *self,
                                              QzEnterprise      *enterprise);
void          qz_profile_page_set_store      (QzProfilePage     *self,
                                              QzEnterpriseStore *store);
void          qz_profile_page_set_assessment_store (QzProfilePage     *self,
                                                    QzAssessmentStore *store);
void          qz_profile_page_reload_assessments (QzProfilePage   *self);
gboolean      qz_profile_page_flush          (QzProfilePage     *self);
void          qz_profile_page_focus_name     (QzProfilePage     *self);
void          qz_profile_page_set_pending_edits (QzProfilePage  *self,
                                                 QzPendingEdits *pending);

G_END_DECLS
