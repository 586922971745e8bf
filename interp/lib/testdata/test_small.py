import sys
sys.stderr = sys.stdout
import string
import keyword
import bisect
import heapq


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'whitespace', 'printable']:
    check(name, lambda: getattr(string, name))
check('capwords', lambda: string.capwords('  hello   world  foo'))
check('capwords sep', lambda: string.capwords('a-b-c', '-'))
check('capwords mixed', lambda: string.capwords("hELLO o'neil"))
T = string.Template
check('template', lambda: T('$who likes ${what}').substitute(who='tim', what='kung pao'))
check('template mapping', lambda: T('$a$b').substitute({'a': 1, 'b': 2}))
check('template kw override', lambda: T('$a').substitute({'a': 1}, a=2))
check('template dollar', lambda: T('$$ and $x').substitute(x=1))
check('template missing', lambda: T('$who').substitute())
check('template invalid', lambda: T('cost $5').substitute())
check('template invalid line', lambda: T('a\nb $').substitute())
check('template safe', lambda: T('$a $b ${c} $ $5').safe_substitute(a=1))
check('template braces bad', lambda: T('${a').substitute(a=1))
check('template braces safe', lambda: T('${a').safe_substitute(a=1))
check('template ident', lambda: T('$a_b1c.x').substitute(a_b1c='v'))
check('template identifiers', lambda: T('$a ${b} $a $$ $c').get_identifiers())
check('template is_valid', lambda: (T('$a').is_valid(), T('$').is_valid()))
check('template attr', lambda: T('x').template)


class MyT(string.Template):
    delimiter = '%'


check('template delimiter', lambda: MyT('%a %% b').substitute(a=1))
check('kwlist', lambda: keyword.kwlist)
check('softkwlist', lambda: keyword.softkwlist)
check('iskeyword', lambda: [keyword.iskeyword(w) for w in ('if', 'match', 'True', 'foo', '')])
check('issoftkeyword', lambda: [keyword.issoftkeyword(w) for w in ('if', 'match', 'case', '_')])

a = [1, 2, 2, 2, 3, 5]
check('bisect_left', lambda: [bisect.bisect_left(a, x) for x in (0, 2, 4, 6)])
check('bisect_right', lambda: [bisect.bisect_right(a, x) for x in (0, 2, 4, 6)])
check('bisect alias', lambda: bisect.bisect(a, 2))
check('bisect lo hi', lambda: (bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 5, 0, 3)))
check('bisect lo neg', lambda: bisect.bisect_left(a, 2, -1))
check('bisect key', lambda: bisect.bisect_left([('a', 1), ('b', 3)], 2, key=lambda t: t[1]))
b = [1, 3]
bisect.insort(b, 2)
bisect.insort_left(b, 3)
bisect.insort_right(b, 0)
check('insort', lambda: b)
c = [('a', 1), ('c', 3)]
bisect.insort(c, ('b', 2), key=lambda t: t[1])
check('insort key', lambda: c)

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
check('heap invariant', lambda: all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))
check('heappop', lambda: [heapq.heappop(h) for _ in range(len(h))])
check('heappop empty', lambda: heapq.heappop([]))
hl = [9, 4, 7, 1, 8, 2]
heapq.heapify(hl)
check('heapify', lambda: hl)
check('heapreplace', lambda: (heapq.heapreplace(hl, 5), hl))
check('heappushpop', lambda: (heapq.heappushpop(hl, 0), heapq.heappushpop(hl, 6), hl))
check('heapreplace empty', lambda: heapq.heapreplace([], 1))
check('nlargest', lambda: heapq.nlargest(3, [1, 8, 2, 9, 3]))
check('nsmallest', lambda: heapq.nsmallest(2, [5, 1, 4]))
check('nlargest key', lambda: heapq.nlargest(2, ['aaa', 'b', 'cc'], key=len))
check('nsmallest key stable', lambda: heapq.nsmallest(2, [(1, 'a'), (0, 'b'), (0, 'c')], key=lambda t: t[0]))
check('n zero', lambda: (heapq.nlargest(0, [1]), heapq.nsmallest(-1, [1])))
check('merge', lambda: list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
check('merge key', lambda: list(heapq.merge(['a', 'ccc'], ['bb'], key=len)))
check('merge reverse', lambda: list(heapq.merge([7, 4, 1], [6, 2], reverse=True)))
check('merge stable', lambda: list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b')], key=lambda t: t[0])))
check('merge empty', lambda: list(heapq.merge([], [])))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'read'))
heapq.heappush(tasks, (3, 'exec'))
check('heap tuples', lambda: [heapq.heappop(tasks)[1] for _ in range(3)])
