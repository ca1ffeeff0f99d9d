/* bench-radar.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders a 16-axis radar chart with 4 series at 1200×1200, as for a
 * report page, and prints the median time. Asserts nothing about time.
 */

#include <math.h>

#include "qz-bar-chart.h"
#include "qz-radar.h"
#include "qz-test-utils.h"

#define N_RUNS 30

static void
measure (const char         *kind,
         const QzChartData  *data,
         const QzChartStyle *style)
{
  double times[N_RUNS];

  for (guint run = 0; run < N_RUNS; run++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 1200);
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();

      if (g_str_equal (kind, "radar"))
        qz_radar_layout_free (qz_radar_render (cr, data, style, 1200, 1200));
      else
        qz_bar_layout_free (qz_bar_chart_render (cr, data, style, 1200, 1200));
      cairo_surface_flush (surface);
      times[run] = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  qsort (times, N_RUNS, sizeof (double), qz_test_compare_doubles);
  g_print ("render a 16-axis %s with 4 series at 1200×1200: median %.1f ms, max %.1f ms over %d runs\n",
           kind, times[N_RUNS / 2], times[N_RUNS - 1], N_RUNS);
}

int
main (int   argc,
      char *argv[])
{
  static const QzChartStyle style = { FALSE, "Noto Sans CJK SC, Sans", 22 };
  static const QzSeriesRole roles[] = { QZ_SERIES_CURRENT, QZ_SERIES_TARGET, QZ_SERIES_PREVIOUS, QZ_SERIES_INDUSTRY };
  g_autoptr(QzChartData) data = qz_chart_data_new (4, 4);

  for (guint i = 0; i < 16; i++)
    {
      g_autofree char *label = g_strdup_printf ("业务场景%u：生产执行数字化", i + 1);
      qz_chart_data_add_axis (data, label);
    }
  for (guint s = 0; s < G_N_ELEMENTS (roles); s++)
    {
      g_autofree char *name = g_strdup_printf ("系列 %u", s + 1);
      double *values = qz_chart_data_add_series (data, name, roles[s]);

      for (guint i = 0; i < 16; i++)
        values[i] = 1 + fmod (i * 0.7 + s, 3);
    }

  measure ("radar", data, &style);
  measure ("bar chart", data, &style);
  return 0;
}
