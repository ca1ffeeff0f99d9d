/* qz-input.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define QZ_INPUT_ERROR (qz_input_error_quark ())

typedef enum
{
  QZ_INPUT_ERROR_INVALID,
  QZ_INPUT_ERROR_OUT_OF_RANGE,
} QzInputError;

GQuark    qz_input_error_quark  (void);
gboolean  qz_input_parse_count  (const char  *text,
                                 gint64      *value,
                                 GError     **error);
gboolean  qz_input_parse_amount (const char  *text,
                                 double      *value,
                                 GError     **error);
gboolean  qz_input_parse_money  (const char  *text,
                                 double      *value,
                                 GError     **error);
gboolean  qz_input_parse_range  (const char  *text,
                                 double      *min,
                                 double      *max,
                                 GError     **error);
char     *qz_input_format_amount (double      value);
gboolean  qz_input_check_phone  (const char  *text,
                                 GError     **error);

G_END_DECLS
