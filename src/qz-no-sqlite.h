/* qz-no-sqlite.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Forced into every layer but src/store (see src/meson.build): SQLite is
 * the store's business alone, and a use of it elsewhere, starting with
 * #include <sqlite3.h>, fails to compile here. */

#pragma GCC poison sqlite3 sqlite3_stmt sqlite3_open_v2 sqlite3_prepare_v2
