/* qz-json.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-json"

#include "qz-config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>

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

/* ---- What json-glib lets through ----
 *
 * JsonParser keeps the last of two members with one name, ends a string
 * at an escaped NUL ("\u0000") and turns 1e400 into infinity; none of it
 * can be seen in the tree it builds. So the text, once json-glib has
 * found it to be JSON, is scanned again: a small tokenizer that keeps the
 * path and the names met in each open object, on a stack of its own
 * rather than by recursion. It names every finding by its JSON path, as
 * the framework loader does. */

#define MAX_SCAN_PROBLEMS 100

typedef struct
{
  GHashTable *names;    /* NULL for an array */
  guint       index;
  gsize       path_len; /* the path's length where the container stands */
} ScanFrame;

typedef struct
{
  const char *p;
  const char *end;
  GString    *path;
  GArray     *stack;    /* ScanFrame */
  GPtrArray  *problems;
  gboolean    broken;   /* the text is not what json-glib accepted: stop */
} Scan;

static void
scan_frame_clear (gpointer data)
{
  ScanFrame *frame = data;

  g_clear_pointer (&frame->names, g_hash_table_unref);
}

G_GNUC_PRINTF (2, 3)
static void
scan_problem (Scan       *scan,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (scan->problems->len >= MAX_SCAN_PROBLEMS)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (scan->problems,
                   g_strdup_printf ("%s: %s", scan->path->len > 0 ? scan->path->str : "$", message));
}

static void
scan_skip_space (Scan *scan)
{
  while (scan->p < scan->end && (*scan->p == ' ' || *scan->p == '\t' || *scan->p == '\n' || *scan->p == '\r'))
    scan->p++;
}

static int
hex_value (char c)
{
  return g_ascii_isxdigit (c) ? g_ascii_xdigit_value (c) : -1;
}

/* Four hex digits after "\u"; -1 when they are not there. */
static gint32
scan_hex4 (Scan *scan)
{
  gint32 value = 0;

  if (scan->end - scan->p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int digit = hex_value (scan->p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  scan->p += 4;
  return value;
}

/* A string, from its opening quote; its text goes to @text when given.
 * @nul says whether it holds an escaped NUL, where a C string would end. */
static gboolean
scan_string (Scan     *scan,
             GString  *text,
             gboolean *nul)
{
  *nul = FALSE;

  scan->p++;
  while (scan->p < scan->end && *scan->p != '"')
    {
      gunichar c;

      if ((guchar) *scan->p < 0x20)
        return FALSE;
      if (*scan->p != '\\')
        {
          if (text != NULL)
            g_string_append_c (text, *scan->p);
          scan->p++;
          continue;
        }

      if (++scan->p >= scan->end)
        return FALSE;
      switch (*scan->p++)
        {
        case '"': c = '"'; break;
        case '\\': c = '\\'; break;
        case '/': c = '/'; break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        case 'u':
          {
            gint32 unit = scan_hex4 (scan);

            if (unit < 0)
              return FALSE;
            c = (gunichar) unit;
            /* A surrogate pair; a lone surrogate is kept as U+FFFD. */
            if (unit >= 0xD800 && unit < 0xDC00 && scan->end - scan->p >= 6
                && scan->p[0] == '\\' && scan->p[1] == 'u')
              {
                const char *at = scan->p;
                gint32 low;

                scan->p += 2;
                low = scan_hex4 (scan);
                if (low >= 0xDC00 && low < 0xE000)
                  c = 0x10000 + (((gunichar) unit - 0xD800) << 10) + ((gunichar) low - 0xDC00);
                else
                  scan->p = at;
              }
            if (c >= 0xD800 && c < 0xE000)
              c = 0xFFFD;
          }
          break;
        default:
          return FALSE;
        }

      if (c == 0)
        *nul = TRUE;
      else if (text != NULL)
        g_string_append_unichar (text, c);
    }

  if (scan->p >= scan->end)
    return FALSE;
  scan->p++;
  return TRUE;
}

static void
scan_nul_problem (Scan *scan)
{
  scan_problem (scan, _("the text holds a NUL character (\\u0000), which Qizhen does not accept"));
}

static gboolean
scan_digits (Scan *scan)
{
  const char *start = scan->p;

  while (scan->p < scan->end && g_ascii_isdigit (*scan->p))
    scan->p++;
  return scan->p > start;
}

/* A number as RFC 8259 writes it; one a double cannot hold is a
 * problem (json-glib would read 1e400 as infinity). */
static gboolean
scan_number (Scan *scan)
{
  const char *start = scan->p;
  g_autofree char *text = NULL;
  gboolean whole = TRUE;
  gboolean overflow;
  double value;

  if (*scan->p == '-')
    scan->p++;
  if (!scan_digits (scan))
    return FALSE;
  /* No leading zero: "01" is not JSON. */
  if (*(start + (*start == '-')) == '0' && scan->p - start > 1 + (*start == '-'))
    return FALSE;
  if (scan->p < scan->end && *scan->p == '.')
    {
      scan->p++;
      whole = FALSE;
      if (!scan_digits (scan))
        return FALSE;
    }
  if (scan->p < scan->end && (*scan->p == 'e' || *scan->p == 'E'))
    {
      scan->p++;
      whole = FALSE;
      if (scan->p < scan->end && (*scan->p == '+' || *scan->p == '-'))
        scan->p++;
      if (!scan_digits (scan))
        return FALSE;
    }

  text = g_strndup (start, scan->p - start);
  errno = 0;
  if (whole)
    g_ascii_strtoll (text, NULL, 10);
  overflow = whole && errno == ERANGE;
  value = g_ascii_strtod (text, NULL);
  if (overflow || !isfinite (value))
    scan_problem (scan, _("the number %s is too large to be read"), text);
  return TRUE;
}

static gboolean
scan_literal (Scan *scan)
{
  static const char *literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize len = strlen (literals[i]);

      if ((gsize) (scan->end - scan->p) >= len && memcmp (scan->p, literals[i], len) == 0)
        {
          scan->p += len;
          return TRUE;
        }
    }

  return FALSE;
}

/* An object member's name and its colon; a name met before in the same
 * object is a problem at the second one. */
static gboolean
scan_member_name (Scan      *scan,
                  ScanFrame *frame)
{
  g_autoptr(GString) name = g_string_new (NULL);
  gboolean nul;

  scan_skip_space (scan);
  if (scan->p >= scan->end || *scan->p != '"')
    return FALSE;

  g_string_truncate (scan->path, frame->path_len);
  if (!scan_string (scan, name, &nul))
    return FALSE;
  if (frame->path_len > 0)
    g_string_append_c (scan->path, '.');
  g_string_append (scan->path, name->str);
  if (nul)
    scan_nul_problem (scan);

  if (!g_hash_table_add (frame->names, g_strdup (name->str)))
    scan_problem (scan, _("“%s” is given twice in this object; give it once"), name->str);

  scan_skip_space (scan);
  if (scan->p >= scan->end || *scan->p != ':')
    return FALSE;
  scan->p++;
  return TRUE;
}

static void
scan_array_index (Scan      *scan,
                  ScanFrame *frame)
{
  g_string_truncate (scan->path, frame->path_len);
  g_string_append_printf (scan->path, "[%u]", frame->index);
}

/* Opens an object or an array; FALSE when it is empty and closed at once. */
static gboolean
scan_open (Scan *scan)
{
  gboolean object = *scan->p == '{';
  ScanFrame frame = { NULL, 0, scan->path->len };

  scan->p++;
  scan_skip_space (scan);
  if (scan->p < scan->end && *scan->p == (object ? '}' : ']'))
    {
      scan->p++;
      return FALSE;
    }

  if (object)
    frame.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_array_append_val (scan->stack, frame);
  if (object)
    scan->broken = !scan_member_name (scan, &g_array_index (scan->stack, ScanFrame, scan->stack->len - 1));
  else
    scan_array_index (scan, &frame);
  return TRUE;
}

/* After a value: the next member or item, or the end of its container
 * (and so on up). FALSE when the document is over. */
static gboolean
scan_next (Scan *scan)
{
  while (scan->stack->len > 0)
    {
      ScanFrame *frame = &g_array_index (scan->stack, ScanFrame, scan->stack->len - 1);
      gboolean object = frame->names != NULL;

      scan_skip_space (scan);
      if (scan->p < scan->end && *scan->p == ',')
        {
          scan->p++;
          if (object)
            scan->broken = !scan_member_name (scan, frame);
          else
            {
              frame->index++;
              scan_array_index (scan, frame);
            }
          return TRUE;
        }
      if (scan->p >= scan->end || *scan->p != (object ? '}' : ']'))
        {
          scan->broken = TRUE;
          return FALSE;
        }

      scan->p++;
      g_string_truncate (scan->path, frame->path_len);
      g_array_set_size (scan->stack, scan->stack->len - 1);
    }

  return FALSE;
}

/* One value, then whatever follows it, until the document is over. */
static void
scan_document (Scan *scan)
{
  for (;;)
    {
      gboolean ok;

      scan_skip_space (scan);
      if (scan->broken || scan->p >= scan->end)
        {
          scan->broken = TRUE;
          return;
        }

      if (*scan->p == '{' || *scan->p == '[')
        {
          if (scan_open (scan))
            continue;     /* its first member or item */
          ok = TRUE;
        }
      else if (*scan->p == '"')
        {
          gboolean nul;

          ok = scan_string (scan, NULL, &nul);
          if (ok && nul)
            scan_nul_problem (scan);
        }
      else if (*scan->p == '-' || g_ascii_isdigit (*scan->p))
        ok = scan_number (scan);
      else
        ok = scan_literal (scan);

      if (!ok)
        {
          scan->broken = TRUE;
          return;
        }
      if (!scan_next (scan) || scan->broken)
        break;
    }

  scan_skip_space (scan);
  if (scan->stack->len > 0 || scan->p < scan->end)
    scan->broken = TRUE;
}

/**
 * qz_json_check_values:
 * @data: JSON text that json-glib accepted
 * @size: its length
 * @problems: (out) (optional) (transfer full) (element-type utf8): what
 *   was found, each "JSON path: message"
 *
 * Looks for what json-glib accepts but hides: a member named twice in
 * one object, a text holding an escaped NUL, a number too large for a
 * double (or, when whole, for 64 bits). A text that is not strict JSON
 * (RFC 8259) is a problem too.
 *
 * Returns: %TRUE if nothing was found
 */
gboolean
qz_json_check_values (const char  *data,
                      gsize        size,
                      GPtrArray  **problems)
{
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GArray) stack = g_array_new (FALSE, TRUE, sizeof (ScanFrame));
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  Scan scan = { data, data + size, path, stack, found, FALSE };

  g_array_set_clear_func (stack, scan_frame_clear);
  /* A byte order mark, as json-glib allows it. */
  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    scan.p += 3;
  scan_document (&scan);
  if (scan.broken && found->len < MAX_SCAN_PROBLEMS)
    {
      g_autofree char *message = g_strdup_printf (_("the text is not strict JSON near byte %lu"),
                                                  (unsigned long) (scan.p - data));

      g_ptr_array_add (found, g_strdup_printf ("$: %s", message));
    }

  if (found->len == 0)
    return TRUE;
  if (problems != NULL)
    *problems = g_steal_pointer (&found);
  return FALSE;
}

/**
 * qz_json_parse:
 * @bytes: JSON text from outside
 * @name: the file's name, for messages
 * @problems: (out) (optional) (transfer full) (element-type utf8): as for
 *   qz_json_check_values()
 * @error: return location for a %QZ_FRAMEWORK_ERROR_SYNTAX error, or a
 *   %QZ_FRAMEWORK_ERROR_INVALID one naming the first of @problems
 *
 * Parses @bytes once qz_json_check_depth() has found them safe to parse,
 * and refuses what qz_json_check_values() finds.
 *
 * Returns: (transfer full): a parser holding the document, or %NULL with
 *   @error set
 */
JsonParser *
qz_json_parse (GBytes      *bytes,
               const char  *name,
               GPtrArray  **problems,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (!qz_json_check_depth (data, size, name, error))
    return NULL;

  if (!g_utf8_validate_len (data ? data : "", size, NULL))
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_SYNTAX,
                   _("“%s” is not valid JSON: it is not UTF-8 text."), name);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data ? data : "", size, &parse_error))
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_SYNTAX,
                   _("“%s” is not valid JSON: %s"), name, parse_error->message);
      return NULL;
    }

  if (!qz_json_check_values (data ? data : "", size, &found))
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                   _("“%s” cannot be read: %s"), name, (const char *) g_ptr_array_index (found, 0));
      if (problems != NULL)
        *problems = g_steal_pointer (&found);
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
