/* qz-show-in-folder.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void     qz_show_in_folder_async  (GFile               *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
gboolean qz_show_in_folder_finish (GAsyncResult        *result,
                                   GError             **error);

G_END_DECLS
