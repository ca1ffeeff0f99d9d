/* qz-report-source.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-assessment-store.h"
#include "qz-enterprise-store.h"
#include "qz-plan-store.h"
#include "qz-report-input.h"

G_BEGIN_DECLS

QzReportInput *qz_report_input_gather (QzEnterpriseStore  *enterprises,
                                       QzAssessmentStore  *assessments,
                                       QzPlanStore        *plans,
                                       QzAssessment       *assessment,
                                       GError            **error);

G_END_DECLS
