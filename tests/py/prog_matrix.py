# Matrix multiplication, transpose, determinant (fractions-free integer Bareiss), identity checks.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    m = [row[:] for row in m]
    n, sign, prev = len(m), 1, 1
    for k in range(n - 1):
        if m[k][k] == 0:
            for r in range(k + 1, n):
                if m[r][k]:
                    m[k], m[r] = m[r], m[k]
                    sign = -sign
                    break
            else:
                return 0
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) // prev
        prev = m[k][k]
    return sign * m[-1][-1]
def show(m):
    w = max(len(str(x)) for r in m for x in r)
    for r in m:
        print(' '.join(str(x).rjust(w) for x in r))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(transpose(A))
I = [[int(i == j) for j in range(3)] for i in range(3)]
M = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print(matmul(M, I) == M, det(M), det(I), det([[0, 1], [1, 0]]), det([[1, 2], [2, 4]]))
P = M
for _ in range(5):
    P = matmul(P, M)
show(P)
big = [[(i * 31 + j * 17) % 23 for j in range(30)] for i in range(30)]
sq = matmul(big, big)
print(sum(map(sum, sq)), sq[0][:5], det([[(i + 1) ** j for j in range(6)] for i in range(6)]))
