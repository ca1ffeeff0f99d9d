/* qz-gtk-test-utils.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-gtk-test-utils.h"

/* Finding widgets by what they are called, never by where they sit, and
 * waiting on the main loop: for the widget tests only. */

/**
 * qz_test_find:
 * @root: where to look
 * @type: the type sought
 * @match: (nullable): which of that type; %NULL takes any
 * @data: for @match
 *
 * Returns: (nullable) (transfer none): @root or the first of its
 *   descendants, depth first, that is a @type and that @match accepts
 */
GtkWidget *
qz_test_find (GtkWidget         *root,
              GType              type,
              QzTestWidgetMatch  match,
              gpointer           data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (match == NULL || match (root, data)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = qz_test_find (child, type, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_name (GtkWidget *widget,
          gpointer   name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

/**
 * qz_test_find_by_name:
 * @root: where to look
 * @name: a widget name, as a template sets it with
 *   <property name="name">
 *
 * Fails the test when there is no such widget.
 *
 * Returns: (transfer none): @root or the first of its descendants so named
 */
GtkWidget *
qz_test_find_by_name (GtkWidget  *root,
                      const char *name)
{
  GtkWidget *found = qz_test_find (root, GTK_TYPE_WIDGET, has_name, (gpointer) name);

  if (found == NULL)
    g_error ("No widget named “%s” in %s", name, G_OBJECT_TYPE_NAME (root));
  return found;
}

/* "_Save" as it is read: "Save"; "__" stands for "_". */
static char *
without_mnemonic (const char *text)
{
  GString *plain = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          p++;
          if (*p == '\0')
            break;
        }
      g_string_append_c (plain, *p);
    }

  return g_string_free (plain, FALSE);
}

/* A widget's own text: a label's, a button's, a row's title. */
static char *
dup_own_text (GtkWidget *widget)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (widget);
  const char *property = NULL;
  gboolean use_underline = FALSE;
  char *text = NULL;
  char *plain;

  if (GTK_IS_LABEL (widget))
    return g_strdup (gtk_label_get_text (GTK_LABEL (widget)));

  if (g_object_class_find_property (klass, "label") != NULL)
    property = "label";
  else if (g_object_class_find_property (klass, "title") != NULL)
    property = "title";
  if (property == NULL || G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (klass, property)) != G_TYPE_STRING)
    return NULL;

  g_object_get (widget, property, &text, NULL);
  if (g_object_class_find_property (klass, "use-underline") != NULL)
    g_object_get (widget, "use-underline", &use_underline, NULL);
  if (text == NULL || !use_underline)
    return text;

  plain = without_mnemonic (text);
  g_free (text);
  return plain;
}

/**
 * qz_test_has_label:
 * @widget: a widget
 * @label: a name
 *
 * Whether @widget is called @label: its accessible label, or its own
 * text (a label's, a button's, a row's title) as it reads, mnemonic
 * underscores left out. GTK 4.8 gives buttons their text, underscores
 * and all, as their accessible label, hence both.
 */
gboolean
qz_test_has_label (GtkWidget  *widget,
                   const char *label)
{
  g_autofree char *text = NULL;

  /* GTK 4.8 reads accessible properties back only by comparing them. */
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      g_autofree char *mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                      label);
      if (mismatch == NULL)
        return TRUE;
    }

  text = dup_own_text (widget);
  return g_strcmp0 (text, label) == 0;
}

static gboolean
has_label (GtkWidget *widget,
           gpointer   label)
{
  return qz_test_has_label (widget, label);
}

/**
 * qz_test_find_by_label:
 * @root: where to look
 * @type: the type sought
 * @label: its name, as qz_test_has_label() reads it
 *
 * Fails the test when there is no such widget.
 *
 * Returns: (transfer none): @root or the first of its descendants of
 *   @type called @label
 */
GtkWidget *
qz_test_find_by_label (GtkWidget  *root,
                       GType       type,
                       const char *label)
{
  GtkWidget *found = qz_test_find (root, type, has_label, (gpointer) label);

  if (found == NULL)
    g_error ("No %s called “%s” in %s", g_type_name (type), label, G_OBJECT_TYPE_NAME (root));
  return found;
}

/**
 * qz_test_flush_events:
 *
 * Handles what the main loop has pending, without waiting for more.
 */
void
qz_test_flush_events (void)
{
  while (g_main_context_iteration (NULL, FALSE));
}

static gboolean
set_flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Use qz_test_wait_until(), which names the caller. */
void
qz_test_wait_until_at (QzTestCondition  condition,
                       gpointer         data,
                       guint            timeout_ms,
                       const char      *file,
                       int              line,
                       const char      *func,
                       const char      *what)
{
  gboolean timed_out = FALSE;
  gboolean met;
  guint id = g_timeout_add (timeout_ms, set_flag_cb, &timed_out);

  while (!(met = condition (data)) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);
  if (!met)
    {
      g_autofree char *message = g_strdup_printf ("%s not reached within %u ms", what, timeout_ms);

      g_assertion_message (G_LOG_DOMAIN, file, line, func, message);
    }
}

/**
 * qz_test_run_for:
 * @ms: how long
 *
 * Runs the main loop for @ms, for timers of GTK's own that leave nothing
 * to wait on: what they would break is checked afterwards. Wait for
 * anything observable with qz_test_wait_until().
 */
void
qz_test_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}
