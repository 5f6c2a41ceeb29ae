#!/usr/bin/env python3
"""Prints the count tables of Corpus/README.md (language x label, typology, channel, obfuscation, hard
reasons, length), computed from Corpus/*.jsonl, so the data card's numbers can be regenerated."""
import json, glob, os, collections
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Corpus')
rows = [json.loads(l) for f in sorted(glob.glob(os.path.join(root, '*.jsonl'))) for l in open(f, encoding='utf-8') if l.strip()]
langs = ['id', 'vi', 'en']
def table(title, key, labels=('scam', 'legit'), multi=False):
    c = collections.Counter()
    for r in rows:
        values = r.get(key) or [] if multi else [r.get(key)]
        for v in values:
            if v is not None: c[(v, r['lang'], r['label'])] += 1
    names = sorted({k[0] for k in c}, key=lambda n: -sum(c[(n, l, b)] for l in langs for b in labels))
    print(f'\n### {title}\n')
    print('| ' + key + ' | ' + ' | '.join(f'{l} {b}' for l in langs for b in labels) + ' | total |')
    print('|---|' + '---:|' * (len(langs) * len(labels) + 1))
    for n in names:
        cells = [c[(n, l, b)] for l in langs for b in labels]
        print(f'| {n} | ' + ' | '.join(map(str, cells)) + f' | {sum(cells)} |')
print('### Ads per language, label and split\n')
print('| lang | scam (train/test) | legit (train/test) | total | scam share |')
print('|---|---:|---:|---:|---:|')
for l in langs:
    g = [r for r in rows if r['lang'] == l]
    s = [r for r in g if r['label'] == 'scam']; lg = [r for r in g if r['label'] == 'legit']
    sp = lambda xs: f"{len(xs)} ({sum(r['split'] == 'train' for r in xs)}/{sum(r['split'] == 'test' for r in xs)})"
    print(f'| {l} | {sp(s)} | {sp(lg)} | {len(g)} | {len(s) / len(g):.0%} |')
table('Scam typologies', 'typology', labels=('scam',))
table('Channels', 'channel')
table('Obfuscation tricks', 'obfuscation', multi=True)
table('Hard legitimate ads: why a naive filter might flag them', 'hard', labels=('legit',), multi=True)
table('Warning signs annotated', 'signals', multi=True)
print('\n### Length (characters)\n')
print('| lang | min | p10 | median | p90 | max | 100-400 | 400-800 | 800+ |')
print('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
for l in langs:
    n = sorted(len(r['text']) for r in rows if r['lang'] == l)
    q = lambda p: n[min(len(n) - 1, int(p * len(n)))]
    print(f'| {l} | {n[0]} | {q(.1)} | {q(.5)} | {q(.9)} | {n[-1]} | {sum(x < 400 for x in n)} | {sum(400 <= x < 800 for x in n)} | {sum(x >= 800 for x in n)} |')
