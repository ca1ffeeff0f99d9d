/* qz-framework-getters.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "qz-framework-loader-private.h"

G_BEGIN_DECLS

/* The framework loader's defensive reading of JSON: typed getters that
 * report each problem at its JSON path, in loader->path. */

void        _qz_loader_problem     (QzLoader           *loader,
                                    const char         *format,
                                    ...) G_GNUC_PRINTF (2, 3);
void        _qz_loader_problem_at  (QzLoader           *loader,
                                    const char         *key,
                                    const char         *format,
                                    ...) G_GNUC_PRINTF (3, 4);
gsize       _qz_loader_push_key    (QzLoader           *loader,
                                    const char         *key);
gsize       _qz_loader_push_index  (QzLoader           *loader,
                                    guint               index);
void        _qz_loader_pop         (QzLoader           *loader,
                                    gsize               len);

void        _qz_loader_check_keys  (QzLoader           *loader,
                                    JsonObject         *object,
                                    const char * const *allowed);
JsonNode   *_qz_loader_member      (QzLoader           *loader,
                                    JsonObject         *object,
                                    const char         *key,
                                    gboolean            required,
                                    gsize              *len);
JsonObject *_qz_loader_node_object (QzLoader           *loader,
                                    JsonNode           *node);

gboolean    _qz_loader_get_number  (QzLoader           *loader,
                                    JsonObject         *object,
                                    const char         *key,
                                    gboolean            required,
                                    double             *out);
gboolean    _qz_loader_get_int     (QzLoader           *loader,
                                    JsonObject         *object,
                                    const char         *key,
                                    gboolean            required,
                                    int                 min,
                                    int                *out);
gboolean    _qz_loader_get_bool    (QzLoader           *loader,
                                    JsonObject         *object,
                                    const char         *key,
                                    gboolean           *out);
gboolean    _qz_loader_get_string  (QzLoader           *loader,
                                    JsonObject         *object,
                                    const char         *key,
                                    gboolean            required,
                                    char              **out);
void        _qz_loader_read_text   (QzLoader           *loader,
                                    JsonNode           *node,
                                    QzText             *text);
void        _qz_loader_get_text    (QzLoader           *loader,
                                    JsonObject         *object,
                                    const char         *key,
                                    gboolean            required,
                                    QzText             *text);
char       *_qz_loader_get_id      (QzLoader           *loader,
                                    JsonObject         *object,
                                    GHashTable         *unique);

/* Called by _qz_loader_each_item() on each object of a list, with the
 * path set to the item. */
typedef void (*QzLoaderItemFunc) (QzLoader   *loader,
                                  JsonObject *object,
                                  guint       index,
                                  gpointer    data);

guint       _qz_loader_each_item   (QzLoader           *loader,
                                    JsonObject         *object,
                                    const char         *key,
                                    guint               min_items,
                                    QzLoaderItemFunc    func,
                                    gpointer            data);

G_END_DECLS
