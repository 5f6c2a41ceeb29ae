#!/usr/bin/env python3
"""Generates Sources/ScamSignals/Normalization/FoldTable+Data.swift from Python's unicodedata.

The table says, for every code point the normalizer treats specially, its class and its folded forms:
  class L (letter), N (digit), M (combining mark), I (invisible), S (space), P (punctuation, folded to ASCII)
  folded: lowercase, compatibility-folded (fullwidth, styled, enclosed), homoglyphs to Latin, composed
  plain:  the folded form without diacritics (đ -> d, ơ -> o)
plus the composition pairs (letter, combining mark) -> precomposed letter, so that decomposed Vietnamese
gives the same tokens as precomposed text. Run it again when the folding policy changes; the output is
committed so that building needs only the Swift toolchain.
"""
import unicodedata as ud, sys, os

HOMOGLYPHS = {
    # Cyrillic look-alikes
    'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c',
    'т': 't', 'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i', 'ї': 'i', 'ј': 'j', 'һ': 'h', 'ԁ': 'd', 'ԛ': 'q',
    'ԝ': 'w', 'ӏ': 'l', 'ь': 'b', 'г': 'r', 'п': 'n', 'и': 'u', 'л': 'n',
    # Greek look-alikes
    'α': 'a', 'β': 'b', 'γ': 'y', 'ε': 'e', 'ζ': 'z', 'η': 'n', 'ι': 'i', 'κ': 'k', 'μ': 'u', 'ν': 'v',
    'ο': 'o', 'ρ': 'p', 'σ': 'o', 'ς': 's', 'τ': 't', 'υ': 'u', 'χ': 'x', 'ω': 'w', 'ϲ': 'c', 'ϳ': 'j',
    # Latin look-alikes outside ASCII
    'ɡ': 'g', 'ı': 'i', 'ȷ': 'j', 'ɑ': 'a', 'ʟ': 'l', 'ɪ': 'i', 'ɴ': 'n', 'ʀ': 'r', 'ꜱ': 's', 'ᴀ': 'a',
    'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ɢ': 'g', 'ʜ': 'h', 'ᴊ': 'j', 'ᴋ': 'k', 'ᴍ': 'm', 'ᴏ': 'o',
    'ᴘ': 'p', 'ᴛ': 't', 'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
}
PLAIN_SPECIAL = {'đ': 'd', 'ø': 'o', 'ł': 'l', 'ħ': 'h', 'ŧ': 't', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe',
                 'þ': 'th', 'ð': 'd', 'ŋ': 'n', 'ƀ': 'b', 'ɨ': 'i', 'ƶ': 'z', 'ɇ': 'e'}
INVISIBLE = {0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B, 0x200C, 0x200D,
             0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063,
             0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x206A, 0x206B, 0x206C, 0x206D, 0x206E, 0x206F,
             0x3164, 0xFEFF, 0xFFA0} | set(range(0xFE00, 0xFE10)) | set(range(0xE0000, 0xE0080))
SPACES = {0x00A0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000} | set(range(0x2000, 0x200B))
PUNCT_MAP = {0x2010: '-', 0x2011: '-', 0x2012: '-', 0x2013: '-', 0x2014: '-', 0x2015: '-', 0x2212: '-',
             0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x02BC: "'", 0x00B4: "'", 0x0060: "'",
             0x201C: '"', 0x201D: '"', 0x201E: '"', 0x00AB: '"', 0x00BB: '"',
             0x2022: '*', 0x2023: '*', 0x25CF: '*', 0x25AA: '*', 0x25A0: '*', 0x25E6: '*', 0x2043: '*',
             0x2219: '*', 0x00B7: '*', 0x2026: '.', 0x3002: '.', 0xFF61: '.', 0x2044: '/', 0x2215: '/',
             0x00D7: 'x', 0x02D7: '-', 0x2796: '-', 0x27A1: '>', 0x2192: '>', 0x00F7: '/'}
RANGES = [(0x00A0, 0x0250), (0x0250, 0x0300), (0x0300, 0x0370), (0x0370, 0x0400), (0x0400, 0x0530),
          (0x1AB0, 0x1B00), (0x1D00, 0x1DC0), (0x1DC0, 0x1E00), (0x1E00, 0x1F00), (0x2000, 0x2070),
          (0x2070, 0x20A0), (0x20D0, 0x2100), (0x2100, 0x2190), (0x2460, 0x2500), (0x3000, 0x3001),
          (0xFE20, 0xFE30), (0xFF01, 0xFF5F), (0x1D400, 0x1D800), (0x1F100, 0x1F1AE)]

def is_mark(c): return ud.category(c) in ('Mn', 'Me', 'Mc')

def strip_marks(s):
    out = ''.join(ch for ch in ud.normalize('NFD', s) if not is_mark(ch))
    return ''.join(PLAIN_SPECIAL.get(ch, ch) for ch in out)

def fold(c):
    """(class, folded, plain) for one code point, or None when the normalizer needs no entry."""
    cp = ord(c)
    if cp in INVISIBLE: return ('I', '', '')
    if cp in SPACES: return ('S', ' ', ' ')
    if cp in PUNCT_MAP: return ('P', PUNCT_MAP[cp], PUNCT_MAP[cp])
    if is_mark(c): return ('M', '', '')
    if cp in range(0x1F150, 0x1F16A): t = chr(ord('a') + cp - 0x1F150)   # negative circled letters
    elif cp in range(0x1F170, 0x1F18A): t = chr(ord('a') + cp - 0x1F170)  # negative squared letters
    else: t = ud.normalize('NFKC', c)
    t = ud.normalize('NFC', t.lower())
    t = ''.join(HOMOGLYPHS.get(ch, ch) for ch in t)
    if not t: return None
    if all(ch.isdigit() and ch.isascii() for ch in t) and len(t) == 1: return ('N', t, t)
    if not all(ch.isalpha() for ch in t):
        if len(t) == 1 and t.isascii() and not t.isalnum() and t != c: return ('P', t, t)
        return None
    plain = strip_marks(t)
    if t == c and plain == c: return None  # an ordinary letter with no folding: the code handles it
    return ('L', t, plain)

entries = []
for lo, hi in RANGES:
    for cp in range(lo, hi):
        c = chr(cp)
        if ud.category(c) == 'Cn' and cp not in INVISIBLE: continue
        r = fold(c)
        if r: entries.append((cp,) + r)
for cp in sorted(INVISIBLE | SPACES | set(PUNCT_MAP)):
    if not any(e[0] == cp for e in entries): entries.append((cp,) + fold(chr(cp)))
entries.sort()

# Composition pairs: every folded letter followed by a combining mark that NFC composes into one letter.
letters = set('abcdefghijklmnopqrstuvwxyz') | {e[2] for e in entries if e[1] == 'L' and len(e[2]) == 1}
pairs = {}
for base in sorted(letters):
    for m in range(0x0300, 0x0370):
        comp = ud.normalize('NFC', base + chr(m))
        if len(comp) == 1:
            folded = ud.normalize('NFC', comp.lower())
            pairs[(ord(base), m)] = ord(folded)
pairs = sorted(pairs.items())

out = os.path.join(os.path.dirname(__file__), '..', 'Sources', 'ScamSignals', 'Normalization', 'FoldTable+Data.swift')
with open(out, 'w', encoding='utf-8') as f:
    f.write('// swift-format-ignore-file\n// Generated by Scripts/generate-fold-table.py from Unicode %s: do not edit by hand.\n\n' % ud.unidata_version)
    f.write('extension FoldTable {\n')
    f.write('    /// One entry a line: code point (hex), class, folded form and plain form as hex code points.\n')
    f.write('    static let entryData: String = """\n')
    hexs = lambda s: '.'.join('%X' % ord(ch) for ch in s) or '-'
    for cp, cls, folded, plain in entries:
        f.write('%X %s %s %s\n' % (cp, cls, hexs(folded), hexs(plain)))
    f.write('"""\n\n')
    f.write('    /// One pair a line: base letter, combining mark, composed letter (hex).\n')
    f.write('    static let compositionData: String = """\n')
    for (b, m), c in pairs:
        f.write('%X %X %X\n' % (b, m, c))
    f.write('"""\n}\n')
print(f'{len(entries)} entries, {len(pairs)} composition pairs -> {os.path.normpath(out)}')
