/* qz-sample.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-assessment-store.h"
#include "qz-enterprise-store.h"

G_BEGIN_DECLS

char *qz_sample_load (QzEnterpriseStore  *enterprises,
                      QzAssessmentStore  *assessments,
                      GError            **error);

G_END_DECLS
