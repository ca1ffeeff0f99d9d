/* qz-column-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* For the stores only: text read back from the database, checked. */

#pragma once

#include "qz-database-private.h"

G_BEGIN_DECLS

/* The database file is the user's: other tools, a damaged disk or a
 * hostile copy may have put anything in it. Texts are read as outside
 * input is, and capped so that one absurd field cannot stall the
 * window or the report (a name of 10 MB took 110 s and 2.3 GB to lay
 * out).
 *
 * A name, a code, a place, a date or an id: 4 KiB is about 1,300
 * Chinese characters, far past any enterprise's name or address. */
#define QZ_COLUMN_SHORT_TEXT (4 * 1024)
/* Notes, an opinion, a plan's texts: 256 KiB is about 85,000 Chinese
 * characters, some hundred printed pages, more than anyone types into
 * one field, and laid out in about a second. */
#define QZ_COLUMN_LONG_TEXT (256 * 1024)

char *qz_column_dup_text (sqlite3_stmt *stmt,
                          int           column,
                          gsize         max_bytes);

G_END_DECLS
