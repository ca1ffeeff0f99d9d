/* qz-indicator-row.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "qz-scoring.h"

G_BEGIN_DECLS

#define QZ_TYPE_INDICATOR_ROW (qz_indicator_row_get_type ())

G_DECLARE_FINAL_TYPE (QzIndicatorRow, qz_indicator_row, QZ, INDICATOR_ROW, GtkListBoxRow)

QzIndicatorRow    *qz_indicator_row_new           (QzFramework       *framework,
                                                   const QzIndicator *indicator,
                                                   guint              number);
const QzIndicator *qz_indicator_row_get_indicator (QzIndicatorRow    *self);
void               qz_indicator_row_set_answer    (QzIndicatorRow    *self,
                                                   const QzAnswer    *answer);
void               qz_indicator_row_set_score     (QzIndicatorRow    *self,
                                                   const QzNodeScore *score);
void               qz_indicator_row_focus         (QzIndicatorRow    *self);
void               qz_indicator_row_flush         (QzIndicatorRow    *self);
void               qz_indicator_row_clear         (QzIndicatorRow    *self);
void               qz_indicator_row_clear_photos  (QzIndicatorRow    *self);
void               qz_indicator_row_add_photo     (QzIndicatorRow    *self,
                                                   const char        *evidence_uuid,
                                                   GdkTexture        *thumbnail,
                                                   const char        *caption);
void               qz_indicator_row_set_read_only (QzIndicatorRow    *self,
                                                   gboolean           read_only);
gboolean           qz_indicator_row_get_read_only (QzIndicatorRow    *self);
void               qz_indicator_row_set_review    (QzIndicatorRow    *self,
                                                   gboolean           review);
void               qz_indicator_row_focus_review  (QzIndicatorRow    *self);
void               qz_indicator_row_add_header_widget (QzIndicatorRow *self,
                                                       GtkWidget      *widget);

G_END_DECLS
