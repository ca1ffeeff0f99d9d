/* qz-assessment.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "qz-framework.h"
#include "qz-scoring.h"
#include "qz-sign-off.h"

G_BEGIN_DECLS

typedef enum
{
  QZ_ASSESSMENT_DRAFT,
  QZ_ASSESSMENT_COMPLETE,
} QzAssessmentStatus;

#define QZ_TYPE_ASSESSMENT (qz_assessment_get_type ())

G_DECLARE_FINAL_TYPE (QzAssessment, qz_assessment, QZ, ASSESSMENT, GObject)

const char         *qz_assessment_get_uuid            (QzAssessment       *self);
const char         *qz_assessment_get_enterprise_uuid (QzAssessment       *self);
QzFramework        *qz_assessment_get_framework       (QzAssessment       *self);
const char         *qz_assessment_get_visit_date      (QzAssessment       *self);
void                qz_assessment_set_visit_date      (QzAssessment       *self,
                                                       const char         *date);
const char         *qz_assessment_get_assessors       (QzAssessment       *self);
void                qz_assessment_set_assessors       (QzAssessment       *self,
                                                       const char         *assessors);
const char         *qz_assessment_get_target_level    (QzAssessment       *self);
void                qz_assessment_set_target_level    (QzAssessment       *self,
                                                       const char         *level_id);
QzAssessmentStatus  qz_assessment_get_status          (QzAssessment       *self);
void                qz_assessment_set_status          (QzAssessment       *self,
                                                       QzAssessmentStatus  status);
const char         *qz_assessment_get_opinion         (QzAssessment       *self);
void                qz_assessment_set_opinion         (QzAssessment       *self,
                                                       const char         *opinion);
const QzSignOff    *qz_assessment_get_sign_off        (QzAssessment       *self);
void                qz_assessment_set_sign_off        (QzAssessment       *self,
                                                       const QzSignOff    *sign_off);
gint64              qz_assessment_get_updated         (QzAssessment       *self);
const QzAnswer     *qz_assessment_get_answer          (QzAssessment       *self,
                                                       const char         *indicator_id);
GHashTable         *qz_assessment_get_answers         (QzAssessment       *self);
guint               qz_assessment_count_answered      (QzAssessment       *self);
gboolean            qz_assessment_needs_review        (QzAssessment       *self,
                                                       const char         *indicator_id);
guint               qz_assessment_count_to_review     (QzAssessment       *self);
QzResult           *qz_assessment_score               (QzAssessment       *self);
const char         *qz_assessment_get_industry_code   (QzAssessment       *self);
const QzWeightSet  *qz_assessment_get_weight_set      (QzAssessment       *self);
gboolean            qz_date_is_valid                  (const char         *date);

G_END_DECLS
