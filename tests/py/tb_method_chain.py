# Traceback through a method, a loop over callables, and a lambda.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value
def halve(x):
    return x // 2
p = Pipeline([halve, lambda x: 10 // x])
print(p.run(8))
print(p.run(1))
