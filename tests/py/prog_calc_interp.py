# A tiny stack-based expression compiler and interpreter with variables and functions.
import math
def tokenize(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'):
                j += 1
            out.append(float(s[i:j]) if '.' in s[i:j] else int(s[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            out.append(s[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return out
PREC = {'+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '^': 3}
def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(('num', t))
        elif t in PREC:
            while ops and ops[-1] in PREC and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t != '^')):
                out.append(('op', ops.pop()))
            ops.append(t)
        elif t == '(':
            ops.append(t)
        elif t == ')':
            while ops[-1] != '(':
                out.append(('op', ops.pop()))
            ops.pop()
            if ops and ops[-1] not in PREC and ops[-1] != '(':
                out.append(('call', ops.pop()))
        elif t in FUNCS:
            ops.append(t)
        else:
            out.append(('var', t))
    while ops:
        out.append(('op', ops.pop()))
    return out
FUNCS = {'sqrt': math.sqrt, 'abs': abs, 'neg': lambda x: -x}
OPS = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b,
       '%': lambda a, b: a % b, '^': lambda a, b: a ** b}
def run(code, env):
    st = []
    for kind, v in code:
        if kind == 'num':
            st.append(v)
        elif kind == 'var':
            if v not in env:
                raise NameError(f'undefined variable {v!r}')
            st.append(env[v])
        elif kind == 'call':
            st.append(FUNCS[v](st.pop()))
        else:
            b, a = st.pop(), st.pop()
            st.append(OPS[v](a, b))
    return st.pop()
env = {}
for line in ['x = 3', 'y = x * (2 + 4) ^ 2', 'z = sqrt(y) + abs(neg(x)) / 2', 'w = 2 ^ 3 ^ 2', 'r = 17 % 5 - 10 / 4',
             'q = (x + y) * (z - 1)', 'bad = unknown + 1', 'div = 1 / (x - 3)']:
    name, expr = [p.strip() for p in line.split('=', 1)]
    code = to_rpn(tokenize(expr))
    try:
        env[name] = run(code, env)
        print(f'{name} = {env[name]!r}   rpn: {" ".join(str(v) for _, v in code)}')
    except (NameError, ZeroDivisionError) as e:
        print(f'{name}: {type(e).__name__}: {e}')
print(env)
