# A discrete-event simulation: dataclass events in a heap, a simulator class dispatching to handler methods.
import heapq
from dataclasses import dataclass, field
@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    data: dict = field(compare=False, default_factory=dict)
class Sim:
    def __init__(self):
        self.now, self.queue, self.seq, self.log = 0.0, [], 0, []
        self.served = 0
    def schedule(self, delay, kind, **data):
        self.seq += 1
        heapq.heappush(self.queue, Event(self.now + delay, self.seq, kind, data))
    def run(self, until):
        while self.queue and self.queue[0].time <= until:
            ev = heapq.heappop(self.queue)
            self.now = ev.time
            getattr(self, 'on_' + ev.kind)(**ev.data)
    def on_arrive(self, cust):
        self.log.append(f'{self.now:5.1f} arrive {cust}')
        self.schedule(2.5, 'depart', cust=cust)
        if cust < 5:
            self.schedule(1.5, 'arrive', cust=cust + 1)
    def on_depart(self, cust):
        self.served += 1
        self.log.append(f'{self.now:5.1f} depart {cust}')
s = Sim()
s.schedule(0, 'arrive', cust=1)
s.run(until=8)
print('\n'.join(s.log))
print('served', s.served, 'pending', [(e.time, e.kind) for e in sorted(s.queue)])
