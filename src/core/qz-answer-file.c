/* qz-answer-file.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-answer-file"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "qz-answer-file.h"
#include "qz-json.h"
#include "qz-scoring.h"

static double
number (JsonNode *node)
{
  return node != NULL && qz_json_node_is_number (node) ? json_node_get_double (node) : NAN;
}

/* Reads one answer in the shape its indicator's kind wants; NULL when the
 * shape is wrong. qz_answer_check() then judges the content. */
static QzAnswer *
read_answer (const QzIndicator *indicator,
             JsonNode          *node)
{
  g_autoptr(QzAnswer) answer = qz_answer_new ();

  if (JSON_NODE_HOLDS_OBJECT (node) && json_object_has_member (json_node_get_object (node), "na"))
    {
      JsonNode *na = json_object_get_member (json_node_get_object (node), "na");

      answer->na = qz_json_node_holds (na, G_TYPE_BOOLEAN) && json_node_get_boolean (na);
      return answer->na ? g_steal_pointer (&answer) : NULL;
    }

  switch (indicator->kind)
    {
    case QZ_INDICATOR_SINGLE:
    case QZ_INDICATOR_RATING:
      if (!qz_json_node_holds (node, G_TYPE_STRING))
        return NULL;
      answer->options = g_new0 (char *, 2);
      answer->options[0] = g_strdup (json_node_get_string (node));
      break;

    case QZ_INDICATOR_MULTIPLE:
      {
        JsonArray *array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
        guint n = array ? json_array_get_length (array) : 0;

        if (array == NULL)
          return NULL;
        answer->options = g_new0 (char *, n + 1);
        for (guint i = 0; i < n; i++)
          {
            JsonNode *element = json_array_get_element (array, i);

            if (!qz_json_node_holds (element, G_TYPE_STRING))
              return NULL;
            answer->options[i] = g_strdup (json_node_get_string (element));
          }
      }
      break;

    case QZ_INDICATOR_FIGURE:
      if (qz_json_node_is_number (node))
        answer->value = json_node_get_double (node);
      else if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *counts = json_node_get_object (node);

          answer->numerator = number (json_object_get_member (counts, "numerator"));
          answer->denominator = number (json_object_get_member (counts, "denominator"));
          if (isnan (answer->numerator) || isnan (answer->denominator))
            return NULL;
        }
      else
        return NULL;
      break;

    case QZ_INDICATOR_SCENARIO:
      if (!qz_json_node_holds (node, G_TYPE_INT64) ||
          json_node_get_int (node) < 0 || json_node_get_int (node) > G_MAXINT)
        return NULL;
      answer->grade = (int) json_node_get_int (node);
      break;

    default:
      return NULL;
    }

  return g_steal_pointer (&answer);
}

/* Notes and follow-up flags, optional, attach to answers (or stand alone). */
static gboolean
read_notes (QzFramework  *framework,
            JsonObject   *root,
            GHashTable   *answers,
            const char   *name,
            GError      **error)
{
  JsonNode *notes = json_object_get_member (root, "notes");
  JsonNode *flagged = json_object_get_member (root, "flagged");
  g_autoptr(GList) members = NULL;

  if ((notes != NULL && !JSON_NODE_HOLDS_OBJECT (notes)) ||
      (flagged != NULL && !JSON_NODE_HOLDS_ARRAY (flagged)))
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                   _("“%s”: notes must be an object and flagged a list."), name);
      return FALSE;
    }

  members = notes ? json_object_get_members (json_node_get_object (notes)) : NULL;
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *text = json_object_get_member (json_node_get_object (notes), l->data);
      QzAnswer *answer = g_hash_table_lookup (answers, l->data);

      if (qz_framework_find_indicator (framework, l->data) == NULL ||
          !qz_json_node_holds (text, G_TYPE_STRING))
        {
          g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                       _("notes.%s: a note is a text for an indicator of the framework"), (const char *) l->data);
          return FALSE;
        }
      if (answer == NULL)
        {
          answer = qz_answer_new ();
          g_hash_table_insert (answers, g_strdup (l->data), answer);
        }
      g_free (answer->note);
      answer->note = g_strdup (json_node_get_string (text));
    }

  for (guint i = 0; flagged != NULL && i < json_array_get_length (json_node_get_array (flagged)); i++)
    {
      JsonNode *id = json_array_get_element (json_node_get_array (flagged), i);
      const char *indicator = qz_json_node_holds (id, G_TYPE_STRING) ? json_node_get_string (id) : NULL;
      QzAnswer *answer;

      if (qz_framework_find_indicator (framework, indicator) == NULL)
        {
          g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                       _("flagged[%u]: not an indicator of the framework"), i);
          return FALSE;
        }
      answer = g_hash_table_lookup (answers, indicator);
      if (answer == NULL)
        {
          answer = qz_answer_new ();
          g_hash_table_insert (answers, g_strdup (indicator), answer);
        }
      answer->flagged = TRUE;
    }

  return TRUE;
}

/**
 * qz_answer_file_load:
 * @framework: the framework the answers belong to
 * @bytes: an answer file (see docs/framework-format.md)
 * @name: the file's name, for messages
 * @error: return location for a #QzFrameworkError
 *
 * Reads answers, checking each against its indicator, with the optional
 * `notes` (indicator id → text) and `flagged` (indicator ids). Other
 * keys are ignored.
 *
 * Returns: (transfer full) (element-type utf8 QzAnswer): the answers by
 *   indicator id, or %NULL with @error set
 */
GHashTable *
qz_answer_file_load (QzFramework  *framework,
                     GBytes       *bytes,
                     const char   *name,
                     GError      **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GHashTable) answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) qz_answer_free);
  g_autoptr(GList) members = NULL;
  JsonObject *root, *object;
  JsonNode *node;

  parser = qz_json_parse (bytes, name, NULL, error);
  if (parser == NULL)
    return NULL;

  root = JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser))
         ? json_node_get_object (json_parser_get_root (parser)) : NULL;
  if (root == NULL || g_strcmp0 (json_object_get_string_member_with_default (root, "framework", NULL),
                                 qz_framework_get_id (framework)) != 0)
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                   _("“%s” does not hold answers to the framework “%s”."),
                   name, qz_framework_get_id (framework));
      return NULL;
    }

  node = json_object_get_member (root, "answers");
  object = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  if (object == NULL)
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                   _("“%s” has no answers."), name);
      return NULL;
    }

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const QzIndicator *indicator = qz_framework_find_indicator (framework, l->data);
      QzAnswer *answer;

      if (indicator == NULL)
        {
          g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                       _("answers.%s: the framework has no such indicator"), (const char *) l->data);
          return NULL;
        }

      answer = read_answer (indicator, json_object_get_member (object, l->data));
      if (answer == NULL)
        {
          g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                       _("answers.%s: this answer does not fit the indicator"), (const char *) l->data);
          return NULL;
        }
      if (!qz_answer_check (answer, framework, indicator, error))
        {
          qz_answer_free (answer);
          g_prefix_error (error, "%s: ", name);
          return NULL;
        }

      g_hash_table_insert (answers, g_strdup (l->data), answer);
    }

  return read_notes (framework, root, answers, name, error) ? g_steal_pointer (&answers) : NULL;
}
