#!/usr/bin/env python3
"""Merges rule-pack additions (files with "overrides" that add patterns/exceptions to built-in signs, an optional
"remove" map of exact built-in patterns to delete, and "new_examples") into Resources/builtin-rules.json,
keeping one reviewable file. Usage: merge-rule-additions.py ADDITIONS.json ..."""
import json, sys, os
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Sources', 'ScamSignals', 'Resources', 'builtin-rules.json')
pack = json.load(open(path, encoding='utf-8'))
signals = {s['id']: s for s in pack['signals']}
for add_path in sys.argv[1:]:
    add = json.load(open(add_path, encoding='utf-8'))
    removed = added = 0
    for sid, patterns in (add.get('remove') or {}).items():
        for lists in (signals[sid].get('patterns', {}), signals[sid].get('exceptions', {})):
            for lang, items in lists.items():
                before = len(items)
                lists[lang] = [p for p in items if p not in patterns]
                removed += before - len(lists[lang])
    for o in add.get('overrides') or []:
        s = signals[o['id']]
        for key in ('patterns', 'exceptions'):
            for lang, items in (o.get(key) or {}).items():
                target = s.setdefault(key, {}).setdefault(lang, [])
                for p in items:
                    if p not in target: target.append(p); added += 1
    for sid, ex in (add.get('new_examples') or {}).items():
        for kind in ('fires', 'silent'):
            items = ex.get(kind) or []
            if isinstance(items, dict):
                for lang, xs in items.items():
                    signals[sid].setdefault('examples', {}).setdefault(kind, {}).setdefault(lang, []).extend(x for x in xs if x not in signals[sid]['examples'][kind].get(lang, []))
            else:
                lang = add.get('name', 'x-additions').split('-')[0]
                target = signals[sid].setdefault('examples', {}).setdefault(kind, {}).setdefault(lang, [])
                target.extend(x for x in items if x not in target)
    for key, value in (add.get('sets') or {}).items():
        pack['sets'].setdefault(key, value)
    print(f'{add_path}: {added} patterns/exceptions added, {removed} removed')
open(path, 'w', encoding='utf-8').write(json.dumps(pack, ensure_ascii=False, indent=2) + '\n')
