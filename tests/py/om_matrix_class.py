# A Matrix class: __getitem__ with tuple keys, __matmul__, __mul__/__rmul__, __eq__, __repr__, transpose property.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f'shape mismatch: {self.n}x{self.m} @ {o.n}x{o.m}')
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(self.m)) for j in range(o.m)] for i in range(self.n)])
    def __mul__(self, k):
        return Matrix([[v * k for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    @property
    def T(self):
        return Matrix(zip(*self.rows))
    def __repr__(self):
        return 'Matrix(' + repr(self.rows) + ')'
    def __pow__(self, e):
        r = Matrix.identity(self.n)
        for _ in range(e):
            r = r @ self
        return r
A = Matrix([[1, 2], [3, 4]])
print(A @ Matrix.identity(2) == A, A.T, 2 * A, A * 3, A @ A, A ** 5)
F = Matrix([[1, 1], [1, 0]])
print((F ** 30)[0, 1])
A[0, 0] = 10
print(A)
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print('ValueError:', e)
