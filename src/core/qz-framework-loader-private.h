/* qz-framework-loader-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-framework-private.h"

G_BEGIN_DECLS

/* For the framework loader's files only. The loader walks the JSON tree
 * once, building the framework and collecting every problem with the JSON
 * path where it stands, so that the author sees all of them at once. */
typedef struct
{
  QzFramework *framework;
  GPtrArray   *problems;
  GString     *path;
  GHashTable  *ids;           /* id → path of its first use */
  GHashTable  *measure_ids;   /* measure id → path of its first use */
  GPtrArray   *prerequisites; /* QzLoaderPrerequisite, resolved once all is read */
} QzLoader;

/* A prerequisite as read: the measure that needs it, the id it names and
 * the path where it stands, for _qz_loader_resolve_prerequisites(). */
typedef struct
{
  QzMeasure *measure;
  char      *id;
  char      *path;
} QzLoaderPrerequisite;

G_END_DECLS
