/* fuzz-exchange.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: any bytes as an exchange file, imported into a
 * database in memory. Every input is either merged or refused with an
 * error, never anything else. */

#include "qz-config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <unistd.h>

#include "qz-exchange.h"

int LLVMFuzzerInitialize    (int            *argc,
                             char         ***argv);
int LLVMFuzzerTestOneInput  (const uint8_t  *data,
                             size_t          size);

static QzDatabase *database;
static char *path;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  int fd;

  database = qz_database_open (":memory:", &error);
  g_assert_no_error (error);
  fd = g_file_open_tmp ("fuzz-XXXXXX.qizhen", &path, &error);
  g_assert_no_error (error);
  close (fd);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzExchangeSummary) summary = NULL;

  g_assert_true (g_file_set_contents (path, (const char *) data, size, NULL));
  summary = qz_exchange_import (database, path, FALSE, &error);
  g_assert ((summary == NULL) != (error == NULL));
  return 0;
}
