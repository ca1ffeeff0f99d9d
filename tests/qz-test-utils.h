/* qz-test-utils.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "qz-assessment-store.h"
#include "qz-enterprise-store.h"

G_BEGIN_DECLS

/* A fresh XDG_DATA_HOME-like folder and the database path inside it,
 * $dir/qizhen/qizhen.db (the folder exists, the file does not). */
typedef struct
{
  char *dir;
  char *path;
} QzTestData;

/* The sample case in a fresh database: its stores and its assessment. */
typedef struct
{
  QzTestData         data;
  QzDatabase        *database;
  QzEnterpriseStore *enterprises;
  QzAssessmentStore *store;
  QzAssessment      *assessment;
} QzTestSample;

void    qz_test_sample_set_up   (QzTestSample  *sample,
                                 gconstpointer  unused);
void    qz_test_sample_tear_down (QzTestSample *sample,
                                 gconstpointer  unused);
void    qz_test_data_set_up     (QzTestData    *data,
                                 gconstpointer  unused);
void    qz_test_data_tear_down  (QzTestData    *data,
                                 gconstpointer  unused);
char   *qz_test_make_tmpdir     (void);
void    qz_test_remove_tree     (const char *path);
GBytes *qz_test_read_file       (const char *path);
gint64  qz_test_sqlite_count    (const char *path,
                                 const char *sql);
void    qz_test_sqlite_exec     (const char *path,
                                 const char *sql);
void    qz_test_damage_unread_page (const char *path);
void    qz_test_limit_file_size (goffset       bytes);
char   *qz_test_list_dir        (const char   *dir);

void    qz_test_sqlite_exec_unchecked (const char *path,
                                       const char *table,
                                       const char *sql);
int     qz_test_compare_doubles (gconstpointer a,
                                 gconstpointer b);
GBytes *qz_test_photo_jpeg      (guint         seed);
GBytes *qz_test_png_header      (guint32       width,
                                 guint32       height);

G_END_DECLS
