/* qz-production.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-production"

#include "qz-config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "qz-production.h"

/* Which GB/T 4754-2017 codes count as process manufacturing. The longest
 * prefix of the enterprise's code that is listed decides; a code that no
 * row matches is discrete manufacturing. A class row may say the opposite
 * of its division's row (textiles are discrete, their dyeing and finishing
 * classes process).
 *
 * None of this is taken from GB/T 39117, whose text was not available: it
 * is the project's own reading of the usual division of Chinese industry
 * into 流程型 and 离散型 manufacturing (petrochemicals, chemicals,
 * metallurgy, building materials, pharmaceuticals, paper, food and
 * textile dyeing on the process side). Every row is therefore marked
 * unverified, and the report says so; a row checked against the standard
 * gets TRUE. */
static const struct
{
  const char   *prefix;
  QzProduction  production;
  gboolean      verified;
} rules[] = {
  { "C13", QZ_PRODUCTION_PROCESS, FALSE },    /* processing of food from farm products */
  { "C14", QZ_PRODUCTION_PROCESS, FALSE },    /* food */
  { "C15", QZ_PRODUCTION_PROCESS, FALSE },    /* liquor, beverages, refined tea */
  { "C1713", QZ_PRODUCTION_PROCESS, FALSE },  /* cotton printing and dyeing */
  { "C1723", QZ_PRODUCTION_PROCESS, FALSE },  /* wool dyeing and finishing */
  { "C1733", QZ_PRODUCTION_PROCESS, FALSE },  /* hemp dyeing and finishing */
  { "C1743", QZ_PRODUCTION_PROCESS, FALSE },  /* silk printing and dyeing */
  { "C1752", QZ_PRODUCTION_PROCESS, FALSE },  /* dyeing and finishing of man-made fabrics */
  { "C1762", QZ_PRODUCTION_PROCESS, FALSE },  /* printing and dyeing of knitted fabrics */
  { "C221", QZ_PRODUCTION_PROCESS, FALSE },   /* pulp */
  { "C222", QZ_PRODUCTION_PROCESS, FALSE },   /* paper and paperboard (not paper products, C223) */
  { "C25", QZ_PRODUCTION_PROCESS, FALSE },    /* petroleum, coal and other fuels */
  { "C26", QZ_PRODUCTION_PROCESS, FALSE },    /* chemicals */
  { "C27", QZ_PRODUCTION_PROCESS, FALSE },    /* medicines */
  { "C28", QZ_PRODUCTION_PROCESS, FALSE },    /* chemical fibres */
  { "C30", QZ_PRODUCTION_PROCESS, FALSE },    /* non-metallic mineral products */
  { "C31", QZ_PRODUCTION_PROCESS, FALSE },    /* ferrous metals */
  { "C32", QZ_PRODUCTION_PROCESS, FALSE },    /* non-ferrous metals */
};

/**
 * qz_production_for_industry:
 * @industry_code: (nullable): a GB/T 4754 code such as "C2614", or ""
 * @rule: (out caller-allocates): how the enterprise manufactures, and
 *   by which row of the table
 *
 * Tells whether an enterprise of @industry_code is a discrete or a
 * process manufacturer. Without a code, or with one no row lists, it is
 * discrete, with no prefix and unverified.
 */
void
qz_production_for_industry (const char       *industry_code,
                            QzProductionRule *rule)
{
  gsize best = 0;

  g_return_if_fail (rule != NULL);

  rule->production = QZ_PRODUCTION_DISCRETE;
  rule->prefix = NULL;
  rule->verified = FALSE;

  for (guint i = 0; industry_code != NULL && i < G_N_ELEMENTS (rules); i++)
    {
      gsize len = strlen (rules[i].prefix);

      if (len > best && g_str_has_prefix (industry_code, rules[i].prefix))
        {
          best = len;
          rule->production = rules[i].production;
          rule->prefix = rules[i].prefix;
          rule->verified = rules[i].verified;
        }
    }
}

/* The ids a framework's weight sets use (docs/framework-format.md). */
const char *
qz_production_to_id (QzProduction production)
{
  return production == QZ_PRODUCTION_PROCESS ? "process" : "discrete";
}

gboolean
qz_production_from_id (const char   *id,
                       QzProduction *production)
{
  if (g_strcmp0 (id, "discrete") == 0)
    *production = QZ_PRODUCTION_DISCRETE;
  else if (g_strcmp0 (id, "process") == 0)
    *production = QZ_PRODUCTION_PROCESS;
  else
    return FALSE;

  return TRUE;
}

const char *
qz_production_to_string (QzProduction production)
{
  return production == QZ_PRODUCTION_PROCESS ? _("process manufacturing") : _("discrete manufacturing");
}

/**
 * qz_weight_set_describe:
 * @set: the weight set a result used
 * @industry_code: (nullable): the enterprise's GB/T 4754 code
 *
 * Says which set of area weights a result used and why, and what of it is
 * unverified, for the results and the report.
 *
 * Returns: (transfer full): a sentence or two
 */
char *
qz_weight_set_describe (const QzWeightSet *set,
                        const char        *industry_code)
{
  GString *text = g_string_new (NULL);
  QzProductionRule rule;
  QzProduction production;

  g_return_val_if_fail (set != NULL, NULL);

  qz_production_for_industry (industry_code, &rule);
  if (industry_code == NULL || industry_code[0] == '\0')
    /* Translators: the name of a set of weights, such as "Discrete manufacturing" */
    g_string_append_printf (text, _("Weights: %s; the enterprise has no industry code, so the first set applies."),
                            qz_text_get (&set->title));
  else if (qz_production_from_id (set->id, &production) && production == rule.production)
    /* Translators: a set of weights; an industry code such as C3443; "discrete manufacturing" */
    g_string_append_printf (text, _("Weights: %s, as the industry %s counts as %s."),
                            qz_text_get (&set->title), industry_code, qz_production_to_string (rule.production));
  else
    g_string_append_printf (text, _("Weights: %s; the framework has no set for %s."),
                            qz_text_get (&set->title), qz_production_to_string (rule.production));

  if (!rule.verified && industry_code != NULL && industry_code[0] != '\0')
    g_string_append_printf (text, " %s", _("Which industries count as process manufacturing is Qizhen’s own reading, "
                                           "not yet checked against the standard."));
  if (!set->verified)
    g_string_append_printf (text, " %s", _("The weights of this set are placeholders still to be verified."));

  return g_string_free (text, FALSE);
}
