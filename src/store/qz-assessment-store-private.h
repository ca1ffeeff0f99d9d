/* qz-assessment-store-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shared by the assessment store (qz-assessment-store.c) and its record
 * keeping (qz-assessment-record.c). */

#pragma once

#include "qz-assessment-store.h"
#include "qz-database-private.h"

G_BEGIN_DECLS

QzDatabase *_qz_assessment_store_get_database (QzAssessmentStore  *self);
gboolean    _qz_assessment_store_check_draft  (QzAssessmentStore  *self,
                                               QzAssessment       *assessment,
                                               GError            **error);
gboolean    _qz_assessment_store_set_status   (QzAssessmentStore  *self,
                                               QzAssessment       *assessment,
                                               QzAssessmentStatus  status,
                                               const char         *author,
                                               GError            **error);

G_END_DECLS
