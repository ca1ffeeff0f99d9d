/* qz-list-filter.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qz-enterprise.h"

G_BEGIN_DECLS

typedef enum
{
  QZ_LIST_SORT_RECENT,
  QZ_LIST_SORT_NAME,
  QZ_LIST_SORT_LEVEL,
} QzListSort;

#define QZ_TYPE_LIST_FILTER (qz_list_filter_get_type ())

G_DECLARE_FINAL_TYPE (QzListFilter, qz_list_filter, QZ, LIST_FILTER, GtkPopover)

QzListFilter *qz_list_filter_new         (void);
void          qz_list_filter_set_model   (QzListFilter *self,
                                          GListModel   *enterprises);
void          qz_list_filter_update      (QzListFilter *self);
gboolean      qz_list_filter_matches     (QzListFilter *self,
                                          QzEnterprise *enterprise);
gboolean      qz_list_filter_is_active   (QzListFilter *self);
void          qz_list_filter_reset       (QzListFilter *self);
GtkSorter    *qz_list_filter_get_sorter  (QzListFilter *self);
void          qz_list_filter_set_sort    (QzListFilter *self,
                                          QzListSort    sort);
QzListSort    qz_list_filter_get_sort    (QzListFilter *self);

G_END_DECLS
