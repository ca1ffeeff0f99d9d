/* qz-framework-weights.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "qz-framework-loader-private.h"

G_BEGIN_DECLS

void _qz_loader_read_weight_sets  (QzLoader   *loader,
                                   JsonObject *object);
void _qz_loader_read_area_weights (QzLoader   *loader,
                                   JsonObject *object,
                                   QzArea     *area);

G_END_DECLS
