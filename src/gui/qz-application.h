/* qz-application.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define QZ_TYPE_APPLICATION (qz_application_get_type ())

G_DECLARE_FINAL_TYPE (QzApplication, qz_application, QZ, APPLICATION, AdwApplication)

QzApplication *qz_application_new (void);

G_END_DECLS
