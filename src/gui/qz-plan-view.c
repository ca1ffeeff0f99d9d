/* qz-plan-view.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-plan-view"

#include "qz-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "qz-accessible.h"
#include "qz-input.h"
#include "qz-measure.h"
#include "qz-plan-item.h"
#include "qz-plan-view.h"

/* The plan as a table: a column per field, edited in place. Texts are
 * editable labels (Enter or a double click to edit, Enter to keep, Escape
 * to drop), choices are drop-downs. An edit is checked, applied to the
 * item and reported with ::item-edited; a refused one is undone and
 * reported with ::edit-refused. Rows move by their handle or with
 * Alt+Up and Alt+Down (::move-item); Delete asks to remove one
 * (::remove-item). The view never stores anything itself. */
struct _QzPlanView
{
  GtkWidget           parent_instance;

  GtkScrolledWindow  *scroller;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  QzFramework        *framework;
};

G_DEFINE_FINAL_TYPE (QzPlanView, qz_plan_view, GTK_TYPE_WIDGET)

enum {
  ITEM_EDITED,
  EDIT_REFUSED,
  MOVE_ITEM,
  REMOVE_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  CELL_HANDLE,
  CELL_TEXT,
  CELL_BUDGET,
  CELL_INDICATOR,
  CELL_CHOICE,
  CELL_REMOVE,
} CellKind;

typedef struct
{
  const char *title;
  const char *property;   /* of QzPlanItem */
  CellKind    kind;
  int         width;      /* fixed width, or -1 to expand */
} ColumnInfo;

/* What the expert settles with the enterprise first, what explains it
 * after: the table scrolls sideways to the longer texts. */
static const ColumnInfo column_infos[] = {
  { "", NULL, CELL_HANDLE, 100 },
  { N_("Measure"), "title", CELL_TEXT, 230 },
  { N_("Phase"), "phase", CELL_CHOICE, 130 },
  { N_("Priority"), "priority", CELL_CHOICE, 90 },
  { N_("Owner"), "owner", CELL_TEXT, 90 },
  { N_("Start"), "start-date", CELL_TEXT, 100 },
  { N_("Due"), "due-date", CELL_TEXT, 100 },
  { N_("Budget (10 000 yuan)"), NULL, CELL_BUDGET, 120 },
  { N_("Status"), "status", CELL_CHOICE, 100 },
  { N_("Indicator"), NULL, CELL_INDICATOR, 140 },
  { N_("Detail"), "detail", CELL_TEXT, -1 },
  { N_("Expected effect"), "effect", CELL_TEXT, -1 },
  { "", NULL, CELL_REMOVE, 48 },
};

static QzPlanItem *
item_of (GtkListItem *list_item)
{
  return QZ_PLAN_ITEM (gtk_list_item_get_item (list_item));
}

static QzPlanItem *
item_at (QzPlanView *self,
         guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (self->selection), position);
}

/* ---- Editing ---- */

static char *
dup_text (QzPlanItem *item,
          const char *property)
{
  char *text = NULL;

  if (property == NULL)
    return qz_plan_item_dup_budget_text (item);

  g_object_get (item, property, &text, NULL);
  return text;
}

static void
refuse (QzPlanView   *self,
        const GError *error)
{
  g_signal_emit (self, signals[EDIT_REFUSED], 0, error->message);
}

/**
 * qz_plan_view_edit_text:
 * @self: a #QzPlanView
 * @position: the row
 * @property: the item's text property, or %NULL for the budget
 * @text: what was typed
 *
 * Applies an edit as a cell does: checked, then kept and reported, or
 * undone and refused.
 *
 * Returns: whether the edit was kept
 */
gboolean
qz_plan_view_edit_text (QzPlanView *self,
                        guint       position,
                        const char *property,
                        const char *text)
{
  g_autoptr(QzPlanItem) item = item_at (self, position);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  g_return_val_if_fail (item != NULL, FALSE);

  before = dup_text (item, property);
  if (g_strcmp0 (before, trimmed) == 0)
    return TRUE;

  if (property == NULL)
    {
      double min, max, old_min = qz_plan_item_get_budget_min (item), old_max = qz_plan_item_get_budget_max (item);

      if (!qz_input_parse_range (trimmed, &min, &max, &error))
        {
          refuse (self, error);
          return FALSE;
        }
      qz_plan_item_set_budget (item, min, max);
      if (!qz_plan_item_check (item, &error))
        {
          qz_plan_item_set_budget (item, old_min, old_max);
          refuse (self, error);
          return FALSE;
        }
    }
  else
    {
      g_object_set (item, property, trimmed, NULL);
      if (!qz_plan_item_check (item, &error))
        {
          g_object_set (item, property, before, NULL);
          refuse (self, error);
          return FALSE;
        }
    }

  g_object_set (item, "edited", TRUE, NULL);
  g_signal_emit (self, signals[ITEM_EDITED], 0, item);
  return TRUE;
}

/* The row reads its measure, phase and status: GTK 4.8 gives the row
 * around a cell no name of its own. */
static void
name_row (GtkWidget  *cell,
          QzPlanItem *item)
{
  GtkWidget *column_cell = gtk_widget_get_parent (cell);
  g_autofree char *name = qz_plan_item_dup_description (item);

  if (column_cell != NULL)
    qz_accessible_name_parent (column_cell, name);
}

/* A text cell reads its column and its value. */
static void
name_text_cell (GtkWidget  *cell,
                const char *text)
{
  const ColumnInfo *info = g_object_get_data (G_OBJECT (cell), "qz-column");
  /* Translators: a cell of the plan as a screen reader reads it: its column, then its text */
  g_autofree char *name = text[0] ? g_strdup_printf (_("%s: %s"), _(info->title), text) : g_strdup (_(info->title));

  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
editing_changed_cb (GtkEditableLabel *label,
                    GParamSpec       *pspec,
                    GtkListItem      *list_item)
{
  QzPlanView *self = QZ_PLAN_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (label), QZ_TYPE_PLAN_VIEW));
  const ColumnInfo *info = g_object_get_data (G_OBJECT (label), "qz-column");
  g_autofree char *now = NULL;

  if (self == NULL || gtk_editable_label_get_editing (label) || item_of (list_item) == NULL)
    return;

  if (!qz_plan_view_edit_text (self, gtk_list_item_get_position (list_item), info->property,
                               gtk_editable_get_text (GTK_EDITABLE (label))))
    {
      /* Show what the item still holds. */
      now = dup_text (item_of (list_item), info->property);
      gtk_editable_set_text (GTK_EDITABLE (label), now);
    }
  name_text_cell (GTK_WIDGET (label), gtk_editable_get_text (GTK_EDITABLE (label)));
  name_row (GTK_WIDGET (label), item_of (list_item));
}

static void
choice_changed_cb (GtkDropDown *dropdown,
                   GParamSpec  *pspec,
                   GtkListItem *list_item)
{
  QzPlanView *self = QZ_PLAN_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (dropdown), QZ_TYPE_PLAN_VIEW));
  const ColumnInfo *info = g_object_get_data (G_OBJECT (dropdown), "qz-column");
  QzPlanItem *item = item_of (list_item);
  int value = -1;

  if (self == NULL || item == NULL || g_object_get_data (G_OBJECT (dropdown), "qz-binding") != NULL)
    return;

  g_object_get (item, info->property, &value, NULL);
  if ((guint) value == gtk_drop_down_get_selected (dropdown))
    return;

  g_object_set (item, info->property, gtk_drop_down_get_selected (dropdown), "edited", TRUE, NULL);
  name_row (GTK_WIDGET (dropdown), item);
  g_signal_emit (self, signals[ITEM_EDITED], 0, item);
}

static void
remove_clicked_cb (GtkButton   *button,
                   GtkListItem *list_item)
{
  QzPlanView *self = QZ_PLAN_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (button), QZ_TYPE_PLAN_VIEW));

  g_signal_emit (self, signals[REMOVE_ITEM], 0, gtk_list_item_get_position (list_item));
}

/* ---- Moving rows by drag ---- */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListItem   *list_item)
{
  return gdk_content_provider_new_typed (G_TYPE_UINT, gtk_list_item_get_position (list_item));
}

/* The row under a point of the table: each cell's widget knows its list
 * item. */
static int
row_at (QzPlanView *self,
        double      x,
        double      y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->column_view), x, y, GTK_PICK_DEFAULT);

  for (; picked != NULL && picked != GTK_WIDGET (self->column_view); picked = gtk_widget_get_parent (picked))
    {
      GtkListItem *list_item = g_object_get_data (G_OBJECT (picked), "qz-list-item");

      if (list_item != NULL && gtk_list_item_get_item (list_item) != NULL)
        return (int) gtk_list_item_get_position (list_item);
    }

  return -1;
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         QzPlanView    *self)
{
  guint from = g_value_get_uint (value);
  int to = row_at (self, x, y);

  if (to < 0 || (guint) to == from)
    return FALSE;

  g_signal_emit (self, signals[MOVE_ITEM], 0, from, (guint) to);
  return TRUE;
}

/* ---- Cells ---- */

static void
label_cell (GtkWidget        *cell,
            const ColumnInfo *info)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  info->title[0] ? _(info->title) : _("Move"), -1);
}

/* GTK 4.8's editable label checks, 100 ms after the focus leaves it,
 * whether to stop editing, and does not cancel that check when it is
 * destroyed: a cell torn down right after losing the focus (a moved or
 * removed row, a redraft, the page let go) would be read after it is
 * freed. A cell that loses the focus is kept a little longer than that. */
#define CELL_GRACE_MS 300

static gboolean
let_go (gpointer cell)
{
  return G_SOURCE_REMOVE;
}

static void
cell_left_cb (GtkEventControllerFocus *controller)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  g_timeout_add_full (G_PRIORITY_DEFAULT, CELL_GRACE_MS, let_go, g_object_ref (cell), g_object_unref);
}

/* The keyboard acts on the row in focus: focusing a cell selects it. */
static void
cell_focused_cb (GtkEventControllerFocus *controller,
                 GtkListItem             *list_item)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  QzPlanView *self = QZ_PLAN_VIEW (gtk_widget_get_ancestor (cell, QZ_TYPE_PLAN_VIEW));

  if (self != NULL && gtk_list_item_get_item (list_item) != NULL)
    gtk_single_selection_set_selected (self->selection, gtk_list_item_get_position (list_item));
}

static GListModel *
choices_for (const char *property)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  if (g_str_equal (property, "phase"))
    for (QzPlanPhase i = QZ_PLAN_PHASE_NEAR; i <= QZ_PLAN_PHASE_LONG; i++)
      gtk_string_list_append (names, qz_plan_phase_get_name (i));
  else if (g_str_equal (property, "priority"))
    for (QzPlanPriority i = QZ_PLAN_PRIORITY_HIGH; i <= QZ_PLAN_PRIORITY_LOW; i++)
      gtk_string_list_append (names, qz_plan_priority_get_name (i));
  else
    for (QzPlanStatus i = QZ_PLAN_STATUS_PROPOSED; i <= QZ_PLAN_STATUS_DONE; i++)
      gtk_string_list_append (names, qz_plan_status_get_name (i));

  return G_LIST_MODEL (names);
}

static void
position_changed_cb (GtkListItem *list_item,
                     GParamSpec  *pspec,
                     GtkLabel    *number)
{
  g_autofree char *text = g_strdup_printf ("%u", gtk_list_item_get_position (list_item) + 1);

  gtk_label_set_text (number, text);
}

/* A small mark in the handle cell, found again by @key. */
static GtkWidget *
mark_new (GtkWidget  *cell,
          const char *key,
          const char *icon_name)
{
  GtkWidget *mark = gtk_image_new_from_icon_name (icon_name);

  gtk_widget_set_visible (mark, FALSE);
  g_object_set_data (G_OBJECT (cell), key, mark);
  return mark;
}

static void
show_mark (GtkWidget  *cell,
           const char *key,
           const char *text)
{
  GtkWidget *mark = g_object_get_data (G_OBJECT (cell), key);

  gtk_widget_set_visible (mark, text != NULL);
  gtk_widget_set_tooltip_text (mark, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL, text ? text : "", -1);
}

/* Carried from the previous visit, and drafted for a weakest area. */
static void
bind_marks (QzPlanView *self,
            GtkWidget  *cell,
            QzPlanItem *item)
{
  const QzIndicator *indicator = self->framework != NULL ?
    qz_framework_find_indicator (self->framework, qz_plan_item_get_indicator_id (item)) : NULL;
  g_autofree char *weakest = NULL;

  if (qz_plan_item_get_weakest (item))
    weakest = indicator != NULL
              /* Translators: the area of the framework the measure is for */
              ? g_strdup_printf (_("For a weakest area: %s"), qz_text_get (&indicator->area->title))
              : g_strdup (_("For a weakest area"));
  show_mark (cell, "qz-carried", qz_plan_item_get_carried_from (item) == NULL ? NULL
             : qz_plan_item_get_status (item) == QZ_PLAN_STATUS_DONE ? _("Carried from the previous visit, done")
             : _("Carried from the previous visit"));
  show_mark (cell, "qz-weakest", weakest);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          const ColumnInfo         *info)
{
  GtkWidget *cell = NULL;

  switch (info->kind)
    {
    case CELL_HANDLE:
      {
        GtkDragSource *source = gtk_drag_source_new ();
        GtkWidget *stale = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
        GtkWidget *number = gtk_label_new (NULL);

        cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
        gtk_box_append (GTK_BOX (cell), gtk_image_new_from_icon_name ("list-drag-handle-symbolic"));
        gtk_widget_add_css_class (number, "numeric");
        gtk_box_append (GTK_BOX (cell), number);
        g_signal_connect_object (list_item, "notify::position", G_CALLBACK (position_changed_cb), number, 0);
        gtk_widget_set_tooltip_text (stale, _("No longer proposed by the draft"));
        gtk_accessible_update_property (GTK_ACCESSIBLE (stale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("No longer proposed by the draft"), -1);
        gtk_box_append (GTK_BOX (cell), mark_new (cell, "qz-carried", "document-open-recent-symbolic"));
        gtk_box_append (GTK_BOX (cell), mark_new (cell, "qz-weakest", "find-location-symbolic"));
        gtk_box_append (GTK_BOX (cell), stale);
        gtk_widget_set_tooltip_text (cell, _("Drag to move, or press Alt+Up or Alt+Down"));
        gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
        g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), list_item);
        gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (source));
      }
      break;

    case CELL_TEXT:
    case CELL_BUDGET:
      cell = gtk_editable_label_new ("");
      gtk_editable_set_width_chars (GTK_EDITABLE (cell), 4);
      g_signal_connect (cell, "notify::editing", G_CALLBACK (editing_changed_cb), list_item);
      break;

    case CELL_INDICATOR:
      cell = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (cell), 0);
      gtk_label_set_ellipsize (GTK_LABEL (cell), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (cell, "dim-label");
      break;

    case CELL_CHOICE:
      cell = gtk_drop_down_new (choices_for (info->property), NULL);
      g_signal_connect (cell, "notify::selected", G_CALLBACK (choice_changed_cb), list_item);
      break;

    case CELL_REMOVE:
      cell = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_add_css_class (cell, "flat");
      gtk_widget_set_tooltip_text (cell, _("Remove Measure (Delete)"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Measure"), -1);
      g_signal_connect (cell, "clicked", G_CALLBACK (remove_clicked_cb), list_item);
      break;

    default:
      g_assert_not_reached ();
    }

  /* A label's own text is its name; the controls are named by column. */
  if (info->kind == CELL_CHOICE)
    qz_accessible_name_drop_down (cell, _(info->title));
  else if (info->kind != CELL_REMOVE && info->kind != CELL_INDICATOR)
    label_cell (cell, info);
  {
    GtkEventController *focus = gtk_event_controller_focus_new ();

    g_signal_connect (focus, "enter", G_CALLBACK (cell_focused_cb), list_item);
    if (GTK_IS_EDITABLE_LABEL (cell))
      g_signal_connect (focus, "leave", G_CALLBACK (cell_left_cb), NULL);
    gtk_widget_add_controller (cell, focus);
  }
  g_object_set_data (G_OBJECT (cell), "qz-column", (gpointer) info);
  g_object_set_data (G_OBJECT (cell), "qz-list-item", list_item);
  gtk_list_item_set_child (list_item, cell);
}

/* A cell's tooltip: its text whole; for a measure's name, also what kind
 * of measure it is and the programme it fits. */
static char *
dup_tooltip (QzPlanView       *self,
             QzPlanItem       *item,
             const ColumnInfo *info,
             const char       *text)
{
  const QzMeasure *measure = self->framework != NULL ?
    qz_framework_find_measure (self->framework, qz_plan_item_get_measure_id (item)) : NULL;
  const char *programme = measure ? qz_programme_get_name (measure->programme) : NULL;

  if (info->kind != CELL_TEXT || text[0] == '\0')
    return NULL;
  if (measure == NULL || !g_str_equal (info->property, "title"))
    return g_strdup (text);
  if (programme != NULL)
    /* Translators: a measure's name, its category and the programme it fits */
    return g_strdup_printf (_("%s\nCategory: %s · Programme: %s"), text,
                            qz_measure_category_get_name (measure->category), programme);
  /* Translators: a measure's name and its category */
  return g_strdup_printf (_("%s\nCategory: %s"), text, qz_measure_category_get_name (measure->category));
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         const ColumnInfo         *info)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  QzPlanItem *item = item_of (list_item);
  QzPlanView *self = g_object_get_data (G_OBJECT (factory), "qz-view");

  switch (info->kind)
    {
    case CELL_HANDLE:
      position_changed_cb (list_item, NULL, GTK_LABEL (gtk_widget_get_next_sibling (gtk_widget_get_first_child (cell))));
      gtk_widget_set_visible (gtk_widget_get_last_child (cell), qz_plan_item_get_stale (item));
      bind_marks (self, cell, item);
      break;

    case CELL_TEXT:
    case CELL_BUDGET:
      {
        g_autofree char *text = dup_text (item, info->property);
        g_autofree char *tooltip = dup_tooltip (self, item, info, text);

        gtk_editable_set_text (GTK_EDITABLE (cell), text);
        name_text_cell (cell, text);
        gtk_widget_set_tooltip_text (cell, tooltip);
        if (qz_plan_item_get_stale (item))
          gtk_widget_add_css_class (cell, "dim-label");
        else
          gtk_widget_remove_css_class (cell, "dim-label");
      }
      break;

    case CELL_INDICATOR:
      {
        const QzIndicator *indicator = self->framework != NULL ?
          qz_framework_find_indicator (self->framework, qz_plan_item_get_indicator_id (item)) : NULL;
        const char *title = indicator != NULL ? qz_text_get (&indicator->title) : "";

        gtk_label_set_text (GTK_LABEL (cell), title);
        gtk_widget_set_tooltip_text (cell, title[0] ? title : NULL);
      }
      break;

    case CELL_CHOICE:
      {
        int value = 0;

        g_object_get (item, info->property, &value, NULL);
        g_object_set_data (G_OBJECT (cell), "qz-binding", GINT_TO_POINTER (1));
        gtk_drop_down_set_selected (GTK_DROP_DOWN (cell), value);
        g_object_set_data (G_OBJECT (cell), "qz-binding", NULL);
      }
      break;

    case CELL_REMOVE:
    default:
      break;
    }
  name_row (cell, item);
}

static void
add_column (QzPlanView       *self,
            const ColumnInfo *info)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "qz-view", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), (gpointer) info);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), (gpointer) info);
  column = gtk_column_view_column_new (info->title[0] ? _(info->title) : NULL, factory);
  gtk_column_view_column_set_resizable (column, info->kind != CELL_HANDLE && info->kind != CELL_REMOVE);
  if (info->width < 0)
    {
      gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, 280);
    }
  else
    gtk_column_view_column_set_fixed_width (column, info->width);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
}

/* ---- Keyboard ---- */

/**
 * qz_plan_view_commit:
 * @self: a #QzPlanView
 *
 * Ends the edit in progress, keeping what was typed (or refusing it), as
 * Enter would: before rows move, the plan is redrafted or the view goes.
 */
void
qz_plan_view_commit (QzPlanView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *label = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_EDITABLE_LABEL) : NULL;

  g_return_if_fail (QZ_IS_PLAN_VIEW (self));

  if (label != NULL && gtk_widget_is_ancestor (label, GTK_WIDGET (self)) &&
      gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (label)))
    gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (label), TRUE);
}

static gboolean
move_selected (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  QzPlanView *self = QZ_PLAN_VIEW (widget);
  int step = g_variant_get_int32 (args);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint position;

  qz_plan_view_commit (self);
  position = qz_plan_view_get_selected (self);

  if (position == GTK_INVALID_LIST_POSITION || (step < 0 && position == 0) || (step > 0 && position + 1 >= n))
    {
      /* Nothing there to move past. */
      gtk_widget_error_bell (widget);
      return TRUE;
    }

  g_signal_emit (self, signals[MOVE_ITEM], 0, position, position + step);
  return TRUE;
}

static gboolean
remove_selected (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  QzPlanView *self = QZ_PLAN_VIEW (widget);
  guint position = qz_plan_view_get_selected (self);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  /* Delete in a text being edited deletes text. */
  if (focus != NULL && GTK_IS_TEXT (focus))
    return FALSE;

  if (position != GTK_INVALID_LIST_POSITION)
    g_signal_emit (self, signals[REMOVE_ITEM], 0, position);
  return TRUE;
}

static void
qz_plan_view_dispose (GObject *object)
{
  QzPlanView *self = (QzPlanView *)object;

  if (self->scroller != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->scroller));
  self->scroller = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (qz_plan_view_parent_class)->dispose (object);
}

static void
qz_plan_view_class_init (QzPlanViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qz_plan_view_dispose;

  /**
   * QzPlanView::item-edited:
   * @item: the item, changed
   */
  signals[ITEM_EDITED] = g_signal_new ("item-edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 1, QZ_TYPE_PLAN_ITEM);
  /**
   * QzPlanView::edit-refused:
   * @message: why, to show
   */
  signals[EDIT_REFUSED] = g_signal_new ("edit-refused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * QzPlanView::move-item:
   * @from: a row
   * @to: where it goes
   */
  signals[MOVE_ITEM] = g_signal_new ("move-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  /**
   * QzPlanView::remove-item:
   * @position: the row to remove
   */
  signals[REMOVE_ITEM] = g_signal_new ("remove-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, move_selected, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, move_selected, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, remove_selected, NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
qz_plan_view_init (QzPlanView *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection))));
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_column_view_set_reorderable (self->column_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "qz-plan");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Measures of the plan"), -1);

  for (guint i = 0; i < G_N_ELEMENTS (column_infos); i++)
    add_column (self, &column_infos[i]);
  /* The row of column titles, which GTK 4.8 leaves unnamed. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_str_equal (gtk_widget_get_css_name (child), "header"))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Column titles"), -1);

  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (target));

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->column_view));
  gtk_widget_set_parent (GTK_WIDGET (self->scroller), GTK_WIDGET (self));
}

/**
 * qz_plan_view_set_model:
 * @self: a #QzPlanView
 * @items: (nullable) (element-type QzPlanItem): the plan
 * @framework: (nullable): its framework, for the indicators' names
 */
void
qz_plan_view_set_model (QzPlanView  *self,
                        GListModel  *items,
                        QzFramework *framework)
{
  g_return_if_fail (QZ_IS_PLAN_VIEW (self));

  g_set_object (&self->framework, framework);
  gtk_single_selection_set_model (self->selection, items);
}

/**
 * qz_plan_view_get_selected:
 * @self: a #QzPlanView
 *
 * Returns: the selected row, or %GTK_INVALID_LIST_POSITION
 */
guint
qz_plan_view_get_selected (QzPlanView *self)
{
  g_return_val_if_fail (QZ_IS_PLAN_VIEW (self), GTK_INVALID_LIST_POSITION);

  return gtk_single_selection_get_selected (self->selection);
}

/* The title cell of the row at @position, when it is on screen. */
static GtkWidget *
find_title_cell (GtkWidget *widget,
                 guint      position)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (widget), "qz-list-item");
  const ColumnInfo *info = g_object_get_data (G_OBJECT (widget), "qz-column");

  if (list_item != NULL && info == &column_infos[1] && gtk_list_item_get_item (list_item) != NULL &&
      gtk_list_item_get_position (list_item) == position)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_title_cell (child, position);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * qz_plan_view_select:
 * @self: a #QzPlanView
 * @position: a row
 *
 * Selects the row; when the table has the keyboard focus, the focus
 * follows to the row, so that a moved measure can be moved on.
 */
void
qz_plan_view_select (QzPlanView *self,
                     guint       position)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *cell;

  g_return_if_fail (QZ_IS_PLAN_VIEW (self));

  gtk_single_selection_set_selected (self->selection, position);
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->column_view)))
    {
      cell = find_title_cell (GTK_WIDGET (self->column_view), position);
      if (cell != NULL)
        gtk_widget_grab_focus (cell);
    }
}
