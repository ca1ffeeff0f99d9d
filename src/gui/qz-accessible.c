/* qz-accessible.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-accessible"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-accessible.h"

/* Accessible names as a screen reader reads them under GTK 4.8, which
 * joins a widget's label property and the names of what labels it: a
 * button or a field with a mnemonic would be read "_Results Results". A
 * control is named once, without its underscore; a drop-down's button
 * says what it chooses and what is chosen, each of its choices its text;
 * a list's row says what it shows. */

/**
 * qz_accessible_strip_mnemonic:
 * @label: a label with mnemonic underscores
 *
 * Returns: (transfer full): @label as it reads: "_Results" → "Results",
 *   "a__b" → "a_b"
 */
char *
qz_accessible_strip_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label; p != NULL && *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

/* Names @widget @name only: what labels it is not read a second time. */
static void
name_once (GtkWidget  *widget,
           const char *name)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
tidy_button (GtkWidget *button)
{
  g_autofree char *name = NULL;
  const char *label = NULL;
  gboolean underline = FALSE;

  if (GTK_IS_BUTTON (button))
    {
      label = gtk_button_get_label (GTK_BUTTON (button));
      underline = gtk_button_get_use_underline (GTK_BUTTON (button));
    }
  else if (GTK_IS_CHECK_BUTTON (button))
    {
      label = gtk_check_button_get_label (GTK_CHECK_BUTTON (button));
      underline = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (button));
    }
  else if (GTK_IS_MENU_BUTTON (button))
    {
      label = gtk_menu_button_get_label (GTK_MENU_BUTTON (button));
      underline = gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (button));
    }

  if (label == NULL || label[0] == '\0')
    return;
  name = underline ? qz_accessible_strip_mnemonic (label) : g_strdup (label);
  name_once (button, name);
}

static void
label_changed_cb (GtkWidget  *button,
                  GParamSpec *pspec,
                  gpointer    unused)
{
  tidy_button (button);
}

/* A label changed later is tidied again. */
static void
watch_button (GtkWidget *button)
{
  if (g_object_get_data (G_OBJECT (button), "qz-accessible-watched") != NULL)
    return;
  g_object_set_data (G_OBJECT (button), "qz-accessible-watched", GINT_TO_POINTER (1));
  g_signal_connect_after (button, "notify::label", G_CALLBACK (label_changed_cb), NULL);
  g_signal_connect_after (button, "notify::use-underline", G_CALLBACK (label_changed_cb), NULL);
}

static char *
dup_item_text (GtkWidget *dropdown,
               gpointer   item)
{
  g_autoptr(GtkExpression) expression = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  if (item == NULL)
    return g_strdup ("");
  g_object_get (dropdown, "expression", &expression, NULL);
  if (expression != NULL && gtk_expression_evaluate (expression, item, &value) &&
      G_VALUE_HOLDS_STRING (&value))
    return g_value_dup_string (&value);
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (item));
  return g_strdup ("");
}

static char *
dup_selected_text (GtkWidget *dropdown)
{
  g_autoptr(GObject) item = NULL;

  g_object_get (dropdown, "selected-item", &item, NULL);
  return dup_item_text (dropdown, item);
}

/* What shows the choice inside a drop-down's button or a combo row,
 * which the keyboard never reaches but a screen reader would read as a
 * row of its own: the control says the choice already. */
static void
hide_inner (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child))
        continue;
      if (GTK_IS_LIST_VIEW (child) || (gtk_widget_get_focusable (child) && !GTK_IS_BUTTON (child)))
        gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      else
        hide_inner (child);
    }
}

static void
update_drop_down (GtkWidget *dropdown)
{
  const char *label = g_object_get_data (G_OBJECT (dropdown), "qz-accessible-label");
  g_autofree char *value = dup_selected_text (dropdown);
  g_autofree char *name = NULL;

  if (label == NULL)
    return;
  /* Translators: how a drop-down's button is read: what it chooses, then what is chosen */
  name = value[0] ? g_strdup_printf (_("%s: %s"), label, value) : g_strdup (label);
  for (GtkWidget *child = gtk_widget_get_first_child (dropdown); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child))
        {
          name_once (child, name);
          hide_inner (child);
        }
    }
}

static void
choice_changed_cb (GtkWidget  *dropdown,
                   GParamSpec *pspec,
                   gpointer    unused)
{
  update_drop_down (dropdown);
}

/* ---- A drop-down's choices, each named by its text ---- */

static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (list_item, box);
}

static void
show_check (GtkListItem *list_item)
{
  GtkWidget *dropdown = g_object_get_data (G_OBJECT (list_item), "qz-dropdown");
  GtkWidget *box = gtk_list_item_get_child (list_item);
  guint selected = GTK_INVALID_LIST_POSITION;

  if (dropdown == NULL || box == NULL)
    return;
  g_object_get (dropdown, "selected", &selected, NULL);
  gtk_widget_set_opacity (gtk_widget_get_last_child (box),
                          selected == gtk_list_item_get_position (list_item) ? 1.0 : 0.0);
}

static void
selected_changed_cb (GtkWidget   *dropdown,
                     GParamSpec  *pspec,
                     GtkListItem *list_item)
{
  show_check (list_item);
}

static void
choice_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                GtkWidget                *dropdown)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  g_autofree char *text = dup_item_text (dropdown, gtk_list_item_get_item (list_item));
  gulong handler;

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), text);
  qz_accessible_name_parent (box, text);
  g_object_set_data (G_OBJECT (list_item), "qz-dropdown", dropdown);
  handler = g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (selected_changed_cb), list_item, 0);
  g_object_set_data (G_OBJECT (list_item), "qz-handler", GSIZE_TO_POINTER (handler));
  show_check (list_item);
}

static void
choice_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  GtkWidget                *dropdown)
{
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "qz-handler"));

  if (handler != 0)
    g_signal_handler_disconnect (dropdown, handler);
  g_object_set_data (G_OBJECT (list_item), "qz-handler", NULL);
  g_object_set_data (G_OBJECT (list_item), "qz-dropdown", NULL);
}

static void
name_choices (GtkWidget *dropdown)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (choice_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (choice_bind_cb), dropdown);
  g_signal_connect (factory, "unbind", G_CALLBACK (choice_unbind_cb), dropdown);
  g_object_set (dropdown, "list-factory", factory, NULL);
}

/**
 * qz_accessible_name_drop_down:
 * @dropdown: a #GtkDropDown or an #AdwComboRow
 * @label: what it chooses
 *
 * Names @dropdown @label, its button "@label: what is chosen" as the
 * choice changes, and each of its choices by its text.
 */
void
qz_accessible_name_drop_down (GtkWidget  *dropdown,
                              const char *label)
{
  gboolean named = g_object_get_data (G_OBJECT (dropdown), "qz-accessible-label") != NULL;

  g_object_set_data_full (G_OBJECT (dropdown), "qz-accessible-label", g_strdup (label), g_free);
  if (GTK_IS_DROP_DOWN (dropdown))
    name_once (dropdown, label);
  if (!named)
    {
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (choice_changed_cb), NULL);
      g_signal_connect (dropdown, "notify::model", G_CALLBACK (choice_changed_cb), NULL);
      name_choices (dropdown);
    }
  update_drop_down (dropdown);
  if (!GTK_IS_DROP_DOWN (dropdown))
    hide_inner (dropdown);
}

/**
 * qz_accessible_name_parent:
 * @child: the child of a list's row or cell
 * @name: what the row shows, in words
 *
 * Names the row (or the cell) @child is in: GTK 4.8 gives a list's rows
 * no name of their own, and its list items no way to set one.
 */
void
qz_accessible_name_parent (GtkWidget  *child,
                           const char *name)
{
  GtkWidget *parent = gtk_widget_get_parent (child);

  if (parent != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* GTK's shortcuts window has a search button with an icon only. */
static void
name_shortcuts_search (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) == NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Search Shortcuts"), -1);
      else
        name_shortcuts_search (child);
    }
}

static void
tidy_walk (GtkWidget *widget)
{
  if (GTK_IS_SHORTCUTS_WINDOW (widget) && gtk_window_get_titlebar (GTK_WINDOW (widget)) != NULL)
    name_shortcuts_search (gtk_window_get_titlebar (GTK_WINDOW (widget)));

  if (GTK_IS_LABEL (widget) && gtk_label_get_mnemonic_widget (GTK_LABEL (widget)) != NULL &&
      gtk_label_get_use_underline (GTK_LABEL (widget)))
    {
      GtkWidget *target = gtk_label_get_mnemonic_widget (GTK_LABEL (widget));
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      if (GTK_IS_DROP_DOWN (target))
        qz_accessible_name_drop_down (target, text);
      else if (!GTK_IS_BUTTON (target) && !GTK_IS_CHECK_BUTTON (target))
        name_once (target, text);
    }
  else if (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget))
    {
      tidy_button (widget);
      watch_button (widget);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    tidy_walk (child);
}

/**
 * qz_accessible_tidy:
 * @root: a window, a page or a dialog, built
 *
 * Names each button and check button under @root by its text as it reads,
 * each field labelled with a mnemonic by its label once, and each
 * drop-down so labelled as qz_accessible_name_drop_down() does.
 */
void
qz_accessible_tidy (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  tidy_walk (root);
}

/**
 * qz_accessible_set_error:
 * @field: a field, or a row with a field
 * @message: the label under it that says what is wrong, an alert
 * @invalid: whether @field holds what cannot be kept
 *
 * Links @field to @message, which describes it and, while @field is
 * invalid, is its error message: a screen reader says what is wrong when
 * the focus is on the field.
 */
void
qz_accessible_set_error (GtkWidget *field,
                         GtkWidget *message,
                         gboolean   invalid)
{
  GtkWidget *targets[2] = { field, NULL };

  if (GTK_IS_EDITABLE (field))
    targets[1] = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (field)));

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      GtkAccessible *target = GTK_ACCESSIBLE (targets[i]);

      if (targets[i] == NULL || (i > 0 && targets[i] == field))
        continue;
      gtk_accessible_update_relation (target, GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, message, NULL, -1);
      gtk_accessible_update_state (target, GTK_ACCESSIBLE_STATE_INVALID,
                                   invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE, -1);
      if (invalid)
        gtk_accessible_update_relation (target, GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE, message, -1);
      else
        gtk_accessible_reset_relation (target, GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
    }
}

/**
 * qz_accessible_text_scale:
 * @widget: a widget
 *
 * Returns: how much larger than usual the text is on @widget's display:
 *   1.0, or 1.25 and 1.5 with GNOME's large text (the fonts' resolution
 *   over 96 dots per inch)
 */
double
qz_accessible_text_scale (GtkWidget *widget)
{
  int dpi = 0;

  g_object_get (gtk_widget_get_settings (widget), "gtk-xft-dpi", &dpi, NULL);
  return dpi > 0 ? dpi / (96.0 * 1024) : 1.0;
}

static void
toplevel_mapped_cb (GtkWidget *window)
{
  qz_accessible_tidy (window);
}

static void
toplevels_changed_cb (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (g_object_get_data (G_OBJECT (window), "qz-accessible-watched") != NULL)
        continue;
      g_object_set_data (G_OBJECT (window), "qz-accessible-watched", GINT_TO_POINTER (1));
      g_signal_connect (window, "map", G_CALLBACK (toplevel_mapped_cb), NULL);
    }
}

/**
 * qz_accessible_watch_toplevels:
 *
 * Tidies every window and dialog of the application as it is shown, as
 * qz_accessible_tidy() does: message dialogs too, whose buttons
 * libadwaita makes.
 */
void
qz_accessible_watch_toplevels (void)
{
  static gboolean watching = FALSE;
  GListModel *toplevels;

  if (watching)
    return;
  watching = TRUE;
  toplevels = gtk_window_get_toplevels ();
  g_signal_connect (toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb), NULL);
  toplevels_changed_cb (toplevels, 0, 0, g_list_model_get_n_items (toplevels));
}
