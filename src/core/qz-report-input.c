/* qz-report-input.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-report"

#include "qz-config.h"

#include "qz-photo.h"
#include "qz-report-input.h"

typedef struct
{
  QzReportInput input;
  grefcount     ref_count;
} Shared;

G_DEFINE_BOXED_TYPE (QzReportInput, qz_report_input, qz_report_input_ref, qz_report_input_unref)

/**
 * qz_report_input_new:
 * @enterprise: the enterprise diagnosed
 * @assessment: its assessment
 *
 * Returns: (transfer full): an input with no plan, benchmark or photos yet;
 *   the fields set later are owned by it
 */
QzReportInput *
qz_report_input_new (QzEnterprise *enterprise,
                     QzAssessment *assessment)
{
  Shared *shared;

  g_return_val_if_fail (QZ_IS_ENTERPRISE (enterprise), NULL);
  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), NULL);

  shared = g_new0 (Shared, 1);
  g_ref_count_init (&shared->ref_count);
  shared->input.enterprise = g_object_ref (enterprise);
  shared->input.assessment = g_object_ref (assessment);
  shared->input.evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) qz_evidence_free);
  shared->input.contacts = g_ptr_array_new_with_free_func (g_object_unref);
  return &shared->input;
}

QzReportInput *
qz_report_input_ref (QzReportInput *input)
{
  g_return_val_if_fail (input != NULL, NULL);

  g_ref_count_inc (&((Shared *) input)->ref_count);
  return input;
}

void
qz_report_input_unref (QzReportInput *input)
{
  Shared *shared = (Shared *) input;

  g_return_if_fail (input != NULL);

  if (!g_ref_count_dec (&shared->ref_count))
    return;

  g_clear_object (&input->enterprise);
  g_clear_object (&input->assessment);
  g_clear_pointer (&input->industry, qz_benchmark_free);
  g_clear_object (&input->plan);
  g_clear_pointer (&input->evidence, g_ptr_array_unref);
  g_clear_object (&input->previous);
  g_clear_object (&input->previous_plan);
  g_clear_pointer (&input->contacts, g_ptr_array_unref);
  g_free (shared);
}
