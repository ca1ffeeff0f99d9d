/* qz-framework-loader.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-framework-loader"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "qz-framework-checks.h"
#include "qz-framework-getters.h"
#include "qz-framework-loader.h"
#include "qz-json.h"
#include "qz-measure.h"

/* Framework files come from users too: refuse absurd sizes before parsing. */
#define MAX_FILE_SIZE (16 * 1024 * 1024)

/* ---- Options, bands and the indicator kinds ---- */

typedef struct
{
  QzIndicator *indicator;
  GHashTable  *ids;
  gboolean     scale;
} OptionContext;

static void
read_option (QzLoader   *loader,
             JsonObject *object,
             guint       index,
             gpointer    data)
{
  OptionContext *context = data;
  QzOption *option = _qz_option_new ();
  static const char *option_keys[] = { "id", "label", "points", "descriptor", "exclusive", NULL };
  static const char *scale_keys[] = { "id", "label", "value", NULL };

  if (context->scale)
    g_ptr_array_add (loader->framework->scale, option);
  else
    g_ptr_array_add (context->indicator->options, option);

  _qz_loader_check_keys (loader, object, context->scale ? scale_keys : option_keys);
  option->id = _qz_loader_get_id (loader, object, context->ids);
  _qz_loader_get_text (loader, object, "label", TRUE, &option->label);

  if (context->scale)
    {
      if (_qz_loader_get_number (loader, object, "value", TRUE, &option->value) &&
          (option->value < 0 || option->value > 1))
        _qz_loader_problem_at (loader, "value", _("must be between 0 and 1"));
      return;
    }

  _qz_loader_get_text (loader, object, "descriptor", FALSE, &option->descriptor);
  _qz_loader_get_bool (loader, object, "exclusive", &option->exclusive);
  if (option->exclusive && context->indicator->kind != QZ_INDICATOR_MULTIPLE)
    _qz_loader_problem_at (loader, "exclusive", _("only options of a multiple choice can be exclusive"));

  if (_qz_loader_get_number (loader, object, "points", TRUE, &option->points))
    {
      gsize len = _qz_loader_push_key (loader, "points");

      if (option->points < 0)
        _qz_loader_problem (loader, _("must not be negative"));
      else if (option->points > context->indicator->points)
        _qz_loader_problem (loader, _("must be at most the indicator’s %g points"), context->indicator->points);
      else if (option->exclusive && option->points != 0)
        _qz_loader_problem (loader, _("an exclusive option (“none of these”) must give 0 points"));

      _qz_loader_pop (loader, len);
    }
}

static void
read_band (QzLoader   *loader,
           JsonObject *object,
           guint       index,
           gpointer    data)
{
  QzIndicator *indicator = data;
  static const char *keys[] = { "from", "above", "points", NULL };
  gboolean has_from = json_object_has_member (object, "from");
  gboolean has_above = json_object_has_member (object, "above");
  QzBand band = { 0, has_from, 0 };

  _qz_loader_check_keys (loader, object, keys);

  if (has_from == has_above)
    _qz_loader_problem (loader, _("needs exactly one of “from” (inclusive) and “above” (exclusive)"));
  else if (_qz_loader_get_number (loader, object, has_from ? "from" : "above", TRUE, &band.bound))
    {
      gsize len = _qz_loader_push_key (loader, has_from ? "from" : "above");

      if (index == 0 && (!has_from || band.bound != indicator->min))
        _qz_loader_problem (loader, _("the first band must start “from” the figure’s minimum %g"), indicator->min);
      else if (band.bound < indicator->min || (!isnan (indicator->max) && band.bound > indicator->max))
        _qz_loader_problem (loader, _("must lie within the figure’s range"));
      else if (index > 0)
        {
          QzBand *previous = &g_array_index (indicator->bands, QzBand, indicator->bands->len - 1);

          if (band.bound < previous->bound ||
              (band.bound == previous->bound && !(previous->inclusive && !band.inclusive)))
            _qz_loader_problem (loader, _("bands must be in ascending order"));
        }

      _qz_loader_pop (loader, len);
    }

  if (_qz_loader_get_number (loader, object, "points", TRUE, &band.points) &&
      (band.points < 0 || band.points > indicator->points))
    _qz_loader_problem_at (loader, "points", _("must be between 0 and the indicator’s %g points"), indicator->points);

  g_array_append_val (indicator->bands, band);
}

static void
read_figure (QzLoader    *loader,
             JsonObject  *object,
             QzIndicator *indicator)
{
  static const char *figure_keys[] = { "unit", "min", "max", "ratio", NULL };
  static const char *ratio_keys[] = { "numerator", "denominator", "factor", NULL };
  static const char *target_keys[] = { "value", "year", "source", NULL };
  JsonObject *figure;
  JsonNode *node;
  gboolean full = FALSE;
  gsize len;

  node = _qz_loader_member (loader, object, "figure", TRUE, &len);
  figure = node ? _qz_loader_node_object (loader, node) : NULL;
  if (figure != NULL)
    {
      _qz_loader_check_keys (loader, figure, figure_keys);
      _qz_loader_get_string (loader, figure, "unit", FALSE, &indicator->unit);
      _qz_loader_get_number (loader, figure, "min", TRUE, &indicator->min);
      if (_qz_loader_get_number (loader, figure, "max", FALSE, &indicator->max) && indicator->max <= indicator->min)
        _qz_loader_problem_at (loader, "max", _("must be greater than the minimum"));

      node = json_object_get_member (figure, "ratio");
      if (node != NULL)
        {
          gsize ratio_len = _qz_loader_push_key (loader, "ratio");
          JsonObject *ratio = _qz_loader_node_object (loader, node);

          if (ratio != NULL)
            {
              indicator->has_ratio = TRUE;
              _qz_loader_check_keys (loader, ratio, ratio_keys);
              _qz_loader_get_text (loader, ratio, "numerator", TRUE, &indicator->numerator);
              _qz_loader_get_text (loader, ratio, "denominator", TRUE, &indicator->denominator);
              if (_qz_loader_get_number (loader, ratio, "factor", FALSE, &indicator->factor) && indicator->factor <= 0)
                _qz_loader_problem_at (loader, "factor", _("must be greater than 0"));
            }
          _qz_loader_pop (loader, ratio_len);
        }
    }
  _qz_loader_pop (loader, len);

  _qz_loader_each_item (loader, object, "bands", 1, read_band, indicator);
  for (guint i = 0; i < indicator->bands->len; i++)
    full |= g_array_index (indicator->bands, QzBand, i).points == indicator->points;
  if (indicator->bands->len > 0 && !full)
    _qz_loader_problem_at (loader, "bands", _("no band gives the indicator’s full %g points"), indicator->points);

  node = _qz_loader_member (loader, object, "target", FALSE, &len);
  if (node != NULL)
    {
      JsonObject *target = _qz_loader_node_object (loader, node);

      if (target != NULL)
        {
          indicator->has_target = TRUE;
          _qz_loader_check_keys (loader, target, target_keys);
          _qz_loader_get_number (loader, target, "value", TRUE, &indicator->target);
          _qz_loader_get_int (loader, target, "year", FALSE, 1900, &indicator->target_year);
          _qz_loader_get_text (loader, target, "source", TRUE, &indicator->target_source);
        }
    }
  _qz_loader_pop (loader, len);
}

static void
read_grade (QzLoader   *loader,
            JsonObject *object,
            guint       index,
            gpointer    data)
{
  QzIndicator *indicator = data;
  QzText *text = g_new0 (QzText, 1);

  g_ptr_array_add (indicator->grades, text);
  /* each_item() checked that the grade is an object: read it as a text. */
  {
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
    _qz_loader_read_text (loader, node, text);
  }
}

static void
prerequisite_free (QzLoaderPrerequisite *prerequisite)
{
  g_free (prerequisite->id);
  g_free (prerequisite->path);
  g_free (prerequisite);
}

/* What the indicator's answer becomes: an option, a figure or a grade
 * that the indicator can hold. */
static void
read_reaches (QzLoader    *loader,
              JsonObject  *object,
              QzIndicator *indicator,
              QzMeasure   *measure)
{
  gboolean found = FALSE;
  int grade = 0;

  switch (indicator->kind)
    {
    case QZ_INDICATOR_SINGLE:
    case QZ_INDICATOR_MULTIPLE:
    case QZ_INDICATOR_RATING:
      found = _qz_loader_get_string (loader, object, "reaches", TRUE, &measure->reaches_option);
      break;

    case QZ_INDICATOR_FIGURE:
      found = _qz_loader_get_number (loader, object, "reaches", TRUE, &measure->reaches_value);
      break;

    case QZ_INDICATOR_SCENARIO:
      found = _qz_loader_get_int (loader, object, "reaches", TRUE, 1, &grade);
      if (found)
        measure->reaches_value = grade;
      break;

    default:
      g_assert_not_reached ();
    }

  if (found)
    _qz_loader_check_reaches (loader, indicator, measure);
}

static void
read_prerequisites (QzLoader   *loader,
                    JsonObject *object,
                    QzMeasure  *measure)
{
  gsize len;
  JsonNode *node = _qz_loader_member (loader, object, "prerequisites", FALSE, &len);
  JsonArray *array;

  if (node != NULL && !JSON_NODE_HOLDS_ARRAY (node))
    _qz_loader_problem (loader, _("must be a list"));
  else if (node != NULL)
    {
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          gsize item_len = _qz_loader_push_index (loader, i);
          g_autofree char *id = qz_json_node_dup_string (json_array_get_element (array, i));

          if (id == NULL)
            _qz_loader_problem (loader, _("must be a text"));
          else
            {
              QzLoaderPrerequisite *prerequisite = g_new0 (QzLoaderPrerequisite, 1);

              prerequisite->measure = measure;
              prerequisite->id = g_steal_pointer (&id);
              prerequisite->path = g_strdup (loader->path->str);
              g_ptr_array_add (loader->prerequisites, prerequisite);
            }
          _qz_loader_pop (loader, item_len);
        }
    }

  _qz_loader_pop (loader, len);
}

static void
read_measure (QzLoader   *loader,
              JsonObject *object,
              guint       index,
              gpointer    data)
{
  QzIndicator *indicator = data;
  QzMeasure *measure = _qz_measure_new ();
  static const char *keys[] = {
    "id", "title", "description", "category", "investment", "months", "effect", "programme",
    "prerequisites", "reaches", NULL
  };
  g_autofree char *category = NULL;
  gsize len;

  measure->indicator = indicator;
  g_ptr_array_add (indicator->measures, measure);

  _qz_loader_check_keys (loader, object, keys);
  measure->id = _qz_loader_get_id (loader, object, loader->measure_ids);
  if (measure->id != NULL && !g_hash_table_contains (loader->framework->measures, measure->id))
    g_hash_table_insert (loader->framework->measures, measure->id, measure);
  _qz_loader_get_text (loader, object, "title", TRUE, &measure->title);
  _qz_loader_get_text (loader, object, "description", TRUE, &measure->description);
  _qz_loader_get_text (loader, object, "effect", TRUE, &measure->effect);

  if (_qz_loader_get_string (loader, object, "category", TRUE, &category) &&
      !qz_measure_category_from_string (category, &measure->category))
    _qz_loader_problem_at (loader, "category",
                           _("“%s” is not a category: use equipment, systems, data, management, talent, security, green or market"),
                           category);

  if (_qz_loader_get_string (loader, object, "programme", FALSE, &measure->programme) &&
      !qz_programme_is_known (measure->programme))
    _qz_loader_problem_at (loader, "programme", _("“%s” is not a programme known to Qizhen"), measure->programme);

  if (_qz_loader_get_int (loader, object, "months", TRUE, 1, &measure->months) && measure->months > 60)
    _qz_loader_problem_at (loader, "months", _("must be at most 60"));

  {
    JsonNode *node = _qz_loader_member (loader, object, "investment", TRUE, &len);
    JsonArray *range = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

    if (node != NULL &&
        (range == NULL || json_array_get_length (range) != 2 ||
         !qz_json_node_is_number (json_array_get_element (range, 0)) ||
         !qz_json_node_is_number (json_array_get_element (range, 1))))
      _qz_loader_problem (loader, _("must be a range of two numbers, [min, max], in 10 000 yuan"));
    else if (node != NULL)
      {
        measure->investment_min = json_array_get_double_element (range, 0);
        measure->investment_max = json_array_get_double_element (range, 1);
        if (!isfinite (measure->investment_min) || !isfinite (measure->investment_max) ||
            measure->investment_min < 0 || measure->investment_min > measure->investment_max)
          _qz_loader_problem (loader, _("must go from a minimum of 0 or more to a maximum not below it"));
      }
    _qz_loader_pop (loader, len);
  }

  read_prerequisites (loader, object, measure);
  read_reaches (loader, object, indicator, measure);
}

static const struct
{
  const char      *name;
  QzIndicatorKind  kind;
} kinds[] = {
  { "single", QZ_INDICATOR_SINGLE },
  { "multiple", QZ_INDICATOR_MULTIPLE },
  { "figure", QZ_INDICATOR_FIGURE },
  { "scenario", QZ_INDICATOR_SCENARIO },
  { "rating", QZ_INDICATOR_RATING },
};

static gboolean
read_kind (QzLoader    *loader,
           JsonObject  *object,
           QzIndicator *indicator)
{
  g_autofree char *name = NULL;

  if (!_qz_loader_get_string (loader, object, "kind", TRUE, &name))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_str_equal (name, kinds[i].name))
        {
          indicator->kind = kinds[i].kind;
          return TRUE;
        }
    }

  _qz_loader_problem_at (loader, "kind",
                         _("“%s” is not a kind of indicator: use single, multiple, figure, scenario or rating"), name);
  return FALSE;
}

static void
read_indicator (QzLoader   *loader,
                JsonObject *object,
                guint       index,
                gpointer    data)
{
  QzArea *area = data;
  QzIndicator *indicator = _qz_indicator_new ();
  static const char *keys[] = {
    "id", "title", "kind", "points", "description", "evidence", "na_allowed", "measures",
    "options", "figure", "bands", "target", "grades", "constraint", "level", NULL
  };
  gboolean has_points = json_object_has_member (object, "points");
  gboolean kind_ok;

  indicator->area = area;
  g_ptr_array_add (area->indicators, indicator);
  g_ptr_array_add (loader->framework->indicator_list, indicator);

  _qz_loader_check_keys (loader, object, keys);
  indicator->id = _qz_loader_get_id (loader, object, loader->ids);
  if (indicator->id != NULL)
    g_hash_table_insert (loader->framework->indicators, indicator->id, indicator);
  _qz_loader_get_text (loader, object, "title", TRUE, &indicator->title);
  _qz_loader_get_text (loader, object, "description", FALSE, &indicator->description);
  _qz_loader_get_text (loader, object, "evidence", FALSE, &indicator->evidence);
  _qz_loader_get_bool (loader, object, "na_allowed", &indicator->na_allowed);
  _qz_loader_get_bool (loader, object, "verified", &indicator->verified);
  kind_ok = read_kind (loader, object, indicator);
  if (kind_ok)
    _qz_loader_check_kind_placement (loader, indicator, area->dimension->scored);

  if (kind_ok && (indicator->kind == QZ_INDICATOR_SCENARIO || indicator->kind == QZ_INDICATOR_RATING))
    {
      if (has_points)
        _qz_loader_problem_at (loader, "points", _("this kind of indicator has no points"));
    }
  else if (_qz_loader_get_number (loader, object, "points", TRUE, &indicator->points) && indicator->points <= 0)
    _qz_loader_problem_at (loader, "points", _("must be greater than 0"));
  area->max += indicator->points;

  if (kind_ok)
    {
      switch (indicator->kind)
        {
        case QZ_INDICATOR_SINGLE:
        case QZ_INDICATOR_MULTIPLE:
          {
            g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
            OptionContext context = { indicator, ids, FALSE };

            if (_qz_loader_each_item (loader, object, "options", 2, read_option, &context) >= 2)
              _qz_loader_check_options (loader, indicator);
          }
          break;

        case QZ_INDICATOR_FIGURE:
          read_figure (loader, object, indicator);
          break;

        case QZ_INDICATOR_SCENARIO:
          _qz_loader_each_item (loader, object, "grades", 1, read_grade, indicator);
          _qz_loader_get_bool (loader, object, "constraint", &indicator->constraint);
          break;

        case QZ_INDICATOR_RATING:
          _qz_loader_get_int (loader, object, "level", TRUE, 1, &indicator->level);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  /* Keys of other kinds are mistakes, not extras. */
  {
    static const struct { const char *key; QzIndicatorKind kind; QzIndicatorKind other; } owners[] = {
      { "options", QZ_INDICATOR_SINGLE, QZ_INDICATOR_MULTIPLE },
      { "figure", QZ_INDICATOR_FIGURE, QZ_INDICATOR_FIGURE },
      { "bands", QZ_INDICATOR_FIGURE, QZ_INDICATOR_FIGURE },
      { "target", QZ_INDICATOR_FIGURE, QZ_INDICATOR_FIGURE },
      { "grades", QZ_INDICATOR_SCENARIO, QZ_INDICATOR_SCENARIO },
      { "constraint", QZ_INDICATOR_SCENARIO, QZ_INDICATOR_SCENARIO },
      { "level", QZ_INDICATOR_RATING, QZ_INDICATOR_RATING },
    };

    for (guint i = 0; kind_ok && i < G_N_ELEMENTS (owners); i++)
      {
        if (json_object_has_member (object, owners[i].key) &&
            indicator->kind != owners[i].kind && indicator->kind != owners[i].other)
          _qz_loader_problem_at (loader, owners[i].key, _("does not belong to this kind of indicator"));
      }
  }

  if (kind_ok)
    _qz_loader_each_item (loader, object, "measures", 0, read_measure, indicator);
}

/* ---- Areas, dimensions, levels ---- */

static void
read_area (QzLoader   *loader,
           JsonObject *object,
           guint       index,
           gpointer    data)
{
  QzDimension *dimension = data;
  QzArea *area = _qz_area_new ();
  static const char *keys[] = { "id", "title", "weight", "indicators", NULL };

  area->dimension = dimension;
  g_ptr_array_add (dimension->areas, area);

  _qz_loader_check_keys (loader, object, keys);
  area->id = _qz_loader_get_id (loader, object, loader->ids);
  _qz_loader_get_text (loader, object, "title", TRUE, &area->title);

  if (json_object_has_member (object, "weight"))
    {
      if (loader->framework->method != QZ_SCORING_MATURITY)
        _qz_loader_problem_at (loader, "weight",
                               _("weights belong to frameworks scored by maturity; give points to the indicators"));
      if (_qz_loader_get_number (loader, object, "weight", TRUE, &area->weight) && area->weight <= 0)
        _qz_loader_problem_at (loader, "weight", _("must be greater than 0"));
    }

  _qz_loader_each_item (loader, object, "indicators", 1, read_indicator, area);
  dimension->max += area->max;
}

static void
read_dimension (QzLoader   *loader,
                JsonObject *object,
                guint       index,
                gpointer    data)
{
  QzDimension *dimension = _qz_dimension_new ();
  static const char *keys[] = { "id", "title", "description", "group", "scored", "areas", NULL };

  g_ptr_array_add (loader->framework->dimensions, dimension);

  _qz_loader_check_keys (loader, object, keys);
  dimension->id = _qz_loader_get_id (loader, object, loader->ids);
  _qz_loader_get_text (loader, object, "title", TRUE, &dimension->title);
  _qz_loader_get_text (loader, object, "description", FALSE, &dimension->description);
  _qz_loader_get_text (loader, object, "group", FALSE, &dimension->group);
  _qz_loader_get_bool (loader, object, "scored", &dimension->scored);

  _qz_loader_each_item (loader, object, "areas", 1, read_area, dimension);
  if (dimension->scored)
    loader->framework->max += dimension->max;
}

static void
read_scenario_rule (QzLoader   *loader,
                    JsonObject *rule,
                    QzLevel    *level)
{
  static const char *keys[] = { "grade", "count", "constrained", NULL };
  JsonObject *scenarios;
  gsize len;
  JsonNode *node = _qz_loader_member (loader, rule, "scenarios", FALSE, &len);

  scenarios = node ? _qz_loader_node_object (loader, node) : NULL;
  if (scenarios != NULL)
    {
      _qz_loader_check_keys (loader, scenarios, keys);
      _qz_loader_get_int (loader, scenarios, "grade", TRUE, 1, &level->scenario_grade);
      _qz_loader_get_int (loader, scenarios, "count", TRUE, 1, &level->scenario_count);
      _qz_loader_get_int (loader, scenarios, "constrained", FALSE, 0, &level->scenario_constrained);

      _qz_loader_check_scenario_rule (loader, level);
    }

  _qz_loader_pop (loader, len);
}

static void
read_level (QzLoader   *loader,
            JsonObject *object,
            guint       index,
            gpointer    data)
{
  QzLevel *level = _qz_level_new ();
  QzFramework *framework = loader->framework;
  QzLevel *below = index > 0 ? g_ptr_array_index (framework->levels, index - 1) : NULL;
  static const char *keys[] = { "id", "rank", "name", "description", "rule", NULL };
  static const char *points_keys[] = { "min_score", "scenarios", NULL };
  static const char *maturity_keys[] = { "min_s", NULL };
  gboolean maturity = framework->method == QZ_SCORING_MATURITY;
  JsonObject *rule;
  JsonNode *node;
  gsize len;

  g_ptr_array_add (framework->levels, level);

  _qz_loader_check_keys (loader, object, keys);
  level->id = _qz_loader_get_id (loader, object, loader->ids);
  _qz_loader_get_text (loader, object, "name", TRUE, &level->name);
  _qz_loader_get_text (loader, object, "description", FALSE, &level->description);
  _qz_loader_get_bool (loader, object, "verified", &level->verified);
  if (_qz_loader_get_int (loader, object, "rank", TRUE, 1, &level->rank) && level->rank != (int) index + 1)
    _qz_loader_problem_at (loader, "rank", _("must be %u: levels are listed from the lowest, ranked 1, 2, 3 …"), index + 1);

  node = _qz_loader_member (loader, object, "rule", TRUE, &len);
  rule = node ? _qz_loader_node_object (loader, node) : NULL;
  if (rule != NULL)
    {
      _qz_loader_check_keys (loader, rule, maturity ? maturity_keys : points_keys);

      if (maturity && _qz_loader_get_number (loader, rule, "min_s", TRUE, &level->min_s))
        _qz_loader_check_min_s (loader, level, below);
      else if (!maturity && _qz_loader_get_number (loader, rule, "min_score", TRUE, &level->min_score))
        _qz_loader_check_min_score (loader, level, below);

      if (!maturity)
        read_scenario_rule (loader, rule, level);
    }
  _qz_loader_pop (loader, len);
}

static void
read_framework (QzLoader   *loader,
                JsonObject *object)
{
  QzFramework *framework = loader->framework;
  static const char *keys[] = {
    "format", "id", "version", "title", "basis", "notice", "scoring", "scale", "levels", "dimensions", NULL
  };
  static const char *scoring_keys[] = { "method", "threshold", NULL };
  int format = 0;
  JsonObject *scoring;
  JsonNode *node;
  gsize len;

  _qz_loader_check_keys (loader, object, keys);

  if (_qz_loader_get_int (loader, object, "format", TRUE, 1, &format) && format != 1)
    _qz_loader_problem_at (loader, "format",
                           _("format %d is not known to this version of Qizhen, which reads format 1"), format);

  framework->id = _qz_loader_get_id (loader, object, NULL);
  _qz_loader_get_string (loader, object, "version", TRUE, &framework->version);
  _qz_loader_get_text (loader, object, "title", TRUE, &framework->title);
  _qz_loader_get_text (loader, object, "basis", TRUE, &framework->basis);
  _qz_loader_get_text (loader, object, "notice", FALSE, &framework->notice);

  node = _qz_loader_member (loader, object, "scoring", TRUE, &len);
  scoring = node ? _qz_loader_node_object (loader, node) : NULL;
  if (scoring != NULL)
    {
      g_autofree char *method = NULL;

      _qz_loader_check_keys (loader, scoring, scoring_keys);
      if (_qz_loader_get_string (loader, scoring, "method", TRUE, &method))
        {
          if (g_str_equal (method, "maturity"))
            framework->method = QZ_SCORING_MATURITY;
          else if (!g_str_equal (method, "points"))
            _qz_loader_problem_at (loader, "method", _("“%s” is not a scoring method: use points or maturity"), method);
        }

      if (framework->method == QZ_SCORING_MATURITY &&
          _qz_loader_get_number (loader, scoring, "threshold", TRUE, &framework->threshold) &&
          (framework->threshold <= 0 || framework->threshold > 1))
        _qz_loader_problem_at (loader, "threshold", _("must be greater than 0 and at most 1"));
      else if (framework->method != QZ_SCORING_MATURITY && json_object_has_member (scoring, "threshold"))
        _qz_loader_problem_at (loader, "threshold", _("belongs to frameworks scored by maturity"));
    }
  _qz_loader_pop (loader, len);

  if (framework->method == QZ_SCORING_MATURITY)
    {
      g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      OptionContext context = { NULL, ids, TRUE };

      _qz_loader_each_item (loader, object, "scale", 2, read_option, &context);
    }
  else if (json_object_has_member (object, "scale"))
    _qz_loader_problem_at (loader, "scale", _("belongs to frameworks scored by maturity"));

  _qz_loader_each_item (loader, object, "dimensions", 1, read_dimension, NULL);
  _qz_loader_resolve_prerequisites (loader);
  _qz_loader_each_item (loader, object, "levels", 1, read_level, NULL);

  if (framework->method == QZ_SCORING_MATURITY)
    _qz_loader_check_maturity_levels (loader);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  QzFramework *const *x = a;
  QzFramework *const *y = b;

  return g_strcmp0 (qz_framework_get_id (*x), qz_framework_get_id (*y));
}

/**
 * qz_framework_load:
 * @bytes: the contents of a framework file
 * @name: the file's name, for messages
 * @problems: (out) (optional) (transfer full): every problem found, each
 *   "JSON path: message", when the file is not valid
 * @error: return location for a #QzFrameworkError
 *
 * Reads and checks a framework file (see docs/framework-format.md). A file
 * with problems is refused as a whole, and all its problems are reported,
 * not only the first.
 *
 * Returns: (transfer full): the framework, or %NULL with @error set
 */
QzFramework *
qz_framework_load (GBytes      *bytes,
                   const char  *name,
                   GPtrArray  **problems,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(QzFramework) framework = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GHashTable) measure_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) prerequisites = g_ptr_array_new_with_free_func ((GDestroyNotify) prerequisite_free);
  JsonNode *root;
  QzLoader loader = { 0 };
  gsize size = g_bytes_get_size (bytes);

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (size > MAX_FILE_SIZE)
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                   _("“%s” is too large for a framework file (%s)."), name, g_format_size (size));
      return NULL;
    }

  parser = qz_json_parse (bytes, name, error);
  if (parser == NULL)
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                   _("“%s” is not a framework file: it must hold one JSON object."), name);
      return NULL;
    }

  framework = _qz_framework_new ();
  framework->source = g_bytes_ref (bytes);
  loader.framework = framework;
  loader.problems = found;
  loader.path = path;
  loader.ids = ids;
  loader.measure_ids = measure_ids;
  loader.prerequisites = prerequisites;
  read_framework (&loader, json_node_get_object (root));

  if (found->len > 0)
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” is not a valid framework: %u problem.",
                                "“%s” is not a valid framework: %u problems.",
                                found->len),
                   name, found->len);
      if (problems != NULL)
        *problems = g_steal_pointer (&found);
      return NULL;
    }

  return g_steal_pointer (&framework);
}

/**
 * qz_framework_load_file:
 * @path: a framework file
 * @problems: (out) (optional) (transfer full): as for qz_framework_load()
 * @error: return location for a #QzFrameworkError
 *
 * Returns: (transfer full): the framework, or %NULL with @error set
 */
QzFramework *
qz_framework_load_file (const char  *path,
                        GPtrArray  **problems,
                        GError     **error)
{
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &read_error))
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_UNREADABLE,
                   _("The framework file cannot be read: %s"), read_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (contents, length);
  return qz_framework_load (bytes, name, problems, error);
}

/**
 * qz_framework_load_builtin:
 * @error: return location for a #QzFrameworkError
 *
 * Loads the frameworks shipped with Qizhen, from the application's
 * resources, sorted by id. A built-in file that does not load is a bug
 * of the build, reported as an error.
 *
 * Returns: (transfer full) (element-type QzFramework): the frameworks
 */
GPtrArray *
qz_framework_load_builtin (GError **error)
{
  static const char base[] = "/io/github/qizhen/Qizhen/frameworks/";
  g_autoptr(GPtrArray) frameworks = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) names = g_resources_enumerate_children (base, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (names == NULL)
    return NULL;

  for (guint i = 0; names[i]; i++)
    {
      g_autofree char *path = g_strconcat (base, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      QzFramework *framework;

      if (bytes == NULL)
        return NULL;

      framework = qz_framework_load (bytes, names[i], NULL, error);
      if (framework == NULL)
        return NULL;
      g_ptr_array_add (frameworks, framework);
    }

  g_ptr_array_sort (frameworks, compare_ids);
  return g_steal_pointer (&frameworks);
}
