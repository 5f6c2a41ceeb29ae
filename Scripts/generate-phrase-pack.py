#!/usr/bin/env python3
"""Writes a platform-sized rule pack of N generated phrases (default 1,000) to stdout, for the benchmark's
"a thousand phrases must not slow the full assessment by more than 10%" check:
    python3 Scripts/generate-phrase-pack.py 1000 > /tmp/pack1000.json
    swift run -c release scamsignals-bench --rules /tmp/pack1000.json"""
import json, sys, random
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
rng = random.Random(7)
words = {
    'id': ['lowongan', 'kerja', 'gaji', 'agen', 'tiket', 'bonus', 'modal', 'kantor', 'paket', 'kode', 'saldo', 'klaim'],
    'vi': ['việc', 'lương', 'vé', 'thưởng', 'mã', 'gói', 'nhiệm', 'vụ', 'đơn', 'nạp', 'rút', 'phí'],
    'en': ['bonus', 'code', 'package', 'ticket', 'agent', 'claim', 'wallet', 'task', 'order', 'reward', 'token', 'level'],
}
patterns = {lang: [] for lang in words}
for i in range(n):
    lang = ['id', 'vi', 'en'][i % 3]
    ws = rng.sample(words[lang], 2)
    patterns[lang].append(f'{ws[0]} {ws[1]} x{i}')
pack = {"format": "scamsignals-rules", "version": 1, "name": f"generated-{n}",
        "signals": [{"id": "generated-phrases", "category": "tasks", "weight": 0.5, "patterns": patterns,
                     "explanation": {"id": "Frasa uji.", "vi": "Cụm từ thử.", "en": "Generated test phrases."}}]}
json.dump(pack, sys.stdout, ensure_ascii=False, indent=1)
print()
