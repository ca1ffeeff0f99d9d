/* qz-json.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-json"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-framework.h"
#include "qz-json.h"

/**
 * qz_json_check_depth:
 * @data: JSON text
 * @size: its length
 * @name: the file's name, for the message
 * @error: return location for a %QZ_FRAMEWORK_ERROR_SYNTAX error
 *
 * json-glib parses nested arrays and objects recursively: a hostile file
 * of a few hundred kilobytes of "[[[[" would exhaust the stack. No
 * framework or answer file nests deeper than a dozen levels.
 *
 * Returns: %TRUE if @data nests at most 64 levels deep
 */
gboolean
qz_json_check_depth (const char  *data,
                     gsize        size,
                     const char  *name,
                     GError     **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > 64)
            {
              g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_SYNTAX,
                           _("“%s” nests lists and objects too deeply to be a framework or answer file."), name);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}

/**
 * qz_json_parse:
 * @bytes: JSON text from outside
 * @name: the file's name, for messages
 * @error: return location for a %QZ_FRAMEWORK_ERROR_SYNTAX error
 *
 * Parses @bytes once qz_json_check_depth() has found them safe to parse.
 *
 * Returns: (transfer full): a parser holding the document, or %NULL with
 *   @error set
 */
JsonParser *
qz_json_parse (GBytes      *bytes,
               const char  *name,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (!qz_json_check_depth (data, size, name, error))
    return NULL;

  if (!json_parser_load_from_data (parser, data ? data : "", size, &parse_error))
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_SYNTAX,
                   _("“%s” is not valid JSON: %s"), name, parse_error->message);
      return NULL;
    }

  return g_steal_pointer (&parser);
}

/**
 * qz_json_node_holds:
 * @node: a JSON node
 * @type: %G_TYPE_STRING, %G_TYPE_INT64, %G_TYPE_DOUBLE or %G_TYPE_BOOLEAN
 *
 * Returns: whether @node is a value of @type
 */
gboolean
qz_json_node_holds (JsonNode *node,
                    GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/**
 * qz_json_node_is_number:
 * @node: a JSON node
 *
 * Returns: whether @node is a number, whole or not
 */
gboolean
qz_json_node_is_number (JsonNode *node)
{
  return qz_json_node_holds (node, G_TYPE_INT64) || qz_json_node_holds (node, G_TYPE_DOUBLE);
}

/**
 * qz_json_node_dup_string:
 * @node: a JSON node
 *
 * Returns: (transfer full) (nullable): a copy of the text @node holds, or
 *   %NULL when it holds something else
 */
char *
qz_json_node_dup_string (JsonNode *node)
{
  if (!qz_json_node_holds (node, G_TYPE_STRING))
    return NULL;

  return g_strdup (json_node_get_string (node));
}
