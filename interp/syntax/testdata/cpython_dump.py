# Helper for the conformance tests: reads file paths (one per line) on
# stdin and prints one JSON object per file with CPython's verdict:
# {"path": p, "ok": true, "sha": sha256(ast.dump(tree))} or
# {"path": p, "ok": false, "msg": ..., "lineno": ..., "offset": ...}.
# With --full it prints the dump itself instead of its hash; with
# --attributes the dump includes positions.
import ast, hashlib, json, sys, warnings
warnings.simplefilter("ignore")
full = "--full" in sys.argv
attrs = "--attributes" in sys.argv
for line in sys.stdin:
    path = line.rstrip("\n")
    try:
        with open(path, "rb") as f:
            src = f.read()
        tree = ast.parse(src, path)
        if attrs:
            # CPython 3.11 locates the nodes inside f-strings differently
            # from 3.12; drop those positions (see
            # DumpOptions.OmitFStringInternalAttributes).
            for node in ast.walk(tree):
                if isinstance(node, ast.JoinedStr):
                    for inner in ast.walk(node):
                        if inner is not node:
                            for a in inner._attributes:
                                if a in inner.__dict__:
                                    delattr(inner, a)
        d = ast.dump(tree, include_attributes=attrs)
        rec = {"path": path, "ok": True}
        if full:
            rec["dump"] = d
        else:
            rec["sha"] = hashlib.sha256(d.encode("utf-8", "surrogatepass")).hexdigest()
    except (SyntaxError, ValueError, UnicodeDecodeError, MemoryError, RecursionError) as e:
        rec = {"path": path, "ok": False, "msg": str(getattr(e, "msg", e)),
               "lineno": getattr(e, "lineno", None), "offset": getattr(e, "offset", None)}
    print(json.dumps(rec), flush=full)
