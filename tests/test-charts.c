/* test-charts.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "qz-bar-chart.h"
#include "qz-chart.h"
#include "qz-radar.h"
#include "qz-test-utils.h"

#define WIDTH 480
#define HEIGHT 480

static const QzChartStyle light = { FALSE, "Noto Sans CJK SC", 13 };

/* Long Chinese labels, as a framework's sub-area names are. */
static const char *long_labels[] = {
  "生产设备数字化率与联网率", "实现数据自动采集的业务环节覆盖范围", "本地或云化信息化服务覆盖业务情况",
  "网络安全举措", "数据安全举措", "对数字化的认识与执行水平", "数字化管理制度建立情况",
  "数字化人才举措", "近三年平均数字化投入占营业额比例", "改造后每百元营收综合能源消费量变化",
  "改造后月均产品合格率变化", "上年人均营业收入", "上年每百元营收中的成本", "产品设计", "工艺设计",
  "营销管理", "售后服务", "计划排程", "生产管控", "质量管理", "设备管理", "安全生产", "能耗管理", "采购管理",
};

/* @n axes of long Chinese labels, the current series rising along them
 * and a flat second series of @role. */
static QzChartData *
long_chart (guint        n,
            QzSeriesRole role)
{
  QzChartData *data = qz_chart_data_new (100, 5);
  double *values;

  for (guint i = 0; i < n; i++)
    qz_chart_data_add_axis (data, long_labels[i]);
  values = qz_chart_data_add_series (data, "本次评估", QZ_SERIES_CURRENT);
  for (guint i = 0; i < n; i++)
    values[i] = 20 + 3 * i;
  values = qz_chart_data_add_series (data, "对照", role);
  for (guint i = 0; i < n; i++)
    values[i] = 60;
  return data;
}

static cairo_surface_t *
white_surface (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

static void
pixel (cairo_surface_t *surface,
       double           x,
       double           y,
       guint8          *r,
       guint8          *g,
       guint8          *b)
{
  guint8 *data;
  guint32 value;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  value = *(guint32 *) (data + (int) y * cairo_image_surface_get_stride (surface) + (int) x * 4);
  *r = (value >> 16) & 0xff;
  *g = (value >> 8) & 0xff;
  *b = value & 0xff;
}

/* The current series' blue, not grey grid, white or text. */
static gboolean
is_blue (cairo_surface_t *surface,
         double           x,
         double           y)
{
  guint8 r, g, b;

  pixel (surface, x, y, &r, &g, &b);
  return b > 150 && r < 120 && b > g + 40;
}

static QzRadarLayout *
render (QzChartData     *data,
        cairo_surface_t *surface)
{
  cairo_t *cr = cairo_create (surface);
  QzRadarLayout *layout = qz_radar_render (cr, data, &light, WIDTH, HEIGHT);

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return layout;
}

/* A value lands at value / max of the radius on its axis. */
static void
test_value_at_radius (void)
{
  g_autoptr(QzChartData) data = qz_chart_data_new (4, 4);
  cairo_surface_t *surface = white_surface ();
  g_autoptr(QzRadarLayout) layout = NULL;
  double *values;
  double x, y;

  for (guint i = 0; i < 6; i++)
    qz_chart_data_add_axis (data, "");
  values = qz_chart_data_add_series (data, "", QZ_SERIES_CURRENT);
  for (guint i = 0; i < 6; i++)
    values[i] = 1;
  values[0] = 4;
  values[2] = 2;

  layout = render (data, surface);
  g_assert_cmpfloat (layout->radius, >, 100);

  qz_radar_point (layout, 6, 0, 1.0, &x, &y);
  g_assert_cmpfloat_with_epsilon (y, layout->cy - layout->radius, 1e-9);
  g_assert_true (is_blue (surface, x, y));
  qz_radar_point (layout, 6, 2, 0.5, &x, &y);
  g_assert_true (is_blue (surface, x, y));
  /* Nothing at the outer end of axis 2: the value is half of it. */
  qz_radar_point (layout, 6, 2, 1.0, &x, &y);
  g_assert_false (is_blue (surface, x, y));

  cairo_surface_destroy (surface);
}

/* Labels stay on the canvas, off each other and off the plot, for 3 to
 * 24 axes of long Chinese text. */
static void
test_labels_fit (gconstpointer test_data)
{
  guint n = GPOINTER_TO_UINT (test_data);
  g_autoptr(QzChartData) data = long_chart (n, QZ_SERIES_TARGET);
  cairo_surface_t *surface = white_surface ();
  g_autoptr(QzRadarLayout) layout = NULL;

  layout = render (data, surface);
  g_assert_cmpuint (layout->label_boxes->len, ==, n);

  for (guint i = 0; i < n; i++)
    {
      cairo_rectangle_t *box = &g_array_index (layout->label_boxes, cairo_rectangle_t, i);
      double nearest_x = CLAMP (layout->cx, box->x, box->x + box->width);
      double nearest_y = CLAMP (layout->cy, box->y, box->y + box->height);

      g_test_message ("axis %u: %.0f,%.0f %.0f×%.0f", i, box->x, box->y, box->width, box->height);
      g_assert_cmpfloat (box->width, >, 0);
      g_assert_cmpfloat (box->x, >=, 0);
      g_assert_cmpfloat (box->y, >=, 0);
      g_assert_cmpfloat (box->x + box->width, <=, WIDTH);
      g_assert_cmpfloat (box->y + box->height, <=, layout->legend.y);
      /* Off the plot: the box's nearest point to the centre is outside it. */
      g_assert_cmpfloat (hypot (nearest_x - layout->cx, nearest_y - layout->cy), >=, layout->radius);

      for (guint j = i + 1; j < n; j++)
        {
          cairo_rectangle_t *other = &g_array_index (layout->label_boxes, cairo_rectangle_t, j);
          gboolean overlap = box->x < other->x + other->width && other->x < box->x + box->width &&
                             box->y < other->y + other->height && other->y < box->y + box->height;
          g_assert_false (overlap);
        }
    }

  /* The legend is on the canvas, below the plot. */
  g_assert_cmpfloat (layout->legend.height, >, 0);
  g_assert_cmpfloat (layout->legend.y + layout->legend.height, <=, HEIGHT);
  g_assert_cmpfloat (layout->cy + layout->radius, <=, layout->legend.y);
  cairo_surface_destroy (surface);
}

/* A missing value is a gap, not a zero: no line runs to the centre. */
static void
test_missing_value (void)
{
  g_autoptr(QzChartData) data = qz_chart_data_new (4, 4);
  cairo_surface_t *surface = white_surface ();
  g_autoptr(QzRadarLayout) layout = NULL;
  double *values;
  double x, y;

  for (guint i = 0; i < 6; i++)
    qz_chart_data_add_axis (data, "");
  values = qz_chart_data_add_series (data, "", QZ_SERIES_CURRENT);
  for (guint i = 0; i < 6; i++)
    values[i] = 4;
  values[3] = NAN;

  layout = render (data, surface);

  /* The centre is not reached, nor is the missing axis' outer end. */
  g_assert_false (is_blue (surface, layout->cx, layout->cy));
  qz_radar_point (layout, 6, 3, 0.5, &x, &y);
  g_assert_false (is_blue (surface, x, y));
  qz_radar_point (layout, 6, 3, 1.0, &x, &y);
  g_assert_false (is_blue (surface, x, y));
  /* The others are drawn. */
  qz_radar_point (layout, 6, 0, 1.0, &x, &y);
  g_assert_true (is_blue (surface, x, y));
  qz_radar_point (layout, 6, 5, 1.0, &x, &y);
  g_assert_true (is_blue (surface, x, y));
  cairo_surface_destroy (surface);
}

/* The same chart, without text, against a stored image: a change in the
 * drawing shows; anti-aliasing noise does not. */
static void
test_golden (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "golden", "radar.png", NULL);
  g_autoptr(QzChartData) data = qz_chart_data_new (5, 5);
  cairo_surface_t *surface = white_surface ();
  cairo_surface_t *golden;
  g_autoptr(QzRadarLayout) layout = NULL;
  double *current, *target;
  guint differing = 0;

  for (guint i = 0; i < 8; i++)
    qz_chart_data_add_axis (data, "");
  current = qz_chart_data_add_series (data, "", QZ_SERIES_CURRENT);
  target = qz_chart_data_add_series (data, "", QZ_SERIES_TARGET);
  for (guint i = 0; i < 8; i++)
    {
      current[i] = 1 + (i * 7) % 4;
      target[i] = 4;
    }
  current[5] = NAN;
  layout = render (data, surface);

  if (g_getenv ("QZ_WRITE_GOLDEN") != NULL)
    g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);

  golden = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (golden), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (golden), ==, WIDTH);
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        guint8 r1, g1, b1, r2, g2, b2;

        pixel (surface, x, y, &r1, &g1, &b1);
        pixel (golden, x, y, &r2, &g2, &b2);
        differing += ABS (r1 - r2) > 32 || ABS (g1 - g2) > 32 || ABS (b1 - b2) > 32;
      }

  g_test_message ("%u pixels differ", differing);
  g_assert_cmpuint (differing, <, WIDTH * HEIGHT / 500);
  cairo_surface_destroy (golden);
  cairo_surface_destroy (surface);
}

/* Any cairo surface: a PDF surface, as the report will use. */
static void
test_vector_surface (void)
{
  g_autoptr(QzChartData) data = qz_chart_data_new (4, 4);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(QzRadarLayout) layout = NULL;
  double x, y, width, height;

  for (guint i = 0; i < 3; i++)
    qz_chart_data_add_axis (data, long_labels[i]);
  qz_chart_data_add_series (data, "上次评估", QZ_SERIES_PREVIOUS)[0] = 2;
  layout = qz_radar_render (cr, data, &light, 300, 300);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (x + width, <=, 300);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static QzBarLayout *
render_bars (QzChartData     *data,
             cairo_surface_t *surface)
{
  cairo_t *cr = cairo_create (surface);
  QzBarLayout *layout = qz_bar_chart_render (cr, data, &light, WIDTH, HEIGHT);

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return layout;
}

static double
row_middle (QzBarLayout *layout,
            guint        axis)
{
  cairo_rectangle_t *row = &g_array_index (layout->rows, cairo_rectangle_t, axis);

  return row->y + row->height / 2;
}

/* A bar ends at value / max of the scale; a missing value draws no bar. */
static void
test_bar_length (void)
{
  g_autoptr(QzChartData) data = qz_chart_data_new (100, 5);
  cairo_surface_t *surface = white_surface ();
  g_autoptr(QzBarLayout) layout = NULL;
  double *values;

  for (guint i = 0; i < 3; i++)
    qz_chart_data_add_axis (data, long_labels[i]);
  values = qz_chart_data_add_series (data, "", QZ_SERIES_CURRENT);
  values[0] = 50;
  values[1] = 100;

  layout = render_bars (data, surface);
  g_assert_cmpfloat (layout->plot_width, >, 200);

  /* Half the scale: blue short of the middle, none beyond the value's text. */
  g_assert_true (is_blue (surface, layout->plot_x + layout->plot_width * 0.45, row_middle (layout, 0)));
  g_assert_false (is_blue (surface, layout->plot_x + layout->plot_width * 0.7, row_middle (layout, 0)));
  g_assert_true (is_blue (surface, layout->plot_x + layout->plot_width * 0.98, row_middle (layout, 1)));
  /* N/A: no bar at all. */
  for (double f = 0.02; f < 1; f += 0.05)
    g_assert_false (is_blue (surface, layout->plot_x + layout->plot_width * f, row_middle (layout, 2)));

  g_assert_cmpint (qz_bar_layout_row_at (layout, layout->plot_x + 10, row_middle (layout, 1)), ==, 1);
  g_assert_cmpint (qz_bar_layout_row_at (layout, layout->plot_x + 10, 1), ==, -1);
  cairo_surface_destroy (surface);
}

/* Rows stack without overlapping; each label lies inside its row, right of
 * the edge and left of the bars, for 8 to 24 long Chinese labels. */
static void
test_bar_labels_fit (gconstpointer test_data)
{
  guint n = GPOINTER_TO_UINT (test_data);
  g_autoptr(QzChartData) data = long_chart (n, QZ_SERIES_INDUSTRY);
  cairo_surface_t *surface = white_surface ();
  g_autoptr(QzBarLayout) layout = NULL;

  layout = render_bars (data, surface);
  g_assert_cmpuint (layout->rows->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      cairo_rectangle_t *row = &g_array_index (layout->rows, cairo_rectangle_t, i);
      cairo_rectangle_t *box = &g_array_index (layout->label_boxes, cairo_rectangle_t, i);

      g_assert_cmpfloat (box->width, >, 0);
      g_assert_cmpfloat (box->x, >=, 0);
      g_assert_cmpfloat (box->x + box->width, <=, layout->plot_x);
      g_assert_cmpfloat (box->y, >=, row->y - 0.5);
      g_assert_cmpfloat (box->y + box->height, <=, row->y + row->height + 0.5);
      if (i > 0)
        g_assert_cmpfloat (row->y, >=, g_array_index (layout->rows, cairo_rectangle_t, i - 1).y +
                                       g_array_index (layout->rows, cairo_rectangle_t, i - 1).height - 1e-9);
    }

  g_assert_cmpfloat (layout->plot_x + layout->plot_width, <=, WIDTH);
  g_assert_cmpfloat (layout->legend.y + layout->legend.height, <=, HEIGHT);
  cairo_surface_destroy (surface);
}

/* A disk that fills half-way through a PNG or an SVG: the previous chart
 * stays as it was, and no temporary file is left beside it. */
static void
test_export_full_disk (void)
{
  static const char *names[] = { "chart.png", "chart.svg" };
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autoptr(QzChartData) data = qz_chart_data_new (5, 5);
  double *current;

  for (guint i = 0; i < 6; i++)
    qz_chart_data_add_axis (data, "维度");
  current = qz_chart_data_add_series (data, "", QZ_SERIES_CURRENT);
  for (guint i = 0; i < 6; i++)
    current[i] = 1 + i % 4;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (path, "the previous chart", -1, NULL));
      before = qz_test_list_dir (dir);

      qz_test_limit_file_size (1024);
      g_assert_false (qz_chart_export (data, path, &error));
      qz_test_limit_file_size (0);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, path));
      g_clear_error (&error);

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "the previous chart");
      after = qz_test_list_dir (dir);
      g_assert_cmpstr (after, ==, before);

      /* With room, the chart replaces it. */
      g_assert_true (qz_chart_export (data, path, &error));
      g_assert_no_error (error);
      g_clear_pointer (&contents, g_free);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, !=, "the previous chart");
    }

  qz_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  static const guint axes[] = { 3, 8, 16, 24 };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qz/radar/value-at-radius", test_value_at_radius);
  for (guint i = 0; i < G_N_ELEMENTS (axes); i++)
    {
      g_autofree char *path = g_strdup_printf ("/qz/radar/labels-fit/%u", axes[i]);
      g_test_add_data_func (path, GUINT_TO_POINTER (axes[i]), test_labels_fit);
    }
  g_test_add_func ("/qz/radar/missing-value", test_missing_value);
  g_test_add_func ("/qz/radar/golden", test_golden);
  g_test_add_func ("/qz/radar/export-full-disk", test_export_full_disk);
  g_test_add_func ("/qz/radar/vector-surface", test_vector_surface);
  g_test_add_func ("/qz/bars/length", test_bar_length);
  for (guint i = 1; i < G_N_ELEMENTS (axes); i++)
    {
      g_autofree char *path = g_strdup_printf ("/qz/bars/labels-fit/%u", axes[i]);
      g_test_add_data_func (path, GUINT_TO_POINTER (axes[i]), test_bar_labels_fit);
    }

  return g_test_run ();
}
