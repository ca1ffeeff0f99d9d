#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifest of the Devel profile.

Usage: check-flatpak-manifest.py MANIFEST.json

The sandbox must stay as narrow as the product promises: no network, no
file system access (files go through portals), only a display, IPC and
the GPU.  Prints one line per problem and exits 1; exits 0 when fine.
"""

import json
import sys

EXPECTED_ID = "io.github.qizhen.Qizhen.Devel"
EXPECTED_COMMAND = "qizhen"
EXPECTED_RUNTIME = "org.gnome.Platform"
EXPECTED_SDK = "org.gnome.Sdk"
EXPECTED_FINISH_ARGS = {
    "--share=ipc",
    "--socket=fallback-x11",
    "--socket=wayland",
    "--device=dri",
}
FORBIDDEN_PREFIXES = ("--share=network", "--filesystem")


def check(manifest):
    problems = []

    if not isinstance(manifest, dict):
        return ["the manifest is not a JSON object"]

    def expect(key, wanted):
        value = manifest.get(key)
        if value != wanted:
            problems.append(f"'{key}' is {value!r}, expected {wanted!r}")

    # flatpak-builder accepts 'app-id' as an older spelling of 'id'
    if "id" not in manifest and "app-id" in manifest:
        problems.append("use 'id' rather than the older 'app-id'")
    expect("id", EXPECTED_ID)
    expect("command", EXPECTED_COMMAND)
    expect("runtime", EXPECTED_RUNTIME)
    expect("sdk", EXPECTED_SDK)

    version = manifest.get("runtime-version")
    if not isinstance(version, str) or not version.replace(".", "", 1).isdigit():
        problems.append(
            f"'runtime-version' is {version!r}, expected a stable numbered "
            "runtime such as \"47\" (not 'master' or a nightly)")

    finish_args = manifest.get("finish-args")
    if not isinstance(finish_args, list) or not all(isinstance(a, str) for a in finish_args):
        problems.append("'finish-args' is missing or not a list of strings")
        finish_args = []
    for arg in finish_args:
        if arg.startswith(FORBIDDEN_PREFIXES):
            problems.append(f"'finish-args' must not contain {arg!r}")
    if len(finish_args) != len(set(finish_args)):
        problems.append("'finish-args' lists an argument more than once")
    missing = EXPECTED_FINISH_ARGS - set(finish_args)
    extra = set(finish_args) - EXPECTED_FINISH_ARGS
    if missing:
        problems.append("'finish-args' lacks " + ", ".join(sorted(missing)))
    extra -= {a for a in extra if a.startswith(FORBIDDEN_PREFIXES)}
    if extra:
        problems.append("'finish-args' has unexpected " + ", ".join(sorted(extra)))

    modules = manifest.get("modules")
    if not isinstance(modules, list) or not modules:
        problems.append("'modules' is missing or empty")
    else:
        last = modules[-1]
        if not isinstance(last, dict):
            problems.append("the last module is not an object (expected the qizhen module inline)")
        else:
            if last.get("name") != "qizhen":
                problems.append(f"the last module is {last.get('name')!r}, expected 'qizhen'")
            if last.get("buildsystem") != "meson":
                problems.append(
                    f"the last module's buildsystem is {last.get('buildsystem')!r}, "
                    "expected 'meson'")

    return problems


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} MANIFEST.json", file=sys.stderr)
        return 2

    path = argv[1]
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except OSError as e:
        print(f"{path}: cannot read: {e.strerror}")
        return 1
    except json.JSONDecodeError as e:
        print(f"{path}:{e.lineno}:{e.colno}: invalid JSON: {e.msg}")
        return 1

    problems = check(manifest)
    for problem in problems:
        print(f"{path}: {problem}")
    if problems:
        return 1

    print(f"{path}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
