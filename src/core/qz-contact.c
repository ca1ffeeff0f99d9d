/* qz-contact.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-contact"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-contact.h"

/* One person to speak to at an enterprise: name, title (厂长, 信息主管…),
 * mobile and WeChat, as typed. An enterprise has any number, in order. */

struct _QzContact
{
  GObject  parent_instance;

  char    *uuid;
  char    *texts[4];
};

G_DEFINE_FINAL_TYPE (QzContact, qz_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_TITLE,
  PROP_MOBILE,
  PROP_WECHAT,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_text (QzContact  *self,
          guint       prop_id,
          const char *value)
{
  char **text = &self->texts[prop_id - PROP_NAME];

  if (g_strcmp0 (*text, value ? value : "") == 0)
    return;

  g_free (*text);
  *text = g_strdup (value ? value : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

static void
qz_contact_finalize (GObject *object)
{
  QzContact *self = (QzContact *)object;

  g_clear_pointer (&self->uuid, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    g_clear_pointer (&self->texts[i], g_free);

  G_OBJECT_CLASS (qz_contact_parent_class)->finalize (object);
}

static void
qz_contact_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  QzContact *self = QZ_CONTACT (object);

  switch (prop_id)
    {
    case PROP_NAME:
    case PROP_TITLE:
    case PROP_MOBILE:
    case PROP_WECHAT:
      g_value_set_string (value, self->texts[prop_id - PROP_NAME]);
      break;

    case PROP_SUMMARY:
      g_value_take_string (value, qz_contact_dup_summary (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_contact_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  QzContact *self = QZ_CONTACT (object);

  switch (prop_id)
    {
    case PROP_NAME:
    case PROP_TITLE:
    case PROP_MOBILE:
    case PROP_WECHAT:
      set_text (self, prop_id, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_contact_class_init (QzContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const char *names[] = { "name", "title", "mobile", "wechat" };

  object_class->finalize = qz_contact_finalize;
  object_class->get_property = qz_contact_get_property;
  object_class->set_property = qz_contact_set_property;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    properties[PROP_NAME + i] =
      g_param_spec_string (names[i], NULL, NULL, "",
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qz_contact_init (QzContact *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    self->texts[i] = g_strdup ("");
}

/**
 * qz_contact_new:
 * @uuid: (nullable): the contact's identity, or %NULL for a new one
 *
 * Returns: (transfer full): a contact with empty fields
 */
QzContact *
qz_contact_new (const char *uuid)
{
  QzContact *self = g_object_new (QZ_TYPE_CONTACT, NULL);

  self->uuid = uuid ? g_strdup (uuid) : g_uuid_string_random ();
  return self;
}

const char *
qz_contact_get_uuid (QzContact *self)
{
  g_return_val_if_fail (QZ_IS_CONTACT (self), NULL);
  return self->uuid;
}

const char *
qz_contact_get_name (QzContact *self)
{
  g_return_val_if_fail (QZ_IS_CONTACT (self), NULL);
  return self->texts[PROP_NAME - PROP_NAME];
}

void
qz_contact_set_name (QzContact  *self,
                     const char *name)
{
  g_return_if_fail (QZ_IS_CONTACT (self));
  set_text (self, PROP_NAME, name);
}

const char *
qz_contact_get_title (QzContact *self)
{
  g_return_val_if_fail (QZ_IS_CONTACT (self), NULL);
  return self->texts[PROP_TITLE - PROP_NAME];
}

void
qz_contact_set_title (QzContact  *self,
                      const char *title)
{
  g_return_if_fail (QZ_IS_CONTACT (self));
  set_text (self, PROP_TITLE, title);
}

const char *
qz_contact_get_mobile (QzContact *self)
{
  g_return_val_if_fail (QZ_IS_CONTACT (self), NULL);
  return self->texts[PROP_MOBILE - PROP_NAME];
}

void
qz_contact_set_mobile (QzContact  *self,
                       const char *mobile)
{
  g_return_if_fail (QZ_IS_CONTACT (self));
  set_text (self, PROP_MOBILE, mobile);
}

const char *
qz_contact_get_wechat (QzContact *self)
{
  g_return_val_if_fail (QZ_IS_CONTACT (self), NULL);
  return self->texts[PROP_WECHAT - PROP_NAME];
}

void
qz_contact_set_wechat (QzContact  *self,
                       const char *wechat)
{
  g_return_if_fail (QZ_IS_CONTACT (self));
  set_text (self, PROP_WECHAT, wechat);
}

/**
 * qz_contact_dup_summary:
 * @self: a #QzContact
 *
 * Returns: (transfer full): the contact on one line, as lists and the
 *   report show it: "王建国 · 厂长 · 138 0000 0000 · WeChat wjg", the
 *   empty parts left out
 */
char *
qz_contact_dup_summary (QzContact *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (QZ_IS_CONTACT (self), NULL);

  for (guint i = 0; i < 3; i++)
    {
      if (self->texts[i][0] != '\0')
        g_ptr_array_add (parts, g_strdup (self->texts[i]));
    }
  if (self->texts[3][0] != '\0')
    /* Translators: a contact's WeChat id, on one line with the name */
    g_ptr_array_add (parts, g_strdup_printf (_("WeChat %s"), self->texts[3]));
  g_ptr_array_add (parts, NULL);

  /* Translators: between the parts of a contact on one line */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}
