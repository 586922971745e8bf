# A state machine built from an Enum of states, a transition table and a class with guarded transitions.
from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()
class InvalidTransition(Exception):
    pass
class Job:
    TRANSITIONS = {
        (State.IDLE, 'start'): State.RUNNING,
        (State.RUNNING, 'pause'): State.PAUSED,
        (State.PAUSED, 'resume'): State.RUNNING,
        (State.RUNNING, 'finish'): State.DONE,
    }
    def __init__(self, name):
        self.name, self.state, self.history = name, State.IDLE, []
    def fire(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise InvalidTransition(f'{self.name}: cannot {event} while {self.state.name}')
        old, self.state = self.state, self.TRANSITIONS[key]
        self.history.append(f'{old.name}-{event}->{self.state.name}')
job = Job('build')
for ev in ['start', 'pause', 'finish', 'resume', 'finish', 'start']:
    try:
        job.fire(ev)
        print('ok  ', ev, job.state)
    except InvalidTransition as e:
        print('fail', e)
print(job.history)
