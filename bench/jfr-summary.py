#!/usr/bin/env python3
"""Summarise `jfr print --events jdk.ExecutionSample --stack-depth 64 FILE.jfr` (saved to a file):
the top frames, the first org.elige frame of each sample, packages, and the facts layer's share.
Usage: bench/jfr-summary.py SAMPLES.txt [N]"""
import re, sys, collections
top = collections.Counter(); own = collections.Counter(); pkg = collections.Counter(); incl = collections.Counter(); facts = [0]; tree = [0]
n = 0
frames = None
def flush(fr):
    global n
    if not fr: return
    n += 1
    top[fr[0]] += 1
    for f in fr:
        if f.startswith('org.elige.'):
            own[f] += 1; break
    for f in set(fr):
        if f.startswith('org.elige.'):
            incl[f] += 1
    if any(f.startswith('org.elige.facts.') for f in fr):
        facts[0] += 1
        if any(f.startswith('tools.jackson.databind.node.') for f in fr):
            tree[0] += 1
    # package of top frame
    m = re.match(r'([a-z0-9_.]+)\.[A-Z]', fr[0])
    pkg[m.group(1) if m else fr[0]] += 1
for line in open(sys.argv[1], encoding='utf-8', errors='replace'):
    s = line.strip()
    if s.startswith('stackTrace = ['):
        frames = []
        continue
    if frames is not None:
        if s.startswith(']') or s == '...':
            if s.startswith(']'):
                flush(frames); frames = None
            continue
        frames.append(re.sub(r'\s+line:.*$', '', s))
k = int(sys.argv[2]) if len(sys.argv) > 2 else 15
print(f"samples: {n}")
print(f"\ntop {k} methods (top frame):")
for f, c in top.most_common(k): print(f"  {100*c/n:5.1f}%  {f}")
print(f"\ntop {k} own-package frames (first org.elige frame on the stack):")
for f, c in own.most_common(k): print(f"  {100*c/n:5.1f}%  {f}")
print(f"\ntop 10 packages (top frame):")
for f, c in pkg.most_common(10): print(f"  {100*c/n:5.1f}%  {f}")
print(f"\ntop {k} org.elige methods, inclusive (on the stack anywhere):")
for f, c in incl.most_common(k): print(f"  {100*c/n:5.1f}%  {f}")
print(f"\nsamples with an org.elige.facts frame anywhere on the stack: {100*facts[0]/n:.1f}%")
print(f"samples in Jackson's tree model (tools.jackson.databind.node) under an org.elige.facts frame: {100*tree[0]/n:.1f}%")
