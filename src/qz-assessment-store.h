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
#include "qz-photo.h"

G_BEGIN_DECLS

/* A photo attached to an answer as evidence. */
typedef struct
{
  char *uuid;
  char *indicator;
  char *sha256;
  char *caption;
  int   width;    /* of the stored photo, in pixels */
  int   height;
  int   print_width;   /* of its copy for reports */
  int   print_height;
} QzEvidence;

typedef enum
{
  QZ_PHOTO_SIZE_FULL,
  QZ_PHOTO_SIZE_PRINT,
  QZ_PHOTO_SIZE_THUMBNAIL,
} QzPhotoSize;

void qz_evidence_free (QzEvidence *evidence);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzEvidence, qz_evidence_free)

#define QZ_TYPE_ASSESSMENT_STORE (qz_assessment_store_get_type ())

G_DECLARE_FINAL_TYPE (QzAssessmentStore, qz_assessment_store, QZ, ASSESSMENT_STORE, GObject)

QzAssessmentStore *qz_assessment_store_new              (QzDatabase         *database);
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
QzAssessment      *qz_assessment_store_find_previous    (QzAssessmentStore  *self,
                                                         QzAssessment       *assessment,
                                                         GError            **error);
gboolean           qz_assessment_store_save             (QzAssessmentStore  *self,
                                                         QzAssessment       *assessment,
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
GPtrArray         *qz_assessment_store_list_evidence    (QzAssessmentStore  *self,
                                                         QzAssessment       *assessment,
                                                         const char         *indicator_id,
                                                         GError            **error);
QzEvidence        *qz_assessment_store_add_photo        (QzAssessmentStore  *self,
                                                         QzAssessment       *assessment,
                                                         const char         *indicator_id,
                                                         QzPhoto            *photo,
                                                         GError            **error);
gboolean           qz_assessment_store_set_caption      (QzAssessmentStore  *self,
                                                         const char         *evidence_uuid,
                                                         const char         *caption,
                                                         GError            **error);
gboolean           qz_assessment_store_remove_evidence  (QzAssessmentStore  *self,
                                                         const char         *evidence_uuid,
                                                         gboolean            removed,
                                                         GError            **error);
GBytes            *qz_assessment_store_get_photo        (QzAssessmentStore  *self,
                                                         const char         *sha256,
                                                         QzPhotoSize         size,
                                                         GError            **error);

G_END_DECLS
