/* qz-list-filter.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-list-filter"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-industry.h"
#include "qz-list-filter.h"
#include "qz-pinyin.h"

/* How the list of enterprises is sorted, and which it shows: one county,
 * one industry (a division of GB/T 4754) or one level of the latest
 * assessment. The choices offered are those the enterprises have, read
 * again each time the popover opens. */

struct _QzListFilter
{
  GtkPopover       parent_instance;

  GtkDropDown     *sort_dropdown;
  GtkDropDown     *county_dropdown;
  GtkDropDown     *industry_dropdown;
  GtkDropDown     *level_dropdown;

  GListModel      *enterprises;
  GtkCustomSorter *sorter;
  /* What each choice of a drop-down stands for; NULL at 0 for any. */
  GPtrArray       *counties;
  GPtrArray       *industries;
  GPtrArray       *levels;
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (QzListFilter, qz_list_filter, GTK_TYPE_POPOVER)

enum {
  CHANGED,
  SORT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The level choice for enterprises never assessed. */
#define NOT_ASSESSED ""

static const char *
division_of (const char *code)
{
  const QzIndustry *industry = qz_industry_lookup (code);

  while (industry != NULL && qz_industry_get_level (industry) > QZ_INDUSTRY_LEVEL_DIVISION)
    industry = qz_industry_get_parent (industry);

  if (industry == NULL || qz_industry_get_level (industry) != QZ_INDUSTRY_LEVEL_DIVISION)
    return NULL;
  return qz_industry_get_code (industry);
}

static const char *
chosen (GtkDropDown *dropdown,
        GPtrArray   *values)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  return i < values->len ? g_ptr_array_index (values, i) : NULL;
}

static int
compare_names (QzEnterprise *a,
               QzEnterprise *b)
{
  return strcmp (qz_enterprise_get_sort_key (a), qz_enterprise_get_sort_key (b));
}

static int
compare_recent (QzEnterprise *a,
                QzEnterprise *b)
{
  gint64 ua = qz_enterprise_get_updated (a);
  gint64 ub = qz_enterprise_get_updated (b);

  return ua > ub ? -1 : ua < ub ? 1 : 0;
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  QzListFilter *self = user_data;
  QzEnterprise *ea = (QzEnterprise *) a, *eb = (QzEnterprise *) b;
  int order = 0;

  switch ((QzListSort) gtk_drop_down_get_selected (self->sort_dropdown))
    {
    case QZ_LIST_SORT_LEVEL:
      /* Highest first; without a known level last. */
      order = qz_enterprise_get_latest_rank (eb) - qz_enterprise_get_latest_rank (ea);
      if (order == 0)
        order = compare_names (ea, eb);
      break;

    case QZ_LIST_SORT_NAME:
      order = compare_names (ea, eb);
      break;

    case QZ_LIST_SORT_RECENT:
    default:
      break;
    }

  if (order == 0)
    order = compare_recent (ea, eb);
  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
sort_changed_cb (QzListFilter *self)
{
  g_signal_emit (self, signals[SORT_CHANGED], 0);
}

static void
filter_changed_cb (QzListFilter *self)
{
  if (!self->updating)
    g_signal_emit (self, signals[CHANGED], 0);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b,
              gpointer      keys)
{
  return strcmp (g_hash_table_lookup (keys, *(const char **) a),
                 g_hash_table_lookup (keys, *(const char **) b));
}

/* Fills @dropdown with @any and then the keys of @found in the order of
 * their values, keeping the choice made; @labels gives each one's label. */
static void
fill (GtkDropDown *dropdown,
      GPtrArray   *values,
      const char  *any,
      GHashTable  *found,
      char      *(*label) (const char *value))
{
  g_autofree char *kept = g_strdup (chosen (dropdown, values));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree gpointer *keys = NULL;
  guint n = 0, selected = 0;

  if (kept != NULL && !g_hash_table_contains (found, kept))
    g_hash_table_insert (found, g_strdup (kept), g_strdup (""));
  keys = g_hash_table_get_keys_as_array (found, &n);
  g_qsort_with_data (keys, n, sizeof *keys, compare_keys, found);

  g_ptr_array_set_size (values, 0);
  g_ptr_array_add (values, NULL);
  gtk_string_list_append (labels, any);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = label (keys[i]);

      if (g_strcmp0 (keys[i], kept) == 0)
        selected = values->len;
      g_ptr_array_add (values, g_strdup (keys[i]));
      gtk_string_list_append (labels, text);
    }

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (dropdown, selected);
}

static char *
county_label (const char *county)
{
  return g_strdup (county);
}

static char *
level_label (const char *level)
{
  return g_strdup (g_str_equal (level, NOT_ASSESSED) ? _("Not Assessed") : level);
}

/**
 * qz_list_filter_update:
 * @self: a #QzListFilter
 *
 * Offers the counties, industries and levels the enterprises have now.
 */
void
qz_list_filter_update (QzListFilter *self)
{
  g_autoptr(GHashTable) counties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) industries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) levels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n;

  g_return_if_fail (QZ_IS_LIST_FILTER (self));

  n = self->enterprises ? g_list_model_get_n_items (self->enterprises) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QzEnterprise) enterprise = g_list_model_get_item (self->enterprises, i);
      const char *county = qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_COUNTY);
      const char *division = division_of (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_INDUSTRY_CODE));
      const char *level = qz_enterprise_get_latest_level (enterprise);

      if (county[0] != '\0' && !g_hash_table_contains (counties, county))
        g_hash_table_insert (counties, g_strdup (county), qz_pinyin_sort_key (county));
      if (division != NULL && !g_hash_table_contains (industries, division))
        g_hash_table_insert (industries, g_strdup (division), g_strdup (division));
      if (qz_enterprise_get_latest_status (enterprise) == QZ_LATEST_NONE)
        level = NOT_ASSESSED;
      /* Sorted by rank, "" (not assessed) first. */
      if (level != NULL && !g_hash_table_contains (levels, level))
        g_hash_table_insert (levels, g_strdup (level),
                             g_strdup_printf ("%04d %s", level[0] ? qz_enterprise_get_latest_rank (enterprise) : 0, level));
    }

  self->updating = TRUE;
  fill (self->county_dropdown, self->counties, _("All Counties"), counties, county_label);
  fill (self->industry_dropdown, self->industries, _("All Industries"), industries, qz_industry_dup_label);
  fill (self->level_dropdown, self->levels, _("All Levels"), levels, level_label);
  self->updating = FALSE;
}

/* A drop-down's button shows a long industry name shortened, so that the
 * popover fits a narrow window; its list shows it whole. */
static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  shortened)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (shortened)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
    }
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static void
qz_list_filter_dispose (GObject *object)
{
  QzListFilter *self = (QzListFilter *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), QZ_TYPE_LIST_FILTER);
  g_clear_object (&self->enterprises);
  g_clear_object (&self->sorter);

  G_OBJECT_CLASS (qz_list_filter_parent_class)->dispose (object);
}

static void
qz_list_filter_finalize (GObject *object)
{
  QzListFilter *self = (QzListFilter *)object;

  g_clear_pointer (&self->counties, g_ptr_array_unref);
  g_clear_pointer (&self->industries, g_ptr_array_unref);
  g_clear_pointer (&self->levels, g_ptr_array_unref);

  G_OBJECT_CLASS (qz_list_filter_parent_class)->finalize (object);
}

static void
qz_list_filter_class_init (QzListFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qz_list_filter_dispose;
  object_class->finalize = qz_list_filter_finalize;

  /**
   * QzListFilter::changed:
   *
   * Which enterprises pass has changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * QzListFilter::sort-changed:
   *
   * Another order is chosen: whoever sorts with the sorter tells it
   * (gtk_sorter_changed()) when ready for the rows to move.
   */
  signals[SORT_CHANGED] = g_signal_new ("sort-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-list-filter.ui");
  gtk_widget_class_bind_template_child (widget_class, QzListFilter, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QzListFilter, county_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QzListFilter, industry_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QzListFilter, level_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, sort_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, qz_list_filter_update);
  gtk_widget_class_bind_template_callback (widget_class, qz_list_filter_reset);
}

static void
qz_list_filter_init (QzListFilter *self)
{
  GtkDropDown *filters[3];

  self->counties = g_ptr_array_new_with_free_func (g_free);
  self->industries = g_ptr_array_new_with_free_func (g_free);
  self->levels = g_ptr_array_new_with_free_func (g_free);
  self->sorter = gtk_custom_sorter_new (compare_cb, self, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  filters[0] = self->county_dropdown;
  filters[1] = self->industry_dropdown;
  filters[2] = self->level_dropdown;
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (TRUE));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
      gtk_drop_down_set_factory (filters[i], factory);
      g_signal_connect (list_factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (FALSE));
      g_signal_connect (list_factory, "bind", G_CALLBACK (bind_cb), NULL);
      gtk_drop_down_set_list_factory (filters[i], list_factory);
      g_signal_connect_object (filters[i], "notify::selected", G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
    }
  qz_list_filter_update (self);
}

/**
 * qz_list_filter_new:
 *
 * Returns: (transfer full): a new #QzListFilter
 */
QzListFilter *
qz_list_filter_new (void)
{
  return g_object_new (QZ_TYPE_LIST_FILTER, NULL);
}

/**
 * qz_list_filter_set_model:
 * @self: a #QzListFilter
 * @enterprises: (nullable): the enterprises whose choices are offered
 */
void
qz_list_filter_set_model (QzListFilter *self,
                          GListModel   *enterprises)
{
  g_return_if_fail (QZ_IS_LIST_FILTER (self));

  g_set_object (&self->enterprises, enterprises);
}

/**
 * qz_list_filter_matches:
 * @self: a #QzListFilter
 * @enterprise: an enterprise
 *
 * Returns: %TRUE if @enterprise is of the county, industry and level
 *   chosen
 */
gboolean
qz_list_filter_matches (QzListFilter *self,
                        QzEnterprise *enterprise)
{
  const char *county = chosen (self->county_dropdown, self->counties);
  const char *industry = chosen (self->industry_dropdown, self->industries);
  const char *level = chosen (self->level_dropdown, self->levels);

  if (county != NULL && g_strcmp0 (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_COUNTY), county) != 0)
    return FALSE;
  if (industry != NULL &&
      g_strcmp0 (division_of (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_INDUSTRY_CODE)), industry) != 0)
    return FALSE;
  if (level != NULL && g_str_equal (level, NOT_ASSESSED))
    return qz_enterprise_get_latest_status (enterprise) == QZ_LATEST_NONE;
  if (level != NULL && g_strcmp0 (qz_enterprise_get_latest_level (enterprise), level) != 0)
    return FALSE;

  return TRUE;
}

/**
 * qz_list_filter_is_active:
 * @self: a #QzListFilter
 *
 * Returns: %TRUE if a county, an industry or a level is chosen
 */
gboolean
qz_list_filter_is_active (QzListFilter *self)
{
  g_return_val_if_fail (QZ_IS_LIST_FILTER (self), FALSE);

  return gtk_drop_down_get_selected (self->county_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->industry_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->level_dropdown) > 0;
}

/**
 * qz_list_filter_reset:
 * @self: a #QzListFilter
 *
 * Shows every county, industry and level again; the sort stays.
 */
void
qz_list_filter_reset (QzListFilter *self)
{
  g_return_if_fail (QZ_IS_LIST_FILTER (self));

  if (!qz_list_filter_is_active (self))
    return;

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->county_dropdown, 0);
  gtk_drop_down_set_selected (self->industry_dropdown, 0);
  gtk_drop_down_set_selected (self->level_dropdown, 0);
  self->updating = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * qz_list_filter_get_sorter:
 * @self: a #QzListFilter
 *
 * Returns: (transfer none): the sorter of the order chosen
 */
GtkSorter *
qz_list_filter_get_sorter (QzListFilter *self)
{
  g_return_val_if_fail (QZ_IS_LIST_FILTER (self), NULL);

  return GTK_SORTER (self->sorter);
}

/**
 * qz_list_filter_set_sort:
 * @self: a #QzListFilter
 * @sort: the order
 */
void
qz_list_filter_set_sort (QzListFilter *self,
                         QzListSort    sort)
{
  g_return_if_fail (QZ_IS_LIST_FILTER (self));

  gtk_drop_down_set_selected (self->sort_dropdown, sort);
}

/**
 * qz_list_filter_get_sort:
 * @self: a #QzListFilter
 *
 * Returns: the order chosen
 */
QzListSort
qz_list_filter_get_sort (QzListFilter *self)
{
  g_return_val_if_fail (QZ_IS_LIST_FILTER (self), QZ_LIST_SORT_RECENT);

  return gtk_drop_down_get_selected (self->sort_dropdown);
}
