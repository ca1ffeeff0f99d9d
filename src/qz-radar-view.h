/* qz-radar-view.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "qz-radar.h"

G_BEGIN_DECLS

#define QZ_TYPE_RADAR_VIEW (qz_radar_view_get_type ())

G_DECLARE_FINAL_TYPE (QzRadarView, qz_radar_view, QZ, RADAR_VIEW, GtkWidget)

void        qz_radar_view_take_data        (QzRadarView *self,
                                            QzRadarData *data);
char       *qz_radar_view_dup_description  (QzRadarView *self);
char       *qz_radar_view_dup_axis_tooltip (QzRadarView *self,
                                            double       x,
                                            double       y);

G_END_DECLS
