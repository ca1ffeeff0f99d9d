/* qz-latest-level.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qz-assessment-store.h"
#include "qz-database.h"

G_BEGIN_DECLS

typedef struct _QzLatestLevels QzLatestLevels;

QzLatestLevels *qz_latest_levels_new           (QzDatabase      *database);
void            qz_latest_levels_free          (QzLatestLevels  *self);
gboolean        qz_latest_levels_read          (QzLatestLevels  *self,
                                                GListModel      *enterprises,
                                                QzEnterprise    *only,
                                                GError         **error);
int             qz_latest_levels_score_pending (QzLatestLevels  *self,
                                                GListModel      *enterprises,
                                                QzAssessmentStore *assessments,
                                                QzEnterprise    *only,
                                                guint            max,
                                                GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzLatestLevels, qz_latest_levels_free)

G_END_DECLS
