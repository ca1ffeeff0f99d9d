/* qz-plan-progress.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qz-plan-item.h"

G_BEGIN_DECLS

/* What became of a measure of the previous visit's plan. */
typedef struct
{
  QzPlanItem   *before;   /* the item in the previous plan */
  QzPlanItem   *now;      /* the same measure in this plan, or NULL when it was dropped */
  QzPlanStatus  status_before;
  QzPlanStatus  status_now;
} QzPlanProgress;

GPtrArray *qz_plan_progress (GListModel *plan,
                             GListModel *previous_plan,
                             guint      *n_unchanged);

G_END_DECLS
