/* qz-plan-merge.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-plan"

#include "qz-config.h"

#include "qz-plan-merge.h"

static const QzDraftItem *
find_in_draft (QzDraft    *draft,
               const char *measure_id)
{
  for (guint i = 0; measure_id != NULL && i < draft->items->len; i++)
    {
      const QzDraftItem *item = g_ptr_array_index (draft->items, i);

      if (g_str_equal (item->measure->id, measure_id))
        return item;
    }

  return NULL;
}

static gboolean
in_plan (GListModel *plan,
         const char *measure_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr(QzPlanItem) item = g_list_model_get_item (plan, i);

      if (g_strcmp0 (qz_plan_item_get_measure_id (item), measure_id) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * qz_plan_merge_draft:
 * @plan: (element-type QzPlanItem): the plan as the expert keeps it
 * @draft: a fresh draft of the same assessment
 * @visit_date: the assessment's date, from which months count
 * @dismissed: (nullable): measures whose items the expert removed
 * @n_added: (out) (optional): how many measures the draft adds
 * @n_stale: (out) (optional): how many items it no longer proposes
 *
 * Redrafts without losing work: items the expert added or edited stay as
 * they are; untouched suggestions follow the draft; suggestions the draft
 * no longer makes are marked stale, not removed; new measures are added
 * at the end in the draft's order, except those the expert removed.
 */
void
qz_plan_merge_draft (GListStore *plan,
                     QzDraft    *draft,
                     const char *visit_date,
                     GStrv       dismissed,
                     guint      *n_added,
                     guint      *n_stale)
{
  guint added = 0, stale = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (plan));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QzPlanItem) item = g_list_model_get_item (G_LIST_MODEL (plan), i);
      const char *measure_id = qz_plan_item_get_measure_id (item);
      const QzDraftItem *drafted = find_in_draft (draft, measure_id);

      if (measure_id == NULL)
        continue;

      if (drafted == NULL)
        {
          stale += !qz_plan_item_get_stale (item);
          g_object_set (item, "stale", TRUE, NULL);
        }
      else if (qz_plan_item_get_edited (item))
        g_object_set (item, "stale", FALSE, NULL);
      else
        qz_plan_item_update_from_draft (item, drafted, visit_date);
    }

  for (guint i = 0; i < draft->items->len; i++)
    {
      const QzDraftItem *drafted = g_ptr_array_index (draft->items, i);

      if (!in_plan (G_LIST_MODEL (plan), drafted->measure->id) &&
          (dismissed == NULL || !g_strv_contains ((const char * const *) dismissed, drafted->measure->id)))
        {
          g_autoptr(QzPlanItem) item = qz_plan_item_new_from_draft (drafted, visit_date);

          g_list_store_append (plan, item);
          added++;
        }
    }

  if (n_added != NULL)
    *n_added = added;
  if (n_stale != NULL)
    *n_stale = stale;
}

/**
 * qz_plan_draft_for:
 * @assessment: an assessment
 *
 * Returns: (transfer full): the draft of its plan, towards its target
 */
QzDraft *
qz_plan_draft_for (QzAssessment *assessment)
{
  QzFramework *framework = qz_assessment_get_framework (assessment);

  return qz_draft_new (framework, qz_assessment_get_answers (assessment),
                       qz_framework_find_level (framework, qz_assessment_get_target_level (assessment)));
}
