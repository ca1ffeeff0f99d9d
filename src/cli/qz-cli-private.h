/* qz-cli-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the command line's files share: --score's explanation of the level
 * is written in qz-cli-score.c. */

#pragma once

#include <json-glib/json-glib.h>

#include "qz-scoring.h"

G_BEGIN_DECLS

void _qz_cli_add_scenarios  (JsonBuilder *builder,
                             QzFramework *framework,
                             GHashTable  *answers);
void _qz_cli_add_level_rule (JsonBuilder *builder,
                             QzResult    *result,
                             QzFramework *framework,
                             GHashTable  *answers);

G_END_DECLS
