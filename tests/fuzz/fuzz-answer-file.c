/* fuzz-answer-file.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: any bytes as an answer file for the built-in
 * frameworks, each answer checked against its indicator. */

#include "qz-config.h"

#include <stdint.h>

#include "qz-answer-file.h"
#include "qz-framework-loader.h"

int LLVMFuzzerInitialize    (int            *argc,
                             char         ***argv);
int LLVMFuzzerTestOneInput  (const uint8_t  *data,
                             size_t          size);

static GPtrArray *frameworks;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  frameworks = qz_framework_load_builtin (&error);
  g_assert_no_error (error);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  for (guint i = 0; i < frameworks->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GHashTable) answers = qz_answer_file_load (g_ptr_array_index (frameworks, i), bytes,
                                                           "fuzz.json", &error);

      g_assert ((answers == NULL) != (error == NULL));
    }

  return 0;
}
