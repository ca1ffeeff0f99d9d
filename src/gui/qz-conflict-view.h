/* qz-conflict-view.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qz-assessment-store.h"

G_BEGIN_DECLS

#define QZ_TYPE_CONFLICT_VIEW (qz_conflict_view_get_type ())

G_DECLARE_FINAL_TYPE (QzConflictView, qz_conflict_view, QZ, CONFLICT_VIEW, AdwWindow)

QzConflictView *qz_conflict_view_new (GtkWindow         *parent,
                                      QzAssessmentStore *assessments);

G_END_DECLS
