# Uncaught KeyError from a dict lookup inside a function called twice deep.
config = {'host': 'localhost', 'port': 8080}
def get(key):
    return config[key]
def connect():
    return get('host'), get('user')
print(connect())
