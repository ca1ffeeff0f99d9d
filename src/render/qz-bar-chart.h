/* qz-bar-chart.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "qz-chart-data.h"

G_BEGIN_DECLS

/* Where the renderer put things, for tests and for the widget's tooltips. */
typedef struct
{
  double  plot_x;         /* where the scale's zero lies */
  double  plot_width;     /* the scale's length */
  double  font_size;      /* after shrinking to fit */
  GArray *rows;           /* cairo_rectangle_t, one per axis: label and bars */
  GArray *label_boxes;    /* cairo_rectangle_t, one per axis */
  cairo_rectangle_t legend;
} QzBarLayout;

QzBarLayout *qz_bar_chart_render      (cairo_t            *cr,
                                       const QzChartData  *data,
                                       const QzChartStyle *style,
                                       double              width,
                                       double              height);
int          qz_bar_layout_row_at     (const QzBarLayout  *layout,
                                       double              x,
                                       double              y);
void         qz_bar_layout_free       (QzBarLayout        *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzBarLayout, qz_bar_layout_free)

G_END_DECLS
