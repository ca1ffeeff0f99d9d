/* qz-import-dialog.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What importing an exchange file will do, said before anything is
 * written: enterprises and assessments new, updated or unchanged, answers
 * updated, conflicts. Responds "import" or "cancel".
 */

#define G_LOG_DOMAIN "qz-import-dialog"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-import-dialog.h"

struct _QzImportDialog
{
  AdwMessageDialog  parent_instance;

  char             *path;
};

G_DEFINE_FINAL_TYPE (QzImportDialog, qz_import_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
qz_import_dialog_finalize (GObject *object)
{
  QzImportDialog *self = QZ_IMPORT_DIALOG (object);

  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (qz_import_dialog_parent_class)->finalize (object);
}

static void
qz_import_dialog_class_init (QzImportDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qz_import_dialog_finalize;
}

static void
qz_import_dialog_init (QzImportDialog *self)
{
}

static char *
describe (const QzExchangeSummary *preview)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (preview->time / G_USEC_PER_SEC);
  g_autofree char *when = time ? g_date_time_format (time, "%Y-%m-%d %H:%M") : g_strdup ("");
  GString *body = g_string_new (NULL);

  if (preview->author[0] != '\0')
    /* Translators: the first %s is a person, the second a date and time */
    g_string_append_printf (body, _("Exported by %s on %s."), preview->author, when);
  else
    /* Translators: %s is a date and time */
    g_string_append_printf (body, _("Exported on %s."), when);
  g_string_append (body, "\n\n");
  g_string_append_printf (body, _("Enterprises: %u new, %u updated, %u unchanged"),
                          preview->enterprises_new, preview->enterprises_updated, preview->enterprises_unchanged);
  g_string_append_c (body, '\n');
  g_string_append_printf (body, _("Assessments: %u new, %u updated, %u unchanged"),
                          preview->assessments_new, preview->assessments_updated, preview->assessments_unchanged);
  g_string_append_c (body, '\n');
  g_string_append_printf (body, _("Answers new or changed: %u"), preview->answers_updated);
  g_string_append_c (body, '\n');
  g_string_append_printf (body, _("Plan items, photos and contacts new or changed: %u"), preview->others_updated);
  g_string_append (body, "\n\n");
  if (preview->conflicts > 0)
    g_string_append_printf (body,
                            g_dngettext (NULL,
                                         "%u record was changed here and there differently: both values are kept, and the checklist marks it for you to choose.",
                                         "%u records were changed here and there differently: both values are kept, and the checklist marks them for you to choose.",
                                         preview->conflicts),
                            preview->conflicts);
  else
    g_string_append (body, _("No conflicts: every change was made on one side only."));
  return g_string_free (body, FALSE);
}

/**
 * qz_import_dialog_new:
 * @parent: the window
 * @path: the exchange file
 * @preview: what importing it will do
 *
 * Returns: (transfer full): the dialog, to be presented
 */
QzImportDialog *
qz_import_dialog_new (GtkWindow               *parent,
                      const char              *path,
                      const QzExchangeSummary *preview)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *heading = g_strdup_printf (_("Import “%s”?"), name);
  g_autofree char *body = describe (preview);
  QzImportDialog *self;

  self = g_object_new (QZ_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", heading,
                       "body", body,
                       "default-response", "import",
                       "close-response", "cancel",
                       NULL);
  self->path = g_strdup (path);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "import", ADW_RESPONSE_SUGGESTED);
  return self;
}

const char *
qz_import_dialog_get_path (QzImportDialog *self)
{
  g_return_val_if_fail (QZ_IS_IMPORT_DIALOG (self), NULL);

  return self->path;
}
