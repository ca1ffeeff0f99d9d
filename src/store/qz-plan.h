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

GListStore *qz_plan_load        (QzPlanStore   *plans,
                                 QzAssessment  *assessment,
                                 gboolean      *drafted,
                                 GError       **error);

G_END_DECLS
