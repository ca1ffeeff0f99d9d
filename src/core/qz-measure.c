/* qz-measure.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-measure"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qz-measure.h"

/* The words a framework file uses for a measure's category and its
 * programme, and what a measure does to an answer once carried out. */

static const char *categories[] = {
  [QZ_MEASURE_EQUIPMENT] = "equipment",
  [QZ_MEASURE_SYSTEMS] = "systems",
  [QZ_MEASURE_DATA] = "data",
  [QZ_MEASURE_MANAGEMENT] = "management",
  [QZ_MEASURE_TALENT] = "talent",
  [QZ_MEASURE_SECURITY] = "security",
  [QZ_MEASURE_GREEN] = "green",
  [QZ_MEASURE_MARKET] = "market",
};

static const char *category_names[] = {
  [QZ_MEASURE_EQUIPMENT] = N_("Equipment"),
  [QZ_MEASURE_SYSTEMS] = N_("Systems"),
  [QZ_MEASURE_DATA] = N_("Data"),
  [QZ_MEASURE_MANAGEMENT] = N_("Management"),
  [QZ_MEASURE_TALENT] = N_("Talent"),
  [QZ_MEASURE_SECURITY] = N_("Security"),
  [QZ_MEASURE_GREEN] = N_("Green"),
  [QZ_MEASURE_MARKET] = N_("Market"),
};

static const struct
{
  const char *id;
  const char *name;
} programmes[] = {
  { "digital-workshop", N_("Digital workshop") },
  { "smart-factory", N_("Smart factory") },
  { "cloud-adoption", N_("Cloud adoption") },
  { "5g-industrial-internet", N_("5G + industrial internet") },
  { "industrial-internet-platform", N_("Industrial internet platform") },
  { "sme-transformation", N_("SME digital transformation") },
  { "green-manufacturing", N_("Green manufacturing") },
  { "cybersecurity", N_("Cybersecurity") },
};

gboolean
qz_measure_category_from_string (const char        *text,
                                 QzMeasureCategory *category)
{
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      if (g_strcmp0 (text, categories[i]) == 0)
        {
          *category = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
qz_measure_category_get_name (QzMeasureCategory category)
{
  g_return_val_if_fail (category < G_N_ELEMENTS (category_names), NULL);
  return _(category_names[category]);
}

gboolean
qz_programme_is_known (const char *id)
{
  return qz_programme_get_name (id) != NULL;
}

/**
 * qz_programme_get_name:
 * @id: (nullable): a programme id
 *
 * Returns: (nullable): the programme's name, or %NULL for an unknown id
 */
const char *
qz_programme_get_name (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (programmes); i++)
    {
      if (g_str_equal (id, programmes[i].id))
        return _(programmes[i].name);
    }

  return NULL;
}

static gboolean
is_exclusive (const QzIndicator *indicator,
              const char        *id)
{
  for (guint i = 0; i < indicator->options->len; i++)
    {
      QzOption *option = g_ptr_array_index (indicator->options, i);

      if (g_str_equal (option->id, id))
        return option->exclusive;
    }

  return FALSE;
}

/* Multiple choice: @add ticked, exclusive options unticked. */
static GStrv
tick (const QzIndicator  *indicator,
      const char * const *options,
      const char         *add)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; options != NULL && options[i] != NULL; i++)
    {
      if (!g_str_equal (options[i], add) && !is_exclusive (indicator, options[i]))
        g_strv_builder_add (builder, options[i]);
    }
  g_strv_builder_add (builder, add);
  return g_strv_builder_end (builder);
}

/**
 * qz_measure_apply:
 * @measure: a measure
 * @answer: (nullable): the indicator's answer now
 *
 * Returns: (transfer full): the answer once the measure is carried out;
 *   note and flag kept
 */
QzAnswer *
qz_measure_apply (const QzMeasure *measure,
                  const QzAnswer  *answer)
{
  const QzIndicator *indicator = measure->indicator;
  QzAnswer *after = answer != NULL ? qz_answer_copy (answer) : qz_answer_new ();
  const char *only[] = { measure->reaches_option, NULL };

  after->na = FALSE;
  switch (indicator->kind)
    {
    case QZ_INDICATOR_SINGLE:
    case QZ_INDICATOR_RATING:
      g_strfreev (after->options);
      after->options = g_strdupv ((GStrv) only);
      break;

    case QZ_INDICATOR_MULTIPLE:
      {
        GStrv ticked = tick (indicator, (const char * const *) after->options, measure->reaches_option);

        g_strfreev (after->options);
        after->options = ticked;
      }
      break;

    case QZ_INDICATOR_FIGURE:
      after->value = measure->reaches_value;
      after->numerator = after->denominator = NAN;
      break;

    case QZ_INDICATOR_SCENARIO:
      after->grade = (int) measure->reaches_value;
      break;

    default:
      g_assert_not_reached ();
    }

  return after;
}

/**
 * qz_measure_is_specific_to:
 * @measure: a measure
 * @industry_code: (nullable): an enterprise's GB/T 4754 code
 *
 * Whether @measure is marked for industries and @industry_code falls
 * under one of them: "C3443" falls under "C344", "C34" and "C".
 *
 * Returns: whether it is a measure of that very industry
 */
gboolean
qz_measure_is_specific_to (const QzMeasure *measure,
                           const char      *industry_code)
{
  if (measure->industries == NULL || industry_code == NULL || *industry_code == '\0')
    return FALSE;

  for (guint i = 0; measure->industries[i] != NULL; i++)
    {
      if (g_str_has_prefix (industry_code, measure->industries[i]))
        return TRUE;
    }

  return FALSE;
}

/**
 * qz_measure_is_for_industry:
 * @measure: a measure
 * @industry_code: (nullable): an enterprise's GB/T 4754 code
 *
 * Whether @measure may be proposed to an enterprise of @industry_code: a
 * measure marked for no industry suits any; one marked for industries
 * suits only those, never an enterprise whose industry is not known.
 *
 * Returns: whether it suits the enterprise
 */
gboolean
qz_measure_is_for_industry (const QzMeasure *measure,
                            const char      *industry_code)
{
  return measure->industries == NULL || qz_measure_is_specific_to (measure, industry_code);
}
