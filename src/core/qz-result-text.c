/* qz-result-text.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-result-text"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qz-input.h"
#include "qz-result-text.h"

/* @points of @max as "83.4 %". */
char *
qz_format_percent (double points,
                   double max)
{
  g_autofree char *value = qz_input_format_amount (round (points / max * 1000) / 10);

  /* Translators: a percentage */
  return g_strdup_printf (_("%s %%"), value);
}

/**
 * qz_result_describe_next:
 * @result: a result
 * @next: what the next level asks, from qz_result_next_level()
 *
 * Returns: (transfer full): "To reach 四级: 0.8 more points; 8 more
 *   scenarios at grade 4 or above, of which 5 constrained."
 */
char *
qz_result_describe_next (QzResult          *result,
                         const QzNextLevel *next)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  const char *level;

  if (next->level == NULL)
    return g_strdup (_("The highest level is reached."));

  level = qz_text_get (&next->level->name);
  if (result->method == QZ_SCORING_MATURITY)
    {
      g_autofree char *amount = qz_input_format_amount (round (next->short_s * 100) / 100);
      g_autofree char *needed = qz_input_format_amount (next->level->min_s);

      /* Translators: a level, how much S is missing, the S the level needs */
      return g_strdup_printf (_("To reach %s: %s more in S (%s needed)."), level, amount, needed);
    }

  if (next->short_points > 0)
    {
      g_autofree char *amount = qz_input_format_amount (round (next->short_points * 100) / 100);
      g_ptr_array_add (parts, g_strdup_printf (_("%s more points"), amount));
    }
  if (next->short_scenarios > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%d more scenario at grade %d or above, of which %d constrained",
                                                          "%d more scenarios at grade %d or above, of which %d constrained",
                                                          next->short_scenarios),
                                             next->short_scenarios, next->level->scenario_grade,
                                             next->short_constrained));

  if (parts->len == 0)
    /* Translators: %s is a level */
    return g_strdup_printf (_("To reach %s: answer the remaining indicators."), level);

  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between the things a level still asks */
  joined = g_strjoinv (_("; "), (char **) parts->pdata);
  /* Translators: a level, then what it still asks */
  return g_strdup_printf (_("To reach %s: %s."), level, joined);
}

static int
compare_shares (gconstpointer a,
                gconstpointer b)
{
  const QzAreaShare *x = a, *y = b;

  return (y->share > x->share) - (y->share < x->share);
}

/**
 * qz_result_rank_areas:
 * @result: a result of @framework
 * @framework: the framework
 *
 * Returns: (transfer full) (element-type QzAreaShare): the scored areas
 *   that apply, the highest share first
 */
GArray *
qz_result_rank_areas (QzResult    *result,
                      QzFramework *framework)
{
  GArray *shares = g_array_new (FALSE, FALSE, sizeof (QzAreaShare));
  GPtrArray *dimensions = qz_framework_get_dimensions (framework);

  for (guint d = 0; d < dimensions->len; d++)
    {
      QzDimension *dimension = g_ptr_array_index (dimensions, d);

      for (guint a = 0; dimension->scored && a < dimension->areas->len; a++)
        {
          QzArea *area = g_ptr_array_index (dimension->areas, a);
          const QzNodeScore *node = qz_result_get_node (result, area->id);
          QzAreaShare share = { area, 0 };

          if (node == NULL || node->na || node->max <= 0)
            continue;
          share.share = node->points / node->max;
          g_array_append_val (shares, share);
        }
    }

  g_array_sort (shares, compare_shares);
  return shares;
}

/* How many areas the results name strongest, and weakest: three at
 * most, and never more than half of them, so that none is both. */
static guint
n_extremes (guint n_areas)
{
  return MIN (QZ_RESULT_N_EXTREMES, n_areas / 2);
}

/**
 * qz_result_weakest_areas:
 * @result: a result of @framework
 * @framework: the framework
 *
 * The key weaknesses, as the results page, the report's summary and the
 * plan's draft name them: the three areas with the lowest share, never
 * more than half of the areas, so that none is both among the strongest
 * and the weakest.
 *
 * Returns: (transfer full) (element-type QzAreaShare): them, the weakest
 *   first
 */
GArray *
qz_result_weakest_areas (QzResult    *result,
                         QzFramework *framework)
{
  g_autoptr(GArray) ranked = qz_result_rank_areas (result, framework);
  guint n = n_extremes (ranked->len);
  GArray *weakest = g_array_sized_new (FALSE, FALSE, sizeof (QzAreaShare), n);

  for (guint i = 0; i < n; i++)
    g_array_append_val (weakest, g_array_index (ranked, QzAreaShare, ranked->len - 1 - i));
  return weakest;
}

/**
 * qz_result_change:
 * @result: a result
 * @earlier: (nullable): the result of an earlier visit, same framework
 * @id: a dimension, area or indicator
 *
 * Returns: how much @id gained since @earlier (negative when it lost),
 *   or NAN when either does not score it
 */
double
qz_result_change (QzResult   *result,
                  QzResult   *earlier,
                  const char *id)
{
  const QzNodeScore *now = qz_result_get_node (result, id);
  const QzNodeScore *before = earlier ? qz_result_get_node (earlier, id) : NULL;

  if (now == NULL || before == NULL || now->na || before->na)
    return NAN;
  return now->points - before->points;
}

/**
 * qz_format_change:
 * @change: a change from qz_result_change(), not NAN
 *
 * Returns: (transfer full): "+3.5", "−2" or "0", to two decimals
 */
char *
qz_format_change (double change)
{
  double rounded = round (fabs (change) * 100) / 100;
  g_autofree char *amount = qz_input_format_amount (rounded);

  if (rounded == 0)
    return g_steal_pointer (&amount);
  return g_strdup_printf ("%s%s", change < 0 ? "−" : "+", amount);
}

/**
 * qz_result_strongest_areas:
 * @result: a result of @framework
 * @framework: the framework
 *
 * Returns: (transfer full) (element-type QzAreaShare): the areas the
 *   results call strongest, the strongest first
 */
GArray *
qz_result_strongest_areas (QzResult    *result,
                           QzFramework *framework)
{
  GArray *shares = qz_result_rank_areas (result, framework);

  g_array_set_size (shares, n_extremes (shares->len));
  return shares;
}

static const QzOption *
find_option (GPtrArray  *options,
             const char *id)
{
  for (guint i = 0; options != NULL && i < options->len; i++)
    {
      const QzOption *option = g_ptr_array_index (options, i);

      if (g_strcmp0 (option->id, id) == 0)
        return option;
    }

  return NULL;
}

/**
 * qz_answer_describe:
 * @answer: (nullable): an answer
 * @framework: its framework
 * @indicator: its indicator
 *
 * Returns: (transfer full): the answer in words: the options chosen, the
 *   figure with its unit, the grade, or that it is unanswered or N/A
 */
char *
qz_answer_describe (const QzAnswer    *answer,
                    QzFramework       *framework,
                    const QzIndicator *indicator)
{
  g_autoptr(GPtrArray) labels = NULL;

  if (!qz_answer_is_given (answer, indicator))
    return g_strdup (_("Unanswered"));
  if (answer->na)
    return g_strdup (_("N/A"));

  switch (indicator->kind)
    {
    case QZ_INDICATOR_SINGLE:
    case QZ_INDICATOR_MULTIPLE:
    case QZ_INDICATOR_RATING:
      labels = g_ptr_array_new ();
      for (guint i = 0; answer->options != NULL && answer->options[i] != NULL; i++)
        {
          GPtrArray *options = indicator->kind == QZ_INDICATOR_RATING ? qz_framework_get_scale (framework)
                                                                      : indicator->options;
          const QzOption *option = find_option (options, answer->options[i]);

          if (option != NULL)
            g_ptr_array_add (labels, (gpointer) qz_text_get (&option->label));
        }
      if (labels->len == 0)
        return g_strdup (_("None"));
      g_ptr_array_add (labels, NULL);
      /* Translators: the separator between the options ticked */
      return g_strjoinv (_("; "), (char **) labels->pdata);

    case QZ_INDICATOR_FIGURE:
      {
        g_autofree char *value = qz_input_format_amount (round (qz_answer_get_figure (answer, indicator) * 100) / 100);

        if (indicator->unit != NULL && indicator->unit[0] != '\0')
          return g_strdup_printf ("%s %s", value, indicator->unit);
        return g_steal_pointer (&value);
      }

    case QZ_INDICATOR_SCENARIO:
      if (answer->grade == 0)
        return g_strdup (_("Not reached"));
      return g_strdup_printf (_("Grade %u"), (guint) answer->grade);

    default:
      g_assert_not_reached ();
    }
}

/**
 * qz_indicator_describe:
 * @indicator: an indicator
 * @number: its number in the checklist
 * @answer: (nullable): its answer
 * @framework: its framework
 * @review: whether the answer, copied from the previous visit, waits for
 *   review
 *
 * Returns: (transfer full): the indicator's row of the checklist in
 *   words, as a screen reader reads it: its number, title, answer and
 *   state ("3. Equipment networking: 60 %, flagged, to review")
 */
char *
qz_indicator_describe (const QzIndicator *indicator,
                       guint              number,
                       const QzAnswer    *answer,
                       QzFramework       *framework,
                       gboolean           review)
{
  g_autofree char *answered = qz_answer_describe (answer, framework, indicator);
  GString *text = g_string_new (NULL);

  /* Translators: an indicator of the checklist as a screen reader reads it: its number, title and answer */
  g_string_printf (text, _("%u. %s: %s"), number, qz_text_get (&indicator->title), answered);
  if (answer != NULL && answer->flagged)
    /* Translators: added to an indicator's name when it is flagged for follow-up */
    g_string_append (text, _(", flagged"));
  if (review)
    /* Translators: added to an indicator's name when its answer, copied from the previous visit, waits for review */
    g_string_append (text, _(", to review"));
  return g_string_free (text, FALSE);
}

/**
 * qz_round_to_total:
 * @values: (array length=n_values): parts of a total
 * @rounded: (out caller-allocates) (array length=n_values): the parts rounded
 * @n_values: how many
 * @total: what they add up to
 * @decimals: the precision printed
 *
 * Rounds the parts so that, as printed, they add up to @total as printed:
 * each is rounded down, and the units still missing go to the parts with
 * the largest remainders (the first of equal ones). 26.75, 8.25 and 18.5
 * of 53.5 print as 26.8, 8.2 and 18.5, not 26.8, 8.3 and 18.5. Parts that
 * do not add up to @total to begin with, or a NAN @total, are rounded
 * each on its own.
 */
void
qz_round_to_total (const double *values,
                   double       *rounded,
                   guint         n_values,
                   double        total,
                   guint         decimals)
{
  double scale = pow (10, decimals);
  g_autofree double *remainders = g_new (double, n_values);
  double sum = 0, floors = 0, missing;

  for (guint i = 0; i < n_values; i++)
    {
      /* A hair of tolerance, so that 0.3 × 10 is not taken for 2.999…. */
      double down = floor (values[i] * scale + 1e-9);

      rounded[i] = down;
      remainders[i] = values[i] * scale - down;
      floors += down;
      sum += values[i];
    }

  missing = round (total * scale) - floors;
  if (isnan (total) || fabs (sum - total) > 1e-6 || missing < 0 || missing > n_values)
    {
      for (guint i = 0; i < n_values; i++)
        rounded[i] = round (values[i] * scale) / scale;
      return;
    }

  for (; missing > 0.5; missing--)
    {
      guint best = 0;

      for (guint i = 1; i < n_values; i++)
        if (remainders[i] > remainders[best] + 1e-9)
          best = i;
      rounded[best] += 1;
      remainders[best] = -1;
    }

  for (guint i = 0; i < n_values; i++)
    rounded[i] /= scale;
}

/**
 * qz_result_dimension_rows:
 * @result: a result
 * @framework: its framework
 * @decimals: the precision the points are printed with
 *
 * The dimensions a table of results shows: every one with the maturity
 * method, the scored ones with the points method, in order. A row's node
 * may be not applicable. With the points method the rows' points as
 * shown add up to the total as shown (qz_round_to_total()).
 *
 * Returns: (transfer full) (element-type QzDimensionRow): the rows
 */
GArray *
qz_result_dimension_rows (QzResult    *result,
                          QzFramework *framework,
                          guint        decimals)
{
  GPtrArray *dimensions = qz_framework_get_dimensions (framework);
  gboolean maturity = result->method == QZ_SCORING_MATURITY;
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (QzDimensionRow));
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shown = NULL;

  for (guint d = 0; d < dimensions->len; d++)
    {
      QzDimensionRow row = { g_ptr_array_index (dimensions, d), NULL, 0 };
      double value;

      row.node = qz_result_get_node (result, row.dimension->id);
      if (row.node == NULL || (!maturity && !row.dimension->scored))
        continue;
      value = row.node->na ? 0 : row.node->points;
      g_array_append_val (rows, row);
      g_array_append_val (points, value);
    }

  shown = g_array_sized_new (FALSE, FALSE, sizeof (double), points->len);
  g_array_set_size (shown, points->len);
  qz_round_to_total ((double *) points->data, (double *) shown->data, points->len,
                     maturity ? NAN : result->total, decimals);
  for (guint i = 0; i < rows->len; i++)
    g_array_index (rows, QzDimensionRow, i).shown = g_array_index (shown, double, i);

  return rows;
}

static void
scenario_row_free (QzScenarioRow *row)
{
  g_free (row->title);
  g_free (row->grade);
  g_free (row);
}

/**
 * qz_scenario_rows:
 * @framework: a framework
 * @answers: the answers, indicator id → #QzAnswer
 *
 * Returns: (transfer full) (element-type QzScenarioRow): every scenario of
 *   @framework with the grade it reaches, in order; none when the
 *   framework has no scenarios
 */
GPtrArray *
qz_scenario_rows (QzFramework *framework,
                  GHashTable  *answers)
{
  GPtrArray *indicators = qz_framework_get_indicators (framework);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) scenario_row_free);

  for (guint i = 0; i < indicators->len; i++)
    {
      const QzIndicator *indicator = g_ptr_array_index (indicators, i);
      QzScenarioRow *row;

      if (indicator->kind != QZ_INDICATOR_SCENARIO)
        continue;

      row = g_new0 (QzScenarioRow, 1);
      row->indicator = indicator;
      row->title = indicator->constraint ? g_strdup_printf ("★ %s", qz_text_get (&indicator->title))
                                         : g_strdup (qz_text_get (&indicator->title));
      row->grade = qz_answer_describe (g_hash_table_lookup (answers, indicator->id), framework, indicator);
      g_ptr_array_add (rows, row);
    }

  return rows;
}
