# Visitor pattern over an expression tree using getattr-based dispatch on class names.
class Num:
    def __init__(self, v):
        self.v = v
class Add:
    def __init__(self, l, r):
        self.l, self.r = l, r
class Mul:
    def __init__(self, l, r):
        self.l, self.r = l, r
class Neg:
    def __init__(self, e):
        self.e = e
class Visitor:
    def visit(self, node):
        method = getattr(self, 'visit_' + type(node).__name__, None)
        if method is None:
            raise TypeError(f'no visitor for {type(node).__name__}')
        return method(node)
class Evaluator(Visitor):
    def visit_Num(self, n):
        return n.v
    def visit_Add(self, n):
        return self.visit(n.l) + self.visit(n.r)
    def visit_Mul(self, n):
        return self.visit(n.l) * self.visit(n.r)
    def visit_Neg(self, n):
        return -self.visit(n.e)
class Printer(Visitor):
    def visit_Num(self, n):
        return str(n.v)
    def visit_Add(self, n):
        return f'({self.visit(n.l)} + {self.visit(n.r)})'
    def visit_Mul(self, n):
        return f'{self.visit(n.l)} * {self.visit(n.r)}'
    def visit_Neg(self, n):
        return f'-{self.visit(n.e)}'
tree = Add(Mul(Num(3), Neg(Num(4))), Add(Num(10), Mul(Num(2), Num(5))))
print(Printer().visit(tree), '=', Evaluator().visit(tree))
class Div:
    pass
try:
    Evaluator().visit(Div())
except TypeError as e:
    print('TypeError:', e)
