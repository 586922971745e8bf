# An exception in an except block that catches by name, then an unrelated error in finally.
def risky():
    try:
        return {}['a']
    except KeyError as e:
        print('handling', repr(e))
        return undefined_helper(e)
    finally:
        print('finally ran')
risky()
