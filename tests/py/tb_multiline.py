# Traceback for an error in an expression spanning several lines.
def compute(a, b, c):
    return (a * 2 +
            b // c +
            1)
print(compute(1, 2, 3))
result = compute(
    1,
    2,
    0,
)
