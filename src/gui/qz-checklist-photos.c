/* qz-checklist-photos.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-checklist-page"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-checklist-page-private.h"

/* Photos as evidence on the checklist: chosen, prepared in a worker
 * thread, attached to the answer, captioned, removed (with Undo, through
 * the page's photo-removed signal). */

/* Shows the photos of one indicator, or of all when @indicator_id is NULL. */
void
qz_checklist_page_show_photos (QzChecklistPage *self,
                               const char      *indicator_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) evidence = NULL;

  evidence = qz_evidence_store_list (qz_assessment_store_get_evidence (self->store),
                                     self->assessment, indicator_id, &error);
  if (evidence == NULL)
    {
      qz_checklist_page_report (self, _("The photos cannot be shown: %s"), error->message);
      return;
    }

  if (indicator_id != NULL)
    qz_indicator_row_clear_photos (g_hash_table_lookup (self->rows, indicator_id));
  else
    {
      GHashTableIter iter;
      gpointer row;

      g_hash_table_iter_init (&iter, self->rows);
      while (g_hash_table_iter_next (&iter, NULL, &row))
        qz_indicator_row_clear_photos (row);
    }

  for (guint i = 0; i < evidence->len; i++)
    {
      QzEvidence *item = g_ptr_array_index (evidence, i);
      QzIndicatorRow *row = g_hash_table_lookup (self->rows, item->indicator);
      g_autoptr(GBytes) bytes = qz_evidence_store_get_photo (qz_assessment_store_get_evidence (self->store),
                                                             item->sha256, QZ_PHOTO_SIZE_THUMBNAIL, NULL);
      g_autoptr(GdkTexture) texture = bytes ? gdk_texture_new_from_bytes (bytes, NULL) : NULL;

      if (row != NULL)
        qz_indicator_row_add_photo (row, item->uuid, texture, item->caption);
    }
}

/* A photo being prepared belongs to the assessment it was attached in,
 * whatever the page shows by the time it is ready. */
typedef struct
{
  QzChecklistPage   *self;
  QzAssessmentStore *store;
  QzAssessment      *assessment;
  char              *indicator;
} PhotoJob;

static void
photo_job_free (PhotoJob *job)
{
  g_object_unref (job->self);
  g_object_unref (job->store);
  g_object_unref (job->assessment);
  g_free (job->indicator);
  g_free (job);
}

static void
prepare_photo_worker (GTask        *task,
                      gpointer      source,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  GError *error = NULL;
  QzPhoto *photo = qz_photo_new_from_file (source, cancellable, &error);

  if (photo == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, photo, (GDestroyNotify) qz_photo_free);
}

static void
photo_prepared_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PhotoJob *job = user_data;
  QzChecklistPage *self = job->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPhoto) photo = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(QzEvidence) evidence = NULL;

  if (photo != NULL)
    {
      evidence = qz_evidence_store_add_photo (qz_assessment_store_get_evidence (job->store),
                                              job->assessment, job->indicator, photo, &error);
      if (evidence != NULL && self->assessment == job->assessment)
        qz_checklist_page_show_photos (self, job->indicator);
    }

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    qz_checklist_page_report (self, _("The photo could not be attached: %s"), error->message);
  photo_job_free (job);
}

/**
 * qz_checklist_page_attach_photo:
 * @self: a #QzChecklistPage
 * @indicator_id: the indicator the photo is evidence for
 * @file: an image file
 *
 * Prepares the photo in a worker thread (it can take a fraction of a
 * second for a large one) and attaches it.
 */
void
qz_checklist_page_attach_photo (QzChecklistPage *self,
                                const char      *indicator_id,
                                GFile           *file)
{
  g_autoptr(GTask) task = NULL;
  PhotoJob *job;

  g_return_if_fail (QZ_IS_CHECKLIST_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->assessment != NULL);

  /* Whichever way a photo comes, a record takes none. */
  if (qz_checklist_page_is_record (self))
    {
      qz_checklist_page_report (self, "%s", _("This assessment is complete: reopen it for editing to add photos."));
      return;
    }

  job = g_new0 (PhotoJob, 1);
  job->self = g_object_ref (self);
  job->store = g_object_ref (self->store);
  job->assessment = g_object_ref (self->assessment);
  job->indicator = g_strdup (indicator_id);
  task = g_task_new (file, NULL, photo_prepared_cb, job);
  g_task_set_source_tag (task, qz_checklist_page_attach_photo);
  g_task_run_in_thread (task, prepare_photo_worker);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     QzChecklistPage *self)
{
  const char *indicator = g_object_get_data (G_OBJECT (chooser), "qz-indicator");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          qz_checklist_page_attach_photo (self, indicator, file);
        }
    }

  g_object_unref (chooser);
}

static void
add_photo_cb (QzIndicatorRow  *row,
              QzChecklistPage *self)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Attach Photos"), window, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Attach"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_pixbuf_formats (filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), "qz-indicator",
                          g_strdup (qz_indicator_row_get_indicator (row)->id), g_free);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
remove_photo_cb (QzIndicatorRow  *row,
                 const char      *evidence_uuid,
                 QzChecklistPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!qz_evidence_store_remove (qz_assessment_store_get_evidence (self->store), evidence_uuid, TRUE, &error))
    {
      qz_checklist_page_report (self, _("The photo could not be removed: %s"), error->message);
      return;
    }

  qz_checklist_page_show_photos (self, qz_indicator_row_get_indicator (row)->id);
  qz_indicator_row_focus (row);
  g_signal_emit_by_name (self, "photo-removed", evidence_uuid);
}

static void
caption_changed_cb (QzIndicatorRow  *row,
                    const char      *evidence_uuid,
                    const char      *caption,
                    QzChecklistPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!qz_evidence_store_set_caption (qz_assessment_store_get_evidence (self->store), evidence_uuid, caption, &error))
    qz_checklist_page_report (self, _("The caption could not be saved: %s"), error->message);
}

/* A row's photo buttons and captions act on the evidence store. */
void
qz_checklist_page_connect_photos (QzChecklistPage *self,
                                  QzIndicatorRow  *row)
{
  g_signal_connect_object (row, "add-photo", G_CALLBACK (add_photo_cb), self, 0);
  g_signal_connect_object (row, "remove-photo", G_CALLBACK (remove_photo_cb), self, 0);
  g_signal_connect_object (row, "caption-changed", G_CALLBACK (caption_changed_cb), self, 0);
}
