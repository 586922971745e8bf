# SyntaxWarnings from the compiler, reported through the warnings module by compile()/exec()/eval().
import warnings
sources = [
    "x = 1\nx is 1\n",
    "x = 'a'\nx is not 'a'\n",
    "x = None\nx is None, x is True, x is ...\n",
    "[1, 2] (3)\n",
    "(1, 2) (3)\n",
    "{1: 2} (3)\n",
    "f'x' ()\n",
    "(lambda: 1) ()\n",
    "assert (1, 'msg')\n",
    "assert ()\n",
    "y = []\ny is []\n",
    "y = 1\ny is -1\ny is (1, 2)\ny is (y,)\n",
]
for i, src in enumerate(sources):
    try:
        compile(src, f'<src{i}>', 'exec')
        print(i, 'compiled')
    except SyntaxError as e:
        print(i, 'SyntaxError', e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    compile('x = 5\nx is 5\n', '<recorded>', 'exec')
print([(w.category.__name__, str(w.message), w.filename, w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(eval('1 is 1'))
