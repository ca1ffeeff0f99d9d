/* qz-chart-data.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a chart shows, whichever renderer draws it: axes, a scale and
 * series of values, and the style to draw them in. */

typedef enum
{
  QZ_CHART_KIND_RADAR,
  QZ_CHART_KIND_BARS,
} QzChartKind;

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
} QzSeries;

typedef struct
{
  GPtrArray *labels;      /* char *, one per axis: clockwise from the top on
                           * a radar, top to bottom on a bar chart */
  double     max;         /* the end of the scale */
  guint      n_rings;     /* how many steps divide the scale */
  GPtrArray *series;      /* QzSeries */
  char      *missing;     /* what a bar chart writes for no value; NULL: "N/A" */
} QzChartData;

typedef struct
{
  gboolean    dark;
  const char *font_family;
  double      font_size;  /* in pixels */
} QzChartStyle;

QzChartData *qz_chart_data_new        (double             max,
                                       guint              n_rings);
void         qz_chart_data_add_axis   (QzChartData       *data,
                                       const char        *label);
double      *qz_chart_data_add_series (QzChartData       *data,
                                       const char        *name,
                                       QzSeriesRole       role);
gboolean     qz_chart_data_is_missing (const QzChartData *data,
                                       guint              axis);
void         qz_chart_data_free       (QzChartData       *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzChartData, qz_chart_data_free)

G_END_DECLS
