/* qz-plan-item.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qz-plan-draft.h"

G_BEGIN_DECLS

typedef enum
{
  QZ_PLAN_STATUS_PROPOSED,
  QZ_PLAN_STATUS_AGREED,
  QZ_PLAN_STATUS_UNDER_WAY,
  QZ_PLAN_STATUS_DONE,
} QzPlanStatus;

#define QZ_TYPE_PLAN_ITEM (qz_plan_item_get_type ())

G_DECLARE_FINAL_TYPE (QzPlanItem, qz_plan_item, QZ, PLAN_ITEM, GObject)

QzPlanItem     *qz_plan_item_new               (const char        *uuid,
                                                const char        *measure_id,
                                                const char        *indicator_id);
QzPlanItem     *qz_plan_item_new_from_draft    (const QzDraftItem *draft_item,
                                                const char        *visit_date);
void            qz_plan_item_update_from_draft (QzPlanItem        *self,
                                                const QzDraftItem *draft_item,
                                                const char        *visit_date);
const char     *qz_plan_item_get_uuid          (QzPlanItem        *self);
const char     *qz_plan_item_get_measure_id    (QzPlanItem        *self);
const char     *qz_plan_item_get_indicator_id  (QzPlanItem        *self);
const char     *qz_plan_item_get_title         (QzPlanItem        *self);
const char     *qz_plan_item_get_detail        (QzPlanItem        *self);
const char     *qz_plan_item_get_effect        (QzPlanItem        *self);
const char     *qz_plan_item_get_owner         (QzPlanItem        *self);
const char     *qz_plan_item_get_start_date    (QzPlanItem        *self);
const char     *qz_plan_item_get_due_date      (QzPlanItem        *self);
QzPlanPhase     qz_plan_item_get_phase         (QzPlanItem        *self);
QzPlanPriority  qz_plan_item_get_priority      (QzPlanItem        *self);
QzPlanStatus    qz_plan_item_get_status        (QzPlanItem        *self);
double          qz_plan_item_get_budget_min    (QzPlanItem        *self);
double          qz_plan_item_get_budget_max    (QzPlanItem        *self);
gboolean        qz_plan_item_get_edited        (QzPlanItem        *self);
gboolean        qz_plan_item_get_stale         (QzPlanItem        *self);
const char     *qz_plan_item_get_shown_title   (QzPlanItem        *self,
                                                QzFramework       *framework);
const char     *qz_plan_item_get_shown_effect  (QzPlanItem        *self,
                                                QzFramework       *framework);
gboolean        qz_plan_item_get_weakest       (QzPlanItem        *self);
const char     *qz_plan_item_get_carried_from  (QzPlanItem        *self);
double          qz_plan_item_get_budget_low    (QzPlanItem        *self);
double          qz_plan_item_get_budget_high   (QzPlanItem        *self);
void            qz_plan_item_set_budget        (QzPlanItem        *self,
                                                double             min,
                                                double             max);
char           *qz_plan_item_dup_budget_text   (QzPlanItem        *self);
gboolean        qz_plan_item_check             (QzPlanItem        *self,
                                                GError           **error);
const char     *qz_plan_priority_get_name      (QzPlanPriority     priority);
const char     *qz_plan_status_get_name        (QzPlanStatus       status);
char           *qz_plan_item_dup_description   (QzPlanItem        *self);

/* What a plan, or a part of it, costs: its items still proposed, and
 * their budgets summed (10 000 yuan). */
typedef struct
{
  guint  n_items;
  double low;
  double high;
} QzPlanBudget;

void            qz_plan_budget_add             (QzPlanBudget      *budget,
                                                QzPlanItem        *item);
void            qz_plan_budget_sum             (QzPlanBudget      *budget,
                                                GListModel        *plan);

G_END_DECLS
