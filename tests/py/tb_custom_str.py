# Uncaught exception whose message spans lines and whose class lives in __main__.
class ValidationError(Exception):
    pass
errors = ['name is empty', 'age is negative']
raise ValidationError('2 problems:\n  ' + '\n  '.join(errors))
