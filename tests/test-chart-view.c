/* test-chart-view.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <adwaita.h>
#include <math.h>

#include "qz-chart-view.h"
#include "qz-gtk-test-utils.h"

static QzChartData *
three_axes (void)
{
  QzChartData *data = qz_chart_data_new (100, 5);
  double *values;

  qz_chart_data_add_axis (data, "设备系统");
  qz_chart_data_add_axis (data, "数据采集");
  qz_chart_data_add_axis (data, "信息安全");
  values = qz_chart_data_add_series (data, "Current", QZ_SERIES_CURRENT);
  values[0] = 80;
  values[1] = NAN;
  values[2] = 50;
  values = qz_chart_data_add_series (data, "Target", QZ_SERIES_TARGET);
  values[0] = values[1] = values[2] = 60;
  return data;
}

typedef struct
{
  QzChartView *view;
  double       x, y;
} Point;

static gboolean
has_tooltip_at (gpointer data)
{
  Point *point = data;
  g_autofree char *tooltip = qz_chart_view_dup_axis_tooltip (point->view, point->x, point->y);

  return tooltip != NULL;
}

/* Presents @view in a window and waits for it to be drawn: the tooltip
 * needs to know where the chart went. */
static GtkWindow *
show (QzChartView *view,
      double       x,
      double       y)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  Point point = { view, x, y };

  gtk_window_set_default_size (window, 400, 400);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);

  qz_test_wait_until (has_tooltip_at, &point, QZ_TEST_TIMEOUT_MS);
  return window;
}

/* The description states every axis with each series' value, and says
 * N/A where a value is missing. */
static void
test_description (void)
{
  QzChartView *view = g_object_ref_sink (g_object_new (QZ_TYPE_CHART_VIEW, NULL));
  g_autofree char *empty = qz_chart_view_dup_description (view);
  g_autofree char *radar = NULL;
  g_autofree char *bars = NULL;

  g_assert_cmpstr (empty, ==, "Radar chart.");
  qz_chart_view_take_data (view, three_axes ());
  radar = qz_chart_view_dup_description (view);
  g_assert_cmpstr (radar, ==, "Radar chart. 设备系统: Current 80; Target 60; 数据采集: Current N/A; Target 60;"
                              " 信息安全: Current 50; Target 60;");
  g_assert_cmpuint (qz_chart_view_get_n_axes (view), ==, 3);

  g_object_set (view, "kind", QZ_CHART_KIND_BARS, NULL);
  bars = qz_chart_view_dup_description (view);
  g_assert_true (g_str_has_prefix (bars, "Bar chart. 设备系统: Current 80;"));

  qz_chart_view_take_data (view, NULL);
  g_assert_cmpuint (qz_chart_view_get_n_axes (view), ==, 0);
  g_object_unref (view);
}

/* Hovering over the top of a radar names its first axis and the values
 * on it; far off the plot there is no tooltip. */
static void
test_radar_tooltip (void)
{
  QzChartView *view = g_object_new (QZ_TYPE_CHART_VIEW, NULL);
  GtkWindow *window;
  g_autofree char *top = NULL;
  g_autofree char *corner = NULL;

  qz_chart_view_take_data (view, three_axes ());
  window = show (view, 200, 90);

  top = qz_chart_view_dup_axis_tooltip (view, 200, 90);
  g_assert_cmpstr (top, ==, "设备系统\nCurrent: 80\nTarget: 60");
  corner = qz_chart_view_dup_axis_tooltip (view, 1, 1);
  g_assert_null (corner);
  gtk_window_destroy (window);
}

/* On bars, the row under the pointer is the axis, N/A said as such. */
static void
test_bars_tooltip (void)
{
  QzChartView *view = g_object_new (QZ_TYPE_CHART_VIEW, "kind", QZ_CHART_KIND_BARS, NULL);
  GtkWindow *window;
  g_autofree char *middle = NULL;

  qz_chart_view_take_data (view, three_axes ());
  /* Three rows share the height above the legend: the middle one is
   * around the window's middle. */
  window = show (view, 300, 190);

  middle = qz_chart_view_dup_axis_tooltip (view, 300, 190);
  g_assert_cmpstr (middle, ==, "数据采集\nCurrent: N/A\nTarget: 60");
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/qz/chart-view/description", test_description);
  g_test_add_func ("/qz/chart-view/radar-tooltip", test_radar_tooltip);
  g_test_add_func ("/qz/chart-view/bars-tooltip", test_bars_tooltip);

  return g_test_run ();
}
