/* qz-size-class.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  QZ_SIZE_CLASS_UNKNOWN,
  QZ_SIZE_CLASS_MICRO,
  QZ_SIZE_CLASS_SMALL,
  QZ_SIZE_CLASS_MEDIUM,
  QZ_SIZE_CLASS_LARGE,
} QzSizeClass;

QzSizeClass  qz_size_class_derive    (const char  *industry_code,
                                      gint64       employees,
                                      double       revenue);
const char  *qz_size_class_to_string (QzSizeClass  size_class);

G_END_DECLS
