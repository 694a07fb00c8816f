#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when a QML type of `import NangoQt` has no entry on docs/qml-types.md.

The registered types are read from the module's generated files: the C++ types from
NangoQtQuick.qmltypes (each Component's `exports: ["NangoQt/<Name> 1.0"]`), the QML
components from the qmldir (`<Name> 1.0 <File>.qml`; `internal <Name> …` marks a helper).
An entry on the page is a table row whose first cell is the name in backquotes, `| `Name` | …`,
under "## QML components", "## C++ types registered for QML" or "## Internal types". A public
QML component listed only as internal, and an entry for a type the module does not register
(a stale row), fail too. Run by the docs target (docs/CMakeLists.txt).
"""
import argparse
import re
import sys


def registered_cpp_types(qmltypes):
    names = set()
    for exports in re.findall(r'^\s*exports:\s*\[(.*?)\]', qmltypes, re.M):
        for export in re.findall(r'"([^"]+)"', exports):
            uri_name = export.rsplit(' ', 1)[0]
            uri, _, name = uri_name.rpartition('/')
            if uri == 'NangoQt':
                names.add(name)
    return names


def qmldir_types(qmldir):
    public, internal = set(), set()
    for line in qmldir.splitlines():
        words = line.split()
        if len(words) == 3 and words[0] == 'internal' and words[2].endswith('.qml'):
            internal.add(words[1])
        elif len(words) == 3 and words[2].endswith('.qml') and re.fullmatch(r'\d+\.\d+', words[1]):
            public.add(words[0])
    return public - internal, internal


def page_entries(page):
    sections = {}
    section = None
    for line in page.splitlines():
        heading = re.match(r'^##\s+(.*?)\s*$', line)
        if heading:
            section = heading.group(1)
            continue
        row = re.match(r'^\|\s*`([A-Za-z_][A-Za-z0-9_]*)`\s*\|', line)
        if row and section is not None:
            sections.setdefault(section, set()).add(row.group(1))
    return sections


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--qmltypes', required=True)
    parser.add_argument('--qmldir', required=True)
    parser.add_argument('--page', required=True)
    args = parser.parse_args()

    with open(args.qmltypes, encoding='utf-8') as f:
        cpp = registered_cpp_types(f.read())
    with open(args.qmldir, encoding='utf-8') as f:
        qml_public, qml_internal = qmldir_types(f.read())
    with open(args.page, encoding='utf-8') as f:
        sections = page_entries(f.read())

    internal_section = sections.get('Internal types', set())
    documented = set().union(*sections.values()) if sections else set()
    public_documented = documented - internal_section
    registered = cpp | qml_public | qml_internal

    errors = []
    if not cpp:
        errors.append(f'{args.qmltypes}: no type exported under NangoQt (is it the module\'s qmltypes?)')
    for name in sorted(registered - documented):
        kind = 'QML component' if name in qml_public | qml_internal else 'C++ type registered for QML'
        errors.append(f'{args.page}: no entry for the {kind} `{name}` of import NangoQt')
    for name in sorted(qml_public - public_documented):
        if name in internal_section:
            errors.append(f'{args.page}: `{name}` is a public QML component (not internal in the qmldir), '
                          'listed only under "Internal types"')
    for name in sorted(documented - registered):
        errors.append(f'{args.page}: `{name}` has an entry but the module registers no such type (stale?)')

    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        return 1
    print(f'qml-types.md: all {len(registered)} QML types of import NangoQt have an entry '
          f'({len(cpp)} C++, {len(qml_public)} QML components, {len(qml_internal)} internal QML helpers)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
