/* qz-toast.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A toast's title is Pango markup in libadwaita 1.2: a message holding
 * "<data>" or "&" (a json-glib error, a name from the database, a file
 * name) would show empty. Toasts are made from plain text here. */

AdwToast *qz_toast_new       (const char *text);
AdwToast *qz_toast_new_printf (const char *format,
                              ...) G_GNUC_PRINTF (1, 2);
void      qz_toast_set_text  (AdwToast   *toast,
                              const char *text);

G_END_DECLS
