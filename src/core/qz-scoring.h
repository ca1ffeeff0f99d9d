/* qz-scoring.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-framework.h"

G_BEGIN_DECLS

/* One indicator's answer. Unset parts are NULL, NAN or -1. */
typedef struct
{
  gboolean   na;
  char     **options;      /* single, rating: one id; multiple: the ticked ids */
  double     value;        /* figure typed directly */
  double     numerator;    /* figure given as two counts */
  double     denominator;
  int        grade;        /* scenario */
  char      *note;         /* the expert's note; never NULL once stored */
  gboolean   flagged;      /* to follow up */
  int        note_internal;/* the note stays out of the report: 1, 0, or -1
                            * to follow qz_answer_note_is_internal()'s default */
} QzAnswer;

QzAnswer *qz_answer_new        (void);
QzAnswer *qz_answer_copy       (const QzAnswer    *answer);
void      qz_answer_free       (QzAnswer          *answer);
double    qz_answer_get_figure (const QzAnswer    *answer,
                                const QzIndicator *indicator);
gboolean  qz_answer_is_given   (const QzAnswer    *answer,
                                const QzIndicator *indicator);
gboolean  qz_answer_note_is_internal (const QzAnswer *answer);
gboolean  qz_answer_check      (const QzAnswer    *answer,
                                QzFramework       *framework,
                                const QzIndicator *indicator,
                                GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzAnswer, qz_answer_free)

/* The score of an indicator, area or dimension. With the maturity method,
 * areas and dimensions hold their S and indicators their rating. */
typedef struct
{
  double   points;
  double   max;
  gboolean na;
} QzNodeScore;

typedef struct
{
  QzScoringMethod  method;
  double           total;       /* points, or S */
  double           max;         /* maximum points, or the number of levels */
  const QzLevel   *level;       /* NULL below the lowest level */
  gboolean         provisional; /* some indicators are unanswered */
  GPtrArray       *missing;     /* ids of the unanswered indicators, in order */
  GHashTable      *nodes;       /* id → QzNodeScore */
  GArray          *level_scores;/* maturity: score of each level, lowest first */
  const QzWeightSet *weight_set;/* the area weights used; NULL when the framework has one set */
} QzResult;

/* What the next level asks that the answers do not give yet. */
typedef struct
{
  const QzLevel *level;               /* NULL at the top */
  double         short_points;        /* points method: score missing */
  int            short_scenarios;     /* scenarios to raise to level->scenario_grade */
  int            short_constrained;   /* of which constrained */
  double         short_s;             /* maturity method: S missing */
} QzNextLevel;

QzResult          *qz_score              (QzFramework *framework,
                                          GHashTable  *answers);
QzResult          *qz_score_weighted     (QzFramework       *framework,
                                          GHashTable        *answers,
                                          const QzWeightSet *weight_set);
void               qz_result_next_level  (QzResult    *result,
                                          QzFramework *framework,
                                          GHashTable  *answers,
                                          QzNextLevel *next);
void               qz_result_short_of    (QzResult      *result,
                                          QzFramework   *framework,
                                          GHashTable    *answers,
                                          const QzLevel *level,
                                          QzNextLevel   *next);
void               qz_result_count_scenarios (QzFramework *framework,
                                          GHashTable  *answers,
                                          int          grade,
                                          int         *count,
                                          int         *constrained);
const QzNodeScore *qz_result_get_node    (QzResult    *result,
                                          const char  *id);
double             qz_level_goal         (const QzLevel *level,
                                          QzFramework   *framework,
                                          double         node_max);
void               qz_result_free        (QzResult    *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzResult, qz_result_free)

G_END_DECLS
