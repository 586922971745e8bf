# Uncaught exception with an explicit cause: both tracebacks, "direct cause" separator.
class ParseError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f'bad number: {text!r}') from e
print(parse('12'))
print(parse('twelve'))
