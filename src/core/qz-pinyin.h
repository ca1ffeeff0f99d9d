/* qz-pinyin.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *qz_pinyin_get_readings (gunichar        c);
gboolean    qz_pinyin_has_readings (const char     *text);
gunichar   *qz_pinyin_prepare      (const char     *text);
gboolean    qz_pinyin_term_usable  (const char     *term);
gboolean    qz_pinyin_matches      (const gunichar *prepared,
                                    const char     *term);
char       *qz_pinyin_sort_key     (const char     *text);

G_END_DECLS
