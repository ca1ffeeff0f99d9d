/* qz-framework-getters.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-framework-getters"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qz-framework-getters.h"
#include "qz-json.h"

static const char *common_keys[] = { "verified", "note", NULL };

G_GNUC_PRINTF (2, 0)
static void
add_problem (QzLoader   *loader,
             const char *format,
             va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  g_ptr_array_add (loader->problems,
                   g_strdup_printf ("%s: %s", loader->path->len ? loader->path->str : "(top)", message));
}

/* Adds a problem, at the path where the loader stands. */
void
_qz_loader_problem (QzLoader   *loader,
                    const char *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  add_problem (loader, format, args);
  va_end (args);
}

/* Adds a problem at the member @key of where the loader stands. */
void
_qz_loader_problem_at (QzLoader   *loader,
                       const char *key,
                       const char *format,
                       ...)
{
  gsize len = _qz_loader_push_key (loader, key);
  va_list args;

  va_start (args, format);
  add_problem (loader, format, args);
  va_end (args);
  _qz_loader_pop (loader, len);
}

/* The path steps into a member or an item; _qz_loader_pop() steps back
 * to the length they return. */
gsize
_qz_loader_push_key (QzLoader   *loader,
                     const char *key)
{
  gsize len = loader->path->len;

  if (len > 0)
    g_string_append_c (loader->path, '.');
  g_string_append (loader->path, key);
  return len;
}

gsize
_qz_loader_push_index (QzLoader *loader,
                       guint     index)
{
  gsize len = loader->path->len;

  g_string_append_printf (loader->path, "[%u]", index);
  return len;
}

void
_qz_loader_pop (QzLoader *loader,
                gsize     len)
{
  g_string_truncate (loader->path, len);
}

static gboolean
in_list (const char * const *list,
         const char         *key)
{
  return list != NULL && g_strv_contains (list, key);
}

/* Unknown keys are reported: a misspelt key must not pass silently. */
void
_qz_loader_check_keys (QzLoader           *loader,
                       JsonObject         *object,
                       const char * const *allowed)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!in_list (allowed, l->data) && !in_list (common_keys, l->data))
        _qz_loader_problem_at (loader, l->data, _("unknown key"));
    }
}

/* Looks up @key; reports it when required and missing. The path is left
 * pointing at the member for the caller's checks: pop it afterwards. */
JsonNode *
_qz_loader_member (QzLoader   *loader,
                   JsonObject *object,
                   const char *key,
                   gboolean    required,
                   gsize      *len)
{
  JsonNode *node = json_object_get_member (object, key);

  *len = _qz_loader_push_key (loader, key);
  if (node == NULL && required)
    _qz_loader_problem (loader, _("is required"));

  return node;
}

/* The member @key when it holds a value of @type (any number for
 * %G_TYPE_DOUBLE); %NULL when it is missing, or holds something else,
 * which @message reports. */
static JsonNode *
value_member (QzLoader   *loader,
              JsonObject *object,
              const char *key,
              gboolean    required,
              GType       type,
              const char *message)
{
  gsize len;
  JsonNode *node = _qz_loader_member (loader, object, key, required, &len);
  gboolean fits = node != NULL && (type == G_TYPE_DOUBLE ? qz_json_node_is_number (node)
                                                         : qz_json_node_holds (node, type));

  if (node != NULL && !fits)
    _qz_loader_problem (loader, "%s", message);

  _qz_loader_pop (loader, len);
  return fits ? node : NULL;
}

gboolean
_qz_loader_get_number (QzLoader   *loader,
                       JsonObject *object,
                       const char *key,
                       gboolean    required,
                       double     *out)
{
  JsonNode *node = value_member (loader, object, key, required, G_TYPE_DOUBLE, _("must be a number"));

  if (node == NULL)
    return FALSE;

  if (!isfinite (json_node_get_double (node)))
    {
      _qz_loader_problem_at (loader, key, _("must be a finite number"));
      return FALSE;
    }

  *out = json_node_get_double (node);
  return TRUE;
}

gboolean
_qz_loader_get_int (QzLoader   *loader,
                    JsonObject *object,
                    const char *key,
                    gboolean    required,
                    int         min,
                    int        *out)
{
  JsonNode *node = value_member (loader, object, key, required, G_TYPE_INT64, _("must be a whole number"));

  if (node == NULL)
    return FALSE;

  if (json_node_get_int (node) < min || json_node_get_int (node) > G_MAXINT)
    {
      _qz_loader_problem_at (loader, key, _("must be at least %d"), min);
      return FALSE;
    }

  *out = (int) json_node_get_int (node);
  return TRUE;
}

gboolean
_qz_loader_get_bool (QzLoader   *loader,
                     JsonObject *object,
                     const char *key,
                     gboolean   *out)
{
  JsonNode *node = value_member (loader, object, key, FALSE, G_TYPE_BOOLEAN, _("must be true or false"));

  if (node == NULL)
    return FALSE;

  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
_qz_loader_get_string (QzLoader   *loader,
                       JsonObject *object,
                       const char *key,
                       gboolean    required,
                       char      **out)
{
  const char *message = _("must be a text that is not empty");
  JsonNode *node = value_member (loader, object, key, required, G_TYPE_STRING, message);

  if (node == NULL)
    return FALSE;

  if (json_node_get_string (node)[0] == '\0')
    {
      _qz_loader_problem_at (loader, key, "%s", message);
      return FALSE;
    }

  g_free (*out);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

JsonObject *
_qz_loader_node_object (QzLoader *loader,
                        JsonNode *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _qz_loader_problem (loader, _("must be an object"));
      return NULL;
    }

  return json_node_get_object (node);
}

void
_qz_loader_read_text (QzLoader *loader,
                      JsonNode *node,
                      QzText   *text)
{
  JsonObject *object = _qz_loader_node_object (loader, node);
  static const char *languages[] = { "zh_CN", "en", NULL };

  if (object == NULL)
    return;

  text->zh_cn = json_object_has_member (object, "zh_CN")
                ? qz_json_node_dup_string (json_object_get_member (object, "zh_CN")) : NULL;
  text->en = json_object_has_member (object, "en")
             ? qz_json_node_dup_string (json_object_get_member (object, "en")) : NULL;

  for (guint i = 0; languages[i]; i++)
    {
      const char *value = i == 0 ? text->zh_cn : text->en;
      JsonNode *child = json_object_get_member (object, languages[i]);
      gsize len = _qz_loader_push_key (loader, languages[i]);

      if (child == NULL)
        _qz_loader_problem (loader, _("is required: every text has a Chinese (zh_CN) and an English (en) version"));
      else if (value == NULL || value[0] == '\0')
        _qz_loader_problem (loader, _("must be a text that is not empty"));

      _qz_loader_pop (loader, len);
    }

  /* Other languages may be added later; they must still be texts. */
  {
    g_autoptr(GList) members = json_object_get_members (object);

    for (GList *l = members; l != NULL; l = l->next)
      {
        g_autofree char *value = qz_json_node_dup_string (json_object_get_member (object, l->data));

        if (value == NULL)
          _qz_loader_problem_at (loader, l->data, _("must be a text"));
      }
  }
}

void
_qz_loader_get_text (QzLoader   *loader,
                     JsonObject *object,
                     const char *key,
                     gboolean    required,
                     QzText     *text)
{
  gsize len;
  JsonNode *node = _qz_loader_member (loader, object, key, required, &len);

  if (node != NULL)
    _qz_loader_read_text (loader, node, text);

  _qz_loader_pop (loader, len);
}

static gboolean
valid_id (const char *id)
{
  if (!g_ascii_islower (id[0]))
    return FALSE;

  for (const char *p = id; *p; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '_')
        return FALSE;
    }

  return TRUE;
}

/* Reads an id and, when @unique is given, checks that it is used once. */
char *
_qz_loader_get_id (QzLoader   *loader,
                   JsonObject *object,
                   GHashTable *unique)
{
  gsize len;
  JsonNode *node = _qz_loader_member (loader, object, "id", TRUE, &len);
  g_autofree char *id = node ? qz_json_node_dup_string (node) : NULL;

  if (node != NULL && id == NULL)
    _qz_loader_problem (loader, _("must be a text"));
  else if (id != NULL && !valid_id (id))
    _qz_loader_problem (loader, _("“%s” is not a valid id: use lower-case letters, digits, “-” and “_”, starting with a letter"), id);
  else if (id != NULL && unique != NULL)
    {
      const char *first = g_hash_table_lookup (unique, id);

      if (first != NULL)
        _qz_loader_problem (loader, _("the id “%s” is already used at %s"), id, first);
      else
        g_hash_table_insert (unique, g_strdup (id), g_strdup (loader->path->str));
    }

  _qz_loader_pop (loader, len);
  return g_steal_pointer (&id);
}

/* Calls @func on each object of the array @key, with the path set. */
guint
_qz_loader_each_item (QzLoader        *loader,
                      JsonObject      *object,
                      const char      *key,
                      guint            min_items,
                      QzLoaderItemFunc func,
                      gpointer         data)
{
  gsize len;
  JsonNode *node = _qz_loader_member (loader, object, key, min_items > 0, &len);
  JsonArray *array;
  guint n = 0;

  if (node == NULL)
    {
      _qz_loader_pop (loader, len);
      return 0;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _qz_loader_problem (loader, _("must be a list"));
      _qz_loader_pop (loader, len);
      return 0;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n < min_items)
    _qz_loader_problem (loader, g_dngettext (GETTEXT_PACKAGE, "needs at least %u item", "needs at least %u items", min_items),
                        min_items);

  for (guint i = 0; i < n; i++)
    {
      gsize item_len = _qz_loader_push_index (loader, i);
      JsonObject *item = _qz_loader_node_object (loader, json_array_get_element (array, i));

      if (item != NULL)
        func (loader, item, i, data);
      _qz_loader_pop (loader, item_len);
    }

  _qz_loader_pop (loader, len);
  return n;
}
