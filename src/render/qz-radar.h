/* qz-radar.h
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
  double  cx;
  double  cy;
  double  radius;
  double  font_size;       /* after shrinking to fit */
  GArray *label_boxes;     /* cairo_rectangle_t, one per axis */
  cairo_rectangle_t legend;
} QzRadarLayout;

QzRadarLayout *qz_radar_render          (cairo_t            *cr,
                                         const QzChartData  *data,
                                         const QzChartStyle *style,
                                         double              width,
                                         double              height);
void           qz_radar_layout_free     (QzRadarLayout      *layout);
void           qz_radar_point           (const QzRadarLayout *layout,
                                         guint               n_axes,
                                         guint               axis,
                                         double              fraction,
                                         double             *x,
                                         double             *y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzRadarLayout, qz_radar_layout_free)

G_END_DECLS
