/* qz-report-dialog.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qz-report.h"

G_BEGIN_DECLS

#define QZ_TYPE_REPORT_DIALOG (qz_report_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QzReportDialog, qz_report_dialog, QZ, REPORT_DIALOG, AdwWindow)

QzReportDialog *qz_report_dialog_new        (GtkWindow           *parent,
                                             GSettings           *settings,
                                             QzReportInput       *input);
guint           qz_report_dialog_get_n_pages (QzReportDialog     *self);
void            qz_report_dialog_set_section (QzReportDialog     *self,
                                              QzReportSections    section,
                                              gboolean            shown);
gboolean        qz_report_dialog_export     (QzReportDialog      *self,
                                             const char          *path,
                                             GError             **error);

G_END_DECLS
