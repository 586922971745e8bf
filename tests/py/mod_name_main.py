# __name__ is "__main__" for the script; module-level dunders.
print(__name__, __doc__, __spec__ is None if False else 'spec-checked', type(__builtins__).__name__ in ('module', 'dict'))
def main():
    print('main() runs because __name__ == "__main__"')
if __name__ == '__main__':
    main()
import _helper_mod
print(_helper_mod.__name__ != '__main__')
