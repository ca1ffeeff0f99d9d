/* test-pinyin.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-enterprise.h"
#include "qz-pinyin.h"

static gboolean
pinyin_matches (const char *text,
                const char *term)
{
  g_autofree gunichar *prepared = qz_pinyin_prepare (text);

  g_assert_nonnull (prepared);
  g_assert_true (qz_pinyin_term_usable (term));
  return qz_pinyin_matches (prepared, term);
}

static void
test_readings (void)
{
  /* Every reading of a polyphonic character, the most common first. */
  g_assert_cmpstr (qz_pinyin_get_readings (0x4E50 /* 乐 */), ==, "le yue");
  g_assert_cmpstr (qz_pinyin_get_readings (0x6E05 /* 清 */), ==, "qing");
  g_assert_nonnull (strstr (qz_pinyin_get_readings (0x884C /* 行 */), "hang"));
  /* ü typed as v or u. */
  g_assert_cmpstr (qz_pinyin_get_readings (0x7EFF /* 绿 */), ==, "lv lu");
  g_assert_null (qz_pinyin_get_readings ('a'));
  g_assert_null (qz_pinyin_get_readings (0x3002 /* 。 */));
  g_assert_false (qz_pinyin_has_readings ("Yueqing Switchgear"));
  g_assert_null (qz_pinyin_prepare ("Yueqing Switchgear"));
}

static void
test_matches (void)
{
  g_assert_true (pinyin_matches ("乐清", "yq"));
  g_assert_true (pinyin_matches ("乐清", "yueqing"));
  g_assert_true (pinyin_matches ("乐清", "leqing"));      /* the other reading */
  g_assert_true (pinyin_matches ("乐清", "yueq"));
  g_assert_true (pinyin_matches ("乐清电气", "yueqingdq"));
  g_assert_true (pinyin_matches ("浙江乐清电气有限公司", "dianqi"));
  g_assert_true (pinyin_matches ("abb电气", "abbdq"));    /* Latin letters as they are */
  g_assert_true (pinyin_matches ("银行", "yh"));
  g_assert_true (pinyin_matches ("银行", "yinhang"));

  g_assert_false (pinyin_matches ("乐清", "yqq"));
  g_assert_false (pinyin_matches ("乐清", "qy"));         /* in order */
  g_assert_false (pinyin_matches ("乐清", "yueqingx"));
  g_assert_false (pinyin_matches ("乐，清", "yq"));        /* not across punctuation */
  g_assert_false (pinyin_matches ("乐清\n电气", "qd"));    /* nor across fields */

  g_assert_false (qz_pinyin_term_usable ("乐清"));
  g_assert_false (qz_pinyin_term_usable ("9133"));
  g_assert_false (qz_pinyin_term_usable ("c-38"));
}

static void
test_sort_key (void)
{
  g_autofree char *an = qz_pinyin_sort_key ("安吉");
  g_autofree char *xian = qz_pinyin_sort_key ("先锋");
  g_autofree char *xi_an = qz_pinyin_sort_key ("西安");
  g_autofree char *yueqing = qz_pinyin_sort_key ("乐清");
  g_autofree char *latin = qz_pinyin_sort_key ("Bosch");

  g_assert_cmpint (strcmp (an, latin), <, 0);
  g_assert_cmpint (strcmp (latin, xi_an), <, 0);
  g_assert_cmpint (strcmp (xi_an, xian), <, 0);
  /* The most common reading: 乐清 sorts under l. */
  g_assert_cmpint (strcmp (yueqing, xian), <, 0);
}

static gboolean
enterprise_matches (QzEnterprise *enterprise,
                    const char   *query)
{
  g_auto(GStrv) terms = qz_enterprise_search_terms (query);

  return qz_enterprise_matches (enterprise, (const char * const *) terms);
}

static void
test_enterprise (void)
{
  g_autoptr(QzEnterprise) enterprise = qz_enterprise_new ();
  g_autoptr(QzEnterprise) latin = qz_enterprise_new ();

  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_NAME, "乐清电气有限公司");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_CITY, "温州市");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_USCC, "91330382123456788K");

  g_assert_true (enterprise_matches (enterprise, "yq"));
  g_assert_true (enterprise_matches (enterprise, "yueqing"));
  g_assert_true (enterprise_matches (enterprise, "YueQing"));
  g_assert_true (enterprise_matches (enterprise, "yueqingdq"));
  g_assert_true (enterprise_matches (enterprise, "wenzhou yq"));  /* region, every term */
  g_assert_true (enterprise_matches (enterprise, "乐清 dq"));
  g_assert_true (enterprise_matches (enterprise, "9133038"));
  g_assert_false (enterprise_matches (enterprise, "yq hangzhou"));
  g_assert_false (enterprise_matches (enterprise, "bengfa"));

  /* A changed name is searched by its new pinyin. */
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_NAME, "永嘉泵阀");
  g_assert_false (enterprise_matches (enterprise, "yq"));
  g_assert_true (enterprise_matches (enterprise, "bengfa"));
  g_assert_true (enterprise_matches (enterprise, "yjbf"));

  /* A Latin query matches Latin text as before, and only that. */
  qz_enterprise_set_text (latin, QZ_ENTERPRISE_NAME, "Yueqing Switchgear");
  g_assert_true (enterprise_matches (latin, "switchgear"));
  g_assert_true (enterprise_matches (latin, "yueqing"));
  g_assert_false (enterprise_matches (latin, "yq"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qz/pinyin/readings", test_readings);
  g_test_add_func ("/qz/pinyin/matches", test_matches);
  g_test_add_func ("/qz/pinyin/sort-key", test_sort_key);
  g_test_add_func ("/qz/pinyin/enterprise", test_enterprise);

  return g_test_run ();
}
