/* qz-assessment-store.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-assessment.h"
#include "qz-database.h"
#include "qz-enterprise.h"
#include "qz-evidence-store.h"

G_BEGIN_DECLS

#define QZ_TYPE_ASSESSMENT_STORE (qz_assessment_store_get_type ())

G_DECLARE_FINAL_TYPE (QzAssessmentStore, qz_assessment_store, QZ, ASSESSMENT_STORE, GObject)

QzAssessmentStore *qz_assessment_store_new              (QzDatabase         *database);
QzEvidenceStore   *qz_assessment_store_get_evidence     (QzAssessmentStore  *self);
QzAssessment      *qz_assessment_store_create           (QzAssessmentStore  *self,
                                                         QzEnterprise       *enterprise,
                                                         QzFramework        *framework,
                                                         const char         *visit_date,
                                                         GError            **error);
QzAssessment      *qz_assessment_store_create_with_uuid (QzAssessmentStore  *self,
                                                         QzEnterprise       *enterprise,
                                                         QzFramework        *framework,
                                                         const char         *uuid,
                                                         const char         *visit_date,
                                                         GError            **error);
QzAssessment      *qz_assessment_store_create_follow_up (QzAssessmentStore  *self,
                                                         QzAssessment       *previous,
                                                         const char         *visit_date,
                                                         GError            **error);
QzAssessment      *qz_assessment_store_load             (QzAssessmentStore  *self,
                                                         const char         *uuid,
                                                         GError            **error);
GPtrArray         *qz_assessment_store_list             (QzAssessmentStore  *self,
                                                         const char         *enterprise_uuid,
                                                         GError            **error);
GPtrArray         *qz_assessment_store_list_all         (QzAssessmentStore  *self,
                                                         const char         *enterprise_uuid,
                                                         GPtrArray         **unreadable,
                                                         GError            **error);
GPtrArray         *qz_assessment_store_list_earlier     (QzAssessmentStore  *self,
                                                         QzAssessment       *assessment,
                                                         GError            **error);
QzAssessment      *qz_assessment_store_find_previous    (QzAssessmentStore  *self,
                                                         QzAssessment       *assessment,
                                                         GError            **error);
gboolean           qz_assessment_store_save             (QzAssessmentStore  *self,
                                                         QzAssessment       *assessment,
                                                         GError            **error);
gboolean           qz_assessment_store_save_opinion     (QzAssessmentStore  *self,
                                                         QzAssessment       *assessment,
                                                         const char         *opinion,
                                                         GError            **error);
gboolean           qz_assessment_store_save_answer      (QzAssessmentStore  *self,
                                                         QzAssessment       *assessment,
                                                         const char         *indicator_id,
                                                         const QzAnswer     *answer,
                                                         GError            **error);

gboolean           qz_assessment_store_import_framework (QzAssessmentStore  *self,
                                                         QzFramework        *framework,
                                                         GError            **error);
GPtrArray         *qz_assessment_store_list_frameworks  (QzAssessmentStore  *self,
                                                         GError            **error);
/* An assessment that is stored but cannot be read: its framework does
 * not load any more. Listed, never hidden. */
typedef struct
{
  char *uuid;
  char *visit_date;
  char *reason;       /* why, translated */
} QzUnreadableAssessment;

void qz_unreadable_assessment_free (QzUnreadableAssessment *unreadable);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzUnreadableAssessment, qz_unreadable_assessment_free)
QzDatabase        *qz_assessment_store_get_database     (QzAssessmentStore  *self);

G_END_DECLS
