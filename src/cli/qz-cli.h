/* qz-cli.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

const GOptionEntry *qz_cli_get_option_entries (void);
int                 qz_cli_run                (GVariantDict *options,
                                               const char   *database_path);

G_END_DECLS
