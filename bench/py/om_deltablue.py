# An incremental one-way constraint solver in the style of DeltaBlue
# (Freeman-Benson, Maloney, Borning): variables are linked by constraints of
# different strengths; adding or removing a constraint re-plans only the part
# of the graph it affects ("walkabout strengths"), and a plan is a list of
# constraints to execute in order. Object-heavy: a class hierarchy with
# overridden methods, rich comparisons on Strength objects, many small
# objects and lists.
#
# It is both a golden program and a benchmark workload: tests/py/om_deltablue.py
# runs it with --golden (small sizes, detailed output) and `weft bench py`
# runs it with no arguments (larger sizes, a checksum).


class Strength:
    """A constraint strength: lower level numbers are stronger."""

    def __init__(self, level, name):
        self.level = level
        self.name = name

    def __lt__(self, other):  # "weaker than"
        return self.level > other.level

    def __gt__(self, other):  # "stronger than"
        return self.level < other.level

    def __le__(self, other):
        return self.level >= other.level

    def __ge__(self, other):
        return self.level <= other.level

    def __repr__(self):
        return self.name

    def next_weaker(self):
        return LEVELS[self.level + 1]


LEVELS = [Strength(i, n) for i, n in enumerate(
    ["required", "strong_preferred", "preferred", "strong_default", "normal", "weak_default", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = LEVELS

NONE, FORWARD, BACKWARD = 0, 1, 2


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def __repr__(self):
        return f"{self.name}={self.value}"


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def add(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Try to satisfy self; return the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        super().__init__(planner, strength)
        self.my_output = var
        self.satisfied = False
        self.add()

    def add_to_graph(self):
        self.my_output.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.my_output.constraints.remove(self)
        self.satisfied = False

    def choose_method(self, mark):
        out = self.my_output
        self.satisfied = out.mark != mark and self.strength > out.walk_strength

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def inputs_known(self, mark):
        return True

    def output(self):
        return self.my_output

    def mark_unsatisfied(self):
        self.satisfied = False

    def recalculate(self):
        self.my_output.walk_strength = self.strength
        self.my_output.stay = not self.is_input()
        if self.my_output.stay:
            self.execute()

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keep a variable's value (a weak default)."""


class EditConstraint(UnaryConstraint):
    """A variable the user is about to change."""

    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength, add=True):
        super().__init__(planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        if add:
            self.add()

    def add_to_graph(self):
        self.v1.constraints.append(self)
        self.v2.constraints.append(self)
        self.direction = NONE

    def remove_from_graph(self):
        if self in self.v1.constraints:
            self.v1.constraints.remove(self)
        if self in self.v2.constraints:
            self.v2.constraints.remove(self)
        self.direction = NONE

    def choose_method(self, mark):
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            ok = v2.mark != mark and self.strength > v2.walk_strength
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = v1.mark != mark and self.strength > v1.walk_strength
            self.direction = BACKWARD if ok else NONE
        elif v1.walk_strength < v2.walk_strength:
            # v1 is held more weakly: write it.
            self.direction = BACKWARD if self.strength > v1.walk_strength else NONE
        else:
            self.direction = FORWARD if self.strength > v2.walk_strength else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def mark_unsatisfied(self):
        self.direction = NONE

    def recalculate(self):
        ihn, out = self.input(), self.output()
        out.walk_strength = min(self.strength, ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """v2 = v1 * scale + offset (or backwards)."""

    def __init__(self, planner, src, scale, offset, dest, strength):
        super().__init__(planner, src, dest, strength, add=False)
        self.scale = scale
        self.offset = offset
        self.add()

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        for v in (self.scale, self.offset):
            if self in v.constraints:
                v.constraints.remove(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        ihn, out = self.input(), self.output()
        out.walk_strength = min(self.strength, ihn.walk_strength)
        out.stay = ihn.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan(list):
    def execute(self):
        for c in self:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0
        self.adds = 0
        self.removes = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        self.adds += 1
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        self.removes += 1
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in LEVELS:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v, coll):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            if c.output().mark != mark and c.inputs_known(mark):
                plan.append(c)
                c.output().mark = mark
                self.add_constraints_consuming_to(c.output(), todo)
        return plan

    def extract_plan(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])


def change(planner, var, new_value, times=10):
    edit = EditConstraint(planner, var, PREFERRED)
    plan = planner.extract_plan([edit])
    for _ in range(times):
        var.value = new_value
        plan.execute()
    edit.destroy()


def chain_test(n):
    """A chain of n+1 variables linked by equalities, edited at one end."""
    planner = Planner()
    prev = first = last = None
    for i in range(n + 1):
        v = Variable(f"v{i}")
        if prev is not None:
            EqualityConstraint(planner, prev, v, REQUIRED)
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.extract_plan([edit])
    total = 0
    for i in range(100):
        first.value = i
        plan.execute()
        if last.value != i:
            raise AssertionError("chain test failed")
        total += last.value
    edit.destroy()
    return total, planner.adds, planner.removes, len(plan)


def projection_test(n):
    """n pairs (src, dst) with dst = src * scale + offset, edited both ways."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    change(planner, src, 17)
    if dst.value != 1170:
        raise AssertionError("projection 1 failed")
    change(planner, dst, 1050)
    if src.value != 5:
        raise AssertionError("projection 2 failed")
    change(planner, scale, 5)
    check1 = [d.value for d in dests[:-1]]
    change(planner, offset, 2000)
    check2 = [d.value for d in dests[:-1]]
    return sum(check1), sum(check2), planner.adds, planner.removes


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--golden"]:
        print(sorted(LEVELS), REQUIRED > NORMAL, WEAKEST < NORMAL, min(NORMAL, STRONG_DEFAULT))
        for n in (5, 20, 100):
            print("chain", n, chain_test(n))
            print("projection", n, projection_test(n))
        planner = Planner()
        a, b, c = Variable("a", 1), Variable("b", 2), Variable("c", 3)
        EqualityConstraint(planner, a, b, STRONG_DEFAULT)
        eq = EqualityConstraint(planner, b, c, NORMAL)
        StayConstraint(planner, c, WEAK_DEFAULT)
        change(planner, a, 42, 1)
        print(a, b, c, [type(k).__name__ for k in b.constraints])
        eq.destroy()
        change(planner, a, 7, 1)
        print(a, b, c, planner.adds, planner.removes)
    else:
        total = []
        for _ in range(5):
            total.append(chain_test(1000))
            total.append(projection_test(1000))
        print("om_deltablue", total[0], total[1], len(set(total)))
