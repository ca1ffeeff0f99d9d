/* qz-chart-draw.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "qz-chart-data.h"

G_BEGIN_DECLS

/* What the chart renderers share: the look of each series, text, the
 * grid's colour and the legend. */

#define QZ_CHART_MARGIN 8.0

void         qz_chart_draw_series_colour (cairo_t            *cr,
                                          QzSeriesRole        role,
                                          gboolean            dark,
                                          double              alpha);
void         qz_chart_draw_series_line   (cairo_t            *cr,
                                          QzSeriesRole        role,
                                          gboolean            dark);
void         qz_chart_draw_text_colour   (cairo_t            *cr,
                                          gboolean            dark,
                                          double              alpha);
void         qz_chart_draw_grid_colour   (cairo_t            *cr,
                                          gboolean            dark);
PangoLayout *qz_chart_draw_text          (cairo_t            *cr,
                                          const QzChartStyle *style,
                                          double              size,
                                          const char         *text);
PangoLayout *qz_chart_draw_label         (cairo_t            *cr,
                                          const QzChartStyle *style,
                                          double              size,
                                          double              wrap_width,
                                          int                 max_lines,
                                          PangoAlignment      alignment,
                                          const char         *text);
void         qz_chart_draw_show_in       (cairo_t                 *cr,
                                          PangoLayout             *text,
                                          const cairo_rectangle_t *box);
double       qz_chart_draw_legend        (cairo_t            *cr,
                                          const QzChartData  *data,
                                          const QzChartStyle *style,
                                          double              width,
                                          double              y,
                                          gboolean            draw);

G_END_DECLS
