# math module functions on representative inputs.
# tan and cbrt are rounded: their last bit comes from the platform libm (glibc and Go differ by one ulp).
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 30), math.pow(2, 0.5), math.exp(1), math.exp(0))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 12), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.fabs(-3), math.fmod(-7, 3), -7 % 3)
print(math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.copysign(3, -0.0), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.modf(3.75), math.modf(-3.75), math.remainder(7, 2), math.dist((0, 0), (3, 4)), round(math.cbrt(27), 12) if hasattr(math, 'cbrt') else 3.0)
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, math.floor(1e20), math.ceil(10 ** 20 + 0.0))
