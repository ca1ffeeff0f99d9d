/* qz-database.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define QZ_DATABASE_ERROR (qz_database_error_quark ())

typedef enum
{
  QZ_DATABASE_ERROR_CANNOT_OPEN,
  QZ_DATABASE_ERROR_NOT_QIZHEN,
  QZ_DATABASE_ERROR_CORRUPT,
  QZ_DATABASE_ERROR_TOO_NEW,
  QZ_DATABASE_ERROR_READ_ONLY,
  QZ_DATABASE_ERROR_FULL,
  QZ_DATABASE_ERROR_FAILED,
  QZ_DATABASE_ERROR_NOT_FOUND,
  QZ_DATABASE_ERROR_INVALID,
  QZ_DATABASE_ERROR_BUSY,
} QzDatabaseError;

/* The schema version this build writes; see the migrations in qz-database.c. */
#define QZ_DATABASE_VERSION 8

#define QZ_TYPE_DATABASE (qz_database_get_type ())

G_DECLARE_FINAL_TYPE (QzDatabase, qz_database, QZ, DATABASE, GObject)

GQuark        qz_database_error_quark   (void);
char         *qz_database_dup_default_path (void);
QzDatabase   *qz_database_open          (const char     *path,
                                         GError        **error);
QzDatabase   *qz_database_open_read_only (const char    *path,
                                          GError       **error);
void          qz_database_check_async   (QzDatabase          *self,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean      qz_database_check_finish  (QzDatabase     *self,
                                         GAsyncResult   *result,
                                         GError        **error);
gboolean      qz_database_check         (QzDatabase     *self,
                                         GError        **error);
const GError *qz_database_get_damage    (QzDatabase     *self);
const char   *qz_database_get_path      (QzDatabase     *self);
const char   *qz_database_get_origin    (QzDatabase     *self);
const char   *qz_database_get_author    (QzDatabase     *self);
void          qz_database_set_author    (QzDatabase     *self,
                                         const char     *author);
gboolean      qz_database_is_read_only  (QzDatabase     *self);
gboolean      qz_database_begin         (QzDatabase     *self,
                                         GError        **error);
gboolean      qz_database_commit        (QzDatabase     *self,
                                         GError        **error);
void          qz_database_rollback      (QzDatabase     *self);
gboolean      qz_database_end           (QzDatabase     *self,
                                         gboolean        ok,
                                         GError        **error);

G_END_DECLS
