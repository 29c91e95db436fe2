#!/usr/bin/env python3
"""Brings PublicAPI.Unshipped.txt files in line with the code.

Builds the given project (or the solution), reads the public API analyzer's RS0016 (missing
from the declared API) and RS0017 (declared but gone) diagnostics, and adds or removes the
lines. Run it after a deliberate public API change, then review the diff:

    python3 eng/update-public-api.py [path/to/Project.csproj]
"""
import collections, os, re, subprocess, sys

target = sys.argv[1] if len(sys.argv) > 1 else "Fengqiao.Core.sln"
out = subprocess.run(
    ["dotnet", "build", target, "-c", "Release", "--no-incremental", "-p:GenerateDocumentationFile=true"],
    capture_output=True, text=True).stdout
added = collections.defaultdict(set)
removed = collections.defaultdict(set)
pattern = re.compile(r"error (RS0016|RS0017): Symbol '(.*)' (?:is not part of the declared public API|is part of the declared API, but is either not public or could not be found).*\[(.*?\.csproj)")
for line in out.splitlines():
    m = pattern.search(line)
    if not m:
        continue
    code, symbol, project = m.groups()
    folder = os.path.dirname(project)
    (added if code == "RS0016" else removed)[folder].add(symbol)
for folder in set(added) | set(removed):
    path = os.path.join(folder, "PublicAPI.Unshipped.txt")
    lines = open(path, encoding="utf-8").read().splitlines() if os.path.exists(path) else ["#nullable enable"]
    header = [l for l in lines if l.startswith("#")] or ["#nullable enable"]
    body = {l for l in lines if l and not l.startswith("#")}
    body |= added[folder]
    body -= removed[folder]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(header + sorted(body, key=lambda s: s.lstrip("~").replace("static ", "").replace("override ", "").replace("abstract ", "").replace("virtual ", "").replace("const ", ""))) + "\n")
    print(f"{path}: +{len(added[folder])} -{len(removed[folder])}")
