/* test-plan-store.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <math.h>
#include <string.h>

#include "qz-answer-file.h"
#include "qz-assessment-store.h"
#include "qz-enterprise-store.h"
#include "qz-framework-loader.h"
#include "qz-input.h"
#include "qz-plan-store.h"
#include "qz-plan.h"
#include "qz-test-utils.h"

typedef struct
{
  QzTestData         data;
  QzDatabase        *database;
  QzAssessmentStore *store;
  QzPlanStore       *plans;
  QzFramework       *framework;
  QzAssessment      *assessment;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "frameworks", "valid-example.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(QzEnterpriseStore) enterprises = NULL;
  QzEnterprise *enterprise;

  qz_test_data_set_up (&fixture->data, NULL);
  fixture->database = qz_database_open (fixture->data.path, &error);
  g_assert_no_error (error);
  enterprises = qz_enterprise_store_new (fixture->database, &error);
  fixture->store = qz_assessment_store_new (fixture->database);
  fixture->plans = qz_plan_store_new (fixture->database);
  fixture->framework = qz_framework_load_file (path, NULL, &error);
  g_assert_no_error (error);
  enterprise = qz_enterprise_store_create (enterprises, "瑞安汽配", &error);
  fixture->assessment = qz_assessment_store_create (fixture->store, enterprise, fixture->framework, "2026-11-20", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->assessment);
  g_clear_object (&fixture->framework);
  g_clear_object (&fixture->plans);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->database);
  qz_test_data_tear_down (&fixture->data, NULL);
}

static const char *
uuid_of (Fixture *fixture)
{
  return qz_assessment_get_uuid (fixture->assessment);
}

static GListStore *
load (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListStore *items = qz_plan_store_load (fixture->plans, uuid_of (fixture), &error);

  g_assert_no_error (error);
  return items;
}

static QzPlanItem *
item_at (GListStore *items,
         guint       position)
{
  g_assert_cmpuint (position, <, g_list_model_get_n_items (G_LIST_MODEL (items)));
  return g_list_model_get_item (G_LIST_MODEL (items), position);
}

static QzDraft *
draft_for (Fixture    *fixture,
           const char *json_answers)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = g_strdup_printf ("{ \"framework\": \"example-workshop\", \"answers\": %s }", json_answers);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GHashTable) answers = qz_answer_file_load (fixture->framework, bytes, "test", &error);

  g_assert_no_error (error);
  return qz_draft_new (fixture->framework, answers,
                       g_ptr_array_index (qz_framework_get_levels (fixture->framework), 1));
}

/* Every field comes back as stored, in the order given. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanItem) own = qz_plan_item_new (NULL, NULL, NULL);
  g_autoptr(QzPlanItem) drafted = qz_plan_item_new (NULL, "firewall", "security");
  g_autoptr(GListStore) items = NULL;
  g_autoptr(QzPlanItem) first = NULL;
  g_autoptr(QzPlanItem) second = NULL;

  g_object_set (own, "title", "培训两名设备管理员", "owner", "生产部 王经理", "status", QZ_PLAN_STATUS_UNDER_WAY,
                "phase", QZ_PLAN_PHASE_LONG, "priority", QZ_PLAN_PRIORITY_LOW, "start-date", "2027-01-04",
                "due-date", "2027-06-30", "detail", "外派学习",
                "effect", "自主维护", "edited", TRUE, NULL);
  qz_plan_item_set_budget (own, 2, 2);
  g_object_set (drafted, "title", "部署防火墙", "stale", TRUE, NULL);
  qz_plan_item_set_budget (drafted, 3, 10);

  g_assert_true (qz_plan_store_save (fixture->plans, uuid_of (fixture), drafted, 1, &error));
  g_assert_true (qz_plan_store_save (fixture->plans, uuid_of (fixture), own, 0, &error));
  g_assert_no_error (error);

  items = load (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 2);
  first = item_at (items, 0);
  second = item_at (items, 1);
  g_assert_cmpstr (qz_plan_item_get_uuid (first), ==, qz_plan_item_get_uuid (own));
  g_assert_null (qz_plan_item_get_measure_id (first));
  g_assert_cmpstr (qz_plan_item_get_title (first), ==, "培训两名设备管理员");
  g_assert_cmpstr (qz_plan_item_get_owner (first), ==, "生产部 王经理");
  g_assert_cmpstr (qz_plan_item_get_detail (first), ==, "外派学习");
  g_assert_cmpstr (qz_plan_item_get_effect (first), ==, "自主维护");
  g_assert_cmpstr (qz_plan_item_get_start_date (first), ==, "2027-01-04");
  g_assert_cmpstr (qz_plan_item_get_due_date (first), ==, "2027-06-30");
  g_assert_cmpint (qz_plan_item_get_status (first), ==, QZ_PLAN_STATUS_UNDER_WAY);
  g_assert_cmpint (qz_plan_item_get_phase (first), ==, QZ_PLAN_PHASE_LONG);
  g_assert_cmpint (qz_plan_item_get_priority (first), ==, QZ_PLAN_PRIORITY_LOW);
  g_assert_cmpfloat (qz_plan_item_get_budget_min (first), ==, 2);
  g_assert_true (qz_plan_item_get_edited (first));
  g_assert_false (qz_plan_item_get_stale (first));
  g_assert_cmpstr (qz_plan_item_get_measure_id (second), ==, "firewall");
  g_assert_cmpstr (qz_plan_item_get_indicator_id (second), ==, "security");
  g_assert_cmpfloat (qz_plan_item_get_budget_max (second), ==, 10);
  g_assert_true (qz_plan_item_get_stale (second));
  g_assert_false (qz_plan_item_get_edited (second));
}

/* What cannot be stored is refused with a message, and nothing of a
 * refused plan is written: not even its valid items, nor the new order. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct { const char *property; const char *text; double min, max; int code; } bad[] = {
    { "title", "   ", NAN, NAN, QZ_INPUT_ERROR_INVALID },
    { "start-date", "2027-02-30", NAN, NAN, QZ_INPUT_ERROR_INVALID },
    { "due-date", "next spring", NAN, NAN, QZ_INPUT_ERROR_INVALID },
    { "due-date", "2026-01-01", NAN, NAN, QZ_INPUT_ERROR_OUT_OF_RANGE },   /* before the start */
    { NULL, NULL, 30, 10, QZ_INPUT_ERROR_OUT_OF_RANGE },
    { NULL, NULL, -5, 10, QZ_INPUT_ERROR_OUT_OF_RANGE },
    { NULL, NULL, NAN, 10, QZ_INPUT_ERROR_OUT_OF_RANGE },   /* a maximum alone */
  };
  g_autoptr(GListStore) plan = g_list_store_new (QZ_TYPE_PLAN_ITEM);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(QzPlanItem) item = qz_plan_item_new (NULL, NULL, NULL);

      g_object_set (item, "title", i == 0 ? "甲" : "乙", NULL);
      g_list_store_append (plan, item);
    }
  g_assert_true (qz_plan_store_save_all (fixture->plans, uuid_of (fixture), G_LIST_MODEL (plan), &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GListStore) attempt = g_list_store_new (QZ_TYPE_PLAN_ITEM);
      g_autoptr(QzPlanItem) good = qz_plan_item_new (NULL, NULL, NULL);
      g_autoptr(QzPlanItem) spoiled = qz_plan_item_new (NULL, NULL, NULL);
      g_autoptr(QzPlanItem) a = item_at (plan, 0);
      g_autoptr(QzPlanItem) b = item_at (plan, 1);
      g_autoptr(GListStore) stored = NULL;
      g_autoptr(QzPlanItem) first = NULL;

      g_object_set (good, "title", "丙", NULL);
      g_object_set (spoiled, "title", "丁", "start-date", "2026-12-01", NULL);
      if (bad[i].property != NULL)
        g_object_set (spoiled, bad[i].property, bad[i].text, NULL);
      else
        qz_plan_item_set_budget (spoiled, bad[i].min, bad[i].max);

      /* Alone, and in a reordered plan with a valid new item before it. */
      g_assert_false (qz_plan_store_save (fixture->plans, uuid_of (fixture), spoiled, 2, &error));
      g_assert_error (error, QZ_INPUT_ERROR, bad[i].code);
      g_clear_error (&error);
      g_list_store_append (attempt, b);
      g_list_store_append (attempt, a);
      g_list_store_append (attempt, good);
      g_list_store_append (attempt, spoiled);
      g_assert_false (qz_plan_store_save_all (fixture->plans, uuid_of (fixture), G_LIST_MODEL (attempt), &error));
      g_test_message ("%s", error->message);
      g_assert_error (error, QZ_INPUT_ERROR, bad[i].code);
      g_clear_error (&error);

      stored = load (fixture);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (stored)), ==, 2);
      first = item_at (stored, 0);
      g_assert_cmpstr (qz_plan_item_get_title (first), ==, "甲");
    }
}

/* A removed item is gone from the plan until Undo; a removed suggestion
 * is listed as dismissed, so a redraft does not bring it back. */
static void
test_remove_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanItem) item = qz_plan_item_new (NULL, "firewall", "security");
  g_autoptr(GListStore) after_remove = NULL;
  g_autoptr(GListStore) after_undo = NULL;
  g_auto(GStrv) dismissed = NULL;
  g_auto(GStrv) none = NULL;

  g_object_set (item, "title", "部署防火墙", NULL);
  g_assert_true (qz_plan_store_save (fixture->plans, uuid_of (fixture), item, 0, &error));
  g_assert_true (qz_plan_store_remove (fixture->plans, qz_plan_item_get_uuid (item), TRUE, &error));
  after_remove = load (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (after_remove)), ==, 0);
  dismissed = qz_plan_store_dup_dismissed (fixture->plans, uuid_of (fixture), &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (dismissed, ((const char *[]) { "firewall", NULL }));

  g_assert_true (qz_plan_store_remove (fixture->plans, qz_plan_item_get_uuid (item), FALSE, &error));
  after_undo = load (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (after_undo)), ==, 1);
  none = qz_plan_store_dup_dismissed (fixture->plans, uuid_of (fixture), &error);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

static gboolean
has_measure (GListModel *plan,
             const char *measure_id,
             gboolean    stale)
{
  for (guint i = 0; i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr(QzPlanItem) item = g_list_model_get_item (plan, i);

      if (g_strcmp0 (qz_plan_item_get_measure_id (item), measure_id) == 0)
        return qz_plan_item_get_stale (item) == stale;
    }

  return FALSE;
}

/* Redraft after the answers changed: the expert's own item and edited
 * item stay as they are, untouched suggestions follow the draft, ones no
 * longer proposed are marked stale (not removed), new ones are added, and
 * a dismissed one stays away. The plan survives a reload. */
static void
test_redraft (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDraft) first = draft_for (fixture,
    "{ \"networking\": 10, \"security\": [\"rules\"], \"roadmap\": \"no\", \"scheduling\": 0 }");
  g_autoptr(QzDraft) second = NULL;
  g_autoptr(GListStore) plan = g_list_store_new (QZ_TYPE_PLAN_ITEM);
  g_autoptr(QzPlanItem) own = qz_plan_item_new (NULL, NULL, NULL);
  g_autoptr(QzPlanItem) edited = NULL;
  g_autoptr(GListStore) reloaded = NULL;
  g_autoptr(QzPlanItem) reloaded_edited = NULL;
  g_auto(GStrv) dismissed = NULL;
  guint added, stale;

  qz_plan_merge_draft (plan, first, "2026-11-20", NULL, &added, &stale);
  g_assert_cmpuint (added, ==, 6);
  g_assert_cmpuint (stale, ==, 0);
  {
    g_autoptr(QzPlanItem) aps = item_at (plan, 0);

    /* aps-basic: months 0–6 from the visit. */
    g_assert_cmpstr (qz_plan_item_get_measure_id (aps), ==, "aps-basic");
    g_assert_cmpstr (qz_plan_item_get_start_date (aps), ==, "2026-11-20");
    g_assert_cmpstr (qz_plan_item_get_due_date (aps), ==, "2027-05-20");
    g_assert_cmpstr (qz_plan_item_get_title (aps), ==, "Schedule in software");
    g_assert_cmpfloat (qz_plan_item_get_budget_min (aps), ==, 10);
    g_assert_cmpfloat (qz_plan_item_get_budget_max (aps), ==, 30);
  }

  /* The expert renames run-roadmap (item 4), adds an item, removes
   * plant-wifi (item 5). */
  edited = item_at (plan, 4);
  g_assert_cmpstr (qz_plan_item_get_measure_id (edited), ==, "run-roadmap");
  g_object_set (edited, "title", "规划落地（总经理牵头）", "owner", "总经办", "edited", TRUE, NULL);
  g_object_set (own, "title", "申报数字化改造补助", "edited", TRUE, NULL);
  g_list_store_append (plan, own);
  g_assert_true (qz_plan_store_save_all (fixture->plans, uuid_of (fixture), G_LIST_MODEL (plan), &error));
  {
    g_autoptr(QzPlanItem) wifi = item_at (plan, 5);

    g_assert_cmpstr (qz_plan_item_get_measure_id (wifi), ==, "plant-wifi");
    g_assert_true (qz_plan_store_remove (fixture->plans, qz_plan_item_get_uuid (wifi), TRUE, &error));
    g_list_store_remove (plan, 5);
  }
  g_assert_no_error (error);

  /* The roadmap is now written and run, and the network at 40 %: the
   * roadmap measures and wire-plant are done; the draft now takes
   * aps-linked after aps-basic, then plant-wifi (dismissed), then the
   * firewall for the last points. */
  second = draft_for (fixture, "{ \"networking\": 40, \"security\": [\"rules\"], \"roadmap\": \"running\", \"scheduling\": 0 }");
  dismissed = qz_plan_store_dup_dismissed (fixture->plans, uuid_of (fixture), &error);
  qz_plan_merge_draft (plan, second, "2026-11-20", dismissed, &added, &stale);

  g_assert_true (has_measure (G_LIST_MODEL (plan), "aps-basic", FALSE));
  g_assert_true (has_measure (G_LIST_MODEL (plan), "aps-linked", FALSE));
  g_assert_true (has_measure (G_LIST_MODEL (plan), "wire-plant", TRUE));
  g_assert_true (has_measure (G_LIST_MODEL (plan), "write-roadmap", TRUE));
  /* Edited, and no longer proposed: kept as edited, marked stale. */
  g_assert_true (has_measure (G_LIST_MODEL (plan), "run-roadmap", TRUE));
  g_assert_cmpstr (qz_plan_item_get_title (edited), ==, "规划落地（总经理牵头）");
  g_assert_false (has_measure (G_LIST_MODEL (plan), "plant-wifi", FALSE));
  g_assert_false (has_measure (G_LIST_MODEL (plan), "plant-wifi", TRUE));
  g_assert_cmpuint (stale, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 6 + added);

  g_assert_true (qz_plan_store_save_all (fixture->plans, uuid_of (fixture), G_LIST_MODEL (plan), &error));
  g_assert_no_error (error);
  reloaded = load (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reloaded)), ==, 6 + added);
  reloaded_edited = item_at (reloaded, 4);
  g_assert_cmpstr (qz_plan_item_get_owner (reloaded_edited), ==, "总经办");
  g_assert_true (qz_plan_item_get_stale (reloaded_edited));
}

/* Texts read back as outside input: a title of 10 MB cut to 256 KiB, an
 * owner that is not UTF-8 made valid. */
static void
test_untrusted_texts (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanItem) own = qz_plan_item_new (NULL, NULL, NULL);
  g_autoptr(GListStore) items = NULL;
  g_autoptr(QzPlanItem) first = NULL;

  g_object_set (own, "title", "培训", NULL);
  g_assert_true (qz_plan_store_save (fixture->plans, uuid_of (fixture), own, 0, &error));
  g_assert_no_error (error);
  qz_test_sqlite_exec (fixture->data.path, "UPDATE plan_item SET title = printf('%.*c', 10000000, 'x'),"
                                           " owner = CAST(X'E78E8BFF' AS TEXT);");

  items = load (fixture);
  first = item_at (items, 0);
  g_assert_cmpuint (strlen (qz_plan_item_get_title (first)), ==, 256 * 1024);
  g_assert_true (g_utf8_validate (qz_plan_item_get_owner (first), -1, NULL));
  g_assert_true (g_str_has_prefix (qz_plan_item_get_owner (first), "王"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/qz/plan-store/round-trip", test_round_trip);
  ADD ("/qz/plan-store/refused", test_refused);
  ADD ("/qz/plan-store/remove-and-undo", test_remove_and_undo);
  ADD ("/qz/plan-store/redraft", test_redraft);
  ADD ("/qz/plan-store/untrusted-texts", test_untrusted_texts);
#undef ADD

  return g_test_run ();
}
