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
#include "qz-photo-viewer.h"

/* Photos as evidence on the checklist: chosen or dropped on an
 * indicator's row, prepared in a worker thread, attached to the answer,
 * captioned, shown large, removed (with Undo, through the page's
 * photo-removed signal). */

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

/* A caption as typed, to be written now or, failing that, later. */
typedef struct
{
  QzEvidenceStore *store;
  char            *evidence_uuid;
  char            *caption;
} CaptionEdit;

static void
caption_edit_free (gpointer data)
{
  CaptionEdit *edit = data;

  g_object_unref (edit->store);
  g_free (edit->evidence_uuid);
  g_free (edit->caption);
  g_free (edit);
}

static gboolean
caption_edit_save (gpointer   data,
                   GError   **error)
{
  CaptionEdit *edit = data;

  return qz_evidence_store_set_caption (edit->store, edit->evidence_uuid, edit->caption, error);
}

static void
caption_changed_cb (QzIndicatorRow  *row,
                    const char      *evidence_uuid,
                    const char      *caption,
                    QzChecklistPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = g_strdup_printf ("caption/%s", evidence_uuid);
  g_autofree char *label = NULL;
  CaptionEdit *edit = g_new0 (CaptionEdit, 1);

  edit->store = g_object_ref (qz_assessment_store_get_evidence (self->store));
  edit->evidence_uuid = g_strdup (evidence_uuid);
  edit->caption = g_strdup (caption);
  /* Translators: what an unsaved edit would lose: an indicator, an enterprise, the visit's date */
  label = g_strdup_printf (_("a photo’s caption for %s of %s (%s)"), qz_text_get (&qz_indicator_row_get_indicator (row)->title),
                           self->subject ? self->subject : "", qz_assessment_get_visit_date (self->assessment));
  if (!qz_pending_edits_save (self->pending, key, label, caption_edit_save, edit, caption_edit_free, &error))
    qz_checklist_page_report (self, _("The caption could not be saved: %s"), error->message);
}

/* Files dropped on a row are attached as the file chooser's are, with
 * the same message for one that is not a photo. */
static gboolean
drop_cb (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         QzChecklistPage *self)
{
  QzIndicatorRow *row = QZ_INDICATOR_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)));
  const char *indicator = qz_indicator_row_get_indicator (row)->id;
  GSList *files = NULL;

  if (self->assessment == NULL)
    return FALSE;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    files = gdk_file_list_get_files (g_value_get_boxed (value));
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    files = g_slist_prepend (NULL, g_value_get_object (value));

  for (GSList *l = files; l != NULL; l = l->next)
    qz_checklist_page_attach_photo (self, indicator, l->data);

  g_slist_free (files);
  return TRUE;
}

static void
open_photo_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  QzChecklistPage *self = QZ_CHECKLIST_PAGE (widget);
  QzEvidenceStore *store = self->store ? qz_assessment_store_get_evidence (self->store) : NULL;
  const char *uuid = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  const QzIndicator *indicator;
  QzEvidence *item = NULL;

  if (store == NULL || self->assessment == NULL)
    return;

  evidence = qz_evidence_store_list (store, self->assessment, NULL, &error);
  for (guint i = 0; evidence != NULL && i < evidence->len && item == NULL; i++)
    {
      if (g_str_equal (((QzEvidence *) g_ptr_array_index (evidence, i))->uuid, uuid))
        item = g_ptr_array_index (evidence, i);
    }
  if (item != NULL)
    bytes = qz_evidence_store_get_photo (store, item->sha256, QZ_PHOTO_SIZE_FULL, &error);
  if (bytes != NULL)
    texture = gdk_texture_new_from_bytes (bytes, &error);
  if (texture == NULL)
    {
      qz_checklist_page_report (self, _("The photo cannot be shown: %s"),
                                error ? error->message : _("it is no longer attached."));
      return;
    }

  indicator = qz_framework_find_indicator (qz_assessment_get_framework (self->assessment), item->indicator);
  qz_photo_viewer_new (GTK_WINDOW (gtk_widget_get_root (widget)), texture, item->caption,
                       indicator ? qz_text_get (&indicator->title) : NULL);
}

void
qz_checklist_page_install_photo_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "checklist.open-photo", "s", open_photo_action);
}

/* A row's photo buttons and captions act on the evidence store; files
 * can be dropped on it. */
void
qz_checklist_page_connect_photos (QzChecklistPage *self,
                                  QzIndicatorRow  *row)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (row), GTK_EVENT_CONTROLLER (target));
  g_signal_connect_object (row, "add-photo", G_CALLBACK (add_photo_cb), self, 0);
  g_signal_connect_object (row, "remove-photo", G_CALLBACK (remove_photo_cb), self, 0);
  g_signal_connect_object (row, "caption-changed", G_CALLBACK (caption_changed_cb), self, 0);
}
