/* qz-json.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Defensive checks on JSON that comes from outside: framework and answer
 * files. */

gboolean    qz_json_check_depth     (const char  *data,
                                     gsize        size,
                                     const char  *name,
                                     GError     **error);
gboolean    qz_json_check_values    (const char  *data,
                                     gsize        size,
                                     GPtrArray  **problems);
JsonParser *qz_json_parse           (GBytes      *bytes,
                                     const char  *name,
                                     GPtrArray  **problems,
                                     GError     **error);

gboolean    qz_json_node_holds      (JsonNode    *node,
                                     GType        type);
gboolean    qz_json_node_is_number  (JsonNode    *node);
char       *qz_json_node_dup_string (JsonNode    *node);

G_END_DECLS
