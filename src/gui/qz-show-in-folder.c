/* qz-show-in-folder.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-show-in-folder"

#include "qz-config.h"

#include <fcntl.h>
#include <unistd.h>
#include <gio/gunixfdlist.h>

#include "qz-show-in-folder.h"

/* A file shown in its folder, selected, by the file manager: in a Flatpak
 * sandbox through the OpenURI portal, outside it by the file manager's
 * org.freedesktop.FileManager1 interface; where neither answers, the
 * folder is opened as any location is. */

#define CALL_TIMEOUT_MS 5000

static void
open_folder (GTask *task)
{
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = g_file_get_uri (folder ? folder : file);
  GError *error = NULL;

  if (g_app_info_launch_default_for_uri (uri, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
called_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  reply = g_dbus_connection_call_with_unix_fd_list_finish (G_DBUS_CONNECTION (source), NULL, result, &error);
  if (reply != NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  g_debug ("The file manager did not show the file: %s", error->message);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    open_folder (task);
}

static void
call_portal (GDBusConnection *bus,
             GTask           *task)
{
  GFile *file = g_task_get_task_data (task);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GUnixFDList) fds = g_unix_fd_list_new ();
  int fd = path ? open (path, O_RDONLY | O_CLOEXEC) : -1;
  int handle = fd >= 0 ? g_unix_fd_list_append (fds, fd, NULL) : -1;

  if (fd >= 0)
    close (fd);
  if (handle < 0)
    {
      open_folder (task);
      g_object_unref (task);
      return;
    }

  g_dbus_connection_call_with_unix_fd_list (bus, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                                            "org.freedesktop.portal.OpenURI", "OpenDirectory",
                                            g_variant_new ("(sh@a{sv})", "", handle,
                                                           g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0)),
                                            NULL, G_DBUS_CALL_FLAGS_NONE, CALL_TIMEOUT_MS, fds,
                                            g_task_get_cancellable (task), called_cb, task);
}

static void
call_file_manager (GDBusConnection *bus,
                   GTask           *task)
{
  g_autofree char *uri = g_file_get_uri (g_task_get_task_data (task));
  const char *uris[] = { uri, NULL };

  g_dbus_connection_call_with_unix_fd_list (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                                            "org.freedesktop.FileManager1", "ShowItems",
                                            g_variant_new ("(^ass)", uris, ""), NULL, G_DBUS_CALL_FLAGS_NONE,
                                            CALL_TIMEOUT_MS, NULL, g_task_get_cancellable (task), called_cb, task);
}

/**
 * qz_show_in_folder_async:
 * @file: a file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is shown, or could not be
 * @user_data: for @callback
 *
 * Shows @file selected in its folder, or, failing that, opens the folder.
 */
void
qz_show_in_folder_async (GFile               *file,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr(GDBusConnection) bus = NULL;

  g_return_if_fail (G_IS_FILE (file));

  g_task_set_source_tag (task, qz_show_in_folder_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, cancellable, NULL);
  if (bus == NULL)
    {
      open_folder (task);
      g_object_unref (task);
    }
  else if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    call_portal (bus, task);
  else
    call_file_manager (bus, task);
}

/**
 * qz_show_in_folder_finish:
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: %TRUE when the file, or its folder, was shown
 */
gboolean
qz_show_in_folder_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
