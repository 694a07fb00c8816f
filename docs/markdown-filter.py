#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Doxygen INPUT_FILTER for the Markdown pages (README.md, docs/*.md): GitHub's links in Doxygen.

- README.md links its own sections the GitHub way, `[Auth modes](#auth-modes)`; Doxygen 1.9
  makes no such anchors, so this appends `{#auth-modes}` to each `##`…`######` heading of
  README.md (outside code blocks), with GitHub's rule: lower case, punctuation dropped, spaces to
  hyphens, `-1`, `-2`, … for repeats. (Only README.md: the pages' anchors must stay unique.)
- A link to a file of the tree that is neither a documented page (README.md, docs/*.md) nor a
  screenshot (docs/*.png, copied next to the HTML) becomes its path as code: Doxygen cannot
  resolve it, and the HTML has no such file.

The files themselves are not changed; Doxygen reads the output (stdout).
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def documented(path):
    rel = os.path.relpath(path, ROOT)
    return rel == 'README.md' or (os.path.dirname(rel) == 'docs' and rel.endswith('.md'))


def unlink_foreign_pages(line, source):
    def replace(match):
        text, target = match.group(1), match.group(2)
        file_part = target.split('#', 1)[0]
        if not file_part or re.match(r'[a-z]+:', file_part):
            return match.group(0)  # an anchor on the page, or a URL
        resolved = os.path.normpath(os.path.join(os.path.dirname(source), file_part))
        rel = os.path.relpath(resolved, ROOT)
        if documented(resolved) or (os.path.dirname(rel) == 'docs' and rel.endswith('.png')):
            return match.group(0)  # a page, or a screenshot (copied next to the HTML)
        if text.strip('`') in (file_part, rel) or text.strip('`').endswith(os.path.basename(rel)):
            return f'`{rel}`'
        return f'{text} (`{rel}`)'
    return re.sub(r'(?<!!)\[([^\]]*)\]\(([^)\s]+)\)', replace, line)


def slug(title, seen):
    text = re.sub(r'\{#[^}]*\}\s*$', '', title).strip().lower()
    text = re.sub(r'[`*_]', lambda m: '_' if m.group(0) == '_' else '', text)
    text = re.sub(r'[^\w\- ]', '', text)
    text = text.replace(' ', '-')
    base, n = text, seen.get(text, 0)
    seen[base] = n + 1
    return base if n == 0 else f'{base}-{n}'


def main():
    source = os.path.abspath(sys.argv[1])
    anchors = os.path.relpath(source, ROOT) == 'README.md'
    with open(source, encoding='utf-8') as f:
        lines = f.read().split('\n')
    seen = {}
    fence = None
    out = []
    for line in lines:
        stripped = line.lstrip()
        marker = re.match(r'(`{3,}|~{3,})', stripped)
        if marker:
            if fence is None:
                fence = marker.group(1)[0]
            elif stripped.startswith(fence * 3):
                fence = None
        elif fence is None:
            line = unlink_foreign_pages(line, source)
            heading = re.match(r'^(#{2,6})\s+(.*?)\s*$', line) if anchors else None
            if heading and not re.search(r'\{#[^}]*\}\s*$', heading.group(2)):
                anchor = slug(heading.group(2), seen)
                if anchor and re.match(r'[a-z_]', anchor):
                    line = f'{line.rstrip()} {{#{anchor}}}'
        out.append(line)
    sys.stdout.write('\n'.join(out))


if __name__ == '__main__':
    main()
