/* qz-sample.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-sample"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "qz-answer-file.h"
#include "qz-assessment-record.h"
#include "qz-framework-loader.h"
#include "qz-sample.h"

#define SAMPLE_RESOURCE "/io/github/qizhen/Qizhen/samples/sample-case.json"

static const struct
{
  const char       *key;
  QzEnterpriseText  field;
} enterprise_keys[] = {
  { "name", QZ_ENTERPRISE_NAME },
  { "uscc", QZ_ENTERPRISE_USCC },
  { "industry_code", QZ_ENTERPRISE_INDUSTRY_CODE },
  { "province", QZ_ENTERPRISE_PROVINCE },
  { "city", QZ_ENTERPRISE_CITY },
  { "county", QZ_ENTERPRISE_COUNTY },
  { "address", QZ_ENTERPRISE_ADDRESS },
  { "contact_name", QZ_ENTERPRISE_CONTACT_NAME },
  { "contact_phone", QZ_ENTERPRISE_CONTACT_PHONE },
  { "notes", QZ_ENTERPRISE_NOTES },
};

static QzFramework *
find_builtin (const char  *id,
              GError     **error)
{
  g_autoptr(GPtrArray) frameworks = qz_framework_load_builtin (error);

  for (guint i = 0; frameworks != NULL && i < frameworks->len; i++)
    {
      if (g_strcmp0 (qz_framework_get_id (g_ptr_array_index (frameworks, i)), id) == 0)
        return g_object_ref (g_ptr_array_index (frameworks, i));
    }

  if (frameworks != NULL)
    g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                 _("The sample needs the framework “%s”, which is not built in."), id);
  return NULL;
}

static QzEnterprise *
sample_enterprise (JsonObject *object)
{
  QzEnterprise *enterprise = qz_enterprise_new ();

  for (guint i = 0; i < G_N_ELEMENTS (enterprise_keys); i++)
    qz_enterprise_set_text (enterprise, enterprise_keys[i].field,
                            json_object_get_string_member_with_default (object, enterprise_keys[i].key, ""));
  qz_enterprise_set_employees (enterprise, json_object_get_int_member_with_default (object, "employees", -1));
  qz_enterprise_set_revenue (enterprise, json_object_get_double_member_with_default (object, "revenue", -1));
  return enterprise;
}

static gboolean
add_sample (QzEnterpriseStore  *enterprises,
            QzAssessmentStore  *assessments,
            GBytes             *bytes,
            JsonObject         *root,
            GError            **error)
{
  JsonObject *enterprise_object = json_object_get_object_member (root, "enterprise");
  JsonObject *assessment_object = json_object_get_object_member (root, "assessment");
  const char *enterprise_uuid = json_object_get_string_member (enterprise_object, "uuid");
  g_autoptr(QzFramework) framework = NULL;
  g_autoptr(GHashTable) answers = NULL;
  g_autoptr(QzAssessment) assessment = NULL;
  QzEnterprise *enterprise;
  GHashTableIter iter;
  gpointer id, answer;

  framework = find_builtin (json_object_get_string_member (root, "framework"), error);
  if (framework == NULL)
    return FALSE;
  answers = qz_answer_file_load (framework, bytes, "sample-case.json", error);
  if (answers == NULL)
    return FALSE;

  enterprise = qz_enterprise_store_find (enterprises, enterprise_uuid, NULL);
  if (enterprise == NULL)
    {
      g_autoptr(QzEnterprise) created = sample_enterprise (enterprise_object);

      if (!qz_enterprise_store_insert (enterprises, created, enterprise_uuid, error))
        return FALSE;
      enterprise = created;
    }

  assessment = qz_assessment_store_create_with_uuid (assessments, enterprise, framework,
                                                     json_object_get_string_member (assessment_object, "uuid"),
                                                     json_object_get_string_member (assessment_object, "visit_date"),
                                                     error);
  if (assessment == NULL)
    return FALSE;

  qz_assessment_set_assessors (assessment, json_object_get_string_member (assessment_object, "assessors"));
  qz_assessment_set_target_level (assessment, json_object_get_string_member (assessment_object, "target_level"));
  if (!qz_assessment_store_save (assessments, assessment, error))
    return FALSE;

  g_hash_table_iter_init (&iter, answers);
  while (g_hash_table_iter_next (&iter, &id, &answer))
    {
      if (!qz_assessment_store_save_answer (assessments, assessment, id, answer, error))
        return FALSE;
    }

  /* Complete, as a record is: once its answers are in. */
  return qz_assessment_store_complete (assessments, assessment, qz_assessment_get_assessors (assessment), error);
}

/**
 * qz_sample_load:
 * @enterprises: the enterprise store
 * @assessments: the assessment store of the same database
 * @error: return location for an error
 *
 * Adds the sample enterprise with its complete assessment, shipped in
 * `data/samples/`, all in one transaction. It is added once: when it is
 * already there, its assessment is returned as it is.
 *
 * Returns: (transfer full): the UUID of the sample assessment, or %NULL
 *   with @error set
 */
char *
qz_sample_load (QzEnterpriseStore  *enterprises,
                QzAssessmentStore  *assessments,
                GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(QzAssessment) existing = NULL;
  QzDatabase *database = qz_enterprise_store_get_database (enterprises);
  JsonObject *root;
  const char *uuid;

  g_return_val_if_fail (QZ_IS_ENTERPRISE_STORE (enterprises), NULL);
  g_return_val_if_fail (QZ_IS_ASSESSMENT_STORE (assessments), NULL);

  bytes = g_resources_lookup_data (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return NULL;

  root = json_node_get_object (json_parser_get_root (parser));
  uuid = json_object_get_string_member (json_object_get_object_member (root, "assessment"), "uuid");

  existing = qz_assessment_store_load (assessments, uuid, NULL);
  if (existing != NULL)
    return g_strdup (uuid);

  if (!qz_database_begin (database, error))
    return NULL;
  if (!add_sample (enterprises, assessments, bytes, root, error) ||
      !qz_database_commit (database, error))
    {
      qz_database_rollback (database);
      /* The list may hold the sample enterprise that was just undone. */
      qz_enterprise_store_reload (enterprises, NULL);
      return NULL;
    }

  return g_strdup (uuid);
}
