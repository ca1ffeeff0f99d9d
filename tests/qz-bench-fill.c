/* qz-bench-fill.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case base of the benchmarks: enterprises of Wenzhou with made-up
 * names, every other one with a scored assessment.
 */

#include "qz-bench-fill.h"
#include "qz-database-private.h"
#include "qz-framework-loader.h"

static const char *cities[] = { "乐清市", "永嘉县", "瑞安市", "鹿城区", "龙湾区", "瓯海区", "平阳县", "苍南县" };
static const char *industries[] = { "C3823", "C3443", "C3441", "C1952", "C3670", "C3752", "C3587", "C3525" };
static const char *words[] = { "电气", "泵阀", "鞋业", "服饰", "汽配", "眼镜", "模具", "机械", "科技", "实业" };

/* One scored assessment for every other enterprise, of the first
 * built-in framework, at its second level; those of a fill before are
 * left as they are. */
static void
add_assessments (QzDatabase *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) frameworks = qz_framework_load_builtin (&error);
  QzFramework *framework = g_ptr_array_index (frameworks, 0);
  const QzLevel *level = g_ptr_array_index (qz_framework_get_levels (framework), 1);
  GBytes *source = qz_framework_get_source (framework);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_no_error (error);
  stmt = qz_database_prepare (database,
                              "INSERT OR IGNORE INTO framework (framework_id, version, sha256, source, added)"
                              " VALUES (?, ?, 'bench', ?, 0)", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, qz_framework_get_id (framework), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, qz_framework_get_version (framework), -1, SQLITE_STATIC);
  sqlite3_bind_blob (stmt, 3, g_bytes_get_data (source, NULL), g_bytes_get_size (source), SQLITE_STATIC);
  g_assert_true (qz_database_step (database, stmt, NULL, &error));
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = qz_database_prepare (database,
                              "INSERT OR IGNORE INTO framework_level (framework, level, rank, name_zh, name_en)"
                              " VALUES ((SELECT id FROM framework), ?, ?, ?, ?)", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, level->id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, level->rank);
  sqlite3_bind_text (stmt, 3, level->name.zh_cn, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, level->name.en, -1, SQLITE_STATIC);
  g_assert_true (qz_database_step (database, stmt, NULL, &error));
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = qz_database_prepare (database,
                              "INSERT INTO assessment (uuid, enterprise, framework, visit_date, status,"
                              " scored, level, created, updated, origin)"
                              " SELECT uuid || '-a', id, (SELECT id FROM framework), '2026-06-01', 'complete',"
                               " 1, ?, created, updated, origin FROM enterprise WHERE id % 2 = 0"
                              " AND NOT EXISTS (SELECT 1 FROM assessment WHERE assessment.enterprise = enterprise.id)",
                              &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, level->id, -1, SQLITE_STATIC);
  g_assert_true (qz_database_step (database, stmt, NULL, &error));
}

/* Adds @count enterprises, numbered from @first, to the database at @path
 * (made when missing). */
void
qz_bench_fill (const char *path,
               guint       first,
               guint       count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = qz_database_open (path, &error);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_no_error (error);
  /* Rows written straight in one transaction: the fill is not what is measured. */
  g_assert_true (qz_database_begin (database, &error));
  stmt = qz_database_prepare (database,
                              "INSERT INTO enterprise (uuid, name, uscc, industry_code, province, city, county,"
                              " employees, revenue, created, updated, origin)"
                              " VALUES (?, ?, '91330300MA2J00008A', ?, '浙江省', '温州市', ?, ?, ?, ?, ?, ?)",
                              &error);
  g_assert_no_error (error);

  for (guint i = first; i < first + count; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *name = g_strdup_printf ("温州%s%s%05u有限公司", words[i % 10], words[(i / 10) % 10], i);

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, industries[i % G_N_ELEMENTS (industries)], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, cities[i % G_N_ELEMENTS (cities)], -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 5, 10 + (int) (i % 900));
      sqlite3_bind_double (stmt, 6, 100.0 + i);
      sqlite3_bind_int64 (stmt, 7, 1700000000000000 + i);
      sqlite3_bind_int64 (stmt, 8, 1700000000000000 + i);
      sqlite3_bind_text (stmt, 9, qz_database_get_origin (database), -1, SQLITE_STATIC);
      g_assert_true (qz_database_step (database, stmt, NULL, &error));
    }

  add_assessments (database);
  g_assert_true (qz_database_commit (database, &error));
}
