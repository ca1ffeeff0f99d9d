/* test-exchange.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two data folders ("laptops") exchanging one case both ways.
 */

#include <string.h>

#include "qz-assessment-record.h"
#include "qz-contact-store.h"
#include "qz-exchange.h"
#include "qz-plan-store.h"
#include "qz-sample.h"
#include "qz-test-utils.h"

typedef struct
{
  QzTestData         data;
  QzDatabase        *database;
  QzEnterpriseStore *enterprises;
  QzAssessmentStore *store;
  QzAssessment      *assessment;
  char              *file;       /* where it exports */
} Laptop;

typedef struct
{
  Laptop  a;
  Laptop  b;
  char   *uuid;     /* the assessment */
  char   *dir;
} Fixture;

static void
laptop_open (Laptop     *laptop,
             const char *author,
             const char *uuid)
{
  g_autoptr(GError) error = NULL;

  laptop->database = qz_database_open (laptop->data.path, &error);
  g_assert_no_error (error);
  qz_database_set_author (laptop->database, author);
  laptop->enterprises = qz_enterprise_store_new (laptop->database, &error);
  g_assert_no_error (error);
  laptop->store = qz_assessment_store_new (laptop->database);
  if (uuid != NULL)
    {
      laptop->assessment = qz_assessment_store_load (laptop->store, uuid, &error);
      g_assert_no_error (error);
    }
}

static void
laptop_close (Laptop *laptop)
{
  g_clear_object (&laptop->assessment);
  g_clear_object (&laptop->store);
  g_clear_object (&laptop->enterprises);
  g_clear_object (&laptop->database);
}

static QzExchangeSummary *
exchange (Laptop *from,
          Laptop *to)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = g_strdup (qz_assessment_get_uuid (to->assessment));
  QzExchangeSummary *summary;

  g_assert_true (qz_exchange_export (from->database, NULL, from->file, &error));
  g_assert_no_error (error);
  summary = qz_exchange_import (to->database, from->file, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  /* What the window would do: read the case again. */
  g_clear_object (&to->assessment);
  to->assessment = qz_assessment_store_load (to->store, uuid, &error);
  g_assert_no_error (error);
  return summary;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzExchangeSummary) summary = NULL;

  fixture->dir = qz_test_make_tmpdir ();
  qz_test_data_set_up (&fixture->a.data, NULL);
  qz_test_data_set_up (&fixture->b.data, NULL);
  fixture->a.file = g_build_filename (fixture->dir, "a.qizhen", NULL);
  fixture->b.file = g_build_filename (fixture->dir, "b.qizhen", NULL);

  laptop_open (&fixture->a, "李工", NULL);
  fixture->uuid = qz_sample_load (fixture->a.enterprises, fixture->a.store, &error);
  g_assert_no_error (error);
  fixture->a.assessment = qz_assessment_store_load (fixture->a.store, fixture->uuid, &error);
  g_assert_no_error (error);
  g_assert_true (qz_assessment_store_reopen (fixture->a.store, fixture->a.assessment, "李工", &error));

  /* B starts from A's case. */
  g_assert_true (qz_exchange_export (fixture->a.database, NULL, fixture->a.file, &error));
  laptop_open (&fixture->b, "王工", NULL);
  summary = qz_exchange_import (fixture->b.database, fixture->a.file, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->enterprises_new, ==, 1);
  g_assert_cmpuint (summary->assessments_new, ==, 1);
  fixture->b.assessment = qz_assessment_store_load (fixture->b.store, fixture->uuid, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  laptop_close (&fixture->a);
  laptop_close (&fixture->b);
  qz_test_data_tear_down (&fixture->a.data, NULL);
  qz_test_data_tear_down (&fixture->b.data, NULL);
  g_free (fixture->a.file);
  g_free (fixture->b.file);
  qz_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->uuid);
}

static const char *
indicator_id (Laptop *laptop,
              guint   index)
{
  GPtrArray *indicators = qz_framework_get_indicators (qz_assessment_get_framework (laptop->assessment));
  const QzIndicator *indicator = g_ptr_array_index (indicators, index);

  return indicator->id;
}

static void
set_note (Laptop     *laptop,
          guint       index,
          const char *note)
{
  g_autoptr(GError) error = NULL;
  const char *id = indicator_id (laptop, index);
  const QzAnswer *stored = qz_assessment_get_answer (laptop->assessment, id);
  g_autoptr(QzAnswer) answer = stored ? qz_answer_copy (stored) : qz_answer_new ();

  g_free (answer->note);
  answer->note = g_strdup (note);
  qz_assessment_store_save_answer (laptop->store, laptop->assessment, id, answer, &error);
  g_assert_no_error (error);
}

static const char *
get_note (Laptop *laptop,
          guint   index)
{
  const QzAnswer *answer = qz_assessment_get_answer (laptop->assessment, indicator_id (laptop, index));

  return answer ? answer->note : NULL;
}

static char *
digest (Laptop *laptop)
{
  g_autoptr(GError) error = NULL;
  char *digest = qz_exchange_digest (laptop->database, NULL, &error);

  g_assert_no_error (error);
  return digest;
}

static GPtrArray *
conflicts (Laptop *laptop)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *conflicts = qz_exchange_list_conflicts (laptop->database, NULL, &error);

  g_assert_no_error (error);
  return conflicts;
}

static void
test_both_ways (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanStore) plans = qz_plan_store_new (fixture->a.database);
  g_autoptr(QzPlanItem) item = qz_plan_item_new (NULL, NULL, NULL);
  g_autoptr(QzExchangeSummary) to_b = NULL;
  g_autoptr(QzExchangeSummary) to_a = NULL;
  g_autoptr(QzExchangeSummary) again = NULL;
  g_autoptr(GPtrArray) in_a = NULL;
  g_autoptr(GPtrArray) in_b = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *digest_a = NULL;
  g_autofree char *digest_b = NULL;
  g_autofree char *digest_again = NULL;
  QzConflict *conflict;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *note = g_strdup_printf ("A%u", i);

      set_note (&fixture->a, i, note);
    }
  g_object_set (item, "title", "培训两名设备管理员", NULL);
  g_assert_true (qz_plan_store_save (plans, fixture->uuid, item, 0, &error));
  for (guint i = 5; i < 10; i++)
    {
      g_autofree char *note = g_strdup_printf ("B%u", i);

      set_note (&fixture->b, i, note);
    }
  set_note (&fixture->b, 2, "B2");

  to_b = exchange (&fixture->a, &fixture->b);
  to_a = exchange (&fixture->b, &fixture->a);
  g_assert_cmpuint (to_b->conflicts, ==, 1);
  g_assert_cmpuint (to_a->conflicts, ==, 1);
  g_assert_cmpuint (to_b->answers_updated, ==, 4);
  g_assert_cmpuint (to_a->answers_updated, ==, 5);

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *expected = g_strdup_printf ("%c%u", i < 5 ? 'A' : 'B', i);

      if (i == 2)
        continue;
      g_assert_cmpstr (get_note (&fixture->a, i), ==, expected);
      g_assert_cmpstr (get_note (&fixture->b, i), ==, expected);
    }
  /* Answer 3 is one conflict with both values: each side keeps its own. */
  g_assert_cmpstr (get_note (&fixture->a, 2), ==, "A2");
  g_assert_cmpstr (get_note (&fixture->b, 2), ==, "B2");
  in_a = conflicts (&fixture->a);
  in_b = conflicts (&fixture->b);
  g_assert_cmpuint (in_a->len, ==, 1);
  g_assert_cmpuint (in_b->len, ==, 1);
  conflict = g_ptr_array_index (in_a, 0);
  g_assert_nonnull (strstr (conflict->mine, "A2"));
  g_assert_nonnull (strstr (conflict->theirs, "B2"));
  g_assert_cmpstr (conflict->their_author, ==, "王工");
  g_assert_nonnull (strstr (((QzConflict *) g_ptr_array_index (in_b, 0))->theirs, "A2"));
  g_assert_cmpuint (qz_test_sqlite_count (fixture->b.data.path,
                                          "SELECT count(*) FROM plan_item WHERE title = '培训两名设备管理员'"), ==, 1);

  /* Resolved on one side, exchanged again: the same content on both. */
  g_assert_true (qz_exchange_resolve (fixture->a.database, conflict->record, TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&to_b, qz_exchange_summary_free);
  g_clear_pointer (&to_a, qz_exchange_summary_free);
  to_b = exchange (&fixture->a, &fixture->b);
  to_a = exchange (&fixture->b, &fixture->a);
  g_assert_cmpuint (to_a->conflicts, ==, 0);
  g_assert_cmpstr (get_note (&fixture->a, 2), ==, "B2");
  g_assert_cmpstr (get_note (&fixture->b, 2), ==, "B2");
  after = conflicts (&fixture->b);
  g_assert_cmpuint (after->len, ==, 0);
  digest_a = digest (&fixture->a);
  digest_b = digest (&fixture->b);
  g_assert_cmpstr (digest_a, ==, digest_b);

  /* The same file again changes nothing. */
  again = qz_exchange_import (fixture->b.database, fixture->a.file, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->answers_updated + again->others_updated + again->conflicts +
                    again->enterprises_new + again->enterprises_updated + again->assessments_new +
                    again->assessments_updated, ==, 0);
  g_assert_cmpuint (again->enterprises_unchanged, ==, 1);
  digest_again = digest (&fixture->b);
  g_assert_cmpstr (digest_again, ==, digest_b);
}

static void
test_edit_against_deletion (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanStore) plans_a = qz_plan_store_new (fixture->a.database);
  g_autoptr(QzPlanStore) plans_b = qz_plan_store_new (fixture->b.database);
  g_autoptr(QzPlanItem) item = qz_plan_item_new (NULL, NULL, NULL);
  g_autoptr(QzExchangeSummary) to_b = NULL;
  g_autoptr(QzExchangeSummary) to_a = NULL;
  g_autoptr(GPtrArray) in_a = NULL;
  g_autofree char *digest_a = NULL;
  g_autofree char *digest_b = NULL;

  g_object_set (item, "title", "部署防火墙", NULL);
  g_assert_true (qz_plan_store_save (plans_a, fixture->uuid, item, 0, &error));
  g_clear_pointer (&to_b, qz_exchange_summary_free);
  to_b = exchange (&fixture->a, &fixture->b);
  g_assert_cmpuint (to_b->others_updated, ==, 1);

  /* A removes the measure; B, not knowing, gives it an owner. */
  g_assert_true (qz_plan_store_remove (plans_a, qz_plan_item_get_uuid (item), TRUE, &error));
  g_object_set (item, "owner", "信息部", NULL);
  g_assert_true (qz_plan_store_save (plans_b, fixture->uuid, item, 0, &error));
  g_assert_no_error (error);

  g_clear_pointer (&to_b, qz_exchange_summary_free);
  to_b = exchange (&fixture->a, &fixture->b);
  to_a = exchange (&fixture->b, &fixture->a);
  g_assert_cmpuint (to_b->conflicts, ==, 1);
  g_assert_cmpuint (to_a->conflicts, ==, 1);
  /* Never a silent loss: B's edit is still there, A's removal waits beside it. */
  g_assert_cmpuint (qz_test_sqlite_count (fixture->b.data.path,
                                          "SELECT count(*) FROM plan_item WHERE owner = '信息部' AND deleted IS NULL"),
                    ==, 1);

  in_a = conflicts (&fixture->a);
  g_assert_cmpuint (in_a->len, ==, 1);
  /* A takes B's edit back. */
  g_assert_true (qz_exchange_resolve (fixture->a.database, ((QzConflict *) g_ptr_array_index (in_a, 0))->record,
                                      TRUE, &error));
  g_clear_pointer (&to_b, qz_exchange_summary_free);
  g_clear_pointer (&to_a, qz_exchange_summary_free);
  to_b = exchange (&fixture->a, &fixture->b);
  to_a = exchange (&fixture->b, &fixture->a);
  g_assert_cmpuint (qz_test_sqlite_count (fixture->a.data.path,
                                          "SELECT count(*) FROM plan_item WHERE owner = '信息部' AND deleted IS NULL"),
                    ==, 1);
  digest_a = digest (&fixture->a);
  digest_b = digest (&fixture->b);
  g_assert_cmpstr (digest_a, ==, digest_b);
}

static void
test_history_travels (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(QzExchangeSummary) to_b = NULL;

  set_note (&fixture->a, 0, "A0");
  to_b = exchange (&fixture->a, &fixture->b);
  g_assert_cmpint (qz_test_sqlite_count (fixture->b.data.path,
                                         "SELECT count(*) FROM change JOIN peer USING (origin)"
                                         " WHERE new GLOB '*A0*' AND change.author = '李工'"
                                         " AND peer.author = '李工'"), ==, 1);
}

/* A database of the first release, brought up to date when opened,
 * exports to a database of today's schema: its enterprises and their
 * contacts arrive, and both hold the same. */
static void
test_old_schema (void)
{
  g_autofree char *sql_path = g_test_build_filename (G_TEST_DIST, "databases", "version-1.sql", NULL);
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "old.qizhen", NULL);
  g_autofree char *sql = NULL;
  g_autofree char *old_digest = NULL;
  g_autofree char *new_digest = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QzExchangeSummary) summary = NULL;
  QzTestData old, fresh;

  qz_test_data_set_up (&old, NULL);
  qz_test_data_set_up (&fresh, NULL);
  g_assert_true (g_file_get_contents (sql_path, &sql, NULL, NULL));
  qz_test_sqlite_exec (old.path, sql);
  {
    g_autoptr(QzDatabase) database = qz_database_open (old.path, &error);

    g_assert_no_error (error);
    g_assert_true (qz_exchange_export (database, NULL, file, &error));
    old_digest = qz_exchange_digest (database, NULL, &error);
  }
  {
    g_autoptr(QzDatabase) database = qz_database_open (fresh.path, &error);

    summary = qz_exchange_import (database, file, FALSE, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (summary->enterprises_new, ==, 2);
    new_digest = qz_exchange_digest (database, NULL, &error);
  }
  g_assert_cmpstr (old_digest, ==, new_digest);
  g_assert_cmpint (qz_test_sqlite_count (fresh.path, "SELECT employees FROM enterprise WHERE name = '永嘉泵阀厂'"),
                   ==, 180);

  qz_test_data_tear_down (&old, NULL);
  qz_test_data_tear_down (&fresh, NULL);
  qz_test_remove_tree (dir);
}

/* A contact edited on one laptop and another removed travel to the other
 * like answers do. */
static void
test_contacts_travel (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzContactStore) contacts = qz_contact_store_new (fixture->a.database);
  QzEnterprise *enterprise = qz_enterprise_store_find (fixture->a.enterprises,
                                                       qz_assessment_get_enterprise_uuid (fixture->a.assessment),
                                                       NULL);
  g_autoptr(QzContact) added = NULL;
  g_autoptr(QzExchangeSummary) to_b = NULL;
  g_autoptr(QzExchangeSummary) again = NULL;

  added = qz_contact_store_add (contacts, enterprise, &error);
  g_assert_no_error (error);
  qz_contact_set_name (added, "陈经理");
  g_assert_true (qz_contact_store_save (contacts, enterprise, added, &error));
  to_b = exchange (&fixture->a, &fixture->b);
  g_assert_cmpint (qz_test_sqlite_count (fixture->b.data.path,
                                         "SELECT count(*) FROM contact WHERE name = '陈经理' AND deleted IS NULL"),
                   ==, 1);

  g_assert_true (qz_contact_store_remove (contacts, enterprise, added, &error));
  again = exchange (&fixture->a, &fixture->b);
  g_assert_cmpuint (again->others_updated, ==, 1);
  g_assert_cmpint (qz_test_sqlite_count (fixture->b.data.path,
                                         "SELECT count(*) FROM contact WHERE name = '陈经理' AND deleted IS NOT NULL"),
                   ==, 1);
}

/* Runs qizhen with its data in @dir, as a user would; returns stdout. */
static char *
run_qizhen (const char *dir,
            const char *option,
            const char *argument,
            const char *output)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", dir, TRUE);
  const char *argv[] = { g_getenv ("QZ_TEST_QIZHEN"), option, argument,
                         output ? "--output" : NULL, output, NULL };
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s %s: %s", option, argument ? argument : "", err);
  return out;
}

/* The command line: one laptop exports all, another imports it twice;
 * the digests agree and the second import changes nothing. */
static void
test_command_line (void)
{
  g_autofree char *a = qz_test_make_tmpdir ();
  g_autofree char *b = qz_test_make_tmpdir ();
  g_autofree char *file = g_build_filename (a, "all.qizhen", NULL);
  g_autofree char *sample = run_qizhen (a, "--load-sample", NULL, NULL);
  g_autofree char *exported = run_qizhen (a, "--export-cases", "--all", file);
  g_autofree char *first = run_qizhen (b, "--import", file, NULL);
  g_autofree char *second = run_qizhen (b, "--import", file, NULL);
  g_autofree char *digest_a = run_qizhen (a, "--digest", "all", NULL);
  g_autofree char *digest_b = run_qizhen (b, "--digest", "all", NULL);

  g_assert_nonnull (strstr (first, "Enterprises: 1 new, 0 updated, 0 unchanged"));
  g_assert_nonnull (strstr (second, "Enterprises: 0 new, 0 updated, 1 unchanged"));
  g_assert_nonnull (strstr (second, "Answers updated: 0"));
  g_assert_nonnull (strstr (second, "Conflicts: 0"));
  g_assert_cmpuint (strlen (digest_a), ==, 65);
  g_assert_cmpstr (digest_a, ==, digest_b);

  qz_test_remove_tree (a);
  qz_test_remove_tree (b);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/exchange/both-ways", Fixture, NULL, fixture_set_up, test_both_ways, fixture_tear_down);
  g_test_add ("/exchange/edit-against-deletion", Fixture, NULL, fixture_set_up, test_edit_against_deletion,
              fixture_tear_down);
  g_test_add_func ("/exchange/old-schema", test_old_schema);
  g_test_add ("/exchange/contacts-travel", Fixture, NULL, fixture_set_up, test_contacts_travel, fixture_tear_down);
  g_test_add_func ("/exchange/command-line", test_command_line);
  g_test_add ("/exchange/history-travels", Fixture, NULL, fixture_set_up, test_history_travels,
              fixture_tear_down);

  return g_test_run ();
}
