/* qz-framework-indicators.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "qz-framework-loader-private.h"

G_BEGIN_DECLS

/* The framework loader's reading of indicators, whatever their kind, with
 * their options, bands, figures, grades and measures; and of the scale
 * that the options of ratings come from. */

void _qz_loader_read_indicator (QzLoader   *loader,
                                JsonObject *object,
                                guint       index,
                                gpointer    data);
void _qz_loader_read_scale     (QzLoader   *loader,
                                JsonObject *object);

G_END_DECLS
