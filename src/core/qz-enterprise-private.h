/* qz-enterprise-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-enterprise.h"

G_BEGIN_DECLS

/* For the store only: the identity and times that a row carries. */
void _qz_enterprise_set_record (QzEnterprise *self,
                                const char   *uuid,
                                const char   *origin,
                                gint64        created,
                                gint64        updated);

/* For the store only: the latest assessment's status, and its level's
 * name and rank when known (NULL and 0 when not scored yet or below the
 * lowest level). */
void _qz_enterprise_set_latest (QzEnterprise   *self,
                                QzLatestStatus  status,
                                const char     *level,
                                int             rank);

/* Builds the search text now rather than on the first keystroke. */
void _qz_enterprise_prepare_search (QzEnterprise *self);

G_END_DECLS
