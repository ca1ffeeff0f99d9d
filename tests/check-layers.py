#!/usr/bin/env python3
# Checks what the per-layer libraries cannot: that every #include in src/
# points at the file's own layer or one below it, that the outside
# libraries stay in their layers, and that po/POTFILES.in lists exactly the
# sources with translatable strings. Prints each problem; exits 1 on any.
#
# usage: check-layers.py SOURCE_ROOT

import os
import re
import sys

# Each layer and the layers it may include from (itself included).
BELOW = {
    "core": {"core"},
    "store": {"core", "store"},
    "render": {"core", "render"},
    "cli": {"core", "store", "render", "cli"},
    "gui": {"core", "store", "render", "cli", "gui"},
}

# Outside headers, by the layers that may include them.
SYSTEM = [
    (re.compile(r"^(gtk|gdk|adwaita)[/.]"), {"gui"}),
    (re.compile(r"^sqlite3\.h$"), {"store"}),
    (re.compile(r"^(cairo|pango|qpdf|xlsxwriter)"), {"render", "gui"}),
]

# A layer's private headers are its own, but for these friends: the model
# lets the store give an object the identity and times of its row.
FRIENDS = {"core": {"store"}}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
TRANSLATABLE = re.compile(r'\b(N?C?_|g_dngettext|ngettext)\s*\(')


def main(root):
    src = os.path.join(root, "src")
    problems = []
    home = {}
    for layer in BELOW:
        for name in os.listdir(os.path.join(src, layer)):
            home[name] = layer

    for layer in BELOW:
        folder = os.path.join(src, layer)
        for name in sorted(os.listdir(folder)):
            if not name.endswith((".c", ".h")):
                continue
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            for kind, header in INCLUDE.findall(text):
                where = f"src/{layer}/{name}: #include {header}"
                if kind == '"' and header in home and home[header] not in BELOW[layer]:
                    problems.append(f"{where}: {home[header]} is not below {layer}")
                if (header.endswith("-private.h") and header in home and home[header] != layer and
                        layer not in FRIENDS.get(home[header], set())):
                    problems.append(f"{where}: private to src/{home[header]}")
                for pattern, layers in SYSTEM:
                    if pattern.search(header) and layer not in layers:
                        problems.append(f"{where}: only {', '.join(sorted(layers))} may use it")

    listed = set()
    for line in open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            listed.add(line)
            if not os.path.exists(os.path.join(root, line)):
                problems.append(f"po/POTFILES.in: {line} does not exist")
    for layer in BELOW:
        for name in sorted(os.listdir(os.path.join(src, layer))):
            path = f"src/{layer}/{name}"
            if not name.endswith(".c"):
                continue
            translatable = TRANSLATABLE.search(open(os.path.join(root, path), encoding="utf-8").read())
            if translatable and path not in listed:
                problems.append(f"po/POTFILES.in: {path} has translatable strings but is not listed")

    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
