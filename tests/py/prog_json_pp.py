# A JSON-like parser and pretty printer written from scratch (no json module).
def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in ' \n\t':
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == '{':
            pos += 1
            obj = {}
            ws()
            if s[pos] == '}':
                pos += 1
                return obj
            while True:
                ws()
                k = value()
                ws()
                assert s[pos] == ':', f'expected : at {pos}'
                pos += 1
                obj[k] = value()
                ws()
                if s[pos] == ',':
                    pos += 1
                    continue
                assert s[pos] == '}', f'expected }} at {pos}'
                pos += 1
                return obj
        if c == '[':
            pos += 1
            arr = []
            ws()
            if s[pos] == ']':
                pos += 1
                return arr
            while True:
                arr.append(value())
                ws()
                if s[pos] == ',':
                    pos += 1
                    continue
                assert s[pos] == ']', f'expected ] at {pos}'
                pos += 1
                return arr
        if c == '"':
            end = s.index('"', pos + 1)
            text = s[pos + 1:end]
            pos = end + 1
            return text
        for lit, val in (('true', True), ('false', False), ('null', None)):
            if s.startswith(lit, pos):
                pos += len(lit)
                return val
        start = pos
        while pos < len(s) and s[pos] in '-+.eE0123456789':
            pos += 1
        num = s[start:pos]
        return float(num) if any(ch in num for ch in '.eE') else int(num)
    v = value()
    ws()
    if pos != len(s):
        raise ValueError(f'trailing data at {pos}')
    return v
def dump(v, indent=0):
    pad = '  ' * indent
    if isinstance(v, dict):
        if not v:
            return '{}'
        items = [f'{pad}  "{k}": {dump(x, indent + 1)}' for k, x in v.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(v, list):
        if not v:
            return '[]'
        if all(not isinstance(x, (dict, list)) for x in v):
            return '[' + ', '.join(dump(x) for x in v) + ']'
        return '[\n' + ',\n'.join(pad + '  ' + dump(x, indent + 1) for x in v) + '\n' + pad + ']'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if v is None:
        return 'null'
    if isinstance(v, str):
        return '"' + v + '"'
    return repr(v)
doc = '{"name": "weft", "version": 3, "ratio": 1.5e3, "tags": ["vm", "go"], "ok": true, "none": null,' \
      ' "nested": {"list": [{"a": 1}, {"b": [2, 3]}], "empty": {}, "arr": []}, "neg": -17}'
tree = parse(doc)
print(dump(tree))
print(tree['nested']['list'][1]['b'][1], type(tree['ratio']).__name__)
for bad in ['{"a" 1}', '[1, 2', '{"a": 1} x']:
    try:
        parse(bad)
    except (AssertionError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
