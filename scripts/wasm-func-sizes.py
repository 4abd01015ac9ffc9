#!/usr/bin/env python3
# wasm-func-sizes.py MODULE.wasm [N]: the N largest functions of a WebAssembly module, bytes of
# code each, named from its name section (link with --profiling-funcs to have one; see
# docs/performance.md, "Size, fourth round"). Also prints the section sizes by id.
import sys
def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i
data = open(sys.argv[1], 'rb').read()
i = 8; nimports = 0; sizes = []; names = {}; secs = {}
while i < len(data):
    sid = data[i]; i += 1
    ln, i = leb(data, i); end = i + ln
    if sid == 2:
        n, j = leb(data, i)
        for _ in range(n):
            l, j = leb(data, j); j += l
            l, j = leb(data, j); j += l
            kind = data[j]; j += 1
            if kind == 0: _, j = leb(data, j); nimports += 1
            elif kind == 1: j += 1; f = data[j]; j += 1; _, j = leb(data, j); j = (leb(data, j)[1] if f & 1 else j)
            elif kind == 2: f = data[j]; j += 1; _, j = leb(data, j); j = (leb(data, j)[1] if f & 1 else j)
            elif kind == 3: j += 2
            elif kind == 4: j += 1; _, j = leb(data, j)
    if sid == 10:
        n, j = leb(data, i)
        for _ in range(n):
            l, j = leb(data, j); sizes.append(l); j += l
    if sid == 0:
        nl, j = leb(data, i); nm = data[j:j+nl].decode(); j += nl
        secs['custom:' + nm] = ln
        if nm == 'name':
            while j < end:
                sub = data[j]; j += 1; sl, j = leb(data, j); se = j + sl
                if sub == 1:
                    n, j = leb(data, j)
                    for _ in range(n):
                        idx, j = leb(data, j); l, j = leb(data, j); names[idx] = data[j:j+l].decode('utf-8', 'replace'); j += l
                j = se
    else:
        secs[sid] = secs.get(sid, 0) + ln
    i = end
rows = [(s, names.get(k + nimports, '?%d' % k)) for k, s in enumerate(sizes)]
rows.sort(reverse=True)
print('sections', secs, 'code total', sum(sizes), 'functions', len(sizes))
N = int(sys.argv[2]) if len(sys.argv) > 2 else 60
for s, n in rows[:N]: print(s, n[:160])
