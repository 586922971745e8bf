# An operating-system scheduler simulation in the style of Martin Richards's
# benchmark: six tasks (an idle task, a worker, two handlers, two devices)
# pass packets through queues; the scheduler always runs the highest-priority
# runnable task. Object-heavy: small classes, attribute traffic, linked lists,
# method dispatch through a class hierarchy, properties.
#
# It is both a golden program and a benchmark workload: tests/py/om_richards.py
# runs it with --golden (small sizes, detailed output) and `weft bench py`
# runs it with no arguments (larger sizes, a checksum).

ID_IDLE, ID_WORKER, ID_HANDLER_A, ID_HANDLER_B, ID_DEVICE_A, ID_DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = "dev", "work"
DATA_SIZE = 4


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE

    def enqueue(self, queue):
        """Append self at the end of queue (a linked list); return the head."""
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue

    def __repr__(self):
        return f"Packet({self.owner}, {self.kind}, {self.count})"


class Task:
    def __init__(self, sched, ident, priority, queue, work):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.work = work
        self.has_packet = queue is not None
        self.waiting = False
        self.held = False
        self.next_task = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    @property
    def runnable(self):
        return not self.held and (self.has_packet or not self.waiting)

    @property
    def ready_with_packet(self):
        return self.has_packet and self.waiting and not self.held

    def take_packet(self):
        """Dequeue the first packet for run(); None when it just waits."""
        if self.ready_with_packet:
            packet = self.queue
            self.queue = packet.link
            self.has_packet = self.queue is not None
            self.waiting = False
            return packet
        return None

    def receive(self, packet, sender):
        """A packet arrives; return the task to run next."""
        if self.queue is None:
            self.queue = packet
            self.has_packet = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.enqueue(self.queue)
        return sender

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, count):
        super().__init__(sched, ident, priority, queue, [1, count])

    def run(self, packet):
        seed, remaining = self.work
        remaining -= 1
        self.work[1] = remaining
        if remaining == 0:
            return self.sched.hold_self()
        if seed & 1 == 0:
            self.work[0] = seed >> 1
            return self.sched.release(ID_DEVICE_A)
        self.work[0] = (seed >> 1) ^ 0xD008
        return self.sched.release(ID_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue, [ID_HANDLER_A, 0])

    def run(self, packet):
        if packet is None:
            return self.sched.wait()
        dest = ID_HANDLER_B if self.work[0] == ID_HANDLER_A else ID_HANDLER_A
        self.work[0] = dest
        packet.owner = dest
        packet.count = 0
        for i in range(DATA_SIZE):
            letter = self.work[1] + 1
            if letter > 26:
                letter = 1
            self.work[1] = letter
            packet.data[i] = letter
        return self.sched.send(packet, dest)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue, [None, None])

    def run(self, packet):
        jobs, devices = self.work
        if packet is not None:
            if packet.kind == KIND_WORK:
                jobs = packet.enqueue(jobs)
            else:
                devices = packet.enqueue(devices)
            self.work[0], self.work[1] = jobs, devices
        if jobs is not None:
            n = jobs.count
            if n < DATA_SIZE:
                if devices is not None:
                    dev = devices
                    self.work[1] = dev.link
                    dev.count = jobs.data[n]
                    jobs.count = n + 1
                    return self.sched.send(dev, dev.owner)
            else:
                self.work[0] = jobs.link
                return self.sched.send(jobs, ID_WORKER)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue, [None])

    def run(self, packet):
        if packet is None:
            pending = self.work[0]
            if pending is None:
                return self.sched.wait()
            self.work[0] = None
            return self.sched.send(pending, pending.owner)
        self.work[0] = packet
        if self.sched.trace is not None:
            self.sched.trace.append(packet.count)
        return self.sched.hold_self()


class Scheduler:
    def __init__(self, trace=False):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.sends = 0
        self.holds = 0
        self.trace = [] if trace else None

    def run(self):
        task = self.tasks
        while task is not None:
            if task.runnable:
                self.current = task
                packet = task.take_packet()
                task = task.run(packet)
            else:
                task = task.next_task

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return self.current.next_task

    def wait(self):
        self.current.waiting = True
        return self.current

    def send(self, packet, dest):
        self.sends += 1
        packet.link = None
        packet.owner = self.current.ident
        return self.table[dest].receive(packet, self.current)


def simulate(count, trace=False):
    s = Scheduler(trace)
    IdleTask(s, ID_IDLE, 0, None, count)
    work = Packet(None, ID_WORKER, KIND_WORK)
    work = Packet(work, ID_WORKER, KIND_WORK)
    WorkerTask(s, ID_WORKER, 1000, work)
    queue = None
    for owner, prio in ((ID_HANDLER_A, 2000), (ID_HANDLER_B, 3000)):
        queue = Packet(None, ID_DEVICE_A if owner == ID_HANDLER_A else ID_DEVICE_B, KIND_DEVICE)
        queue = Packet(queue, queue.owner, KIND_DEVICE)
        queue = Packet(queue, queue.owner, KIND_DEVICE)
        HandlerTask(s, owner, prio, queue)
    DeviceTask(s, ID_DEVICE_A, 4000, None)
    DeviceTask(s, ID_DEVICE_B, 5000, None)
    s.run()
    return s


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--golden"]:
        s = simulate(40, trace=True)
        print("sends", s.sends, "holds", s.holds)
        print("trace", "".join(chr(ord("A") + c - 1) for c in s.trace))
        for count in (100, 1000, 3000):
            s = simulate(count)
            print(count, s.sends, s.holds)
        print(sorted((t.ident, t.priority, type(t).__name__) for t in s.table))
    else:
        results = []
        for _ in range(10):
            s = simulate(10000)
            results.append((s.sends, s.holds))
        print("om_richards", results[0], len(set(results)))
