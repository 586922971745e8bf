# Traceback carets for a subscript chain on a None value.
data = {'users': [{'name': 'ann', 'email': None}]}
print(data['users'][0]['name'])
print(data['users'][0]['email']['domain'])
