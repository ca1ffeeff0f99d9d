/* qz-contact-store.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-contact-store"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-contact-store.h"
#include "qz-column-private.h"
#include "qz-database-private.h"
#include "qz-exchange-private.h"

/* The contacts of an enterprise (schema 5's contact table), each change one
 * transaction. The enterprise's own contact_name and contact_phone, which
 * older files, the sample and the command line know, follow the first
 * contact: they are written in the same transaction as every change, and
 * an enterprise with no contact row yet gets one made from them when its
 * contacts are first listed. */

struct _QzContactStore
{
  GObject     parent_instance;

  QzDatabase *database;
};

G_DEFINE_FINAL_TYPE (QzContactStore, qz_contact_store, G_TYPE_OBJECT)

#define ENTERPRISE_ID "(SELECT id FROM enterprise WHERE uuid = :enterprise AND deleted IS NULL)"

static void
bind (sqlite3_stmt *stmt,
      const char   *parameter,
      const char   *value)
{
  int index = sqlite3_bind_parameter_index (stmt, parameter);

  if (index > 0)
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

/* Runs @sql with its named parameters those of @enterprise_uuid and
 * @contact, the time and the origin; tells how many rows it changed. */
static gboolean
run (QzContactStore  *self,
     const char      *sql,
     const char      *enterprise_uuid,
     QzContact       *contact,
     int             *n_changed,
     GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (self->database, sql, error);
  g_autoptr(sqlite3_stmt) changes = NULL;
  gboolean has_row = FALSE;
  int index;

  if (stmt == NULL)
    return FALSE;

  bind (stmt, ":enterprise", enterprise_uuid);
  bind (stmt, ":origin", qz_database_get_origin (self->database));
  if ((index = sqlite3_bind_parameter_index (stmt, ":now")) > 0)
    sqlite3_bind_int64 (stmt, index, g_get_real_time ());
  if (contact != NULL)
    {
      bind (stmt, ":contact", qz_contact_get_uuid (contact));
      bind (stmt, ":name", qz_contact_get_name (contact));
      bind (stmt, ":title", qz_contact_get_title (contact));
      bind (stmt, ":mobile", qz_contact_get_mobile (contact));
      bind (stmt, ":wechat", qz_contact_get_wechat (contact));
    }

  if (!qz_database_step (self->database, stmt, NULL, error))
    return FALSE;
  if (n_changed == NULL)
    return TRUE;

  changes = qz_database_prepare (self->database, "SELECT changes ()", error);
  if (changes == NULL || !qz_database_step (self->database, changes, &has_row, error))
    return FALSE;
  *n_changed = sqlite3_column_int (changes, 0);
  return TRUE;
}

/* The enterprise's own two columns follow its first contact. */
static gboolean
sync_enterprise (QzContactStore  *self,
                 QzEnterprise    *enterprise,
                 GError         **error)
{
  static const char first[] =
    "(SELECT %s FROM contact WHERE enterprise = enterprise.id AND deleted IS NULL"
    " ORDER BY position, id LIMIT 1)";
  g_autofree char *name = g_strdup_printf (first, "name");
  g_autofree char *mobile = g_strdup_printf (first, "mobile");
  g_autofree char *sql = g_strdup_printf ("UPDATE enterprise SET contact_name = coalesce (%s, ''),"
                                          " contact_phone = coalesce (%s, '') WHERE uuid = :enterprise",
                                          name, mobile);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!run (self, sql, qz_enterprise_get_uuid (enterprise), NULL, NULL, error))
    return FALSE;

  stmt = qz_database_prepare (self->database,
                              "SELECT contact_name, contact_phone FROM enterprise WHERE uuid = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, qz_enterprise_get_uuid (enterprise), -1, SQLITE_STATIC);
  if (!qz_database_step (self->database, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      g_autofree char *stored_name = qz_column_dup_text (stmt, 0, QZ_COLUMN_SHORT_TEXT);
      g_autofree char *stored_phone = qz_column_dup_text (stmt, 1, QZ_COLUMN_SHORT_TEXT);

      qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_CONTACT_NAME, stored_name);
      qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_CONTACT_PHONE, stored_phone);
    }

  return TRUE;
}

/* One change to @contact and the enterprise's columns, in one transaction. */
static gboolean
change (QzContactStore  *self,
        const char      *sql,
        QzEnterprise    *enterprise,
        QzContact       *contact,
        GError         **error)
{
  g_autofree char *record = NULL;
  g_autofree char *before = NULL;
  g_autofree char *shown = NULL;
  int n_changed = 0;
  gboolean ok;

  g_return_val_if_fail (QZ_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (QZ_IS_ENTERPRISE (enterprise), FALSE);
  g_return_val_if_fail (QZ_IS_CONTACT (contact), FALSE);

  if (!qz_database_begin (self->database, error))
    return FALSE;

  record = qz_record_key (QZ_RECORD_CONTACT, qz_contact_get_uuid (contact), NULL);
  ok = qz_history_snapshot (self->database, record, &before, &shown, error) &&
       run (self, sql, qz_enterprise_get_uuid (enterprise), contact, &n_changed, error);
  if (ok && n_changed != 1)
    {
      g_set_error_literal (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                           _("This contact or its enterprise no longer exists."));
      ok = FALSE;
    }
  ok = ok && sync_enterprise (self, enterprise, error) &&
       qz_history_note (self->database, record, before, shown, error);

  return qz_database_end (self->database, ok, error);
}

static void
qz_contact_store_finalize (GObject *object)
{
  QzContactStore *self = (QzContactStore *)object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (qz_contact_store_parent_class)->finalize (object);
}

static void
qz_contact_store_class_init (QzContactStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qz_contact_store_finalize;
}

static void
qz_contact_store_init (QzContactStore *self)
{
}

/**
 * qz_contact_store_new:
 * @database: an open #QzDatabase
 *
 * Returns: (transfer full): the contacts of @database's enterprises
 */
QzContactStore *
qz_contact_store_new (QzDatabase *database)
{
  QzContactStore *self;

  g_return_val_if_fail (QZ_IS_DATABASE (database), NULL);

  self = g_object_new (QZ_TYPE_CONTACT_STORE, NULL);
  self->database = g_object_ref (database);
  return self;
}

/* An enterprise that never had a contact row but has a contact in its own
 * columns (written by the sample, the command line or an older version)
 * gets it as its first contact. */
static gboolean
adopt (QzContactStore  *self,
       QzEnterprise    *enterprise,
       GError         **error)
{
  const char *name = qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_CONTACT_NAME);
  const char *phone = qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_CONTACT_PHONE);
  g_autoptr(QzContact) contact = NULL;

  if (name[0] == '\0' && phone[0] == '\0')
    return TRUE;

  contact = qz_contact_new (NULL);
  qz_contact_set_name (contact, name);
  qz_contact_set_mobile (contact, phone);
  return run (self,
              "INSERT INTO contact (uuid, enterprise, position, name, title, mobile, wechat, created, updated, origin)"
              " SELECT :contact, e.id, 0, :name, :title, :mobile, :wechat, :now, :now, :origin FROM enterprise e"
              " WHERE e.uuid = :enterprise AND e.deleted IS NULL"
              "  AND NOT EXISTS (SELECT 1 FROM contact c WHERE c.enterprise = e.id)",
              qz_enterprise_get_uuid (enterprise), contact, NULL, error);
}

/**
 * qz_contact_store_list:
 * @self: a #QzContactStore
 * @enterprise: a stored enterprise
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full) (element-type QzContact): the contacts of
 *   @enterprise that are not removed, in order, or %NULL with @error set
 */
GPtrArray *
qz_contact_store_list (QzContactStore  *self,
                       QzEnterprise    *enterprise,
                       GError         **error)
{
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  g_return_val_if_fail (QZ_IS_CONTACT_STORE (self), NULL);
  g_return_val_if_fail (QZ_IS_ENTERPRISE (enterprise), NULL);

  /* A database opened for reading (the command line's exports) lists
   * what it holds; the contact of the old columns is adopted next time. */
  if (!qz_database_is_read_only (self->database) &&
      (!qz_database_begin (self->database, error) ||
       !qz_database_end (self->database, adopt (self, enterprise, error), error)))
    return NULL;

  stmt = qz_database_prepare (self->database,
                              "SELECT uuid, name, title, mobile, wechat FROM contact"
                              " WHERE enterprise = " ENTERPRISE_ID " AND deleted IS NULL"
                              " ORDER BY position, id", error);
  if (stmt == NULL)
    return NULL;
  bind (stmt, ":enterprise", qz_enterprise_get_uuid (enterprise));

  while ((ok = qz_database_step (self->database, stmt, &has_row, error)) && has_row)
    {
      g_autofree char *name = qz_column_dup_text (stmt, 1, QZ_COLUMN_SHORT_TEXT);
      g_autofree char *title = qz_column_dup_text (stmt, 2, QZ_COLUMN_SHORT_TEXT);
      g_autofree char *mobile = qz_column_dup_text (stmt, 3, QZ_COLUMN_SHORT_TEXT);
      g_autofree char *wechat = qz_column_dup_text (stmt, 4, QZ_COLUMN_SHORT_TEXT);
      QzContact *contact;

      /* Read back as outside input (see qz-column-private.h). */
      if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
        continue;
      contact = qz_contact_new ((const char *) sqlite3_column_text (stmt, 0));
      qz_contact_set_name (contact, name);
      qz_contact_set_title (contact, title);
      qz_contact_set_mobile (contact, mobile);
      qz_contact_set_wechat (contact, wechat);
      g_ptr_array_add (contacts, contact);
    }
  if (!ok)
    return NULL;

  /* Not adopted, being read only: the old columns' contact as it is. */
  if (contacts->len == 0 && qz_database_is_read_only (self->database))
    {
      const char *name = qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_CONTACT_NAME);
      const char *phone = qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_CONTACT_PHONE);

      if (name[0] != '\0' || phone[0] != '\0')
        {
          QzContact *contact = qz_contact_new (NULL);

          qz_contact_set_name (contact, name);
          qz_contact_set_mobile (contact, phone);
          g_ptr_array_add (contacts, contact);
        }
    }
  return g_steal_pointer (&contacts);
}

/**
 * qz_contact_store_add:
 * @self: a #QzContactStore
 * @enterprise: a stored enterprise
 * @error: return location for a #QzDatabaseError
 *
 * Stores an empty contact after the others.
 *
 * Returns: (transfer full): the contact, or %NULL with @error set
 */
QzContact *
qz_contact_store_add (QzContactStore  *self,
                      QzEnterprise    *enterprise,
                      GError         **error)
{
  g_autoptr(QzContact) contact = qz_contact_new (NULL);

  if (!change (self,
               "INSERT INTO contact (uuid, enterprise, position, name, title, mobile, wechat, created, updated, origin)"
               " SELECT :contact, id, (SELECT coalesce (max (position) + 1, 0) FROM contact WHERE enterprise = e.id),"
               "        :name, :title, :mobile, :wechat, :now, :now, :origin"
               " FROM enterprise e WHERE uuid = :enterprise AND deleted IS NULL",
               enterprise, contact, error))
    return NULL;

  return g_steal_pointer (&contact);
}

/**
 * qz_contact_store_save:
 * @self: a #QzContactStore
 * @enterprise: the contact's enterprise
 * @contact: a contact of @enterprise, as edited
 * @error: return location for a #QzDatabaseError
 *
 * Writes the contact's fields as they are.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_contact_store_save (QzContactStore  *self,
                       QzEnterprise    *enterprise,
                       QzContact       *contact,
                       GError         **error)
{
  return change (self,
                 "UPDATE contact SET name = :name, title = :title, mobile = :mobile, wechat = :wechat,"
                 " updated = :now, origin = :origin"
                 " WHERE uuid = :contact AND enterprise = " ENTERPRISE_ID " AND deleted IS NULL",
                 enterprise, contact, error);
}

/**
 * qz_contact_store_remove:
 * @self: a #QzContactStore
 * @enterprise: the contact's enterprise
 * @contact: a contact of @enterprise
 * @error: return location for a #QzDatabaseError
 *
 * Removes @contact, which qz_contact_store_restore() brings back.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_contact_store_remove (QzContactStore  *self,
                         QzEnterprise    *enterprise,
                         QzContact       *contact,
                         GError         **error)
{
  return change (self,
                 "UPDATE contact SET deleted = :now, updated = :now, origin = :origin"
                 " WHERE uuid = :contact AND enterprise = " ENTERPRISE_ID " AND deleted IS NULL",
                 enterprise, contact, error);
}

/**
 * qz_contact_store_restore:
 * @self: a #QzContactStore
 * @enterprise: the contact's enterprise
 * @contact: a contact of @enterprise that was removed
 * @error: return location for a #QzDatabaseError
 *
 * Returns: %TRUE on success
 */
gboolean
qz_contact_store_restore (QzContactStore  *self,
                          QzEnterprise    *enterprise,
                          QzContact       *contact,
                          GError         **error)
{
  return change (self,
                 "UPDATE contact SET deleted = NULL, updated = :now, origin = :origin"
                 " WHERE uuid = :contact AND enterprise = " ENTERPRISE_ID " AND deleted IS NOT NULL",
                 enterprise, contact, error);
}
