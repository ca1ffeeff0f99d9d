#!/usr/bin/env python3
# make-pinyin-table.py
#
# Copyright 2026 The Qizhen authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes pinyin.txt, the readings of the CJK Unified Ideographs block
# (U+4E00..U+9FFF) that search matches Chinese names with, from the Unicode
# Character Database's Unihan_Readings.txt (Debian: the unicode-data
# package). Unihan is © Unicode, Inc., used under the Unicode licence
# (https://www.unicode.org/license.txt); see README.md here.
#
# Line n of the output holds the readings of U+4E00 + n, space-separated,
# without tones, in lower case, the most common first (kMandarin), then
# every other reading the dictionaries give, so that a polyphonic
# character is found by any of them (乐: "le yue yao lao"). ü is written
# "v" as pinyin keyboards type it, and "u" too. A line is empty for a
# character without a reading.
#
#   data/pinyin/make-pinyin-table.py /usr/share/unicode/Unihan_Readings.txt.bz2 > data/pinyin/pinyin.txt

import bz2
import sys
import unicodedata

FIRST, LAST = 0x4E00, 0x9FFF
# Most common first: the order readings are listed in for one character.
FIELDS = ("kMandarin", "kHanyuPinlu", "kXHC1983", "kTGHZ2013", "kHanyuPinyin")


def plain(reading):
    """'lǜ(220)' or '0743.010:lǜ' -> ['lv', 'lu']"""
    reading = reading.split(":")[-1].split("(")[0]
    out = ""
    for c in unicodedata.normalize("NFD", reading.lower()):
        if c == "\u0308":           # the diaeresis of ü
            out += "\u0308"
        elif not unicodedata.combining(c):
            out += c
    out = unicodedata.normalize("NFC", out)
    if "ü" in out:
        return [out.replace("ü", "v"), out.replace("ü", "u")]
    return [out]


def main():
    path = sys.argv[1]
    opener = bz2.open if path.endswith(".bz2") else open
    fields = {}
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, field, value = line.rstrip("\n").split("\t")
            cp = int(code[2:], 16)
            if FIRST <= cp <= LAST and field in FIELDS:
                fields.setdefault(cp, {})[field] = value

    for cp in range(FIRST, LAST + 1):
        readings = []
        for field in FIELDS:
            for item in fields.get(cp, {}).get(field, "").split():
                for part in item.split(":")[-1].split(","):
                    for r in plain(part):
                        if r.isascii() and r.isalpha() and r not in readings:
                            readings.append(r)
        print(" ".join(readings))


if __name__ == "__main__":
    main()
