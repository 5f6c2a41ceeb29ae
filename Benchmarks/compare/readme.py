"""readme.py: rewrites one generated section of Benchmarks/README.md, below the hand-written part."""

import os
import platform
import re

MARKER = "<!-- Everything below this line is written by compare-speed.sh and compare-quality.sh: edit above it. -->"
README = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "README.md")


def machine() -> str:
    """CPU model and core count, as the bench reports them."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores ({platform.system()} {platform.release()})"


def write_section(name: str, body: str):
    """Replaces the section `name` (between its BEGIN and END comments) or appends it; keeps everything else."""
    text = open(README, encoding="utf-8").read() if os.path.exists(README) else "# Benchmarks\n"
    if MARKER not in text:
        text = text.rstrip("\n") + "\n\n" + MARKER + "\n"
    begin, end = f"<!-- BEGIN {name} -->", f"<!-- END {name} -->"
    section = f"{begin}\n{body.strip()}\n{end}"
    head, tail = text.split(MARKER, 1)
    pattern = re.compile(re.escape(begin) + ".*?" + re.escape(end), re.S)
    if pattern.search(tail):
        tail = pattern.sub(lambda _: section, tail)
    else:
        tail = tail.rstrip("\n") + "\n\n" + section + "\n"
    # The speed section first, then quality, whichever script ran last.
    sections = dict(re.findall(r"<!-- BEGIN (\w+) -->\n(.*?)\n<!-- END \1 -->", tail, re.S))
    ordered = [f"<!-- BEGIN {k} -->\n{sections[k]}\n<!-- END {k} -->" for k in sorted(sections, key=lambda k: (k != "speed", k))]
    with open(README, "w", encoding="utf-8") as f:
        f.write(head + MARKER + "\n\n" + "\n\n".join(ordered) + "\n")


def source() -> str:
    """The commit measured, and whether the working tree differed from it (figures follow the files, not the commit)."""
    import subprocess

    def git(*args):
        try:
            return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""
    commit = git("rev-parse", "--short", "HEAD")
    if not commit:
        return "source: not a git checkout"
    changed = [l for l in git("status", "--porcelain", "--untracked-files=no", "--", "Sources", "Package.swift").splitlines() if l]
    return f"source: commit {commit}" + (f" with uncommitted changes to {len(changed)} file(s) under Sources/" if changed else "")
