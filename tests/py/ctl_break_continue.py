# break and continue in nested loops, with try/finally interplay.
for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if (i + j) % 2:
            continue
        print(i, j)
n = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    print('multiple of 3:', n)
    if n > 5:
        break
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)
out = []
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a + b + c == 4:
                out.append((a, b, c))
                break
        else:
            continue
        break
print(out)
