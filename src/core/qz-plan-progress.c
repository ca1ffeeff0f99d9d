/* qz-plan-progress.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-plan-progress"

#include "qz-config.h"

#include "qz-plan-progress.h"

/* How a plan moved on since the previous visit: the measures of the
 * previous plan whose status changed, and those no longer in the plan.
 * A measure is the same when it comes from the same framework measure,
 * or, added by hand, has the same title. */

static void
progress_free (QzPlanProgress *progress)
{
  g_clear_object (&progress->before);
  g_clear_object (&progress->now);
  g_free (progress);
}

static gboolean
same_measure (QzPlanItem *a,
              QzPlanItem *b)
{
  const char *measure = qz_plan_item_get_measure_id (a);

  if (measure != NULL || qz_plan_item_get_measure_id (b) != NULL)
    return g_strcmp0 (measure, qz_plan_item_get_measure_id (b)) == 0;
  return g_strcmp0 (qz_plan_item_get_title (a), qz_plan_item_get_title (b)) == 0;
}

static QzPlanItem *
find_in (GListModel *plan,
         QzPlanItem *item)
{
  for (guint i = 0; plan != NULL && i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr(QzPlanItem) other = g_list_model_get_item (plan, i);

      if (!qz_plan_item_get_stale (other) && same_measure (other, item))
        return g_steal_pointer (&other);
    }

  return NULL;
}

/**
 * qz_plan_progress:
 * @plan: (element-type QzPlanItem) (nullable): the plan as it is now
 * @previous_plan: (element-type QzPlanItem) (nullable): the plan of the
 *   previous visit
 * @n_unchanged: (out) (optional): how many measures kept their status
 *
 * Returns: (transfer full) (element-type QzPlanProgress): each measure of
 *   @previous_plan (stale ones aside) whose status changed or that was
 *   dropped, in the previous plan's order
 */
GPtrArray *
qz_plan_progress (GListModel *plan,
                  GListModel *previous_plan,
                  guint      *n_unchanged)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) progress_free);
  guint unchanged = 0;

  for (guint i = 0; previous_plan != NULL && i < g_list_model_get_n_items (previous_plan); i++)
    {
      g_autoptr(QzPlanItem) before = g_list_model_get_item (previous_plan, i);
      g_autoptr(QzPlanItem) now = NULL;
      QzPlanProgress *progress;

      if (qz_plan_item_get_stale (before))
        continue;
      now = find_in (plan, before);
      if (now != NULL && qz_plan_item_get_status (now) == qz_plan_item_get_status (before))
        {
          unchanged++;
          continue;
        }

      progress = g_new0 (QzPlanProgress, 1);
      progress->status_before = qz_plan_item_get_status (before);
      progress->status_now = now ? qz_plan_item_get_status (now) : progress->status_before;
      progress->before = g_steal_pointer (&before);
      progress->now = g_steal_pointer (&now);
      g_ptr_array_add (changes, progress);
    }

  if (n_unchanged != NULL)
    *n_unchanged = unchanged;
  return changes;
}
