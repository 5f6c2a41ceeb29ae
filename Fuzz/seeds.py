#!/usr/bin/env python3
"""Writes the seed corpus of one fuzz target into a folder: corpus ads plus hostile inputs (Fuzz/run.sh calls it)."""
import csv, glob, io, json, os, sys

target, out, root = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(out, exist_ok=True)

def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)

def ads():
    for path in sorted(glob.glob(os.path.join(root, "Corpus", "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)

# Hostile text: each family the tokenizer must survive.
ad = "Lowongan admin Kamboja gaji 15jt, tiket gratis, hub WA 0812-0000-4321".encode()
hostile = {
    "invalid-utf8": b"gaji \xff\xfe besar \xe1\xba visa \xc3 \x80\x80\x80 telegram \xf0\x9f\x98",
    "lone-surrogate": b"l\xed\xa0\x80ng gaji \xed\xbf\xbf 15jt \xed\xa0\xbd\xed\xb8\x80",
    "overlong": b"gaji\xc0\xaf\xe0\x80\xaf\xf0\x80\x80\xaf besar \xc1\xbf \xf4\x90\x80\x80 \xf8\x88\x80\x80\x80",
    "combining-storm": ("a" + "\u0301" * 5000 + " gaji " + "\u0323\u0302" * 2000).encode(),
    "bidi": "\u202egaji\u202c \u2066visa\u2069 \u200f15jt\u200e \u202dtelegram\u202c \u2067\u2068".encode(),
    "nul": b"gaji\x00besar \x00\x00 tiket\x00gratis 15\x00jt WA\x000812",
    "emoji-run": ("\U0001F4B0" * 300 + "\U0001F1F0\U0001F1ED" * 50 + "\U0001F468\u200D\U0001F469\u200D\U0001F467" * 50 + " gaji").encode(),
    "private-use": "\ue000gaji\uf8ff \U000F0000 visa \U0010FFFD \U000E0001\U000E0067 \u0378\u0380 lương".encode(),
    "styled": "\uff27\uff21\uff2a\uff29 \U0001D420\U0001D41A\U0001D423\U0001D422 g\u200ba\u200bj\u200bi \u0433\u0430\u0458\u0456".encode(),
    "letter-spaced": ("g a j i " * 2000).encode(),
    "digits": ("1" * 5000 + " Rp " + "9." * 3000 + "000 " + "0812-" * 1000).encode(),
    "money-storm": ("$1,800/month Rp 15jt/bulan 70tr/tháng 500k/ngày " * 200).encode(),
    "long-url": ("https://" + "a." * 3000 + "example/" + "x" * 3000 + " bit.ly/" + "y" * 100).encode(),
    "long-word": ("gajiii" + "i" * 20000).encode(),
    "punctuation": (". ! ? ; , - : ( ) \u2022 " * 1000).encode(),
    "crlf": b"gaji\r\n\r\rbesar\r\n" * 200,
}

if target in ("tokenize", "assess"):
    for i, a in enumerate(ads()):
        write(f"ad-{a.get('id', i)}", a["text"].encode())
    for name, data in hostile.items():
        write(f"hostile-{name}", data)
        write(f"hostile-{name}-in-ad", ad + b" " + data[:2000] + b" " + ad)
elif target == "corpus":
    lines = [json.dumps(a, ensure_ascii=False).encode() for a in list(ads())[::40]]
    for i in range(0, len(lines), 5):
        write(f"jsonl-{i}", b"\n".join(lines[i:i + 5]) + b"\n")
    for i, a in enumerate(list(ads())[::80]):
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["id", "text", "label", "lang"])
        w.writerow([a["id"], a["text"], a["label"], a["lang"]])
        w.writerow(["x", 'quote "inside", comma\nnewline', "1", "id"])
        write(f"csv-{i}", buf.getvalue().encode())
    write("jsonl-hostile", b'{"text": "a\\u0000b\\ud800", "label": 1}\r\n\n  \n{"text": 5, "label": "scam"}\n[1,2]\n\xff\n{"text":"x","label":"maybe"}')
    write("csv-hostile", b'text,label\n"unterminated,1\n"a""b",0\n,\n\xed\xa0\x80,1')
elif target == "model":
    write("raw-default-header", b"\x00" + open(os.path.join(root, "Sources/ScamSignals/Resources/default-model.ssm"), "rb").read()[:200])
    for mode in (1, 2, 3):
        write(f"mode-{mode}", bytes([mode]))
        write(f"mode-{mode}-edit", bytes([mode, 40, 0, 0xFF, 12, 0, 0x18, 21, 0, 0x80]))
    write("mode-3-header", b"\x03SSMD\x01\x00\x01\x00\x00\x00\x0c" + b"\x00" * 60)
    # Finding: both document counts near 2^63 made the prior correction overflow (HardeningTests).
    write("finding-prior-overflow", bytes([1, 0x1A, 0x00, 0xC0, 0x22, 0x00, 0xC0]))
elif target == "ruleprogram":
    for mode in (1, 2, 3):
        write(f"mode-{mode}", bytes([mode]))
        write(f"mode-{mode}-edit", bytes([mode, 30, 0, 0, 0xFF, 90, 0, 0, 0x7F, 200, 1, 0, 0x00]))
    write("raw-builtin-header", b"\x00SSRP\x01\x00\x01\x00\x00\x00" + b"\x00" * 40)
elif target == "rulepack":
    builtin = json.load(open(os.path.join(root, "Sources/ScamSignals/Resources/builtin-rules.json"), encoding="utf-8"))
    for i, s in enumerate(builtin["signals"]):
        s = dict(s)
        s.pop("examples", None)
        s["id"] = "x-" + s["id"]
        pack = {"format": "scamsignals-rules", "version": 1, "name": f"seed{i}", "sets": builtin.get("sets", {}),
                "negators": builtin.get("negators"), "signals": [s]}
        write(f"signal-{i}", json.dumps(pack, ensure_ascii=False).encode())
    write("ngo", '''{"format": "scamsignals-rules", "version": 1, "name": "ngo", "categories": ["cruise"],
      "sets": {"ship": ["kapal pesiar", "{cruise|tàu} ship"], "deep": ["@ship ... <money>"]},
      "signals": [{"id": "cruise-no-certificate", "category": "cruise", "weight": 1.5, "negatable": true,
        "patterns": {"id": ["@ship tanpa sertifikat"], "en": ["@deep", "{a|b {c|d}} ... e*x* <phone>", "<free-mail>"], "any": ["recruit*"]},
        "exceptions": ["we never ask ... fee*"],
        "explanation": {"id": "a", "vi": "b", "en": "c"}}],
      "overrides": [{"id": "pressure-urgency", "enabled": false}, {"id": "upfront-fees", "weight": 3.5}],
      "thresholds": {"suspicious": 0.4, "scam": 0.8}, "prior_scam_rate": 0.05}'''.encode())
    # Finding: 14 nested sets of four references unfold to 4^14 words (HardeningTests).
    laughs = {f"a{i}": [f"@a{i + 1}"] * 4 for i in range(14)}
    laughs["a14"] = ["gaji"]
    write("finding-nested-sets", json.dumps({"format": "scamsignals-rules", "version": 1, "sets": laughs,
        "signals": [{"id": "laughs", "category": "salary", "weight": 1, "patterns": ["@a0"],
                     "explanation": {"id": "x", "vi": "x", "en": "x"}}]}).encode())
    write("salary-only", b'{"format":"scamsignals-rules","version":1,"signals":[{"id":"s","category":"salary","weight":1,"check":"salary","explanation":{"id":"","vi":"","en":""}}]}')
else:
    sys.exit(f"unknown target {target}")
