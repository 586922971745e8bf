total = 0
for k in range(100):
    sq = [i * i for i in range(10000) if i % 3]
    total += len(sq) + sq[-1]
print(total)
