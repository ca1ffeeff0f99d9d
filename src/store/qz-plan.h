/* qz-plan.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qz-plan-merge.h"
#include "qz-plan-store.h"

G_BEGIN_DECLS

#define QZ_TYPE_PLAN (qz_plan_get_type ())

G_DECLARE_FINAL_TYPE (QzPlan, qz_plan, QZ, PLAN, GObject)

GListStore *qz_plan_load        (QzPlanStore   *plans,
                                 QzAssessment  *assessment,
                                 gboolean      *drafted,
                                 GError       **error);

QzPlan     *qz_plan_open        (QzPlanStore   *plans,
                                 QzAssessment  *assessment,
                                 GError       **error);
GListModel *qz_plan_get_items   (QzPlan        *self);
QzDraft    *qz_plan_get_draft   (QzPlan        *self);
gboolean    qz_plan_is_kept     (QzPlan        *self);
gboolean    qz_plan_keep        (QzPlan        *self,
                                 GError       **error);
gboolean    qz_plan_save_item   (QzPlan        *self,
                                 QzPlanItem    *item,
                                 GError       **error);
guint       qz_plan_add         (QzPlan        *self,
                                 const char    *title,
                                 GError       **error);
gboolean    qz_plan_move        (QzPlan        *self,
                                 guint          from,
                                 guint          to,
                                 GError       **error);
QzPlanItem *qz_plan_remove      (QzPlan        *self,
                                 guint          position,
                                 GError       **error);
gboolean    qz_plan_restore     (QzPlan        *self,
                                 const char    *item_uuid,
                                 guint         *position,
                                 GError       **error);
gboolean    qz_plan_redraft     (QzPlan        *self,
                                 guint         *n_added,
                                 guint         *n_stale,
                                 GError       **error);

G_END_DECLS
