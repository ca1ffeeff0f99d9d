/* qz-assessment-store.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-assessment-store"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qz-assessment-private.h"
#include "qz-assessment-store-private.h"
#include "qz-column-private.h"
#include "qz-exchange-private.h"
#include "qz-framework-loader.h"
#include "qz-plan.h"

/* Assessments, their answers and the frameworks they were filled with.
 * Each change is one transaction; every framework an assessment uses is
 * stored byte for byte, so the assessment always reopens with it. */
struct _QzAssessmentStore
{
  GObject     parent_instance;

  QzDatabase      *database;
  QzEvidenceStore *evidence;
  /* SHA-256 of a framework's source → QzFramework. Keyed by content, not
   * row id: a rolled-back insert frees its id for another framework. */
  GHashTable *frameworks;
};

G_DEFINE_FINAL_TYPE (QzAssessmentStore, qz_assessment_store, G_TYPE_OBJECT)

static char *
source_sha256 (QzFramework *framework)
{
  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, qz_framework_get_source (framework));
}

static gboolean
run (QzAssessmentStore  *self,
     sqlite3_stmt       *stmt,
     GError            **error)
{
  return stmt != NULL && qz_database_step (self->database, stmt, NULL, error);
}

/* The row of @framework, stored now if it is new. */
static gint64
store_framework (QzAssessmentStore  *self,
                 QzFramework        *framework,
                 GError            **error)
{
  g_autofree char *sha256 = source_sha256 (framework);
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) select = NULL;
  GBytes *source = qz_framework_get_source (framework);
  gboolean has_row;
  gint64 id;

  insert = qz_database_prepare (self->database,
                                "INSERT INTO framework (framework_id, version, sha256, source, added)"
                                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING", error);
  if (insert == NULL)
    return -1;
  sqlite3_bind_text (insert, 1, qz_framework_get_id (framework), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 2, qz_framework_get_version (framework), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 3, sha256, -1, SQLITE_STATIC);
  sqlite3_bind_blob (insert, 4, g_bytes_get_data (source, NULL), g_bytes_get_size (source), SQLITE_STATIC);
  sqlite3_bind_int64 (insert, 5, g_get_real_time ());
  if (!run (self, insert, error))
    return -1;

  select = qz_database_prepare (self->database, "SELECT id FROM framework WHERE sha256 = ?", error);
  if (select == NULL)
    return -1;
  sqlite3_bind_text (select, 1, sha256, -1, SQLITE_STATIC);
  if (!qz_database_step (self->database, select, &has_row, error))
    return -1;

  id = sqlite3_column_int64 (select, 0);
  if (!g_hash_table_contains (self->frameworks, sha256))
    g_hash_table_insert (self->frameworks, g_strdup (sha256), g_object_ref (framework));
  return id;
}

static QzFramework *
framework_for_row (QzAssessmentStore  *self,
                   gint64              id,
                   GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GBytes) source = NULL;
  g_autofree char *name = NULL;
  QzFramework *framework;
  const char *sha256;
  gboolean has_row;

  stmt = qz_database_prepare (self->database, "SELECT source, framework_id, sha256 FROM framework WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!qz_database_step (self->database, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged: an assessment’s framework is missing."), qz_database_get_path (self->database));
      return NULL;
    }

  sha256 = (const char *) sqlite3_column_text (stmt, 2);
  framework = sha256 ? g_hash_table_lookup (self->frameworks, sha256) : NULL;
  if (framework != NULL)
    return framework;

  name = qz_column_dup_text (stmt, 1, QZ_COLUMN_SHORT_TEXT);
  source = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  framework = qz_framework_load (source, name ? name : "framework", NULL, error);
  if (framework == NULL)
    return NULL;

  g_hash_table_insert (self->frameworks, g_strdup (sha256 ? sha256 : ""), framework);
  return framework;
}

static gint64
enterprise_row (QzAssessmentStore  *self,
                const char         *uuid,
                GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (self->database,
                                                      "SELECT id FROM enterprise WHERE uuid = ? AND deleted IS NULL",
                                                      error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  if (!qz_database_step (self->database, stmt, &has_row, error))
    return -1;
  if (!has_row)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                   _("The enterprise of this assessment no longer exists or is deleted."));
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
check_date (const char  *date,
            GError     **error)
{
  if (qz_date_is_valid (date))
    return TRUE;

  g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_INVALID,
               _("“%s” is not a date: write it as YYYY-MM-DD, such as 2026-11-22."), date ? date : "");
  return FALSE;
}

static gboolean
insert_assessment (QzAssessmentStore  *self,
                   const char         *uuid,
                   gint64              enterprise,
                   gint64              framework,
                   const char         *visit_date,
                   const char         *target_level,
                   GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 now = g_get_real_time ();

  stmt = qz_database_prepare (self->database,
                              "INSERT INTO assessment (uuid, enterprise, framework, visit_date, target_level,"
                              " created, updated, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, enterprise);
  sqlite3_bind_int64 (stmt, 3, framework);
  sqlite3_bind_text (stmt, 4, visit_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, target_level, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, now);
  sqlite3_bind_int64 (stmt, 7, now);
  sqlite3_bind_text (stmt, 8, qz_database_get_origin (self->database), -1, SQLITE_STATIC);
  return run (self, stmt, error);
}

/* The previous visit's plan, as it was kept or drafted, goes on in the
 * new one: each measure with its status, naming the item it continues. */
static gboolean
carry_plan (QzAssessmentStore  *self,
            QzAssessment       *previous,
            const char         *uuid,
            GError            **error)
{
  g_autoptr(QzPlanStore) plans = qz_plan_store_new (self->database);
  g_autoptr(GListStore) items = qz_plan_load (plans, previous, NULL, error);
  g_autoptr(GListStore) carried = NULL;

  if (items == NULL)
    return FALSE;

  carried = qz_plan_carry (G_LIST_MODEL (items));
  return qz_plan_store_save_all (plans, uuid, G_LIST_MODEL (carried), error);
}

static void
qz_assessment_store_finalize (GObject *object)
{
  QzAssessmentStore *self = (QzAssessmentStore *)object;

  g_clear_object (&self->database);
  g_clear_object (&self->evidence);
  g_clear_pointer (&self->frameworks, g_hash_table_unref);

  G_OBJECT_CLASS (qz_assessment_store_parent_class)->finalize (object);
}

static void
qz_assessment_store_class_init (QzAssessmentStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qz_assessment_store_finalize;
}

static void
qz_assessment_store_init (QzAssessmentStore *self)
{
  self->frameworks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/**
 * qz_assessment_store_new:
 * @database: an open #QzDatabase
 *
 * Returns: (transfer full): the store
 */
QzAssessmentStore *
qz_assessment_store_new (QzDatabase *database)
{
  QzAssessmentStore *self;

  g_return_val_if_fail (QZ_IS_DATABASE (database), NULL);

  self = g_object_new (QZ_TYPE_ASSESSMENT_STORE, NULL);
  self->database = g_object_ref (database);
  self->evidence = qz_evidence_store_new (database);
  return self;
}

/**
 * qz_assessment_store_get_evidence:
 * @self: a #QzAssessmentStore
 *
 * Returns: (transfer none): the photos attached to the answers of its
 *   assessments
 */
QzEvidenceStore *
qz_assessment_store_get_evidence (QzAssessmentStore *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), NULL);

  return self->evidence;
}

/**
 * qz_assessment_store_create:
 * @self: a #QzAssessmentStore
 * @enterprise: the enterprise assessed, stored and not deleted
 * @framework: the framework to fill
 * @visit_date: the date of the visit, YYYY-MM-DD
 * @error: return location for a #QzDatabaseError
 *
 * Starts a draft assessment with no answers, storing @framework with it.
 *
 * Returns: (transfer full): the assessment, or %NULL with @error set
 */
QzAssessment *
qz_assessment_store_create (QzAssessmentStore  *self,
                            QzEnterprise       *enterprise,
                            QzFramework        *framework,
                            const char         *visit_date,
                            GError            **error)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return qz_assessment_store_create_with_uuid (self, enterprise, framework, uuid, visit_date, error);
}

/**
 * qz_assessment_store_create_with_uuid:
 * @self: a #QzAssessmentStore
 * @enterprise: the enterprise assessed, stored and not deleted
 * @framework: the framework to fill
 * @uuid: the UUID the assessment keeps, as for a sample or an imported case
 * @visit_date: the date of the visit, YYYY-MM-DD
 * @error: return location for a #QzDatabaseError
 *
 * As qz_assessment_store_create(), with a given identity.
 *
 * Returns: (transfer full): the assessment, or %NULL with @error set
 */
QzAssessment *
qz_assessment_store_create_with_uuid (QzAssessmentStore  *self,
                                      QzEnterprise       *enterprise,
                                      QzFramework        *framework,
                                      const char         *uuid,
                                      const char         *visit_date,
                                      GError            **error)
{
  gint64 enterprise_id, framework_id;
  gboolean ok;

  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), NULL);
  g_return_val_if_fail (QZ_IS_ENTERPRISE (enterprise), NULL);
  g_return_val_if_fail (QZ_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (g_uuid_string_is_valid (uuid), NULL);

  if (!check_date (visit_date, error) || !qz_database_begin (self->database, error))
    return NULL;

  enterprise_id = enterprise_row (self, qz_enterprise_get_uuid (enterprise), error);
  framework_id = enterprise_id < 0 ? -1 : store_framework (self, framework, error);
  ok = framework_id >= 0 &&
       insert_assessment (self, uuid, enterprise_id, framework_id, visit_date, "", error);
  if (!qz_database_end (self->database, ok, error))
    return NULL;

  return qz_assessment_store_load (self, uuid, error);
}

/**
 * qz_assessment_store_create_follow_up:
 * @self: a #QzAssessmentStore
 * @previous: an earlier assessment
 * @visit_date: the date of the new visit, YYYY-MM-DD
 * @error: return location for a #QzDatabaseError
 *
 * Starts an assessment of the same enterprise with the same framework,
 * taking the previous answers and target level as a starting point;
 * notes, flags and photos belong to the earlier visit and stay there.
 * Every answer copied waits for review until the expert changes or
 * confirms it; the previous plan's measures come along with their status.
 *
 * Returns: (transfer full): the new assessment, or %NULL with @error set
 */
QzAssessment *
qz_assessment_store_create_follow_up (QzAssessmentStore  *self,
                                      QzAssessment       *previous,
                                      const char         *visit_date,
                                      GError            **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autoptr(sqlite3_stmt) copy = NULL;
  gint64 enterprise_id, framework_id;
  gboolean ok;

  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), NULL);
  g_return_val_if_fail (QZ_IS_ASSESSMENT (previous), NULL);

  if (!check_date (visit_date, error) || !qz_database_begin (self->database, error))
    return NULL;

  enterprise_id = enterprise_row (self, qz_assessment_get_enterprise_uuid (previous), error);
  framework_id = enterprise_id < 0 ? -1 : store_framework (self, qz_assessment_get_framework (previous), error);
  ok = framework_id >= 0 &&
       insert_assessment (self, uuid, enterprise_id, framework_id, visit_date,
                          qz_assessment_get_target_level (previous), error);
  if (ok)
    {
      copy = qz_database_prepare (self->database,
                                  "INSERT INTO answer (assessment, indicator, na, options, value, numerator,"
                                  " denominator, grade, review, updated, origin)"
                                  " SELECT (SELECT id FROM assessment WHERE uuid = ?1), indicator, na, options,"
                                  " value, numerator, denominator, grade, 1, ?3, ?4"
                                  " FROM answer WHERE assessment = (SELECT id FROM assessment WHERE uuid = ?2)",
                                  error);
      if (copy != NULL)
        {
          sqlite3_bind_text (copy, 1, uuid, -1, SQLITE_STATIC);
          sqlite3_bind_text (copy, 2, qz_assessment_get_uuid (previous), -1, SQLITE_STATIC);
          sqlite3_bind_int64 (copy, 3, g_get_real_time ());
          sqlite3_bind_text (copy, 4, qz_database_get_origin (self->database), -1, SQLITE_STATIC);
        }
      ok = run (self, copy, error) && carry_plan (self, previous, uuid, error);
    }
  if (!qz_database_end (self->database, ok, error))
    return NULL;

  return qz_assessment_store_load (self, uuid, error);
}

static char **
split_options (const char *text)
{
  return text ? g_strsplit (text, " ", -1) : NULL;
}

static double
column_double (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, column);
}

static gboolean
load_answers (QzAssessmentStore  *self,
              QzAssessment       *assessment,
              gint64              id,
              GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  stmt = qz_database_prepare (self->database,
                              "SELECT indicator, na, options, value, numerator, denominator, grade, note, flagged,"
                              " note_internal, review FROM answer WHERE assessment = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);

  while (qz_database_step (self->database, stmt, &has_row, error))
    {
      const char *indicator;
      QzAnswer *answer;

      if (!has_row)
        return TRUE;

      /* An answer to no indicator of the framework has nowhere to go. */
      indicator = (const char *) sqlite3_column_text (stmt, 0);
      if (indicator == NULL || qz_framework_find_indicator (qz_assessment_get_framework (assessment), indicator) == NULL)
        {
          g_message ("An answer to an indicator the framework does not have is left out.");
          continue;
        }

      answer = qz_answer_new ();
      answer->na = sqlite3_column_int (stmt, 1);
      answer->options = split_options ((const char *) sqlite3_column_text (stmt, 2));
      answer->value = column_double (stmt, 3);
      answer->numerator = column_double (stmt, 4);
      answer->denominator = column_double (stmt, 5);
      answer->grade = sqlite3_column_type (stmt, 6) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 6);
      answer->note = qz_column_dup_text (stmt, 7, QZ_COLUMN_LONG_TEXT);
      answer->flagged = sqlite3_column_int (stmt, 8);
      answer->note_internal = sqlite3_column_type (stmt, 9) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 9);
      _qz_assessment_take_answer (assessment, indicator, answer);
      if (sqlite3_column_int (stmt, 10))
        _qz_assessment_set_review (assessment, indicator, TRUE);
    }

  return FALSE;
}

/**
 * qz_assessment_store_load:
 * @self: a #QzAssessmentStore
 * @uuid: an assessment's UUID
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full): the assessment with its answers and its
 *   framework, or %NULL with @error set (%QZ_DATABASE_ERROR_NOT_FOUND for
 *   an unknown or deleted one)
 */
QzAssessment *
qz_assessment_store_load (QzAssessmentStore  *self,
                          const char         *uuid,
                          GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(QzAssessment) assessment = NULL;
  g_autofree char *assessors = NULL;
  g_autofree char *target_level = NULL;
  g_autofree char *opinion = NULL;
  QzFramework *framework;
  const char *status;
  gboolean has_row = FALSE;

  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  stmt = qz_database_prepare (self->database,
                              "SELECT a.id, e.uuid, a.framework, a.visit_date, a.assessors, a.target_level,"
                              " a.status, a.updated, a.opinion, e.industry_code,"
                              " a.signoff_experts, a.signoff_representative, a.signoff_date"
                              " FROM assessment a JOIN enterprise e ON e.id = a.enterprise"
                              " WHERE a.uuid = ? AND a.deleted IS NULL", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  if (!qz_database_step (self->database, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                   _("No assessment has the id “%s”."), uuid);
      return NULL;
    }

  framework = framework_for_row (self, sqlite3_column_int64 (stmt, 2), error);
  if (framework == NULL)
    return NULL;

  assessors = qz_column_dup_text (stmt, 4, QZ_COLUMN_SHORT_TEXT);
  target_level = qz_column_dup_text (stmt, 5, QZ_COLUMN_SHORT_TEXT);
  opinion = qz_column_dup_text (stmt, 8, QZ_COLUMN_LONG_TEXT);
  assessment = _qz_assessment_new (uuid, (const char *) sqlite3_column_text (stmt, 1), framework);
  if (qz_date_is_valid ((const char *) sqlite3_column_text (stmt, 3)))
    qz_assessment_set_visit_date (assessment, (const char *) sqlite3_column_text (stmt, 3));
  qz_assessment_set_assessors (assessment, assessors);
  qz_assessment_set_target_level (assessment, target_level);
  status = (const char *) sqlite3_column_text (stmt, 6);
  qz_assessment_set_status (assessment, g_strcmp0 (status, "complete") == 0
                                        ? QZ_ASSESSMENT_COMPLETE : QZ_ASSESSMENT_DRAFT);
  _qz_assessment_set_updated (assessment, sqlite3_column_int64 (stmt, 7));
  qz_assessment_set_opinion (assessment, opinion);
  _qz_assessment_set_industry_code (assessment, (const char *) sqlite3_column_text (stmt, 9));
  if (sqlite3_column_type (stmt, 12) != SQLITE_NULL)
    {
      g_autofree char *experts = qz_column_dup_text (stmt, 10, QZ_COLUMN_SHORT_TEXT);
      g_autofree char *representative = qz_column_dup_text (stmt, 11, QZ_COLUMN_SHORT_TEXT);
      g_autofree char *date = qz_column_dup_text (stmt, 12, QZ_COLUMN_SHORT_TEXT);
      g_autoptr(QzSignOff) sign_off = qz_sign_off_new (experts, representative, date);

      qz_assessment_set_sign_off (assessment, sign_off);
    }

  if (!load_answers (self, assessment, sqlite3_column_int64 (stmt, 0), error))
    return NULL;

  return g_steal_pointer (&assessment);
}

void
qz_unreadable_assessment_free (QzUnreadableAssessment *unreadable)
{
  if (unreadable == NULL)
    return;

  g_free (unreadable->uuid);
  g_free (unreadable->visit_date);
  g_free (unreadable->reason);
  g_free (unreadable);
}

/* What a stored framework that no longer loads gives: the assessment
 * cannot be read, but the others can. */
static gboolean
is_unreadable (const GError *error)
{
  return error->domain == QZ_FRAMEWORK_ERROR ||
         g_error_matches (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT);
}

/**
 * qz_assessment_store_list:
 * @self: a #QzAssessmentStore
 * @enterprise_uuid: (nullable): one enterprise's, or %NULL for all
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full) (element-type QzAssessment): the assessments
 *   that are not deleted and can be read, latest visit first
 */
GPtrArray *
qz_assessment_store_list (QzAssessmentStore  *self,
                          const char         *enterprise_uuid,
                          GError            **error)
{
  return qz_assessment_store_list_all (self, enterprise_uuid, NULL, error);
}

/**
 * qz_assessment_store_list_all:
 * @self: a #QzAssessmentStore
 * @enterprise_uuid: (nullable): one enterprise's, or %NULL for all
 * @unreadable: (out) (optional) (transfer full) (element-type QzUnreadableAssessment):
 *   the assessments that cannot be read, with the reason
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full) (element-type QzAssessment): the assessments
 *   that are not deleted and can be read, latest visit first
 */
GPtrArray *
qz_assessment_store_list_all (QzAssessmentStore  *self,
                              const char         *enterprise_uuid,
                              GPtrArray         **unreadable,
                              GError            **error)
{
  g_autoptr(GPtrArray) assessments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) failed = g_ptr_array_new_with_free_func ((GDestroyNotify) qz_unreadable_assessment_free);
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), NULL);

  stmt = qz_database_prepare (self->database,
                              "SELECT a.uuid, a.visit_date FROM assessment a JOIN enterprise e ON e.id = a.enterprise"
                              " WHERE a.deleted IS NULL AND e.deleted IS NULL AND (?1 IS NULL OR e.uuid = ?1)"
                              " AND a.uuid IS NOT NULL ORDER BY a.visit_date DESC, a.created DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, enterprise_uuid, -1, SQLITE_STATIC);

  while (qz_database_step (self->database, stmt, &has_row, error) && has_row)
    {
      g_ptr_array_add (uuids, qz_column_dup_text (stmt, 0, QZ_COLUMN_SHORT_TEXT));
      g_ptr_array_add (dates, qz_column_dup_text (stmt, 1, QZ_COLUMN_SHORT_TEXT));
    }
  if (has_row)
    return NULL;

  for (guint i = 0; i < uuids->len; i++)
    {
      g_autoptr(GError) load_error = NULL;
      QzAssessment *assessment = qz_assessment_store_load (self, g_ptr_array_index (uuids, i), &load_error);
      QzUnreadableAssessment *item;

      if (assessment != NULL)
        {
          g_ptr_array_add (assessments, assessment);
          continue;
        }
      if (!is_unreadable (load_error))
        {
          g_propagate_error (error, g_steal_pointer (&load_error));
          return NULL;
        }

      item = g_new0 (QzUnreadableAssessment, 1);
      item->uuid = g_strdup (g_ptr_array_index (uuids, i));
      item->visit_date = g_strdup (g_ptr_array_index (dates, i) ? g_ptr_array_index (dates, i) : "");
      item->reason = g_strdup (load_error->message);
      g_ptr_array_add (failed, item);
    }

  if (unreadable != NULL)
    *unreadable = g_steal_pointer (&failed);
  return g_steal_pointer (&assessments);
}

/**
 * qz_assessment_store_list_earlier:
 * @self: a #QzAssessmentStore
 * @assessment: an assessment of @self
 * @error: return location for a #QzDatabaseError
 *
 * The visits a follow-up compares with: the assessments of the same
 * enterprise with the same framework, visited before @assessment.
 *
 * Returns: (transfer full) (element-type QzAssessment): them, latest
 *   first, or %NULL with @error set
 */
GPtrArray *
qz_assessment_store_list_earlier (QzAssessmentStore  *self,
                                  QzAssessment       *assessment,
                                  GError            **error)
{
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *earlier;
  const char *framework_id;

  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), NULL);
  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), NULL);

  all = qz_assessment_store_list (self, qz_assessment_get_enterprise_uuid (assessment), error);
  if (all == NULL)
    return NULL;

  framework_id = qz_framework_get_id (qz_assessment_get_framework (assessment));
  earlier = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < all->len; i++)
    {
      QzAssessment *other = g_ptr_array_index (all, i);

      if (g_strcmp0 (qz_framework_get_id (qz_assessment_get_framework (other)), framework_id) == 0 &&
          g_strcmp0 (qz_assessment_get_visit_date (other), qz_assessment_get_visit_date (assessment)) < 0)
        g_ptr_array_add (earlier, g_object_ref (other));
    }

  return earlier;
}

/**
 * qz_assessment_store_find_previous:
 * @self: a #QzAssessmentStore
 * @assessment: an assessment of @self
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full) (nullable): the latest of
 *   qz_assessment_store_list_earlier(), or %NULL (with @error set only
 *   when reading failed)
 */
QzAssessment *
qz_assessment_store_find_previous (QzAssessmentStore  *self,
                                   QzAssessment       *assessment,
                                   GError            **error)
{
  g_autoptr(GPtrArray) earlier = qz_assessment_store_list_earlier (self, assessment, error);

  return earlier != NULL && earlier->len > 0 ? g_object_ref (g_ptr_array_index (earlier, 0)) : NULL;
}

/**
 * qz_assessment_store_save:
 * @self: a #QzAssessmentStore
 * @assessment: an assessment of @self
 * @error: return location for a #QzDatabaseError
 *
 * Writes the visit date, assessors, target level and status: a draft
 * marked complete is completed as qz_assessment_store_complete() does.
 * The details of an assessment stored complete are refused
 * (%QZ_DATABASE_ERROR_READ_ONLY), whatever @assessment says: only
 * qz_assessment_store_reopen() reopens one.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_assessment_store_save (QzAssessmentStore  *self,
                          QzAssessment       *assessment,
                          GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *record = NULL;
  g_autofree char *before = NULL;
  g_autofree char *shown = NULL;
  gint64 now = g_get_real_time ();
  QzAssessmentStatus status;
  gboolean ok;

  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), FALSE);

  stmt = qz_database_prepare (self->database,
                              "UPDATE assessment SET visit_date = ?, assessors = ?, target_level = ?,"
                              " updated = ?, origin = ? WHERE uuid = ? AND deleted IS NULL",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, qz_assessment_get_visit_date (assessment), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, qz_assessment_get_assessors (assessment), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, qz_assessment_get_target_level (assessment), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, now);
  sqlite3_bind_text (stmt, 5, qz_database_get_origin (self->database), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, qz_assessment_get_uuid (assessment), -1, SQLITE_STATIC);

  /* Completed once the details are in; never reopened by a save. */
  status = qz_assessment_get_status (assessment);
  record = qz_record_key (QZ_RECORD_ASSESSMENT, qz_assessment_get_uuid (assessment), NULL);
  if (!qz_database_begin (self->database, error))
    return FALSE;
  ok = _qz_assessment_store_check_draft (self, assessment, error) &&
       qz_history_snapshot (self->database, record, &before, &shown, error) && run (self, stmt, error) &&
       (status != QZ_ASSESSMENT_COMPLETE ||
        _qz_assessment_store_set_status (self, assessment, status, NULL, error)) &&
       qz_history_note (self->database, record, before, shown, error);
  if (!qz_database_end (self->database, ok, error))
    return FALSE;

  _qz_assessment_set_updated (assessment, now);
  return TRUE;
}

/* The answer's own columns, ?3 to ?10; @options is them joined. */
static void
bind_answer (sqlite3_stmt   *upsert,
             const QzAnswer *answer,
             const char     *options)
{
  sqlite3_bind_int (upsert, 3, answer->na);
  sqlite3_bind_text (upsert, 4, options, -1, SQLITE_STATIC);
  qz_database_bind_double (upsert, 5, answer->value);
  qz_database_bind_double (upsert, 6, answer->numerator);
  qz_database_bind_double (upsert, 7, answer->denominator);
  if (answer->grade >= 0)
    sqlite3_bind_int (upsert, 8, answer->grade);
  else
    sqlite3_bind_null (upsert, 8);
  sqlite3_bind_text (upsert, 9, answer->note ? answer->note : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (upsert, 10, answer->flagged);
}

/**
 * qz_assessment_store_save_opinion:
 * @self: a #QzAssessmentStore
 * @assessment: an assessment of @self
 * @opinion: the experts' overall opinion, kept as typed
 * @error: return location for a #QzDatabaseError
 *
 * Writes the opinion in one transaction; the assessment then holds it.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_assessment_store_save_opinion (QzAssessmentStore  *self,
                                  QzAssessment       *assessment,
                                  const char         *opinion,
                                  GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *record = NULL;
  g_autofree char *before = NULL;
  g_autofree char *shown = NULL;
  gint64 now = g_get_real_time ();

  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (opinion != NULL, FALSE);

  stmt = qz_database_prepare (self->database,
                              "UPDATE assessment SET opinion = ?, updated = ?, origin = ?"
                              " WHERE uuid = ? AND deleted IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, opinion, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_text (stmt, 3, qz_database_get_origin (self->database), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, qz_assessment_get_uuid (assessment), -1, SQLITE_STATIC);

  record = qz_record_key (QZ_RECORD_ASSESSMENT, qz_assessment_get_uuid (assessment), NULL);
  if (!qz_database_begin (self->database, error) ||
      !qz_database_end (self->database,
                        qz_history_snapshot (self->database, record, &before, &shown, error) &&
                        run (self, stmt, error) &&
                        qz_history_note (self->database, record, before, shown, error), error))
    return FALSE;

  qz_assessment_set_opinion (assessment, opinion);
  _qz_assessment_set_updated (assessment, now);
  return TRUE;
}

/**
 * qz_assessment_store_save_answer:
 * @self: a #QzAssessmentStore
 * @assessment: an assessment of @self
 * @indicator_id: an indicator of the assessment's framework
 * @answer: the whole answer: choice or figure, N/A, note and flag
 * @error: return location for a #QzDatabaseError or #QzFrameworkError
 *
 * Checks @answer against its indicator and writes it in one transaction;
 * the assessment then holds it and emits #QzAssessment::answer-changed.
 * The answers of a complete assessment are refused
 * (%QZ_DATABASE_ERROR_READ_ONLY): it is a record until reopened.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_assessment_store_save_answer (QzAssessmentStore  *self,
                                 QzAssessment       *assessment,
                                 const char         *indicator_id,
                                 const QzAnswer     *answer,
                                 GError            **error)
{
  QzFramework *framework;
  const QzIndicator *indicator;
  g_autoptr(sqlite3_stmt) upsert = NULL;
  g_autoptr(sqlite3_stmt) touch = NULL;
  g_autofree char *options = NULL;
  g_autofree char *record = NULL;
  g_autofree char *before = NULL;
  g_autofree char *shown = NULL;
  const char *origin;
  gint64 now = g_get_real_time ();
  gboolean ok, review = FALSE;
  QzAnswer *stored;

  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (answer != NULL, FALSE);

  framework = qz_assessment_get_framework (assessment);
  indicator = qz_framework_find_indicator (framework, indicator_id);
  if (indicator == NULL)
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                   _("%s: the framework has no such indicator"), indicator_id);
      return FALSE;
    }
  if (!qz_answer_check (answer, framework, indicator, error))
    return FALSE;

  upsert = qz_database_prepare (self->database,
                                "INSERT INTO answer (assessment, indicator, na, options, value, numerator,"
                                " denominator, grade, note, flagged, updated, origin, note_internal)"
                                " VALUES ((SELECT id FROM assessment WHERE uuid = ?1 AND deleted IS NULL),"
                                " ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
                                " ON CONFLICT (assessment, indicator) DO UPDATE SET na = ?3, options = ?4,"
                                " value = ?5, numerator = ?6, denominator = ?7, grade = ?8, note = ?9,"
                                " flagged = ?10, updated = ?11, origin = ?12, note_internal = ?13,"
                                /* A copied answer changed is reviewed; a note or a flag is not. */
                                " review = review AND na IS ?3 AND options IS ?4 AND value IS ?5"
                                " AND numerator IS ?6 AND denominator IS ?7 AND grade IS ?8"
                                " RETURNING review", error);
  touch = qz_database_prepare (self->database,
                               "UPDATE assessment SET updated = ?, origin = ? WHERE uuid = ?", error);
  if (upsert == NULL || touch == NULL)
    return FALSE;

  origin = qz_database_get_origin (self->database);
  options = answer->options ? g_strjoinv (" ", answer->options) : NULL;
  bind_answer (upsert, answer, options);
  sqlite3_bind_text (upsert, 1, qz_assessment_get_uuid (assessment), -1, SQLITE_STATIC);
  sqlite3_bind_text (upsert, 2, indicator_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (upsert, 11, now);
  sqlite3_bind_text (upsert, 12, origin, -1, SQLITE_STATIC);
  if (answer->note_internal >= 0)
    sqlite3_bind_int (upsert, 13, answer->note_internal > 0);
  else
    sqlite3_bind_null (upsert, 13);
  sqlite3_bind_int64 (touch, 1, now);
  sqlite3_bind_text (touch, 2, origin, -1, SQLITE_STATIC);
  sqlite3_bind_text (touch, 3, qz_assessment_get_uuid (assessment), -1, SQLITE_STATIC);

  record = qz_record_key (QZ_RECORD_ANSWER, qz_assessment_get_uuid (assessment), indicator_id);
  if (!qz_database_begin (self->database, error))
    return FALSE;
  ok = _qz_assessment_store_check_draft (self, assessment, error) &&
       qz_history_snapshot (self->database, record, &before, &shown, error) &&
       qz_database_step (self->database, upsert, &review, error) && run (self, touch, error);
  /* Whether it still waits for review, as the upsert returns it. */
  review = ok && review && sqlite3_column_int (upsert, 0);
  g_clear_pointer (&upsert, sqlite3_finalize);
  ok = ok && qz_history_note (self->database, record, before, shown, error);
  if (!qz_database_end (self->database, ok, error))
    return FALSE;

  stored = qz_answer_copy (answer);
  if (stored->note == NULL)
    stored->note = g_strdup ("");
  _qz_assessment_take_answer (assessment, indicator_id, stored);
  _qz_assessment_set_review (assessment, indicator_id, review);
  _qz_assessment_set_updated (assessment, now);
  return TRUE;
}

/* ---- Frameworks imported by the user ---- */

/**
 * qz_assessment_store_import_framework:
 * @self: a #QzAssessmentStore
 * @framework: a framework loaded from a user's file
 * @error: return location for a #QzDatabaseError
 *
 * Keeps a copy of @framework in the database, so that it can be chosen
 * for new assessments without its file. Importing the same file twice
 * stores it once.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_assessment_store_import_framework (QzAssessmentStore  *self,
                                      QzFramework        *framework,
                                      GError            **error)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_FRAMEWORK (framework), FALSE);

  if (!qz_database_begin (self->database, error))
    return FALSE;

  return qz_database_end (self->database, store_framework (self, framework, error) >= 0, error);
}

/**
 * qz_assessment_store_list_frameworks:
 * @self: a #QzAssessmentStore
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type QzFramework): every framework the
 *   database keeps, imported or used by an assessment, oldest first
 */
GPtrArray *
qz_assessment_store_list_frameworks (QzAssessmentStore  *self,
                                     GError            **error)
{
  g_autoptr(GPtrArray) frameworks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), NULL);

  stmt = qz_database_prepare (self->database, "SELECT id FROM framework ORDER BY added, id", error);
  if (stmt == NULL)
    return NULL;

  while (qz_database_step (self->database, stmt, &has_row, error) && has_row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (has_row)
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      QzFramework *framework = framework_for_row (self, g_array_index (ids, gint64, i), error);

      if (framework == NULL)
        return NULL;
      g_ptr_array_add (frameworks, g_object_ref (framework));
    }

  return g_steal_pointer (&frameworks);
}

/**
 * qz_assessment_store_get_database:
 * @self: a #QzAssessmentStore
 *
 * Returns: (transfer none): the database the assessments are in
 */
QzDatabase *
qz_assessment_store_get_database (QzAssessmentStore *self)
{
  return _qz_assessment_store_get_database (self);
}

QzDatabase *
_qz_assessment_store_get_database (QzAssessmentStore *self)
{
  return self->database;
}
