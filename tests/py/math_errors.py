# math domain and range errors and type errors, with exact messages.
import math
for expr in ['math.sqrt(-1)', 'math.log(0)', 'math.log(-1)', 'math.acos(2)', 'math.exp(1000)', 'math.factorial(-1)',
             'math.factorial(2.5)', 'math.pow(0, -1)', 'math.isqrt(-1)', 'math.log(10, 1)', 'math.sqrt("4")',
             'math.fmod(1, 0)', 'math.comb(3, -1)', 'math.floor(float("inf"))', 'math.ceil(float("nan"))',
             'math.gcd(1.5, 2)', 'math.cosh(1000)', 'math.atan2()']:
    try:
        print(expr, eval(expr))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(expr, '->', type(e).__name__ + ':', e)
print(math.sqrt(-0.0), math.exp(-1000), math.log(math.inf), math.isnan(math.sqrt(math.nan)))
