/* qz-assessment-record.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-assessment-store"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-assessment-private.h"
#include "qz-assessment-record.h"
#include "qz-assessment-store-private.h"

/* A complete assessment is a record. Its answers are refused here, below
 * any window, until it is reopened; completing and reopening each leave
 * an event (what, when, by whom, on which database), and completing
 * settles the answers copied from the previous visit that were waiting
 * for review.
 *
 * The sign-off (who confirmed the assessment: the experts, the
 * enterprise's representative, the date) is not part of the record but
 * a statement about it: it is given only to a complete assessment, may be
 * corrected or withdrawn while it stays complete, and is cleared when the
 * assessment is reopened, since what was confirmed may then change. */

static const char *kind_names[] = {
  [QZ_ASSESSMENT_EVENT_COMPLETED] = "completed",
  [QZ_ASSESSMENT_EVENT_REOPENED] = "reopened",
};

void
qz_assessment_event_free (QzAssessmentEvent *event)
{
  if (event == NULL)
    return;

  g_free (event->author);
  g_free (event);
}

static gboolean
run (QzDatabase    *database,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  return stmt != NULL && qz_database_step (database, stmt, NULL, error);
}

/* The status stored, which may differ from the one @assessment holds. */
static gboolean
stored_status (QzDatabase          *database,
               QzAssessment        *assessment,
               QzAssessmentStatus  *status,
               GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = qz_database_prepare (database, "SELECT status FROM assessment WHERE uuid = ? AND deleted IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, qz_assessment_get_uuid (assessment), -1, SQLITE_STATIC);
  if (!qz_database_step (database, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                   _("This assessment no longer exists or is deleted."));
      return FALSE;
    }

  *status = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "complete") == 0
            ? QZ_ASSESSMENT_COMPLETE : QZ_ASSESSMENT_DRAFT;
  return TRUE;
}

/* Whether @assessment, as stored, may still change: %FALSE with @error
 * set for a complete one. */
gboolean
_qz_assessment_store_check_draft (QzAssessmentStore  *self,
                                  QzAssessment       *assessment,
                                  GError            **error)
{
  QzAssessmentStatus status = QZ_ASSESSMENT_DRAFT;

  if (!stored_status (_qz_assessment_store_get_database (self), assessment, &status, error))
    return FALSE;
  if (status == QZ_ASSESSMENT_COMPLETE)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_READ_ONLY,
                   _("This assessment is complete: reopen it for editing to change it."));
      return FALSE;
    }

  return TRUE;
}

/* Writes who signed off @uuid, or clears it for %NULL. */
static gboolean
write_sign_off (QzDatabase       *database,
                const char       *uuid,
                const QzSignOff  *sign_off,
                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = qz_database_prepare (database,
                              "UPDATE assessment SET signoff_experts = ?, signoff_representative = ?,"
                              " signoff_date = ? WHERE uuid = ?", error);
  if (stmt == NULL)
    return FALSE;
  if (sign_off != NULL)
    {
      sqlite3_bind_text (stmt, 1, sign_off->experts, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, sign_off->representative, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, sign_off->date, -1, SQLITE_STATIC);
    }
  sqlite3_bind_text (stmt, 4, uuid, -1, SQLITE_STATIC);
  return run (database, stmt, error);
}

static gboolean
write_status (QzDatabase          *database,
              QzAssessment        *assessment,
              QzAssessmentStatus   status,
              const char          *author,
              gint64               now,
              GError             **error)
{
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(sqlite3_stmt) event = NULL;
  g_autoptr(sqlite3_stmt) settle = NULL;
  const char *uuid = qz_assessment_get_uuid (assessment);
  const char *origin = qz_database_get_origin (database);
  gboolean complete = status == QZ_ASSESSMENT_COMPLETE;

  update = qz_database_prepare (database,
                                "UPDATE assessment SET status = ?, updated = ?, origin = ? WHERE uuid = ?", error);
  event = qz_database_prepare (database,
                               "INSERT INTO assessment_event (assessment, kind, at, author, origin)"
                               " SELECT id, ?, ?, ?, ? FROM assessment WHERE uuid = ?", error);
  settle = qz_database_prepare (database,
                                "UPDATE answer SET review = 0 WHERE review = 1"
                                " AND assessment = (SELECT id FROM assessment WHERE uuid = ?)", error);
  if (update == NULL || event == NULL || settle == NULL)
    return FALSE;

  sqlite3_bind_text (update, 1, complete ? "complete" : "draft", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (update, 2, now);
  sqlite3_bind_text (update, 3, origin, -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 4, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (event, 1, kind_names[complete ? QZ_ASSESSMENT_EVENT_COMPLETED : QZ_ASSESSMENT_EVENT_REOPENED],
                     -1, SQLITE_STATIC);
  sqlite3_bind_int64 (event, 2, now);
  sqlite3_bind_text (event, 3, author ? author : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (event, 4, origin, -1, SQLITE_STATIC);
  sqlite3_bind_text (event, 5, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (settle, 1, uuid, -1, SQLITE_STATIC);

  return run (database, update, error) && run (database, event, error) &&
         (complete ? run (database, settle, error) : write_sign_off (database, uuid, NULL, error));
}

/* Moves @assessment to @status, recording the event, in one transaction;
 * nothing happens when it is there already. */
gboolean
_qz_assessment_store_set_status (QzAssessmentStore   *self,
                                 QzAssessment        *assessment,
                                 QzAssessmentStatus   status,
                                 const char          *author,
                                 GError             **error)
{
  QzDatabase *database = _qz_assessment_store_get_database (self);
  QzAssessmentStatus before = QZ_ASSESSMENT_DRAFT;
  gint64 now = g_get_real_time ();
  gboolean ok;

  if (!qz_database_begin (database, error))
    return FALSE;
  ok = stored_status (database, assessment, &before, error);
  if (ok && before != status)
    ok = write_status (database, assessment, status, author, now, error);
  if (!qz_database_end (database, ok, error))
    return FALSE;

  if (before != status)
    {
      if (status == QZ_ASSESSMENT_COMPLETE)
        {
          GHashTableIter iter;
          gpointer id;
          g_autoptr(GPtrArray) marked = g_ptr_array_new ();

          g_hash_table_iter_init (&iter, qz_assessment_get_answers (assessment));
          while (g_hash_table_iter_next (&iter, &id, NULL))
            if (qz_assessment_needs_review (assessment, id))
              g_ptr_array_add (marked, id);
          for (guint i = 0; i < marked->len; i++)
            _qz_assessment_set_review (assessment, g_ptr_array_index (marked, i), FALSE);
        }
      else
        qz_assessment_set_sign_off (assessment, NULL);
      _qz_assessment_set_updated (assessment, now);
    }
  qz_assessment_set_status (assessment, status);
  return TRUE;
}

/**
 * qz_assessment_store_complete:
 * @self: a #QzAssessmentStore
 * @assessment: an assessment of @self
 * @author: (nullable): who completes it
 * @error: return location for a #QzDatabaseError
 *
 * Marks @assessment complete and records when and by whom. From then on
 * its answers and details are refused until it is reopened. Answers still
 * waiting for review count as confirmed.
 *
 * Returns: %TRUE on success (also when it was complete already)
 */
gboolean
qz_assessment_store_complete (QzAssessmentStore  *self,
                              QzAssessment       *assessment,
                              const char         *author,
                              GError            **error)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), FALSE);

  return _qz_assessment_store_set_status (self, assessment, QZ_ASSESSMENT_COMPLETE, author, error);
}

/**
 * qz_assessment_store_reopen:
 * @self: a #QzAssessmentStore
 * @assessment: an assessment of @self
 * @author: (nullable): who reopens it
 * @error: return location for a #QzDatabaseError
 *
 * Makes a complete assessment a draft again, recording when and by whom.
 * Its sign-off, if any, is cleared in the same transaction: it vouched
 * for the record as it was, and the record may now change.
 *
 * Returns: %TRUE on success (also when it was a draft already)
 */
gboolean
qz_assessment_store_reopen (QzAssessmentStore  *self,
                            QzAssessment       *assessment,
                            const char         *author,
                            GError            **error)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), FALSE);

  return _qz_assessment_store_set_status (self, assessment, QZ_ASSESSMENT_DRAFT, author, error);
}

/**
 * qz_assessment_store_list_events:
 * @self: a #QzAssessmentStore
 * @assessment: an assessment of @self
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full) (element-type QzAssessmentEvent): when it was
 *   completed and reopened, oldest first, or %NULL with @error set
 */
GPtrArray *
qz_assessment_store_list_events (QzAssessmentStore  *self,
                                 QzAssessment       *assessment,
                                 GError            **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) qz_assessment_event_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  QzDatabase *database;
  gboolean has_row = TRUE;

  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), NULL);
  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), NULL);

  database = _qz_assessment_store_get_database (self);
  stmt = qz_database_prepare (database,
                              "SELECT kind, at, author FROM assessment_event"
                              " WHERE assessment = (SELECT id FROM assessment WHERE uuid = ?)"
                              " ORDER BY at, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, qz_assessment_get_uuid (assessment), -1, SQLITE_STATIC);

  while (qz_database_step (database, stmt, &has_row, error) && has_row)
    {
      QzAssessmentEvent *event = g_new0 (QzAssessmentEvent, 1);

      event->kind = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "reopened") == 0
                    ? QZ_ASSESSMENT_EVENT_REOPENED : QZ_ASSESSMENT_EVENT_COMPLETED;
      event->at = sqlite3_column_int64 (stmt, 1);
      event->author = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (events, event);
    }
  if (has_row)
    return NULL;

  return g_steal_pointer (&events);
}

/**
 * qz_assessment_store_confirm_answer:
 * @self: a #QzAssessmentStore
 * @assessment: a draft assessment of @self
 * @indicator_id: an indicator whose answer was copied from the previous visit
 * @error: return location for a #QzDatabaseError
 *
 * The expert confirms a copied answer as it is: it no longer waits for
 * review. Changing the answer does as much.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_assessment_store_confirm_answer (QzAssessmentStore  *self,
                                    QzAssessment       *assessment,
                                    const char         *indicator_id,
                                    GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  QzDatabase *database;
  gint64 now = g_get_real_time ();
  gboolean ok;

  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (indicator_id != NULL, FALSE);

  database = _qz_assessment_store_get_database (self);
  stmt = qz_database_prepare (database,
                              "UPDATE answer SET review = 0, updated = ?, origin = ?"
                              " WHERE indicator = ? AND assessment = (SELECT id FROM assessment WHERE uuid = ?)",
                              error);
  if (stmt == NULL || !qz_database_begin (database, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_text (stmt, 2, qz_database_get_origin (database), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, indicator_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, qz_assessment_get_uuid (assessment), -1, SQLITE_STATIC);
  ok = _qz_assessment_store_check_draft (self, assessment, error) && run (database, stmt, error);
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!qz_database_end (database, ok, error))
    return FALSE;

  _qz_assessment_set_review (assessment, indicator_id, FALSE);
  return TRUE;
}

/**
 * qz_assessment_store_sign_off:
 * @self: a #QzAssessmentStore
 * @assessment: a complete assessment of @self
 * @sign_off: (nullable): who confirmed it, or %NULL to withdraw the sign-off
 * @error: return location for a #QzSignOffError or #QzDatabaseError
 *
 * Records who confirmed @assessment, in one transaction; the assessment
 * then holds it. A draft is refused: a sign-off confirms a record.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_assessment_store_sign_off (QzAssessmentStore  *self,
                              QzAssessment       *assessment,
                              const QzSignOff    *sign_off,
                              GError            **error)
{
  QzDatabase *database;
  QzAssessmentStatus status = QZ_ASSESSMENT_DRAFT;
  gboolean ok;

  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), FALSE);

  if (sign_off != NULL && !qz_sign_off_check (sign_off, qz_assessment_get_visit_date (assessment), error))
    return FALSE;

  database = _qz_assessment_store_get_database (self);
  if (!qz_database_begin (database, error))
    return FALSE;
  ok = stored_status (database, assessment, &status, error);
  if (ok && status != QZ_ASSESSMENT_COMPLETE)
    {
      g_set_error_literal (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_READ_ONLY,
                           _("Complete the assessment before it is signed off: a sign-off confirms a record."));
      ok = FALSE;
    }
  ok = ok && write_sign_off (database, qz_assessment_get_uuid (assessment), sign_off, error);
  if (!qz_database_end (database, ok, error))
    return FALSE;

  qz_assessment_set_sign_off (assessment, sign_off);
  return TRUE;
}
