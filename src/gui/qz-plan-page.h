/* qz-plan-page.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qz-assessment.h"
#include "qz-pending-edits.h"
#include "qz-plan-store.h"

G_BEGIN_DECLS

#define QZ_TYPE_PLAN_PAGE (qz_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (QzPlanPage, qz_plan_page, QZ, PLAN_PAGE, AdwBin)

void        qz_plan_page_set_assessment (QzPlanPage   *self,
                                         QzPlanStore  *plans,
                                         QzAssessment *assessment,
                                         const char   *enterprise_name);
void        qz_plan_page_flush          (QzPlanPage   *self);
GListModel *qz_plan_page_get_items      (QzPlanPage   *self);
gboolean    qz_plan_page_is_kept        (QzPlanPage   *self);
gboolean    qz_plan_page_undo_remove    (QzPlanPage   *self,
                                         const char   *item_uuid);
void        qz_plan_page_reload         (QzPlanPage   *self);
void        qz_plan_page_set_pending_edits (QzPlanPage     *self,
                                            QzPendingEdits *pending);

G_END_DECLS
