/* qz-chart-data.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-chart-data"

#include "qz-config.h"

#include <math.h>

#include "qz-chart-data.h"

static void
series_free (QzSeries *series)
{
  g_free (series->name);
  g_free (series->values);
  g_free (series);
}

/**
 * qz_chart_data_new:
 * @max: the end of the scale
 * @n_rings: how many steps divide the scale
 *
 * Returns: (transfer full): empty chart data; add the axes, then the series
 */
QzChartData *
qz_chart_data_new (double max,
                   guint  n_rings)
{
  QzChartData *data = g_new0 (QzChartData, 1);

  data->max = max > 0 ? max : 1;
  data->n_rings = MAX (n_rings, 1);
  data->labels = g_ptr_array_new_with_free_func (g_free);
  data->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  return data;
}

/**
 * qz_chart_data_add_axis:
 * @data: chart data without series yet
 * @label: the axis' label
 */
void
qz_chart_data_add_axis (QzChartData *data,
                        const char  *label)
{
  g_return_if_fail (data->series->len == 0);

  g_ptr_array_add (data->labels, g_strdup (label ? label : ""));
}

/**
 * qz_chart_data_add_series:
 * @data: chart data with its axes
 * @name: the series' name in the legend, or "" for none
 * @role: what it stands for
 *
 * Returns: (transfer none): the series' values, one per axis, all NAN
 *   (missing) until set
 */
double *
qz_chart_data_add_series (QzChartData  *data,
                          const char   *name,
                          QzSeriesRole  role)
{
  QzSeries *series = g_new0 (QzSeries, 1);

  series->name = g_strdup (name ? name : "");
  series->role = role;
  series->values = g_new (double, MAX (data->labels->len, 1));
  for (guint i = 0; i < data->labels->len; i++)
    series->values[i] = NAN;
  g_ptr_array_add (data->series, series);
  return series->values;
}

/**
 * qz_chart_data_is_missing:
 * @data: chart data
 * @axis: one of its axes
 *
 * Returns: whether the current series has no value on @axis
 */
gboolean
qz_chart_data_is_missing (const QzChartData *data,
                          guint              axis)
{
  for (guint s = 0; s < data->series->len; s++)
    {
      QzSeries *series = g_ptr_array_index (data->series, s);

      if (series->role == QZ_SERIES_CURRENT)
        return isnan (series->values[axis]);
    }

  return FALSE;
}

void
qz_chart_data_free (QzChartData *data)
{
  if (data == NULL)
    return;

  g_ptr_array_unref (data->labels);
  g_ptr_array_unref (data->series);
  g_free (data->missing);
  g_free (data);
}
