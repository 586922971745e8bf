# Uncaught exception raised "from None": the context is suppressed in the traceback.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f'no entry for {k}') from None
lookup({}, 'missing')
