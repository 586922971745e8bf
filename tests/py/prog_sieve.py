# Sieve of Eratosthenes, prime gaps, twin primes and a factorisation table.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(100000)
print(len(primes), primes[:15], primes[-5:], sum(primes))
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:10], max(gaps))
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(len(twins), twins[:5], twins[-1])
def factor(n):
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out
for n in [1, 2, 12, 97, 360, 1001, 65536, 999983, 2 ** 31 - 1, 600851475143]:
    print(n, '=', ' * '.join(map(str, factor(n))) or '1')
