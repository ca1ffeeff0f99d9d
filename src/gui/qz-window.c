/* qz-window.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-window"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-accessible.h"
#include "qz-checklist-page.h"
#include "qz-industry.h"
#include "qz-list-filter.h"
#include "qz-profile-page.h"
#include "qz-plan-page.h"
#include "qz-report-source.h"
#include "qz-report-dialog.h"
#include "qz-results-page.h"
#include "qz-row-box.h"
#include "qz-sample.h"
#include "qz-window-private.h"
#include "qz-toast.h"

G_DEFINE_FINAL_TYPE (QzWindow, qz_window, ADW_TYPE_APPLICATION_WINDOW)

/* The content's width from which the header holds the views' buttons
 * beside the title; narrower, they are in a bar at the bottom. */
#define VIEW_BUTTONS_MIN_WIDTH 640

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The most precise part of the region and the industry's name: enough to
 * tell enterprises of the same name apart in a narrow sidebar. */
static char *
enterprise_subtitle (gpointer    unused,
                     const char *province,
                     const char *city,
                     const char *county,
                     const char *industry_code)
{
  const QzIndustry *industry = qz_industry_lookup (industry_code);
  const char *industry_name = industry ? qz_industry_get_name (industry) : industry_code;
  const char *place = county;

  if (place == NULL || place[0] == '\0')
    place = city;
  if (place == NULL || place[0] == '\0')
    place = province;

  if (place == NULL || place[0] == '\0')
    return g_strdup (industry_name ? industry_name : "");
  if (industry_name == NULL || industry_name[0] == '\0')
    return g_strdup (place);

  /* Translators: a place, then an industry, under a name in the list of enterprises */
  return g_strdup_printf (_("%s · %s"), place, industry_name);
}

/* The row reads the enterprise's name, county and latest level: the
 * row is named again as any of them changes. */
static char *
enterprise_description (gpointer      unused,
                        QzEnterprise *enterprise,
                        const char   *name,
                        const char   *county,
                        const char   *latest_summary)
{
  return enterprise != NULL ? qz_enterprise_dup_description (enterprise) : NULL;
}

/* The enterprise chosen since the search last changed always passes:
 * renaming it so that it no longer matches must not take it away from
 * under the typing. */
static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  QzWindow *self = user_data;

  return item == (gpointer) self->pinned ||
         ((self->search_terms == NULL ||
           qz_enterprise_matches (item, (const char * const *) self->search_terms)) &&
          qz_list_filter_matches (self->list_filter, item));
}

static void
update_main_page (QzWindow *self)
{
  const char *page;

  if (self->error_path != NULL)
    page = "error";
  else if (self->showing_trash)
    page = "trash";
  else if (self->store == NULL ||
           (g_list_model_get_n_items (G_LIST_MODEL (self->store)) == 0 &&
            !qz_enterprise_store_get_loading (self->store)))
    page = "empty";
  else
    page = "cases";

  gtk_stack_set_visible_child_name (self->main_stack, page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-enterprise",
                                 self->store != NULL && self->error_path == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search",
                                 g_str_equal (page, "cases"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample",
                                 self->store != NULL && self->error_path == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-trash",
                                 self->store != NULL && self->error_path == NULL);
}

void
qz_window_update_main_page (QzWindow *self)
{
  update_main_page (self);
}

static void selected_item_cb (QzWindow *self);

/* What the content shows: the enterprise last chosen, which a search that
 * hides it from the list does not take away. */
static QzEnterprise *
get_shown (QzWindow *self)
{
  return qz_profile_page_get_enterprise (self->profile_page);
}

static void
update_list_page (QzWindow *self)
{
  /* While the list loads, no page says that nothing is found. */
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0 &&
                   (self->store == NULL || !qz_enterprise_store_get_loading (self->store));

  if (empty && self->search_text != NULL && self->search_text[0] != '\0')
    {
      g_autofree char *title = NULL;

      /* Translators: %s is what was typed in the search */
      title = g_strdup_printf (_("No Enterprise Matches “%s”"), self->search_text);
      adw_status_page_set_title (self->no_results_page, title);
    }
  else
    adw_status_page_set_title (self->no_results_page, _("No Results Found"));
  adw_status_page_set_description (self->no_results_page,
                                   qz_list_filter_is_active (self->list_filter)
                                   ? _("Some enterprises are hidden by the filters: Sort and Filter shows them all again.")
                                   : _("Try a part of the name, the credit code, a region or an industry."));

  gtk_stack_set_visible_child_name (self->list_stack, empty ? "no-results" : "list");
}

void
qz_window_update_list_page (QzWindow *self)
{
  update_list_page (self);
}

/* Errors share one toast, which stays until dismissed: a stream of
 * failures updates it rather than piling up toasts. */
void
qz_window_show_message (QzWindow   *self,
                const char *message)
{
  if (self->error_toast != NULL)
    {
      qz_toast_set_text (self->error_toast, message);
      return;
    }

  self->error_toast = qz_toast_new (message);
  g_object_add_weak_pointer (G_OBJECT (self->error_toast), (gpointer *) &self->error_toast);
  adw_toast_set_timeout (self->error_toast, 0);
  adw_toast_set_priority (self->error_toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, self->error_toast);
}

void
qz_window_show_error (QzWindow     *self,
                  const GError *error)
{
  qz_window_show_message (self, error->message);
}

/* The checklist or the results of the assessment open in it. */
gboolean
qz_window_showing_assessment (QzWindow *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->content_stack);

  return visible == GTK_WIDGET (self->checklist_page) || visible == GTK_WIDGET (self->results_page) ||
         visible == GTK_WIDGET (self->plan_page);
}

/* The content's header follows what it shows: an enterprise, or one of
 * its assessments with the way back to the enterprise. */
void
qz_window_update_header (QzWindow *self)
{
  QzAssessment *assessment = qz_checklist_page_get_assessment (self->checklist_page);
  gboolean checklist = qz_window_showing_assessment (self) && assessment != NULL;
  /* Folded, the views are always at the bottom: were their buttons in
   * the header, its width could keep the leaflet folded. */
  gboolean wide = !adw_leaflet_get_folded (self->leaflet) &&
                  gtk_widget_get_width (self->content_probe) >= VIEW_BUTTONS_MIN_WIDTH;

  gtk_widget_set_visible (self->back_button, checklist || adw_leaflet_get_folded (self->leaflet));
  gtk_widget_set_visible (self->delete_button, !checklist);
  /* Where the header has no room for them, the views are at the bottom. */
  gtk_widget_set_visible (GTK_WIDGET (self->results_button), checklist && wide);
  gtk_widget_set_visible (GTK_WIDGET (self->plan_button), checklist && wide);
  gtk_widget_set_visible (self->report_button, checklist && wide);
  gtk_widget_set_visible (GTK_WIDGET (self->view_bar), checklist && !wide);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.report", checklist);

  if (checklist)
    {
      QzEnterprise *enterprise = get_shown (self);

      g_binding_group_set_source (self->title_binding, NULL);
      adw_window_title_set_title (self->content_title,
                                  qz_text_get (qz_framework_get_title (qz_assessment_get_framework (assessment))));
      adw_window_title_set_subtitle (self->content_title, enterprise ? qz_enterprise_get_name (enterprise) : "");
    }
  else
    {
      QzEnterprise *enterprise = get_shown (self);

      adw_window_title_set_subtitle (self->content_title, "");
      g_binding_group_set_source (self->title_binding, enterprise);
      if (enterprise == NULL)
        adw_window_title_set_title (self->content_title, "");
    }
}

void
qz_window_close_assessment (QzWindow *self)
{
  if (!qz_window_showing_assessment (self))
    return;

  qz_plan_page_flush (self->plan_page);
  gtk_toggle_button_set_active (self->results_button, FALSE);
  gtk_toggle_button_set_active (self->plan_button, FALSE);
  gtk_stack_set_visible_child (self->content_stack, GTK_WIDGET (self->profile_page));
  qz_checklist_page_set_assessment (self->checklist_page, NULL, NULL);
  qz_results_page_set_assessment (self->results_page, NULL, NULL, NULL);
  qz_plan_page_set_assessment (self->plan_page, NULL, NULL, NULL);
  qz_profile_page_reload_assessments (self->profile_page);
  qz_window_update_latest (self, get_shown (self));
}

static void
photo_removed_cb (QzWindow   *self,
                  const char *evidence_uuid)
{
  AdwToast *toast = qz_toast_new (_("Photo removed"));

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.restore-photo");
  adw_toast_set_action_target_value (toast, g_variant_new_string (evidence_uuid));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Results and the plan's draft are computed when shown, from the answers
 * as they are then. One of the two buttons at most is active; with
 * neither, the checklist shows. */
static void
view_toggled_cb (QzWindow        *self,
                 GtkToggleButton *button)
{
  QzAssessment *assessment = qz_checklist_page_get_assessment (self->checklist_page);
  QzEnterprise *enterprise = get_shown (self);
  GtkToggleButton *other = button == self->results_button ? self->plan_button : self->results_button;

  if (gtk_toggle_button_get_active (button) && gtk_toggle_button_get_active (other))
    {
      /* Its own toggle shows what is left. */
      gtk_toggle_button_set_active (other, FALSE);
      return;
    }

  if (assessment == NULL)
    return;

  qz_checklist_page_flush (self->checklist_page);
  qz_plan_page_flush (self->plan_page);
  if (gtk_toggle_button_get_active (self->results_button))
    {
      qz_results_page_set_assessment (self->results_page, self->store, self->assessments, assessment);
      gtk_stack_set_visible_child (self->content_stack, GTK_WIDGET (self->results_page));
    }
  else if (gtk_toggle_button_get_active (self->plan_button))
    {
      qz_plan_page_set_assessment (self->plan_page, self->plans, assessment,
                                   enterprise ? qz_enterprise_get_name (enterprise) : NULL);
      gtk_stack_set_visible_child (self->content_stack, GTK_WIDGET (self->plan_page));
    }
  else
    gtk_stack_set_visible_child (self->content_stack, GTK_WIDGET (self->checklist_page));
}

void
qz_window_open_assessment (QzWindow     *self,
                    QzAssessment *assessment)
{
  qz_profile_page_flush (self->profile_page);
  gtk_toggle_button_set_active (self->results_button, FALSE);
  gtk_toggle_button_set_active (self->plan_button, FALSE);
  qz_checklist_page_set_subject (self->checklist_page,
                                 get_shown (self) ? qz_enterprise_get_name (get_shown (self)) : NULL);
  qz_checklist_page_set_assessment (self->checklist_page, self->assessments, assessment);
  gtk_stack_set_visible_child (self->content_stack, GTK_WIDGET (self->checklist_page));
  qz_window_update_latest (self, get_shown (self));
  qz_window_update_header (self);
  qz_checklist_page_focus_first_unanswered (self->checklist_page);
}

void
qz_window_show_content (QzWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* The list changes under the selection, the content stays: while a search
 * is typed, nothing is opened until the user asks (Enter, a click, the
 * arrow keys), and with the search cleared the enterprise shown is
 * selected again. */
void
qz_window_refilter (QzWindow        *self,
                    GtkFilterChange  change)
{
  gboolean narrowed = (self->search_terms != NULL && self->search_terms[0] != NULL) ||
                      qz_list_filter_is_active (self->list_filter);

  self->filtering = TRUE;
  gtk_single_selection_set_autoselect (self->selection, !narrowed);
  /* Nothing narrowed, the rows are passed through without a look. */
  if (narrowed != self->filter_set)
    {
      self->filter_set = narrowed;
      gtk_custom_filter_set_filter_func (self->filter, narrowed ? filter_func : NULL, narrowed ? self : NULL, NULL);
    }
  else if (narrowed)
    gtk_filter_changed (GTK_FILTER (self->filter), change);
  if (!narrowed)
    qz_window_select (self, get_shown (self));
  self->filtering = FALSE;

  if (get_shown (self) == NULL && !self->restore_pending)
    selected_item_cb (self);
  gtk_widget_set_visible (self->filter_dot, qz_list_filter_is_active (self->list_filter));
  update_list_page (self);
}

/* Folding keeps the page in use on screen rather than the list, unless
 * a search is being typed there. */
static void
leaflet_folded_cb (QzWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!adw_leaflet_get_folded (self->leaflet) ||
      get_shown (self) == NULL ||
      (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_entry))))
    return;

  qz_window_show_content (self);
}

static void
search_changed_cb (QzWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *old = g_steal_pointer (&self->search_text);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  self->search_text = g_strdup (text);
  g_clear_object (&self->pinned);
  g_clear_pointer (&self->search_terms, g_strfreev);
  self->search_terms = qz_enterprise_search_terms (text);

  /* Typing on only narrows the list, deleting only widens it: tell the
   * filter model so that it re-checks as few enterprises as it can. */
  if (old != NULL && g_str_has_prefix (text, old) && strchr (text + strlen (old), ' ') == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (old != NULL && g_str_has_prefix (old, text) && strchr (old + strlen (text), ' ') == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  qz_window_refilter (self, change);
}

/* Clears the search and the filters, so that every enterprise is in the
 * list again. */
void
qz_window_clear_search (QzWindow *self)
{
  self->filtering = TRUE;
  qz_list_filter_reset (self->list_filter);
  self->filtering = FALSE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
}

/* Enter opens the enterprise selected in the list, or the first match. */
static void
search_activate_cb (QzWindow *self)
{
  if (gtk_single_selection_get_selected_item (self->selection) == NULL &&
      g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  if (gtk_single_selection_get_selected_item (self->selection) == NULL)
    return;

  qz_window_show_content (self);
  qz_profile_page_focus (self->profile_page);
}

static void
search_stop_cb (QzWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Down from the search goes into the results, as in other GNOME sidebars. */
static gboolean
search_key_pressed_cb (QzWindow        *self,
                       guint            keyval,
                       guint            keycode,
                       GdkModifierType  state)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return GDK_EVENT_PROPAGATE;

  return gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
}

static void
list_activate_cb (QzWindow *self,
                  guint     position)
{
  gtk_single_selection_set_selected (self->selection, position);
  qz_window_show_content (self);
  qz_profile_page_focus (self->profile_page);
}

static gboolean
show_clicked_cb (gpointer data)
{
  QzWindow *self = data;

  if (adw_leaflet_get_folded (self->leaflet) &&
      gtk_single_selection_get_selected_item (self->selection) != NULL)
    qz_window_show_content (self);

  return G_SOURCE_REMOVE;
}

/* Folded, the list fills the window: a click on a row opens the profile.
 * The gesture sees the click before the row selects itself, so the
 * profile is shown once the click is handled. */
static void
list_clicked_cb (QzWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, show_clicked_cb, g_object_ref (self), g_object_unref);
}

/* The content shows @enterprise, or nothing. */
void
qz_window_show_enterprise (QzWindow     *self,
                           QzEnterprise *enterprise)
{
  if (enterprise != qz_profile_page_get_enterprise (self->profile_page))
    {
      qz_window_close_assessment (self);
      /* Assessments added or deleted on its profile. */
      qz_window_update_latest (self, get_shown (self));
    }
  qz_profile_page_set_enterprise (self->profile_page, enterprise);
  g_set_object (&self->pinned, enterprise);
  qz_window_update_header (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-enterprise", enterprise != NULL);
}

static void
selected_item_cb (QzWindow *self)
{
  /* The search moved the selection, not the user. */
  if (self->filtering)
    return;

  /* Chosen before the last one open was brought back: the user's choice. */
  self->restore_pending = FALSE;
  g_clear_handle_id (&self->restore_source, g_source_remove);
  qz_window_show_enterprise (self, gtk_single_selection_get_selected_item (self->selection));
}

/* A deleted enterprise is not shown, even when the search hid it. */
static void
store_changed_cb (QzWindow *self)
{
  QzEnterprise *shown = get_shown (self);

  if (shown != NULL && qz_enterprise_store_find (self->store, qz_enterprise_get_uuid (shown), NULL) == NULL)
    selected_item_cb (self);
}

/* Closing waits for every page's edits to be written, or for the user
 * to give them up (qz-window-close.c). */
static gboolean
qz_window_close_request (GtkWindow *window)
{
  if (qz_window_hold_close (QZ_WINDOW (window)))
    return TRUE;

  return GTK_WINDOW_CLASS (qz_window_parent_class)->close_request (window);
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(QzWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  QzDatabase *database = QZ_DATABASE (source);

  if (qz_database_check_finish (database, result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (qz_database_get_damage (database) != NULL)
    qz_window_show_database_error (self, qz_database_get_path (database), error);
  else
    qz_window_show_error (self, error);
}

/* Once the window shows, a worker reads the whole file for damage that
 * start-up did not meet; when it finds some, nothing more is written. */
static void
check_database (QzWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, check_database, NULL);
  if (self->store == NULL || self->check != NULL)
    return;

  self->check = g_cancellable_new ();
  qz_database_check_async (qz_enterprise_store_get_database (self->store), self->check,
                           check_done_cb, g_object_ref (self));
}

static void
qz_window_constructed (GObject *object)
{
  QzWindow *self = (QzWindow *)object;

  G_OBJECT_CLASS (qz_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (self->store != NULL)
    {
      self->assessments = qz_assessment_store_new (qz_enterprise_store_get_database (self->store));
      self->plans = qz_plan_store_new (qz_enterprise_store_get_database (self->store));
    }
  qz_window_setup_trash (self);
  qz_profile_page_set_store (self->profile_page, self->store);
  qz_profile_page_set_assessment_store (self->profile_page, self->assessments);
  g_settings_bind (self->settings, "report-author", self->checklist_page, "author", G_SETTINGS_BIND_GET);
  /* The first row selected is not opened: see qz_window_start(). */
  self->filtering = TRUE;
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->store));
  self->filtering = FALSE;
  qz_list_filter_set_model (self->list_filter, G_LIST_MODEL (self->store));
  if (self->store != NULL)
    {
      g_signal_connect_object (self->store, "notify::n-items",
                               G_CALLBACK (update_main_page), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->store, "items-changed",
                               G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      qz_window_start (self);
      qz_window_start_scoring (self);
      g_signal_connect (self, "map", G_CALLBACK (check_database), NULL);
    }

  update_main_page (self);
  update_list_page (self);
  qz_window_show_enterprise (self, NULL);
}

static void
qz_window_dispose (GObject *object)
{
  QzWindow *self = (QzWindow *)object;

  g_clear_handle_id (&self->score_source, g_source_remove);
  g_clear_handle_id (&self->restore_source, g_source_remove);
  if (self->title_binding != NULL)
    g_binding_group_set_source (self->title_binding, NULL);
  /* The last chance for what could not be written: no window is left
   * to ask. */
  if (self->pending != NULL)
    qz_pending_edits_retry (self->pending, NULL);
  g_cancellable_cancel (self->check);
  g_clear_object (&self->check);
  gtk_widget_dispose_template (GTK_WIDGET (self), QZ_TYPE_WINDOW);

  G_OBJECT_CLASS (qz_window_parent_class)->dispose (object);
}

static void
qz_window_finalize (GObject *object)
{
  QzWindow *self = (QzWindow *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_object (&self->assessments);
  g_clear_object (&self->plans);
  g_clear_pointer (&self->search_terms, g_strfreev);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_object (&self->pinned);
  g_clear_object (&self->title_binding);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->sorter);
  g_clear_weak_pointer (&self->error_toast);
  g_clear_pointer (&self->error_path, g_free);
  g_clear_object (&self->trash);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_object (&self->pending);

  G_OBJECT_CLASS (qz_window_parent_class)->finalize (object);
}

static void
qz_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  QzWindow *self = QZ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  QzWindow *self = QZ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_window_class_init (QzWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = qz_window_constructed;
  object_class->dispose = qz_window_dispose;
  object_class->finalize = qz_window_finalize;
  object_class->get_property = qz_window_get_property;
  object_class->set_property = qz_window_set_property;

  window_class->close_request = qz_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         QZ_TYPE_ENTERPRISE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QzWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, content);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, filter_model);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, filter);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, list_filter);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, filter_dot);
  gtk_widget_class_bind_template_callback_full (widget_class, "list_filter_changed_cb",
                                                G_CALLBACK (qz_window_list_filter_changed));
  gtk_widget_class_bind_template_child (widget_class, QzWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, profile_page);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, checklist_page);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, results_page);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, results_button);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, plan_page);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, plan_button);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, report_button);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, content_probe);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, view_bar);
  gtk_widget_class_bind_template_callback (widget_class, view_toggled_cb);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, error_path_label);
  gtk_widget_class_bind_template_child (widget_class, QzWindow, trash_page);
  gtk_widget_class_bind_template_callback (widget_class, enterprise_subtitle);
  gtk_widget_class_bind_template_callback (widget_class, enterprise_description);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, selected_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "save_failed_cb", G_CALLBACK (qz_window_show_message));
  gtk_widget_class_bind_template_callback_full (widget_class, "open_assessment_cb", G_CALLBACK (qz_window_open_assessment));
  gtk_widget_class_bind_template_callback (widget_class, photo_removed_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "update_content_header", G_CALLBACK (qz_window_update_header));

  qz_window_install_actions (widget_class);
  qz_window_install_trash_actions (widget_class);
  qz_window_install_exchange_actions (widget_class);

  g_type_ensure (QZ_TYPE_ENTERPRISE);
  g_type_ensure (QZ_TYPE_LIST_FILTER);
  g_type_ensure (QZ_TYPE_PROFILE_PAGE);
  g_type_ensure (QZ_TYPE_CHECKLIST_PAGE);
  g_type_ensure (QZ_TYPE_RESULTS_PAGE);
  g_type_ensure (QZ_TYPE_PLAN_PAGE);
  g_type_ensure (QZ_TYPE_TRASH_PAGE);
  g_type_ensure (QZ_TYPE_ROW_BOX);
}

static void
qz_window_init (QzWindow *self)
{
  qz_accessible_watch_toplevels ();
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Every page's edits that cannot be written wait here, to be retried. */
  self->pending = qz_pending_edits_new ();
  qz_profile_page_set_pending_edits (self->profile_page, self->pending);
  qz_checklist_page_set_pending_edits (self->checklist_page, self->pending);
  qz_results_page_set_pending_edits (self->results_page, self->pending);
  qz_plan_page_set_pending_edits (self->plan_page, self->pending);
  g_signal_connect_object (self->results_page, "save-failed", G_CALLBACK (qz_window_show_message), self,
                           G_CONNECT_SWAPPED);

  self->title_binding = g_binding_group_new ();
  g_binding_group_bind (self->title_binding, "name", self->content_title, "title", G_BINDING_SYNC_CREATE);
  /* store → sorted → filtered → selection; the store's order and no
   * filter as long as those are chosen (qz_window_sort_changed(),
   * qz_window_refilter()) */
  self->sorter = g_object_ref (qz_list_filter_get_sorter (self->list_filter));
  self->sort_model = gtk_sort_list_model_new (NULL, NULL);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->sort_model));
  g_signal_connect_object (self->list_filter, "sort-changed",
                           G_CALLBACK (qz_window_sort_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (update_list_page), self, G_CONNECT_SWAPPED);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

/**
 * qz_window_new:
 * @application: (nullable): the application
 * @settings: the application's settings
 * @store: (nullable): the enterprises, or %NULL when the database could
 *   not be opened (see qz_window_show_database_error())
 *
 * Returns: (transfer full): a new window
 */
QzWindow *
qz_window_new (GtkApplication    *application,
               GSettings         *settings,
               QzEnterpriseStore *store)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (QZ_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       "store", store,
                       NULL);
}

/**
 * qz_window_get_selected:
 * @self: a #QzWindow
 *
 * The enterprise last open is brought back first, when the window has
 * not done so yet.
 *
 * Returns: (transfer none) (nullable): the enterprise shown in the profile,
 *   which may be hidden from the list by a search
 */
QzEnterprise *
qz_window_get_selected (QzWindow *self)
{
  g_return_val_if_fail (QZ_IS_WINDOW (self), NULL);

  qz_window_restore_selection (self);
  return get_shown (self);
}

/**
 * qz_window_show_database_error:
 * @self: a #QzWindow
 * @path: the database file that could not be used
 * @error: why
 *
 * Replaces the window's content with a page that names the file and says
 * what to do. The file itself is left alone.
 */
void
qz_window_show_database_error (QzWindow     *self,
                               const char   *path,
                               const GError *error)
{
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;

  g_return_if_fail (QZ_IS_WINDOW (self));
  g_return_if_fail (path != NULL && error != NULL);

  g_free (self->error_path);
  self->error_path = g_strdup (path);

  /* The message says what happened and what to do; a file refused at
   * start was left alone, one found damaged later was open. */
  if (self->store != NULL)
    description = g_strdup (error->message);
  else
    description = g_strdup_printf ("%s\n\n%s", error->message,
                                   _("Qizhen has not changed the file. Start Qizhen again once this is resolved."));
  /* The description is markup; the message may name what a foreign file
   * holds. */
  escaped = g_markup_escape_text (description, -1);
  adw_status_page_set_description (self->error_page, escaped);
  gtk_label_set_label (self->error_path_label, path);
  update_main_page (self);
}
