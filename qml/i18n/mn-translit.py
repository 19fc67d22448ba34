#!/usr/bin/env python3
"""Traditional Mongolian from the transliteration GLOSSARY-mn.md uses, and back into jiujin_mn.ts.

    mn-translit.py 'kereg bariqu'          prints ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ
    mn-translit.py --apply FILE.tsv        fills jiujin_mn.ts from lines "context<TAB>source<TAB>translit"

The scheme (classical): q and k are both ᠬ, γ and g both ᠭ (the font picks the form from the
word's vowels); '-' is U+202F before a suffix, '_' is U+180E before a detached final a/e; ':' '.' ','
are ᠄ ᠃ ᠂. Placeholders (%1, %n) and anything else (digits, brackets, ？, ✓) are kept as they are;
so is text in braces ({jiujinctl doctor}, {yanglao}: a command or pinyin), without the braces.
Every translation it writes carries its transliteration and the NEEDS REVIEW mark (GLOSSARY-mn.md).
"""
import re
import sys

LETTERS = {
    'a': '\u1820', 'e': '\u1821', 'i': '\u1822', 'o': '\u1823', 'u': '\u1824', 'ö': '\u1825',
    'ü': '\u1826', 'ē': '\u1827', 'n': '\u1828', 'ŋ': '\u1829', 'b': '\u182A', 'p': '\u182B',
    'q': '\u182C', 'k': '\u182C', 'γ': '\u182D', 'g': '\u182D', 'm': '\u182E', 'l': '\u182F',
    's': '\u1830', 'š': '\u1831', 't': '\u1832', 'd': '\u1833', 'č': '\u1834', 'ǰ': '\u1835',
    'y': '\u1836', 'r': '\u1837', 'w': '\u1838', 'v': '\u1838', 'f': '\u1839', 'K': '\u183A', 'c': '\u183C',
    'z': '\u183D', 'h': '\u183E',
    '-': '\u202F', '_': '\u180E', ':': '\u1804', '.': '\u1803', ',': '\u1802',
}
PLACEHOLDER = re.compile(r'(%L?\d|%n|\{[^}]*\})')
REVIEW = ('NEEDS REVIEW by the Naiman Banner Mongolian language office '
          '(奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ')


def mongolian(translit: str) -> str:
    out = []
    for part in PLACEHOLDER.split(translit):
        if PLACEHOLDER.fullmatch(part):
            out.append(part[1:-1] if part.startswith('{') else part)
        else:
            out.append(''.join(LETTERS.get(c, c) for c in part))
    return ''.join(out)


def xml(text: str) -> str:
    text = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    return text.replace('\u202F', '&#x202f;')


def apply(ts_path: str, rows):
    ts = open(ts_path, encoding='utf-8').read()
    for context, source, translit in rows:
        ctx = re.search(r'<context>\s*<name>' + re.escape(context) + r'</name>(.*?)</context>', ts, re.S)
        if not ctx:
            sys.exit(f'no context {context}')
        body = ctx.group(1)
        src = re.escape(xml(source).replace('&#x202f;', '\u202F')).replace('"', '(?:"|&quot;)')
        msg = re.search(r'(<message[^>]*>\s*<source>' + src + r'</source>\s*)'
                        r'(?:<translatorcomment>.*?</translatorcomment>\s*)?(<translation.*?</translation>)', body, re.S)
        if not msg:
            sys.exit(f'no message {context} | {source}')
        indent = '        '
        text = xml(mongolian(translit))
        old = msg.group(2)
        if '<numerusform>' in old or '<numerusform' in old:
            forms = len(re.findall(r'<numerusform', old))
            new = '<translation>\n' + ''.join(f'{indent}    <numerusform>{text}</numerusform>\n' for _ in range(forms)) + indent + '</translation>'
        else:
            new = f'<translation>{text}</translation>'
        replaced = msg.group(1) + f'<translatorcomment>{xml(REVIEW + translit)}</translatorcomment>\n{indent}' + new
        body = body[:msg.start()] + replaced + body[msg.end():]
        ts = ts[:ctx.start(1)] + body + ts[ctx.end(1):]
    open(ts_path, 'w', encoding='utf-8').write(ts)


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == '--apply':
        rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[2], encoding='utf-8') if l.strip() and not l.startswith('#')]
        apply(__file__.rsplit('/', 1)[0] + '/jiujin_mn.ts', rows)
    else:
        print(mongolian(' '.join(sys.argv[1:])))
