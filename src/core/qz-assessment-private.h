/* qz-assessment-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-assessment.h"

G_BEGIN_DECLS

/* For the store only. */
QzAssessment *_qz_assessment_new        (const char   *uuid,
                                         const char   *enterprise_uuid,
                                         QzFramework  *framework);
void          _qz_assessment_set_industry_code (QzAssessment *self,
                                                const char   *code);
void          _qz_assessment_set_updated (QzAssessment *self,
                                         gint64        updated);
void          _qz_assessment_take_answer (QzAssessment *self,
                                         const char   *indicator_id,
                                         QzAnswer     *answer);
void          _qz_assessment_set_review  (QzAssessment *self,
                                         const char   *indicator_id,
                                         gboolean      review);

G_END_DECLS
