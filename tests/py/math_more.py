# More math: comb/perm/prod/fsum/isclose/ulp/nextafter/hypot/dist, integer functions' errors.
import math
print(math.comb(50, 25), math.perm(10), math.perm(10, 3), math.comb(5, 9), math.prod(range(1, 8), start=2), math.prod([]))
print(math.fsum([0.1] * 10), math.fsum([1e308, 1e308, -1e308]) if False else 0, math.fsum([]), math.fsum([1, 2.5]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.hypot(), math.hypot(-3), math.dist([1, 1], [4, 5]))
print(math.gcd(), math.gcd(0, 0), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.gcd(2 ** 100, 2 ** 60 * 3))
print(math.factorial(0), math.isqrt(0), math.isqrt(2 ** 101), math.exp2(10), math.log(2 ** 1000, 2), math.log10(10 ** 50))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.lgamma(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.fmod(-10, 3), math.fmod(10, math.inf), math.remainder(10, 4), math.copysign(1, -0.0), math.ldexp(1, -1075), math.trunc(-0.5))
class Idx:
    def __index__(self):
        return 6
class Flt:
    def __float__(self):
        return 2.25
print(math.factorial(Idx()), math.comb(Idx(), 2), math.sqrt(Flt()), math.floor(Flt()) if False else 0)
for bad in ["math.perm(-1)", "math.comb(5)", "math.prod(5)", "math.fsum([math.inf, -math.inf])", "math.isclose(1, 2, rel_tol=-1)",
            "math.gamma(0)", "math.gamma(-2)", "math.lgamma(0)", "math.ldexp(1.0, 1.5)", "math.ldexp(1e308, 10)", "math.dist([1], [1, 2])",
            "math.atanh(1)", "math.acosh(0)", "math.log1p(-1)", "math.trunc('x')", "math.gcd(2, 'x')", "math.lcm(1.5)",
            "math.factorial(10 ** 30)", "math.pow(-8, 1 / 3)", "math.pow(10, 400)", "math.sqrt()", "math.hypot('a')"]:
    try:
        print(bad, eval(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(bad, '->', type(e).__name__ + ':', e)
