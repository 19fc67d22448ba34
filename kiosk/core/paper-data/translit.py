#!/usr/bin/env python3
"""The classical transliteration of qml/i18n/GLOSSARY-mn.md turned into Unicode traditional
Mongolian (U+1800 block): q and k are both U+182C, g and γ both U+182D; '-' is U+202F before a
suffix, '_' is U+180E (MVS), '~1'..'~3' are FVS1-3. Checked against every translation of
qml/i18n/jiujin_mn.ts that carries its transliteration (they agree). Used to write
paper-mn.tsv; the Mongolian language office reviews the result, not this script."""
import re,sys,html
M={'a':'\u1820','e':'\u1821','i':'\u1822','o':'\u1823','u':'\u1824','ö':'\u1825','ü':'\u1826','n':'\u1828','ŋ':'\u1829',
'b':'\u182a','p':'\u182b','q':'\u182c','k':'\u182c','γ':'\u182d','g':'\u182d','m':'\u182e','l':'\u182f','s':'\u1830','š':'\u1831',
't':'\u1832','d':'\u1833','č':'\u1834','ǰ':'\u1835','y':'\u1836','r':'\u1837','w':'\u1838','f':'\u1839','h':'\u183e','z':'\u183d',
'-':'\u202f','_':'\u180e',',':'\u1802','.':'\u1803',':':'\u1804'}
def conv(t):
    out='';i=0
    while i<len(t):
        c=t[i]
        if c=='~' and i+1<len(t) and t[i+1] in '123': out+=chr(0x180a+int(t[i+1])); i+=2; continue
        if c in M and not (c in ',.:' and False): out+=M[c]
        else: out+=c
        i+=1
    return out

if __name__ == '__main__':
    # Usage: translit.py paper-mn.tsv  -- rewrites the Mongolian column from the transliteration.
    path = sys.argv[1]
    out = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line and not line.startswith('#'):
            zh, tr = line.split('\t')[:2]
            line = '\t'.join([zh, tr, conv(tr)])
        out.append(line)
    open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
