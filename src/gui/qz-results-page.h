/* qz-results-page.h
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

#define QZ_TYPE_RESULTS_PAGE (qz_results_page_get_type ())

G_DECLARE_FINAL_TYPE (QzResultsPage, qz_results_page, QZ, RESULTS_PAGE, AdwBin)

void qz_results_page_set_assessment (QzResultsPage     *self,
                                     QzEnterpriseStore *enterprises,
                                     QzAssessmentStore *store,
                                     QzAssessment      *assessment);
void qz_results_page_set_pending_edits (QzResultsPage  *self,
                                        QzPendingEdits *pending);

G_END_DECLS
