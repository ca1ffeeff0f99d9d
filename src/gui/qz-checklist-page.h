/* qz-checklist-page.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qz-assessment-store.h"
#include "qz-pending-edits.h"

G_BEGIN_DECLS

#define QZ_TYPE_CHECKLIST_PAGE (qz_checklist_page_get_type ())

G_DECLARE_FINAL_TYPE (QzChecklistPage, qz_checklist_page, QZ, CHECKLIST_PAGE, AdwBin)

QzAssessment *qz_checklist_page_get_assessment         (QzChecklistPage   *self);
void          qz_checklist_page_set_assessment         (QzChecklistPage   *self,
                                                        QzAssessmentStore *store,
                                                        QzAssessment      *assessment);
void          qz_checklist_page_focus_first_unanswered (QzChecklistPage   *self);
void          qz_checklist_page_attach_photo           (QzChecklistPage   *self,
                                                        const char        *indicator_id,
                                                        GFile             *file);
gboolean      qz_checklist_page_flush                  (QzChecklistPage   *self);
void          qz_checklist_page_refresh_photos         (QzChecklistPage   *self);
void          qz_checklist_page_set_pending_edits      (QzChecklistPage   *self,
                                                        QzPendingEdits    *pending);
void          qz_checklist_page_set_subject            (QzChecklistPage   *self,
                                                        const char        *enterprise_name);

G_END_DECLS
