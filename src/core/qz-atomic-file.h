/* qz-atomic-file.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define QZ_ATOMIC_FILE_ERROR (qz_atomic_file_error_quark ())

typedef enum
{
  /* The target must not be replaced: Qizhen's database, a device, a pipe. */
  QZ_ATOMIC_FILE_ERROR_REFUSED,
} QzAtomicFileError;

typedef struct _QzAtomicFile QzAtomicFile;

GQuark        qz_atomic_file_error_quark    (void);
void          qz_atomic_file_protect        (const char    *path);
void          qz_atomic_file_unprotect      (const char    *path);
QzAtomicFile *qz_atomic_file_new            (const char    *target,
                                             GError       **error);
const char   *qz_atomic_file_get_temp_path  (QzAtomicFile  *self);
const char   *qz_atomic_file_get_target     (QzAtomicFile  *self);
gboolean      qz_atomic_file_write          (QzAtomicFile  *self,
                                             const void    *data,
                                             gsize          length,
                                             GError       **error);
gboolean      qz_atomic_file_commit         (QzAtomicFile  *self,
                                             GError       **error);
void          qz_atomic_file_free           (QzAtomicFile  *self);
gboolean      qz_atomic_file_set_contents   (const char    *target,
                                             const void    *data,
                                             gsize          length,
                                             GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzAtomicFile, qz_atomic_file_free)

G_END_DECLS
