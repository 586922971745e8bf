# raise SystemExit with a non-integer, non-None code: printed to stderr, status 1.
print('bye')
raise SystemExit(['not', 'an', 'int'])
