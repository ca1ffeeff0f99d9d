/* qz-database-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* For the stores only: statements over the database. Nothing outside
 * src/store sees SQLite. */

#pragma once

#include <sqlite3.h>

#include "qz-database.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

sqlite3_stmt *qz_database_prepare       (QzDatabase     *self,
                                         const char     *sql,
                                         GError        **error);
gboolean      qz_database_step          (QzDatabase     *self,
                                         sqlite3_stmt   *stmt,
                                         gboolean       *has_row,
                                         GError        **error);
gboolean      qz_database_set_sqlite_error (const char *path,
                                            sqlite3    *db,
                                            int         rc,
                                            GError    **error);
const char   *qz_database_get_migration (guint         version);
gboolean      qz_database_check_objects (sqlite3            *db,
                                         const char         *path,
                                         const char *const  *steps,
                                         gboolean            exchange,
                                         GError            **error);
sqlite3      *qz_database_get_handle    (QzDatabase     *self);
gboolean      qz_database_check_schema  (QzDatabase     *self,
                                         gint64          version,
                                         GError        **error);
void          qz_database_stop_writing  (QzDatabase     *self,
                                         const GError   *damage);
void          qz_database_bind_double   (sqlite3_stmt   *stmt,
                                         int             column,
                                         double          value);

G_END_DECLS
