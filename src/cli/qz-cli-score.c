/* qz-cli-score.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-cli"

#include "qz-config.h"

#include "qz-cli-private.h"

/* What --score adds to the points so that its level can be checked by
 * hand: every scenario's grade, and the level rules that decided it. */

/* Every scenario's grade (null when unanswered), and whether it is N/A
 * or constrained. */
void
_qz_cli_add_scenarios (JsonBuilder *builder,
                       QzFramework *framework,
                       GHashTable  *answers)
{
  GPtrArray *indicators = qz_framework_get_indicators (framework);

  json_builder_set_member_name (builder, "scenarios");
  json_builder_begin_array (builder);
  for (guint i = 0; i < indicators->len; i++)
    {
      QzIndicator *indicator = g_ptr_array_index (indicators, i);
      const QzAnswer *answer = g_hash_table_lookup (answers, indicator->id);
      gboolean given = qz_answer_is_given (answer, indicator);

      if (indicator->kind != QZ_INDICATOR_SCENARIO)
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, indicator->id);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, qz_text_get (&indicator->title));
      json_builder_set_member_name (builder, "grade");
      if (given && !answer->na)
        json_builder_add_int_value (builder, answer->grade);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "na");
      json_builder_add_boolean_value (builder, given && answer->na);
      json_builder_set_member_name (builder, "constrained");
      json_builder_add_boolean_value (builder, indicator->constraint);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* One level's rule against the answers: each part, what the answers
 * have, and whether it holds. */
static void
add_rule (JsonBuilder   *builder,
          const char    *member,
          QzResult      *result,
          QzFramework   *framework,
          GHashTable    *answers,
          const QzLevel *level)
{
  QzNextLevel short_of;
  int count = 0;
  int constrained = 0;

  json_builder_set_member_name (builder, member);
  if (level == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  qz_result_short_of (result, framework, answers, level, &short_of);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "level");
  json_builder_add_string_value (builder, level->id);
  json_builder_set_member_name (builder, "verified");
  json_builder_add_boolean_value (builder, level->verified);
  if (result->method == QZ_SCORING_MATURITY)
    {
      json_builder_set_member_name (builder, "min_s");
      json_builder_add_double_value (builder, level->min_s);
      json_builder_set_member_name (builder, "s_holds");
      json_builder_add_boolean_value (builder, short_of.short_s <= 0);
      json_builder_end_object (builder);
      return;
    }

  json_builder_set_member_name (builder, "min_score");
  json_builder_add_double_value (builder, level->min_score);
  json_builder_set_member_name (builder, "score_holds");
  json_builder_add_boolean_value (builder, short_of.short_points <= 0);
  if (level->scenario_grade > 0)
    {
      qz_result_count_scenarios (framework, answers, level->scenario_grade, &count, &constrained);
      json_builder_set_member_name (builder, "scenario_grade");
      json_builder_add_int_value (builder, level->scenario_grade);
      json_builder_set_member_name (builder, "scenarios_needed");
      json_builder_add_int_value (builder, level->scenario_count);
      json_builder_set_member_name (builder, "scenarios");
      json_builder_add_int_value (builder, count);
      json_builder_set_member_name (builder, "scenarios_hold");
      json_builder_add_boolean_value (builder, count >= level->scenario_count);
      json_builder_set_member_name (builder, "constrained_needed");
      json_builder_add_int_value (builder, level->scenario_constrained);
      json_builder_set_member_name (builder, "constrained");
      json_builder_add_int_value (builder, constrained);
      json_builder_set_member_name (builder, "constrained_hold");
      json_builder_add_boolean_value (builder, constrained >= level->scenario_constrained);
    }
  json_builder_end_object (builder);
}

/* Why the level is what it is: the rule of the level reached, which
 * holds, and the rule of the level above, with the parts that fail. */
void
_qz_cli_add_level_rule (JsonBuilder *builder,
                        QzResult    *result,
                        QzFramework *framework,
                        GHashTable  *answers)
{
  GPtrArray *levels = qz_framework_get_levels (framework);
  guint rank = result->level ? (guint) result->level->rank : 0;

  json_builder_set_member_name (builder, "level_rule");
  json_builder_begin_object (builder);
  add_rule (builder, "reached", result, framework, answers, result->level);
  add_rule (builder, "next", result, framework, answers,
            rank < levels->len ? g_ptr_array_index (levels, rank) : NULL);
  json_builder_end_object (builder);
}
