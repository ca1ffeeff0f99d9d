/* qz-chart-view.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "qz-chart-data.h"

G_BEGIN_DECLS

#define QZ_TYPE_CHART_VIEW (qz_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (QzChartView, qz_chart_view, QZ, CHART_VIEW, GtkWidget)

QzChartKind  qz_chart_view_get_kind         (QzChartView *self);
void         qz_chart_view_set_kind         (QzChartView *self,
                                             QzChartKind  kind);
void         qz_chart_view_take_data        (QzChartView *self,
                                             QzChartData *data);
guint        qz_chart_view_get_n_axes       (QzChartView *self);
char        *qz_chart_view_dup_description  (QzChartView *self);
char        *qz_chart_view_dup_axis_tooltip (QzChartView *self,
                                             double       x,
                                             double       y);

G_END_DECLS
