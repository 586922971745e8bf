print('_pkg.leaf runs, __name__ =', __name__, '__package__ =', __package__)
def leaf_func():
    return 'leaf_func result'
