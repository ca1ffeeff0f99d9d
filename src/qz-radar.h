/* qz-radar.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* What a series stands for decides its colour and its line style, so that
 * series stay apart in greyscale print too. */
typedef enum
{
  QZ_SERIES_CURRENT,
  QZ_SERIES_TARGET,
  QZ_SERIES_PREVIOUS,
  QZ_SERIES_INDUSTRY,
} QzSeriesRole;

typedef struct
{
  char         *name;     /* for the legend */
  QzSeriesRole  role;
  double       *values;   /* one per axis; NAN where missing or N/A */
} QzRadarSeries;

typedef struct
{
  GPtrArray *labels;      /* char *, one per axis, clockwise from the top */
  double     max;         /* the outer ring's value */
  guint      n_rings;
  GPtrArray *series;      /* QzRadarSeries */
} QzRadarData;

typedef struct
{
  gboolean    dark;
  const char *font_family;
  double      font_size;  /* in pixels */
} QzChartStyle;

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

QzRadarData   *qz_radar_data_new        (double              max,
                                         guint               n_rings);
void           qz_radar_data_add_axis   (QzRadarData        *data,
                                         const char         *label);
double        *qz_radar_data_add_series (QzRadarData        *data,
                                         const char         *name,
                                         QzSeriesRole        role);
void           qz_radar_data_free       (QzRadarData        *data);
QzRadarLayout *qz_radar_render          (cairo_t            *cr,
                                         const QzRadarData  *data,
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzRadarData, qz_radar_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzRadarLayout, qz_radar_layout_free)

G_END_DECLS
