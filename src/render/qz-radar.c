/* qz-radar.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-radar"

#include "qz-config.h"

#include <math.h>
#include "qz-chart-draw.h"
#include "qz-radar.h"

/* A radar chart drawn on any cairo_t: the widget's snapshot, a PDF page,
 * a print context, a PNG or SVG file. No GTK here: colours and fonts come
 * in the style. */

#define MARGIN QZ_CHART_MARGIN
#define LABEL_GAP 8.0
#define MIN_FONT_SIZE 7.0
#define MAX_LABEL_LINES 3

static double
axis_angle (guint n_axes,
            guint axis)
{
  return 2 * G_PI * axis / n_axes;
}

/**
 * qz_radar_point:
 * @layout: where a chart was drawn
 * @n_axes: its number of axes
 * @axis: an axis
 * @fraction: 0 at the centre, 1 on the outer ring
 * @x: (out): the point's x
 * @y: (out): the point's y
 */
void
qz_radar_point (const QzRadarLayout *layout,
                guint                n_axes,
                guint                axis,
                double               fraction,
                double              *x,
                double              *y)
{
  double angle = axis_angle (n_axes, axis);

  *x = layout->cx + sin (angle) * layout->radius * fraction;
  *y = layout->cy - cos (angle) * layout->radius * fraction;
}

/* The label's box for an axis at @radius: beside the axis end, on the
 * side away from the plot. */
static cairo_rectangle_t
label_box (QzRadarLayout *layout,
           PangoLayout   *text,
           guint          n_axes,
           guint          axis,
           double         radius)
{
  double angle = axis_angle (n_axes, axis);
  double s = sin (angle), c = cos (angle);
  double ax = layout->cx + s * (radius + LABEL_GAP);
  double ay = layout->cy - c * (radius + LABEL_GAP);
  PangoRectangle ink, logical;
  cairo_rectangle_t box;

  pango_layout_get_pixel_extents (text, &ink, &logical);
  box.width = logical.width;
  box.height = logical.height;
  box.x = s > 0.2 ? ax : (s < -0.2 ? ax - box.width : ax - box.width / 2);
  box.y = c > 0.2 ? ay - box.height : (c < -0.2 ? ay : ay - box.height / 2);
  return box;
}

static gboolean
boxes_overlap (const cairo_rectangle_t *a,
               const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* How far @box reaches outside the area, 0 when inside. */
static double
overflow (const cairo_rectangle_t *box,
          double                   width,
          double                   height)
{
  return MAX (MAX (-box->x, box->x + box->width - width),
              MAX (-box->y, box->y + box->height - height));
}

/* Labels at the top and bottom sit side by side: they get the arc
 * between two axes as width and may take several lines. Labels at the
 * sides sit one above the other: they may be wider, but get only the
 * lines that the vertical gap between axes holds. */
static GPtrArray *
make_labels (cairo_t            *cr,
             const QzChartData  *data,
             const QzChartStyle *style,
             double              font_size,
             double              radius,
             double              width)
{
  guint n = data->labels->len;
  double arc = 2 * G_PI * (radius + LABEL_GAP) / n;
  double line_height = font_size * 1.35;
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      double s = fabs (sin (axis_angle (n, i)));
      double wrap;
      int lines;

      if (s >= 0.5)
        {
          wrap = width * 0.22;
          lines = CLAMP ((int) floor (arc * s / line_height), 1, MAX_LABEL_LINES);
        }
      else
        {
          wrap = CLAMP (arc * 0.9, 3 * font_size, width * 0.28);
          lines = MAX_LABEL_LINES;
        }

      g_ptr_array_add (texts, qz_chart_draw_label (cr, style, font_size, wrap, lines, PANGO_ALIGN_CENTER,
                                                   g_ptr_array_index (data->labels, i)));
    }

  return texts;
}

/* Fits the plot and its labels in the area: shrinks the radius until no
 * label leaves the canvas, and the font until no two labels overlap. */
static GPtrArray *
place_labels (cairo_t            *cr,
              const QzChartData  *data,
              const QzChartStyle *style,
              QzRadarLayout      *layout,
              double              width,
              double              height)
{
  guint n = data->labels->len;
  double font_size = style->font_size;
  GPtrArray *texts = NULL;

  for (guint attempt = 0; attempt < 40; attempt++)
    {
      double radius = MIN (width, height) / 2 - MARGIN;
      gboolean fits = FALSE, overlap = FALSE;

      for (guint shrink = 0; shrink < 60 && !fits && radius > MIN (width, height) * 0.12; shrink++)
        {
          double worst = 0;

          g_clear_pointer (&texts, g_ptr_array_unref);
          texts = make_labels (cr, data, style, font_size, radius, width);
          for (guint i = 0; i < n; i++)
            {
              cairo_rectangle_t box = label_box (layout, g_ptr_array_index (texts, i), n, i, radius);
              worst = MAX (worst, overflow (&box, width, height));
            }

          fits = worst <= 0;
          if (!fits)
            radius -= MAX (worst, 1);
        }

      g_clear_pointer (&texts, g_ptr_array_unref);
      texts = make_labels (cr, data, style, font_size, radius, width);
      g_array_set_size (layout->label_boxes, 0);
      for (guint i = 0; i < n; i++)
        {
          cairo_rectangle_t box = label_box (layout, g_ptr_array_index (texts, i), n, i, radius);
          g_array_append_val (layout->label_boxes, box);
        }

      for (guint i = 0; i < n && !overlap; i++)
        for (guint j = i + 1; j < n && !overlap; j++)
          overlap = boxes_overlap (&g_array_index (layout->label_boxes, cairo_rectangle_t, i),
                                   &g_array_index (layout->label_boxes, cairo_rectangle_t, j));

      layout->radius = radius;
      layout->font_size = font_size;
      if ((fits && !overlap) || font_size <= MIN_FONT_SIZE)
        break;
      font_size = MAX (font_size * 0.9, MIN_FONT_SIZE);
    }

  return texts;
}

static void
draw_grid (cairo_t            *cr,
           const QzChartData  *data,
           const QzChartStyle *style,
           const QzRadarLayout *layout)
{
  guint n = data->labels->len;

  cairo_save (cr);
  cairo_set_line_width (cr, 1);
  qz_chart_draw_grid_colour (cr, style->dark);

  for (guint ring = 1; ring <= data->n_rings; ring++)
    {
      for (guint i = 0; i <= n; i++)
        {
          double x, y;

          qz_radar_point (layout, n, i % n, (double) ring / data->n_rings, &x, &y);
          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_stroke (cr);
    }

  for (guint i = 0; i < n; i++)
    {
      double x, y;

      qz_radar_point (layout, n, i, 1, &x, &y);
      cairo_move_to (cr, layout->cx, layout->cy);
      cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_ring_values (cairo_t             *cr,
                  const QzChartData   *data,
                  const QzChartStyle  *style,
                  const QzRadarLayout *layout)
{
  for (guint ring = 1; ring <= data->n_rings; ring++)
    {
      char text[G_ASCII_DTOSTR_BUF_SIZE];
      g_autoptr(PangoLayout) value = NULL;
      double x, y;
      int w, h;

      g_ascii_formatd (text, sizeof text, "%g", data->max * ring / data->n_rings);
      value = qz_chart_draw_text (cr, style, layout->font_size * 0.8, text);
      pango_layout_get_pixel_size (value, &w, &h);
      qz_radar_point (layout, data->labels->len, 0, (double) ring / data->n_rings, &x, &y);
      /* Just inside the ring, right of the top axis: clear of its label. */
      qz_chart_draw_text_colour (cr, style->dark, 0.6);
      cairo_move_to (cr, x + 4, y + 1);
      pango_cairo_show_layout (cr, value);
    }
}

/* Draws a series; a missing value breaks the line instead of dropping it
 * to the centre, which would read as zero. */
static void
draw_series (cairo_t             *cr,
             const QzChartData   *data,
             const QzChartStyle  *style,
             const QzRadarLayout *layout,
             const QzSeries *series)
{
  guint n = data->labels->len;
  gboolean complete = TRUE;

  for (guint i = 0; i < n; i++)
    complete &= !isnan (series->values[i]);

  cairo_save (cr);
  qz_chart_draw_series_line (cr, series->role, style->dark);

  if (complete)
    {
      for (guint i = 0; i < n; i++)
        {
          double x, y;

          qz_radar_point (layout, n, i, CLAMP (series->values[i] / data->max, 0, 1), &x, &y);
          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_close_path (cr);
      if (series->role == QZ_SERIES_CURRENT)
        {
          qz_chart_draw_series_colour (cr, series->role, style->dark, 0.18);
          cairo_fill_preserve (cr);
          qz_chart_draw_series_colour (cr, series->role, style->dark, 1.0);
        }
      cairo_stroke (cr);
    }
  else
    {
      /* Runs of present values, each drawn on its own. */
      for (guint i = 0; i < n; i++)
        {
          guint next = (i + 1) % n;
          double x1, y1, x2, y2;

          if (isnan (series->values[i]) || isnan (series->values[next]))
            continue;

          qz_radar_point (layout, n, i, CLAMP (series->values[i] / data->max, 0, 1), &x1, &y1);
          qz_radar_point (layout, n, next, CLAMP (series->values[next] / data->max, 0, 1), &x2, &y2);
          cairo_move_to (cr, x1, y1);
          cairo_line_to (cr, x2, y2);
          cairo_stroke (cr);
        }
    }

  /* Points, so that lone values between two gaps still show. */
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint i = 0; i < n; i++)
    {
      double x, y;

      if (isnan (series->values[i]))
        continue;

      qz_radar_point (layout, n, i, CLAMP (series->values[i] / data->max, 0, 1), &x, &y);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, series->role == QZ_SERIES_CURRENT ? 3.5 : 2.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  cairo_restore (cr);
}

static void
draw_labels (cairo_t             *cr,
             const QzChartData   *data,
             const QzChartStyle  *style,
             const QzRadarLayout *layout,
             GPtrArray           *texts)
{
  for (guint i = 0; i < texts->len; i++)
    {
      cairo_rectangle_t *box = &g_array_index (layout->label_boxes, cairo_rectangle_t, i);
      PangoLayout *text = g_ptr_array_index (texts, i);

      /* A missing value is said in the label's colour, dimmed. */
      qz_chart_draw_text_colour (cr, style->dark, qz_chart_data_is_missing (data, i) ? 0.45 : 1.0);
      qz_chart_draw_show_in (cr, text, box);
    }
}

/**
 * qz_radar_render:
 * @cr: where to draw, in user units of pixels (or points)
 * @data: the axes and series
 * @style: palette and font
 * @width: the width of the area from the current origin
 * @height: its height
 *
 * Draws the rings with their values, the axes, every series and the
 * labels, which are wrapped and placed so that they neither overlap nor
 * leave the area, and a legend below.
 *
 * Returns: (transfer full): where things went
 */
QzRadarLayout *
qz_radar_render (cairo_t            *cr,
                 const QzChartData  *data,
                 const QzChartStyle *style,
                 double              width,
                 double              height)
{
  QzRadarLayout *layout = g_new0 (QzRadarLayout, 1);
  g_autoptr(GPtrArray) texts = NULL;
  double legend_height, plot_height;

  g_return_val_if_fail (data->labels->len >= 3, layout);

  layout->label_boxes = g_array_new (FALSE, TRUE, sizeof (cairo_rectangle_t));
  legend_height = qz_chart_draw_legend (cr, data, style, width, 0, FALSE);
  plot_height = height - (legend_height > 0 ? legend_height + MARGIN : 0);
  layout->legend.x = 0;
  layout->legend.y = plot_height;
  layout->legend.width = width;
  layout->legend.height = legend_height;
  layout->cx = width / 2;
  layout->cy = plot_height / 2;

  texts = place_labels (cr, data, style, layout, width, plot_height);

  draw_grid (cr, data, style, layout);
  for (guint s = data->series->len; s > 0; s--)
    draw_series (cr, data, style, layout, g_ptr_array_index (data->series, s - 1));
  draw_ring_values (cr, data, style, layout);
  draw_labels (cr, data, style, layout, texts);
  if (legend_height > 0)
    qz_chart_draw_legend (cr, data, style, width, plot_height + MARGIN / 2, TRUE);

  return layout;
}

void
qz_radar_layout_free (QzRadarLayout *layout)
{
  if (layout == NULL)
    return;

  g_clear_pointer (&layout->label_boxes, g_array_unref);
  g_free (layout);
}
