/* qz-profile-page.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-profile-page"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-assessment-list.h"
#include "qz-contacts-group.h"
#include "qz-industry-picker.h"
#include "qz-industry.h"
#include "qz-input.h"
#include "qz-pending-edits.h"
#include "qz-profile-page.h"
#include "qz-uscc.h"

struct _QzProfilePage
{
  AdwBin             parent_instance;

  /* Template widgets */
  AdwEntryRow       *name_row;
  AdwEntryRow       *uscc_row;
  GtkImage          *uscc_status;
  AdwActionRow      *industry_row;
  GtkLabel          *identity_message;
  AdwEntryRow       *province_row;
  AdwEntryRow       *city_row;
  AdwEntryRow       *county_row;
  AdwEntryRow       *address_row;
  AdwEntryRow       *employees_row;
  AdwEntryRow       *revenue_row;
  AdwActionRow      *size_row;
  GtkLabel          *size_message;
  QzContactsGroup   *contacts_group;
  GtkTextView       *notes_view;
  GtkCheckButton    *notes_internal_check;
  GtkLabel          *record_label;
  QzAssessmentList  *assessment_list;

  /* Owned references */
  QzEnterprise      *enterprise;
  QzEnterpriseStore *store;
  GSignalGroup      *enterprise_signals;

  /* Borrowed: the entry row of each plain text field, or NULL */
  AdwEntryRow       *text_rows[QZ_ENTERPRISE_N_TEXTS];

  /* Edits not written yet, retried until they are */
  QzPendingEdits    *pending;
  gboolean           loading;
  /* A field being typed over is emptied before the new text arrives: the
   * figure it had is kept here until the text that follows is valid. */
  gint64             employees_prior;
  double             revenue_prior;
  gboolean           employees_cleared;
  gboolean           revenue_cleared;
};

G_DEFINE_FINAL_TYPE (QzProfilePage, qz_profile_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ENTERPRISE,
  N_PROPS
};

enum {
  SAVE_FAILED,
  OPEN_ASSESSMENT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_message (GtkLabel   *label,
             const char *message,
             const char *style)
{
  gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  if (style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (label), style);

  gtk_label_set_label (label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL && message[0] != '\0');
}

static void
set_row_error (AdwEntryRow *row,
               gboolean     error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* An enterprise's profile as it is when written. */
typedef struct
{
  QzEnterpriseStore *store;
  QzEnterprise      *enterprise;
} ProfileEdit;

static void
profile_edit_free (gpointer data)
{
  ProfileEdit *edit = data;

  g_object_unref (edit->store);
  g_object_unref (edit->enterprise);
  g_free (edit);
}

static gboolean
profile_edit_save (gpointer   data,
                   GError   **error)
{
  ProfileEdit *edit = data;

  return qz_enterprise_store_save (edit->store, edit->enterprise, error);
}

/* Writes the enterprise shown, with every change, in one transaction:
 * what cannot be written waits in the window's pending edits, and is
 * written with the next edit that can be, or when the window closes. */
static void
save_now (QzProfilePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *label = NULL;
  ProfileEdit *edit;

  if (self->store == NULL || self->enterprise == NULL)
    return;

  edit = g_new0 (ProfileEdit, 1);
  edit->store = g_object_ref (self->store);
  edit->enterprise = g_object_ref (self->enterprise);
  key = g_strdup_printf ("enterprise/%s", qz_enterprise_get_uuid (self->enterprise));
  /* Translators: what an unsaved edit would lose; %s is an enterprise */
  label = g_strdup_printf (_("the profile of %s"), qz_enterprise_get_name (self->enterprise));
  if (!qz_pending_edits_save (self->pending, key, label, profile_edit_save, edit, profile_edit_free, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Changes could not be saved: %s"), error->message);

      g_signal_emit (self, signals[SAVE_FAILED], 0, message);
    }
}

/* The credit code's state icon: valid, valid with a warning, or wrong,
 * each with its own icon and the message as tooltip and accessible name. */
static void
update_uscc_status (QzProfilePage *self,
                    const char    *icon_name,
                    const char    *message)
{
  gtk_image_set_from_icon_name (self->uscc_status, icon_name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->uscc_status), message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->uscc_status),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, message,
                                  -1);
}

/* Messages under the identity rows: a missing name, then the credit code's
 * state. Shorter codes are work in progress, not errors; a code that is
 * valid but whose organisation code does not check is a warning, shown in
 * its own colour and icon, and kept like any other. */
static void
update_identity_message (QzProfilePage *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *uscc = qz_uscc_normalize (gtk_editable_get_text (GTK_EDITABLE (self->uscc_row)));
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) warning = NULL;
  gboolean name_missing = name[0] == '\0';
  gboolean uscc_valid = uscc[0] == '\0' || qz_uscc_validate (uscc, &error);
  gboolean uscc_typing = error != NULL && error->code == QZ_USCC_ERROR_LENGTH &&
                         g_utf8_strlen (uscc, -1) < QZ_USCC_LENGTH;

  if (uscc_valid && uscc[0] != '\0')
    qz_uscc_check_organization_code (uscc, &warning);

  if (self->enterprise == NULL)
    {
      name_missing = FALSE;
      uscc_valid = TRUE;
      uscc_typing = FALSE;
      g_clear_error (&warning);
    }

  set_row_error (self->name_row, name_missing);
  set_row_error (self->uscc_row, !uscc_valid && !uscc_typing);
  if (warning != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->uscc_row), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->uscc_row), "warning");

  gtk_widget_set_visible (GTK_WIDGET (self->uscc_status), uscc[0] != '\0');
  if (!uscc_valid)
    update_uscc_status (self, "dialog-error-symbolic", error->message);
  else if (warning != NULL)
    update_uscc_status (self, "dialog-warning-symbolic", warning->message);
  else
    update_uscc_status (self, "emblem-ok-symbolic", _("Valid credit code"));

  if (name_missing)
    set_message (self->identity_message,
                 _("Every enterprise needs a name; the last one entered is kept until you type a new one."),
                 "error");
  else if (uscc_typing)
    {
      g_autofree char *progress = g_strdup_printf (_("%ld of 18 characters"),
                                                   g_utf8_strlen (uscc, -1));
      set_message (self->identity_message, progress, "dim-label");
    }
  else if (!uscc_valid)
    set_message (self->identity_message, error->message, "error");
  else if (warning != NULL)
    set_message (self->identity_message, warning->message, "warning");
  else
    set_message (self->identity_message, NULL, NULL);
}

static void
update_industry (QzProfilePage *self)
{
  const char *code = self->enterprise ? qz_enterprise_get_text (self->enterprise, QZ_ENTERPRISE_INDUSTRY_CODE) : "";
  g_autofree char *label = qz_industry_dup_label (code);

  adw_action_row_set_subtitle (self->industry_row, label[0] ? label : _("Not chosen"));
}

static void
update_size_class (QzProfilePage *self)
{
  QzSizeClass size_class = self->enterprise ? qz_enterprise_get_size_class (self->enterprise)
                                            : QZ_SIZE_CLASS_UNKNOWN;
  const char *code = self->enterprise ? qz_enterprise_get_text (self->enterprise, QZ_ENTERPRISE_INDUSTRY_CODE) : "";

  if (size_class != QZ_SIZE_CLASS_UNKNOWN)
    adw_action_row_set_subtitle (self->size_row, qz_size_class_to_string (size_class));
  else if (code[0] != '\0' && !qz_industry_is_industrial (code))
    adw_action_row_set_subtitle (self->size_row, _("Not derived: the rule is built in for industrial enterprises only"));
  else
    adw_action_row_set_subtitle (self->size_row, _("Enter employees and revenue"));
}

static char *
format_time (gint64 usec)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);

  /* Translators: a date and time, see g_date_time_format() */
  return g_date_time_format (local, _("%Y-%m-%d %H:%M"));
}

static void
update_record (QzProfilePage *self)
{
  g_autofree char *created = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *text = NULL;

  if (self->enterprise == NULL)
    return;

  created = format_time (qz_enterprise_get_created (self->enterprise));
  updated = format_time (qz_enterprise_get_updated (self->enterprise));
  /* Translators: the first %s is when the enterprise was created, the second when it was last changed */
  text = g_strdup_printf (_("Created %s · Last changed %s"), created, updated);
  gtk_label_set_label (self->record_label, text);
}

static void
text_row_changed_cb (QzProfilePage *self,
                     AdwEntryRow   *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *value = NULL;
  QzEnterpriseText field;

  if (self->loading || self->enterprise == NULL)
    return;

  for (field = 0; field < QZ_ENTERPRISE_N_TEXTS; field++)
    {
      if (self->text_rows[field] == row)
        break;
    }
  g_return_if_fail (field < QZ_ENTERPRISE_N_TEXTS);

  if (field == QZ_ENTERPRISE_USCC)
    value = qz_uscc_normalize (text);
  else
    value = g_strstrip (g_strdup (text));

  if (field == QZ_ENTERPRISE_NAME || field == QZ_ENTERPRISE_USCC)
    update_identity_message (self);

  /* The store refuses an empty name; keep the last one until a new one is typed. */
  if (field == QZ_ENTERPRISE_NAME && value[0] == '\0')
    return;

  qz_enterprise_set_text (self->enterprise, field, value);
  save_now (self);
}

/* Each figure is read and written only when its own row changes, so that
 * editing one never rewrites the other from its displayed form. */
static void
show_figure_error (QzProfilePage *self,
                   AdwEntryRow   *row,
                   const GError  *error)
{
  AdwEntryRow *other = row == self->employees_row ? self->revenue_row : self->employees_row;

  set_row_error (row, error != NULL);
  if (error != NULL)
    set_message (self->size_message, error->message, "error");
  else if (!gtk_widget_has_css_class (GTK_WIDGET (other), "error"))
    set_message (self->size_message, NULL, NULL);

  /* Escape takes a figure that does not read back to the one stored. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.revert-figures",
                                 error != NULL || gtk_widget_has_css_class (GTK_WIDGET (other), "error"));
}

static void
employees_changed_cb (QzProfilePage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 employees;

  if (self->loading || self->enterprise == NULL)
    return;

  if (qz_input_parse_count (gtk_editable_get_text (GTK_EDITABLE (self->employees_row)),
                            &employees, &error))
    {
      if (employees < 0 && !self->employees_cleared)
        self->employees_prior = qz_enterprise_get_employees (self->enterprise);
      self->employees_cleared = employees < 0;
      qz_enterprise_set_employees (self->enterprise, employees);
      save_now (self);
    }
  else if (self->employees_cleared)
    {
      /* Emptied only on the way to a typo: the figure stays as it was. */
      self->employees_cleared = FALSE;
      qz_enterprise_set_employees (self->enterprise, self->employees_prior);
      save_now (self);
    }
  show_figure_error (self, self->employees_row, error);
}

static void
revenue_changed_cb (QzProfilePage *self)
{
  g_autoptr(GError) error = NULL;
  double revenue;

  if (self->loading || self->enterprise == NULL)
    return;

  if (qz_input_parse_money (gtk_editable_get_text (GTK_EDITABLE (self->revenue_row)),
                            &revenue, &error))
    {
      if (revenue < 0 && !self->revenue_cleared)
        self->revenue_prior = qz_enterprise_get_revenue (self->enterprise);
      self->revenue_cleared = revenue < 0;
      qz_enterprise_set_revenue (self->enterprise, revenue);
      save_now (self);
    }
  else if (self->revenue_cleared)
    {
      self->revenue_cleared = FALSE;
      qz_enterprise_set_revenue (self->enterprise, self->revenue_prior);
      save_now (self);
    }
  show_figure_error (self, self->revenue_row, error);
}

static void
notes_changed_cb (QzProfilePage *self,
                  GtkTextBuffer *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->loading || self->enterprise == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  qz_enterprise_set_text (self->enterprise, QZ_ENTERPRISE_NOTES, text);
  save_now (self);
}

static void
notes_internal_toggled_cb (QzProfilePage *self)
{
  if (self->loading || self->enterprise == NULL)
    return;

  qz_enterprise_set_notes_internal (self->enterprise, gtk_check_button_get_active (self->notes_internal_check));
  save_now (self);
}

static void
industry_chosen_cb (QzProfilePage *self,
                    const char    *code)
{
  if (self->enterprise == NULL)
    return;

  qz_enterprise_set_text (self->enterprise, QZ_ENTERPRISE_INDUSTRY_CODE, code);
  save_now (self);
}

static void
choose_industry_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  QzProfilePage *self = QZ_PROFILE_PAGE (widget);
  QzIndustryPicker *picker;

  if (self->enterprise == NULL)
    return;

  picker = qz_industry_picker_new (qz_enterprise_get_text (self->enterprise, QZ_ENTERPRISE_INDUSTRY_CODE));
  gtk_window_set_transient_for (GTK_WINDOW (picker), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (picker, "chosen", G_CALLBACK (industry_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
open_assessment_cb (QzProfilePage *self,
                    QzAssessment  *assessment)
{
  g_signal_emit (self, signals[OPEN_ASSESSMENT], 0, assessment);
}

static void
assessment_failed_cb (QzProfilePage *self,
                      const char    *message)
{
  g_signal_emit (self, signals[SAVE_FAILED], 0, message);
}

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

/* The employees and revenue as stored; the caller sets self->loading. */
static void
show_figures (QzProfilePage *self)
{
  g_autofree char *employees = NULL;
  g_autofree char *revenue = NULL;

  self->employees_cleared = FALSE;
  self->revenue_cleared = FALSE;

  if (self->enterprise != NULL && qz_enterprise_get_employees (self->enterprise) >= 0)
    employees = g_strdup_printf ("%" G_GINT64_FORMAT, qz_enterprise_get_employees (self->enterprise));
  revenue = qz_input_format_amount (self->enterprise ? qz_enterprise_get_revenue (self->enterprise) : -1);
  set_entry_text (self->employees_row, employees);
  set_entry_text (self->revenue_row, revenue);
}

/* A figure typed wrong is never stored; Escape shows again the one that is. */
static void
revert_figures_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  QzProfilePage *self = QZ_PROFILE_PAGE (widget);

  self->loading = TRUE;
  show_figures (self);
  self->loading = FALSE;
  show_figure_error (self, self->employees_row, NULL);
  show_figure_error (self, self->revenue_row, NULL);
}

static void
load_enterprise (QzProfilePage *self)
{
  GtkTextBuffer *notes = gtk_text_view_get_buffer (self->notes_view);

  self->loading = TRUE;

  for (guint field = 0; field < QZ_ENTERPRISE_N_TEXTS; field++)
    {
      if (self->text_rows[field] != NULL)
        set_entry_text (self->text_rows[field],
                        self->enterprise ? qz_enterprise_get_text (self->enterprise, field) : "");
    }

  show_figures (self);
  gtk_text_buffer_set_text (notes,
                            self->enterprise ? qz_enterprise_get_text (self->enterprise, QZ_ENTERPRISE_NOTES) : "",
                            -1);
  gtk_check_button_set_active (self->notes_internal_check,
                               self->enterprise == NULL || qz_enterprise_get_notes_internal (self->enterprise));

  self->loading = FALSE;

  show_figure_error (self, self->employees_row, NULL);
  show_figure_error (self, self->revenue_row, NULL);
  update_identity_message (self);
  update_industry (self);
  update_size_class (self);
  update_record (self);
}

static void
qz_profile_page_dispose (GObject *object)
{
  QzProfilePage *self = (QzProfilePage *)object;

  /* The window saves before it goes; this is the last chance, without a
   * window left to report to. */
  qz_pending_edits_retry (self->pending, NULL);
  g_signal_group_set_target (self->enterprise_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), QZ_TYPE_PROFILE_PAGE);

  G_OBJECT_CLASS (qz_profile_page_parent_class)->dispose (object);
}

static void
qz_profile_page_finalize (GObject *object)
{
  QzProfilePage *self = (QzProfilePage *)object;

  g_clear_object (&self->enterprise_signals);
  g_clear_object (&self->pending);
  g_clear_object (&self->enterprise);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (qz_profile_page_parent_class)->finalize (object);
}

static void
qz_profile_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  QzProfilePage *self = QZ_PROFILE_PAGE (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE:
      g_value_set_object (value, self->enterprise);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_profile_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  QzProfilePage *self = QZ_PROFILE_PAGE (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE:
      qz_profile_page_set_enterprise (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_profile_page_class_init (QzProfilePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qz_profile_page_dispose;
  object_class->finalize = qz_profile_page_finalize;
  object_class->get_property = qz_profile_page_get_property;
  object_class->set_property = qz_profile_page_set_property;

  properties[PROP_ENTERPRISE] =
    g_param_spec_object ("enterprise", NULL, NULL,
                         QZ_TYPE_ENTERPRISE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * QzProfilePage::save-failed:
   * @self: the page
   * @message: a translated explanation
   *
   * An edit could not be written; it stays on screen and in the
   * enterprise, and the next edit tries again.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * QzProfilePage::open-assessment:
   * @self: the page
   * @assessment: the assessment to show
   */
  signals[OPEN_ASSESSMENT] =
    g_signal_new ("open-assessment", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, QZ_TYPE_ASSESSMENT);

  g_type_ensure (QZ_TYPE_ASSESSMENT_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-profile-page.ui");
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, uscc_row);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, uscc_status);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, industry_row);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, identity_message);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, province_row);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, city_row);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, county_row);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, address_row);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, employees_row);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, revenue_row);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, size_row);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, size_message);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, contacts_group);
  gtk_widget_class_bind_template_callback_full (widget_class, "contacts_failed_cb", G_CALLBACK (assessment_failed_cb));
  g_type_ensure (QZ_TYPE_CONTACTS_GROUP);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, notes_internal_check);
  gtk_widget_class_bind_template_callback (widget_class, notes_internal_toggled_cb);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, record_label);
  gtk_widget_class_bind_template_child (widget_class, QzProfilePage, assessment_list);
  gtk_widget_class_bind_template_callback (widget_class, open_assessment_cb);

  gtk_widget_class_install_action (widget_class, "profile.choose-industry", NULL, choose_industry_action);
  gtk_widget_class_install_action (widget_class, "profile.revert-figures", NULL, revert_figures_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "profile.revert-figures", NULL);
}

static void
qz_profile_page_init (QzProfilePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pending = qz_pending_edits_new ();
  qz_contacts_group_set_pending_edits (self->contacts_group, self->pending);
  self->text_rows[QZ_ENTERPRISE_NAME] = self->name_row;
  self->text_rows[QZ_ENTERPRISE_USCC] = self->uscc_row;
  self->text_rows[QZ_ENTERPRISE_PROVINCE] = self->province_row;
  self->text_rows[QZ_ENTERPRISE_CITY] = self->city_row;
  self->text_rows[QZ_ENTERPRISE_COUNTY] = self->county_row;
  self->text_rows[QZ_ENTERPRISE_ADDRESS] = self->address_row;

  for (guint field = 0; field < QZ_ENTERPRISE_N_TEXTS; field++)
    {
      if (self->text_rows[field] != NULL)
        g_signal_connect_swapped (self->text_rows[field], "changed",
                                  G_CALLBACK (text_row_changed_cb), self);
    }
  g_signal_connect_swapped (self->employees_row, "changed", G_CALLBACK (employees_changed_cb), self);
  g_signal_connect_swapped (self->revenue_row, "changed", G_CALLBACK (revenue_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->notes_view), "changed",
                            G_CALLBACK (notes_changed_cb), self);
  g_signal_connect_swapped (self->assessment_list, "failed", G_CALLBACK (assessment_failed_cb), self);

  /* Screen readers read the messages with the rows they are about. */
  {
    const struct { AdwEntryRow *row; GtkLabel *message; } described[] = {
      { self->name_row, self->identity_message },
      { self->uscc_row, self->identity_message },
      { self->employees_row, self->size_message },
      { self->revenue_row, self->size_message },
    };

    for (guint i = 0; i < G_N_ELEMENTS (described); i++)
      gtk_accessible_update_relation (GTK_ACCESSIBLE (described[i].row),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, described[i].message, NULL,
                                      -1);
  }

  /* Derived values follow the enterprise, whoever changes it. */
  self->enterprise_signals = g_signal_group_new (QZ_TYPE_ENTERPRISE);
  g_signal_group_connect_swapped (self->enterprise_signals, "notify::size-class",
                                  G_CALLBACK (update_size_class), self);
  g_signal_group_connect_swapped (self->enterprise_signals, "notify::industry-code",
                                  G_CALLBACK (update_industry), self);
  g_signal_group_connect_swapped (self->enterprise_signals, "notify::updated",
                                  G_CALLBACK (update_record), self);

  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}

/**
 * qz_profile_page_get_enterprise:
 * @self: a #QzProfilePage
 *
 * Returns: (transfer none) (nullable): the enterprise shown
 */
QzEnterprise *
qz_profile_page_get_enterprise (QzProfilePage *self)
{
  g_return_val_if_fail (QZ_IS_PROFILE_PAGE (self), NULL);

  return self->enterprise;
}

/**
 * qz_profile_page_set_enterprise:
 * @self: a #QzProfilePage
 * @enterprise: (nullable): the enterprise to show and edit
 *
 * Saves what is pending for the previous enterprise, then shows @enterprise.
 */
void
qz_profile_page_set_enterprise (QzProfilePage *self,
                                QzEnterprise  *enterprise)
{
  g_return_if_fail (QZ_IS_PROFILE_PAGE (self));
  g_return_if_fail (!enterprise || QZ_IS_ENTERPRISE (enterprise));

  if (self->enterprise == enterprise)
    return;

  qz_profile_page_flush (self);
  g_set_object (&self->enterprise, enterprise);
  g_signal_group_set_target (self->enterprise_signals, enterprise);
  gtk_widget_set_sensitive (GTK_WIDGET (self), enterprise != NULL);
  load_enterprise (self);
  qz_assessment_list_set_enterprise (self->assessment_list, enterprise);
  qz_contacts_group_set_enterprise (self->contacts_group, enterprise);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTERPRISE]);
}

/**
 * qz_profile_page_set_store:
 * @self: a #QzProfilePage
 * @store: (nullable): where edits are saved
 */
void
qz_profile_page_set_store (QzProfilePage     *self,
                           QzEnterpriseStore *store)
{
  g_autoptr(QzContactStore) contacts = NULL;

  g_return_if_fail (QZ_IS_PROFILE_PAGE (self));

  qz_profile_page_flush (self);
  g_set_object (&self->store, store);
  if (store != NULL)
    contacts = qz_contact_store_new (qz_enterprise_store_get_database (store));
  qz_contacts_group_set_store (self->contacts_group, contacts);
}

/**
 * qz_profile_page_set_assessment_store:
 * @self: a #QzProfilePage
 * @store: (nullable): where the enterprise's assessments are
 */
void
qz_profile_page_set_assessment_store (QzProfilePage     *self,
                                      QzAssessmentStore *store)
{
  g_return_if_fail (QZ_IS_PROFILE_PAGE (self));

  qz_assessment_list_set_store (self->assessment_list, store);
}

/**
 * qz_profile_page_reload_assessments:
 * @self: a #QzProfilePage
 *
 * Shows the assessments again, after one changed elsewhere.
 */
void
qz_profile_page_reload_assessments (QzProfilePage *self)
{
  g_return_if_fail (QZ_IS_PROFILE_PAGE (self));

  qz_assessment_list_reload (self->assessment_list);
}

/**
 * qz_profile_page_flush:
 * @self: a #QzProfilePage
 *
 * Tries again the edits that could not be written.
 *
 * Returns: %TRUE if every edit is written; otherwise ::save-failed was
 *   emitted and the edits are kept for the next try
 */
gboolean
qz_profile_page_flush (QzProfilePage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (QZ_IS_PROFILE_PAGE (self), FALSE);

  if (qz_pending_edits_retry (self->pending, &error))
    return TRUE;

  {
    g_autofree char *message = g_strdup_printf (_("Changes could not be saved: %s"), error->message);

    g_signal_emit (self, signals[SAVE_FAILED], 0, message);
  }
  return FALSE;
}

/**
 * qz_profile_page_set_pending_edits:
 * @self: a #QzProfilePage
 * @pending: where edits that cannot be written wait
 *
 * Shares the window's pending edits, with the contacts too, so that
 * closing it retries them.
 */
void
qz_profile_page_set_pending_edits (QzProfilePage  *self,
                                   QzPendingEdits *pending)
{
  g_return_if_fail (QZ_IS_PROFILE_PAGE (self));
  g_return_if_fail (QZ_IS_PENDING_EDITS (pending));

  g_set_object (&self->pending, pending);
  qz_contacts_group_set_pending_edits (self->contacts_group, pending);
}

/**
 * qz_profile_page_focus_name:
 * @self: a #QzProfilePage
 *
 * Moves the keyboard focus to the name, selected, ready to be typed over.
 */
void
qz_profile_page_focus_name (QzProfilePage *self)
{
  g_return_if_fail (QZ_IS_PROFILE_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}
