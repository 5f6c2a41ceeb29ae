#!/usr/bin/env python3
"""Where the hot loop's heap allocations come from, per document.

Reads a callgrind profile recorded with callers kept apart (each function named with its chain of callers)
and counts every call of swift_allocObject (each Swift array, string, set or dictionary buffer) by the
nearest ScamSignals function on its chain: the library code that asked for the memory, even when a
standard-library generic (an array growing, a string being made) did the allocating.

    PROFILE_CALLERS=12 Benchmarks/profile.sh workspace 1 Corpus
    python3 Benchmarks/allocation-sites.py Benchmarks/out/profile/callgrind.workspace --documents 1979
"""
import argparse, collections, re

NAME = re.compile(r'^c?fn=\((\d+)\)(?: (.*))?$')


def library_function(frame):
    """`Owner.method` for a ScamSignals function (not for a standard-library generic specialized for a
    library type), else None."""
    m = re.match(r'\$s11ScamSignals(\d+)([A-Za-z_]\w*)', frame)
    if not m:
        return None
    n = int(m.group(1))
    owner, rest = m.group(2)[:n], m.group(2)[n:]
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
    names = {}
    sites = collections.Counter()
    total = 0
    callee = None
    for line in open(args.profile, encoding='utf-8', errors='replace'):
        line = line.rstrip('\n')
        m = NAME.match(line)
        if m:
            if m.group(2):
                names[m.group(1)] = m.group(2)
            if line.startswith('cfn='):
                callee = names.get(m.group(1), '')
            continue
        if line.startswith('calls=') and callee is not None:
            chain = callee.split("'")
            if chain[0] == 'swift_allocObject':
                count = int(line[6:].split()[0])
                total += count
                site = next((f for f in map(library_function, chain[1:]) if f), None)
                sites[site or 'outside the library: ' + (chain[1][:50] if len(chain) > 1 else '?')] += count
            callee = None
    if total == 0:
        raise SystemExit('no swift_allocObject calls with callers: record with PROFILE_CALLERS=12 (see the docstring)')
    print(f'heap allocations (swift_allocObject) per document: {total / args.documents:.1f}')
    for site, c in sites.most_common(args.top):
        print(f'{c / args.documents:8.1f}  {site}')


if __name__ == '__main__':
    main()
