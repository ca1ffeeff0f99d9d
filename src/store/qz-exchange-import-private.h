/* qz-exchange-import-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Between the import of an exchange file and its checks. */

#pragma once

#include "qz-exchange-private.h"
#include "qz-exchange.h"

G_BEGIN_DECLS

typedef struct
{
  QzDatabase        *database;
  sqlite3           *file;
  const char        *path;
  GHashTable        *frameworks;    /* file framework id → QzFramework */
  GHashTable        *framework_ids; /* file framework id → local id */
  GHashTable        *photos;        /* file photo SHA-256 → local one */
  QzExchangeSummary *summary;
} Import;


gboolean qz_exchange_set_invalid       (Import         *import,
                                        GError        **error,
                                        const char     *format,
                                        ...) G_GNUC_PRINTF (3, 4);
gboolean qz_exchange_set_file_error    (Import         *import,
                                        GError        **error);
gboolean qz_exchange_read_manifest     (Import         *import,
                                        GError        **error);
gboolean qz_exchange_check_counts      (Import         *import,
                                        GError        **error);
gboolean qz_exchange_import_frameworks (Import         *import,
                                        GError        **error);
gboolean qz_exchange_check_values      (Import         *import,
                                        sqlite3_stmt   *row,
                                        int             n,
                                        GError        **error);
gboolean qz_exchange_check_row         (Import         *import,
                                        guint           kind,
                                        sqlite3_stmt   *row,
                                        GError        **error);

G_END_DECLS
