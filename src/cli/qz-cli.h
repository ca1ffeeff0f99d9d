/* qz-cli.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean qz_cli_print_list (const char  *database_path,
                            GString     *out,
                            GError     **error);

gboolean qz_cli_print_frameworks   (GString     *out,
                                   GError     **error);
int      qz_cli_validate_framework (const char  *path,
                                    GString     *out,
                                    GString     *err);

char    *qz_cli_load_sample        (const char  *database_path,
                                    GError     **error);
gboolean qz_cli_print_assessments  (const char  *database_path,
                                    GString     *out,
                                    GError     **error);
gboolean qz_cli_print_score        (const char  *database_path,
                                    const char  *uuid,
                                    GString     *out,
                                    GError     **error);

gboolean qz_cli_export_chart       (const char  *database_path,
                                    const char  *uuid,
                                    const char  *output,
                                    const char  *series,
                                    GError     **error);
gboolean qz_cli_export_plan        (const char  *database_path,
                                    const char  *uuid,
                                    const char  *output,
                                    GError     **error);
gboolean qz_cli_export_pdf         (const char  *database_path,
                                    const char  *uuid,
                                    const char  *output,
                                    GError     **error);

G_END_DECLS
