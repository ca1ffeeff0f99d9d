/* qz-plan.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-plan"

#include "qz-config.h"

#include "qz-plan.h"

/**
 * qz_plan_load:
 * @plans: where plans are stored
 * @assessment: an assessment
 * @drafted: (out) (optional): whether nothing was stored, so that the
 *   items are a fresh draft
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full): the assessment's plan as stored or, when it
 *   has none yet, as drafted (not stored); %NULL with @error set
 */
GListStore *
qz_plan_load (QzPlanStore   *plans,
              QzAssessment  *assessment,
              gboolean      *drafted,
              GError       **error)
{
  g_autoptr(GListStore) items = qz_plan_store_load (plans, qz_assessment_get_uuid (assessment), error);
  g_auto(GStrv) dismissed = NULL;
  gboolean empty = items != NULL && g_list_model_get_n_items (G_LIST_MODEL (items)) == 0;

  if (items == NULL)
    return NULL;

  if (empty)
    {
      g_autoptr(QzDraft) draft = qz_plan_draft_for (assessment);

      dismissed = qz_plan_store_dup_dismissed (plans, qz_assessment_get_uuid (assessment), error);
      if (dismissed == NULL)
        return NULL;
      qz_plan_merge_draft (items, draft, qz_assessment_get_visit_date (assessment), dismissed, NULL, NULL);
    }

  if (drafted != NULL)
    *drafted = empty;
  return g_steal_pointer (&items);
}
