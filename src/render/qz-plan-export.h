/* qz-plan-export.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qz-framework.h"

G_BEGIN_DECLS

#define QZ_PLAN_EXPORT_ERROR (qz_plan_export_error_quark ())

typedef enum
{
  QZ_PLAN_EXPORT_ERROR_FORMAT,
  QZ_PLAN_EXPORT_ERROR_FAILED,
} QzPlanExportError;

GQuark   qz_plan_export_error_quark (void);
gboolean qz_plan_export             (GListModel   *items,
                                     QzFramework  *framework,
                                     const char   *title,
                                     const char   *path,
                                     GError      **error);

G_END_DECLS
