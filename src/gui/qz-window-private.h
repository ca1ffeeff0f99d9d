/* qz-window-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shared by the window (qz-window.c) and its actions (qz-window-actions.c). */

#pragma once

#include "qz-checklist-page.h"
#include "qz-list-filter.h"
#include "qz-plan-page.h"
#include "qz-profile-page.h"
#include "qz-results-page.h"
#include "qz-trash-page.h"
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
  AdwStatusPage        *no_results_page;
  QzListFilter         *list_filter;
  GtkWidget            *filter_dot;
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
  GtkWidget            *content_probe;
  GtkActionBar         *view_bar;
  AdwStatusPage        *error_page;
  GtkLabel             *error_path_label;
  QzTrashPage          *trash_page;

  /* Owned references */
  GSettings            *settings;
  QzEnterpriseStore    *store;
  QzAssessmentStore    *assessments;
  QzPlanStore          *plans;
  GStrv                 search_terms;
  QzEnterprise         *pinned;
  char                 *search_text;
  char                 *error_path;
  QzTrash              *trash;
  /* What was deleted in this window, oldest first, for Ctrl+Z. */
  GPtrArray            *undo;
  gboolean              showing_trash;
  GCancellable         *check;            /* the database's damage check */
  GBindingGroup        *title_binding;    /* the selected enterprise's name → title */
  AdwToast             *error_toast;      /* weak */
  gboolean              filtering;        /* the list changes, not the choice */
  GtkSortListModel     *sort_model;       /* the store in the order chosen */
  GtkSorter            *sorter;
  guint                 score_source;     /* levels not known yet, scored when idle */
  gboolean              scored_since_idle;
  QzPendingEdits       *pending;          /* every page's edits not written yet */
  gboolean              restore_pending;  /* the enterprise last open, once drawn */
  guint                 restore_source;
  gboolean              filter_set;       /* a search or filter narrows the list */
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
void     qz_window_update_main_page    (QzWindow       *self);
void     qz_window_select_first        (QzWindow       *self);

/* Exchange files (qz-window-exchange.c). */
void     qz_window_install_exchange_actions (GtkWidgetClass *widget_class);

/* Recently Deleted and undoing deletions (qz-window-trash.c). */
void     qz_window_install_trash_actions (GtkWidgetClass *widget_class);
void     qz_window_setup_trash         (QzWindow       *self);
void     qz_window_deleted             (QzWindow       *self,
                                        QzTrashKind     kind,
                                        const char     *uuid,
                                        const char     *title);
void     qz_window_refilter            (QzWindow       *self,
                                        GtkFilterChange change);
gboolean qz_window_select              (QzWindow       *self,
                                        QzEnterprise   *enterprise);

void     qz_window_show_enterprise     (QzWindow       *self,
                                        QzEnterprise   *enterprise);
void     qz_window_update_list_page    (QzWindow       *self);

/* qz-window-close.c */
gboolean qz_window_hold_close          (QzWindow       *self);

/* qz-window-start.c */
void     qz_window_start               (QzWindow       *self);
void     qz_window_restore_selection   (QzWindow       *self);

/* qz-window-list.c */
void     qz_window_list_filter_changed (QzWindow       *self);
void     qz_window_sort_changed        (QzWindow       *self);
void     qz_window_update_latest       (QzWindow       *self,
                                        QzEnterprise   *enterprise);
void     qz_window_start_scoring       (QzWindow       *self);

G_END_DECLS
