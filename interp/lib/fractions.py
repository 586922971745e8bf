"""Exact rational numbers for weft: Fraction.

A Fraction is kept in lowest terms with a positive denominator, so equal
fractions have equal fields and == on two Fractions is a field compare.
Arithmetic between Fractions (and ints) is exact; mixing in a float or a
complex converts the Fraction to that type, as the numeric tower of
PEP 3141 prescribes (the result is no more exact than its least exact
operand).

hash() follows the rule every Python number shares (see "Hashing of
numeric types" in the language library reference): a number x = n/d
hashes as n * inverse(d) modulo the prime P = 2**61 - 1, so that
hash(Fraction(1, 2)) == hash(0.5) and hash(Fraction(3)) == hash(3). When
d has no inverse modulo P (d a multiple of P) the hash is that of
infinity.
"""

import math
import numbers
import operator
import sys

__all__ = ["Fraction"]

# The modulus and the hash of infinity of CPython's numeric hash (its
# sys.hash_info on 64-bit platforms), which weft's int and float share.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _digit_run(text, i):
    # The end of a run of digits that single underscores may separate
    # (1_000), starting at i; i itself when no digit is there.
    n = len(text)
    if i >= n or not text[i].isdecimal():
        return i
    while True:
        while i < n and text[i].isdecimal():
            i += 1
        if i + 1 < n and text[i] == "_" and text[i + 1].isdecimal():
            i += 1
            continue
        return i


def _parse_fraction(text):
    # Returns (numerator, denominator) for the forms Fraction accepts:
    # "[sign]int[/int]" and "[sign]decimal[e[sign]int]", with optional
    # surrounding whitespace; None for anything else.
    s = text.strip()
    i = 0
    negative = False
    if s[:1] in ("+", "-"):
        negative = s[0] == "-"
        i = 1
    end = _digit_run(s, i)
    int_part = s[i:end]
    i = end
    n = len(s)
    numerator = int(int_part) if int_part else 0
    denominator = 1
    if i < n and s[i] == "/":
        if not int_part:
            return None
        end = _digit_run(s, i + 1)
        if end == i + 1 or end != n:
            return None
        denominator = int(s[i + 1:end])
    else:
        fraction_part = ""
        if i < n and s[i] == ".":
            end = _digit_run(s, i + 1)
            fraction_part = s[i + 1:end]
            i = end
        if not int_part and not fraction_part:
            return None
        if fraction_part:
            scale = 10 ** len(fraction_part.replace("_", ""))
            numerator = numerator * scale + int(fraction_part)
            denominator = scale
        if i < n and s[i] in "eE":
            j = i + 1
            exp_negative = False
            if j < n and s[j] in "+-":
                exp_negative = s[j] == "-"
                j += 1
            end = _digit_run(s, j)
            if end == j:
                return None
            exp = int(s[j:end])
            i = end
            if exp_negative:
                denominator *= 10 ** exp
            else:
                numerator *= 10 ** exp
        if i != n:
            return None
    if negative:
        numerator = -numerator
    return numerator, denominator


class Fraction(numbers.Rational):
    """Fraction(numerator=0, denominator=1) is numerator/denominator in
    lowest terms. The arguments may be Rational numbers (ints,
    Fractions); a single argument may also be a float or Decimal (taken
    exactly) or a string such as "3/4", "-1.25" or "1e-3"."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parsed = _parse_fraction(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an int is taken as is)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec (an int is taken as is)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" %
                            (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most
        max_denominator.

        The candidates are the convergents of self's continued fraction
        and the semiconvergents between the last two: walking the
        expansion until the next convergent's denominator would exceed
        the limit leaves the last convergent p1/q1 and the largest
        semiconvergent (p0 + k*p1)/(q0 + k*q1) within the limit, and the
        nearer of those two is the answer (ties go to the convergent)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Each binary operator has a forward and a reflected method built by
    # _binary_methods from the exact Fraction operation: Fractions and
    # Rationals use it, floats and complexes convert the Fraction, and any
    # other operand gets NotImplemented so that its own method is tried.

    def _binary_methods(exact, fallback):
        def forward(a, b):
            if isinstance(b, Fraction):
                return exact(a, b)
            if isinstance(b, int):
                return exact(a, Fraction(b))
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented
        forward.__name__ = "__" + fallback.__name__ + "__"

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = "__r" + fallback.__name__ + "__"
        return forward, reverse

    def _add(a, b):
        da, db = a._denominator, b._denominator
        return Fraction(a._numerator * db + b._numerator * da, da * db)

    __add__, __radd__ = _binary_methods(_add, operator.add)

    def _sub(a, b):
        da, db = a._denominator, b._denominator
        return Fraction(a._numerator * db - b._numerator * da, da * db)

    __sub__, __rsub__ = _binary_methods(_sub, operator.sub)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    __mul__, __rmul__ = _binary_methods(_mul, operator.mul)

    def _div(a, b):
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    __truediv__, __rtruediv__ = _binary_methods(_div, operator.truediv)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    __floordiv__, __rfloordiv__ = _binary_methods(_floordiv, operator.floordiv)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        quotient, remainder = divmod(a._numerator * db, da * b._numerator)
        return quotient, Fraction(remainder, da * db)

    __divmod__, __rdivmod__ = _binary_methods(_divmod, divmod)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __mod__, __rmod__ = _binary_methods(_mod, operator.mod)

    del _binary_methods

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, a float (or complex)
        otherwise."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self) is the nearest int, halves going to the even one;
        round(self, n) is the nearest multiple of 10**-n, as a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            twice = remainder * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus.
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # Every finite number compares with them as 0.0 does.
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    # Fractions are immutable: copies may be the object itself, unless a
    # subclass could have added state.

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _is_decimal(x):
    # Without importing decimal: if no module imported it, x cannot be a
    # Decimal.
    decimal = sys.modules.get("decimal")
    return decimal is not None and isinstance(x, decimal.Decimal)
