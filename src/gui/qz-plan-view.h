/* qz-plan-view.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "qz-framework.h"

G_BEGIN_DECLS

#define QZ_TYPE_PLAN_VIEW (qz_plan_view_get_type ())

G_DECLARE_FINAL_TYPE (QzPlanView, qz_plan_view, QZ, PLAN_VIEW, GtkWidget)

void  qz_plan_view_set_model    (QzPlanView  *self,
                                 GListModel  *items,
                                 QzFramework *framework);
guint qz_plan_view_get_selected (QzPlanView  *self);
void  qz_plan_view_select       (QzPlanView  *self,
                                 guint        position);
void  qz_plan_view_commit       (QzPlanView  *self);
gboolean qz_plan_view_edit_text (QzPlanView  *self,
                                 guint        position,
                                 const char  *property,
                                 const char  *text);

G_END_DECLS
