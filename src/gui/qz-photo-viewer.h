/* qz-photo-viewer.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define QZ_TYPE_PHOTO_VIEWER (qz_photo_viewer_get_type ())

G_DECLARE_FINAL_TYPE (QzPhotoViewer, qz_photo_viewer, QZ, PHOTO_VIEWER, AdwWindow)

QzPhotoViewer *qz_photo_viewer_new (GtkWindow  *parent,
                                    GdkTexture *image,
                                    const char *caption,
                                    const char *indicator);

G_END_DECLS
