/* qz-report.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qz-doc-layout.h"
#include "qz-report-input.h"

G_BEGIN_DECLS

typedef enum
{
  QZ_REPORT_OVERVIEW   = 1 << 0,
  QZ_REPORT_PROFILE    = 1 << 1,
  QZ_REPORT_ASSESSMENT = 1 << 2,
  QZ_REPORT_PROBLEMS   = 1 << 3,
  QZ_REPORT_PLAN       = 1 << 4,
  QZ_REPORT_APPENDIX   = 1 << 5,
  QZ_REPORT_ALL        = 0x3f,
} QzReportSections;

typedef struct
{
  GBytes *image;    /* JPEG, on white */
  int     width;
  int     height;
} QzReportLogo;

typedef struct
{
  QzReportSections  sections;
  const char       *organisation;   /* on the cover and in the header */
  const char       *author;         /* the PDF's author; else the assessors */
  const char       *language;       /* "zh_CN" or "en"; NULL: the interface's */
  QzReportLogo     *logo;           /* on the cover; nullable */
  gboolean          internal;       /* an internal copy: internal notes and the
                                     * follow-up list in, marked on every page */
} QzReportOptions;

QzReportLogo *qz_report_logo_load (const char            *path,
                                   GError               **error);
void         qz_report_logo_free  (QzReportLogo          *logo);
char        *qz_report_logo_keep  (const char            *path,
                                   GError               **error);
gboolean     qz_report_logo_is_kept (const char          *path);
QzDoc       *qz_report_build      (const QzReportInput   *input,
                                   const QzReportOptions *options);
QzDocLayout *qz_report_layout     (QzDoc                 *doc,
                                   const QzReportInput   *input,
                                   const QzReportOptions *options);
gboolean     qz_report_export_pdf (const QzReportInput   *input,
                                   const QzReportOptions *options,
                                   const char            *path,
                                   GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzReportLogo, qz_report_logo_free)

G_END_DECLS
