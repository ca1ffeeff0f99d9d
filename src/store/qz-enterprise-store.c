/* qz-enterprise-store.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-enterprise-store"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-enterprise-private.h"
#include "qz-column-private.h"
#include "qz-enterprise-store-private.h"
#include "qz-exchange-private.h"
#include "qz-latest-level.h"

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (QzEnterpriseStore, qz_enterprise_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_N_ITEMS,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Text columns in QzEnterpriseText order, bound from parameter 1 on. */
#define TEXT_COLUMNS \
  "name, uscc, industry_code, province, city, county, address, " \
  "contact_name, contact_phone, notes"
#define N_TEXT_COLUMNS 10
G_STATIC_ASSERT (N_TEXT_COLUMNS == QZ_ENTERPRISE_N_TEXTS);

const char _qz_enterprise_store_select_sql[] =
  "SELECT " TEXT_COLUMNS ", employees, revenue, uuid, origin, created, updated, notes_internal"
  " FROM enterprise WHERE deleted IS NULL ORDER BY updated DESC, id DESC";

static const char insert_sql[] =
  "INSERT INTO enterprise (" TEXT_COLUMNS ", employees, revenue, uuid, origin, created, updated, notes_internal)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15, ?16)";

static const char update_sql[] =
  "UPDATE enterprise SET name = ?1, uscc = ?2, industry_code = ?3, province = ?4,"
  " city = ?5, county = ?6, address = ?7, contact_name = ?8, contact_phone = ?9,"
  " notes = ?10, employees = ?11, revenue = ?12, origin = ?14, updated = ?15, notes_internal = ?16"
  " WHERE uuid = ?13 AND deleted IS NULL";

/* A framework may weigh its areas by the enterprise's industry: when the
 * code changes, the levels kept for the list are no longer known. */
static const char industry_changed_sql[] =
  "UPDATE assessment SET scored = 0"
  " WHERE enterprise = (SELECT id FROM enterprise WHERE uuid = ?1 AND industry_code <> ?2)";

static const char set_deleted_sql[] =
  "UPDATE enterprise SET deleted = ?1, origin = ?2, updated = ?3 WHERE uuid = ?4";

static const char undelete_sql[] =
  "UPDATE enterprise SET deleted = NULL, origin = ?1, updated = ?2 WHERE uuid = ?3 AND deleted IS NOT NULL"
  " RETURNING " TEXT_COLUMNS ", employees, revenue, uuid, origin, created, updated";

static GType
qz_enterprise_store_get_item_type (GListModel *model)
{
  return QZ_TYPE_ENTERPRISE;
}

static guint
qz_enterprise_store_get_n_items (GListModel *model)
{
  return QZ_ENTERPRISE_STORE (model)->items->len;
}

static gpointer
qz_enterprise_store_get_item (GListModel *model,
                              guint       position)
{
  QzEnterpriseStore *self = QZ_ENTERPRISE_STORE (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = qz_enterprise_store_get_item_type;
  iface->get_n_items = qz_enterprise_store_get_n_items;
  iface->get_item = qz_enterprise_store_get_item;
}

/* A strictly increasing clock, so that the order by last change is the
 * order of the edits even when two fall into the same microsecond. */
static gint64
next_stamp (QzEnterpriseStore *self)
{
  self->last_stamp = MAX (g_get_real_time (), self->last_stamp + 1);
  return self->last_stamp;
}

static void
bind_enterprise (sqlite3_stmt *stmt,
                 QzEnterprise *enterprise)
{
  gint64 employees = qz_enterprise_get_employees (enterprise);
  double revenue = qz_enterprise_get_revenue (enterprise);

  for (guint i = 0; i < QZ_ENTERPRISE_N_TEXTS; i++)
    sqlite3_bind_text (stmt, i + 1, qz_enterprise_get_text (enterprise, i), -1, SQLITE_STATIC);

  if (employees >= 0)
    sqlite3_bind_int64 (stmt, 11, employees);
  else
    sqlite3_bind_null (stmt, 11);

  if (revenue >= 0)
    sqlite3_bind_double (stmt, 12, revenue);
  else
    sqlite3_bind_null (stmt, 12);

  sqlite3_bind_int (stmt, 16, qz_enterprise_get_notes_internal (enterprise));
}

/* A row without its identity cannot be shown or edited: it is left out
 * (and said so on the log), never a crash: NULL. */
QzEnterprise *
_qz_enterprise_store_read_row (sqlite3_stmt *stmt)
{
  g_autofree char *uuid = qz_column_dup_text (stmt, 12, QZ_COLUMN_SHORT_TEXT);
  g_autofree char *origin = qz_column_dup_text (stmt, 13, QZ_COLUMN_SHORT_TEXT);
  QzEnterprise *enterprise;

  if (uuid == NULL || uuid[0] == '\0')
    {
      g_message ("An enterprise without a UUID is left out.");
      return NULL;
    }

  enterprise = qz_enterprise_new ();
  for (guint i = 0; i < QZ_ENTERPRISE_N_TEXTS; i++)
    {
      g_autofree char *text = qz_column_dup_text (stmt, i, i == QZ_ENTERPRISE_NOTES ? QZ_COLUMN_LONG_TEXT
                                                                                    : QZ_COLUMN_SHORT_TEXT);

      qz_enterprise_set_text (enterprise, i, text);
    }

  if (sqlite3_column_type (stmt, 10) != SQLITE_NULL)
    qz_enterprise_set_employees (enterprise, sqlite3_column_int64 (stmt, 10));
  if (sqlite3_column_type (stmt, 11) != SQLITE_NULL)
    qz_enterprise_set_revenue (enterprise, sqlite3_column_double (stmt, 11));
  qz_enterprise_set_notes_internal (enterprise, sqlite3_column_int (stmt, 16));

  _qz_enterprise_set_record (enterprise, uuid, origin,
                             sqlite3_column_int64 (stmt, 14),
                             sqlite3_column_int64 (stmt, 15));
  return enterprise;
}

gboolean
_qz_enterprise_store_load (QzEnterpriseStore  *self,
                           GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (self->database, _qz_enterprise_store_select_sql, error);
  gboolean has_row = TRUE;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;

  while ((ok = qz_database_step (self->database, stmt, &has_row, error)) && has_row)
    {
      QzEnterprise *enterprise;

      enterprise = _qz_enterprise_store_read_row (stmt);
      if (enterprise == NULL)
        continue;
      /* Paid once at start-up, so that the first keystroke in the search
       * is as quick as the others. */
      _qz_enterprise_prepare_search (enterprise);
      self->last_stamp = MAX (self->last_stamp, qz_enterprise_get_updated (enterprise));
      g_ptr_array_add (self->items, enterprise);
    }

  return ok && qz_latest_levels_read (self->latest, G_LIST_MODEL (self), NULL, error);
}

/* Runs one statement as one transaction: every user edit is atomic; an
 * edit of a stored enterprise (@uuid) goes into its history. */
static gboolean
run_edit (QzEnterpriseStore  *self,
          sqlite3_stmt       *stmt,
          const char         *uuid,
          GError            **error)
{
  g_autofree char *record = uuid ? qz_record_key (QZ_RECORD_ENTERPRISE, uuid, NULL) : NULL;
  g_autofree char *before = NULL;
  g_autofree char *shown = NULL;

  if (!qz_database_begin (self->database, error))
    return FALSE;

  if ((record && !qz_history_snapshot (self->database, record, &before, &shown, error)) ||
      !qz_database_step (self->database, stmt, NULL, error) ||
      (record && !qz_history_note (self->database, record, before, shown, error)) ||
      !qz_database_commit (self->database, error))
    {
      qz_database_rollback (self->database);
      return FALSE;
    }

  return TRUE;
}

static void
move_to_front (QzEnterpriseStore *self,
               guint              position)
{
  gpointer item;

  if (position == 0)
    return;

  item = g_ptr_array_steal_index (self->items, position);
  g_ptr_array_insert (self->items, 0, item);
  /* One change over the whole span lets a selection follow the item. */
  g_list_model_items_changed (G_LIST_MODEL (self), 0, position + 1, position + 1);
}

static void
items_changed_cb (QzEnterpriseStore *self,
                  guint              position,
                  guint              removed,
                  guint              added)
{
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
qz_enterprise_store_finalize (GObject *object)
{
  QzEnterpriseStore *self = (QzEnterpriseStore *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->deleted, g_hash_table_unref);
  g_clear_pointer (&self->latest, qz_latest_levels_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (qz_enterprise_store_parent_class)->finalize (object);
}

static void
qz_enterprise_store_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  QzEnterpriseStore *self = QZ_ENTERPRISE_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_enterprise_store_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  QzEnterpriseStore *self = QZ_ENTERPRISE_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_enterprise_store_class_init (QzEnterpriseStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = qz_enterprise_store_finalize;
  object_class->get_property = qz_enterprise_store_get_property;
  object_class->set_property = qz_enterprise_store_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         QZ_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

void
_qz_enterprise_store_set_loading (QzEnterpriseStore *self,
                                  gboolean           loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
qz_enterprise_store_init (QzEnterpriseStore *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->deleted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_signal_connect (self, "items-changed", G_CALLBACK (items_changed_cb), NULL);
}

/**
 * qz_enterprise_store_new:
 * @database: an open #QzDatabase
 * @error: return location for a #QzDatabaseError
 *
 * Loads the enterprises that are not deleted.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
QzEnterpriseStore *
qz_enterprise_store_new (QzDatabase  *database,
                         GError     **error)
{
  g_autoptr(QzEnterpriseStore) self = NULL;

  g_return_val_if_fail (QZ_IS_DATABASE (database), NULL);

  self = g_object_new (QZ_TYPE_ENTERPRISE_STORE, "database", database, NULL);
  self->latest = qz_latest_levels_new (database);
  if (!_qz_enterprise_store_load (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * qz_enterprise_store_get_database:
 * @self: a #QzEnterpriseStore
 *
 * Returns: (transfer none): the database the store reads and writes
 */
QzDatabase *
qz_enterprise_store_get_database (QzEnterpriseStore *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (self), NULL);

  return self->database;
}

/**
 * qz_enterprise_store_reload:
 * @self: a #QzEnterpriseStore
 * @error: return location for a #QzDatabaseError
 *
 * Reads the list again from the database, as after a change made in
 * several steps was rolled back.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_enterprise_store_reload (QzEnterpriseStore  *self,
                            GError            **error)
{
  guint removed;
  gboolean ok;

  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (self), FALSE);

  removed = self->items->len;
  g_ptr_array_set_size (self->items, 0);
  ok = _qz_enterprise_store_load (self, error);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
  return ok;
}

/**
 * qz_enterprise_store_find:
 * @self: a #QzEnterpriseStore
 * @uuid: (nullable): the enterprise's UUID
 * @position: (out) (optional): where it stands in the list
 *
 * Returns: (transfer none) (nullable): the enterprise, or %NULL when no
 *   enterprise that is not deleted has that UUID
 */
QzEnterprise *
qz_enterprise_store_find (QzEnterpriseStore *self,
                          const char        *uuid,
                          guint             *position)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (self), NULL);

  if (uuid == NULL)
    return NULL;

  for (guint i = 0; i < self->items->len; i++)
    {
      QzEnterprise *enterprise = g_ptr_array_index (self->items, i);

      if (g_strcmp0 (qz_enterprise_get_uuid (enterprise), uuid) == 0)
        {
          if (position)
            *position = i;
          return enterprise;
        }
    }

  return NULL;
}

/**
 * qz_enterprise_store_insert:
 * @self: a #QzEnterpriseStore
 * @enterprise: a new enterprise with its fields filled in, named
 * @uuid: the UUID it keeps, as for a sample or an imported case
 * @error: return location for a #QzDatabaseError
 *
 * Stores @enterprise as it is, under @uuid, and puts it first in the list.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_enterprise_store_insert (QzEnterpriseStore  *self,
                            QzEnterprise       *enterprise,
                            const char         *uuid,
                            GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *origin;
  gint64 now;

  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_ENTERPRISE (enterprise), FALSE);
  g_return_val_if_fail (qz_enterprise_get_uuid (enterprise) == NULL, FALSE);
  g_return_val_if_fail (g_uuid_string_is_valid (uuid), FALSE);

  stmt = qz_database_prepare (self->database, insert_sql, error);
  if (stmt == NULL)
    return FALSE;

  origin = qz_database_get_origin (self->database);
  now = next_stamp (self);
  bind_enterprise (stmt, enterprise);
  sqlite3_bind_text (stmt, 13, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 14, origin, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 15, now);
  if (!run_edit (self, stmt, NULL, error))
    return FALSE;

  _qz_enterprise_set_record (enterprise, uuid, origin, now, now);
  _qz_enterprise_prepare_search (enterprise);
  g_ptr_array_insert (self->items, 0, g_object_ref (enterprise));
  g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, 1);
  return TRUE;
}

/**
 * qz_enterprise_store_create:
 * @self: a #QzEnterpriseStore
 * @name: the new enterprise's name, not empty
 * @error: return location for a #QzDatabaseError
 *
 * Stores a new enterprise and puts it first in the list.
 *
 * Returns: (transfer none): the new enterprise, or %NULL with @error set
 */
QzEnterprise *
qz_enterprise_store_create (QzEnterpriseStore  *self,
                            const char         *name,
                            GError            **error)
{
  g_autoptr(QzEnterprise) enterprise = NULL;
  g_autofree char *uuid = g_uuid_string_random ();

  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (self), NULL);
  g_return_val_if_fail (name != NULL && name[0] != '\0', NULL);

  enterprise = qz_enterprise_new ();
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_NAME, name);
  if (!qz_enterprise_store_insert (self, enterprise, uuid, error))
    return NULL;

  return enterprise;
}

/**
 * qz_enterprise_store_save:
 * @self: a #QzEnterpriseStore
 * @enterprise: an enterprise of @self, changed by the user
 * @error: return location for a #QzDatabaseError
 *
 * Writes all fields of @enterprise in one transaction, stamps it with the
 * time and this database's origin, and moves it to the front of the list.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_enterprise_store_save (QzEnterpriseStore  *self,
                          QzEnterprise       *enterprise,
                          GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) forget = NULL;
  const char *origin;
  guint position;
  gint64 now;

  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_ENTERPRISE (enterprise), FALSE);

  if (qz_enterprise_store_find (self, qz_enterprise_get_uuid (enterprise), &position) != enterprise)
    {
      g_set_error_literal (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FAILED,
                           _("This enterprise has been deleted; restore it to change it."));
      return FALSE;
    }

  stmt = qz_database_prepare (self->database, update_sql, error);
  if (stmt == NULL)
    return FALSE;
  forget = qz_database_prepare (self->database, industry_changed_sql, error);
  if (forget == NULL || !qz_database_begin (self->database, error))
    return FALSE;

  origin = qz_database_get_origin (self->database);
  now = next_stamp (self);
  bind_enterprise (stmt, enterprise);
  sqlite3_bind_text (stmt, 13, qz_enterprise_get_uuid (enterprise), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 14, origin, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 15, now);
  sqlite3_bind_text (forget, 1, qz_enterprise_get_uuid (enterprise), -1, SQLITE_STATIC);
  sqlite3_bind_text (forget, 2, qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_INDUSTRY_CODE), -1, SQLITE_STATIC);
  if (!qz_database_end (self->database,
                        qz_database_step (self->database, forget, NULL, error) && run_edit (self, stmt, qz_enterprise_get_uuid (enterprise), error),
                        error))
    return FALSE;

  _qz_enterprise_set_record (enterprise, qz_enterprise_get_uuid (enterprise), origin,
                             qz_enterprise_get_created (enterprise), now);
  move_to_front (self, position);
  return TRUE;
}

static gboolean
set_deleted (QzEnterpriseStore  *self,
             QzEnterprise       *enterprise,
             gboolean            deleted,
             GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (self->database, set_deleted_sql, error);
  const char *origin = qz_database_get_origin (self->database);
  gint64 now = next_stamp (self);

  if (stmt == NULL)
    return FALSE;

  if (deleted)
    sqlite3_bind_int64 (stmt, 1, now);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_text (stmt, 2, origin, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, now);
  sqlite3_bind_text (stmt, 4, qz_enterprise_get_uuid (enterprise), -1, SQLITE_STATIC);
  if (!run_edit (self, stmt, qz_enterprise_get_uuid (enterprise), error))
    return FALSE;

  _qz_enterprise_set_record (enterprise, qz_enterprise_get_uuid (enterprise), origin,
                             qz_enterprise_get_created (enterprise), now);
  return TRUE;
}

/**
 * qz_enterprise_store_delete:
 * @self: a #QzEnterpriseStore
 * @enterprise: an enterprise of @self
 * @error: return location for a #QzDatabaseError
 *
 * Marks @enterprise as deleted and takes it out of the list. The row and
 * everything attached to it stay in the database, so that
 * qz_enterprise_store_restore() can bring it back.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_enterprise_store_delete (QzEnterpriseStore  *self,
                            QzEnterprise       *enterprise,
                            GError            **error)
{
  guint position;

  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_ENTERPRISE (enterprise), FALSE);

  if (qz_enterprise_store_find (self, qz_enterprise_get_uuid (enterprise), &position) != enterprise)
    return TRUE;

  if (!set_deleted (self, enterprise, TRUE, error))
    return FALSE;

  g_hash_table_replace (self->deleted, g_strdup (qz_enterprise_get_uuid (enterprise)), g_object_ref (enterprise));
  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  return TRUE;
}

/**
 * qz_enterprise_store_restore:
 * @self: a #QzEnterpriseStore
 * @enterprise: an enterprise deleted from @self
 * @error: return location for a #QzDatabaseError
 *
 * Undoes qz_enterprise_store_delete(); the enterprise comes back first in
 * the list, as its most recent change.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_enterprise_store_restore (QzEnterpriseStore  *self,
                             QzEnterprise       *enterprise,
                             GError            **error)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_ENTERPRISE (enterprise), FALSE);

  if (qz_enterprise_store_find (self, qz_enterprise_get_uuid (enterprise), NULL) != NULL)
    return TRUE;

  if (!set_deleted (self, enterprise, FALSE, error))
    return FALSE;

  g_hash_table_remove (self->deleted, qz_enterprise_get_uuid (enterprise));
  g_ptr_array_insert (self->items, 0, g_object_ref (enterprise));
  g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, 1);
  return TRUE;
}

/**
 * qz_enterprise_store_undelete:
 * @self: a #QzEnterpriseStore
 * @uuid: the UUID of a deleted enterprise
 * @error: return location for a #QzDatabaseError
 *
 * Brings back a deleted enterprise known only by its UUID, as from
 * Recently Deleted: it is read from the database and comes first in the
 * list. Inside a transaction of the caller's, the caller reloads the
 * store if that transaction is rolled back.
 *
 * Returns: (transfer none): the enterprise, or %NULL with @error set
 *   (%QZ_DATABASE_ERROR_NOT_FOUND when no deleted enterprise has @uuid)
 */
QzEnterprise *
qz_enterprise_store_undelete (QzEnterpriseStore  *self,
                              const char         *uuid,
                              GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(QzEnterprise) enterprise = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  stmt = qz_database_prepare (self->database, undelete_sql, error);
  if (stmt == NULL || !qz_database_begin (self->database, error))
    return NULL;

  sqlite3_bind_text (stmt, 1, qz_database_get_origin (self->database), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, next_stamp (self));
  sqlite3_bind_text (stmt, 3, uuid, -1, SQLITE_STATIC);
  ok = qz_database_step (self->database, stmt, &has_row, error);
  if (ok && has_row)
    enterprise = _qz_enterprise_store_read_row (stmt);
  if (enterprise != NULL && g_hash_table_contains (self->deleted, uuid))
    {
      /* The object deleted in this session, as it was. */
      QzEnterprise *same = g_hash_table_lookup (self->deleted, uuid);

      _qz_enterprise_set_record (same, uuid, qz_enterprise_get_origin (enterprise),
                                 qz_enterprise_get_created (same), qz_enterprise_get_updated (enterprise));
      g_set_object (&enterprise, same);
    }
  else if (ok && !has_row)
    g_set_error_literal (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                         _("This enterprise is not among those deleted any more."));
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!qz_database_end (self->database, enterprise != NULL, error))
    return NULL;

  g_hash_table_remove (self->deleted, uuid);
  _qz_enterprise_prepare_search (enterprise);
  g_ptr_array_insert (self->items, 0, g_object_ref (enterprise));
  g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, 1);
  return enterprise;
}

/**
 * qz_enterprise_store_update_latest:
 * @self: a #QzEnterpriseStore
 * @assessments: the assessments of the same database
 * @enterprise: an enterprise of @self
 * @error: return location for a #QzDatabaseError
 *
 * Reads again which assessment of @enterprise is the latest and where it
 * stands, scoring it when its level is not known, as after it was edited.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_enterprise_store_update_latest (QzEnterpriseStore  *self,
                                   QzAssessmentStore  *assessments,
                                   QzEnterprise       *enterprise,
                                   GError            **error)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (assessments), FALSE);
  g_return_val_if_fail (QZ_IS_ENTERPRISE (enterprise), FALSE);

  return qz_latest_levels_read (self->latest, G_LIST_MODEL (self), enterprise, error) &&
         qz_latest_levels_score_pending (self->latest, G_LIST_MODEL (self), assessments, enterprise, 1, error) >= 0;
}

/**
 * qz_enterprise_store_score_pending:
 * @self: a #QzEnterpriseStore
 * @assessments: the assessments of the same database
 * @max: how many to score at most
 * @error: return location for a #QzDatabaseError
 *
 * Scores up to @max of the latest assessments whose level is not known
 * (those of a database from before schema 6, or changed since), so that
 * the list learns their levels a few at a time rather than all at
 * start-up.
 *
 * Returns: how many were scored, fewer than @max when none is left; -1
 *   with @error set
 */
int
qz_enterprise_store_score_pending (QzEnterpriseStore  *self,
                                   QzAssessmentStore  *assessments,
                                   guint               max,
                                   GError            **error)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (self), -1);
  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (assessments), -1);

  return qz_latest_levels_score_pending (self->latest, G_LIST_MODEL (self), assessments, NULL, max, error);
}
