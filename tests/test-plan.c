/* test-plan.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include "qz-measure.h"
#include "qz-plan.h"
#include "qz-test-utils.h"

/* The plan's lifecycle, as the plan page drives it: a fresh draft kept
 * nowhere, kept whole at the first change, removals that Undo takes
 * back, redrafts that leave the expert's removals out. */

typedef struct
{
  QzTestSample  sample;
  QzPlanStore  *plans;
  QzPlan       *plan;
} Fixture;

static QzPlan *
open_plan (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  QzPlan *plan = qz_plan_open (fixture->plans, fixture->sample.assessment, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  qz_test_sample_set_up (&fixture->sample, NULL);
  fixture->plans = qz_plan_store_new (fixture->sample.database);
  fixture->plan = open_plan (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->plan);
  g_clear_object (&fixture->plans);
  qz_test_sample_tear_down (&fixture->sample, NULL);
}

static guint
n_items (QzPlan *plan)
{
  return g_list_model_get_n_items (qz_plan_get_items (plan));
}

static guint
n_stored (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) items = qz_plan_store_load (fixture->plans, qz_assessment_get_uuid (fixture->sample.assessment),
                                                    &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (items));
}

static char *
dup_title (QzPlan *plan,
           guint   position)
{
  g_autoptr(QzPlanItem) item = g_list_model_get_item (qz_plan_get_items (plan), position);

  return g_strdup (qz_plan_item_get_title (item));
}

static void
test_draft_until_changed (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanItem) first = g_list_model_get_item (qz_plan_get_items (fixture->plan), 0);
  g_autoptr(QzPlan) again = NULL;

  g_assert_cmpuint (n_items (fixture->plan), >, 2);
  g_assert_false (qz_plan_is_kept (fixture->plan));
  g_assert_nonnull (qz_plan_get_draft (fixture->plan));
  g_assert_cmpuint (n_stored (fixture), ==, 0);

  /* The first change keeps the whole plan, not just the item changed. */
  g_object_set (first, "owner", "生产部 王经理", NULL);
  g_assert_true (qz_plan_save_item (fixture->plan, first, &error));
  g_assert_no_error (error);
  g_assert_true (qz_plan_is_kept (fixture->plan));
  g_assert_cmpuint (n_stored (fixture), ==, n_items (fixture->plan));

  again = open_plan (fixture);
  g_assert_true (qz_plan_is_kept (again));
  {
    g_autoptr(QzPlanItem) stored = g_list_model_get_item (qz_plan_get_items (again), 0);

    g_assert_cmpstr (qz_plan_item_get_owner (stored), ==, "生产部 王经理");
  }
}

static void
test_remove_and_restore (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanItem) removed = NULL;
  g_autofree char *second = dup_title (fixture->plan, 1);
  guint before = n_items (fixture->plan);
  guint position = G_MAXUINT;

  removed = qz_plan_remove (fixture->plan, 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (removed);
  g_assert_cmpstr (qz_plan_item_get_title (removed), ==, second);
  g_assert_cmpuint (n_items (fixture->plan), ==, before - 1);
  /* Removing from a draft keeps it, so that the removal is remembered. */
  g_assert_true (qz_plan_is_kept (fixture->plan));
  g_assert_cmpuint (n_stored (fixture), ==, before - 1);

  /* Out of range, or not removed from this plan: nothing happens. */
  g_assert_null (qz_plan_remove (fixture->plan, 999, &error));
  g_assert_no_error (error);
  g_assert_false (qz_plan_restore (fixture->plan, "0d5a7a8e-5b1c-4f55-9b59-1f6f3c1a0000", NULL, &error));
  g_assert_no_error (error);

  g_assert_true (qz_plan_restore (fixture->plan, qz_plan_item_get_uuid (removed), &position, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (position, ==, 1);
  g_assert_cmpuint (n_items (fixture->plan), ==, before);
  g_assert_cmpuint (n_stored (fixture), ==, before);
  /* Undo works once. */
  g_assert_false (qz_plan_restore (fixture->plan, qz_plan_item_get_uuid (removed), NULL, &error));
}

static void
test_redraft_leaves_removals_out (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanItem) removed = NULL;
  guint before = n_items (fixture->plan);
  guint added = G_MAXUINT, stale = G_MAXUINT;

  removed = qz_plan_remove (fixture->plan, 0, &error);
  g_assert_no_error (error);
  g_assert_true (qz_plan_redraft (fixture->plan, &added, &stale, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (stale, ==, 0);
  g_assert_cmpuint (n_items (fixture->plan), ==, before - 1);

  for (guint i = 0; i < n_items (fixture->plan); i++)
    {
      g_autoptr(QzPlanItem) item = g_list_model_get_item (qz_plan_get_items (fixture->plan), i);

      g_assert_cmpstr (qz_plan_item_get_measure_id (item), !=, qz_plan_item_get_measure_id (removed));
    }
}

static void
test_add_and_move (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlan) again = NULL;
  g_autofree char *first = dup_title (fixture->plan, 0);
  g_autofree char *moved = NULL;
  guint position;

  position = qz_plan_add (fixture->plan, "MES 二期", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (position, ==, n_items (fixture->plan) - 1);
  g_assert_true (qz_plan_is_kept (fixture->plan));

  g_assert_true (qz_plan_move (fixture->plan, position, 0, &error));
  g_assert_no_error (error);

  again = open_plan (fixture);
  moved = dup_title (again, 0);
  g_assert_cmpstr (moved, ==, "MES 二期");
  g_free (moved);
  moved = dup_title (again, 1);
  g_assert_cmpstr (moved, ==, first);
  {
    g_autoptr(QzPlanItem) added = g_list_model_get_item (qz_plan_get_items (again), 0);

    g_assert_true (qz_plan_item_get_edited (added));
    g_assert_null (qz_plan_item_get_measure_id (added));
  }
}

static QzPlanItem *
item_at (QzPlan *plan,
         guint   position)
{
  return g_list_model_get_item (qz_plan_get_items (plan), position);
}

/* A follow-up carries the previous plan's measures with their status,
 * naming the items they continue; the fresh draft joins them. A measure
 * done stays done, and is not called stale when the draft, with its
 * effect in the answers, no longer proposes it. */
static void
test_follow_up_carries (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) follow_up = NULL;
  g_autoptr(QzPlan) plan = NULL;
  g_autoptr(QzPlan) again = NULL;
  g_autoptr(QzPlanItem) done = item_at (fixture->plan, 0);
  g_autoptr(QzPlanItem) going = item_at (fixture->plan, 1);
  g_autoptr(QzPlanItem) carried_done = NULL;
  g_autoptr(QzPlanItem) carried_going = NULL;
  g_autoptr(QzAnswer) reached = NULL;
  QzFramework *framework = qz_assessment_get_framework (fixture->sample.assessment);
  const QzMeasure *measure = qz_framework_find_measure (framework, qz_plan_item_get_measure_id (done));
  guint n = n_items (fixture->plan);

  g_object_set (done, "status", QZ_PLAN_STATUS_DONE, NULL);
  g_assert_true (qz_plan_save_item (fixture->plan, done, &error));
  g_object_set (going, "status", QZ_PLAN_STATUS_UNDER_WAY, "owner", "陈经理", "edited", TRUE, NULL);
  g_assert_true (qz_plan_save_item (fixture->plan, going, &error));

  follow_up = qz_assessment_store_create_follow_up (fixture->sample.store, fixture->sample.assessment,
                                                    "2027-05-20", &error);
  g_assert_no_error (error);
  plan = qz_plan_open (fixture->plans, follow_up, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (plan), >=, n);
  carried_done = item_at (plan, 0);
  carried_going = item_at (plan, 1);
  g_assert_cmpstr (qz_plan_item_get_carried_from (carried_done), ==, qz_plan_item_get_uuid (done));
  g_assert_cmpstr (qz_plan_item_get_uuid (carried_done), !=, qz_plan_item_get_uuid (done));
  g_assert_cmpint (qz_plan_item_get_status (carried_done), ==, QZ_PLAN_STATUS_DONE);
  g_assert_cmpstr (qz_plan_item_get_carried_from (carried_going), ==, qz_plan_item_get_uuid (going));
  g_assert_cmpint (qz_plan_item_get_status (carried_going), ==, QZ_PLAN_STATUS_UNDER_WAY);
  g_assert_cmpstr (qz_plan_item_get_owner (carried_going), ==, "陈经理");
  g_assert_cmpstr (qz_plan_item_get_title (carried_going), ==, qz_plan_item_get_title (going));
  g_assert_null (qz_plan_item_get_carried_from (item_at (fixture->plan, 0)));

  /* The done measure's effect is in the new answers: a redraft leaves it
   * done, carried and in force. */
  reached = qz_measure_apply (measure, qz_assessment_get_answer (follow_up, measure->indicator->id));
  g_assert_true (qz_assessment_store_save_answer (fixture->sample.store, follow_up, measure->indicator->id,
                                                  reached, &error));
  g_assert_true (qz_plan_redraft (plan, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (qz_plan_item_get_status (carried_done), ==, QZ_PLAN_STATUS_DONE);
  g_assert_false (qz_plan_item_get_stale (carried_done));

  again = qz_plan_open (fixture->plans, follow_up, &error);
  g_clear_object (&carried_done);
  carried_done = item_at (again, 0);
  g_assert_cmpstr (qz_plan_item_get_carried_from (carried_done), ==, qz_plan_item_get_uuid (done));
  g_assert_cmpint (qz_plan_item_get_status (carried_done), ==, QZ_PLAN_STATUS_DONE);
  g_assert_false (qz_plan_item_get_stale (carried_done));
}

static void
test_unreadable (void)
{
  QzTestSample sample;
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanStore) plans = NULL;
  g_autoptr(QzPlan) plan = NULL;

  qz_test_sample_set_up (&sample, NULL);
  plans = qz_plan_store_new (sample.database);
  qz_test_sqlite_exec (sample.data.path, "DROP TABLE plan_item");

  plan = qz_plan_open (plans, sample.assessment, &error);
  g_assert_null (plan);
  g_assert_nonnull (error);

  g_clear_object (&plans);
  qz_test_sample_tear_down (&sample, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/qz/plan/draft-until-changed", test_draft_until_changed);
  ADD ("/qz/plan/remove-and-restore", test_remove_and_restore);
  ADD ("/qz/plan/redraft-leaves-removals-out", test_redraft_leaves_removals_out);
  ADD ("/qz/plan/add-and-move", test_add_and_move);
  ADD ("/qz/plan/follow-up-carries", test_follow_up_carries);
#undef ADD
  g_test_add_func ("/qz/plan/unreadable", test_unreadable);

  return g_test_run ();
}
