/* test-conflict-view.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An answer changed differently on two laptops: the checklist row shows a
 * badge, its popover both values side by side, and taking theirs settles
 * it; the history names who changed what from which laptop.
 */

#include "qz-config.h"

#include <adwaita.h>
#include <string.h>

#include "qz-assessment-record.h"
#include "qz-checklist-page.h"
#include "qz-conflict-view.h"
#include "qz-exchange.h"
#include "qz-gtk-test-utils.h"
#include "qz-plan-store.h"
#include "qz-sample.h"
#include "qz-test-utils.h"

static void
set_note (QzAssessmentStore *store,
          QzAssessment      *assessment,
          const char        *id,
          const char        *note)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAnswer) answer = qz_answer_copy (qz_assessment_get_answer (assessment, id));

  g_free (answer->note);
  answer->note = g_strdup (note);
  g_assert_true (qz_assessment_store_save_answer (store, assessment, id, answer, &error));
  g_assert_no_error (error);
}

static gboolean
label_contains (GtkWidget *widget,
                gpointer   text)
{
  return strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
popover_filled (gpointer data)
{
  return gtk_popover_get_child (data) != NULL;
}

static void
test_conflict_view (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *file_a = g_build_filename (dir, "a.qizhen", NULL);
  g_autofree char *file_b = g_build_filename (dir, "b.qizhen", NULL);
  QzTestData data_a, data_b;
  g_autoptr(QzDatabase) a = NULL;
  g_autoptr(QzDatabase) b = NULL;
  g_autoptr(QzEnterpriseStore) enterprises = NULL;
  g_autoptr(QzAssessmentStore) store_a = NULL;
  g_autoptr(QzAssessmentStore) store_b = NULL;
  g_autoptr(QzAssessment) assessment_a = NULL;
  g_autoptr(QzAssessment) assessment_b = NULL;
  g_autoptr(QzExchangeSummary) first = NULL;
  g_autoptr(QzExchangeSummary) second = NULL;
  g_autoptr(GPtrArray) left = NULL;
  g_autofree char *uuid = NULL;
  QzChecklistPage *page;
  GtkWindow *window;
  GtkWidget *badge, *take;
  GtkPopover *popover;
  const char *id;

  qz_test_data_set_up (&data_a, NULL);
  qz_test_data_set_up (&data_b, NULL);
  a = qz_database_open (data_a.path, &error);
  b = qz_database_open (data_b.path, &error);
  g_assert_no_error (error);
  qz_database_set_author (a, "李工");
  qz_database_set_author (b, "王工");
  enterprises = qz_enterprise_store_new (a, &error);
  store_a = qz_assessment_store_new (a);
  store_b = qz_assessment_store_new (b);
  uuid = qz_sample_load (enterprises, store_a, &error);
  g_assert_no_error (error);
  g_assert_true (qz_exchange_export (a, NULL, file_a, &error));
  first = qz_exchange_import (b, file_a, FALSE, &error);
  g_assert_no_error (error);

  assessment_a = qz_assessment_store_load (store_a, uuid, &error);
  assessment_b = qz_assessment_store_load (store_b, uuid, &error);
  g_assert_true (qz_assessment_store_reopen (store_a, assessment_a, "", &error));
  g_assert_true (qz_assessment_store_reopen (store_b, assessment_b, "", &error));
  id = ((QzIndicator *) g_ptr_array_index (qz_framework_get_indicators (qz_assessment_get_framework (assessment_a)),
                                           2))->id;
  set_note (store_a, assessment_a, id, "李工：仅覆盖总装线");
  set_note (store_b, assessment_b, id, "王工：覆盖两条线");
  g_assert_true (qz_exchange_export (a, NULL, file_a, &error));
  second = qz_exchange_import (b, file_a, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (second->conflicts, ==, 1);

  page = g_object_new (QZ_TYPE_CHECKLIST_PAGE, NULL);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1000, 700);
  gtk_window_set_child (window, GTK_WIDGET (page));
  qz_checklist_page_set_assessment (page, store_b, assessment_b);
  gtk_window_present (window);

  /* One badge, on the answer in conflict. */
  badge = qz_test_find_by_label (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON,
                                 "Answer changed differently elsewhere: choose which to keep");
  gtk_menu_button_popup (GTK_MENU_BUTTON (badge));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (badge));
  qz_test_wait_until (popover_filled, popover, 5000);
  /* Mine and theirs side by side, and theirs named. */
  g_assert_nonnull (qz_test_find (GTK_WIDGET (popover), GTK_TYPE_LABEL, label_contains, "王工：覆盖两条线"));
  g_assert_nonnull (qz_test_find (GTK_WIDGET (popover), GTK_TYPE_LABEL, label_contains, "李工：仅覆盖总装线"));
  g_assert_nonnull (qz_test_find (GTK_WIDGET (popover), GTK_TYPE_LABEL, label_contains, "Theirs (李工"));
  g_assert_nonnull (qz_test_find (GTK_WIDGET (popover), GTK_TYPE_LABEL, label_contains, "by 王工"));

  /* Theirs taken: the row, the page's assessment and the database hold it. */
  take = qz_test_find_by_label (GTK_WIDGET (popover), GTK_TYPE_BUTTON, "Take Theirs");
  g_signal_emit_by_name (take, "clicked");
  g_assert_cmpstr (qz_assessment_get_answer (assessment_b, id)->note, ==, "李工：仅覆盖总装线");
  left = qz_exchange_list_conflicts (b, NULL, &error);
  g_assert_cmpuint (left->len, ==, 0);
  g_assert_true (qz_test_has_label (badge, "History of this answer"));
  /* The history names the other laptop's author. */
  g_assert_cmpint (qz_test_sqlite_count (data_b.path, "SELECT count(*) FROM change JOIN peer USING (origin)"
                                                      " WHERE peer.author = '李工'"), >, 0);

  gtk_window_destroy (window);
  qz_test_data_tear_down (&data_a, NULL);
  qz_test_data_tear_down (&data_b, NULL);
  qz_test_remove_tree (dir);
}

/* The window of every conflict: a plan measure removed on one laptop and
 * edited on the other, settled there. */
static void
test_conflict_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "a.qizhen", NULL);
  QzTestData data_a, data_b;
  g_autoptr(QzDatabase) a = NULL;
  g_autoptr(QzDatabase) b = NULL;
  g_autoptr(QzEnterpriseStore) enterprises = NULL;
  g_autoptr(QzAssessmentStore) store_a = NULL;
  g_autoptr(QzAssessmentStore) store_b = NULL;
  g_autoptr(QzPlanStore) plans_a = NULL;
  g_autoptr(QzPlanStore) plans_b = NULL;
  g_autoptr(QzPlanItem) item = qz_plan_item_new (NULL, NULL, NULL);
  g_autoptr(QzExchangeSummary) first = NULL;
  g_autoptr(QzExchangeSummary) second = NULL;
  g_autoptr(GPtrArray) left = NULL;
  g_autofree char *uuid = NULL;
  QzConflictView *view;
  GtkWidget *take;

  qz_test_data_set_up (&data_a, NULL);
  qz_test_data_set_up (&data_b, NULL);
  a = qz_database_open (data_a.path, &error);
  b = qz_database_open (data_b.path, &error);
  g_assert_no_error (error);
  qz_database_set_author (a, "李工");
  enterprises = qz_enterprise_store_new (a, &error);
  store_a = qz_assessment_store_new (a);
  plans_a = qz_plan_store_new (a);
  plans_b = qz_plan_store_new (b);
  uuid = qz_sample_load (enterprises, store_a, &error);
  g_object_set (item, "title", "部署防火墙", NULL);
  g_assert_true (qz_plan_store_save (plans_a, uuid, item, 0, &error));
  g_assert_true (qz_exchange_export (a, NULL, file, &error));
  first = qz_exchange_import (b, file, FALSE, &error);
  g_assert_no_error (error);

  g_assert_true (qz_plan_store_remove (plans_a, qz_plan_item_get_uuid (item), TRUE, &error));
  g_object_set (item, "owner", "信息部", NULL);
  g_assert_true (qz_plan_store_save (plans_b, uuid, item, 0, &error));
  g_assert_true (qz_exchange_export (a, NULL, file, &error));
  second = qz_exchange_import (b, file, FALSE, &error);
  g_assert_cmpuint (second->conflicts, ==, 1);

  store_b = qz_assessment_store_new (b);
  view = qz_conflict_view_new (NULL, store_b);
  gtk_window_present (GTK_WINDOW (view));
  g_assert_nonnull (qz_test_find (GTK_WIDGET (view), GTK_TYPE_LABEL, label_contains, "Plan measure"));
  g_assert_nonnull (qz_test_find (GTK_WIDGET (view), GTK_TYPE_LABEL, label_contains, "Theirs (李工"));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (
    qz_test_find (GTK_WIDGET (view), GTK_TYPE_LABEL, label_contains, "No Conflicts"), ADW_TYPE_STATUS_PAGE)));
  take = qz_test_find_by_label (GTK_WIDGET (view), GTK_TYPE_BUTTON, "Take Theirs");
  g_signal_emit_by_name (take, "clicked");

  /* Theirs was the removal: taken, the measure is removed here too. */
  left = qz_exchange_list_conflicts (b, NULL, &error);
  g_assert_cmpuint (left->len, ==, 0);
  g_assert_cmpint (qz_test_sqlite_count (data_b.path, "SELECT count(*) FROM plan_item WHERE deleted IS NOT NULL"),
                   ==, 1);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (
    qz_test_find (GTK_WIDGET (view), GTK_TYPE_LABEL, label_contains, "No Conflicts"), ADW_TYPE_STATUS_PAGE)));

  gtk_window_destroy (GTK_WINDOW (view));
  qz_test_data_tear_down (&data_a, NULL);
  qz_test_data_tear_down (&data_b, NULL);
  qz_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/conflict-view/take-theirs", test_conflict_view);
  g_test_add_func ("/conflict-view/window", test_conflict_window);

  return g_test_run ();
}
