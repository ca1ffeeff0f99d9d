/* qz-window-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shared by the window (qz-window.c) and its actions (qz-window-actions.c). */

#pragma once

#include "qz-checklist-page.h"
#include "qz-plan-page.h"
#include "qz-profile-page.h"
#include "qz-results-page.h"
#include "qz-window.h"

G_BEGIN_DECLS

struct _QzWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *content;
  GtkSearchEntry       *search_entry;
  GtkStack             *list_stack;
  GtkListView          *list_view;
  GtkSingleSelection   *selection;
  GtkFilterListModel   *filter_model;
  GtkCustomFilter      *filter;
  AdwWindowTitle       *content_title;
  GtkWidget            *back_button;
  GtkWidget            *delete_button;
  GtkStack             *content_stack;
  QzProfilePage        *profile_page;
  QzChecklistPage      *checklist_page;
  QzResultsPage        *results_page;
  GtkToggleButton      *results_button;
  QzPlanPage           *plan_page;
  GtkToggleButton      *plan_button;
  GtkWidget            *report_button;
  AdwStatusPage        *error_page;
  GtkLabel             *error_path_label;

  /* Owned references */
  GSettings            *settings;
  QzEnterpriseStore    *store;
  QzAssessmentStore    *assessments;
  QzPlanStore          *plans;
  GStrv                 search_terms;
  QzEnterprise         *pinned;
  char                 *search_text;
  char                 *error_path;
  GCancellable         *check;            /* the database's damage check */
  /* Enterprises deleted in this window, by UUID, for their Undo toasts. */
  GHashTable           *deleted;
  GBindingGroup        *title_binding;    /* the selected enterprise's name → title */
  AdwToast             *error_toast;      /* weak */
};

void     qz_window_install_actions     (GtkWidgetClass *widget_class);

void     qz_window_show_message        (QzWindow       *self,
                                        const char     *message);
void     qz_window_show_error          (QzWindow       *self,
                                        const GError   *error);
gboolean qz_window_showing_assessment  (QzWindow       *self);
void     qz_window_open_assessment     (QzWindow       *self,
                                        QzAssessment   *assessment);
void     qz_window_close_assessment    (QzWindow       *self);
void     qz_window_update_header       (QzWindow       *self);
void     qz_window_show_content        (QzWindow       *self);
void     qz_window_clear_search        (QzWindow       *self);

G_END_DECLS
