/* qz-framework.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-framework"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qz-framework-private.h"
#include "qz-input.h"
#include "qz-production.h"

G_DEFINE_QUARK (qz-framework-error-quark, qz_framework_error)

G_DEFINE_FINAL_TYPE (QzFramework, qz_framework, G_TYPE_OBJECT)

/* A language other than the interface's, while a report is written in it:
 * 0 none, 1 English, 2 Chinese. Only the main thread sets it. */
static int forced_language;

/**
 * qz_text_force_language:
 * @language: (nullable): "zh…" for Chinese, anything else for English,
 *   %NULL to follow the interface again
 *
 * Makes qz_text_get() answer in @language, for a document written in a
 * language other than the interface's. Call it from the main thread.
 */
void
qz_text_force_language (const char *language)
{
  forced_language = language == NULL ? 0 : (g_str_has_prefix (language, "zh") ? 2 : 1);
}

/* The C and POSIX locales, with or without a codeset: no language chosen. */
static gboolean
is_c_locale (const char *name)
{
  return g_strcmp0 (name, "C") == 0 || g_strcmp0 (name, "POSIX") == 0 ||
         g_str_has_prefix (name, "C.") || g_str_has_prefix (name, "POSIX.");
}

/**
 * qz_text_report_language:
 *
 * The language a document is written in when none is asked for: the
 * interface's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), Chinese for any
 * Chinese one and English for any other; and Chinese when no language is
 * set at all (the C or POSIX locale), since Qizhen is made for Chinese
 * programmes first.
 *
 * Returns: "zh_CN" or "en"
 */
const char *
qz_text_report_language (void)
{
  const char *first = g_get_language_names ()[0];

  return g_str_has_prefix (first, "zh") || is_c_locale (first) ? "zh_CN" : "en";
}

/**
 * qz_text_get:
 * @text: a text in the framework's languages
 *
 * Returns: the Chinese text when the interface (or the language forced)
 *   is Chinese, the English one otherwise; the other language when one
 *   is missing
 */
const char *
qz_text_get (const QzText *text)
{
  static gsize chinese = 0;
  gsize language;

  if (g_once_init_enter (&chinese))
    {
      const char * const *languages = g_get_language_names ();
      g_once_init_leave (&chinese, g_str_has_prefix (languages[0], "zh") ? 2 : 1);
    }

  language = forced_language != 0 ? (gsize) forced_language : chinese;
  if (language == 2)
    return text->zh_cn ? text->zh_cn : (text->en ? text->en : "");
  return text->en ? text->en : (text->zh_cn ? text->zh_cn : "");
}

void
_qz_text_clear (QzText *text)
{
  g_clear_pointer (&text->zh_cn, g_free);
  g_clear_pointer (&text->en, g_free);
}

static void
option_free (QzOption *option)
{
  g_free (option->id);
  _qz_text_clear (&option->label);
  _qz_text_clear (&option->descriptor);
  g_free (option);
}

static void
text_free (QzText *text)
{
  _qz_text_clear (text);
  g_free (text);
}

static void
measure_free (QzMeasure *measure)
{
  g_free (measure->id);
  g_free (measure->programme);
  g_free (measure->reaches_option);
  g_strfreev (measure->industries);
  _qz_text_clear (&measure->title);
  _qz_text_clear (&measure->description);
  _qz_text_clear (&measure->effect);
  g_clear_pointer (&measure->prerequisites, g_ptr_array_unref);
  g_free (measure);
}

static void
indicator_free (QzIndicator *indicator)
{
  g_free (indicator->id);
  g_free (indicator->unit);
  _qz_text_clear (&indicator->title);
  _qz_text_clear (&indicator->description);
  _qz_text_clear (&indicator->evidence);
  _qz_text_clear (&indicator->extension);
  _qz_text_clear (&indicator->numerator);
  _qz_text_clear (&indicator->denominator);
  _qz_text_clear (&indicator->target_source);
  g_free (indicator->target_unit);
  g_strfreev (indicator->target_counts);
  g_clear_pointer (&indicator->options, g_ptr_array_unref);
  g_clear_pointer (&indicator->bands, g_array_unref);
  g_clear_pointer (&indicator->grades, g_ptr_array_unref);
  g_clear_pointer (&indicator->measures, g_ptr_array_unref);
  g_free (indicator);
}

static void
area_free (QzArea *area)
{
  g_free (area->id);
  _qz_text_clear (&area->title);
  g_clear_pointer (&area->weights, g_array_unref);
  g_clear_pointer (&area->indicators, g_ptr_array_unref);
  g_free (area);
}

static void
dimension_free (QzDimension *dimension)
{
  g_free (dimension->id);
  _qz_text_clear (&dimension->title);
  _qz_text_clear (&dimension->description);
  _qz_text_clear (&dimension->group);
  _qz_text_clear (&dimension->extension);
  g_clear_pointer (&dimension->areas, g_ptr_array_unref);
  g_free (dimension);
}

static void
weight_set_free (QzWeightSet *set)
{
  g_free (set->id);
  _qz_text_clear (&set->title);
  g_free (set);
}

static void
level_free (QzLevel *level)
{
  g_free (level->id);
  _qz_text_clear (&level->name);
  _qz_text_clear (&level->description);
  g_free (level);
}

QzOption *
_qz_option_new (void)
{
  return g_new0 (QzOption, 1);
}

QzIndicator *
_qz_indicator_new (void)
{
  QzIndicator *indicator = g_new0 (QzIndicator, 1);

  indicator->verified = TRUE;
  indicator->options = g_ptr_array_new_with_free_func ((GDestroyNotify) option_free);
  indicator->bands = g_array_new (FALSE, TRUE, sizeof (QzBand));
  indicator->grades = g_ptr_array_new_with_free_func ((GDestroyNotify) text_free);
  indicator->max = NAN;
  indicator->factor = 1;
  indicator->measures = g_ptr_array_new_with_free_func ((GDestroyNotify) measure_free);
  return indicator;
}

QzMeasure *
_qz_measure_new (void)
{
  QzMeasure *measure = g_new0 (QzMeasure, 1);

  measure->prerequisites = g_ptr_array_new ();
  measure->reaches_value = NAN;
  return measure;
}

QzArea *
_qz_area_new (void)
{
  QzArea *area = g_new0 (QzArea, 1);

  area->weight = 1;
  area->weights = g_array_new (FALSE, TRUE, sizeof (double));
  area->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) indicator_free);
  return area;
}

QzDimension *
_qz_dimension_new (void)
{
  QzDimension *dimension = g_new0 (QzDimension, 1);

  dimension->scored = TRUE;
  dimension->areas = g_ptr_array_new_with_free_func ((GDestroyNotify) area_free);
  return dimension;
}

QzLevel *
_qz_level_new (void)
{
  QzLevel *level = g_new0 (QzLevel, 1);

  level->verified = TRUE;
  level->min_score = NAN;
  level->min_s = NAN;
  return level;
}

static void
qz_framework_finalize (GObject *object)
{
  QzFramework *self = (QzFramework *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->version, g_free);
  _qz_text_clear (&self->title);
  _qz_text_clear (&self->basis);
  _qz_text_clear (&self->notice);
  g_clear_pointer (&self->indicators, g_hash_table_unref);
  g_clear_pointer (&self->indicator_list, g_ptr_array_unref);
  g_clear_pointer (&self->measures, g_hash_table_unref);
  g_clear_pointer (&self->weight_sets, g_ptr_array_unref);
  g_clear_pointer (&self->scale, g_ptr_array_unref);
  g_clear_pointer (&self->levels, g_ptr_array_unref);
  g_clear_pointer (&self->dimensions, g_ptr_array_unref);
  g_clear_pointer (&self->source, g_bytes_unref);

  G_OBJECT_CLASS (qz_framework_parent_class)->finalize (object);
}

static void
qz_framework_class_init (QzFrameworkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qz_framework_finalize;
}

static void
qz_framework_init (QzFramework *self)
{
  self->scale = g_ptr_array_new_with_free_func ((GDestroyNotify) option_free);
  self->levels = g_ptr_array_new_with_free_func ((GDestroyNotify) level_free);
  self->dimensions = g_ptr_array_new_with_free_func ((GDestroyNotify) dimension_free);
  self->indicators = g_hash_table_new (g_str_hash, g_str_equal);
  self->indicator_list = g_ptr_array_new ();
  self->measures = g_hash_table_new (g_str_hash, g_str_equal);
  self->weight_sets = g_ptr_array_new_with_free_func ((GDestroyNotify) weight_set_free);
  self->threshold = NAN;
}

QzFramework *
_qz_framework_new (void)
{
  return g_object_new (QZ_TYPE_FRAMEWORK, NULL);
}

/**
 * qz_framework_get_id:
 * @self: a #QzFramework
 *
 * Returns: the framework's id, the same in all its versions
 */
const char *
qz_framework_get_id (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);
  return self->id;
}

/**
 * qz_framework_get_version:
 * @self: a #QzFramework
 *
 * Returns: the framework's version
 */
const char *
qz_framework_get_version (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);
  return self->version;
}

/**
 * qz_framework_get_title:
 * @self: a #QzFramework
 *
 * Returns: the title
 */
const QzText *
qz_framework_get_title (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);
  return &self->title;
}

/**
 * qz_framework_get_basis:
 * @self: a #QzFramework
 *
 * Returns: the standard or document the framework follows
 */
const QzText *
qz_framework_get_basis (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);
  return &self->basis;
}

/**
 * qz_framework_get_notice:
 * @self: a #QzFramework
 *
 * Returns: what every result of the framework must say, possibly empty
 */
const QzText *
qz_framework_get_notice (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);
  return &self->notice;
}

/**
 * qz_framework_get_method:
 * @self: a #QzFramework
 *
 * Returns: how answers become a score and a level
 */
QzScoringMethod
qz_framework_get_method (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), QZ_SCORING_POINTS);
  return self->method;
}

/**
 * qz_framework_get_threshold:
 * @self: a #QzFramework
 *
 * Returns: the score at which a maturity level counts as reached
 */
double
qz_framework_get_threshold (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NAN);
  return self->threshold;
}

/**
 * qz_framework_get_max:
 * @self: a #QzFramework
 *
 * Returns: the total maximum of the scored dimensions (points method)
 */
double
qz_framework_get_max (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), 0);
  return self->max;
}

/**
 * qz_framework_get_scale:
 * @self: a #QzFramework
 *
 * Returns: (transfer none) (element-type QzOption): the rating scale
 */
GPtrArray *
qz_framework_get_scale (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);
  return self->scale;
}

/**
 * qz_framework_get_levels:
 * @self: a #QzFramework
 *
 * Returns: (transfer none) (element-type QzLevel): the levels, lowest first
 */
GPtrArray *
qz_framework_get_levels (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);
  return self->levels;
}

/**
 * qz_framework_get_dimensions:
 * @self: a #QzFramework
 *
 * Returns: (transfer none) (element-type QzDimension): the dimensions
 */
GPtrArray *
qz_framework_get_dimensions (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);
  return self->dimensions;
}

/**
 * qz_framework_find_indicator:
 * @self: a #QzFramework
 * @id: an indicator id
 *
 * Returns: (nullable): the indicator, or %NULL
 */
const QzIndicator *
qz_framework_find_indicator (QzFramework *self,
                             const char  *id)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);
  return id ? g_hash_table_lookup (self->indicators, id) : NULL;
}

/**
 * qz_framework_find_level:
 * @self: a #QzFramework
 * @id: (nullable): a level id
 *
 * Returns: (nullable): the level, or %NULL
 */
const QzLevel *
qz_framework_find_level (QzFramework *self,
                         const char  *id)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);

  for (guint i = 0; id != NULL && i < self->levels->len; i++)
    {
      const QzLevel *level = g_ptr_array_index (self->levels, i);

      if (g_str_equal (level->id, id))
        return level;
    }

  return NULL;
}

/**
 * qz_framework_find_measure:
 * @self: a #QzFramework
 * @id: a measure id
 *
 * Returns: (nullable): the measure, or %NULL
 */
const QzMeasure *
qz_framework_find_measure (QzFramework *self,
                           const char  *id)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);
  return id ? g_hash_table_lookup (self->measures, id) : NULL;
}

/**
 * qz_framework_get_n_indicators:
 * @self: a #QzFramework
 *
 * Returns: the number of indicators
 */
guint
qz_framework_get_n_indicators (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), 0);
  return g_hash_table_size (self->indicators);
}

/**
 * qz_framework_get_indicators:
 * @self: a #QzFramework
 *
 * Returns: (transfer none) (element-type QzIndicator): every indicator, in
 *   the order of the file (dimension by dimension, area by area)
 */
GPtrArray *
qz_framework_get_indicators (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);
  return self->indicator_list;
}

/**
 * qz_framework_get_source:
 * @self: a #QzFramework
 *
 * Returns: (transfer none): the file the framework was loaded from, byte
 *   for byte, as stored with each assessment
 */
GBytes *
qz_framework_get_source (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);
  return self->source;
}

/**
 * qz_framework_get_weight_sets:
 * @self: a #QzFramework
 *
 * Returns: (transfer none) (element-type QzWeightSet): the sets of area
 *   weights a maturity framework carries, one per kind of manufacturing;
 *   empty when its areas have one weight each
 */
GPtrArray *
qz_framework_get_weight_sets (QzFramework *self)
{
  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);
  return self->weight_sets;
}

/**
 * qz_framework_choose_weight_set:
 * @self: a #QzFramework
 * @industry_code: (nullable): the enterprise's GB/T 4754 code
 *
 * The weight set for an enterprise of @industry_code: the one of its kind
 * of manufacturing (qz_production_for_industry()), or else the first.
 *
 * Returns: (nullable): the weight set, or %NULL when the framework has none
 */
const QzWeightSet *
qz_framework_choose_weight_set (QzFramework *self,
                                const char  *industry_code)
{
  QzProductionRule rule;

  g_return_val_if_fail (QZ_IS_FRAMEWORK (self), NULL);

  if (self->weight_sets->len == 0)
    return NULL;

  qz_production_for_industry (industry_code, &rule);
  for (guint i = 0; i < self->weight_sets->len; i++)
    {
      const QzWeightSet *set = g_ptr_array_index (self->weight_sets, i);

      if (g_strcmp0 (set->id, qz_production_to_id (rule.production)) == 0)
        return set;
    }

  return g_ptr_array_index (self->weight_sets, 0);
}

/**
 * qz_area_get_weight:
 * @area: an area of a maturity framework
 * @set: (nullable): one of the framework's weight sets
 *
 * Returns: the area's weight in @set, or its single weight
 */
double
qz_area_get_weight (const QzArea      *area,
                    const QzWeightSet *set)
{
  if (set != NULL && set->index < area->weights->len)
    return g_array_index (area->weights, double, set->index);

  return area->weight;
}

/**
 * qz_framework_has_outcomes:
 * @self: a framework
 *
 * Whether some of its indicators are outcomes: results such as a change
 * in the pass rate, which follow from measures but which no measure can
 * promise, so that a plan never counts them as raised.
 *
 * Returns: whether it has outcome indicators
 */
gboolean
qz_framework_has_outcomes (QzFramework *self)
{
  GPtrArray *indicators = qz_framework_get_indicators (self);

  for (guint i = 0; i < indicators->len; i++)
    {
      if (((QzIndicator *) g_ptr_array_index (indicators, i))->outcome)
        return TRUE;
    }

  return FALSE;
}

/**
 * qz_indicator_dup_target_text:
 * @indicator: an indicator
 *
 * Says the programme line @indicator carries: a target for the
 * enterprise's own figure, or a line for the city as a whole.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL without a target
 */
char *
qz_indicator_dup_target_text (const QzIndicator *indicator)
{
  g_autofree char *value = NULL;
  const char *unit;

  g_return_val_if_fail (indicator != NULL, NULL);

  if (!indicator->has_target)
    return NULL;

  value = qz_input_format_amount (indicator->target);
  unit = indicator->target_unit ? indicator->target_unit : indicator->unit ? indicator->unit : "";
  if (indicator->target_city)
    /* Translators: a programme's line for the whole city: a number, its unit, the document */
    return g_strdup_printf (_("City-wide line %s %s (%s)"), value, unit, qz_text_get (&indicator->target_source));

  /* Translators: a target for the enterprise's figure: a number, its unit, the document */
  return g_strdup_printf (_("Target %s %s (%s)"), value, unit, qz_text_get (&indicator->target_source));
}
