/* test-assessment-store.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <math.h>
#include <string.h>

#include "qz-assessment-record.h"
#include "qz-assessment-store.h"
#include "qz-enterprise-store.h"
#include "qz-framework-loader.h"
#include "qz-test-utils.h"
#include "qz-database-private.h"

typedef struct
{
  QzTestData          data;
  QzDatabase         *database;
  QzEnterpriseStore  *enterprises;
  QzAssessmentStore  *store;
  QzFramework        *miit;
  QzEnterprise       *enterprise;
} Fixture;

static void
open_stores (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&fixture->store);
  g_clear_object (&fixture->enterprises);
  g_clear_object (&fixture->database);
  fixture->database = qz_database_open (fixture->data.path, &error);
  g_assert_no_error (error);
  fixture->enterprises = qz_enterprise_store_new (fixture->database, &error);
  g_assert_no_error (error);
  fixture->store = qz_assessment_store_new (fixture->database);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) builtin = qz_framework_load_builtin (&error);

  g_assert_no_error (error);
  for (guint i = 0; i < builtin->len; i++)
    {
      if (g_str_equal (qz_framework_get_id (g_ptr_array_index (builtin, i)), "miit-sme-digital"))
        fixture->miit = g_object_ref (g_ptr_array_index (builtin, i));
    }
  g_assert_nonnull (fixture->miit);

  qz_test_data_set_up (&fixture->data, NULL);
  open_stores (fixture);
  fixture->enterprise = g_object_ref (qz_enterprise_store_create (fixture->enterprises, "瑞安汽配", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->enterprises);
  g_clear_object (&fixture->database);
  g_clear_object (&fixture->miit);
  g_clear_object (&fixture->enterprise);
  qz_test_data_tear_down (&fixture->data, NULL);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (fixture->database, sql, &error);
  gboolean has_row;

  g_assert_no_error (error);
  g_assert_true (qz_database_step (fixture->database, stmt, &has_row, &error));
  return sqlite3_column_int64 (stmt, 0);
}

static QzAnswer *
choice (const char *option)
{
  QzAnswer *answer = qz_answer_new ();

  answer->options = g_new0 (char *, 2);
  answer->options[0] = g_strdup (option);
  return answer;
}

static const QzIndicator *
first_of_kind (QzFramework     *framework,
               QzIndicatorKind  kind)
{
  GPtrArray *indicators = qz_framework_get_indicators (framework);

  for (guint i = 0; i < indicators->len; i++)
    {
      QzIndicator *indicator = g_ptr_array_index (indicators, i);

      if (indicator->kind == kind)
        return indicator;
    }

  g_assert_not_reached ();
}

static void
test_create_answer_reopen (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) assessment = NULL;
  g_autoptr(QzAnswer) answer = NULL;
  g_autofree char *uuid = NULL;
  const QzIndicator *single = first_of_kind (fixture->miit, QZ_INDICATOR_SINGLE);
  const QzIndicator *figure = first_of_kind (fixture->miit, QZ_INDICATOR_FIGURE);
  const QzOption *best = g_ptr_array_index (single->options, single->options->len - 1);
  const QzAnswer *stored;
  guint changes = 0;

  assessment = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit, "2026-11-20", &error);
  g_assert_no_error (error);
  uuid = g_strdup (qz_assessment_get_uuid (assessment));
  g_assert_cmpstr (qz_assessment_get_enterprise_uuid (assessment), ==, qz_enterprise_get_uuid (fixture->enterprise));
  g_assert_cmpstr (qz_assessment_get_visit_date (assessment), ==, "2026-11-20");
  g_assert_cmpint (qz_assessment_get_status (assessment), ==, QZ_ASSESSMENT_DRAFT);
  g_assert_cmpuint (qz_assessment_count_answered (assessment), ==, 0);
  g_signal_connect_swapped (assessment, "answer-changed", G_CALLBACK (g_atomic_int_inc), &changes);

  answer = choice (best->id);
  answer->note = g_strdup ("ERP 已上线两年");
  answer->flagged = TRUE;
  g_assert_true (qz_assessment_store_save_answer (fixture->store, assessment, single->id, answer, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_clear_pointer (&answer, qz_answer_free);

  answer = qz_answer_new ();
  answer->numerator = 30;
  answer->denominator = 150;
  g_assert_true (qz_assessment_store_save_answer (fixture->store, assessment, figure->id, answer, &error));
  g_assert_cmpuint (qz_assessment_count_answered (assessment), ==, 2);

  qz_assessment_set_assessors (assessment, "陈工, 李工");
  qz_assessment_set_target_level (assessment, "l3");
  g_assert_true (qz_assessment_store_save (fixture->store, assessment, &error));
  g_clear_object (&assessment);

  /* Everything comes back after reopening, with the framework from the
   * database, byte for byte the one filled in. */
  open_stores (fixture);
  assessment = qz_assessment_store_load (fixture->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (qz_framework_get_source (qz_assessment_get_framework (assessment)),
                                qz_framework_get_source (fixture->miit)));
  g_assert_cmpstr (qz_assessment_get_assessors (assessment), ==, "陈工, 李工");
  g_assert_cmpstr (qz_assessment_get_target_level (assessment), ==, "l3");
  stored = qz_assessment_get_answer (assessment, single->id);
  g_assert_nonnull (stored);
  g_assert_cmpstr (stored->options[0], ==, best->id);
  g_assert_cmpstr (stored->note, ==, "ERP 已上线两年");
  g_assert_true (stored->flagged);
  stored = qz_assessment_get_answer (assessment, figure->id);
  g_assert_cmpfloat (stored->numerator, ==, 30);
  g_assert_true (isnan (stored->value));
  g_assert_cmpuint (qz_assessment_count_answered (assessment), ==, 2);

  {
    g_autoptr(QzResult) result = qz_assessment_score (assessment);
    g_assert_true (result->provisional);
    g_assert_cmpfloat (qz_result_get_node (result, single->id)->points, ==, single->points);
  }

  /* The framework is stored once, however many assessments use it. */
  g_clear_object (&assessment);
  assessment = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit, "2026-12-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM framework"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM assessment"), ==, 2);
}

static void
test_bad_answers_refused (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) assessment = NULL;
  const QzIndicator *single = first_of_kind (fixture->miit, QZ_INDICATOR_SINGLE);
  const QzIndicator *multiple = first_of_kind (fixture->miit, QZ_INDICATOR_MULTIPLE);
  const QzIndicator *figure = first_of_kind (fixture->miit, QZ_INDICATOR_FIGURE);
  const QzIndicator *scenario = first_of_kind (fixture->miit, QZ_INDICATOR_SCENARIO);
  struct { const char *indicator; QzAnswer *answer; } bad[6];

  assessment = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit, "2026-11-20", &error);
  g_assert_no_error (error);

  bad[0].indicator = "no-such-indicator";
  bad[0].answer = choice ("x");
  bad[1].indicator = single->id;
  bad[1].answer = choice ("no-such-option");
  bad[2].indicator = single->id;
  bad[2].answer = qz_answer_new ();
  bad[2].answer->na = !single->na_allowed;
  bad[2].answer->options = g_strsplit ("a b", " ", -1);
  bad[3].indicator = figure->id;
  bad[3].answer = qz_answer_new ();
  bad[3].answer->value = 150;
  bad[4].indicator = scenario->id;
  bad[4].answer = qz_answer_new ();
  bad[4].answer->grade = (int) scenario->grades->len + 1;
  bad[5].indicator = multiple->id;
  bad[5].answer = qz_answer_new ();
  {
    /* The exclusive "none" with another option. */
    const char *ids[3] = { NULL, NULL, NULL };

    for (guint i = 0; i < multiple->options->len; i++)
      {
        QzOption *option = g_ptr_array_index (multiple->options, i);
        ids[option->exclusive ? 0 : 1] = option->id;
      }
    g_assert_nonnull (ids[0]);
    bad[5].answer->options = g_strdupv ((char **) ids);
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("bad answer %u", i);
      g_assert_false (qz_assessment_store_save_answer (fixture->store, assessment, bad[i].indicator,
                                                       bad[i].answer, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);
      qz_answer_free (bad[i].answer);
    }

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM answer"), ==, 0);
  g_assert_cmpuint (qz_assessment_count_answered (assessment), ==, 0);
}

static void
test_follow_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) first = NULL;
  g_autoptr(QzAssessment) second = NULL;
  g_autoptr(QzAnswer) answer = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  const QzIndicator *scenario = first_of_kind (fixture->miit, QZ_INDICATOR_SCENARIO);
  const QzAnswer *copied;

  first = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit, "2025-06-01", &error);
  answer = qz_answer_new ();
  answer->grade = 2;
  answer->note = g_strdup ("MES 试点中");
  answer->flagged = TRUE;
  g_assert_true (qz_assessment_store_save_answer (fixture->store, first, scenario->id, answer, &error));
  qz_assessment_set_target_level (first, "l2");
  g_assert_true (qz_assessment_store_save (fixture->store, first, &error));

  second = qz_assessment_store_create_follow_up (fixture->store, first, "2026-06-01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qz_assessment_get_uuid (second), !=, qz_assessment_get_uuid (first));
  g_assert_cmpstr (qz_assessment_get_target_level (second), ==, "l2");
  copied = qz_assessment_get_answer (second, scenario->id);
  g_assert_nonnull (copied);
  g_assert_cmpint (copied->grade, ==, 2);
  g_assert_cmpstr (copied->note, ==, "");
  g_assert_false (copied->flagged);

  /* Changing the follow-up leaves the first visit as it was. */
  answer->grade = 3;
  g_assert_true (qz_assessment_store_save_answer (fixture->store, second, scenario->id, answer, &error));
  g_clear_object (&first);
  listed = qz_assessment_store_list (fixture->store, qz_enterprise_get_uuid (fixture->enterprise), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 2);
  g_assert_cmpstr (qz_assessment_get_visit_date (g_ptr_array_index (listed, 0)), ==, "2026-06-01");
  g_assert_cmpint (qz_assessment_get_answer (g_ptr_array_index (listed, 1), scenario->id)->grade, ==, 2);
}

/* Earlier visits: same enterprise, same framework, before, latest first. */
static void
test_earlier_visits (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) builtin = qz_framework_load_builtin (&error);
  g_autoptr(QzEnterprise) other = g_object_ref (qz_enterprise_store_create (fixture->enterprises, "乐清电气", &error));
  g_autoptr(QzAssessment) first = NULL;
  g_autoptr(QzAssessment) second = NULL;
  g_autoptr(QzAssessment) third = NULL;
  g_autoptr(QzAssessment) elsewhere = NULL;
  g_autoptr(QzAssessment) other_framework = NULL;
  g_autoptr(QzAssessment) previous = NULL;
  g_autoptr(GPtrArray) earlier = NULL;
  QzFramework *gbt = NULL;

  for (guint i = 0; i < builtin->len; i++)
    if (g_str_equal (qz_framework_get_id (g_ptr_array_index (builtin, i)), "gbt39116-cmmm"))
      gbt = g_ptr_array_index (builtin, i);
  g_assert_nonnull (gbt);

  first = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit, "2024-05-10", &error);
  third = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit, "2026-05-10", &error);
  second = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit, "2025-05-10", &error);
  other_framework = qz_assessment_store_create (fixture->store, fixture->enterprise, gbt, "2025-09-01", &error);
  elsewhere = qz_assessment_store_create (fixture->store, other, fixture->miit, "2025-01-01", &error);
  g_assert_no_error (error);

  earlier = qz_assessment_store_list_earlier (fixture->store, third, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (earlier->len, ==, 2);
  g_assert_cmpstr (qz_assessment_get_uuid (g_ptr_array_index (earlier, 0)), ==, qz_assessment_get_uuid (second));
  g_assert_cmpstr (qz_assessment_get_uuid (g_ptr_array_index (earlier, 1)), ==, qz_assessment_get_uuid (first));

  previous = qz_assessment_store_find_previous (fixture->store, second, &error);
  g_assert_cmpstr (qz_assessment_get_uuid (previous), ==, qz_assessment_get_uuid (first));
  g_clear_object (&previous);
  previous = qz_assessment_store_find_previous (fixture->store, first, &error);
  g_assert_no_error (error);
  g_assert_null (previous);
}

static GBytes *
make_png (int width,
          int height,
          guint32 colour)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  char *data = NULL;
  gsize size = 0;

  gdk_pixbuf_fill (pixbuf, colour);
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &data, &size, "png", NULL, NULL));
  return g_bytes_new_take (data, size);
}

/* A photo is stored once by its hash, however many answers show it;
 * removing one is undone, and captions are kept. */
static void
test_photos (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) assessment = NULL;
  g_autoptr(GBytes) png = make_png (3000, 2000, 0x3366ccff);
  g_autoptr(QzPhoto) photo = qz_photo_new_from_bytes (png, &error);
  g_autoptr(QzEvidence) first = NULL;
  g_autoptr(QzEvidence) second = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GBytes) thumbnail = NULL;
  const QzIndicator *single = first_of_kind (fixture->miit, QZ_INDICATOR_SINGLE);
  const QzIndicator *figure = first_of_kind (fixture->miit, QZ_INDICATOR_FIGURE);

  g_assert_no_error (error);
  assessment = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit, "2026-11-20", &error);
  first = qz_evidence_store_add_photo (qz_assessment_store_get_evidence (fixture->store),
                                       assessment, single->id, photo, &error);
  g_assert_no_error (error);
  second = qz_evidence_store_add_photo (qz_assessment_store_get_evidence (fixture->store),
                                        assessment, figure->id, photo, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first->sha256, ==, second->sha256);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM photo"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evidence"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT max(width) FROM photo"), ==, QZ_PHOTO_MAX_SIDE);

  g_assert_true (qz_evidence_store_set_caption (qz_assessment_store_get_evidence (fixture->store),
                                                first->uuid, "配电柜装配线", &error));
  g_assert_true (qz_evidence_store_remove (qz_assessment_store_get_evidence (fixture->store),
                                           second->uuid, TRUE, &error));
  listed = qz_evidence_store_list (qz_assessment_store_get_evidence (fixture->store), assessment, NULL, &error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpstr (((QzEvidence *) g_ptr_array_index (listed, 0))->caption, ==, "配电柜装配线");
  g_clear_pointer (&listed, g_ptr_array_unref);

  g_assert_true (qz_evidence_store_remove (qz_assessment_store_get_evidence (fixture->store),
                                           second->uuid, FALSE, &error));
  listed = qz_evidence_store_list (qz_assessment_store_get_evidence (fixture->store), assessment, figure->id, &error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpstr (((QzEvidence *) g_ptr_array_index (listed, 0))->uuid, ==, second->uuid);

  thumbnail = qz_evidence_store_get_photo (qz_assessment_store_get_evidence (fixture->store),
                                           first->sha256, QZ_PHOTO_SIZE_THUMBNAIL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (thumbnail), >, 100);
  g_assert_null (qz_evidence_store_get_photo (qz_assessment_store_get_evidence (fixture->store),
                                              "0000", QZ_PHOTO_SIZE_FULL, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Evidence for an indicator the framework lacks is refused. */
  g_assert_null (qz_evidence_store_add_photo (qz_assessment_store_get_evidence (fixture->store),
                                              assessment, "nothing", photo, &error));
  g_assert_nonnull (error);
}

/* A user's framework is kept in the database, once, and can be used
 * after reopening without its file. */
static void
test_import_framework (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "frameworks", "valid-example.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load_file (path, NULL, &error);
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(QzAssessment) assessment = NULL;

  g_assert_no_error (error);
  g_assert_true (qz_assessment_store_import_framework (fixture->store, framework, &error));
  g_assert_true (qz_assessment_store_import_framework (fixture->store, framework, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM framework"), ==, 1);

  open_stores (fixture);
  listed = qz_assessment_store_list_frameworks (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpstr (qz_framework_get_id (g_ptr_array_index (listed, 0)), ==, "example-workshop");
  g_assert_true (g_bytes_equal (qz_framework_get_source (g_ptr_array_index (listed, 0)),
                                qz_framework_get_source (framework)));

  assessment = qz_assessment_store_create (fixture->store, fixture->enterprise,
                                           g_ptr_array_index (listed, 0), "2026-11-21", &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM framework"), ==, 1);
}

/* A framework stored in a transaction that is rolled back must not be
 * mistaken for the next one stored under the same row id. */
static void
test_rollback_keeps_frameworks_apart (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autofree char *example_path = g_test_build_filename (G_TEST_DIST, "frameworks", "valid-example.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) example = qz_framework_load_file (example_path, NULL, &error);
  g_autoptr(QzAssessment) assessment = NULL;
  g_autoptr(QzAssessment) reopened = NULL;

  g_assert_no_error (error);
  g_assert_true (qz_database_begin (fixture->database, &error));
  g_assert_true (qz_assessment_store_import_framework (fixture->store, example, &error));
  qz_database_rollback (fixture->database);

  assessment = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit, "2026-11-21", &error);
  g_assert_no_error (error);
  reopened = qz_assessment_store_load (fixture->store, qz_assessment_get_uuid (assessment), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qz_framework_get_id (qz_assessment_get_framework (reopened)), ==, "miit-sme-digital");
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) assessment = NULL;
  const char *dates[] = { "", "2026-13-01", "2026-02-30", "26-11-20", "2026/11/20", "2026-11-20x" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      assessment = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit, dates[i], &error);
      g_assert_null (assessment);
      g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_INVALID);
      g_clear_error (&error);
    }

  assessment = qz_assessment_store_load (fixture->store, "00000000-0000-4000-8000-000000000000", &error);
  g_assert_null (assessment);
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A deleted enterprise gets no new assessment. */
  g_assert_true (qz_enterprise_store_delete (fixture->enterprises, fixture->enterprise, &error));
  assessment = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit, "2026-11-20", &error);
  g_assert_null (assessment);
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM assessment"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM framework"), ==, 0);
}

/* A complete assessment is a record: the store refuses a changed answer,
 * even through an object that still thinks it is a draft, and its
 * details; reopening is recorded, and then answers are taken again. */
static void
test_complete_is_a_record (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) assessment = NULL;
  g_autoptr(QzAssessment) stale = NULL;
  g_autoptr(QzAssessment) reloaded = NULL;
  g_autoptr(QzAnswer) answer = NULL;
  g_autoptr(QzAnswer) cleared = qz_answer_new ();
  g_autoptr(GPtrArray) events = NULL;
  const QzIndicator *single = first_of_kind (fixture->miit, QZ_INDICATOR_SINGLE);
  const QzOption *first = g_ptr_array_index (single->options, 0);
  const QzOption *last = g_ptr_array_index (single->options, single->options->len - 1);
  QzAssessmentEvent *event;

  assessment = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit, "2026-11-20", &error);
  answer = choice (last->id);
  g_assert_true (qz_assessment_store_save_answer (fixture->store, assessment, single->id, answer, &error));
  stale = qz_assessment_store_load (fixture->store, qz_assessment_get_uuid (assessment), &error);
  g_assert_no_error (error);

  g_assert_true (qz_assessment_store_complete (fixture->store, assessment, "张工", &error));
  g_assert_no_error (error);
  g_assert_cmpint (qz_assessment_get_status (assessment), ==, QZ_ASSESSMENT_COMPLETE);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM assessment WHERE status = 'complete'"), ==, 1);

  /* A changed choice, an answer taken back (Delete), a note: all refused. */
  g_clear_pointer (&answer, qz_answer_free);
  answer = choice (first->id);
  g_assert_false (qz_assessment_store_save_answer (fixture->store, assessment, single->id, answer, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "reopen"));
  g_clear_error (&error);
  g_assert_false (qz_assessment_store_save_answer (fixture->store, stale, single->id, cleared, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  qz_assessment_set_assessors (assessment, "王工");
  g_assert_false (qz_assessment_store_save (fixture->store, assessment, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);

  reloaded = qz_assessment_store_load (fixture->store, qz_assessment_get_uuid (assessment), &error);
  g_assert_cmpstr (qz_assessment_get_answer (reloaded, single->id)->options[0], ==, last->id);
  g_assert_cmpstr (qz_assessment_get_answer (assessment, single->id)->options[0], ==, last->id);
  g_assert_cmpstr (qz_assessment_get_assessors (reloaded), ==, "");
  g_assert_cmpint (qz_assessment_get_status (reloaded), ==, QZ_ASSESSMENT_COMPLETE);

  /* Reopened: recorded, with who, and editable again. */
  g_assert_true (qz_assessment_store_reopen (fixture->store, assessment, "李工", &error));
  g_assert_no_error (error);
  g_assert_cmpint (qz_assessment_get_status (assessment), ==, QZ_ASSESSMENT_DRAFT);
  events = qz_assessment_store_list_events (fixture->store, assessment, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpint (event->kind, ==, QZ_ASSESSMENT_EVENT_COMPLETED);
  g_assert_cmpstr (event->author, ==, "张工");
  event = g_ptr_array_index (events, 1);
  g_assert_cmpint (event->kind, ==, QZ_ASSESSMENT_EVENT_REOPENED);
  g_assert_cmpstr (event->author, ==, "李工");
  g_assert_cmpint (event->at, >=, ((QzAssessmentEvent *) g_ptr_array_index (events, 0))->at);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM assessment_event e JOIN meta m ON m.key = 'origin'"
                                   " WHERE e.origin = m.value"), ==, 2);
  g_assert_true (qz_assessment_store_save_answer (fixture->store, assessment, single->id, answer, &error));
  g_assert_no_error (error);

  /* Completed with its details, recorded as well; but a save never
   * reopens, even from an object that says draft. */
  qz_assessment_set_status (assessment, QZ_ASSESSMENT_COMPLETE);
  g_assert_true (qz_assessment_store_save (fixture->store, assessment, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM assessment_event WHERE kind = 'completed'"), ==, 2);
  g_assert_cmpstr (qz_assessment_get_assessors (assessment), ==, "王工");
  qz_assessment_set_status (stale, QZ_ASSESSMENT_DRAFT);
  qz_assessment_set_assessors (stale, "赵工");
  g_assert_false (qz_assessment_store_save (fixture->store, stale, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_READ_ONLY);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM assessment_event WHERE kind = 'reopened'"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM assessment WHERE status = 'complete' AND assessors = '王工'"),
                   ==, 1);
}

/* A follow-up's copied answers wait for review: a note leaves the mark,
 * a changed answer or a confirmation clears it, it survives reloading,
 * and completing settles what is left. */
static void
test_follow_up_review (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) first = NULL;
  g_autoptr(QzAssessment) second = NULL;
  g_autoptr(QzAssessment) reloaded = NULL;
  g_autoptr(QzAnswer) answer = NULL;
  g_autoptr(QzAnswer) noted = NULL;
  const QzIndicator *single = first_of_kind (fixture->miit, QZ_INDICATOR_SINGLE);
  const QzIndicator *scenario = first_of_kind (fixture->miit, QZ_INDICATOR_SCENARIO);
  const QzIndicator *multiple = first_of_kind (fixture->miit, QZ_INDICATOR_MULTIPLE);
  const QzOption *option = g_ptr_array_index (single->options, 0);

  first = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit, "2025-06-01", &error);
  answer = choice (option->id);
  g_assert_true (qz_assessment_store_save_answer (fixture->store, first, single->id, answer, &error));
  g_clear_pointer (&answer, qz_answer_free);
  answer = choice (((QzOption *) g_ptr_array_index (multiple->options, 0))->id);
  g_assert_true (qz_assessment_store_save_answer (fixture->store, first, multiple->id, answer, &error));
  g_clear_pointer (&answer, qz_answer_free);
  answer = qz_answer_new ();
  answer->grade = 1;
  g_assert_true (qz_assessment_store_save_answer (fixture->store, first, scenario->id, answer, &error));
  g_assert_cmpuint (qz_assessment_count_to_review (first), ==, 0);

  second = qz_assessment_store_create_follow_up (fixture->store, first, "2026-06-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (qz_assessment_count_to_review (second), ==, 3);
  g_assert_true (qz_assessment_needs_review (second, single->id));

  /* A note is no review of the answer; a new grade is. */
  noted = qz_answer_copy (qz_assessment_get_answer (second, scenario->id));
  g_free (noted->note);
  noted->note = g_strdup ("看过 MES");
  g_assert_true (qz_assessment_store_save_answer (fixture->store, second, scenario->id, noted, &error));
  g_assert_true (qz_assessment_needs_review (second, scenario->id));
  noted->grade = 2;
  g_assert_true (qz_assessment_store_save_answer (fixture->store, second, scenario->id, noted, &error));
  g_assert_false (qz_assessment_needs_review (second, scenario->id));

  /* Confirmed as it is. */
  g_assert_true (qz_assessment_store_confirm_answer (fixture->store, second, single->id, &error));
  g_assert_no_error (error);
  g_assert_false (qz_assessment_needs_review (second, single->id));
  g_assert_cmpuint (qz_assessment_count_to_review (second), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM answer WHERE review = 1"), ==, 1);

  reloaded = qz_assessment_store_load (fixture->store, qz_assessment_get_uuid (second), &error);
  g_assert_true (qz_assessment_needs_review (reloaded, multiple->id));
  g_assert_false (qz_assessment_needs_review (reloaded, single->id));
  g_assert_false (qz_assessment_needs_review (first, multiple->id));

  g_assert_true (qz_assessment_store_complete (fixture->store, reloaded, NULL, &error));
  g_assert_cmpuint (qz_assessment_count_to_review (reloaded), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM answer WHERE review = 1"), ==, 0);
  g_assert_false (qz_assessment_store_confirm_answer (fixture->store, reloaded, multiple->id, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_READ_ONLY);
}

/* What another tool or a damaged file can leave: a framework that no
 * longer parses (its message holds "<data>"), an answer to an indicator
 * the framework does not have, an opinion that is not UTF-8. The other
 * assessments are listed and open; the unreadable one is listed too,
 * with the reason. */
static void
test_untrusted_rows (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) good = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit,
                                                             "2026-03-01", &error);
  g_autoptr(QzAssessment) broken = qz_assessment_store_create (fixture->store, fixture->enterprise, fixture->miit,
                                                               "2026-04-01", &error);
  g_autofree char *good_uuid = g_strdup (qz_assessment_get_uuid (good));
  g_autofree char *broken_uuid = g_strdup (qz_assessment_get_uuid (broken));
  g_autofree char *sql = NULL;
  g_autoptr(GPtrArray) unreadable = NULL;
  g_autoptr(GPtrArray) readable = NULL;
  g_autoptr(QzAssessment) reopened = NULL;
  QzUnreadableAssessment *item;

  g_assert_no_error (error);
  g_clear_object (&good);
  g_clear_object (&broken);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->enterprises);
  g_clear_object (&fixture->database);

  sql = g_strdup_printf ("INSERT INTO framework (framework_id, version, sha256, source, added)"
                         " VALUES ('broken', '1', 'not-a-hash', CAST('{\"id\": <data>}' AS BLOB), 0);"
                         "UPDATE assessment SET framework = (SELECT id FROM framework WHERE sha256 = 'not-a-hash')"
                         " WHERE uuid = '%s';"
                         "UPDATE assessment SET opinion = CAST(X'E6848FFF' AS TEXT) WHERE uuid = '%s';"
                         "INSERT INTO answer (assessment, indicator, updated, origin)"
                         " VALUES ((SELECT id FROM assessment WHERE uuid = '%s'), 'no-such-indicator', 1, 'x');",
                         broken_uuid, good_uuid, good_uuid);
  qz_test_sqlite_exec (fixture->data.path, sql);
  open_stores (fixture);

  readable = qz_assessment_store_list_all (fixture->store, qz_enterprise_get_uuid (fixture->enterprise),
                                           &unreadable, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (readable->len, ==, 1);
  g_assert_cmpstr (qz_assessment_get_uuid (g_ptr_array_index (readable, 0)), ==, good_uuid);
  g_assert_cmpuint (unreadable->len, ==, 1);
  item = g_ptr_array_index (unreadable, 0);
  g_assert_cmpstr (item->uuid, ==, broken_uuid);
  g_assert_cmpstr (item->visit_date, ==, "2026-04-01");
  g_assert_nonnull (strstr (item->reason, "<data>"));

  /* The list without the unreadable ones still works for its callers. */
  g_clear_pointer (&readable, g_ptr_array_unref);
  readable = qz_assessment_store_list (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (readable->len, ==, 1);

  reopened = qz_assessment_store_load (fixture->store, good_uuid, &error);
  g_assert_no_error (error);
  g_assert_null (qz_assessment_get_answer (reopened, "no-such-indicator"));
  g_assert_cmpuint (g_hash_table_size (qz_assessment_get_answers (reopened)), ==, 0);
  g_assert_true (g_utf8_validate (qz_assessment_get_opinion (reopened), -1, NULL));
  g_assert_true (g_str_has_prefix (qz_assessment_get_opinion (reopened), "意"));

  g_assert_null (qz_assessment_store_load (fixture->store, broken_uuid, &error));
  g_assert_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_SYNTAX);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/qz/assessment-store/create-answer-reopen", test_create_answer_reopen);
  ADD ("/qz/assessment-store/bad-answers-refused", test_bad_answers_refused);
  ADD ("/qz/assessment-store/follow-up", test_follow_up);
  ADD ("/qz/assessment-store/earlier-visits", test_earlier_visits);
  ADD ("/qz/assessment-store/photos", test_photos);
  ADD ("/qz/assessment-store/import-framework", test_import_framework);
  ADD ("/qz/assessment-store/rollback-keeps-frameworks-apart", test_rollback_keeps_frameworks_apart);
  ADD ("/qz/assessment-store/errors", test_errors);
  ADD ("/qz/assessment-store/complete-is-a-record", test_complete_is_a_record);
  ADD ("/qz/assessment-store/follow-up-review", test_follow_up_review);
  ADD ("/qz/assessment-store/untrusted-rows", test_untrusted_rows);

#undef ADD

  return g_test_run ();
}
