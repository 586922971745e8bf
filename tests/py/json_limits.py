import json
try: json.loads('['*100000)
except RecursionError as e: print(e)
try: json.loads('{"a":'*100000)
except RecursionError as e: print(e)
l=[]
for i in range(100000): l=[l]
try: json.dumps(l)
except RecursionError as e: print(e)
d={}
for i in range(100000): d={'a':d}
try: json.dumps(d)
except RecursionError as e: print(e)
print(len(json.dumps(json.loads('[' * 500 + ']' * 500))))
