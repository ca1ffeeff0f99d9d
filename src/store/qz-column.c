/* qz-column.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-store"

#include "qz-config.h"

#include <string.h>

#include "qz-column-private.h"

/**
 * qz_column_dup_text:
 * @stmt: a statement with a row
 * @column: a column of it
 * @max_bytes: the most kept, in bytes
 *
 * Returns: (transfer full) (nullable): the column's text as valid UTF-8
 *   (what is not is replaced by U+FFFD), cut at a character to at most
 *   @max_bytes; %NULL for SQL NULL
 */
char *
qz_column_dup_text (sqlite3_stmt *stmt,
                    int           column,
                    gsize         max_bytes)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  gsize length = (gsize) sqlite3_column_bytes (stmt, column);
  g_autofree char *valid = NULL;
  const char *end;

  if (text == NULL)
    return NULL;

  /* Read no more than a few bytes past the cap; an embedded NUL ends
   * the text, as it would for every C caller. */
  length = MIN (length, max_bytes + 4);
  length = strnlen (text, length);
  if (g_utf8_validate_len (text, length, &end) && length <= max_bytes)
    return g_strndup (text, length);

  valid = g_utf8_make_valid (text, length);
  if (strlen (valid) <= max_bytes)
    return g_steal_pointer (&valid);

  /* Cut at the start of the character that would cross the cap. */
  end = g_utf8_find_prev_char (valid, valid + max_bytes + 1);
  return g_strndup (valid, end != NULL ? (gsize) (end - valid) : 0);
}
