/* qz-plan-merge.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qz-assessment.h"
#include "qz-plan-item.h"

G_BEGIN_DECLS

void     qz_plan_merge_draft (GListStore   *plan,
                              QzDraft      *draft,
                              const char   *visit_date,
                              GStrv         dismissed,
                              guint        *n_added,
                              guint        *n_stale);
QzDraft *qz_plan_draft_for   (QzAssessment *assessment);
GListStore *qz_plan_carry    (GListModel   *previous);
gboolean qz_plan_move_item   (GListStore   *plan,
                              guint         from,
                              guint         to,
                              QzFramework  *framework,
                              const char   *visit_date,
                              GError      **error);

G_END_DECLS
