from math import sqrt
def run(steps):
    xs = [0.0, 1.0, 0.0, -1.0, 0.5]
    ys = [0.0, 0.0, 1.0, 0.0, 0.5]
    vx = [0.0, 0.0, -1.0, 0.0, 0.1]
    vy = [0.0, 1.0, 0.0, -1.0, 0.1]
    ms = [10.0, 0.1, 0.1, 0.1, 0.01]
    n = len(xs)
    dt = 0.001
    for _ in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                dx = xs[i] - xs[j]
                dy = ys[i] - ys[j]
                d2 = dx * dx + dy * dy + 0.01
                mag = dt / (d2 * sqrt(d2))
                vx[i] -= dx * ms[j] * mag
                vy[i] -= dy * ms[j] * mag
                vx[j] += dx * ms[i] * mag
                vy[j] += dy * ms[i] * mag
        for i in range(n):
            xs[i] += dt * vx[i]
            ys[i] += dt * vy[i]
    return xs[0] + ys[0]
print(round(run(50000), 6))
