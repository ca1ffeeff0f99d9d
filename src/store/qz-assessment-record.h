/* qz-assessment-record.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-assessment-store.h"

G_BEGIN_DECLS

/* A complete assessment is a record: its answers do not change until it
 * is reopened, and completing and reopening are kept with who and when. */

typedef enum
{
  QZ_ASSESSMENT_EVENT_COMPLETED,
  QZ_ASSESSMENT_EVENT_REOPENED,
} QzAssessmentEventKind;

typedef struct
{
  QzAssessmentEventKind  kind;
  gint64                 at;       /* µs since the epoch, UTC */
  char                  *author;   /* "" when not known */
} QzAssessmentEvent;

void       qz_assessment_event_free          (QzAssessmentEvent  *event);

gboolean   qz_assessment_store_complete      (QzAssessmentStore  *self,
                                              QzAssessment       *assessment,
                                              const char         *author,
                                              GError            **error);
gboolean   qz_assessment_store_reopen        (QzAssessmentStore  *self,
                                              QzAssessment       *assessment,
                                              const char         *author,
                                              GError            **error);
GPtrArray *qz_assessment_store_list_events   (QzAssessmentStore  *self,
                                              QzAssessment       *assessment,
                                              GError            **error);
gboolean   qz_assessment_store_sign_off      (QzAssessmentStore  *self,
                                              QzAssessment       *assessment,
                                              const QzSignOff    *sign_off,
                                              GError            **error);
gboolean   qz_assessment_store_confirm_answer (QzAssessmentStore *self,
                                               QzAssessment      *assessment,
                                               const char        *indicator_id,
                                               GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzAssessmentEvent, qz_assessment_event_free)

G_END_DECLS
