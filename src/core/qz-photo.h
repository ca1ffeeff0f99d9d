/* qz-photo.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define QZ_PHOTO_ERROR (qz_photo_error_quark ())

typedef enum
{
  QZ_PHOTO_ERROR_UNREADABLE,
  QZ_PHOTO_ERROR_NOT_AN_IMAGE,
  QZ_PHOTO_ERROR_TOO_LARGE,
  QZ_PHOTO_ERROR_FAILED,
  QZ_PHOTO_ERROR_TRUNCATED,
} QzPhotoError;

/* Long side of the stored image, of its copy for reports and of its
 * thumbnail, in pixels. */
#define QZ_PHOTO_MAX_SIDE 2048
#define QZ_PHOTO_PRINT_SIDE 1280
#define QZ_PHOTO_THUMBNAIL_SIDE 256

typedef struct
{
  GBytes *jpeg;       /* the stored image, long side <= QZ_PHOTO_MAX_SIDE */
  GBytes *print;      /* JPEG, long side <= QZ_PHOTO_PRINT_SIDE: what reports embed */
  GBytes *thumbnail;  /* JPEG, long side <= QZ_PHOTO_THUMBNAIL_SIDE */
  char   *sha256;     /* lower-case hex SHA-256 of @jpeg: the storage key */
  int     width;      /* of @jpeg */
  int     height;
  int     print_width;
  int     print_height;
} QzPhoto;

GQuark   qz_photo_error_quark    (void);
QzPhoto *qz_photo_new_from_bytes (GBytes        *data,
                                  GError       **error);
QzPhoto *qz_photo_new_from_file  (GFile         *file,
                                  GCancellable  *cancellable,
                                  GError       **error);
void     qz_photo_free           (QzPhoto       *photo);

GdkPixbuf *qz_photo_decode       (GBytes        *data,
                                  const char    *name,
                                  int            max_side,
                                  GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzPhoto, qz_photo_free)

/* A photo attached to an answer as evidence. */
typedef struct
{
  char   *uuid;
  char   *indicator;
  char   *sha256;
  char   *caption;
  int     width;         /* of the stored photo, in pixels */
  int     height;
  int     print_width;   /* of its copy for reports */
  int     print_height;
  GBytes *print_jpeg;    /* that copy, when loaded for a report; else NULL */
} QzEvidence;

typedef enum
{
  QZ_PHOTO_SIZE_FULL,
  QZ_PHOTO_SIZE_PRINT,
  QZ_PHOTO_SIZE_THUMBNAIL,
} QzPhotoSize;

void qz_evidence_free (QzEvidence *evidence);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzEvidence, qz_evidence_free)

G_END_DECLS
