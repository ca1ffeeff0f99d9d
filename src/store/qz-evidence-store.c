/* qz-evidence-store.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-evidence-store"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-assessment-private.h"
#include "qz-column-private.h"
#include "qz-database-private.h"
#include "qz-exchange-private.h"
#include "qz-evidence-store.h"

/* Photos attached to answers. An image is stored once, by its hash, in
 * three sizes; evidence rows link it to an answer and carry its caption.
 * Removing evidence marks it deleted, so that Undo can bring it back. */
struct _QzEvidenceStore
{
  GObject     parent_instance;

  QzDatabase *database;
};

G_DEFINE_FINAL_TYPE (QzEvidenceStore, qz_evidence_store, G_TYPE_OBJECT)

static void
qz_evidence_store_finalize (GObject *object)
{
  QzEvidenceStore *self = (QzEvidenceStore *) object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (qz_evidence_store_parent_class)->finalize (object);
}

static void
qz_evidence_store_class_init (QzEvidenceStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qz_evidence_store_finalize;
}

static void
qz_evidence_store_init (QzEvidenceStore *self)
{
}

/**
 * qz_evidence_store_new:
 * @database: an open database
 *
 * Returns: (transfer full): the photo evidence of @database
 */
QzEvidenceStore *
qz_evidence_store_new (QzDatabase *database)
{
  QzEvidenceStore *self;

  g_return_val_if_fail (QZ_IS_DATABASE (database), NULL);

  self = g_object_new (QZ_TYPE_EVIDENCE_STORE, NULL);
  self->database = g_object_ref (database);
  return self;
}

/**
 * qz_evidence_store_list:
 * @self: a #QzEvidenceStore
 * @assessment: an assessment of @self
 * @indicator_id: (nullable): one indicator's, or %NULL for all
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full) (element-type QzEvidence): the photos that are
 *   not removed, in the order they were added
 */
GPtrArray *
qz_evidence_store_list (QzEvidenceStore    *self,
                        QzAssessment       *assessment,
                        const char         *indicator_id,
                        GError            **error)
{
  g_autoptr(GPtrArray) evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) qz_evidence_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  g_return_val_if_fail (QZ_IS_EVIDENCE_STORE (self), NULL);
  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), NULL);

  stmt = qz_database_prepare (self->database,
                              "SELECT v.uuid, v.indicator, v.photo, v.caption, p.width, p.height,"
                              " coalesce (p.print_width, p.width), coalesce (p.print_height, p.height) FROM evidence v"
                              " JOIN assessment a ON a.id = v.assessment JOIN photo p ON p.sha256 = v.photo"
                              " WHERE a.uuid = ?1 AND v.deleted IS NULL AND (?2 IS NULL OR v.indicator = ?2)"
                              " ORDER BY v.created, v.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, qz_assessment_get_uuid (assessment), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, indicator_id, -1, SQLITE_STATIC);

  while (qz_database_step (self->database, stmt, &has_row, error) && has_row)
    {
      QzEvidence *item;

      if (sqlite3_column_type (stmt, 0) == SQLITE_NULL || sqlite3_column_type (stmt, 2) == SQLITE_NULL)
        {
          g_message ("A photo without its UUID or its image is left out.");
          continue;
        }

      item = g_new0 (QzEvidence, 1);
      item->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      item->indicator = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      item->sha256 = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      item->caption = qz_column_dup_text (stmt, 3, QZ_COLUMN_SHORT_TEXT);
      item->width = sqlite3_column_int (stmt, 4);
      item->height = sqlite3_column_int (stmt, 5);
      item->print_width = sqlite3_column_int (stmt, 6);
      item->print_height = sqlite3_column_int (stmt, 7);
      g_ptr_array_add (evidence, item);
    }

  return has_row ? NULL : g_steal_pointer (&evidence);
}

/**
 * qz_evidence_store_add_photo:
 * @self: a #QzEvidenceStore
 * @assessment: an assessment of @self
 * @indicator_id: the indicator the photo is evidence for
 * @photo: the photo, prepared by qz_photo_new_from_file()
 * @error: return location for a #QzDatabaseError
 *
 * Attaches @photo to the answer. The image is stored once, by its hash,
 * however many answers show it.
 *
 * Returns: (transfer full): the new evidence, or %NULL with @error set
 */
QzEvidence *
qz_evidence_store_add_photo (QzEvidenceStore    *self,
                             QzAssessment       *assessment,
                             const char         *indicator_id,
                             QzPhoto            *photo,
                             GError            **error)
{
  g_autoptr(sqlite3_stmt) image = NULL;
  g_autoptr(sqlite3_stmt) link = NULL;
  g_autoptr(QzEvidence) evidence = g_new0 (QzEvidence, 1);
  gint64 now = g_get_real_time ();
  gboolean ok;

  g_return_val_if_fail (QZ_IS_EVIDENCE_STORE (self), NULL);
  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (photo != NULL, NULL);

  if (qz_framework_find_indicator (qz_assessment_get_framework (assessment), indicator_id) == NULL)
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                   _("%s: the framework has no such indicator"), indicator_id);
      return NULL;
    }

  evidence->uuid = g_uuid_string_random ();
  evidence->indicator = g_strdup (indicator_id);
  evidence->sha256 = g_strdup (photo->sha256);
  evidence->caption = g_strdup ("");

  image = qz_database_prepare (self->database,
                               "INSERT INTO photo (sha256, jpeg, thumbnail, width, height, print, print_width,"
                               " print_height) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING", error);
  link = qz_database_prepare (self->database,
                              "INSERT INTO evidence (uuid, assessment, indicator, photo, created, updated, origin)"
                              " VALUES (?1, (SELECT id FROM assessment WHERE uuid = ?2 AND deleted IS NULL),"
                              " ?3, ?4, ?5, ?5, ?6)", error);
  if (image == NULL || link == NULL)
    return NULL;

  sqlite3_bind_text (image, 1, photo->sha256, -1, SQLITE_STATIC);
  sqlite3_bind_blob (image, 2, g_bytes_get_data (photo->jpeg, NULL), g_bytes_get_size (photo->jpeg), SQLITE_STATIC);
  sqlite3_bind_blob (image, 3, g_bytes_get_data (photo->thumbnail, NULL), g_bytes_get_size (photo->thumbnail),
                     SQLITE_STATIC);
  sqlite3_bind_int (image, 4, photo->width);
  sqlite3_bind_int (image, 5, photo->height);
  sqlite3_bind_blob (image, 6, g_bytes_get_data (photo->print, NULL), g_bytes_get_size (photo->print), SQLITE_STATIC);
  sqlite3_bind_int (image, 7, photo->print_width);
  sqlite3_bind_int (image, 8, photo->print_height);
  sqlite3_bind_text (link, 1, evidence->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (link, 2, qz_assessment_get_uuid (assessment), -1, SQLITE_STATIC);
  sqlite3_bind_text (link, 3, indicator_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (link, 4, photo->sha256, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (link, 5, now);
  sqlite3_bind_text (link, 6, qz_database_get_origin (self->database), -1, SQLITE_STATIC);

  if (!qz_database_begin (self->database, error))
    return NULL;
  ok = qz_database_step (self->database, image, NULL, error) &&
       qz_database_step (self->database, link, NULL, error);
  if (!qz_database_end (self->database, ok, error))
    return NULL;

  return g_steal_pointer (&evidence);
}

/* Prepares an UPDATE of one evidence row: ?1 its UUID, ?2 the new value
 * (bound by the caller), ?3 and ?4 the change's time and origin. */
static sqlite3_stmt *
prepare_evidence_update (QzEvidenceStore    *self,
                         const char         *sql,
                         const char         *uuid,
                         GError            **error)
{
  sqlite3_stmt *stmt = qz_database_prepare (self->database, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, g_get_real_time ());
  sqlite3_bind_text (stmt, 4, qz_database_get_origin (self->database), -1, SQLITE_STATIC);
  return stmt;
}

/* One edit of the evidence @uuid, in its history. */
static gboolean
run_edit (QzEvidenceStore    *self,
          sqlite3_stmt       *stmt,
          const char         *uuid,
          GError            **error)
{
  g_autofree char *record = qz_record_key (QZ_RECORD_EVIDENCE, uuid, NULL);
  g_autofree char *before = NULL;
  g_autofree char *shown = NULL;

  if (stmt == NULL || !qz_database_begin (self->database, error))
    return FALSE;

  return qz_database_end (self->database,
                          qz_history_snapshot (self->database, record, &before, &shown, error) &&
                          qz_database_step (self->database, stmt, NULL, error) &&
                          qz_history_note (self->database, record, before, shown, error),
                          error);
}

/**
 * qz_evidence_store_set_caption:
 * @self: a #QzEvidenceStore
 * @evidence_uuid: a photo's evidence UUID
 * @caption: the caption
 * @error: return location for a #QzDatabaseError
 *
 * Returns: %TRUE on success
 */
gboolean
qz_evidence_store_set_caption (QzEvidenceStore    *self,
                               const char         *evidence_uuid,
                               const char         *caption,
                               GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (QZ_IS_EVIDENCE_STORE (self), FALSE);

  stmt = prepare_evidence_update (self, "UPDATE evidence SET caption = ?2, updated = ?3, origin = ?4"
                                        " WHERE uuid = ?1", evidence_uuid, error);
  if (stmt != NULL)
    sqlite3_bind_text (stmt, 2, caption ? caption : "", -1, SQLITE_TRANSIENT);
  return run_edit (self, stmt, evidence_uuid, error);
}

/**
 * qz_evidence_store_remove:
 * @self: a #QzEvidenceStore
 * @evidence_uuid: a photo's evidence UUID
 * @removed: %TRUE to remove, %FALSE to undo the removal
 * @error: return location for a #QzDatabaseError
 *
 * Removes a photo from its answer, keeping it so that Undo brings it back.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_evidence_store_remove (QzEvidenceStore    *self,
                          const char         *evidence_uuid,
                          gboolean            removed,
                          GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (QZ_IS_EVIDENCE_STORE (self), FALSE);

  stmt = prepare_evidence_update (self, "UPDATE evidence SET deleted = ?2, updated = ?3, origin = ?4"
                                        " WHERE uuid = ?1", evidence_uuid, error);
  if (stmt != NULL && removed)
    sqlite3_bind_int64 (stmt, 2, g_get_real_time ());
  else if (stmt != NULL)
    sqlite3_bind_null (stmt, 2);
  return run_edit (self, stmt, evidence_uuid, error);
}

/**
 * qz_evidence_store_get_photo:
 * @self: a #QzEvidenceStore
 * @sha256: a stored photo's hash
 * @size: the image, its copy for reports or its thumbnail
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full): the JPEG data, or %NULL with @error set
 */
GBytes *
qz_evidence_store_get_photo (QzEvidenceStore    *self,
                             const char         *sha256,
                             QzPhotoSize         size,
                             GError            **error)
{
  static const char *queries[] = {
    [QZ_PHOTO_SIZE_FULL] = "SELECT jpeg FROM photo WHERE sha256 = ?",
    [QZ_PHOTO_SIZE_PRINT] = "SELECT coalesce (print, jpeg) FROM photo WHERE sha256 = ?",
    [QZ_PHOTO_SIZE_THUMBNAIL] = "SELECT thumbnail FROM photo WHERE sha256 = ?",
  };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (QZ_IS_EVIDENCE_STORE (self), NULL);
  g_return_val_if_fail (size < G_N_ELEMENTS (queries), NULL);

  stmt = qz_database_prepare (self->database, queries[size], error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_STATIC);
  if (!qz_database_step (self->database, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                   _("The photo is missing from the database."));
      return NULL;
    }

  return g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
}
