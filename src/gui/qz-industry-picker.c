/* qz-industry-picker.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-industry-picker"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-enterprise.h"
#include "qz-industry-picker.h"
#include "qz-industry.h"

/* A modal list of the GB/T 4754 table with search as you type; emits
 * ::chosen with the code (empty to clear) and closes. */
struct _QzIndustryPicker
{
  AdwWindow           parent_instance;

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;

  /* Owned references */
  GStrv               terms;
};

G_DEFINE_FINAL_TYPE (QzIndustryPicker, qz_industry_picker, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const QzIndustry *
item_industry (gpointer item)
{
  return qz_industry_lookup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  QzIndustryPicker *self = user_data;
  const QzIndustry *industry = item_industry (item);
  g_autofree char *label = NULL;
  g_autofree char *folded = NULL;

  if (self->terms == NULL || self->terms[0] == NULL)
    return TRUE;

  label = g_strconcat (qz_industry_get_code (industry), " ", qz_industry_get_name (industry), NULL);
  folded = g_utf8_casefold (label, -1);
  for (guint i = 0; self->terms[i]; i++)
    {
      if (strstr (folded, self->terms[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *code = gtk_label_new (NULL);
  GtkWidget *name = gtk_label_new (NULL);

  gtk_label_set_width_chars (GTK_LABEL (code), 6);
  gtk_label_set_xalign (GTK_LABEL (code), 0);
  gtk_widget_add_css_class (code, "numeric");
  gtk_widget_add_css_class (code, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), code);
  gtk_box_append (GTK_BOX (box), name);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item)
{
  const QzIndustry *industry = item_industry (gtk_list_item_get_item (list_item));
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *code = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_next_sibling (code);
  QzIndustryLevel level = qz_industry_get_level (industry);

  gtk_label_set_label (GTK_LABEL (code), qz_industry_get_code (industry));
  gtk_label_set_label (GTK_LABEL (name), qz_industry_get_name (industry));
  gtk_widget_set_margin_start (box, 6 + 18 * (int) level);
  if (level == QZ_INDUSTRY_LEVEL_SECTION)
    gtk_widget_add_css_class (name, "heading");
  else
    gtk_widget_remove_css_class (name, "heading");
}

static void
choose (QzIndustryPicker *self,
        const char       *code)
{
  g_signal_emit (self, signals[CHOSEN], 0, code);
  gtk_window_close (GTK_WINDOW (self));
}

static void
choose_selected (QzIndustryPicker *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection);

  if (item != NULL)
    choose (self, gtk_string_object_get_string (item));
}

static void
list_activate_cb (QzIndustryPicker *self,
                  guint             position)
{
  gtk_single_selection_set_selected (self->selection, position);
  choose_selected (self);
}

static void
search_activate_cb (QzIndustryPicker *self)
{
  choose_selected (self);
}

static void
clear_clicked_cb (QzIndustryPicker *self)
{
  choose (self, "");
}

static void
search_changed_cb (QzIndustryPicker *self)
{
  g_clear_pointer (&self->terms, g_strfreev);
  self->terms = qz_enterprise_search_terms (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_stack_set_visible_child_name (self->stack,
                                    qz_industry_picker_get_n_shown (self) > 0 ? "list" : "empty");
}

static void
qz_industry_picker_finalize (GObject *object)
{
  QzIndustryPicker *self = (QzIndustryPicker *)object;

  g_clear_pointer (&self->terms, g_strfreev);

  G_OBJECT_CLASS (qz_industry_picker_parent_class)->finalize (object);
}

static void
qz_industry_picker_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), QZ_TYPE_INDUSTRY_PICKER);

  G_OBJECT_CLASS (qz_industry_picker_parent_class)->dispose (object);
}

static void
qz_industry_picker_class_init (QzIndustryPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qz_industry_picker_dispose;
  object_class->finalize = qz_industry_picker_finalize;

  /**
   * QzIndustryPicker::chosen:
   * @self: the picker
   * @code: the chosen GB/T 4754 code, or an empty string to clear
   */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-industry-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, QzIndustryPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, QzIndustryPicker, stack);
  gtk_widget_class_bind_template_child (widget_class, QzIndustryPicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, QzIndustryPicker, selection);
  gtk_widget_class_bind_template_child (widget_class, QzIndustryPicker, filter_model);
  gtk_widget_class_bind_template_child (widget_class, QzIndustryPicker, filter);
  gtk_widget_class_bind_template_callback (widget_class, setup_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
}

static void
qz_industry_picker_init (QzIndustryPicker *self)
{
  g_autoptr(GtkStringList) codes = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < qz_industry_get_count (); i++)
    gtk_string_list_append (codes, qz_industry_get_code (qz_industry_get_nth (i)));

  gtk_custom_filter_set_filter_func (self->filter, filter_func, self, NULL);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (codes));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

/**
 * qz_industry_picker_new:
 * @code: (nullable): the code chosen so far, selected when the picker opens
 *
 * Returns: (transfer full): a new picker
 */
QzIndustryPicker *
qz_industry_picker_new (const char *code)
{
  QzIndustryPicker *self = g_object_new (QZ_TYPE_INDUSTRY_PICKER, NULL);

  for (guint i = 0; code != NULL && i < qz_industry_get_count (); i++)
    {
      if (g_strcmp0 (qz_industry_get_code (qz_industry_get_nth (i)), code) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          break;
        }
    }

  return self;
}

/**
 * qz_industry_picker_set_query:
 * @self: a #QzIndustryPicker
 * @query: what to search for
 *
 * Types @query into the search entry.
 */
void
qz_industry_picker_set_query (QzIndustryPicker *self,
                              const char       *query)
{
  g_return_if_fail (QZ_IS_INDUSTRY_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  search_changed_cb (self);
}

/**
 * qz_industry_picker_get_n_shown:
 * @self: a #QzIndustryPicker
 *
 * Returns: how many industries the search leaves in the list
 */
guint
qz_industry_picker_get_n_shown (QzIndustryPicker *self)
{
  g_return_val_if_fail (QZ_IS_INDUSTRY_PICKER (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}
