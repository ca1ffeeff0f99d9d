/* qz-framework-checks.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-framework-loader-private.h"

G_BEGIN_DECLS

/* The framework loader's checks across what it has read: an indicator's
 * options and kind, what a measure reaches and needs, whether the rules of
 * the levels can be met. Each reports at the path where the loader stands,
 * or at the path of what it checks. */

void _qz_loader_check_options          (QzLoader          *loader,
                                        const QzIndicator *indicator);
void _qz_loader_check_kind_placement   (QzLoader          *loader,
                                        const QzIndicator *indicator,
                                        gboolean           scored);
void _qz_loader_check_reaches          (QzLoader          *loader,
                                        const QzIndicator *indicator,
                                        const QzMeasure   *measure);
void _qz_loader_resolve_prerequisites  (QzLoader          *loader);

void _qz_loader_check_min_s            (QzLoader          *loader,
                                        const QzLevel     *level,
                                        const QzLevel     *below);
void _qz_loader_check_min_score        (QzLoader          *loader,
                                        const QzLevel     *level,
                                        const QzLevel     *below);
void _qz_loader_check_scenario_rule    (QzLoader          *loader,
                                        const QzLevel     *level);
void _qz_loader_check_maturity_levels  (QzLoader          *loader);

G_END_DECLS
