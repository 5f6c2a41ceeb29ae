#!/usr/bin/env python3
"""Where the hot loop's heap allocations come from, per document.

Reads a callgrind profile of the `workspace` stage (Benchmarks/profile.sh workspace 1 CORPUS) and
attributes every call of swift_allocObject (each Swift array, string, set or dictionary buffer) and of
malloc made directly by library code to the nearest ScamSignals function on the call path, splitting a
shared caller's count by its callers' call counts. Prints allocations per document per function.

    Benchmarks/profile.sh workspace 1 Corpus
    python3 Benchmarks/allocation-sites.py Benchmarks/out/profile/callgrind.workspace --documents 1979
"""
import argparse, collections, re, subprocess

ROW = re.compile(r'^\s*([\d,]+) \([ \d.]+%\)\s+([<*>])\s+(.*?)(?: \((\d[\d,]*)x\))?(?: \[.*\])?\s*$')


def demangled(symbol):
    # Library functions only: a standard-library generic specialized for a library type (an array of
    # tokens growing) is attributed to whoever called it.
    name = symbol.split(':', 1)[-1]
    m = re.match(r"\$s11ScamSignals(\d+)([A-Za-z_]\w*)", name)
    if not m:
        return None
    n = int(m.group(1))
    owner = m.group(2)[:n]
    rest = m.group(2)[n:]
    m2 = re.match(r'[A-Z]*V?(\d+)([A-Za-z_]\w*)', rest)
    if m2 and int(m2.group(1)) <= len(m2.group(2)):
        return f'{owner}.{m2.group(2)[:int(m2.group(1))]}'
    return owner


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('profile')
    ap.add_argument('--documents', type=int, required=True)
    ap.add_argument('--top', type=int, default=25)
    args = ap.parse_args()
    text = subprocess.run(['callgrind_annotate', '--threshold=100', '--inclusive=yes', '--tree=caller', args.profile],
                          capture_output=True, text=True).stdout
    callers = collections.defaultdict(list)  # function -> [(caller, calls)]
    pending = []
    for line in text.split('\n'):
        m = ROW.match(line)
        if not m:
            pending = []
            continue
        kind, name, calls = m.group(2), m.group(3).strip(), m.group(4)
        if kind == '<':
            pending.append((name, int(calls.replace(',', '')) if calls else 0))
        elif kind == '*':
            callers[name] += pending
            pending = []
    sites = collections.Counter()

    def attribute(function, count, depth=0, seen=()):
        label = demangled(function)
        if label or depth > 8 or function in seen:
            sites[label or function.split(':', 1)[-1][:60]] += count
            return
        ups = callers.get(function, [])
        total = sum(c for _, c in ups)
        if total == 0:
            sites[function.split(':', 1)[-1][:60]] += count
            return
        for caller, c in ups:
            attribute(caller, count * c / total, depth + 1, seen + (function,))

    roots = [f for f in callers if f.endswith('swift_allocObject') or re.search(r'malloc\.c:malloc$', f)]
    total = 0
    for root in roots:
        for caller, c in callers[root]:
            if 'swift_slowAlloc' in caller or 'swift_allocObject' in caller:
                continue
            attribute(caller, c)
            total += c
    print(f'heap allocations per document: {total / args.documents:.1f} (swift_allocObject and direct malloc calls)')
    for site, c in sites.most_common(args.top):
        print(f'{c / args.documents:8.1f}  {site}')


if __name__ == '__main__':
    main()
