# copy.copy and copy.deepcopy: shallow vs deep, shared references, cycles, __copy__/__deepcopy__ hooks.
import copy
orig = {'nums': [1, 2], 'nested': {'k': [3]}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig['nums'].append(99)
orig['nested']['k'].append(100)
print(sh, dp, sh['nums'] is orig['nums'], dp['nums'] is orig['nums'])
shared = [0]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc, dc[1] is dc, dc is not cyc)
class Conn:
    def __init__(self, name):
        self.name, self.socket = name, object()
    def __copy__(self):
        print('__copy__')
        new = Conn(self.name + '-copy')
        return new
    def __deepcopy__(self, memo):
        print('__deepcopy__')
        return Conn(self.name + '-deep')
c = Conn('db')
print(copy.copy(c).name, copy.deepcopy([c])[0].name)
class Plain:
    def __init__(self):
        self.items = [1]
p = Plain()
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.items.append(2)
print(p2.items, p3.items, type(p2).__name__, copy.copy(5), copy.deepcopy((1, [2]))[1])
