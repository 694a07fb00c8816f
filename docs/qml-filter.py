#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Doxygen INPUT_FILTER for the module's .qml files: doxyqml, made readable by Doxygen 1.9.

doxyqml turns a .qml file into C++-like declarations, a property into `Q_PROPERTY(type name)`;
Doxygen 1.9 drops a Q_PROPERTY without an accessor, so this adds `READ name` (the QML property
is read as `name` anyway). Usage: qml-filter.py <doxyqml> <file.qml>; the output is on stdout.
"""
import re
import subprocess
import sys


def main():
    doxyqml, source = sys.argv[1], sys.argv[2]
    result = subprocess.run([doxyqml, source], check=True, capture_output=True, text=True)
    out = re.sub(r'^(\s*Q_PROPERTY\(\s*)([^()]*?)\s+(\w+)\s*\)',
                 lambda m: m.group(0) if re.search(r'\b(READ|MEMBER)\b', m.group(2))
                 else f'{m.group(1)}{m.group(2)} {m.group(3)} READ {m.group(3)})',
                 result.stdout, flags=re.M)
    sys.stdout.write(out)


if __name__ == '__main__':
    main()
