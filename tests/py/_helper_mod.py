# Helper module for the mod_* tests (not run on its own: its name starts with "_").
print('_helper_mod imported, __name__ =', __name__)
CONSTANT = 42
_private = 'hidden from star import'
def greet(who):
    return f'hello {who} from {__name__}'
class Thing:
    def __repr__(self):
        return 'Thing()'
counter = 0
def bump():
    global counter
    counter += 1
    return counter
if __name__ == '__main__':
    print('not printed when imported')
