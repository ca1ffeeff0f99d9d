/* qz-report-dialog.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-report-dialog"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-doc-draw.h"
#include "qz-report-dialog.h"
#include "qz-show-in-folder.h"
#include "qz-toast.h"

/* The report before it leaves: its sections switched on and off, its
 * pages previewed as they will print, then exported as PDF or printed.
 * Preview, PDF and print draw the very same pages. */
struct _QzReportDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *sections_group;
  AdwActionRow        *issuer_row;
  AdwComboRow         *language_row;
  GtkSwitch           *internal_switch;
  GtkBox              *pages_box;

  /* Owned references */
  GSettings           *settings;
  QzReportInput       *input;
  char                *organisation;
  char                *author;
  QzReportLogo        *logo;
  QzDoc               *doc;
  QzDocLayout         *layout;
  QzReportSections     sections;
  gboolean             ready;       /* has what it needs to build */
  gboolean             printing;    /* the pages stay as they are meanwhile */
  gboolean             stale;       /* a refresh waits for the print to end */
  char                *logo_path;   /* of the logo loaded */
  guint                refresh_id;  /* a refresh after typing in Preferences */
};

G_DEFINE_FINAL_TYPE (QzReportDialog, qz_report_dialog, ADW_TYPE_WINDOW)

#define PREVIEW_WIDTH 540

static const struct
{
  QzReportSections  section;
  const char       *title;
} sections[] = {
  { QZ_REPORT_OVERVIEW, N_("_Overview") },
  { QZ_REPORT_PROFILE, N_("The E_nterprise") },
  { QZ_REPORT_ASSESSMENT, N_("The A_ssessment") },
  { QZ_REPORT_PROBLEMS, N_("Pro_blems") },
  { QZ_REPORT_PLAN, N_("The Improvement P_lan") },
  { QZ_REPORT_APPENDIX, N_("_Appendix with Every Answer and Photo") },
};

static void
fill_options (QzReportDialog  *self,
              QzReportOptions *options)
{
  options->sections = self->sections;
  options->organisation = self->organisation;
  options->author = self->author;
  options->language = adw_combo_row_get_selected (self->language_row) == 1 ? "en" : "zh_CN";
  options->logo = self->logo;
  options->internal = gtk_switch_get_active (self->internal_switch);
}

static void
show_error (QzReportDialog *self,
            const char     *message)
{
  AdwToast *toast = qz_toast_new (message);

  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
draw_page (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  QzReportDialog *self = QZ_REPORT_DIALOG (gtk_widget_get_root (GTK_WIDGET (area)));
  guint page = GPOINTER_TO_UINT (user_data);

  if (self->layout == NULL || page >= qz_doc_layout_get_n_pages (self->layout))
    return;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, width / QZ_DOC_PAGE_WIDTH, height / QZ_DOC_PAGE_HEIGHT);
  qz_doc_layout_draw_page (self->layout, cr, page);
}

/* The logo of the preferences; one that cannot be read any more is said
 * so, and the report goes without. */
static void
load_logo (QzReportDialog *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "report-logo");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (path, self->logo_path) == 0)
    return;

  /* A logo chosen before Qizhen kept its own copy is copied now, so that
   * it stays when the user's file is moved. */
  if (path[0] != '\0' && !qz_report_logo_is_kept (path))
    {
      g_autofree char *kept = qz_report_logo_keep (path, NULL);

      if (kept != NULL)
        {
          g_settings_set_string (self->settings, "report-logo", kept);
          g_free (path);
          path = g_steal_pointer (&kept);
        }
    }

  g_free (self->logo_path);
  self->logo_path = g_strdup (path);
  g_clear_pointer (&self->logo, qz_report_logo_free);
  g_clear_pointer (&self->logo_path, g_free);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (path[0] == '\0')
    return;

  self->logo = qz_report_logo_load (path, &error);
  if (self->logo == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The report goes without its logo: %s"), error->message);
      show_error (self, message);
    }
}

/* Builds the report anew, for the sections and the issuer as they are
 * now, and shows its pages. */
static void
refresh (QzReportDialog *self)
{
  QzReportOptions options;
  GtkWidget *child;
  guint n_pages;

  if (!self->ready)
    return;
  if (self->printing)
    {
      self->stale = TRUE;
      return;
    }

  g_free (self->organisation);
  self->organisation = g_settings_get_string (self->settings, "report-organisation");
  load_logo (self);
  adw_action_row_set_subtitle (self->issuer_row,
                               self->organisation[0] ? self->organisation : _("No organisation set"));

  g_clear_pointer (&self->layout, qz_doc_layout_free);
  g_clear_pointer (&self->doc, qz_doc_free);
  fill_options (self, &options);
  self->doc = qz_report_build (self->input, &options);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box))) != NULL)
    gtk_box_remove (self->pages_box, child);
  self->layout = qz_report_layout (self->doc, self->input, &options);

  n_pages = qz_doc_layout_get_n_pages (self->layout);
  for (guint page = 0; page < n_pages; page++)
    {
      GtkWidget *area = gtk_drawing_area_new ();
      g_autofree char *name = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), PREVIEW_WIDTH);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area),
                                           (int) (PREVIEW_WIDTH * QZ_DOC_PAGE_HEIGHT / QZ_DOC_PAGE_WIDTH));
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_page, GUINT_TO_POINTER (page), NULL);
      gtk_widget_add_css_class (area, "card");
      gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_box_append (self->pages_box, area);
    }
}

static gboolean
refresh_cb (gpointer user_data)
{
  QzReportDialog *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Typing an organisation's name rebuilds the pages once the typing stops. */
static void
issuer_changed_cb (QzReportDialog *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->refresh_id = g_timeout_add (400, refresh_cb, self);
}

static void
section_toggled_cb (GtkSwitch      *toggle,
                    GParamSpec     *pspec,
                    QzReportDialog *self)
{
  QzReportSections section = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toggle), "qz-section"));

  qz_report_dialog_set_section (self, section, gtk_switch_get_active (toggle));
}

static void
language_changed_cb (QzReportDialog *self)
{
  refresh (self);
}

static void
internal_changed_cb (QzReportDialog *self)
{
  refresh (self);
}

/* ---- Export ---- */

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  QzReportDialog *self = QZ_REPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (g_variant_get_string (parameter, NULL), NULL, &error))
    show_error (self, error->message);
}

static void
shown_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(QzReportDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!qz_show_in_folder_finish (result, &error))
    show_error (self, error->message);
}

static void
show_in_folder_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  qz_show_in_folder_async (file, NULL, shown_cb, g_object_ref (widget));
}

/* Says the report is written, with a button to open it and one to show
 * it in its folder. */
static void
show_exported (QzReportDialog *self,
               const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  AdwToast *toast = qz_toast_new (_("Report exported"));
  GtkWidget *title = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *show = gtk_button_new_with_mnemonic (_("_Show in Folder"));

  gtk_box_append (GTK_BOX (title), gtk_label_new (_("Report exported")));
  gtk_widget_add_css_class (show, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (show), "report.show-in-folder");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (show), "s", uri);
  gtk_box_append (GTK_BOX (title), show);
  adw_toast_set_custom_title (toast, title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "report.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * qz_report_dialog_export:
 * @self: a #QzReportDialog
 * @path: the PDF to write
 * @error: return location for an error
 *
 * Returns: %TRUE when the report, as shown, is written
 */
gboolean
qz_report_dialog_export (QzReportDialog  *self,
                         const char      *path,
                         GError         **error)
{
  QzReportOptions options;

  g_return_val_if_fail (QZ_IS_REPORT_DIALOG (self), FALSE);

  /* What Preferences say now, even when typed an instant ago. */
  if (self->refresh_id != 0)
    {
      g_clear_handle_id (&self->refresh_id, g_source_remove);
      refresh (self);
    }
  g_free (self->author);
  self->author = g_settings_get_string (self->settings, "report-author");
  fill_options (self, &options);
  if (!qz_report_export_pdf (self->input, &options, path, error))
    return FALSE;

  show_exported (self, path);
  return TRUE;
}

static void
export_response_cb (QzReportDialog       *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      if (path == NULL)
        show_error (self, _("The report can only be saved to a local file."));
      else if (!qz_report_dialog_export (self, path, &error))
        show_error (self, error->message);
    }

  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  QzReportDialog *self = QZ_REPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF document"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  /* Translators: the file name offered for a report: the enterprise, then the visit date; keep the extension */
  name = g_strdup_printf (_("%s diagnosis report %s.pdf"), qz_enterprise_get_name (self->input->enterprise),
                          qz_assessment_get_visit_date (self->input->assessment));
  g_strdelimit (name, "/\\\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- Print ---- */

static void
print_page_cb (GtkPrintOperation *operation,
               GtkPrintContext   *context,
               int                page,
               QzReportDialog    *self)
{
  qz_doc_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context), page);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  QzReportDialog *self = QZ_REPORT_DIALOG (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;

  if (self->layout == NULL)
    return;

  /* The pages are laid out on A4 in points: the print context is too. */
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, qz_doc_layout_get_n_pages (self->layout));
  gtk_print_operation_set_job_name (operation, gtk_window_get_title (GTK_WINDOW (self)));
  g_signal_connect (operation, "draw-page", G_CALLBACK (print_page_cb), self);

  /* The dialog runs its own main loop: the pages must not change under it. */
  self->printing = TRUE;
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, error->message);
  self->printing = FALSE;
  if (self->stale)
    {
      self->stale = FALSE;
      refresh (self);
    }
}

/* ---- Life ---- */

static void
qz_report_dialog_dispose (GObject *object)
{
  QzReportDialog *self = (QzReportDialog *)object;

  g_clear_object (&self->settings);
  g_clear_pointer (&self->input, qz_report_input_unref);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->logo, qz_report_logo_free);
  g_clear_pointer (&self->logo_path, g_free);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->layout, qz_doc_layout_free);
  g_clear_pointer (&self->doc, qz_doc_free);

  G_OBJECT_CLASS (qz_report_dialog_parent_class)->dispose (object);
}

static void
qz_report_dialog_class_init (QzReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qz_report_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QzReportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, QzReportDialog, sections_group);
  gtk_widget_class_bind_template_child (widget_class, QzReportDialog, issuer_row);
  gtk_widget_class_bind_template_child (widget_class, QzReportDialog, language_row);
  gtk_widget_class_bind_template_callback (widget_class, language_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, QzReportDialog, internal_switch);
  gtk_widget_class_bind_template_callback (widget_class, internal_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, QzReportDialog, pages_box);

  gtk_widget_class_install_action (widget_class, "report.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "report.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "report.show-in-folder", "s", show_in_folder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "report.print", NULL);
}

static void
qz_report_dialog_init (QzReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->sections = QZ_REPORT_ALL;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(sections[i].title));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
      gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (toggle), "qz-section", GUINT_TO_POINTER (sections[i].section));
      g_signal_connect (toggle, "notify::active", G_CALLBACK (section_toggled_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      adw_preferences_group_add (self->sections_group, row);
    }
}

/**
 * qz_report_dialog_new:
 * @parent: the window it belongs to
 * @settings: the application's settings, for the issuer
 * @input: what the report is written from, from qz_report_input_gather();
 *   referenced
 *
 * Returns: (transfer none): the dialog, shown
 */
QzReportDialog *
qz_report_dialog_new (GtkWindow           *parent,
                      GSettings           *settings,
                      QzReportInput       *input)
{
  QzReportDialog *self = g_object_new (QZ_TYPE_REPORT_DIALOG, "transient-for", parent, NULL);
  g_autofree char *title = g_strdup_printf (_("Report: %s"), qz_enterprise_get_name (input->enterprise));

  gtk_window_set_title (GTK_WINDOW (self), title);
  /* For app.preferences. */
  gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  self->settings = g_object_ref (settings);
  self->input = qz_report_input_ref (input);
  self->ready = TRUE;
  /* The author is only in the PDF's properties: read when exporting. */
  g_signal_connect_object (settings, "changed::report-organisation", G_CALLBACK (issuer_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::report-logo", G_CALLBACK (issuer_changed_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

guint
qz_report_dialog_get_n_pages (QzReportDialog *self)
{
  g_return_val_if_fail (QZ_IS_REPORT_DIALOG (self), 0);

  return self->layout ? qz_doc_layout_get_n_pages (self->layout) : 0;
}

/**
 * qz_report_dialog_set_section:
 * @self: a #QzReportDialog
 * @section: a section
 * @shown: whether it is in the report
 */
void
qz_report_dialog_set_section (QzReportDialog   *self,
                              QzReportSections  section,
                              gboolean          shown)
{
  QzReportSections before;

  g_return_if_fail (QZ_IS_REPORT_DIALOG (self));

  before = self->sections;
  if (shown)
    self->sections |= section;
  else
    self->sections &= ~section;
  if (self->sections != before)
    refresh (self);
}
