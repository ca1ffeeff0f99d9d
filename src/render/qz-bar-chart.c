/* qz-bar-chart.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-bar-chart"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qz-bar-chart.h"
#include "qz-chart-draw.h"

/* A horizontal bar chart of the same data as the radar: one row per axis,
 * one bar per series. Where a radar of many axes gets crowded, bars keep
 * every label whole and every value readable. The current series is a
 * solid bar with its value; the others are outlined in their own dashes,
 * so that the chart reads in greyscale print too. */

#define MARGIN QZ_CHART_MARGIN
#define MIN_FONT_SIZE 7.0
#define MAX_LABEL_LINES 2
#define MAX_BAR 16.0

static char *
format_value (const QzChartData *data,
              double             value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (text, sizeof text, data->max > 10 ? "%.0f" : "%.1f", value));
}

/* The widest label's natural width, capped at a third of the chart. */
static double
label_column (cairo_t            *cr,
              const QzChartData  *data,
              const QzChartStyle *style,
              double              font_size,
              double              width)
{
  double widest = 0;

  for (guint i = 0; i < data->labels->len; i++)
    {
      g_autoptr(PangoLayout) text = qz_chart_draw_text (cr, style, font_size, g_ptr_array_index (data->labels, i));
      int w, h;

      pango_layout_get_pixel_size (text, &w, &h);
      widest = MAX (widest, w);
    }

  return MIN (widest, width / 3);
}

static void
draw_scale (cairo_t            *cr,
            const QzChartData  *data,
            const QzChartStyle *style,
            const QzBarLayout  *layout,
            double              top,
            double              bottom)
{
  for (guint step = 0; step <= data->n_rings; step++)
    {
      double x = layout->plot_x + layout->plot_width * step / data->n_rings;
      g_autofree char *text = format_value (data, data->max * step / data->n_rings);
      g_autoptr(PangoLayout) value = qz_chart_draw_text (cr, style, layout->font_size * 0.8, text);
      int w, h;

      cairo_save (cr);
      cairo_set_line_width (cr, 1);
      qz_chart_draw_grid_colour (cr, style->dark);
      cairo_move_to (cr, round (x) + 0.5, top);
      cairo_line_to (cr, round (x) + 0.5, bottom);
      cairo_stroke (cr);
      cairo_restore (cr);

      pango_layout_get_pixel_size (value, &w, &h);
      qz_chart_draw_text_colour (cr, style->dark, 0.6);
      cairo_move_to (cr, CLAMP (x - w / 2.0, 0, layout->plot_x + layout->plot_width - w), top - h - 2);
      pango_cairo_show_layout (cr, value);
    }
}

static void
draw_row (cairo_t            *cr,
          const QzChartData  *data,
          const QzChartStyle *style,
          const QzBarLayout  *layout,
          guint               axis,
          PangoLayout        *label)
{
  const cairo_rectangle_t *row = &g_array_index (layout->rows, cairo_rectangle_t, axis);
  const cairo_rectangle_t *box = &g_array_index (layout->label_boxes, cairo_rectangle_t, axis);
  guint n_series = MAX (data->series->len, 1);
  double bar = MIN (row->height * 0.8 / n_series, MAX_BAR);
  double y = row->y + (row->height - bar * n_series) / 2;

  qz_chart_draw_text_colour (cr, style->dark, qz_chart_data_is_missing (data, axis) ? 0.45 : 1.0);
  qz_chart_draw_show_in (cr, label, box);

  for (guint s = 0; s < data->series->len; s++, y += bar)
    {
      QzSeries *series = g_ptr_array_index (data->series, s);
      double value = series->values[axis];
      double length = layout->plot_width * CLAMP (value / data->max, 0, 1);
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) value_text = NULL;
      int w, h;

      if (isnan (value))
        {
          /* Missing is said, not drawn as a zero-length bar. */
          if (series->role != QZ_SERIES_CURRENT)
            continue;
          text = g_strdup (data->missing ? data->missing : _("N/A"));
        }
      else if (series->role == QZ_SERIES_CURRENT)
        {
          cairo_rectangle (cr, layout->plot_x, y + 1, length, bar - 2);
          qz_chart_draw_series_colour (cr, series->role, style->dark, 1.0);
          cairo_fill (cr);
          text = format_value (data, value);
        }
      else
        {
          cairo_save (cr);
          cairo_rectangle (cr, layout->plot_x + 1, y + 2, MAX (length - 2, 0), bar - 4);
          qz_chart_draw_series_colour (cr, series->role, style->dark, 0.2);
          cairo_fill_preserve (cr);
          qz_chart_draw_series_line (cr, series->role, style->dark);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
          cairo_restore (cr);
          continue;
        }

      value_text = qz_chart_draw_text (cr, style, layout->font_size * 0.85, text);
      pango_layout_get_pixel_size (value_text, &w, &h);
      qz_chart_draw_text_colour (cr, style->dark, isnan (value) ? 0.6 : 1.0);
      cairo_move_to (cr, layout->plot_x + (isnan (value) ? 0 : length) + 4, y + (bar - h) / 2);
      pango_cairo_show_layout (cr, value_text);
    }
}

/* Rows of @font_size with their labels wrapped into @label_width; returns
 * whether every label fits the height of its row. */
static gboolean
place_rows (cairo_t            *cr,
            const QzChartData  *data,
            const QzChartStyle *style,
            QzBarLayout        *layout,
            GPtrArray          *labels,
            double              label_width,
            double              top,
            double              row_height)
{
  gboolean fits = TRUE;

  g_array_set_size (layout->rows, 0);
  g_array_set_size (layout->label_boxes, 0);
  for (guint i = 0; i < data->labels->len; i++)
    {
      PangoLayout *label = qz_chart_draw_label (cr, style, layout->font_size, label_width, MAX_LABEL_LINES,
                                                PANGO_ALIGN_RIGHT, g_ptr_array_index (data->labels, i));
      cairo_rectangle_t row = { 0, top + i * row_height, layout->plot_x + layout->plot_width, row_height };
      cairo_rectangle_t box;
      PangoRectangle ink, logical;

      pango_layout_get_pixel_extents (label, &ink, &logical);
      box.width = logical.width;
      box.height = logical.height;
      box.x = MARGIN + label_width - box.width;
      box.y = row.y + (row_height - box.height) / 2;
      fits &= box.height <= row_height;

      g_array_append_val (layout->rows, row);
      g_array_append_val (layout->label_boxes, box);
      g_ptr_array_add (labels, label);
    }

  return fits;
}

/**
 * qz_bar_chart_render:
 * @cr: where to draw, in user units of pixels (or points)
 * @data: the axes and series
 * @style: palette and font
 * @width: the width of the area from the current origin
 * @height: its height
 *
 * Draws a row per axis, top to bottom: the label, right-aligned and
 * wrapped, then a bar per series on a common scale with its steps marked,
 * and a legend below. The font shrinks until every label fits its row.
 *
 * Returns: (transfer full): where things went
 */
QzBarLayout *
qz_bar_chart_render (cairo_t            *cr,
                     const QzChartData  *data,
                     const QzChartStyle *style,
                     double              width,
                     double              height)
{
  QzBarLayout *layout = g_new0 (QzBarLayout, 1);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = data->labels->len;
  double legend_height, top, bottom, label_width = 0;

  layout->rows = g_array_new (FALSE, TRUE, sizeof (cairo_rectangle_t));
  layout->label_boxes = g_array_new (FALSE, TRUE, sizeof (cairo_rectangle_t));
  g_return_val_if_fail (n >= 1, layout);

  legend_height = qz_chart_draw_legend (cr, data, style, width, 0, FALSE);
  bottom = height - (legend_height > 0 ? legend_height + MARGIN : 0);
  layout->legend = (cairo_rectangle_t) { 0, bottom, width, legend_height };

  for (layout->font_size = style->font_size; ; layout->font_size = MAX (layout->font_size * 0.9, MIN_FONT_SIZE))
    {
      g_autoptr(PangoLayout) widest_value = qz_chart_draw_text (cr, style, layout->font_size * 0.85, "100.0");
      int value_width, value_height;

      pango_layout_get_pixel_size (widest_value, &value_width, &value_height);
      top = MARGIN + value_height + 2;
      label_width = label_column (cr, data, style, layout->font_size, width);
      layout->plot_x = MARGIN + label_width + 2 * MARGIN;
      layout->plot_width = MAX (width - layout->plot_x - value_width - 4 - MARGIN, 1);

      g_ptr_array_set_size (labels, 0);
      if (place_rows (cr, data, style, layout, labels, label_width, top, (bottom - top) / n) ||
          layout->font_size <= MIN_FONT_SIZE)
        break;
    }

  draw_scale (cr, data, style, layout, top, bottom);
  for (guint i = 0; i < n; i++)
    draw_row (cr, data, style, layout, i, g_ptr_array_index (labels, i));
  if (legend_height > 0)
    qz_chart_draw_legend (cr, data, style, width, bottom + MARGIN / 2, TRUE);

  return layout;
}

/**
 * qz_bar_layout_row_at:
 * @layout: where a chart was drawn
 * @x: a point
 * @y: a point
 *
 * Returns: the axis whose row holds the point, or -1
 */
int
qz_bar_layout_row_at (const QzBarLayout *layout,
                      double             x,
                      double             y)
{
  for (guint i = 0; i < layout->rows->len; i++)
    {
      const cairo_rectangle_t *row = &g_array_index (layout->rows, cairo_rectangle_t, i);

      if (x >= row->x && x < row->x + row->width && y >= row->y && y < row->y + row->height)
        return (int) i;
    }

  return -1;
}

void
qz_bar_layout_free (QzBarLayout *layout)
{
  if (layout == NULL)
    return;

  g_clear_pointer (&layout->rows, g_array_unref);
  g_clear_pointer (&layout->label_boxes, g_array_unref);
  g_free (layout);
}
