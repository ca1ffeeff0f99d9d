/* qz-checklist-navigation.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-checklist-page"

#include "qz-config.h"

#include "qz-checklist-page-private.h"

/* Moving about the checklist: what the user goes to comes to the top of
 * the indicators, and the dimensions' list shows where the reading is. */

static GtkAdjustment *
vadjustment (QzChecklistPage *self)
{
  return gtk_scrolled_window_get_vadjustment (self->indicators_scroller);
}

/* What the indicators' view scrolls: the list in its clamp. */
static GtkWidget *
scrolled_content (QzChecklistPage *self)
{
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->indicators_scroller);

  return gtk_viewport_get_child (GTK_VIEWPORT (viewport));
}

/* Where @widget begins in the scrolled content, or -1 when it is not laid
 * out there. */
static double
top_of (QzChecklistPage *self,
        GtkWidget       *widget)
{
  graphene_point_t point;

  if (!gtk_widget_get_child_visible (widget) || !gtk_widget_is_visible (widget) ||
      !gtk_widget_compute_point (widget, scrolled_content (self), &GRAPHENE_POINT_INIT (0, 0), &point))
    return -1;
  return point.y;
}

static void
scroll_now (QzChecklistPage *self)
{
  double top = self->scroll_target ? top_of (self, self->scroll_target) : -1;

  /* A heading comes with the space above it. Near the end, the
   * adjustment stops at the last page. */
  if (top >= 0)
    gtk_adjustment_set_value (vadjustment (self), MAX (0, top - gtk_widget_get_margin_top (self->scroll_target)));
  g_clear_weak_pointer (&self->scroll_target);
}

static void
disconnect_layout (QzChecklistPage *self)
{
  /* A clock disposed with its window has let go of its handlers. */
  if (self->layout_clock != NULL && g_signal_handler_is_connected (self->layout_clock, self->layout_handler))
    g_signal_handler_disconnect (self->layout_clock, self->layout_handler);
  self->layout_handler = 0;
  g_clear_object (&self->layout_clock);
}

/* Once the window is laid out, rows just shown or filtered have their
 * places: the scroll is made then. */
static void
after_layout_cb (GdkFrameClock   *clock,
                 QzChecklistPage *self)
{
  disconnect_layout (self);
  scroll_now (self);
}

/**
 * qz_checklist_page_scroll_to:
 * @self: a #QzChecklistPage
 * @widget: a row of the indicators, or a heading of theirs
 *
 * Puts @widget at the top of the indicators' view, or shows the last page
 * when it is too near the end for that, once the page is laid out.
 */
void
qz_checklist_page_scroll_to (QzChecklistPage *self,
                             GtkWidget       *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  g_set_weak_pointer (&self->scroll_target, widget);
  if (clock == NULL)
    return;

  if (self->layout_clock != clock)
    {
      disconnect_layout (self);
      self->layout_clock = g_object_ref (clock);
      self->layout_handler = g_signal_connect_after (clock, "layout", G_CALLBACK (after_layout_cb), self);
    }
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}

/**
 * qz_checklist_page_stop_scrolling:
 * @self: a #QzChecklistPage
 *
 * Forgets a scroll not made yet, as the rows go.
 */
void
qz_checklist_page_stop_scrolling (QzChecklistPage *self)
{
  g_clear_weak_pointer (&self->scroll_target);
  disconnect_layout (self);
}

static GtkListBoxRow *
dimension_row (QzChecklistPage *self,
               QzDimension     *dimension)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->dimensions_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) && g_object_get_data (G_OBJECT (child), "qz-dimension") == dimension)
        return GTK_LIST_BOX_ROW (child);
    }

  return NULL;
}

/* The dimension read: that of the first indicator not yet scrolled past.
 * At the end of the list, a dimension just gone to keeps the mark while
 * its heading is in view, although it could not come to the top. */
static QzDimension *
dimension_shown (QzChecklistPage *self)
{
  GtkAdjustment *adjustment = vadjustment (self);
  double value = gtk_adjustment_get_value (adjustment);
  gboolean at_end = value >= gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) - 1;

  if (at_end && self->chosen_dimension != NULL)
    {
      QzIndicatorRow *first = qz_checklist_page_first_row_of (self, self->chosen_dimension);
      GtkWidget *heading = first ? gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (first)) : NULL;

      if (heading != NULL && top_of (self, heading) >= value)
        return self->chosen_dimension;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->indicators_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      double top;

      if (!QZ_IS_INDICATOR_ROW (child) || (top = top_of (self, child)) < 0)
        continue;
      if (top + gtk_widget_get_height (child) > value)
        return qz_indicator_row_get_indicator (QZ_INDICATOR_ROW (child))->area->dimension;
    }

  return NULL;
}

static void
scrolled_cb (QzChecklistPage *self)
{
  QzDimension *dimension;
  GtkListBoxRow *row;

  if (self->assessment == NULL || (dimension = dimension_shown (self)) == NULL)
    return;

  row = dimension_row (self, dimension);
  if (row != NULL && gtk_list_box_get_selected_row (self->dimensions_list) != row)
    gtk_list_box_select_row (self->dimensions_list, row);
}

/**
 * qz_checklist_page_follow_scroll:
 * @self: a #QzChecklistPage
 *
 * Marks in the dimensions' list the dimension shown, as the indicators
 * scroll.
 */
void
qz_checklist_page_follow_scroll (QzChecklistPage *self)
{
  g_signal_connect_object (vadjustment (self), "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vadjustment (self), "changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
}
