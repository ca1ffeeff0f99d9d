/* qz-chart-draw.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-chart-draw"

#include "qz-config.h"

#include "qz-chart-draw.h"

typedef struct
{
  double r, g, b;
} Rgb;

typedef struct
{
  Rgb          light;
  Rgb          dark;
  const double dashes[4];
  int          n_dashes;
} SeriesLook;

/* Colour and line style per role: distinguishable in colour and, for
 * greyscale print, in dashes. */
static const SeriesLook looks[] = {
  [QZ_SERIES_CURRENT] = { { 0.11, 0.44, 0.85 }, { 0.38, 0.63, 0.98 }, { 0 }, 0 },
  [QZ_SERIES_TARGET] = { { 0.88, 0.36, 0.00 }, { 1.00, 0.60, 0.25 }, { 8, 5 }, 2 },
  [QZ_SERIES_PREVIOUS] = { { 0.40, 0.40, 0.40 }, { 0.70, 0.70, 0.70 }, { 2, 4 }, 2 },
  [QZ_SERIES_INDUSTRY] = { { 0.15, 0.58, 0.28 }, { 0.40, 0.82, 0.50 }, { 10, 4, 2, 4 }, 4 },
};

void
qz_chart_draw_series_colour (cairo_t      *cr,
                             QzSeriesRole  role,
                             gboolean      dark,
                             double        alpha)
{
  const Rgb *colour = dark ? &looks[role].dark : &looks[role].light;

  cairo_set_source_rgba (cr, colour->r, colour->g, colour->b, alpha);
}

/* The series' colour, width and dashes for its lines. */
void
qz_chart_draw_series_line (cairo_t      *cr,
                           QzSeriesRole  role,
                           gboolean      dark)
{
  qz_chart_draw_series_colour (cr, role, dark, 1.0);
  cairo_set_line_width (cr, role == QZ_SERIES_CURRENT ? 2.5 : 2.0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_dash (cr, looks[role].dashes, looks[role].n_dashes, 0);
}

void
qz_chart_draw_text_colour (cairo_t  *cr,
                           gboolean  dark,
                           double    alpha)
{
  if (dark)
    cairo_set_source_rgba (cr, 0.92, 0.92, 0.92, alpha);
  else
    cairo_set_source_rgba (cr, 0.13, 0.13, 0.13, alpha);
}

void
qz_chart_draw_grid_colour (cairo_t  *cr,
                           gboolean  dark)
{
  if (dark)
    cairo_set_source_rgba (cr, 1, 1, 1, 0.22);
  else
    cairo_set_source_rgba (cr, 0, 0, 0, 0.16);
}

/**
 * qz_chart_draw_text:
 * @cr: where the text will be drawn
 * @style: its font
 * @size: its size in pixels
 * @text: the text
 *
 * Returns: (transfer full): a layout of @text
 */
PangoLayout *
qz_chart_draw_text (cairo_t            *cr,
                    const QzChartStyle *style,
                    double              size,
                    const char         *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (style->font_family ? style->font_family : "Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);
  return layout;
}

/**
 * qz_chart_draw_label:
 * @cr: where the label will be drawn
 * @style: its font
 * @size: its size in pixels
 * @wrap_width: the width to wrap at
 * @max_lines: how many lines at most; the last one ellipsized
 * @alignment: how its lines align
 * @text: the label
 *
 * Returns: (transfer full): a layout of @text, wrapped at characters too,
 *   as Chinese text has no spaces to wrap at
 */
PangoLayout *
qz_chart_draw_label (cairo_t            *cr,
                     const QzChartStyle *style,
                     double              size,
                     double              wrap_width,
                     int                 max_lines,
                     PangoAlignment      alignment,
                     const char         *text)
{
  PangoLayout *layout = qz_chart_draw_text (cr, style, size, text);

  pango_layout_set_width (layout, (int) (wrap_width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -max_lines);
  pango_layout_set_alignment (layout, alignment);
  return layout;
}

/* Draws @text with its logical extents at @box's corner, as measured. */
void
qz_chart_draw_show_in (cairo_t                 *cr,
                       PangoLayout             *text,
                       const cairo_rectangle_t *box)
{
  PangoRectangle ink, logical;

  pango_layout_get_pixel_extents (text, &ink, &logical);
  cairo_move_to (cr, box->x - logical.x, box->y - logical.y);
  pango_cairo_show_layout (cr, text);
}

/**
 * qz_chart_draw_legend:
 * @cr: where to draw
 * @data: the chart's series
 * @style: palette and font
 * @width: the width available
 * @y: where the legend's top goes
 * @draw: whether to draw, or only measure
 *
 * Lays out a sample line and the name of every named series in rows.
 *
 * Returns: the legend's height, 0 when no series has a name
 */
double
qz_chart_draw_legend (cairo_t            *cr,
                      const QzChartData  *data,
                      const QzChartStyle *style,
                      double              width,
                      double              y,
                      gboolean            draw)
{
  double x = QZ_CHART_MARGIN, row_height = style->font_size * 1.6, rows = 0;

  for (guint s = 0; s < data->series->len; s++)
    {
      QzSeries *series = g_ptr_array_index (data->series, s);
      g_autoptr(PangoLayout) name = NULL;
      int w, h;

      if (series->name == NULL || series->name[0] == '\0')
        continue;

      name = qz_chart_draw_text (cr, style, style->font_size, series->name);
      pango_layout_get_pixel_size (name, &w, &h);
      if (rows == 0)
        rows = 1;
      if (x + 32 + w > width - QZ_CHART_MARGIN && x > QZ_CHART_MARGIN)
        {
          x = QZ_CHART_MARGIN;
          rows++;
        }

      if (draw)
        {
          double line_y = y + (rows - 1) * row_height + row_height / 2;

          cairo_save (cr);
          qz_chart_draw_series_line (cr, series->role, style->dark);
          cairo_move_to (cr, x, line_y);
          cairo_line_to (cr, x + 24, line_y);
          cairo_stroke (cr);
          cairo_restore (cr);
          qz_chart_draw_text_colour (cr, style->dark, 1.0);
          cairo_move_to (cr, x + 30, line_y - h / 2.0);
          pango_cairo_show_layout (cr, name);
        }

      x += 32 + w + 16;
    }

  return rows * row_height;
}
