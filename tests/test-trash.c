/* test-trash.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include "qz-database-private.h"
#include "qz-plan.h"
#include "qz-test-utils.h"
#include "qz-trash.h"

typedef struct
{
  QzTestSample  sample;
  QzTrash      *trash;
  QzPlanStore  *plans;
  QzEnterprise *enterprise;     /* the sample's */
  QzAssessment *second;         /* a second visit of the sample enterprise */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  qz_test_sample_set_up (&fixture->sample, NULL);
  fixture->trash = qz_trash_new (fixture->sample.enterprises);
  fixture->plans = qz_plan_store_new (fixture->sample.database);
  fixture->enterprise = g_object_ref (qz_enterprise_store_find (fixture->sample.enterprises,
                                                                qz_assessment_get_enterprise_uuid (fixture->sample.assessment),
                                                                NULL));
  g_assert_nonnull (fixture->enterprise);
  fixture->second = qz_assessment_store_create (fixture->sample.store, fixture->enterprise,
                                                qz_assessment_get_framework (fixture->sample.assessment),
                                                "2027-03-01", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->second);
  g_clear_object (&fixture->enterprise);
  g_clear_object (&fixture->plans);
  g_clear_object (&fixture->trash);
  qz_test_sample_tear_down (&fixture->sample, NULL);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (fixture->sample.database, sql, &error);
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  g_assert_true (qz_database_step (fixture->sample.database, stmt, &has_row, &error));
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

static const char *
indicator_id (Fixture *fixture,
              guint    index)
{
  GPtrArray *indicators = qz_framework_get_indicators (qz_assessment_get_framework (fixture->sample.assessment));

  return ((QzIndicator *) g_ptr_array_index (indicators, index))->id;
}

static QzEvidence *
add_photo (Fixture      *fixture,
           QzAssessment *assessment,
           guint         indicator,
           guint         seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) jpeg = qz_test_photo_jpeg (seed);
  g_autoptr(QzPhoto) photo = qz_photo_new_from_bytes (jpeg, &error);
  QzEvidence *evidence;

  g_assert_no_error (error);
  evidence = qz_evidence_store_add_photo (qz_assessment_store_get_evidence (fixture->sample.store),
                                          assessment, indicator_id (fixture, indicator), photo, &error);
  g_assert_no_error (error);
  return evidence;
}

static void
remove_photo (Fixture    *fixture,
              QzEvidence *evidence)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (qz_evidence_store_remove (qz_assessment_store_get_evidence (fixture->sample.store),
                                           evidence->uuid, TRUE, &error));
  g_assert_no_error (error);
}

/* Keeps the sample's drafted plan and removes its first measure. */
static QzPlanItem *
remove_measure (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlan) plan = qz_plan_open (fixture->plans, fixture->sample.assessment, &error);
  QzPlanItem *item;

  g_assert_no_error (error);
  g_assert_true (qz_plan_keep (plan, &error));
  item = qz_plan_remove (plan, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (qz_plan_item_get_measure_id (item));
  return item;
}

static GPtrArray *
list (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items = qz_trash_list (fixture->trash, &error);

  g_assert_no_error (error);
  return items;
}

static guint
n_assessments (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = qz_assessment_store_list (fixture->sample.store, NULL, &error);

  g_assert_no_error (error);
  return all->len;
}

static void
restore (Fixture         *fixture,
         QzTrashKind      kind,
         const char      *uuid,
         QzTrashRestored  expected)
{
  g_autoptr(GError) error = NULL;
  QzTrashRestored restored = 99;

  g_assert_true (qz_trash_restore (fixture->trash, kind, uuid, &restored, &error));
  g_assert_no_error (error);
  g_assert_cmpint (restored, ==, expected);
}

/* Each kind is listed with what it was and belonged to, latest first,
 * and comes back where it was. */
static void
test_list_and_restore (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzEvidence) photo = add_photo (fixture, fixture->sample.assessment, 0, 1);
  g_autoptr(QzPlanItem) measure = remove_measure (fixture);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) photos = NULL;
  g_autoptr(GListStore) plan = NULL;
  g_autofree char *enterprise_uuid = g_strdup (qz_enterprise_get_uuid (fixture->enterprise));
  const char *framework = qz_text_get (qz_framework_get_title (qz_assessment_get_framework (fixture->second)));
  QzTrashItem *item;

  qz_evidence_store_set_caption (qz_assessment_store_get_evidence (fixture->sample.store),
                                 photo->uuid, "车间看板", &error);
  remove_photo (fixture, photo);
  g_assert_true (qz_trash_delete_assessment (fixture->trash, qz_assessment_get_uuid (fixture->second), &error));
  g_assert_no_error (error);
  g_assert_true (qz_enterprise_store_delete (fixture->sample.enterprises, fixture->enterprise, &error));
  g_assert_cmpuint (n_assessments (fixture), ==, 0);

  items = list (fixture);
  g_assert_cmpuint (items->len, ==, 4);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpint (item->kind, ==, QZ_TRASH_ENTERPRISE);
  g_assert_cmpstr (item->uuid, ==, enterprise_uuid);
  g_assert_cmpstr (item->title, ==, qz_enterprise_get_name (fixture->enterprise));
  g_assert_null (item->enterprise);

  item = g_ptr_array_index (items, 1);
  g_assert_cmpint (item->kind, ==, QZ_TRASH_ASSESSMENT);
  g_assert_cmpstr (item->uuid, ==, qz_assessment_get_uuid (fixture->second));
  g_assert_cmpstr (item->enterprise, ==, qz_enterprise_get_name (fixture->enterprise));
  g_assert_true (item->enterprise_deleted);
  g_assert_cmpstr (item->framework, ==, framework);
  g_assert_cmpstr (item->visit_date, ==, "2027-03-01");

  /* The photo was removed after the measure. */
  item = g_ptr_array_index (items, 2);
  g_assert_cmpint (item->kind, ==, QZ_TRASH_PHOTO);
  g_assert_cmpstr (item->title, ==, "车间看板");
  g_assert_cmpstr (item->sha256, ==, photo->sha256);
  g_assert_nonnull (item->indicator);

  item = g_ptr_array_index (items, 3);
  g_assert_cmpint (item->kind, ==, QZ_TRASH_PLAN_ITEM);
  g_assert_cmpstr (item->title, ==, qz_plan_item_get_title (measure));
  g_assert_cmpstr (item->visit_date, ==, qz_assessment_get_visit_date (fixture->sample.assessment));
  g_assert_false (item->assessment_deleted);
  g_assert_cmpint (item->deleted, <=, ((QzTrashItem *) g_ptr_array_index (items, 2))->deleted);

  /* Each comes back where it was. */
  restore (fixture, QZ_TRASH_ENTERPRISE, enterprise_uuid, QZ_TRASH_RESTORED_ITEM);
  /* Deleted in this session, the same object comes back, edits and all. */
  g_assert_true (qz_enterprise_store_find (fixture->sample.enterprises, enterprise_uuid, NULL) == fixture->enterprise);
  g_assert_cmpuint (n_assessments (fixture), ==, 1);
  restore (fixture, QZ_TRASH_ASSESSMENT, qz_assessment_get_uuid (fixture->second), QZ_TRASH_RESTORED_ITEM);
  g_assert_cmpuint (n_assessments (fixture), ==, 2);
  restore (fixture, QZ_TRASH_PLAN_ITEM, qz_plan_item_get_uuid (measure), QZ_TRASH_RESTORED_ITEM);
  plan = qz_plan_store_load (fixture->plans, qz_assessment_get_uuid (fixture->sample.assessment), &error);
  g_assert_cmpstr (qz_plan_item_get_uuid (g_list_model_get_item (G_LIST_MODEL (plan), 0)), ==,
                   qz_plan_item_get_uuid (measure));
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (plan), 0));
  restore (fixture, QZ_TRASH_PHOTO, photo->uuid, QZ_TRASH_RESTORED_ITEM);
  photos = qz_evidence_store_list (qz_assessment_store_get_evidence (fixture->sample.store),
                                   fixture->sample.assessment, NULL, &error);
  g_assert_cmpuint (photos->len, ==, 1);

  g_clear_pointer (&items, g_ptr_array_unref);
  items = list (fixture);
  g_assert_cmpuint (items->len, ==, 0);

  /* Restored once, it cannot be restored again. */
  g_assert_false (qz_trash_restore (fixture->trash, QZ_TRASH_PHOTO, photo->uuid, NULL, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND);
}

/* A photo restored from a deleted assessment of a deleted enterprise
 * brings both back, in one go. */
static void
test_restore_brings_back_parents (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzEvidence) photo = add_photo (fixture, fixture->second, 2, 5);
  g_autoptr(QzAssessment) loaded = NULL;
  const char *enterprise_uuid = qz_assessment_get_enterprise_uuid (fixture->second);

  remove_photo (fixture, photo);
  g_assert_true (qz_trash_delete_assessment (fixture->trash, qz_assessment_get_uuid (fixture->second), &error));
  g_assert_true (qz_enterprise_store_delete (fixture->sample.enterprises, fixture->enterprise, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->sample.enterprises)), ==, 0);

  restore (fixture, QZ_TRASH_PHOTO, photo->uuid, QZ_TRASH_RESTORED_ASSESSMENT | QZ_TRASH_RESTORED_ENTERPRISE);
  g_assert_nonnull (qz_enterprise_store_find (fixture->sample.enterprises, enterprise_uuid, NULL));
  loaded = qz_assessment_store_load (fixture->sample.store, qz_assessment_get_uuid (fixture->second), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_assessments (fixture), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evidence WHERE deleted IS NULL"), ==, 1);
}

/* Deleted in an earlier session, an enterprise is read back from the
 * database when restored. */
static void
test_restore_in_later_session (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzEnterpriseStore) later = NULL;
  g_autoptr(QzTrash) trash = NULL;
  g_autofree char *uuid = g_strdup (qz_enterprise_get_uuid (fixture->enterprise));
  QzEnterprise *restored;

  g_assert_true (qz_enterprise_store_delete (fixture->sample.enterprises, fixture->enterprise, &error));
  later = qz_enterprise_store_new (fixture->sample.database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (later)), ==, 0);
  trash = qz_trash_new (later);
  g_assert_true (qz_trash_restore (trash, QZ_TRASH_ENTERPRISE, uuid, NULL, &error));
  g_assert_no_error (error);
  restored = qz_enterprise_store_find (later, uuid, NULL);
  g_assert_nonnull (restored);
  g_assert_cmpstr (qz_enterprise_get_name (restored), ==, qz_enterprise_get_name (fixture->enterprise));
  g_assert_cmpstr (qz_enterprise_get_text (restored, QZ_ENTERPRISE_USCC), ==,
                   qz_enterprise_get_text (fixture->enterprise, QZ_ENTERPRISE_USCC));
  g_assert_true (qz_enterprise_matches (restored, (const char * const[]) { "示例", NULL }));
}

/* While another program holds the database, nothing is restored or
 * purged, and the list of enterprises stays as it is. */
static void
test_locked_database (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *uuid = g_strdup (qz_enterprise_get_uuid (fixture->enterprise));
  sqlite3 *blocker = NULL;

  g_assert_true (qz_enterprise_store_delete (fixture->sample.enterprises, fixture->enterprise, &error));
  g_assert_cmpint (sqlite3_open (fixture->sample.data.path, &blocker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (blocker, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (qz_trash_restore (fixture->trash, QZ_TRASH_ENTERPRISE, uuid, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->sample.enterprises)), ==, 0);
  g_assert_false (qz_trash_purge (fixture->trash, g_get_real_time () + 31 * G_TIME_SPAN_DAY, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_exec (blocker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (blocker);
  items = list (fixture);
  g_assert_cmpuint (items->len, ==, 1);
  restore (fixture, QZ_TRASH_ENTERPRISE, uuid, QZ_TRASH_RESTORED_ITEM);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->sample.enterprises)), ==, 1);
}

/* An enterprise deleted for good takes everything of its own along; an
 * image another enterprise still shows stays. */
static void
test_forget_enterprise (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzEvidence) own = add_photo (fixture, fixture->sample.assessment, 0, 11);
  g_autoptr(QzEvidence) shared = add_photo (fixture, fixture->second, 1, 12);
  g_autoptr(QzEvidence) elsewhere = NULL;
  g_autoptr(QzPlanItem) measure = remove_measure (fixture);
  g_autoptr(QzAssessment) other_visit = NULL;
  QzEnterprise *other;
  g_autofree char *uuid = g_strdup (qz_enterprise_get_uuid (fixture->enterprise));
  g_autoptr(GPtrArray) items = NULL;

  other = qz_enterprise_store_create (fixture->sample.enterprises, "瑞安汽配", &error);
  other_visit = qz_assessment_store_create (fixture->sample.store, other,
                                            qz_assessment_get_framework (fixture->sample.assessment),
                                            "2026-12-01", &error);
  g_assert_no_error (error);
  elsewhere = add_photo (fixture, other_visit, 0, 12);
  g_assert_cmpstr (elsewhere->sha256, ==, shared->sha256);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM photo"), ==, 2);

  /* Not deleted: not deleted for good either. */
  g_assert_false (qz_trash_forget (fixture->trash, QZ_TRASH_ENTERPRISE, uuid, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (qz_enterprise_store_delete (fixture->sample.enterprises, fixture->enterprise, &error));
  g_assert_true (qz_trash_forget (fixture->trash, QZ_TRASH_ENTERPRISE, uuid, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM enterprise"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM assessment"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM answer WHERE assessment NOT IN (SELECT id FROM assessment)"),
                   ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_item"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM contact WHERE enterprise NOT IN (SELECT id FROM enterprise)"),
                   ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evidence"), ==, 1);
  /* The image only it showed is gone; the shared one stays. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM photo"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM photo WHERE sha256 = (SELECT photo FROM evidence)"), ==, 1);

  items = list (fixture);
  g_assert_cmpuint (items->len, ==, 0);
}

/* A photo deleted for good leaves the image while another answer shows
 * it; a drafted measure deleted for good stays out of redrafts. */
static void
test_forget_photo_and_measure (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzEvidence) first = add_photo (fixture, fixture->sample.assessment, 0, 21);
  g_autoptr(QzEvidence) second = add_photo (fixture, fixture->sample.assessment, 1, 21);
  g_autoptr(QzPlanItem) measure = remove_measure (fixture);
  g_auto(GStrv) dismissed = NULL;
  g_autoptr(GPtrArray) items = NULL;

  remove_photo (fixture, first);
  g_assert_true (qz_trash_forget (fixture->trash, QZ_TRASH_PHOTO, first->uuid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM photo"), ==, 1);

  remove_photo (fixture, second);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM photo"), ==, 1);
  g_assert_true (qz_trash_forget (fixture->trash, QZ_TRASH_PHOTO, second->uuid, &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM photo"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evidence"), ==, 0);

  g_assert_true (qz_trash_forget (fixture->trash, QZ_TRASH_PLAN_ITEM, qz_plan_item_get_uuid (measure), &error));
  g_assert_no_error (error);
  items = list (fixture);
  g_assert_cmpuint (items->len, ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_item WHERE position < 0"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_item WHERE position < 0"
                                   " AND (detail <> '' OR effect <> '' OR owner <> '')"), ==, 0);
  dismissed = qz_plan_store_dup_dismissed (fixture->plans, qz_assessment_get_uuid (fixture->sample.assessment), &error);
  g_assert_true (g_strv_contains ((const char * const *) dismissed, qz_plan_item_get_measure_id (measure)));

  /* Gone for good, it cannot be restored. */
  g_assert_false (qz_trash_restore (fixture->trash, QZ_TRASH_PLAN_ITEM, qz_plan_item_get_uuid (measure), NULL, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND);
}

/* What waited more than 30 days is purged, in one go, images no longer
 * shown with it; what is younger, or shown elsewhere, stays. */
static void
test_purge_after_30_days (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzEvidence) old_photo = add_photo (fixture, fixture->sample.assessment, 0, 31);
  g_autoptr(QzEvidence) kept_photo = add_photo (fixture, fixture->sample.assessment, 1, 31);
  g_autoptr(QzEvidence) lone_photo = add_photo (fixture, fixture->sample.assessment, 2, 32);
  g_autoptr(QzPlanItem) measure = remove_measure (fixture);
  g_autoptr(GPtrArray) items = NULL;
  gint64 now = g_get_real_time ();
  guint n_purged = 99;

  remove_photo (fixture, old_photo);
  remove_photo (fixture, lone_photo);
  g_assert_true (qz_trash_delete_assessment (fixture->trash, qz_assessment_get_uuid (fixture->second), &error));

  /* Deleted a moment ago: nothing is purged, nor 29 days on. */
  g_assert_true (qz_trash_purge (fixture->trash, now, &n_purged, &error));
  g_assert_cmpuint (n_purged, ==, 0);
  g_assert_true (qz_trash_purge (fixture->trash, now + 29 * G_TIME_SPAN_DAY, &n_purged, &error));
  g_assert_cmpuint (n_purged, ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM photo"), ==, 2);

  /* Made 31 days old: the two photos and the measure go, not the assessment. */
  {
    g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (fixture->sample.database,
                                                        "UPDATE evidence SET deleted = deleted - ?1 WHERE deleted IS NOT NULL;",
                                                        &error);
    g_autoptr(sqlite3_stmt) plan = qz_database_prepare (fixture->sample.database,
                                                        "UPDATE plan_item SET deleted = deleted - ?1 WHERE deleted IS NOT NULL;",
                                                        &error);

    sqlite3_bind_int64 (stmt, 1, 31 * G_TIME_SPAN_DAY);
    sqlite3_bind_int64 (plan, 1, 31 * G_TIME_SPAN_DAY);
    g_assert_true (qz_database_step (fixture->sample.database, stmt, NULL, &error));
    g_assert_true (qz_database_step (fixture->sample.database, plan, NULL, &error));
  }
  g_assert_true (qz_trash_purge (fixture->trash, now, &n_purged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_purged, ==, 3);
  items = list (fixture);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpint (((QzTrashItem *) g_ptr_array_index (items, 0))->kind, ==, QZ_TRASH_ASSESSMENT);
  /* The image a kept photo shows stays; the lone one's is gone. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM photo"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evidence"), ==, 1);

  /* 31 days on, the assessment goes too. */
  g_assert_true (qz_trash_purge (fixture->trash, now + 31 * G_TIME_SPAN_DAY, &n_purged, &error));
  g_assert_cmpuint (n_purged, ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM assessment"), ==, 1);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = list (fixture);
  g_assert_cmpuint (items->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/qz/trash/list-and-restore", test_list_and_restore);
  ADD ("/qz/trash/restore-brings-back-parents", test_restore_brings_back_parents);
  ADD ("/qz/trash/restore-in-later-session", test_restore_in_later_session);
  ADD ("/qz/trash/locked-database", test_locked_database);
  ADD ("/qz/trash/forget-enterprise", test_forget_enterprise);
  ADD ("/qz/trash/forget-photo-and-measure", test_forget_photo_and_measure);
  ADD ("/qz/trash/purge-after-30-days", test_purge_after_30_days);

#undef ADD

  return g_test_run ();
}
