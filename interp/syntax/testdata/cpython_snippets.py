# Helper for TestDumpSnippets: reads a JSON list of sources on stdin and
# prints the list of ast.dump(ast.parse(src), include_attributes=True)
# (null where CPython rejects the source).
import ast, json, sys, warnings
warnings.simplefilter("ignore")
out = []
for src in json.load(sys.stdin):
    try:
        out.append(ast.dump(ast.parse(src), include_attributes=True))
    except SyntaxError:
        out.append(None)
print(json.dumps(out))
