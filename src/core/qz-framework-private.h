/* qz-framework-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-framework.h"

G_BEGIN_DECLS

/* The loader builds a framework in place; nothing else writes to it. */
struct _QzFramework
{
  GObject          parent_instance;

  char            *id;
  char            *version;
  QzText           title;
  QzText           basis;
  QzText           notice;
  QzScoringMethod  method;
  double           threshold;
  double           max;
  GPtrArray       *scale;        /* of QzOption */
  GPtrArray       *levels;       /* of QzLevel, by rank */
  GPtrArray       *dimensions;   /* of QzDimension */
  GHashTable      *indicators;   /* id → QzIndicator, borrowed */
  GPtrArray       *indicator_list; /* QzIndicator in file order, borrowed */
  GHashTable      *measures;     /* id → QzMeasure, borrowed */
  GPtrArray       *weight_sets;  /* of QzWeightSet, maturity only */
  GBytes          *source;
};

QzFramework *_qz_framework_new       (void);
QzOption    *_qz_option_new          (void);
QzIndicator *_qz_indicator_new       (void);
QzMeasure   *_qz_measure_new         (void);
QzArea      *_qz_area_new            (void);
QzDimension *_qz_dimension_new       (void);
QzLevel     *_qz_level_new           (void);
void         _qz_text_clear          (QzText *text);

G_END_DECLS
