/* fuzz-framework-loader.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: any bytes as a framework file, as an expert may
 * import one, through the JSON checks and every rule of the loader. */

#include "qz-config.h"

#include <stdint.h>

#include "qz-framework-loader.h"
#include "qz-json.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load (bytes, "fuzz.json", &problems, &error);

  /* Either a framework, or an error; never both, never neither. */
  g_assert ((framework == NULL) != (error == NULL));
  if (framework != NULL)
    g_assert_cmpuint (qz_framework_get_n_indicators (framework), >, 0);

  return 0;
}
