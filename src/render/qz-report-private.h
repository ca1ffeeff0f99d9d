/* qz-report-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the report's files share: the summary and the comparison with the
 * previous visit are written in qz-report-summary.c, the sign-off block
 * in qz-report-sign-off.c. */

#pragma once

#include "qz-report.h"

G_BEGIN_DECLS

char *_qz_report_amount       (double               value);
void  _qz_report_add_summary  (QzDoc               *doc,
                               const QzReportInput *input);
void  _qz_report_add_progress (QzDoc               *doc,
                               const QzReportInput *input);
void  _qz_report_add_sign_off (QzDoc               *doc,
                               const QzReportInput *input);

G_END_DECLS
