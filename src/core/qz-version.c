/* qz-version.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The version of a record that travels: a version vector, written as
 * "origin:counter" pairs sorted by origin and joined by commas ("" is the
 * version of a record nobody has changed since it was made or exported).
 * An origin's counter goes up each time that database changes the record,
 * so comparing two vectors says whether one side has seen the other's
 * changes. Wall-clock times never decide: laptop clocks are wrong.
 */

#include "qz-config.h"

#include <stdlib.h>
#include <string.h>

#include "qz-version.h"

/* A vector has one entry per database that changed the record: a team
 * of experts, not thousands. */
#define MAX_ENTRIES 256
#define MAX_ORIGIN 64

static GHashTable *
parse (const char *version)
{
  g_autoptr(GHashTable) entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) pairs = NULL;

  if (version == NULL || *version == '\0')
    return g_steal_pointer (&entries);

  pairs = g_strsplit (version, ",", MAX_ENTRIES + 1);
  if (g_strv_length (pairs) > MAX_ENTRIES)
    return NULL;

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      const char *colon = strrchr (pairs[i], ':');
      guint64 counter;
      char *end = NULL;

      if (colon == NULL || colon == pairs[i] || colon - pairs[i] > MAX_ORIGIN ||
          !g_ascii_isdigit (colon[1]))
        return NULL;
      counter = g_ascii_strtoull (colon + 1, &end, 10);
      if (*end != '\0' || counter == 0 || counter > G_MAXINT32)
        return NULL;
      for (const char *p = pairs[i]; p < colon; p++)
        if (!g_ascii_isalnum (*p) && *p != '-')
          return NULL;
      if (!g_hash_table_insert (entries, g_strndup (pairs[i], colon - pairs[i]),
                                GSIZE_TO_POINTER ((gsize) counter)))
        return NULL;
    }

  return g_steal_pointer (&entries);
}

static int
compare_origins (const void *a,
                 const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static char *
format (GHashTable *entries)
{
  g_autofree const char **origins = (const char **) g_hash_table_get_keys_as_array (entries, NULL);
  GString *out = g_string_new (NULL);

  qsort (origins, g_hash_table_size (entries), sizeof (char *), compare_origins);
  for (guint i = 0; origins[i] != NULL; i++)
    g_string_append_printf (out, "%s%s:%" G_GSIZE_FORMAT, i > 0 ? "," : "", origins[i],
                            GPOINTER_TO_SIZE (g_hash_table_lookup (entries, origins[i])));
  return g_string_free (out, FALSE);
}

/**
 * qz_version_is_valid:
 * @version: (nullable): a version read from a file
 *
 * Returns: whether @version is a vector as Qizhen writes them
 */
gboolean
qz_version_is_valid (const char *version)
{
  g_autoptr(GHashTable) entries = parse (version);

  return entries != NULL;
}

/**
 * qz_version_bump:
 * @version: the version a record was edited from
 * @origin: the database that edits it
 *
 * Returns: (transfer full): the version after the edit
 */
char *
qz_version_bump (const char *version,
                 const char *origin)
{
  g_autoptr(GHashTable) entries = parse (version);
  gsize counter;

  g_return_val_if_fail (origin != NULL, NULL);

  if (entries == NULL)
    entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  counter = GPOINTER_TO_SIZE (g_hash_table_lookup (entries, origin));
  g_hash_table_insert (entries, g_strdup (origin), GSIZE_TO_POINTER (counter + 1));
  return format (entries);
}

/**
 * qz_version_merge:
 * @a: a version
 * @b: another version of the same record
 *
 * Returns: (transfer full): the least version that has seen both
 */
char *
qz_version_merge (const char *a,
                  const char *b)
{
  g_autoptr(GHashTable) entries = parse (a);
  g_autoptr(GHashTable) other = parse (b);
  GHashTableIter iter;
  gpointer key, value;

  if (entries == NULL)
    entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (other != NULL)
    {
      g_hash_table_iter_init (&iter, other);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (GPOINTER_TO_SIZE (value) > GPOINTER_TO_SIZE (g_hash_table_lookup (entries, key)))
          g_hash_table_insert (entries, g_strdup (key), value);
    }
  return format (entries);
}

/* Whether every counter of @a is at most that of @b. */
static gboolean
dominated (GHashTable *a,
           GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_SIZE (value) > GPOINTER_TO_SIZE (g_hash_table_lookup (b, key)))
      return FALSE;
  return TRUE;
}

/**
 * qz_version_compare:
 * @a: a version
 * @b: another version of the same record
 *
 * An invalid version counts as "", the version nobody changed.
 *
 * Returns: how @a relates to @b
 */
QzVersionOrder
qz_version_compare (const char *a,
                    const char *b)
{
  g_autoptr(GHashTable) ea = parse (a);
  g_autoptr(GHashTable) eb = parse (b);
  gboolean a_in_b, b_in_a;

  if (ea == NULL)
    ea = g_hash_table_new (g_str_hash, g_str_equal);
  if (eb == NULL)
    eb = g_hash_table_new (g_str_hash, g_str_equal);

  a_in_b = dominated (ea, eb);
  b_in_a = dominated (eb, ea);
  if (a_in_b && b_in_a)
    return QZ_VERSION_EQUAL;
  if (a_in_b)
    return QZ_VERSION_BEFORE;
  if (b_in_a)
    return QZ_VERSION_AFTER;
  return QZ_VERSION_CONCURRENT;
}
