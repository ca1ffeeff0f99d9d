/* qz-framework-indicators.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-framework-indicators"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qz-framework-checks.h"
#include "qz-framework-getters.h"
#include "qz-framework-indicators.h"
#include "qz-json.h"
#include "qz-industry.h"
#include "qz-measure.h"

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
}

/* The options a city-wide share counts: ids of the indicator's options,
 * none of them "none of these". */
static void
read_target_counts (QzLoader    *loader,
                    JsonObject  *target,
                    QzIndicator *indicator)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gsize len;
  JsonNode *node = _qz_loader_member (loader, target, "counts", FALSE, &len);
  JsonArray *array = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

  if (node != NULL && (array == NULL || json_array_get_length (array) == 0))
    _qz_loader_problem (loader, _("must be a list of option ids"));
  else if (node != NULL && !indicator->target_city)
    _qz_loader_problem (loader, _("only a city-wide line counts options"));
  for (guint i = 0; array != NULL && indicator->target_city && i < json_array_get_length (array); i++)
    {
      gsize item_len = _qz_loader_push_index (loader, i);
      g_autofree char *id = qz_json_node_dup_string (json_array_get_element (array, i));
      const QzOption *option = NULL;

      for (guint o = 0; id != NULL && o < indicator->options->len; o++)
        if (g_strcmp0 (((QzOption *) g_ptr_array_index (indicator->options, o))->id, id) == 0)
          option = g_ptr_array_index (indicator->options, o);

      if (option == NULL || option->exclusive)
        _qz_loader_problem (loader, _("must be the id of an option of this indicator, not “none of these”"));
      else
        g_strv_builder_add (builder, id);
      _qz_loader_pop (loader, item_len);
    }
  _qz_loader_pop (loader, len);

  indicator->target_counts = g_strv_builder_end (builder);
}

/* A programme line. On a figure it is a line for the enterprise's own
 * figure, unless its scope is "city"; on a choice it is always a line
 * for the city as a whole (such as a share of firms using 5G). */
static void
read_target (QzLoader    *loader,
             JsonObject  *object,
             QzIndicator *indicator)
{
  static const char *target_keys[] = { "value", "year", "source", "scope", "unit", "counts", NULL };
  g_autofree char *scope = NULL;
  JsonObject *target;
  gsize len;
  JsonNode *node = _qz_loader_member (loader, object, "target", FALSE, &len);

  target = node != NULL ? _qz_loader_node_object (loader, node) : NULL;
  if (target != NULL && indicator->kind != QZ_INDICATOR_FIGURE && indicator->kind != QZ_INDICATOR_SINGLE &&
      indicator->kind != QZ_INDICATOR_MULTIPLE)
    _qz_loader_problem (loader, _("does not belong to this kind of indicator"));
  else if (target != NULL)
    {
      indicator->has_target = TRUE;
      _qz_loader_check_keys (loader, target, target_keys);
      _qz_loader_get_number (loader, target, "value", TRUE, &indicator->target);
      _qz_loader_get_int (loader, target, "year", FALSE, 1900, &indicator->target_year);
      _qz_loader_get_text (loader, target, "source", TRUE, &indicator->target_source);
      _qz_loader_get_string (loader, target, "unit", FALSE, &indicator->target_unit);

      if (_qz_loader_get_string (loader, target, "scope", indicator->kind != QZ_INDICATOR_FIGURE, &scope))
        {
          indicator->target_city = g_str_equal (scope, "city");
          if (!indicator->target_city && !g_str_equal (scope, "enterprise"))
            _qz_loader_problem_at (loader, "scope", _("“%s” is not a scope: use enterprise or city"), scope);
          else if (!indicator->target_city && indicator->kind != QZ_INDICATOR_FIGURE)
            _qz_loader_problem_at (loader, "scope", _("only a figure has a line for one enterprise: use city"));
        }
      read_target_counts (loader, target, indicator);
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
  /* _qz_loader_each_item() checked that the grade is an object: read it
   * as a text. */
  {
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
    _qz_loader_read_text (loader, node, text);
  }
}

/* ---- Measures ---- */

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

/* What the measure costs: [min, max], in 10 000 yuan. */
static void
read_investment (QzLoader   *loader,
                 JsonObject *object,
                 QzMeasure  *measure)
{
  gsize len;
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

/* The GB/T 4754 codes of the industries the measure is for: each one of
 * Qizhen's table, at any level ("C34", "C344" or "C3443"). */
static void
read_industries (QzLoader   *loader,
                 JsonObject *object,
                 QzMeasure  *measure)
{
  gsize len;
  JsonNode *node = _qz_loader_member (loader, object, "industries", FALSE, &len);
  JsonArray *array = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();

  if (node != NULL && (array == NULL || json_array_get_length (array) == 0))
    _qz_loader_problem (loader, _("must be a list of at least one GB/T 4754 code"));

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      gsize item_len = _qz_loader_push_index (loader, i);
      g_autofree char *code = qz_json_node_dup_string (json_array_get_element (array, i));

      if (code == NULL)
        _qz_loader_problem (loader, _("must be a text"));
      else if (qz_industry_lookup (code) == NULL)
        _qz_loader_problem (loader, _("“%s” is not a GB/T 4754-2017 code known to Qizhen"), code);
      else
        g_strv_builder_add (codes, code);
      _qz_loader_pop (loader, item_len);
    }

  if (array != NULL && json_array_get_length (array) > 0)
    measure->industries = g_strv_builder_end (codes);
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
    "prerequisites", "reaches", "industries", NULL
  };
  g_autofree char *category = NULL;

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

  read_investment (loader, object, measure);
  read_prerequisites (loader, object, measure);
  read_reaches (loader, object, indicator, measure);
  read_industries (loader, object, measure);
}

/* ---- Indicators ---- */

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

/* Scenarios and ratings have no points; the other kinds need them, and
 * so does an indicator of no known kind. */
static void
read_points (QzLoader    *loader,
             JsonObject  *object,
             QzIndicator *indicator,
             gboolean     kind_ok)
{
  if (kind_ok && (indicator->kind == QZ_INDICATOR_SCENARIO || indicator->kind == QZ_INDICATOR_RATING))
    {
      if (json_object_has_member (object, "points"))
        _qz_loader_problem_at (loader, "points", _("this kind of indicator has no points"));
    }
  else if (_qz_loader_get_number (loader, object, "points", TRUE, &indicator->points) && indicator->points <= 0)
    _qz_loader_problem_at (loader, "points", _("must be greater than 0"));
}

/* The members of the indicator's kind: options, a figure, grades or a
 * level. */
static void
read_by_kind (QzLoader    *loader,
              JsonObject  *object,
              QzIndicator *indicator)
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
static void
check_keys_of_other_kinds (QzLoader          *loader,
                           JsonObject        *object,
                           const QzIndicator *indicator)
{
  static const struct { const char *key; QzIndicatorKind kind; QzIndicatorKind other; } owners[] = {
    { "options", QZ_INDICATOR_SINGLE, QZ_INDICATOR_MULTIPLE },
    { "figure", QZ_INDICATOR_FIGURE, QZ_INDICATOR_FIGURE },
    { "bands", QZ_INDICATOR_FIGURE, QZ_INDICATOR_FIGURE },
    { "grades", QZ_INDICATOR_SCENARIO, QZ_INDICATOR_SCENARIO },
    { "constraint", QZ_INDICATOR_SCENARIO, QZ_INDICATOR_SCENARIO },
    { "level", QZ_INDICATOR_RATING, QZ_INDICATOR_RATING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    {
      if (json_object_has_member (object, owners[i].key) &&
          indicator->kind != owners[i].kind && indicator->kind != owners[i].other)
        _qz_loader_problem_at (loader, owners[i].key, _("does not belong to this kind of indicator"));
    }
}

/* Reads an indicator of the area @data. */
void
_qz_loader_read_indicator (QzLoader   *loader,
                           JsonObject *object,
                           guint       index,
                           gpointer    data)
{
  QzArea *area = data;
  QzIndicator *indicator = _qz_indicator_new ();
  static const char *keys[] = {
    "id", "title", "kind", "points", "description", "evidence", "extension", "na_allowed", "outcome",
    "measures", "options", "figure", "bands", "target", "grades", "constraint", "level", NULL
  };
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
  _qz_loader_get_text (loader, object, "extension", FALSE, &indicator->extension);
  _qz_loader_get_bool (loader, object, "na_allowed", &indicator->na_allowed);
  _qz_loader_get_bool (loader, object, "outcome", &indicator->outcome);
  _qz_loader_get_bool (loader, object, "verified", &indicator->verified);
  kind_ok = read_kind (loader, object, indicator);
  if (kind_ok)
    _qz_loader_check_kind_placement (loader, indicator, area->dimension->scored);

  read_points (loader, object, indicator, kind_ok);
  area->max += indicator->points;

  if (kind_ok && indicator->outcome &&
      (indicator->kind == QZ_INDICATOR_SCENARIO || indicator->kind == QZ_INDICATOR_RATING))
    _qz_loader_problem_at (loader, "outcome", _("only an indicator with points can be an outcome"));

  if (kind_ok)
    {
      read_by_kind (loader, object, indicator);
      check_keys_of_other_kinds (loader, object, indicator);
      read_target (loader, object, indicator);
      _qz_loader_each_item (loader, object, "measures", 0, read_measure, indicator);
    }
}

/* A framework scored by maturity rates every indicator on one scale. */
void
_qz_loader_read_scale (QzLoader   *loader,
                       JsonObject *object)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  OptionContext context = { NULL, ids, TRUE };

  _qz_loader_each_item (loader, object, "scale", 2, read_option, &context);
}
