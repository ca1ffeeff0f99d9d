/* qz-plan-merge.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-plan"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-input.h"
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
 * at the end in the draft's order, except those the expert removed. A
 * measure done stays as it is.
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

      /* A measure carried out is history: the draft has nothing to say. */
      if (measure_id == NULL || qz_plan_item_get_status (item) == QZ_PLAN_STATUS_DONE)
        continue;

      if (drafted == NULL)
        {
          stale += !qz_plan_item_get_stale (item);
          g_object_set (item, "stale", TRUE, NULL);
        }
      else if (qz_plan_item_get_edited (item))
        g_object_set (item, "stale", FALSE, "weakest", drafted->weakest, NULL);
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
 * Returns: (transfer full): the draft of its plan, towards its target,
 *   with the measures of its enterprise's industry
 */
QzDraft *
qz_plan_draft_for (QzAssessment *assessment)
{
  QzFramework *framework = qz_assessment_get_framework (assessment);

  return qz_draft_new_for_industry (framework, qz_assessment_get_answers (assessment),
                                    qz_framework_find_level (framework, qz_assessment_get_target_level (assessment)),
                                    qz_assessment_get_weight_set (assessment),
                                    qz_assessment_get_industry_code (assessment));
}

/**
 * qz_plan_carry:
 * @previous: (element-type QzPlanItem): the previous visit's plan
 *
 * The previous plan's measures as they go on in a follow-up's plan: each
 * a new item with the same texts, phase, dates, budget and status, naming
 * the item it continues. Measures the draft no longer proposed, which the
 * expert never settled, are left behind.
 *
 * Returns: (transfer full): the carried items, in order
 */
GListStore *
qz_plan_carry (GListModel *previous)
{
  static const char *copied[] = {
    "title", "detail", "effect", "owner", "start-date", "due-date",
    "phase", "priority", "status", "edited", "weakest",
  };
  GListStore *carried = g_list_store_new (QZ_TYPE_PLAN_ITEM);

  for (guint i = 0; i < g_list_model_get_n_items (previous); i++)
    {
      g_autoptr(QzPlanItem) before = g_list_model_get_item (previous, i);
      g_autoptr(QzPlanItem) item = NULL;

      if (qz_plan_item_get_stale (before))
        continue;

      item = qz_plan_item_new (NULL, qz_plan_item_get_measure_id (before), qz_plan_item_get_indicator_id (before));
      for (guint p = 0; p < G_N_ELEMENTS (copied); p++)
        {
          g_auto(GValue) value = G_VALUE_INIT;

          g_object_get_property (G_OBJECT (before), copied[p], &value);
          g_object_set_property (G_OBJECT (item), copied[p], &value);
        }
      qz_plan_item_set_budget (item, qz_plan_item_get_budget_min (before), qz_plan_item_get_budget_max (before));
      g_object_set (item, "carried-from", qz_plan_item_get_uuid (before), NULL);
      g_list_store_append (carried, item);
    }

  return carried;
}

/* ---- Moving a measure ---- */

static gboolean
in_force (QzPlanItem *item)
{
  return !qz_plan_item_get_stale (item) && qz_plan_item_get_status (item) != QZ_PLAN_STATUS_DONE;
}

static gboolean
needs (const QzMeasure *measure,
       const char      *prerequisite_id)
{
  for (guint i = 0; measure != NULL && i < measure->prerequisites->len; i++)
    {
      const QzMeasure *needed = g_ptr_array_index (measure->prerequisites, i);

      if (g_strcmp0 (needed->id, prerequisite_id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether @item can be in @phase, given the measures it needs and those
 * that need it in @plan. */
static gboolean
check_phase (GListModel   *plan,
             QzPlanItem   *item,
             QzPlanPhase   phase,
             QzFramework  *framework,
             GError      **error)
{
  const char *id = qz_plan_item_get_measure_id (item);
  const QzMeasure *measure = framework && id ? qz_framework_find_measure (framework, id) : NULL;

  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr(QzPlanItem) other = g_list_model_get_item (plan, i);
      const char *other_id = qz_plan_item_get_measure_id (other);
      QzPlanPhase other_phase = qz_plan_item_get_phase (other);

      if (other == item || other_id == NULL || !in_force (other))
        continue;

      if (needs (measure, other_id) && other_phase > phase)
        {
          /* Translators: a measure, a phase and its span, the measure it needs, that one's phase */
          g_set_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_OUT_OF_RANGE,
                       _("“%s” cannot move to %s (%s): it needs “%s” first, which is planned for %s."),
                       qz_plan_item_get_title (item), qz_plan_phase_get_name (phase), qz_plan_phase_get_span (phase),
                       qz_plan_item_get_title (other), qz_plan_phase_get_name (other_phase));
          return FALSE;
        }
      if (framework != NULL && needs (qz_framework_find_measure (framework, other_id), id) && other_phase < phase)
        {
          /* Translators: a measure, a phase and its span, the measure that needs it, that one's phase */
          g_set_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_OUT_OF_RANGE,
                       _("“%s” cannot move to %s (%s): “%s” needs it first and is planned for %s."),
                       qz_plan_item_get_title (item), qz_plan_phase_get_name (phase), qz_plan_phase_get_span (phase),
                       qz_plan_item_get_title (other), qz_plan_phase_get_name (other_phase));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  g_date_clear (date, 1);
  if (!qz_date_is_valid (text))
    return FALSE;
  g_date_set_parse (date, text);
  return g_date_valid (date);
}

static char *
format_date (const GDate *date)
{
  char text[16];

  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
  return g_strdup (text);
}

/* Dates follow a measure to its new phase: a due date outside it moves,
 * with the start, by whole months to the phase's nearest month, never
 * starting before the visit. */
static void
shift_dates (QzPlanItem  *item,
             QzPlanPhase  phase,
             const char  *visit_date)
{
  GDate visit, start, due;
  int months, target;
  g_autofree char *start_text = NULL;
  g_autofree char *due_text = NULL;

  if (!parse_date (visit_date, &visit) || !parse_date (qz_plan_item_get_due_date (item), &due))
    return;

  months = (g_date_get_year (&due) - g_date_get_year (&visit)) * 12 +
           (g_date_get_month (&due) - g_date_get_month (&visit)) +
           (g_date_get_day (&due) > g_date_get_day (&visit));
  if (qz_plan_phase_for_month (months) == phase)
    return;

  if (qz_plan_phase_for_month (months) < phase)
    target = phase == QZ_PLAN_PHASE_MID ? 7 : 19;
  else
    target = phase == QZ_PLAN_PHASE_NEAR ? 6 : 18;

  if (target > months)
    g_date_add_months (&due, target - months);
  else
    g_date_subtract_months (&due, months - target);
  due_text = format_date (&due);

  if (parse_date (qz_plan_item_get_start_date (item), &start))
    {
      if (target > months)
        g_date_add_months (&start, target - months);
      else
        g_date_subtract_months (&start, months - target);
      if (g_date_compare (&start, &visit) < 0)
        start = visit;
      start_text = format_date (&start);
    }

  g_object_set (item, "due-date", due_text, NULL);
  if (start_text != NULL)
    g_object_set (item, "start-date", start_text, NULL);
}

/**
 * qz_plan_move_item:
 * @plan: (element-type QzPlanItem): a plan
 * @from: an item's position
 * @to: where it goes
 * @framework: (nullable): the plan's framework, for the measures'
 *   prerequisites
 * @visit_date: the assessment's date, from which phases count
 * @error: return location for a #QzInputError
 *
 * Moves an item as the expert drags it. A measure placed among those of
 * another phase joins it: after a later one it is at least of that
 * phase, before an earlier one at most of that one; its dates move with
 * it and it counts as edited. A move that would put a measure before one
 * it needs, or after one that needs it, is refused and nothing changes.
 *
 * Returns: whether the item moved
 */
gboolean
qz_plan_move_item (GListStore   *plan,
                   guint         from,
                   guint         to,
                   QzFramework  *framework,
                   const char   *visit_date,
                   GError      **error)
{
  GListModel *model = G_LIST_MODEL (plan);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(QzPlanItem) item = g_list_model_get_item (model, from);
  g_autoptr(QzPlanItem) neighbour = NULL;
  QzPlanPhase before, phase;

  g_return_val_if_fail (G_IS_LIST_STORE (plan), FALSE);

  if (item == NULL || to == from)
    return item != NULL;
  to = MIN (to, n - 1);

  /* Moving down, it follows the item now at @to; moving up, it precedes it. */
  neighbour = g_list_model_get_item (model, to);
  before = phase = qz_plan_item_get_phase (item);
  if (to > from)
    phase = MAX (phase, qz_plan_item_get_phase (neighbour));
  else
    phase = MIN (phase, qz_plan_item_get_phase (neighbour));

  if (phase != before && !check_phase (model, item, phase, framework, error))
    return FALSE;

  /* Changed before it is put back, so that what shows it is bound anew. */
  if (phase != before)
    {
      g_object_set (item, "phase", phase, "edited", TRUE, NULL);
      shift_dates (item, phase, visit_date);
    }
  g_list_store_remove (plan, from);
  g_list_store_insert (plan, to, item);
  return TRUE;
}
