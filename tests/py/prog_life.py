# Conway's Game of Life on a small torus, printing generations and population.
W, H = 12, 8
def step(cells):
    new = set()
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    for k, n in counts.items():
        if n == 3 or (n == 2 and k in cells):
            new.add(k)
    return new
def show(cells):
    for y in range(H):
        print(''.join('#' if (x, y) in cells else '.' for x in range(W)))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(8, 4), (9, 4), (10, 4)}
cells = glider | blinker
for gen in range(4):
    print('generation', gen, 'population', len(cells))
    show(cells)
    cells = step(cells)
for _ in range(40):
    cells = step(cells)
print('after 44 generations', len(cells), sorted(cells))
