/* qz-file.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Files from outside (frameworks, logos, photos) are opened without
 * waiting, must be regular files and are refused above a size given by
 * their kind before anything is read. */

int     qz_file_open_regular (const char  *path,
                              gsize        max_size,
                              GError     **error);
GBytes *qz_file_read_regular (const char  *path,
                              gsize        max_size,
                              GError     **error);

G_END_DECLS
