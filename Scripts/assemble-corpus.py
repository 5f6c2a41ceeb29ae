#!/usr/bin/env python3
"""Assembles Corpus/{id,vi,en}.jsonl from the writers' drafts (Corpus/drafts/*.jsonl, when present):
validates the schema, refuses duplicate ids, and assigns the fixed test split.

The split is a pure function of the id (FNV-1a of the id, 1 in 5 buckets -> "test"), so it never changes
when ads are added or reordered, and no fitting step can choose it."""
import json, glob, os, sys, collections
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Corpus')
FIELDS = ['id', 'lang', 'label', 'split', 'channel', 'typology', 'obfuscation', 'hard', 'signals', 'text']
def fnv(s):
    h = 0xcbf29ce484222325
    for b in s.encode(): h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h
sources = sorted(glob.glob(os.path.join(root, 'drafts', '*.jsonl'))) or sorted(glob.glob(os.path.join(root, '*.jsonl')))
rows, seen, errors = collections.defaultdict(list), set(), 0
for path in sources:
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if not line.strip(): continue
        try:
            r = json.loads(line)
            assert r['lang'] in ('id', 'vi', 'en') and r['label'] in ('scam', 'legit') and isinstance(r['text'], str)
            assert r['id'] not in seen, 'duplicate id'
        except Exception as e:
            print(f'{path}:{n}: {e!r}'); errors += 1; continue
        seen.add(r['id'])
        r['split'] = 'test' if fnv(r['id']) % 5 == 0 else 'train'
        for f in ('obfuscation', 'hard', 'signals'): r.setdefault(f, [])
        r.setdefault('typology', None)
        rows[r['lang']].append({k: r.get(k) for k in FIELDS})
for lang, rs in rows.items():
    rs.sort(key=lambda r: r['id'])
    with open(os.path.join(root, f'{lang}.jsonl'), 'w', encoding='utf-8') as f:
        for r in rs: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    c = collections.Counter((r['label'], r['split']) for r in rs)
    print(lang, len(rs), dict(c))
sys.exit(1 if errors else 0)
