/* qz-framework-checks.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-framework-checks"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qz-framework-checks.h"
#include "qz-framework-getters.h"

/* ---- Indicators ---- */

/* Once the options are read: one gives the full points, or all together
 * do, and at most one is exclusive. */
void
_qz_loader_check_options (QzLoader          *loader,
                          const QzIndicator *indicator)
{
  double best = 0, sum = 0;
  guint exclusive = 0;

  for (guint i = 0; i < indicator->options->len; i++)
    {
      const QzOption *option = g_ptr_array_index (indicator->options, i);

      best = MAX (best, option->points);
      sum += option->points;
      exclusive += option->exclusive;
    }

  if (indicator->kind == QZ_INDICATOR_SINGLE && best < indicator->points)
    _qz_loader_problem (loader, _("no option gives the indicator’s full %g points"), indicator->points);
  if (indicator->kind == QZ_INDICATOR_MULTIPLE && sum < indicator->points)
    _qz_loader_problem (loader, _("the options together give %g points, less than the indicator’s %g"),
                        sum, indicator->points);
  if (exclusive > 1)
    _qz_loader_problem (loader, _("only one option can be exclusive"));
}

/* Which kinds fit where: scenarios only outside the score, ratings only
 * in maturity frameworks, points-based kinds only in scored dimensions. */
void
_qz_loader_check_kind_placement (QzLoader          *loader,
                                 const QzIndicator *indicator,
                                 gboolean           scored)
{
  gboolean maturity = loader->framework->method == QZ_SCORING_MATURITY;
  gsize len = _qz_loader_push_key (loader, "kind");

  if (maturity && indicator->kind != QZ_INDICATOR_RATING)
    _qz_loader_problem (loader, _("a framework scored by maturity has only “rating” indicators"));
  else if (!maturity && indicator->kind == QZ_INDICATOR_RATING)
    _qz_loader_problem (loader, _("“rating” indicators belong to frameworks scored by maturity"));
  else if (indicator->kind == QZ_INDICATOR_SCENARIO && scored)
    _qz_loader_problem (loader, _("scenarios belong to a dimension with “scored”: false"));
  else if (!maturity && indicator->kind != QZ_INDICATOR_SCENARIO && !scored)
    _qz_loader_problem (loader, _("a dimension with “scored”: false holds only scenarios"));

  _qz_loader_pop (loader, len);
}

/* ---- Measures ---- */

static gboolean
has_option (GPtrArray  *options,
            const char *id,
            gboolean    exclusive_too)
{
  for (guint i = 0; options != NULL && i < options->len; i++)
    {
      const QzOption *option = g_ptr_array_index (options, i);

      if (option->id != NULL && g_strcmp0 (option->id, id) == 0)
        return exclusive_too || !option->exclusive;
    }

  return FALSE;
}

/* What a measure reaches is something its indicator can hold. */
void
_qz_loader_check_reaches (QzLoader          *loader,
                          const QzIndicator *indicator,
                          const QzMeasure   *measure)
{
  gsize len = _qz_loader_push_key (loader, "reaches");

  switch (indicator->kind)
    {
    case QZ_INDICATOR_SINGLE:
      if (!has_option (indicator->options, measure->reaches_option, TRUE))
        _qz_loader_problem (loader, _("“%s” is not an option of this indicator"), measure->reaches_option);
      break;

    case QZ_INDICATOR_MULTIPLE:
      if (!has_option (indicator->options, measure->reaches_option, FALSE))
        _qz_loader_problem (loader, _("“%s” is not an option of this indicator that can be ticked with others"),
                            measure->reaches_option);
      break;

    case QZ_INDICATOR_RATING:
      if (!has_option (loader->framework->scale, measure->reaches_option, TRUE))
        _qz_loader_problem (loader, _("“%s” is not on the framework’s scale"), measure->reaches_option);
      break;

    case QZ_INDICATOR_FIGURE:
      if (measure->reaches_value < indicator->min ||
          (!isnan (indicator->max) && measure->reaches_value > indicator->max))
        _qz_loader_problem (loader, _("must lie within the figure’s range"));
      break;

    case QZ_INDICATOR_SCENARIO:
      if ((int) measure->reaches_value > (int) indicator->grades->len)
        _qz_loader_problem (loader, _("the scenario has no grade %d"), (int) measure->reaches_value);
      break;

    default:
      g_assert_not_reached ();
    }

  _qz_loader_pop (loader, len);
}

/* Whether following prerequisites from @from leads to @target. */
static gboolean
leads_to (const QzMeasure *from,
          const QzMeasure *target,
          GHashTable      *seen)
{
  for (guint i = 0; i < from->prerequisites->len; i++)
    {
      const QzMeasure *next = g_ptr_array_index (from->prerequisites, i);

      if (next == target)
        return TRUE;
      if (g_hash_table_add (seen, (gpointer) next) && leads_to (next, target, seen))
        return TRUE;
    }

  return FALSE;
}

/* Prerequisites name measures anywhere in the framework, so they are
 * looked up once everything is read; then no chain may loop. */
void
_qz_loader_resolve_prerequisites (QzLoader *loader)
{
  g_autoptr(GHashTable) reported = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < loader->prerequisites->len; i++)
    {
      QzLoaderPrerequisite *prerequisite = g_ptr_array_index (loader->prerequisites, i);
      QzMeasure *needed = g_hash_table_lookup (loader->framework->measures, prerequisite->id);
      gsize len = loader->path->len;

      g_string_assign (loader->path, prerequisite->path);
      if (needed == NULL)
        _qz_loader_problem (loader, _("there is no measure “%s”"), prerequisite->id);
      else
        g_ptr_array_add (prerequisite->measure->prerequisites, needed);
      g_string_truncate (loader->path, len);
    }

  for (guint i = 0; i < loader->prerequisites->len; i++)
    {
      QzLoaderPrerequisite *prerequisite = g_ptr_array_index (loader->prerequisites, i);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      /* Each measure on a loop says so, once; one that only leads into a
       * loop is not on it. */
      if (!g_hash_table_contains (reported, prerequisite->measure) &&
          leads_to (prerequisite->measure, prerequisite->measure, seen))
        {
          gsize len = loader->path->len;

          g_hash_table_add (reported, prerequisite->measure);
          g_string_assign (loader->path, prerequisite->path);
          _qz_loader_problem (loader, _("the measure “%s” depends on itself through its prerequisites"),
                              prerequisite->measure->id);
          g_string_truncate (loader->path, len);
        }
    }
}

/* ---- Levels ---- */

/* A level of a framework scored by maturity asks for a higher S than the
 * level below. */
void
_qz_loader_check_min_s (QzLoader      *loader,
                        const QzLevel *level,
                        const QzLevel *below)
{
  gsize len = _qz_loader_push_key (loader, "min_s");

  if (level->min_s <= 0)
    _qz_loader_problem (loader, _("must be greater than 0"));
  else if (below != NULL && level->min_s <= below->min_s)
    _qz_loader_problem (loader, _("must be higher than the level below (%g)"), below->min_s);
  _qz_loader_pop (loader, len);
}

/* A level of a framework scored by points asks for a score the framework
 * can give, and not less than the level below. */
void
_qz_loader_check_min_score (QzLoader      *loader,
                            const QzLevel *level,
                            const QzLevel *below)
{
  double max = loader->framework->max;
  gsize len = _qz_loader_push_key (loader, "min_score");

  if (level->min_score < 0)
    _qz_loader_problem (loader, _("must not be negative"));
  else if (level->min_score > max)
    _qz_loader_problem (loader, _("cannot be reached: the framework has %g points at most"), max);
  else if (below != NULL && level->min_score < below->min_score)
    _qz_loader_problem (loader, _("must not be lower than the level below (%g)"), below->min_score);
  _qz_loader_pop (loader, len);
}

/* A level's scenario rule asks for no more scenarios than can reach its
 * grade, constrained ones included: only scenarios that have the grade
 * can reach it. */
void
_qz_loader_check_scenario_rule (QzLoader      *loader,
                                const QzLevel *level)
{
  GPtrArray *indicators = loader->framework->indicator_list;
  guint reaching = 0, constrained_reaching = 0;

  for (guint i = 0; i < indicators->len; i++)
    {
      const QzIndicator *indicator = g_ptr_array_index (indicators, i);

      if (indicator->kind == QZ_INDICATOR_SCENARIO && (int) indicator->grades->len >= level->scenario_grade)
        {
          reaching++;
          constrained_reaching += indicator->constraint;
        }
    }

  if (reaching == 0)
    _qz_loader_problem_at (loader, "grade", _("cannot be reached: no scenario has grade %d"), level->scenario_grade);
  else if (level->scenario_count > (int) reaching)
    _qz_loader_problem_at (loader, "count",
                           _("cannot be reached: %u scenarios have grade %d"), reaching, level->scenario_grade);
  if (level->scenario_constrained > (int) constrained_reaching ||
      level->scenario_constrained > level->scenario_count)
    _qz_loader_problem_at (loader, "constrained",
                           _("cannot be reached: %u constrained scenarios have grade %d, and the rule asks for %d scenarios"),
                           constrained_reaching, level->scenario_grade, level->scenario_count);
}

/* Checks that need all levels: ratings point at existing levels, every
 * maturity level has requirements, and S can reach every level. */
void
_qz_loader_check_maturity_levels (QzLoader *loader)
{
  QzFramework *framework = loader->framework;
  guint n_levels = framework->levels->len;
  g_autofree guint *per_level = g_new0 (guint, n_levels + 1);

  for (guint d = 0; d < framework->dimensions->len; d++)
    {
      QzDimension *dimension = g_ptr_array_index (framework->dimensions, d);

      for (guint a = 0; a < dimension->areas->len; a++)
        {
          QzArea *area = g_ptr_array_index (dimension->areas, a);

          for (guint i = 0; i < area->indicators->len; i++)
            {
              QzIndicator *indicator = g_ptr_array_index (area->indicators, i);

              if (indicator->kind != QZ_INDICATOR_RATING || indicator->level == 0)
                continue;

              if (indicator->level > (int) n_levels)
                {
                  g_string_printf (loader->path, "dimensions[%u].areas[%u].indicators[%u].level", d, a, i);
                  _qz_loader_problem (loader, _("there is no level %d"), indicator->level);
                }
              else
                per_level[indicator->level]++;
            }
        }
    }

  for (guint k = 1; k <= n_levels; k++)
    {
      QzLevel *level = g_ptr_array_index (framework->levels, k - 1);

      g_string_printf (loader->path, "levels[%u]", k - 1);
      if (per_level[k] == 0)
        _qz_loader_problem (loader, _("cannot be reached: no requirement is at this level"));
      if (!isnan (level->min_s) && level->min_s > n_levels)
        {
          g_string_append (loader->path, ".rule.min_s");
          _qz_loader_problem (loader, _("cannot be reached: S is at most %u, the number of levels"), n_levels);
        }
    }

  g_string_truncate (loader->path, 0);
}
