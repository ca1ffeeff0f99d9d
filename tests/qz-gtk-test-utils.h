/* qz-gtk-test-utils.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How long a wait may take before it fails the test: generous, for a
 * loaded machine; nothing is timed against it. */
#define QZ_TEST_TIMEOUT_MS 10000

/* Whether @widget is the one sought. */
typedef gboolean (*QzTestWidgetMatch) (GtkWidget *widget,
                                       gpointer   data);

/* Whether what is waited for has happened. */
typedef gboolean (*QzTestCondition)   (gpointer   data);

GtkWidget *qz_test_find          (GtkWidget         *root,
                                  GType              type,
                                  QzTestWidgetMatch  match,
                                  gpointer           data);
GtkWidget *qz_test_find_by_name  (GtkWidget         *root,
                                  const char        *name);
GtkWidget *qz_test_find_by_label (GtkWidget         *root,
                                  GType              type,
                                  const char        *label);
gboolean   qz_test_has_label     (GtkWidget         *widget,
                                  const char        *label);

void       qz_test_flush_events  (void);
void       qz_test_wait_until_at (QzTestCondition    condition,
                                  gpointer           data,
                                  guint              timeout_ms,
                                  const char        *file,
                                  int                line,
                                  const char        *func,
                                  const char        *what);
void       qz_test_run_for       (guint              ms);

/* Runs the main loop until @condition (@data) holds; fails the test,
 * naming @condition, when @timeout_ms pass first. */
#define qz_test_wait_until(condition, data, timeout_ms) \
  qz_test_wait_until_at ((condition), (data), (timeout_ms), __FILE__, __LINE__, G_STRFUNC, #condition)

G_END_DECLS
