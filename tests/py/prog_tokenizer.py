# A small tokenizer for an arithmetic/assignment language, with error positions.
KEYWORDS = {'let', 'print', 'if', 'else'}
def tokenize(src):
    tokens, i, line, col = [], 0, 1, 1
    while i < len(src):
        ch = src[i]
        if ch == '\n':
            tokens.append(('NEWLINE', '\\n', line, col))
            i, line, col = i + 1, line + 1, 1
            continue
        if ch.isspace():
            i += 1
            col += 1
            continue
        start = i
        if ch.isdigit():
            while i < len(src) and (src[i].isdigit() or src[i] == '.'):
                i += 1
            text = src[start:i]
            kind = 'FLOAT' if '.' in text else 'INT'
        elif ch.isalpha() or ch == '_':
            while i < len(src) and (src[i].isalnum() or src[i] == '_'):
                i += 1
            text = src[start:i]
            kind = 'KEYWORD' if text in KEYWORDS else 'NAME'
        elif src.startswith(('==', '!=', '<=', '>='), i):
            i += 2
            text, kind = src[start:i], 'OP'
        elif ch in '+-*/=()<>{}':
            i += 1
            text, kind = ch, 'OP'
        elif ch == '"':
            i += 1
            while i < len(src) and src[i] != '"':
                i += 1
            if i >= len(src):
                raise SyntaxError(f'unterminated string at {line}:{col}')
            i += 1
            text, kind = src[start:i], 'STRING'
        else:
            raise SyntaxError(f'unexpected {ch!r} at {line}:{col}')
        tokens.append((kind, text, line, col))
        col += i - start
    tokens.append(('EOF', '', line, col))
    return tokens
program = '''let x = 42
let y = x * 3.5 + (x - 2)
if y >= 100 { print "big" } else { print "small" }
'''
for tok in tokenize(program):
    print(f'{tok[2]:>2}:{tok[3]:<3} {tok[0]:<8} {tok[1]}')
counts = {}
for kind, *_ in tokenize(program):
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
for bad in ['let a = 1 $ 2', 'print "open']:
    try:
        tokenize(bad)
    except SyntaxError as e:
        print('error:', e)
