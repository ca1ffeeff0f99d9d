/* qz-size-class.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-size-class"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-industry.h"
#include "qz-size-class.h"

/* Lower bounds for industrial enterprises (sections B, C and D) in the 2017
 * statistical rule (统计上大中小微型企业划分办法): employees, and annual
 * revenue in units of 10,000 yuan. */
static const struct
{
  QzSizeClass size_class;
  gint64      employees;
  double      revenue;
} industrial_bounds[] = {
  { QZ_SIZE_CLASS_LARGE,  1000, 40000 },
  { QZ_SIZE_CLASS_MEDIUM,  300,  2000 },
  { QZ_SIZE_CLASS_SMALL,    20,   300 },
};

/**
 * qz_size_class_derive:
 * @industry_code: (nullable): a GB/T 4754 code, or %NULL/empty when not yet known
 * @employees: number of employees, or a negative number when unknown
 * @revenue: annual revenue in 10,000 yuan, or a negative number when unknown
 *
 * Derives the size class by the 2017 statistical rule for industrial
 * enterprises: large, medium and small must reach both lower bounds, or the
 * enterprise drops a class; one figure below the small bounds makes it micro.
 * An enterprise whose industry is not yet chosen is taken as industrial,
 * since the app serves manufacturers; other sections have other bounds,
 * which are not built in.
 *
 * Returns: the size class, or %QZ_SIZE_CLASS_UNKNOWN when it cannot be told
 */
QzSizeClass
qz_size_class_derive (const char *industry_code,
                      gint64      employees,
                      double      revenue)
{
  gboolean employees_known = employees >= 0;
  gboolean revenue_known = revenue >= 0;

  if (industry_code != NULL && industry_code[0] != '\0' &&
      !qz_industry_is_industrial (industry_code))
    return QZ_SIZE_CLASS_UNKNOWN;

  if ((employees_known && employees < industrial_bounds[2].employees) ||
      (revenue_known && revenue < industrial_bounds[2].revenue))
    return QZ_SIZE_CLASS_MICRO;

  if (!employees_known || !revenue_known)
    return QZ_SIZE_CLASS_UNKNOWN;

  for (guint i = 0; i < G_N_ELEMENTS (industrial_bounds); i++)
    {
      if (employees >= industrial_bounds[i].employees &&
          revenue >= industrial_bounds[i].revenue)
        return industrial_bounds[i].size_class;
    }

  g_return_val_if_reached (QZ_SIZE_CLASS_UNKNOWN);
}

/**
 * qz_size_class_to_string:
 * @size_class: a size class
 *
 * Returns: the translated name of @size_class, or an empty string for
 *   %QZ_SIZE_CLASS_UNKNOWN
 */
const char *
qz_size_class_to_string (QzSizeClass size_class)
{
  switch (size_class)
    {
    case QZ_SIZE_CLASS_MICRO:
      return _("Micro");
    case QZ_SIZE_CLASS_SMALL:
      return _("Small");
    case QZ_SIZE_CLASS_MEDIUM:
      return _("Medium");
    case QZ_SIZE_CLASS_LARGE:
      return _("Large");
    case QZ_SIZE_CLASS_UNKNOWN:
    default:
      return "";
    }
}
