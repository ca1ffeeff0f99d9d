/* qz-plan-draft.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-plan-draft"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qz-measure.h"
#include "qz-plan-draft.h"
#include "qz-result-text.h"

/* The draft of an improvement plan, from the answers and a target level.
 *
 * It works on a copy of the answers as if measures were carried out one
 * after the other. At each step every measure of an answered indicator is
 * tried on the answers so far; what it wins decides: first a measure that
 * raises a constrained scenario the goal's rule still lacks, then one that
 * raises any scenario it lacks, then the one winning the most points (or
 * S), one of the enterprise's own industry first, then the cheaper. The measure is taken with those of its
 * prerequisites that are not done yet, placed before it. This stops when
 * the goal level is reached, or when nothing wins anything more.
 *
 * Then every area the results call weakest (qz_result_weakest_areas(),
 * as the results page names them) that no measure reaches yet gets the
 * best of its own, chosen the same way, after the others; the first
 * measure for each weakest area is marked as such.
 *
 * Outcome indicators (a change in the pass rate, in costs…) are results,
 * not actions: no measure is counted as raising them. Their measures are
 * never picked to reach the goal, and one picked for a weakest area
 * leaves its indicator's answer, and so the projected score, as it is.
 *
 * A measure marked for industries is only proposed to an enterprise of
 * one of them. Of the measures of one indicator, those of the
 * enterprise's own industry are tried first; the others only when none
 * of those wins anything.
 *
 * Each measure then starts when its prerequisites end; where it ends sets
 * its phase. */

#define EPSILON 1e-9

typedef struct
{
  QzFramework   *framework;
  const QzWeightSet *weight_set;
  const char    *industry_code;
  GHashTable    *answers;   /* indicator id → QzAnswer, as if done so far */
  QzResult      *result;    /* of @answers */
  const QzLevel *goal;
  QzNextLevel    short_of;  /* of the goal */
  GHashTable    *planned;   /* QzMeasure */
  GPtrArray     *items;     /* QzDraftItem, as picked */
} Drafter;

typedef struct
{
  gboolean  raises;
  double    gain;
  gboolean  unlocks;
  gboolean  constrained;
  gboolean  own;       /* a measure of the enterprise's own industry */
  QzAnswer *after;
} Trial;

static const char *phase_names[] = {
  [QZ_PLAN_PHASE_NEAR] = N_("Near term"),
  [QZ_PLAN_PHASE_MID] = N_("Medium term"),
  [QZ_PLAN_PHASE_LONG] = N_("Long term"),
};

static const char *phase_spans[] = {
  [QZ_PLAN_PHASE_NEAR] = N_("up to 6 months"),
  [QZ_PLAN_PHASE_MID] = N_("6 to 18 months"),
  [QZ_PLAN_PHASE_LONG] = N_("over 18 months"),
};

const char *
qz_plan_phase_get_name (QzPlanPhase phase)
{
  g_return_val_if_fail (phase < G_N_ELEMENTS (phase_names), NULL);
  return _(phase_names[phase]);
}

/* How long a phase runs, from the visit: "up to 6 months". */
const char *
qz_plan_phase_get_span (QzPlanPhase phase)
{
  g_return_val_if_fail (phase < G_N_ELEMENTS (phase_spans), NULL);
  return _(phase_spans[phase]);
}

QzPlanPhase
qz_plan_phase_for_month (int end_month)
{
  if (end_month <= 6)
    return QZ_PLAN_PHASE_NEAR;
  if (end_month <= 18)
    return QZ_PLAN_PHASE_MID;
  return QZ_PLAN_PHASE_LONG;
}

static void
rescore (Drafter *drafter)
{
  g_clear_pointer (&drafter->result, qz_result_free);
  drafter->result = qz_score_weighted (drafter->framework, drafter->answers, drafter->weight_set);
  if (drafter->goal != NULL)
    qz_result_short_of (drafter->result, drafter->framework, drafter->answers, drafter->goal, &drafter->short_of);
}

static gboolean
goal_reached (Drafter *drafter)
{
  return drafter->goal != NULL && drafter->result->level != NULL &&
         drafter->result->level->rank >= drafter->goal->rank;
}

static int
grade_of (const QzAnswer *answer)
{
  return answer != NULL ? answer->grade : -1;
}

/* Which measures are tried first: those of the enterprise's own industry
 * (0), then those for any industry (1); those of other industries never
 * (-1). */
static int
industry_pass (Drafter         *drafter,
               const QzMeasure *measure)
{
  if (qz_measure_is_specific_to (measure, drafter->industry_code))
    return 0;
  return measure->industries == NULL ? 1 : -1;
}

/* The lowest grade a measure of @indicator reaches at or above @grade:
 * raising a scenario to the rule's grade takes that one, not a higher. */
static int
first_grade_from (Drafter           *drafter,
                  const QzIndicator *indicator,
                  int                grade)
{
  int lowest = G_MAXINT;

  for (guint i = 0; i < indicator->measures->len; i++)
    {
      const QzMeasure *measure = g_ptr_array_index (indicator->measures, i);

      if (industry_pass (drafter, measure) >= 0 && measure->reaches_value >= grade)
        lowest = MIN (lowest, (int) measure->reaches_value);
    }

  return lowest;
}

/* What @measure would do to the answers so far. */
static Trial
try_measure (Drafter         *drafter,
             const QzMeasure *measure)
{
  const QzIndicator *indicator = measure->indicator;
  const char *id = indicator->id;
  QzAnswer *before = g_hash_table_lookup (drafter->answers, id);
  Trial trial = { FALSE, 0, FALSE, FALSE, industry_pass (drafter, measure) == 0, qz_measure_apply (measure, before) };
  g_autoptr(QzResult) result = NULL;

  /* Score with the answer swapped in, then put the old one back. */
  g_hash_table_steal (drafter->answers, id);
  g_hash_table_insert (drafter->answers, (gpointer) id, trial.after);
  result = qz_score_weighted (drafter->framework, drafter->answers, drafter->weight_set);
  g_hash_table_steal (drafter->answers, id);
  if (before != NULL)
    g_hash_table_insert (drafter->answers, (gpointer) id, before);

  trial.gain = result->total - drafter->result->total;
  if (indicator->kind == QZ_INDICATOR_SCENARIO)
    {
      int grade = drafter->goal != NULL ? drafter->goal->scenario_grade : 0;

      trial.raises = trial.after->grade > grade_of (before);
      trial.unlocks = grade > 0 && drafter->short_of.short_scenarios > 0 &&
                      grade_of (before) < grade && trial.after->grade >= grade &&
                      trial.after->grade == first_grade_from (drafter, indicator, grade);
      trial.constrained = trial.unlocks && indicator->constraint && drafter->short_of.short_constrained > 0;
    }
  else
    {
      trial.raises = qz_result_get_node (result, id)->points >
                     qz_result_get_node (drafter->result, id)->points + EPSILON;
    }

  return trial;
}

/* Whether @a should be taken before @b. For an area, an action comes
 * before a measure for an outcome, whatever the outcome would score. */
static gboolean
better (const Trial     *a,
        const QzMeasure *a_measure,
        const Trial     *b,
        const QzMeasure *b_measure)
{
  if (a_measure->indicator->outcome != b_measure->indicator->outcome)
    return !a_measure->indicator->outcome;
  if (a->constrained != b->constrained)
    return a->constrained;
  if (a->unlocks != b->unlocks)
    return a->unlocks;
  if (fabs (a->gain - b->gain) > EPSILON)
    return a->gain > b->gain;
  if (a->own != b->own)
    return a->own;
  return a_measure->investment_max < b_measure->investment_max;
}

static void
take (Drafter         *drafter,
      const QzMeasure *measure,
      guint            group,
      gboolean         unlocks)
{
  Trial trial;

  for (guint i = 0; i < measure->prerequisites->len; i++)
    {
      const QzMeasure *needed = g_ptr_array_index (measure->prerequisites, i);
      const QzAnswer *answer = g_hash_table_lookup (drafter->answers, needed->indicator->id);

      if (g_hash_table_contains (drafter->planned, needed) || (answer != NULL && answer->na) ||
          industry_pass (drafter, needed) < 0)
        continue;

      trial = try_measure (drafter, needed);
      qz_answer_free (trial.after);
      if (trial.raises)
        take (drafter, needed, group, FALSE);
    }

  trial = try_measure (drafter, measure);
  g_hash_table_add (drafter->planned, (gpointer) measure);
  if (!trial.raises)
    {
      /* A prerequisite took the indicator as far already. */
      qz_answer_free (trial.after);
      return;
    }

  {
    QzDraftItem *item = g_new0 (QzDraftItem, 1);

    item->measure = measure;
    item->gain = measure->indicator->outcome ? 0 : trial.gain;
    item->unlocks = unlocks;
    item->group = group;
    g_ptr_array_add (drafter->items, item);
  }

  /* An outcome is not raised by carrying out a measure: its answer stays. */
  if (measure->indicator->outcome)
    {
      qz_answer_free (trial.after);
      return;
    }

  g_hash_table_replace (drafter->answers, (gpointer) measure->indicator->id, trial.after);
  rescore (drafter);
}

/* The best measure to take next, of @area's indicators only unless it is
 * NULL, or NULL when none wins anything. Outcome indicators are looked
 * at only for an area, and what their measures win is not kept. */
static const QzMeasure *
pick (Drafter      *drafter,
      const QzArea *area,
      gboolean     *unlocks)
{
  GPtrArray *indicators = qz_framework_get_indicators (drafter->framework);
  const QzMeasure *best = NULL;
  Trial best_trial = { 0 };

  for (guint i = 0; i < indicators->len; i++)
    {
      QzIndicator *indicator = g_ptr_array_index (indicators, i);
      const QzAnswer *answer = g_hash_table_lookup (drafter->answers, indicator->id);
      gboolean found = FALSE;

      if (!qz_answer_is_given (answer, indicator) || answer->na || (area != NULL && indicator->area != area) ||
          (area == NULL && indicator->outcome))
        continue;

      /* The enterprise's own industry's measures first; others if none wins. */
      for (int pass = 0; pass < 2 && !found; pass++)
        {
          for (guint m = 0; m < indicator->measures->len; m++)
            {
              const QzMeasure *measure = g_ptr_array_index (indicator->measures, m);
              Trial trial;

              if (industry_pass (drafter, measure) != pass || g_hash_table_contains (drafter->planned, measure))
                continue;

              trial = try_measure (drafter, measure);
              qz_answer_free (g_steal_pointer (&trial.after));
              if (!trial.raises || (trial.gain <= EPSILON && !trial.unlocks))
                continue;

              found = TRUE;
              if (best == NULL || better (&trial, measure, &best_trial, best))
                {
                  best = measure;
                  best_trial = trial;
                }
            }
        }
    }

  *unlocks = best_trial.unlocks;
  return best;
}

/* The first item, in the order picked from @from on, for @area. */
static QzDraftItem *
first_for (GPtrArray    *items,
           guint         from,
           const QzArea *area)
{
  for (guint i = from; i < items->len; i++)
    {
      QzDraftItem *item = g_ptr_array_index (items, i);

      if (item->measure->indicator->area == area)
        return item;
    }

  return NULL;
}

/* Each weakest area gets a measure: the first already drafted for it, or
 * the best of its own, taken now. Such a measure is never of low priority. */
static void
cover_weakest (Drafter *drafter,
               GArray  *weakest,
               guint   *group)
{
  for (guint w = 0; w < weakest->len; w++)
    {
      const QzArea *area = g_array_index (weakest, QzAreaShare, w).area;
      QzDraftItem *item = first_for (drafter->items, 0, area);
      guint before = drafter->items->len;
      const QzMeasure *measure;
      gboolean unlocks;

      if (item == NULL && (measure = pick (drafter, area, &unlocks)) != NULL)
        {
          take (drafter, measure, (*group)++, unlocks);
          item = first_for (drafter->items, before, area);
        }
      if (item != NULL)
        item->weakest = TRUE;
    }
}

/* Starts after its prerequisites in the plan, a phase by its end. */
static void
schedule (GPtrArray *items)
{
  g_autoptr(GHashTable) ends = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      QzDraftItem *item = g_ptr_array_index (items, i);

      for (guint p = 0; p < item->measure->prerequisites->len; p++)
        {
          gpointer end = g_hash_table_lookup (ends, g_ptr_array_index (item->measure->prerequisites, p));

          item->start_month = MAX (item->start_month, GPOINTER_TO_INT (end));
        }

      item->end_month = item->start_month + item->measure->months;
      item->phase = qz_plan_phase_for_month (item->end_month);
      g_hash_table_insert (ends, (gpointer) item->measure, GINT_TO_POINTER (item->end_month));
    }
}

/* Unlocking a level rule comes first; the others by thirds of the order
 * they were picked in. */
static void
prioritise (GPtrArray *items)
{
  guint n_groups = 0;

  for (guint i = 0; i < items->len; i++)
    n_groups = MAX (n_groups, ((QzDraftItem *) g_ptr_array_index (items, i))->group + 1);

  for (guint i = 0; i < items->len; i++)
    {
      QzDraftItem *item = g_ptr_array_index (items, i);
      gboolean group_unlocks = FALSE;

      for (guint j = 0; j < items->len; j++)
        {
          QzDraftItem *other = g_ptr_array_index (items, j);
          group_unlocks |= other->group == item->group && other->unlocks;
        }

      if (group_unlocks || item->group * 3 < n_groups)
        item->priority = QZ_PLAN_PRIORITY_HIGH;
      else if (item->group * 3 < 2 * n_groups || item->weakest)
        item->priority = QZ_PLAN_PRIORITY_MEDIUM;
      else
        item->priority = QZ_PLAN_PRIORITY_LOW;
    }
}

static int
by_phase (gconstpointer a,
          gconstpointer b)
{
  const QzDraftItem *x = *(QzDraftItem **) a;
  const QzDraftItem *y = *(QzDraftItem **) b;

  return (int) x->phase - (int) y->phase;
}

/* The level to plan for: the target when it is above the level reached,
 * else the next one; NULL at the top. */
static const QzLevel *
choose_goal (QzFramework   *framework,
             QzResult      *result,
             const QzLevel *target)
{
  GPtrArray *levels = qz_framework_get_levels (framework);
  int rank = result->level != NULL ? result->level->rank : 0;

  if (target != NULL && target->rank > rank)
    return target;
  if (rank < (int) levels->len)
    return g_ptr_array_index (levels, rank);
  return NULL;
}

/**
 * qz_draft_new:
 * @framework: a framework with measures
 * @answers: indicator id → #QzAnswer
 * @target: (nullable): the level the enterprise aims at
 *
 * Drafts the measures that take the answers to @target (or, when that is
 * reached already, to the next level), in order, with phases and totals.
 *
 * Returns: (transfer full): the draft
 */
QzDraft *
qz_draft_new (QzFramework   *framework,
              GHashTable    *answers,
              const QzLevel *target)
{
  return qz_draft_new_weighted (framework, answers, target, NULL);
}

/**
 * qz_draft_new_weighted:
 * @framework: a framework with measures
 * @answers: indicator id → #QzAnswer
 * @target: (nullable): the level the enterprise aims at
 * @weight_set: (nullable): the framework's weight set for the enterprise
 *
 * As qz_draft_new(), scoring with the area weights of @weight_set.
 *
 * Returns: (transfer full): the draft
 */
QzDraft *
qz_draft_new_weighted (QzFramework       *framework,
                       GHashTable        *answers,
                       const QzLevel     *target,
                       const QzWeightSet *weight_set)
{
  return qz_draft_new_for_industry (framework, answers, target, weight_set, NULL);
}

/**
 * qz_draft_new_for_industry:
 * @framework: a framework with measures
 * @answers: indicator id → #QzAnswer
 * @target: (nullable): the level the enterprise aims at
 * @weight_set: (nullable): the framework's weight set for the enterprise
 * @industry_code: (nullable): the enterprise's GB/T 4754 code
 *
 * As qz_draft_new_weighted(), with the measures of the enterprise's
 * industry preferred and those marked for other industries left out
 * (all those marked for an industry when @industry_code is %NULL).
 *
 * Returns: (transfer full): the draft
 */
QzDraft *
qz_draft_new_for_industry (QzFramework       *framework,
                           GHashTable        *answers,
                           const QzLevel     *target,
                           const QzWeightSet *weight_set,
                           const char        *industry_code)
{
  QzDraft *draft = g_new0 (QzDraft, 1);
  Drafter drafter = { framework, weight_set, industry_code };
  GPtrArray *indicators = qz_framework_get_indicators (framework);
  const QzMeasure *measure;
  g_autoptr(GArray) weakest = NULL;
  gboolean unlocks;
  guint group = 0;

  g_return_val_if_fail (QZ_IS_FRAMEWORK (framework), draft);

  drafter.answers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) qz_answer_free);
  drafter.planned = g_hash_table_new (NULL, NULL);
  drafter.items = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < indicators->len; i++)
    {
      QzIndicator *indicator = g_ptr_array_index (indicators, i);
      const QzAnswer *answer = g_hash_table_lookup (answers, indicator->id);

      if (answer != NULL)
        g_hash_table_insert (drafter.answers, indicator->id, qz_answer_copy (answer));
      draft->n_unanswered += !qz_answer_is_given (answer, indicator) && indicator->measures->len > 0;
    }

  drafter.result = qz_score_weighted (framework, drafter.answers, weight_set);
  weakest = qz_result_weakest_areas (drafter.result, framework);
  drafter.goal = choose_goal (framework, drafter.result, target);
  rescore (&drafter);

  while (!goal_reached (&drafter) && (measure = pick (&drafter, NULL, &unlocks)) != NULL)
    take (&drafter, measure, group++, unlocks);
  cover_weakest (&drafter, weakest, &group);

  schedule (drafter.items);
  prioritise (drafter.items);
  g_ptr_array_sort (drafter.items, by_phase);

  for (guint i = 0; i < drafter.items->len; i++)
    {
      QzDraftItem *item = g_ptr_array_index (drafter.items, i);

      draft->investment_min += item->measure->investment_min;
      draft->investment_max += item->measure->investment_max;
    }

  draft->items = g_steal_pointer (&drafter.items);
  draft->goal = drafter.goal;
  draft->reached = drafter.result->level;
  draft->total = drafter.result->total;
  draft->outcomes_kept = qz_framework_has_outcomes (framework);

  qz_result_free (drafter.result);
  g_hash_table_unref (drafter.answers);
  g_hash_table_unref (drafter.planned);
  return draft;
}

/**
 * qz_draft_get_outcome_note:
 * @draft: a draft
 *
 * What the level and score a draft reaches leave out, for the plan page
 * and the report to say beside them.
 *
 * Returns: (nullable): the note, or %NULL when the framework has no
 *   outcome indicators
 */
const char *
qz_draft_get_outcome_note (QzDraft *draft)
{
  if (!draft->outcomes_kept)
    return NULL;

  return _("That is what the actions alone reach: outcome indicators, such as the change in pass rate or in "
           "costs, are results no measure can promise, so they are counted as answered today.");
}

void
qz_draft_free (QzDraft *draft)
{
  if (draft == NULL)
    return;

  g_clear_pointer (&draft->items, g_ptr_array_unref);
  g_free (draft);
}
