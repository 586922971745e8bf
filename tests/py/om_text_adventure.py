# A tiny text adventure driven by scripted commands: rooms, items, a player class and command dispatch.
class Room:
    def __init__(self, name, desc):
        self.name, self.desc, self.exits, self.items = name, desc, {}, []
    def connect(self, direction, other, back):
        self.exits[direction] = other
        other.exits[back] = self
class Player:
    def __init__(self, start):
        self.room, self.inventory, self.moves = start, [], 0
    def do(self, line):
        verb, _, arg = line.partition(' ')
        handler = getattr(self, 'cmd_' + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(arg)
    def cmd_look(self, _):
        items = ', '.join(self.room.items) or 'nothing'
        return f'{self.room.name}: {self.room.desc} You see {items}. Exits: {", ".join(sorted(self.room.exits))}.'
    def cmd_go(self, d):
        if d not in self.room.exits:
            return f'You cannot go {d}.'
        self.room = self.room.exits[d]
        return f'You walk {d} to the {self.room.name}.'
    def cmd_take(self, item):
        if item not in self.room.items:
            return f'There is no {item} here.'
        self.room.items.remove(item)
        self.inventory.append(item)
        return f'Taken: {item}.'
    def cmd_inventory(self, _):
        return 'You carry: ' + (', '.join(sorted(self.inventory)) or 'nothing')
hall = Room('hall', 'A dusty hall.')
kitchen = Room('kitchen', 'Smells of bread.')
garden = Room('garden', 'Overgrown roses.')
hall.connect('north', kitchen, 'south')
hall.connect('east', garden, 'west')
kitchen.items += ['knife', 'bread']
garden.items.append('key')
p = Player(hall)
for cmd in ['look', 'go north', 'take bread', 'take sword', 'go west', 'go south', 'go east', 'take key', 'inventory', 'dance', 'look']:
    print('>', cmd)
    print(p.do(cmd))
print('moves:', p.moves)
