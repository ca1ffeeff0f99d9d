/* qz-checklist-page-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shared by the checklist page (qz-checklist-page.c) and its photos
 * (qz-checklist-photos.c). */

#pragma once

#include "qz-checklist-page.h"
#include "qz-indicator-row.h"
#include "qz-pending-edits.h"

G_BEGIN_DECLS

typedef enum
{
  FILTER_ALL,
  FILTER_UNANSWERED,
  FILTER_FLAGGED,
} Filter;

/* The on-site checklist of one assessment: dimensions with their
 * progress beside every indicator, the live score above. Each answer is
 * stored the moment it is given. */
struct _QzChecklistPage
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkToggleButton   *all_button;
  GtkToggleButton   *unanswered_button;
  GtkToggleButton   *flagged_button;
  GtkLabel          *progress_label;
  GtkLevelBar       *progress_bar;
  GtkLabel          *score_label;
  GtkLabel          *level_label;
  AdwFlap           *flap;
  GtkScrolledWindow *indicators_scroller;
  GtkLabel          *notice_label;
  GtkListBox        *dimensions_list;
  GtkListBox        *indicators_list;
  GtkEntry          *date_entry;
  GtkEntry          *assessors_entry;
  GtkDropDown       *target_dropdown;
  GtkWidget         *complete_button;
  GtkWidget         *record_bar;
  GtkLabel          *record_label;
  GtkWidget         *review_bar;
  GtkLabel          *review_label;

  /* Owned references */
  QzAssessmentStore *store;
  QzAssessment      *assessment;
  GHashTable        *rows;          /* indicator id → QzIndicatorRow, borrowed */
  char              *author;        /* who completes and reopens */
  char              *subject;       /* the enterprise's name, to name edits */
  QzPendingEdits    *pending;       /* edits not written yet, retried */

  /* Navigation (qz-checklist-navigation.c) */
  GtkWidget         *scroll_target;   /* weak: to bring to the top */
  GdkFrameClock     *layout_clock;
  gulong             layout_handler;
  QzDimension       *chosen_dimension; /* the last gone to, borrowed */

  Filter             filter;
  gboolean           loading_details;
};

void qz_checklist_page_report         (QzChecklistPage *self,
                                       const char      *format,
                                       ...) G_GNUC_PRINTF (2, 3);
void qz_checklist_page_show_photos    (QzChecklistPage *self,
                                       const char      *indicator_id);
void qz_checklist_page_connect_history (QzChecklistPage *self,
                                        QzIndicatorRow  *row);
void qz_checklist_page_connect_photos (QzChecklistPage *self,
                                       QzIndicatorRow  *row);
void qz_checklist_page_install_photo_actions (GtkWidgetClass *widget_class);

/* The record (qz-checklist-record.c): complete, reopen, review. */
void qz_checklist_page_class_init_record (QzChecklistPageClass *klass);
void qz_checklist_page_connect_record    (QzChecklistPage *self,
                                          QzIndicatorRow  *row);
void qz_checklist_page_update_record     (QzChecklistPage *self);
gboolean qz_checklist_page_is_record     (QzChecklistPage *self);

QzIndicatorRow *qz_checklist_page_first_row_of   (QzChecklistPage *self,
                                                  QzDimension     *dimension);
void            qz_checklist_page_scroll_to      (QzChecklistPage *self,
                                                  GtkWidget       *widget);
void            qz_checklist_page_stop_scrolling (QzChecklistPage *self);
void            qz_checklist_page_follow_scroll  (QzChecklistPage *self);

G_END_DECLS
