/* qz-report-input.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qz-assessment.h"
#include "qz-benchmark.h"
#include "qz-enterprise.h"

G_BEGIN_DECLS

/* Everything a report is written from, gathered once (by
 * qz_report_input_gather(), for the window and the command line alike)
 * and then only read. */
typedef struct
{
  QzEnterprise *enterprise;
  QzAssessment *assessment;
  QzBenchmark  *industry;    /* nullable: the average of its division */
  GListModel   *plan;        /* QzPlanItem, as kept or drafted; nullable */
  GPtrArray    *evidence;    /* QzEvidence, each with its print_jpeg */
  QzAssessment *previous;    /* nullable: the previous visit, same framework */
  GListModel   *previous_plan; /* QzPlanItem, the previous visit's; nullable */
  GPtrArray    *contacts;    /* QzContact, in the enterprise's order */
} QzReportInput;

#define QZ_TYPE_REPORT_INPUT (qz_report_input_get_type ())

GType          qz_report_input_get_type (void) G_GNUC_CONST;
QzReportInput *qz_report_input_new      (QzEnterprise  *enterprise,
                                         QzAssessment  *assessment);
QzReportInput *qz_report_input_ref      (QzReportInput *input);
void           qz_report_input_unref    (QzReportInput *input);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzReportInput, qz_report_input_unref)

G_END_DECLS
