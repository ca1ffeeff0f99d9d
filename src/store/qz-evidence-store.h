/* qz-evidence-store.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-assessment.h"
#include "qz-database.h"
#include "qz-photo.h"

G_BEGIN_DECLS

#define QZ_TYPE_EVIDENCE_STORE (qz_evidence_store_get_type ())

G_DECLARE_FINAL_TYPE (QzEvidenceStore, qz_evidence_store, QZ, EVIDENCE_STORE, GObject)

QzEvidenceStore *qz_evidence_store_new         (QzDatabase       *database);
GPtrArray       *qz_evidence_store_list        (QzEvidenceStore  *self,
                                                QzAssessment     *assessment,
                                                const char       *indicator_id,
                                                GError          **error);
QzEvidence      *qz_evidence_store_add_photo   (QzEvidenceStore  *self,
                                                QzAssessment     *assessment,
                                                const char       *indicator_id,
                                                QzPhoto          *photo,
                                                GError          **error);
gboolean         qz_evidence_store_set_caption (QzEvidenceStore  *self,
                                                const char       *evidence_uuid,
                                                const char       *caption,
                                                GError          **error);
gboolean         qz_evidence_store_remove      (QzEvidenceStore  *self,
                                                const char       *evidence_uuid,
                                                gboolean          removed,
                                                GError          **error);
GBytes          *qz_evidence_store_get_photo   (QzEvidenceStore  *self,
                                                const char       *sha256,
                                                QzPhotoSize       size,
                                                GError          **error);

G_END_DECLS
