/* qz-scoring.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-scoring"

#include "qz-config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "qz-scoring.h"

/* Sums of decimal points are not exact in binary: a total that prints as
 * 60 must reach a 60-point rule. */
#define EPSILON 1e-9

QzAnswer *
qz_answer_new (void)
{
  QzAnswer *answer = g_new0 (QzAnswer, 1);

  answer->value = NAN;
  answer->numerator = NAN;
  answer->denominator = NAN;
  answer->grade = -1;
  answer->note_internal = -1;
  return answer;
}

QzAnswer *
qz_answer_copy (const QzAnswer *answer)
{
  QzAnswer *copy = g_memdup2 (answer, sizeof *answer);

  copy->options = g_strdupv (answer->options);
  copy->note = g_strdup (answer->note);
  return copy;
}

void
qz_answer_free (QzAnswer *answer)
{
  if (answer == NULL)
    return;

  g_strfreev (answer->options);
  g_free (answer->note);
  g_free (answer);
}

/**
 * qz_answer_note_is_internal:
 * @answer: (nullable): an answer
 *
 * Whether the note of @answer is for the experts only and stays out of
 * the report the enterprise receives: as the expert marked it, or, while
 * it is not marked, when the indicator is flagged for follow-up.
 *
 * Returns: %TRUE for an internal note
 */
gboolean
qz_answer_note_is_internal (const QzAnswer *answer)
{
  if (answer == NULL)
    return FALSE;
  if (answer->note_internal >= 0)
    return answer->note_internal > 0;
  return answer->flagged;
}

/**
 * qz_answer_get_figure:
 * @answer: an answer to a figure indicator
 * @indicator: the indicator
 *
 * Returns: the figure, typed or computed from the two counts, or NAN
 */
double
qz_answer_get_figure (const QzAnswer    *answer,
                      const QzIndicator *indicator)
{
  if (!isnan (answer->value))
    return answer->value;

  /* Multiplying first and rounding off binary noise keeps 30 of 150 at
   * exactly 20 %, on a band's edge rather than just above it. */
  if (!isnan (answer->numerator) && !isnan (answer->denominator) && answer->denominator > 0)
    return round (answer->numerator * indicator->factor / answer->denominator * 1e9) / 1e9;

  return NAN;
}

/**
 * qz_answer_is_given:
 * @answer: (nullable): an answer
 * @indicator: the indicator it answers
 *
 * Returns: whether @answer answers @indicator (N/A included)
 */
gboolean
qz_answer_is_given (const QzAnswer    *answer,
                    const QzIndicator *indicator)
{
  if (answer == NULL)
    return FALSE;
  if (answer->na)
    return indicator->na_allowed;

  switch (indicator->kind)
    {
    case QZ_INDICATOR_SINGLE:
    case QZ_INDICATOR_RATING:
      return answer->options != NULL && answer->options[0] != NULL;
    case QZ_INDICATOR_MULTIPLE:
      return answer->options != NULL;
    case QZ_INDICATOR_FIGURE:
      return !isnan (qz_answer_get_figure (answer, indicator));
    case QZ_INDICATOR_SCENARIO:
      return answer->grade >= 0;
    default:
      return FALSE;
    }
}

static const QzOption *find_option (GPtrArray  *options,
                                    const char *id);

/**
 * qz_answer_check:
 * @answer: an answer, possibly partial (a note alone is fine)
 * @framework: the framework of @indicator
 * @indicator: the indicator @answer is for
 * @error: return location for a %QZ_FRAMEWORK_ERROR_INVALID error
 *
 * Checks that what @answer says fits @indicator: known options, one for
 * a single choice, an exclusive option alone, a figure within the range,
 * an existing grade, N/A only where allowed.
 *
 * Returns: %TRUE if @answer may be stored
 */
gboolean
qz_answer_check (const QzAnswer    *answer,
                 QzFramework       *framework,
                 const QzIndicator *indicator,
                 GError           **error)
{
  GPtrArray *options = indicator->kind == QZ_INDICATOR_RATING
                       ? qz_framework_get_scale (framework) : indicator->options;
  const char *problem = NULL;
  guint n_options = answer->options ? g_strv_length (answer->options) : 0;
  double figure = qz_answer_get_figure (answer, indicator);

  if (answer->na && !indicator->na_allowed)
    problem = _("this indicator cannot be marked not applicable");
  else if (answer->options != NULL &&
           (indicator->kind == QZ_INDICATOR_FIGURE || indicator->kind == QZ_INDICATOR_SCENARIO))
    problem = _("this indicator takes no options");
  else if (n_options > 1 && indicator->kind != QZ_INDICATOR_MULTIPLE)
    problem = _("only one option can be chosen");
  else if (answer->grade >= 0 && (indicator->kind != QZ_INDICATOR_SCENARIO ||
                                  answer->grade > (int) indicator->grades->len))
    problem = _("there is no such grade");
  else if ((!isnan (answer->value) || !isnan (answer->numerator) || !isnan (answer->denominator)) &&
           indicator->kind != QZ_INDICATOR_FIGURE)
    problem = _("this indicator takes no figure");
  else if (!isnan (answer->numerator) && (!indicator->has_ratio || answer->numerator < 0 ||
                                          isnan (answer->denominator) || answer->denominator <= 0))
    problem = _("the counts must be a number and a positive total");
  else if (!isnan (figure) && (figure < indicator->min || (!isnan (indicator->max) && figure > indicator->max)))
    problem = _("the figure is outside the indicator’s range");

  for (guint i = 0; problem == NULL && i < n_options; i++)
    {
      const QzOption *option = find_option (options, answer->options[i]);

      if (option == NULL)
        problem = _("there is no such option");
      else if (g_strv_contains ((const char * const *) answer->options + i + 1, answer->options[i]))
        problem = _("an option is chosen twice");
      else if (option->exclusive && n_options > 1)
        problem = _("“none of these” cannot be chosen with other options");
    }

  if (problem != NULL)
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                   "%s: %s", indicator->id, problem);
      return FALSE;
    }

  return TRUE;
}

static const QzOption *
find_option (GPtrArray  *options,
             const char *id)
{
  for (guint i = 0; i < options->len; i++)
    {
      const QzOption *option = g_ptr_array_index (options, i);

      if (g_strcmp0 (option->id, id) == 0)
        return option;
    }

  return NULL;
}

static double
band_points (const QzIndicator *indicator,
             double             value)
{
  double points = g_array_index (indicator->bands, QzBand, 0).points;

  for (guint i = 0; i < indicator->bands->len; i++)
    {
      const QzBand *band = &g_array_index (indicator->bands, QzBand, i);

      if (band->inclusive ? value >= band->bound : value > band->bound)
        points = band->points;
    }

  return points;
}

static double
indicator_points (QzFramework       *framework,
                  const QzIndicator *indicator,
                  const QzAnswer    *answer)
{
  double sum = 0;

  switch (indicator->kind)
    {
    case QZ_INDICATOR_SINGLE:
      {
        const QzOption *option = find_option (indicator->options, answer->options[0]);
        return option ? option->points : 0;
      }

    case QZ_INDICATOR_MULTIPLE:
      for (guint i = 0; answer->options[i]; i++)
        {
          const QzOption *option = find_option (indicator->options, answer->options[i]);
          sum += option ? option->points : 0;
        }
      return MIN (sum, indicator->points);

    case QZ_INDICATOR_FIGURE:
      return band_points (indicator, qz_answer_get_figure (answer, indicator));

    case QZ_INDICATOR_RATING:
      {
        const QzOption *option = find_option (qz_framework_get_scale (framework), answer->options[0]);
        return option ? option->value : 0;
      }

    case QZ_INDICATOR_SCENARIO:
    default:
      return 0;
    }
}

static QzNodeScore *
add_node (QzResult   *result,
          const char *id,
          double      points,
          double      max,
          gboolean    na)
{
  QzNodeScore *node = g_new0 (QzNodeScore, 1);

  node->points = points;
  node->max = max;
  node->na = na;
  g_hash_table_insert (result->nodes, (gpointer) id, node);
  return node;
}

/* Scores every indicator; unanswered ones count 0 and are listed. */
static void
score_indicators (QzResult    *result,
                  QzFramework *framework,
                  GHashTable  *answers)
{
  GPtrArray *indicators = qz_framework_get_indicators (framework);

  for (guint i = 0; i < indicators->len; i++)
    {
      QzIndicator *indicator = g_ptr_array_index (indicators, i);
      const QzAnswer *answer = g_hash_table_lookup (answers, indicator->id);
      double max = indicator->kind == QZ_INDICATOR_RATING ? 1 : indicator->points;

      if (!qz_answer_is_given (answer, indicator))
        {
          g_ptr_array_add (result->missing, indicator->id);
          add_node (result, indicator->id, 0, max, FALSE);
        }
      else if (answer->na)
        add_node (result, indicator->id, 0, max, TRUE);
      else
        add_node (result, indicator->id, indicator_points (framework, indicator, answer), max, FALSE);
    }
}

/* Accumulates children into a parent: the parent keeps its maximum, and
 * N/A children drop out with the others scaled up to fill it. */
typedef struct
{
  double points;
  double max;
} Sum;

static void
sum_add (Sum               *sum,
         const QzNodeScore *child)
{
  if (child->na)
    return;

  sum->points += child->points;
  sum->max += child->max;
}

static QzNodeScore *
add_scaled_node (QzResult   *result,
                 const char *id,
                 const Sum  *sum,
                 double      max)
{
  if (sum->max <= 0)
    return add_node (result, id, 0, max, max > 0);

  return add_node (result, id, sum->points * max / sum->max, max, FALSE);
}

static void
score_points (QzResult    *result,
              QzFramework *framework)
{
  GPtrArray *dimensions = qz_framework_get_dimensions (framework);
  Sum total = { 0, 0 };

  for (guint d = 0; d < dimensions->len; d++)
    {
      QzDimension *dimension = g_ptr_array_index (dimensions, d);
      Sum dimension_sum = { 0, 0 };

      for (guint a = 0; a < dimension->areas->len; a++)
        {
          QzArea *area = g_ptr_array_index (dimension->areas, a);
          Sum area_sum = { 0, 0 };

          for (guint i = 0; i < area->indicators->len; i++)
            {
              QzIndicator *indicator = g_ptr_array_index (area->indicators, i);
              sum_add (&area_sum, qz_result_get_node (result, indicator->id));
            }

          sum_add (&dimension_sum, add_scaled_node (result, area->id, &area_sum, area->max));
        }

      if (dimension->scored)
        sum_add (&total, add_scaled_node (result, dimension->id, &dimension_sum, dimension->max));
      else
        add_scaled_node (result, dimension->id, &dimension_sum, dimension->max);
    }

  result->max = qz_framework_get_max (framework);
  result->total = total.max > 0 ? total.points * result->max / total.max : 0;
}

/* How many scenarios reach @grade, and how many of them are constrained. */
static void
count_scenarios (QzFramework *framework,
                 GHashTable  *answers,
                 int          grade,
                 int         *count,
                 int         *constrained)
{
  GPtrArray *indicators = qz_framework_get_indicators (framework);

  *count = *constrained = 0;
  for (guint i = 0; i < indicators->len; i++)
    {
      QzIndicator *indicator = g_ptr_array_index (indicators, i);
      const QzAnswer *answer = g_hash_table_lookup (answers, indicator->id);

      if (indicator->kind != QZ_INDICATOR_SCENARIO ||
          !qz_answer_is_given (answer, indicator) || answer->na ||
          answer->grade < grade)
        continue;

      (*count)++;
      *constrained += indicator->constraint;
    }
}

/**
 * qz_result_count_scenarios:
 * @framework: a framework
 * @answers: its answers
 * @grade: a scenario grade
 * @count: (out): how many scenarios reach @grade
 * @constrained: (out): how many of them are constrained
 *
 * What a level rule's scenario part counts, for saying why a level holds
 * or not.
 */
void
qz_result_count_scenarios (QzFramework *framework,
                           GHashTable  *answers,
                           int          grade,
                           int         *count,
                           int         *constrained)
{
  count_scenarios (framework, answers, grade, count, constrained);
}

static gboolean
scenarios_hold (QzFramework   *framework,
                GHashTable    *answers,
                const QzLevel *level)
{
  int count, constrained;

  if (level->scenario_grade == 0)
    return TRUE;

  count_scenarios (framework, answers, level->scenario_grade, &count, &constrained);
  return count >= level->scenario_count && constrained >= level->scenario_constrained;
}

static void
decide_points_level (QzResult    *result,
                     QzFramework *framework,
                     GHashTable  *answers)
{
  GPtrArray *levels = qz_framework_get_levels (framework);

  for (guint i = levels->len; i > 0; i--)
    {
      const QzLevel *level = g_ptr_array_index (levels, i - 1);

      if (result->total + EPSILON >= level->min_score &&
          scenarios_hold (framework, answers, level))
        {
          result->level = level;
          return;
        }
    }
}

/* The mean rating of @area's requirements at level @k; NAN when none of
 * them applies. */
static double
area_level_score (QzResult *result,
                  QzArea   *area,
                  int       k)
{
  double sum = 0;
  guint n = 0;

  for (guint i = 0; i < area->indicators->len; i++)
    {
      QzIndicator *indicator = g_ptr_array_index (area->indicators, i);
      const QzNodeScore *node = qz_result_get_node (result, indicator->id);

      if (indicator->level != k || node->na)
        continue;
      sum += node->points;
      n++;
    }

  return n > 0 ? sum / n : NAN;
}

/* S over @areas: a level reaching the threshold counts 1, the first one
 * below adds its score and ends the count. Fills @scores when given. */
static double
maturity_s (QzResult    *result,
            QzFramework *framework,
            GPtrArray   *areas,
            GArray      *scores)
{
  guint n_levels = qz_framework_get_levels (framework)->len;
  double threshold = qz_framework_get_threshold (framework);
  double s = 0;
  gboolean counting = TRUE;

  for (guint k = 1; k <= n_levels; k++)
    {
      double weighted = 0, weights = 0, score;

      for (guint a = 0; a < areas->len; a++)
        {
          QzArea *area = g_ptr_array_index (areas, a);
          double area_score = area_level_score (result, area, k);

          if (isnan (area_score))
            continue;
          weighted += qz_area_get_weight (area, result->weight_set) * area_score;
          weights += qz_area_get_weight (area, result->weight_set);
        }

      score = weights > 0 ? weighted / weights : 0;
      if (scores != NULL)
        g_array_append_val (scores, score);

      if (!counting)
        continue;
      if (score + EPSILON >= threshold)
        s += 1;
      else
        {
          s += score;
          counting = FALSE;
        }
    }

  return s;
}

static void
score_maturity (QzResult    *result,
                QzFramework *framework)
{
  GPtrArray *dimensions = qz_framework_get_dimensions (framework);
  GPtrArray *levels = qz_framework_get_levels (framework);
  g_autoptr(GPtrArray) all_areas = g_ptr_array_new ();

  for (guint d = 0; d < dimensions->len; d++)
    {
      QzDimension *dimension = g_ptr_array_index (dimensions, d);

      for (guint a = 0; a < dimension->areas->len; a++)
        {
          QzArea *area = g_ptr_array_index (dimension->areas, a);
          g_autoptr(GPtrArray) one = g_ptr_array_new ();

          g_ptr_array_add (one, area);
          g_ptr_array_add (all_areas, area);
          add_node (result, area->id, maturity_s (result, framework, one, NULL), levels->len, FALSE);
        }

      add_node (result, dimension->id, maturity_s (result, framework, dimension->areas, NULL),
                levels->len, FALSE);
    }

  result->max = levels->len;
  result->total = maturity_s (result, framework, all_areas, result->level_scores);

  for (guint i = levels->len; i > 0; i--)
    {
      const QzLevel *level = g_ptr_array_index (levels, i - 1);

      if (result->total + EPSILON >= level->min_s)
        {
          result->level = level;
          break;
        }
    }
}

/**
 * qz_score:
 * @framework: a framework
 * @answers: (element-type utf8 QzAnswer): answers by indicator id
 *
 * Computes the score of every indicator, area and dimension, the total
 * and the level, as docs/framework-format.md describes, with the first
 * weight set of a framework that has several. Unanswered indicators
 * count 0, are listed in the result's `missing`, and make the result
 * provisional.
 *
 * Returns: (transfer full): the result
 */
QzResult *
qz_score (QzFramework *framework,
          GHashTable  *answers)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (framework), NULL);

  return qz_score_weighted (framework, answers, NULL);
}

/**
 * qz_score_weighted:
 * @framework: a framework
 * @answers: (element-type utf8 QzAnswer): answers by indicator id
 * @weight_set: (nullable): one of the framework's weight sets, as
 *   qz_framework_choose_weight_set() gives it for the enterprise
 *
 * As qz_score(), with the area weights of @weight_set (of the first set
 * when %NULL); the result records which set it used.
 *
 * Returns: (transfer full): the result
 */
QzResult *
qz_score_weighted (QzFramework       *framework,
                   GHashTable        *answers,
                   const QzWeightSet *weight_set)
{
  GPtrArray *sets;
  QzResult *result;

  g_return_val_if_fail (QZ_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (answers != NULL, NULL);

  sets = qz_framework_get_weight_sets (framework);
  g_return_val_if_fail (weight_set == NULL || g_ptr_array_find (sets, weight_set, NULL), NULL);

  result = g_new0 (QzResult, 1);
  result->weight_set = weight_set != NULL || sets->len == 0 ? weight_set : g_ptr_array_index (sets, 0);
  result->method = qz_framework_get_method (framework);
  result->missing = g_ptr_array_new ();
  result->nodes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  result->level_scores = g_array_new (FALSE, FALSE, sizeof (double));

  score_indicators (result, framework, answers);
  if (result->method == QZ_SCORING_MATURITY)
    score_maturity (result, framework);
  else
    {
      score_points (result, framework);
      decide_points_level (result, framework, answers);
    }

  result->provisional = result->missing->len > 0;
  return result;
}

/**
 * qz_result_next_level:
 * @result: a result of @framework
 * @framework: the framework
 * @answers: the answers @result was computed from
 * @next: (out caller-allocates): what the next level asks for
 *
 * Tells what separates the answers from the level above the one reached:
 * the points (or S) missing and, for rules on scenarios, how many more
 * scenarios must reach the rule's grade, and how many of those constrained.
 */
void
qz_result_next_level (QzResult    *result,
                      QzFramework *framework,
                      GHashTable  *answers,
                      QzNextLevel *next)
{
  GPtrArray *levels = qz_framework_get_levels (framework);
  guint rank = result->level ? (guint) result->level->rank : 0;

  memset (next, 0, sizeof *next);
  if (rank < levels->len)
    qz_result_short_of (result, framework, answers, g_ptr_array_index (levels, rank), next);
}

/**
 * qz_result_short_of:
 * @result: a result of @framework
 * @framework: the framework
 * @answers: the answers @result was computed from
 * @level: one of the framework's levels
 * @next: (out caller-allocates): what @level asks for beyond the answers
 *
 * As qz_result_next_level(), for any level: all fields 0 when the
 * answers meet it.
 */
void
qz_result_short_of (QzResult      *result,
                    QzFramework   *framework,
                    GHashTable    *answers,
                    const QzLevel *level,
                    QzNextLevel   *next)
{
  int count, constrained;

  memset (next, 0, sizeof *next);
  next->level = level;
  if (result->method == QZ_SCORING_MATURITY)
    {
      next->short_s = MAX (level->min_s - result->total, 0);
      return;
    }

  next->short_points = MAX (level->min_score - result->total, 0);
  if (level->scenario_grade > 0)
    {
      count_scenarios (framework, answers, level->scenario_grade, &count, &constrained);
      next->short_constrained = MAX (level->scenario_constrained - constrained, 0);
      /* Constrained ones raised count towards the total as well. */
      next->short_scenarios = MAX (level->scenario_count - count, next->short_constrained);
    }
}

/**
 * qz_result_get_node:
 * @result: a result
 * @id: the id of an indicator, area or dimension
 *
 * Returns: (nullable): its score
 */
const QzNodeScore *
qz_result_get_node (QzResult   *result,
                    const char *id)
{
  return g_hash_table_lookup (result->nodes, id);
}

void
qz_result_free (QzResult *result)
{
  if (result == NULL)
    return;

  g_ptr_array_unref (result->missing);
  g_hash_table_unref (result->nodes);
  g_array_unref (result->level_scores);
  g_free (result);
}

/**
 * qz_level_goal:
 * @level: a level of @framework
 * @framework: a framework
 * @node_max: the maximum of a dimension or area, in points
 *
 * What a dimension or area needs to be at @level. With the points method
 * a level sets a minimum total, and each node's share of it follows its
 * share of the framework's maximum; with the maturity method, the level's
 * rank.
 *
 * Returns: the goal in the node's units (points, or a rank), or NAN when
 *   the level sets no minimum
 */
double
qz_level_goal (const QzLevel *level,
               QzFramework   *framework,
               double         node_max)
{
  g_return_val_if_fail (level != NULL, NAN);

  if (qz_framework_get_method (framework) == QZ_SCORING_MATURITY)
    return level->rank;

  return node_max * level->min_score / qz_framework_get_max (framework);
}
