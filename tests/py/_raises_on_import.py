print('partially imported')
x = 1 / 0
