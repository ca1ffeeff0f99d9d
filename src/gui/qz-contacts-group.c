/* qz-contacts-group.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-contacts-group"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-contacts-group.h"
#include "qz-input.h"
#include "qz-toast.h"

/* The contacts of the enterprise shown on the profile: a row each, which
 * opens on the name, title, mobile and WeChat. Every field is stored as
 * typed, one transaction per edit; a mobile that does not look like a
 * phone number is kept and said so under it. Removing a contact offers to
 * undo it. */

struct _QzContactsGroup
{
  AdwPreferencesGroup  parent_instance;

  GtkWidget           *empty_row;

  QzContactStore      *store;
  QzEnterprise        *enterprise;
  GPtrArray           *rows;        /* the AdwExpanderRow of each contact */
  QzPendingEdits      *pending;     /* edits not written yet, retried */
};

G_DEFINE_FINAL_TYPE (QzContactsGroup, qz_contacts_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  FIELD_NAME,
  FIELD_TITLE,
  FIELD_MOBILE,
  FIELD_WECHAT,
  N_FIELDS
} Field;

static const struct
{
  const char      *property;
  const char      *title;
  GtkInputPurpose  purpose;
} fields[N_FIELDS] = {
  { "name", N_("Name"), GTK_INPUT_PURPOSE_NAME },
  { "title", N_("Title"), GTK_INPUT_PURPOSE_FREE_FORM },
  { "mobile", N_("Mobile"), GTK_INPUT_PURPOSE_PHONE },
  { "wechat", N_("WeChat"), GTK_INPUT_PURPOSE_FREE_FORM },
};

static void
failed (QzContactsGroup *self,
        const GError    *error)
{
  g_signal_emit (self, signals[FAILED], 0, error->message);
}

/* The row's title and subtitle say who the contact is, closed. */
static void
update_row_title (AdwExpanderRow *row)
{
  QzContact *contact = g_object_get_data (G_OBJECT (row), "contact");
  const char *name = qz_contact_get_name (contact);
  const char *title = qz_contact_get_title (contact);
  const char *mobile = qz_contact_get_mobile (contact);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);   /* a name as typed: “A&B” */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name[0] ? name : _("Unnamed Contact"));
  if (title[0] && mobile[0])
    /* Translators: a contact's title and mobile, under the name */
    subtitle = g_strdup_printf (_("%s · %s"), title, mobile);
  else
    subtitle = g_strdup (title[0] ? title : mobile);
  adw_expander_row_set_subtitle (row, subtitle);
}

static void
check_mobile (GtkWidget  *entry,
              const char *mobile)
{
  GtkWidget *message = g_object_get_data (G_OBJECT (entry), "message");
  g_autoptr(GError) error = NULL;

  if (mobile[0] != '\0')
    qz_input_check_phone (mobile, &error);
  gtk_widget_set_visible (message, error != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (message), error ? error->message : "");
  if (error != NULL)
    gtk_widget_add_css_class (entry, "warning");
  else
    gtk_widget_remove_css_class (entry, "warning");
}

/* A contact as it is when written. */
typedef struct
{
  QzContactStore *store;
  QzEnterprise   *enterprise;
  QzContact      *contact;
} ContactEdit;

static void
contact_edit_free (gpointer data)
{
  ContactEdit *edit = data;

  g_object_unref (edit->store);
  g_object_unref (edit->enterprise);
  g_object_unref (edit->contact);
  g_free (edit);
}

static gboolean
contact_edit_save (gpointer   data,
                   GError   **error)
{
  ContactEdit *edit = data;

  return qz_contact_store_save (edit->store, edit->enterprise, edit->contact, error);
}

static void
save_contact (QzContactsGroup *self,
              QzContact       *contact)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = g_strdup_printf ("contact/%s", qz_contact_get_uuid (contact));
  g_autofree char *label = NULL;
  const char *name = qz_contact_get_name (contact);
  ContactEdit *edit = g_new0 (ContactEdit, 1);

  edit->store = g_object_ref (self->store);
  edit->enterprise = g_object_ref (self->enterprise);
  edit->contact = g_object_ref (contact);
  if (name[0] != '\0')
    /* Translators: what an unsaved edit would lose: a contact's name, then an enterprise */
    label = g_strdup_printf (_("the contact %s of %s"), name, qz_enterprise_get_name (self->enterprise));
  else
    /* Translators: what an unsaved edit would lose; %s is an enterprise */
    label = g_strdup_printf (_("a contact of %s"), qz_enterprise_get_name (self->enterprise));
  if (!qz_pending_edits_save (self->pending, key, label, contact_edit_save, edit, contact_edit_free, &error))
    failed (self, error);
}

static void
field_changed_cb (GtkEditable     *entry,
                  QzContactsGroup *self)
{
  AdwExpanderRow *row = g_object_get_data (G_OBJECT (entry), "contact-row");
  QzContact *contact = g_object_get_data (G_OBJECT (row), "contact");
  Field field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "field"));
  g_autofree char *value = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (field == FIELD_MOBILE)
    check_mobile (GTK_WIDGET (entry), value);

  g_object_set (contact, fields[field].property, value, NULL);
  update_row_title (row);
  save_contact (self, contact);
}

static void
restore_clicked_cb (AdwToast        *toast,
                    QzContactsGroup *self)
{
  QzContact *contact = g_object_get_data (G_OBJECT (toast), "contact");
  QzEnterprise *enterprise = g_object_get_data (G_OBJECT (toast), "enterprise");
  g_autoptr(GError) error = NULL;

  if (!qz_contact_store_restore (self->store, enterprise, contact, &error))
    {
      failed (self, error);
      return;
    }

  if (enterprise == self->enterprise)
    qz_contacts_group_reload (self);
}

static void
remove_clicked_cb (GtkButton       *button,
                   QzContactsGroup *self)
{
  AdwExpanderRow *row = g_object_get_data (G_OBJECT (button), "contact-row");
  QzContact *contact = g_object_get_data (G_OBJECT (row), "contact");
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const char *name = qz_contact_get_name (contact);
  AdwToast *toast;

  if (!qz_contact_store_remove (self->store, self->enterprise, contact, &error))
    {
      failed (self, error);
      return;
    }

  /* Translators: %s is a contact's name */
  title = name[0] ? g_strdup_printf (_("Contact “%s” removed"), name) : g_strdup (_("Contact removed"));
  toast = qz_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "contact", g_object_ref (contact), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "enterprise", g_object_ref (self->enterprise), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (restore_clicked_cb), self, 0);

  qz_contacts_group_reload (self);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static GtkWidget *
contact_row_new (QzContactsGroup *self,
                 QzContact       *contact)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_object_set_data_full (G_OBJECT (row), "contact", g_object_ref (contact), g_object_unref);
  update_row_title (ADW_EXPANDER_ROW (row));

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Contact"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Contact"), -1);
  g_object_set_data (G_OBJECT (remove), "contact-row", row);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  for (Field field = 0; field < N_FIELDS; field++)
    {
      GtkWidget *entry = adw_entry_row_new ();
      g_autofree char *value = NULL;

      g_object_get (contact, fields[field].property, &value, NULL);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _(fields[field].title));
      gtk_widget_set_name (entry, fields[field].property);
      g_object_set (entry, "input-purpose", fields[field].purpose, NULL);
      gtk_editable_set_text (GTK_EDITABLE (entry), value);
      g_object_set_data (G_OBJECT (entry), "contact-row", row);
      g_object_set_data (G_OBJECT (entry), "field", GUINT_TO_POINTER (field));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), entry);
      if (field == FIELD_NAME)
        g_object_set_data (G_OBJECT (row), "name-entry", entry);

      if (field == FIELD_MOBILE)
        {
          /* What is wrong with the number, read with it. */
          GtkWidget *message = adw_action_row_new ();

          gtk_widget_add_css_class (message, "warning");
          gtk_widget_set_visible (message, FALSE);
          g_object_set_data (G_OBJECT (entry), "message", message);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), message);
          gtk_accessible_update_relation (GTK_ACCESSIBLE (entry),
                                          GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, message, NULL, -1);
          check_mobile (entry, value);
        }

      g_signal_connect_object (entry, "changed", G_CALLBACK (field_changed_cb), self, 0);
    }

  return row;
}

static void
clear_rows (QzContactsGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static GtkWidget *
append_row (QzContactsGroup *self,
            QzContact       *contact)
{
  GtkWidget *row = contact_row_new (self, contact);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
  gtk_widget_set_visible (self->empty_row, FALSE);
  return row;
}

static void
add_clicked_cb (QzContactsGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzContact) contact = NULL;
  GtkWidget *row;

  if (self->store == NULL || self->enterprise == NULL)
    return;

  contact = qz_contact_store_add (self->store, self->enterprise, &error);
  if (contact == NULL)
    {
      failed (self, error);
      return;
    }

  row = append_row (self, contact);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "name-entry"));
}

static void
qz_contacts_group_dispose (GObject *object)
{
  QzContactsGroup *self = (QzContactsGroup *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->enterprise);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->pending);
  gtk_widget_dispose_template (GTK_WIDGET (self), QZ_TYPE_CONTACTS_GROUP);

  G_OBJECT_CLASS (qz_contacts_group_parent_class)->dispose (object);
}

static void
qz_contacts_group_class_init (QzContactsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qz_contacts_group_dispose;

  /**
   * QzContactsGroup::failed:
   * @message: what went wrong
   *
   * A change could not be stored.
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-contacts-group.ui");
  gtk_widget_class_bind_template_child (widget_class, QzContactsGroup, empty_row);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
qz_contacts_group_init (QzContactsGroup *self)
{
  self->rows = g_ptr_array_new ();
  self->pending = qz_pending_edits_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * qz_contacts_group_set_pending_edits:
 * @self: a #QzContactsGroup
 * @pending: where edits that cannot be written wait
 */
void
qz_contacts_group_set_pending_edits (QzContactsGroup *self,
                                     QzPendingEdits  *pending)
{
  g_return_if_fail (QZ_IS_CONTACTS_GROUP (self));
  g_return_if_fail (QZ_IS_PENDING_EDITS (pending));

  g_set_object (&self->pending, pending);
}

/**
 * qz_contacts_group_set_store:
 * @self: a #QzContactsGroup
 * @store: (nullable): where the contacts are
 */
void
qz_contacts_group_set_store (QzContactsGroup *self,
                             QzContactStore  *store)
{
  g_return_if_fail (QZ_IS_CONTACTS_GROUP (self));

  g_set_object (&self->store, store);
  qz_contacts_group_reload (self);
}

/**
 * qz_contacts_group_set_enterprise:
 * @self: a #QzContactsGroup
 * @enterprise: (nullable): whose contacts to show
 */
void
qz_contacts_group_set_enterprise (QzContactsGroup *self,
                                  QzEnterprise    *enterprise)
{
  g_return_if_fail (QZ_IS_CONTACTS_GROUP (self));

  if (g_set_object (&self->enterprise, enterprise))
    qz_contacts_group_reload (self);
}

/**
 * qz_contacts_group_reload:
 * @self: a #QzContactsGroup
 *
 * Shows the contacts as stored.
 */
void
qz_contacts_group_reload (QzContactsGroup *self)
{
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (QZ_IS_CONTACTS_GROUP (self));

  clear_rows (self);
  gtk_widget_set_visible (self->empty_row, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self), self->store != NULL && self->enterprise != NULL);
  if (self->store == NULL || self->enterprise == NULL)
    return;

  contacts = qz_contact_store_list (self->store, self->enterprise, &error);
  if (contacts == NULL)
    {
      failed (self, error);
      return;
    }

  for (guint i = 0; i < contacts->len; i++)
    append_row (self, g_ptr_array_index (contacts, i));
}
