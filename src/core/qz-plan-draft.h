/* qz-plan-draft.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-scoring.h"

G_BEGIN_DECLS

typedef enum
{
  QZ_PLAN_PHASE_NEAR,   /* done within 6 months */
  QZ_PLAN_PHASE_MID,    /* within 18 */
  QZ_PLAN_PHASE_LONG,   /* later */
} QzPlanPhase;

typedef enum
{
  QZ_PLAN_PRIORITY_HIGH,
  QZ_PLAN_PRIORITY_MEDIUM,
  QZ_PLAN_PRIORITY_LOW,
} QzPlanPriority;

typedef struct
{
  const QzMeasure *measure;
  double           gain;         /* points, or S, won when carried out in turn */
  gboolean         unlocks;      /* raises a scenario the target's rule counts */
  guint            group;        /* measures picked together: one and what it needs */
  int              start_month;  /* once its prerequisites are done */
  int              end_month;
  QzPlanPhase      phase;
  QzPlanPriority   priority;
  gboolean         weakest;      /* the best measure for an area the results call weakest */
} QzDraftItem;

typedef struct
{
  GPtrArray     *items;          /* QzDraftItem, by phase, then as picked */
  const QzLevel *goal;           /* NULL: no level above; every gain taken */
  const QzLevel *reached;        /* the level once every item is done */
  double         total;          /* the score then */
  double         investment_min; /* 万元 */
  double         investment_max;
  guint          n_unanswered;   /* indicators left out, as nothing is known */
  gboolean       outcomes_kept;  /* @reached and @total keep the outcomes as answered */
} QzDraft;

QzDraft    *qz_draft_new            (QzFramework   *framework,
                                     GHashTable    *answers,
                                     const QzLevel *target);
QzDraft    *qz_draft_new_weighted   (QzFramework       *framework,
                                     GHashTable        *answers,
                                     const QzLevel     *target,
                                     const QzWeightSet *weight_set);
QzDraft    *qz_draft_new_for_industry (QzFramework       *framework,
                                       GHashTable        *answers,
                                       const QzLevel     *target,
                                       const QzWeightSet *weight_set,
                                       const char        *industry_code);
const char *qz_draft_get_outcome_note (QzDraft           *draft);
const char *qz_plan_phase_get_name  (QzPlanPhase    phase);
const char *qz_plan_phase_get_span  (QzPlanPhase    phase);
QzPlanPhase qz_plan_phase_for_month (int            end_month);
void        qz_draft_free           (QzDraft       *draft);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzDraft, qz_draft_free)

G_END_DECLS
