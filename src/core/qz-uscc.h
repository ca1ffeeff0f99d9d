/* qz-uscc.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define QZ_USCC_LENGTH 18
#define QZ_USCC_ERROR (qz_uscc_error_quark ())

typedef enum
{
  QZ_USCC_ERROR_CHARACTER,
  QZ_USCC_ERROR_LENGTH,
  QZ_USCC_ERROR_REGION,
  QZ_USCC_ERROR_CHECK,
  QZ_USCC_ERROR_AUTHORITY,
  QZ_USCC_ERROR_TYPE,
  QZ_USCC_ERROR_ORGANIZATION_CHECK,
} QzUsccError;

GQuark    qz_uscc_error_quark (void);
char     *qz_uscc_normalize   (const char  *text);
gboolean  qz_uscc_validate    (const char  *code,
                               GError     **error);
gboolean  qz_uscc_check_organization_code (const char  *code,
                                           GError     **warning);

G_END_DECLS
