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

#include "qz-database.h"
#include "qz-scoring.h"

G_BEGIN_DECLS

void _qz_cli_add_scenarios  (JsonBuilder *builder,
                             QzFramework *framework,
                             GHashTable  *answers);
void _qz_cli_add_level_rule (JsonBuilder *builder,
                             QzResult    *result,
                             QzFramework *framework,
                             GHashTable  *answers);

gboolean _qz_cli_check_export_cases (const char  *output,
                                     GError     **error);
gboolean _qz_cli_export_cases       (QzDatabase  *database,
                                     const char  *argument,
                                     const char  *output,
                                     const char  *author,
                                     GError     **error);
gboolean _qz_cli_import_cases       (QzDatabase  *database,
                                     const char  *path,
                                     const char  *author,
                                     GString     *out,
                                     GError     **error);
gboolean _qz_cli_print_digest       (QzDatabase  *database,
                                     const char  *argument,
                                     GString     *out,
                                     GError     **error);

G_END_DECLS
