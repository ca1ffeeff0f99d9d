/* qz-plan-page.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-plan-page"

#include "qz-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "qz-input.h"
#include "qz-pending-edits.h"
#include "qz-plan-export.h"
#include "qz-plan-page.h"
#include "qz-plan-view.h"
#include "qz-plan.h"
#include "qz-toast.h"
#include "qz-wrap-box.h"

/* The improvement plan (一企一策) of an assessment, as a table to work on.
 * What is kept, drafted, removed or taken back is the QzPlan's business
 * (src/store/qz-plan.c); the page shows it and says what happened. */
struct _QzPlanPage
{
  AdwBin           parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkLabel        *summary_label;
  GtkLabel        *outcome_label;
  GtkLabel        *state_label;
  GtkStack        *stack;
  QzPlanView      *view;
  AdwStatusPage   *empty_page;

  /* Owned references */
  QzPlanStore     *plans;
  QzAssessment    *assessment;
  char            *enterprise_name;
  QzPlan          *plan;        /* NULL when none is shown or it could not be read */
  QzPendingEdits  *pending;     /* edits not written yet, retried */
};

G_DEFINE_FINAL_TYPE (QzPlanPage, qz_plan_page, ADW_TYPE_BIN)

enum {
  MEASURE_REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (QzPlanPage *self,
            const char *message)
{
  AdwToast *toast = qz_toast_new (message);

  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
has_measures (QzFramework *framework)
{
  GPtrArray *indicators = qz_framework_get_indicators (framework);

  for (guint i = 0; i < indicators->len; i++)
    {
      if (((QzIndicator *) g_ptr_array_index (indicators, i))->measures->len > 0)
        return TRUE;
    }

  return FALSE;
}

/* An empty plan says why it is empty, and what to do. */
static void
update_empty_page (QzPlanPage *self)
{
  QzFramework *framework = qz_assessment_get_framework (self->assessment);
  QzDraft *draft = self->plan ? qz_plan_get_draft (self->plan) : NULL;
  gboolean empty = self->plan == NULL || g_list_model_get_n_items (qz_plan_get_items (self->plan)) == 0;
  g_autofree char *description = NULL;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "table");
  if (!empty)
    return;

  if (!has_measures (framework))
    description = g_strdup_printf (_("This assessment was filled with version %s of its framework, which carries no "
                                     "improvement measures. Add measures by hand, or start a follow-up assessment "
                                     "with the current framework."),
                                   qz_framework_get_version (framework));
  else if (draft != NULL && draft->goal == NULL)
    description = g_strdup (_("The answers reach the framework’s top level and nothing raises them further. "
                              "Add measures by hand."));
  else if (draft != NULL && draft->n_unanswered > 0)
    description = g_strdup (_("Answer the checklist first: measures are drafted for the indicators answered. "
                              "Or add measures by hand."));
  else
    description = g_strdup (_("No measure of the framework raises these answers. Add measures by hand."));

  adw_status_page_set_description (self->empty_page, description);
}

/* Where the draft leads, and what it could not take into account. */
static char *
outcome_text (QzDraft *draft)
{
  /* To one decimal, as the report prints it. */
  g_autofree char *total = qz_input_format_amount (round (draft->total * 10) / 10);
  g_autofree char *outcome = NULL;
  g_autofree char *more = NULL;

  if (draft->reached != NULL)
    outcome = g_strdup_printf (_("Carried out as drafted, the measures reach %s (%s)."),
                               qz_text_get (&draft->reached->name), total);
  else
    outcome = g_strdup_printf (_("Carried out as drafted, the measures reach no level yet (%s)."), total);

  if (qz_draft_get_outcome_note (draft) != NULL)
    {
      g_autofree char *with_note = g_strconcat (outcome, " ", qz_draft_get_outcome_note (draft), NULL);

      g_free (outcome);
      outcome = g_steal_pointer (&with_note);
    }

  if (draft->n_unanswered == 0)
    return g_steal_pointer (&outcome);

  more = g_strdup_printf (g_dngettext (NULL, " %u unanswered indicator is left out.",
                                       " %u unanswered indicators are left out.", draft->n_unanswered),
                          draft->n_unanswered);
  return g_strconcat (outcome, more, NULL);
}

static void
update_summary (QzPlanPage *self)
{
  g_autofree char *summary = NULL;
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;
  g_autofree char *outcome = NULL;
  GListModel *items = qz_plan_get_items (self->plan);
  QzPlanBudget budget;
  guint n_stale;

  qz_plan_budget_sum (&budget, items);
  n_stale = g_list_model_get_n_items (items) - budget.n_items;
  min_text = qz_input_format_amount (budget.low);
  max_text = qz_input_format_amount (budget.high);
  /* Translators: the plan's summary: its number of measures and their budget in 10 000 yuan */
  summary = g_strdup_printf (g_dngettext (NULL, "%u measure · %s–%s (10 000 yuan)",
                                          "%u measures · %s–%s (10 000 yuan)", budget.n_items),
                             budget.n_items, min_text, max_text);
  gtk_label_set_text (self->summary_label, summary);
  update_empty_page (self);

  outcome = outcome_text (qz_plan_get_draft (self->plan));
  gtk_label_set_text (self->outcome_label, outcome);

  if (!qz_plan_is_kept (self->plan))
    gtk_label_set_text (self->state_label,
                        _("A fresh draft from the answers: it is kept as soon as you change anything."));
  else if (n_stale > 0)
    {
      g_autofree char *state = g_strdup_printf (g_dngettext (NULL, "%u measure marked ⚠ is no longer proposed by the draft.",
                                                             "%u measures marked ⚠ are no longer proposed by the draft.",
                                                             n_stale), n_stale);
      gtk_label_set_text (self->state_label, state);
    }
  else
    gtk_label_set_text (self->state_label, _("Every change is saved at once."));
}

/* Keeps the whole plan: the first change of a draft, a move, a redraft. */
/* Says what went wrong, if anything did; the summary follows the plan. */
static void
done (QzPlanPage   *self,
      const GError *error)
{
  if (error != NULL)
    show_error (self, error->message);
  update_summary (self);
}

/* A measure as it is when written, with the plan it belongs to. */
typedef struct
{
  QzPlan     *plan;
  QzPlanItem *item;
} ItemEdit;

static void
item_edit_free (gpointer data)
{
  ItemEdit *edit = data;

  g_object_unref (edit->plan);
  g_object_unref (edit->item);
  g_free (edit);
}

static gboolean
item_edit_save (gpointer   data,
                GError   **error)
{
  ItemEdit *edit = data;

  return qz_plan_save_item (edit->plan, edit->item, error);
}

/* Each cell is written as it is edited; one that cannot be waits in the
 * window's pending edits, named, and is written with the next edit that
 * can be, or when the window closes. */
static void
item_edited_cb (QzPlanPage *self,
                QzPlanItem *item)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *label = NULL;
  ItemEdit *edit;

  if (self->plan == NULL)
    return;

  edit = g_new0 (ItemEdit, 1);
  edit->plan = g_object_ref (self->plan);
  edit->item = g_object_ref (item);
  key = g_strdup_printf ("plan-item/%s", qz_plan_item_get_uuid (item));
  /* Translators: what an unsaved edit would lose: a measure, an enterprise, the visit's date */
  label = g_strdup_printf (_("the measure “%s” in the plan of %s (%s)"), qz_plan_item_get_title (item),
                           self->enterprise_name, qz_assessment_get_visit_date (self->assessment));
  qz_pending_edits_save (self->pending, key, label, item_edit_save, edit, item_edit_free, &error);
  done (self, error);
}

static void
edit_refused_cb (QzPlanPage *self,
                 const char *message)
{
  show_error (self, message);
}

static guint
position_of (GListModel *items,
             QzPlanItem *item)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(QzPlanItem) other = g_list_model_get_item (items, i);

      if (other == item)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* A measure moved among another phase's joins it, and the page says so;
 * one that cannot go there stays, and the page says why. */
static void
move_item_cb (QzPlanPage *self,
              guint       from,
              guint       to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanItem) item = NULL;
  QzPlanPhase before;

  if (self->plan == NULL)
    return;

  item = g_list_model_get_item (qz_plan_get_items (self->plan), from);
  if (item == NULL)
    return;
  before = qz_plan_item_get_phase (item);

  qz_plan_move (self->plan, from, to, &error);
  qz_plan_view_select (self->view, position_of (qz_plan_get_items (self->plan), item));
  if (error == NULL && qz_plan_item_get_phase (item) != before)
    {
      QzPlanPhase phase = qz_plan_item_get_phase (item);
      /* Translators: a measure, then the phase it moved to and how long that runs */
      AdwToast *toast = qz_toast_new_printf (_("“%s” moved to %s (%s)."),
                                             qz_plan_item_get_title (item), qz_plan_phase_get_name (phase),
                                             qz_plan_phase_get_span (phase));

      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  done (self, error);
}

static void
remove_item_cb (QzPlanPage *self,
                guint       position)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanItem) item = NULL;
  AdwToast *toast;

  if (self->plan == NULL)
    return;

  item = qz_plan_remove (self->plan, position, &error);
  done (self, error);
  if (item == NULL)
    return;

  /* Translators: %s is the measure removed */
  toast = qz_toast_new_printf (_("“%s” removed"), qz_plan_item_get_title (item));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "plan.undo-remove");
  adw_toast_set_action_target_value (toast, g_variant_new_string (qz_plan_item_get_uuid (item)));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  g_signal_emit (self, signals[MEASURE_REMOVED], 0, qz_plan_item_get_uuid (item), qz_plan_item_get_title (item));
}

/**
 * qz_plan_page_undo_remove:
 * @self: a #QzPlanPage
 * @item_uuid: a measure removed from the plan shown
 *
 * Puts the measure back where it was and selects it.
 *
 * Returns: whether the measure was removed from the plan shown (when
 *   not, nothing is done)
 */
gboolean
qz_plan_page_undo_remove (QzPlanPage *self,
                          const char *item_uuid)
{
  g_autoptr(GError) error = NULL;
  guint position = G_MAXUINT;
  gboolean removed_here;

  g_return_val_if_fail (QZ_IS_PLAN_PAGE (self), FALSE);

  if (self->plan == NULL)
    return FALSE;

  removed_here = qz_plan_restore (self->plan, item_uuid, &position, &error) || error != NULL;
  if (position != G_MAXUINT)
    qz_plan_view_select (self->view, position);
  done (self, error);
  return removed_here;
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  qz_plan_page_undo_remove (QZ_PLAN_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  QzPlanPage *self = QZ_PLAN_PAGE (widget);
  g_autoptr(GError) error = NULL;
  guint position;

  if (self->plan == NULL)
    return;

  position = qz_plan_add (self->plan, _("New measure"), &error);
  qz_plan_view_select (self->view, position);
  done (self, error);
}

static void
show_items (QzPlanPage *self)
{
  /* Set again, so that every row is bound anew: a redraft changes many. */
  qz_plan_view_set_model (self->view, NULL, NULL);
  qz_plan_view_set_model (self->view, qz_plan_get_items (self->plan), qz_assessment_get_framework (self->assessment));
  update_summary (self);
}

static void
redraft_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  QzPlanPage *self = QZ_PLAN_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *added_text = NULL;
  g_autofree char *stale_text = NULL;
  guint added = 0, stale = 0;
  gboolean ok;

  if (self->plan == NULL)
    return;

  qz_plan_view_commit (self->view);
  ok = qz_plan_redraft (self->plan, &added, &stale, &error);
  show_items (self);
  if (!ok)
    {
      show_error (self, error->message);
      return;
    }

  added_text = g_strdup_printf (g_dngettext (NULL, "%u measure added", "%u measures added", added), added);
  stale_text = g_strdup_printf (g_dngettext (NULL, "%u no longer proposed", "%u no longer proposed", stale), stale);
  /* Translators: after a redraft: "3 measures added, 1 no longer proposed" */
  message = g_strdup_printf (_("Redrafted: %s, %s"), added_text, stale_text);
  adw_toast_overlay_add_toast (self->toast_overlay, qz_toast_new (message));
}

static void
export_response_cb (QzPlanPage           *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      title = g_strdup_printf (_("Improvement plan: %s"), self->enterprise_name);
      if (path == NULL || !qz_plan_export (qz_plan_get_items (self->plan), qz_assessment_get_framework (self->assessment),
                                           title, path, &error))
        show_error (self, error ? error->message : _("The plan can only be saved to a local file."));
      else
        adw_toast_overlay_add_toast (self->toast_overlay, qz_toast_new (_("Plan exported")));
    }

  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  QzPlanPage *self = QZ_PLAN_PAGE (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *xlsx = gtk_file_filter_new ();
  GtkFileFilter *csv = gtk_file_filter_new ();

  if (self->plan == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Plan"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (xlsx, _("Spreadsheet (.xlsx)"));
  gtk_file_filter_add_suffix (xlsx, "xlsx");
  gtk_file_filter_set_name (csv, _("Comma-separated values (.csv)"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), xlsx);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  g_object_unref (xlsx);
  g_object_unref (csv);
  /* Translators: the file name offered for an exported plan; keep the extension */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("improvement-plan.xlsx"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
qz_plan_page_dispose (GObject *object)
{
  QzPlanPage *self = (QzPlanPage *)object;

  g_clear_object (&self->plans);
  g_clear_object (&self->assessment);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->enterprise_name, g_free);
  g_clear_object (&self->pending);

  G_OBJECT_CLASS (qz_plan_page_parent_class)->dispose (object);
}

static void
qz_plan_page_class_init (QzPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qz_plan_page_dispose;

  /**
   * QzPlanPage::measure-removed:
   * @self: the page
   * @item_uuid: the measure removed from the plan
   * @title: its title
   */
  signals[MEASURE_REMOVED] = g_signal_new ("measure-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                           NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  g_type_ensure (QZ_TYPE_PLAN_VIEW);
  g_type_ensure (QZ_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, QzPlanPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, QzPlanPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, QzPlanPage, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, QzPlanPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, QzPlanPage, stack);
  gtk_widget_class_bind_template_child (widget_class, QzPlanPage, view);
  gtk_widget_class_bind_template_child (widget_class, QzPlanPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, item_edited_cb);
  gtk_widget_class_bind_template_callback (widget_class, edit_refused_cb);
  gtk_widget_class_bind_template_callback (widget_class, move_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_item_cb);

  gtk_widget_class_install_action (widget_class, "plan.redraft", NULL, redraft_action);
  gtk_widget_class_install_action (widget_class, "plan.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "plan.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "plan.undo-remove", "s", undo_remove_action);
}

static void
qz_plan_page_init (QzPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->pending = qz_pending_edits_new ();
}

/**
 * qz_plan_page_set_pending_edits:
 * @self: a #QzPlanPage
 * @pending: where edits that cannot be written wait
 *
 * Shares the window's pending edits, so that closing it retries them.
 */
void
qz_plan_page_set_pending_edits (QzPlanPage     *self,
                                QzPendingEdits *pending)
{
  g_return_if_fail (QZ_IS_PLAN_PAGE (self));
  g_return_if_fail (QZ_IS_PENDING_EDITS (pending));

  g_set_object (&self->pending, pending);
}

/**
 * qz_plan_page_flush:
 * @self: a #QzPlanPage
 *
 * Keeps the edit in progress, before the page is hidden or its
 * assessment closed.
 */
void
qz_plan_page_flush (QzPlanPage *self)
{
  g_return_if_fail (QZ_IS_PLAN_PAGE (self));

  qz_plan_view_commit (self->view);
}

/**
 * qz_plan_page_set_assessment:
 * @self: a #QzPlanPage
 * @plans: (nullable): where plans are kept
 * @assessment: (nullable): the assessment whose plan to show
 * @enterprise_name: (nullable): its enterprise's name, for exports
 *
 * Shows the plan as kept or, when none is, a fresh draft.
 */
void
qz_plan_page_set_assessment (QzPlanPage   *self,
                             QzPlanStore  *plans,
                             QzAssessment *assessment,
                             const char   *enterprise_name)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (QZ_IS_PLAN_PAGE (self));

  qz_plan_view_commit (self->view);
  g_set_object (&self->plans, plans);
  g_set_object (&self->assessment, assessment);
  g_free (self->enterprise_name);
  self->enterprise_name = g_strdup (enterprise_name ? enterprise_name : "");
  g_clear_object (&self->plan);
  qz_plan_view_set_model (self->view, NULL, NULL);

  if (assessment == NULL)
    return;

  /* A plan that cannot be read is shown empty and cannot be changed: a
   * change would overwrite what is stored. */
  self->plan = qz_plan_open (plans, assessment, &error);
  if (self->plan == NULL)
    {
      update_empty_page (self);
      show_error (self, error->message);
      return;
    }
  show_items (self);
}

/**
 * qz_plan_page_get_items:
 * @self: a #QzPlanPage
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
GListModel *
qz_plan_page_get_items (QzPlanPage *self)
{
  g_return_val_if_fail (QZ_IS_PLAN_PAGE (self), NULL);

  return self->plan ? qz_plan_get_items (self->plan) : NULL;
}

/**
 * qz_plan_page_is_kept:
 * @self: a #QzPlanPage
 *
 * Returns: whether the plan shown is in the database, rather than a
 *   fresh draft
 */
gboolean
qz_plan_page_is_kept (QzPlanPage *self)
{
  g_return_val_if_fail (QZ_IS_PLAN_PAGE (self), FALSE);

  return self->plan != NULL && qz_plan_is_kept (self->plan);
}

/**
 * qz_plan_page_reload:
 * @self: a #QzPlanPage
 *
 * Reads the plan shown again, as after a measure was restored from
 * Recently Deleted.
 */
void
qz_plan_page_reload (QzPlanPage *self)
{
  g_autoptr(QzAssessment) assessment = NULL;
  g_autoptr(QzPlanStore) plans = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (QZ_IS_PLAN_PAGE (self));

  if (self->assessment == NULL)
    return;

  assessment = g_object_ref (self->assessment);
  plans = g_object_ref (self->plans);
  name = g_strdup (self->enterprise_name);
  qz_plan_page_set_assessment (self, plans, assessment, name);
}
